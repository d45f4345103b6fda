"""The command line: `aimm-lab …`. With no arguments it opens the desktop application.

Exit codes: 0 all passed / valid; 1 some checks failed; 2 bad input or usage.
Errors are printed as one clear message, never as a traceback.
"""

from __future__ import annotations

import sys

import click

from . import i18n
from .errors import AimmError
from .i18n import tr

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class Group(click.Group):
    """Keeps commands in the order they are declared in `aimm-lab --help`."""

    def list_commands(self, ctx):
        return list(self.commands)


@click.group(cls=Group, context_settings=CONTEXT, invoke_without_command=True)
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
    if ctx.invoked_subcommand is None:
        try:
            from ui.app import main as ui_main
        except ImportError as e:
            raise AimmError(i18n.T(f"l'interface graphique ne peut pas démarrer : {e}",
                                   f"the desktop application cannot start: {e}")) from None
        sys.exit(ui_main(db_path=db_path, state_path=state_path, lang=lang))


def lang_option(f):
    """`--lang` accepted after the subcommand too (aimm-lab check X --lang en)."""

    def set_lang(ctx, param, value):
        if value:
            i18n.set_lang(value)
        return value

    return click.option("--lang", type=click.Choice(["fr", "en"]), default=None, expose_value=False,
                        callback=set_lang, is_eager=True, help="fr | en")(f)


def _register():
    from .commands import machine_cmd, scenarios_cmd

    for mod in (machine_cmd, scenarios_cmd):
        mod.register(cli)
    try:
        from .commands import attempts_cmd
    except ImportError:  # the attempts commands are not part of this build
        return
    attempts_cmd.register(cli)


_register()


def main(argv=None) -> int:
    try:
        rv = cli.main(args=argv, prog_name="aimm-lab", standalone_mode=False)
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
        import os

        if os.environ.get("AIMM_LAB_DEBUG"):
            raise
        return 2
    # Commands end with ctx.exit(code); click hands the code back here.
    return rv if isinstance(rv, int) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
