"""The command line: `aimm-lab …`, one module per command group (probe, checks, lab, scenarios,
run, attempts, gradebook, room), ordinary click commands gathered by the root group below.

Exit codes: 0 all passed / valid; 1 some checks failed; 2 bad input or usage.
Errors are printed as one clear message, never as a traceback.

The core never imports the desktop application. What only the application can do is handed in by
whoever starts the command line (`ui.launcher`, the `aimm-lab` entry point) as `Hooks`:
- `open_gui(db_path, state_path, lang) -> int`: `aimm-lab` with no command opens the window;
- `jury_pdf(books, path, lang) -> Path`: `aimm-lab gradebook export --pdf` lays the jury grids out.
Without them (`python -m aimm_lab`), those two say plainly that they need the application.

Subcommands are imported when they are used, so opening the window does not load the engine,
the store or every command first.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

import click

from .. import i18n
from ..errors import AimmError
from ..i18n import tr
from .options import CONTEXT, Group

# name -> module of aimm_lab.cli defining a click command of that name, in `--help` order.
SUBCOMMANDS = {
    "probe": "probe",
    "checks": "checks",
    "check": "checks",
    "lab": "lab",
    "scenarios": "scenarios",
    "run": "run",
    "attempts": "attempts",
    "gradebook": "gradebook",
    "room": "room",
}


@dataclass
class Hooks:
    """What the desktop application lends the command line (see the module's docstring)."""

    open_gui: Callable[..., int] | None = None
    jury_pdf: Callable[..., object] | None = None


class RootGroup(Group):
    """The root: its subcommands are loaded from their module when asked for."""

    def list_commands(self, ctx):
        return list(SUBCOMMANDS)

    def get_command(self, ctx, cmd_name):
        module = SUBCOMMANDS.get(cmd_name)
        if module is None:
            return None
        mod = importlib.import_module(f"{__name__}.{module}")
        return getattr(mod, cmd_name.replace("-", "_") + "_command")


@click.group(cls=RootGroup, context_settings=CONTEXT, invoke_without_command=True)
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None,
              help="Langue des messages / language of messages (fr, en). Défaut : langue du système.")
@click.option("--db", "db_path", type=click.Path(dir_okay=False), default=None, envvar="AIMM_LAB_DB",
              help="Base de données SQLite (défaut : dossier de données de l'utilisateur).")
@click.option("--state", "state_path", type=click.Path(dir_okay=False, exists=True), default=None,
              envvar="AIMM_LAB_STATE",
              help="Application de bureau : vérifier un état machine enregistré (JSON) au lieu de ce poste.")
@click.version_option(package_name="aimm-lab")
@click.pass_context
def cli(ctx, lang, db_path, state_path):
    """AIMM Lab : laboratoire d'entraînement et simulateur d'examen du titre RNCP 24787 (AIMM).

    Sans commande, ouvre l'application de bureau.
    """
    i18n.set_lang(lang)
    ctx.ensure_object(dict)
    ctx.obj["db"] = db_path
    hooks: Hooks = ctx.obj.setdefault("hooks", Hooks())
    if ctx.invoked_subcommand is None:
        if hooks.open_gui is None:
            click.echo(ctx.get_help())
            raise AimmError(i18n.T("l'application de bureau se lance avec la commande aimm-lab",
                                   "the desktop application starts with the aimm-lab command"))
        sys.exit(hooks.open_gui(db_path=db_path, state_path=state_path, lang=lang))


def main(argv=None, hooks: Hooks | None = None) -> int:
    """Run the command line; returns the exit code (0, 1, 2, or 130 when interrupted)."""
    try:
        rv = cli.main(args=argv, prog_name="aimm-lab", standalone_mode=False, obj={"hooks": hooks or Hooks()})
    except click.ClickException as e:
        e.show()
        return 2
    except click.exceptions.Abort:
        click.echo(tr("Interrompu.", "Aborted."), err=True)
        return 130
    except AimmError as e:
        click.echo(tr("Erreur : ", "Error: ") + e.message(), err=True)
        return 2
    except KeyboardInterrupt:
        click.echo(tr("Interrompu.", "Interrupted."), err=True)
        return 130
    except BrokenPipeError:
        return 0
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 2)
    except Exception as e:  # noqa: BLE001 - the last net: a message, never a traceback
        click.echo(tr(f"Erreur interne inattendue : {type(e).__name__}: {e}. "
                      "Relancez avec AIMM_LAB_DEBUG=1 pour les détails.",
                      f"Unexpected internal error: {type(e).__name__}: {e}. "
                      "Run again with AIMM_LAB_DEBUG=1 for details."), err=True)
        if os.environ.get("AIMM_LAB_DEBUG"):
            raise
        return 2
    # Commands end with ctx.exit(code); click hands the code back here.
    return rv if isinstance(rv, int) else 0
