"""The `aimm-lab` entry point: the core's command line (`aimm_lab.cli`), lent what only the
desktop application can do: opening the window when no command is given, and laying out the jury
grids as PDF. Qt is loaded only when one of those is used, so `aimm-lab probe` stays light."""

from __future__ import annotations

import sys
from pathlib import Path


def open_gui(db_path: str | None, state_path: str | None, lang: str | None) -> int:
    from .app import main as gui_main

    return gui_main(db_path=db_path, state_path=state_path, lang=lang)


def jury_pdf(books, path, lang: str) -> Path:
    from .trainer.pdf import jury_pdf_file

    return jury_pdf_file(books, path, lang)


def main(argv: list[str] | None = None) -> int:
    """`aimm-lab [OPTIONS] [COMMAND]`; returns the exit code.

    `aimm-lab` alone opens the window at once, without loading the command line first (the
    window reads AIMM_LAB_DB and AIMM_LAB_STATE itself, as `--db` and `--state` would)."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        return open_gui(None, None, None)
    from aimm_lab.cli import Hooks
    from aimm_lab.cli import main as cli_main

    return cli_main(args, hooks=Hooks(open_gui=open_gui, jury_pdf=jury_pdf))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
