"""The options every command group shares: the group class, `--lang`, `--json`. Light on purpose:
the root group imports it, and opening the window should not load more."""

from __future__ import annotations

import click

from .. import i18n

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class Group(click.Group):
    """Keeps commands in the order they are declared in `--help`."""

    def list_commands(self, ctx):
        return list(self.commands)


def _set_lang(ctx, param, value):
    if value:
        i18n.set_lang(value)
    return value


def lang_option(f):
    """`--lang` accepted after the subcommand too (aimm-lab check X --lang en)."""
    return click.option("--lang", type=click.Choice(["fr", "en"]), default=None, expose_value=False,
                        callback=_set_lang, is_eager=True, help="fr | en")(f)


json_option = click.option("--json", "as_json", is_flag=True, help="Sortie JSON / JSON output.")
