"""Shared helpers for the subcommands: JSON output, language, loading by id or path."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import AimmError, ScenarioFileError
from ..i18n import T, current_lang
from ..scenarios.loader import Library, discover, load_file


def echo_json(data) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def lang() -> str:
    return current_lang()


def find_scenario(key: str):
    """A scenario by file path or by id (built-in, the user's, AIMM_LAB_SCENARIOS)."""
    p = Path(key)
    if p.suffix == ".toml" or p.exists():
        if not p.exists():
            raise AimmError(T(f"fichier introuvable : {key}", f"file not found: {key}"))
        return load_file(p)
    lib = discover()
    s = lib.get(key)
    if s is None:
        from ..scenarios.suggest import did_you_mean

        hint = did_you_mean(key, [x.id for x in lib.scenarios])
        raise AimmError(T(f"scénario inconnu « {key} »{hint.fr} (voir aimm-lab scenarios list)",
                          f'unknown scenario "{key}"{hint.en} (see aimm-lab scenarios list)'))
    return s


def library(paths) -> Library:
    return discover([Path(p) for p in paths] if paths else None)


def report_file_errors(errors: list[ScenarioFileError]) -> None:
    for e in errors:
        for line in e.lines(lang()):
            click.echo(line, err=True)


def stdout_is_tty() -> bool:
    return sys.stdout.isatty()
