"""What the commands share beyond their options: the store and engine of the database named by
`--db`, JSON output, messages in the current language, finding a scenario by id or path.

The store, the exam engine and the scenario library are imported by the helpers that use them: a
command that only reads the machine (`probe`) or grades one scenario (`check`) starts without them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .. import fmt
from ..errors import AimmError, ScenarioFileError
from ..i18n import T, Text, current_lang

if TYPE_CHECKING:
    from ..exam.engine import Engine
    from ..scenarios.loader import Library
    from ..store.db import Store


def lang() -> str:
    return current_lang()


def echo_json(data) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def say(text: Text, seq: int | None = None, err: bool = False) -> None:
    """A message in the current language; `seq`, the journal event it saved, as [#12]."""
    click.echo(text.get(lang()) + (f" [#{seq}]" if seq is not None else ""), err=err)


def store_of(ctx) -> Store:
    """The store of the database named by `--db` (or AIMM_LAB_DB, or the default one)."""
    from ..store.db import Store  # noqa: PLC0415 - see the module's docstring

    root = ctx.find_root()
    return Store((root.obj or {}).get("db"))


def engine_of(store: Store, machine=None, profile=None) -> Engine:
    """The engine of a command: exams never start on a recorded state from the command line."""
    from ..exam.engine import Engine  # noqa: PLC0415 - see the module's docstring

    return Engine(store, machine, profile=profile, recorded_exams=False)


def hooks_of(ctx):
    """What the desktop application lent the command line (aimm_lab.cli.Hooks)."""
    return (ctx.find_root().obj or {}).get("hooks")


def local_time(iso_text: str | None) -> str:
    """An ISO UTC time shown in the PC's local time, to the second."""
    if not iso_text:
        return "-"
    return fmt.moment(iso_text, seconds=True)


def num(x) -> str:
    """A score or a number of points as the current language writes it; '-' when there is none."""
    return "-" if x is None else fmt.points(x)


def find_scenario(key: str):
    """A scenario by file path or by id (built-in, the user's, AIMM_LAB_SCENARIOS)."""
    from ..scenarios.loader import discover, find, load_file  # noqa: PLC0415 - see the module's docstring
    from ..suggest import did_you_mean  # noqa: PLC0415

    p = Path(key)
    if p.suffix == ".toml" or p.exists():
        if not p.exists():
            raise AimmError(T(f"fichier introuvable : {key}", f"file not found: {key}"))
        return load_file(p)
    s = find(key)
    if s is None:
        lib = discover()
        hint = did_you_mean(key, [x.id for x in lib.scenarios])
        raise AimmError(T(f"scénario inconnu « {key} »{hint.fr} (voir aimm-lab scenarios list)",
                          f'unknown scenario "{key}"{hint.en} (see aimm-lab scenarios list)'))
    return s


def library(paths) -> Library:
    from ..scenarios.loader import discover  # noqa: PLC0415

    return discover([Path(p) for p in paths] if paths else None)


def report_file_errors(errors: list[ScenarioFileError]) -> None:
    for e in errors:
        for line in e.lines(lang()):
            click.echo(line, err=True)


def stdout_is_tty() -> bool:
    return sys.stdout.isatty()
