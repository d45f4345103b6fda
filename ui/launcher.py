"""The `aimm-lab` entry point: the core's command line (`aimm_lab.cli`), lent what only the
desktop application can do: opening the window when no command is given, and laying out the jury
grids as PDF. Qt is loaded only when one of those is used, so `aimm-lab probe` stays light."""

from __future__ import annotations

from pathlib import Path

from aimm_lab.cli import Hooks
from aimm_lab.cli import main as cli_main


def open_gui(db_path: str | None, state_path: str | None, lang: str | None) -> int:
    from .app import main as gui_main

    return gui_main(db_path=db_path, state_path=state_path, lang=lang)


def jury_pdf(books, path, lang: str) -> Path:
    from .trainer.pdf import jury_pdf_file

    return jury_pdf_file(books, path, lang)


HOOKS = Hooks(open_gui=open_gui, jury_pdf=jury_pdf)


def main(argv: list[str] | None = None) -> int:
    """`aimm-lab [OPTIONS] [COMMAND]`; returns the exit code."""
    return cli_main(argv, hooks=HOOKS)


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.exit(main())
