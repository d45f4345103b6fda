"""The check library. Importing this package registers every check type."""

from . import network  # noqa: F401 - registers
from .base import (
    COMMON_PARAMS,
    COMPOSITES,
    REGISTRY,
    CheckResult,
    CheckType,
    Context,
    Evidence,
    Outcome,
    Param,
    ParamError,
    ResolvedCheck,
    combine,
    evaluate,
    evaluate_many,
)

__all__ = [
    "COMMON_PARAMS", "COMPOSITES", "REGISTRY", "CheckResult", "CheckType", "Context", "Evidence", "Outcome",
    "Param", "ParamError", "ResolvedCheck", "combine", "evaluate", "evaluate_many", "describe_all",
]


def describe_all() -> list[dict]:
    out = [cls.describe() for _, cls in sorted(REGISTRY.items())]
    for name, text in COMPOSITES.items():
        out.append({"type": name, "category": "logic",
                    "params": [{"name": "checks", "kind": "checks", "required": True,
                                "description": {"fr": "vérifications imbriquées ([[...checks]])",
                                                "en": "nested checks ([[...checks]])"}}],
                    "description": text.as_dict(), "platforms": ["linux", "windows"], "live": False})
    return out
