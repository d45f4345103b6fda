"""Starting the desktop application: `aimm-lab` with no arguments calls `main()`.

    python -m ui [--db FILE] [--state STATE.json] [--lang fr|en]

`--state` (or the environment variable AIMM_LAB_STATE) makes the checks read a recorded
machine state instead of this PC: for demonstrations, screenshots and tests.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .qt import QApplication, QGuiApplication, QIcon, Qt, QTimer


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the product's settings: high-DPI, organisation "AIMM Lab" for
    QSettings, the language's translators and the system's light or dark palette."""
    from . import i18n as ui_i18n
    from . import settings as opts
    from . import theme

    app = QApplication.instance()
    if app is None:
        # Fractional scale factors (125 %, 150 %) are used as they are, not rounded.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(opts.ORGANIZATION)
    app.setApplicationName(opts.APPLICATION)
    app.setApplicationDisplayName("AIMM Lab")
    app.setDesktopFileName("aimm-lab")
    icon = Path(__file__).resolve().parent / "icons" / "aimm-lab.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    lang = os.environ.get("AIMM_LAB_LANG") if os.environ.get("AIMM_LAB_LANG") in ("fr", "en") else None
    ui_i18n.install(lang or opts.get("ui/language") or None)
    theme.apply(app)
    from . import wheel

    wheel.install(app)
    return app


def install_excepthook() -> None:
    """An error escaping a slot becomes a readable dialog, not a traceback on a console."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        import logging

        from .dialogs import show_error

        logging.getLogger(__name__).error("unhandled error", exc_info=(exc_type, exc, tb))
        app = QApplication.instance()
        show_error(app.activeWindow() if app else None, exc)

    sys.excepthook = hook


def launch(db_path: str | Path | None = None, state_path: str | Path | None = None, lang: str | None = None,
           argv: list[str] | None = None):
    """Everything up to the main window painted on screen; the scenarios and the database then
    load in the background. Returns (app, window)."""
    from . import i18n as ui_i18n
    from .mainwindow import MainWindow
    from .session import Session

    app = make_app(argv)
    if lang in ("fr", "en"):
        ui_i18n.install(lang)
    install_excepthook()
    # --state (or AIMM_LAB_STATE) is for practice and demonstrations: no exam on a recorded state.
    window = MainWindow(Session(db_path=db_path, state_path=state_path, recorded_exams=False))
    window.show()
    app.processEvents()  # the first paint, before any background work competes with it
    QTimer.singleShot(0, window.start)
    return app, window


def main(db_path: str | Path | None = None, state_path: str | Path | None = None, lang: str | None = None,
         argv: list[str] | None = None) -> int:
    """Open the window; returns the exit code."""
    import logging

    from . import ops

    logging.basicConfig(level=logging.DEBUG if os.environ.get("AIMM_LAB_DEBUG") else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    app, window = launch(db_path, state_path, lang, argv)
    code = app.exec()
    ops.wait_idle(10)  # saves still on their way reach the database
    window.session.close()
    return code


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m ui", description="AIMM Lab desktop application")
    p.add_argument("--db", help="SQLite database (default: the user's data folder)")
    p.add_argument("--state", help="recorded machine state (JSON) that checks read instead of this PC")
    p.add_argument("--lang", choices=("fr", "en"))
    return p.parse_args(argv)


if __name__ == "__main__":  # pragma: no cover
    ns = parse_args(sys.argv[1:])
    sys.exit(main(ns.db, ns.state, ns.lang))
