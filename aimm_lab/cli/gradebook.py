"""aimm-lab gradebook export | rule: the gradebook as CSV, the jury grids as PDF, the rule that
says which attempt counts."""

from __future__ import annotations

import click

from ..errors import AimmError, UsageError
from ..exam.scoring import RULE_TEXT
from ..i18n import T
from ..trainer.gradebook import build, write_csv
from .attempts import pin_stdin_option, require_pin
from .common import engine_of, hooks_of, lang, say, store_of
from .options import Group, lang_option


@click.group("gradebook", cls=Group)
def gradebook_command():
    """Carnet de notes : résultat retenu par stagiaire et par scénario."""

@gradebook_command.command("export")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False), default=None, help="Fichier CSV à écrire.")
@click.option("--pdf", "pdf_path", type=click.Path(dir_okay=False), default=None,
              help="PDF des grilles du jury (une page par stagiaire) à écrire.")
@click.option("--trainee", default=None, help="Seulement ce stagiaire.")
@click.option("--rule", type=click.Choice(["best", "last", "average"]), default=None,
              help="Tentative retenue : best (meilleure), last (dernière), average (moyenne). Défaut : le réglage "
                   "du formateur (gradebook rule), sinon best.")
@click.option("--mode", type=click.Choice(["exam", "practice"]), default=None, help="Seulement ce mode.")
@click.option("--sep", type=click.Choice([";", ","]), default=";", show_default=True,
              help="Séparateur : « ; » avec virgule décimale (tableurs français), « , » avec point décimal.")
@lang_option
@click.pass_context
def gradebook_export(ctx, csv_path, pdf_path, trainee, rule, mode, sep):
    """Exporte le carnet de notes en CSV (tentatives terminées) et/ou les grilles du jury en PDF."""
    if not csv_path and not pdf_path:
        raise UsageError(T("indiquez --csv FICHIER et/ou --pdf FICHIER", "give --csv FILE and/or --pdf FILE"))
    with store_of(ctx) as store:
        e = engine_of(store)
        rule = rule or store.get_setting("aggregate", "best")
        books = build(e, trainee=trainee, rule=rule, mode=mode)
    if csv_path:
        n = write_csv(csv_path, books, sep, lang())
        say(T(f"{n} ligne(s) écrite(s) dans {csv_path} (règle : {rule})",
              f"{n} row(s) written to {csv_path} (rule: {rule})"))
    if pdf_path:
        if not books:
            raise UsageError(T(f"stagiaire inconnu « {trainee} »" if trainee else "aucun stagiaire dans la base",
                               f'unknown trainee "{trainee}"' if trainee else "no trainee in the database"))
        hooks = hooks_of(ctx)
        if hooks is None or hooks.jury_pdf is None:  # the PDF is laid out by the desktop application
            raise AimmError(T("l'export PDF se fait avec la commande aimm-lab (l'application de bureau installée)",
                              "PDF export needs the aimm-lab command (the desktop application installed)"))
        out = hooks.jury_pdf(books, pdf_path, lang())
        say(T(f"{len(books)} grille(s) du jury écrite(s) dans {out}",
               f"{len(books)} jury grid(s) written to {out}"))
    ctx.exit(0)

@gradebook_command.command("rule")
@click.argument("rule", type=click.Choice(["best", "last", "average"]), required=False)
@pin_stdin_option
@lang_option
@click.pass_context
def gradebook_rule(ctx, rule, pin_stdin):
    """Affiche ou règle la tentative retenue quand un stagiaire a passé plusieurs fois un scénario (la
    régler demande le code formateur)."""

    with store_of(ctx) as store:
        if rule:
            require_pin(store, pin_stdin)
            store.set_setting("aggregate", rule)
        current = store.get_setting("aggregate", "best")
    click.echo(f"{current} ({RULE_TEXT[current].get(lang())})")
    ctx.exit(0)
