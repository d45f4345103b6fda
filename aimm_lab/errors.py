"""The project's own error types. Anything a user can cause ends in one of these."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .i18n import Text


class AimmError(Exception):
    """Base of every error a user can cause; carries a bilingual message."""

    def __init__(self, message: Text | str):
        self.text = message if isinstance(message, Text) else Text(message, message)
        super().__init__(self.text.fr)

    def message(self, lang: str | None = None) -> str:
        return self.text.get(lang)


class UsageError(AimmError):
    """Bad command-line input (exit code 2)."""


@dataclass
class Problem:
    """One problem in a scenario file: where it is and how to fix it."""

    line: int
    keypath: str
    text: Text

    def format(self, path: str | Path, lang: str | None = None) -> str:
        where = f"{path}:{self.line}"
        if self.keypath:
            return f"{where}: {self.keypath}: {self.text.get(lang)}"
        return f"{where}: {self.text.get(lang)}"


@dataclass
class ScenarioFileError(AimmError):
    """Every problem of one scenario file, gathered (qutebrowser's ConfigFileErrors)."""

    path: Path
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self):
        first = self.problems[0].format(self.path) if self.problems else str(self.path)
        super().__init__(Text(first, first))

    def lines(self, lang: str | None = None) -> list[str]:
        return [p.format(self.path, lang) for p in self.problems]

    def message(self, lang: str | None = None) -> str:
        return "\n".join(self.lines(lang))
