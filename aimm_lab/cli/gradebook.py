"""aimm-lab gradebook export | rule: the gradebook as CSV, the jury grids as PDF, the rule that
says which attempt counts."""

from __future__ import annotations

import csv
from pathlib import Path

import click

from ..errors import AimmError, UsageError
from ..exam.scoring import RULE_TEXT, aggregate
from ..i18n import T, tr
from ..trainer.gradebook import build
from .common import engine_of, hooks_of, lang, say, store_of
from .options import Group, lang_option


@click.group("gradebook", cls=Group)
def gradebook_command():
    """Carnet de notes : résultat retenu par stagiaire et par scénario."""

@gradebook_command.command("export")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False), default=None, help="Fichier CSV à écrire.")
@click.option("--pdf", "pdf_path", type=click.Path(dir_okay=False), default=None,
              help="PDF des grilles du jury (une page par stagiaire) à écrire.")
@click.option("--trainee", default=None, help="PDF : seulement ce stagiaire.")
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
        if csv_path:
            rows = gradebook_rows(e, rule, mode)
        if pdf_path:
            books = build(e, trainee=trainee, rule=rule)
    if csv_path:
        write_gradebook(csv_path, rows, sep)
        say(T(f"{len(rows)} ligne(s) écrite(s) dans {csv_path} (règle : {rule})",
               f"{len(rows)} row(s) written to {csv_path} (rule: {rule})"))
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
@lang_option
@click.pass_context
def gradebook_rule(ctx, rule):
    """Affiche ou règle la tentative retenue quand un stagiaire a passé plusieurs fois un scénario."""

    with store_of(ctx) as store:
        if rule:
            store.set_setting("aggregate", rule)
        current = store.get_setting("aggregate", "best")
    click.echo(f"{current} ({RULE_TEXT[current].get(lang())})")
    ctx.exit(0)


# --------------------------------------------------------------------------- gradebook


def gradebook_rows(engine, rule: str, mode: str | None) -> list[dict]:
    """One row per trainee, scenario and mode: the counted result and its competence lines."""
    groups: dict[tuple[str, str, str], list] = {}
    for status in ("submitted", "expired"):
        for a in engine.list(status=status, limit=None):
            if mode and a.mode != mode:
                continue
            groups.setdefault((a.trainee, a.scenario_id, a.mode), []).append(a)
    rows = []
    for (trainee, scenario_id, m), attempts in sorted(groups.items()):
        counted = aggregate([(a.id, a.started_at, a.score or 0.0, a.max_score or 0.0) for a in attempts], rule)
        chosen = [a for a in attempts if counted.chosen is None or a.id == counted.chosen]
        comps: dict[str, list[float]] = {}
        for a in chosen:
            for c, v in engine.score(a).by_competence.items():
                comps.setdefault(c, []).append(v["earned"] / v["max"] * 100 if v["max"] else 0.0)
        latest = max(attempts, key=lambda a: (a.started_at, a.id))
        rows.append({
            "trainee": trainee, "scenario_id": scenario_id, "block": latest.block, "title": latest.title.get(lang()),
            "mode": m, "attempts": len(attempts), "rule": rule, "score": counted.score, "max_score": counted.max_score,
            "percent": counted.percent, "pending": any(a.pending for a in chosen),
            "versions": ",".join(sorted({str(a.scenario_version) for a in attempts})),
            "last_submitted_at": max((a.submitted_at or "") for a in attempts),
            "competences": {c: round(sum(v) / len(v), 2) for c, v in comps.items()},
        })
    return rows


def write_gradebook(path: str, rows: list[dict], sep: str) -> None:
    comps = sorted({c for r in rows for c in r["competences"]})
    head = ["stagiaire", "scenario", "bloc", "titre", "mode", "tentatives", "regle", "note", "sur", "pourcentage",
            "grille_en_attente", "versions", "derniere_remise"] + [f"{c} %" for c in comps]

    def num(x):
        s = f"{x:.2f}"
        return s.replace(".", ",") if sep == ";" else s

    try:
        tmp = Path(path).with_name(Path(path).name + ".tmp")
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f, delimiter=sep)
            w.writerow(head)
            for r in rows:
                w.writerow([r["trainee"], r["scenario_id"], r["block"], r["title"], r["mode"], r["attempts"], r["rule"],
                            num(r["score"]), num(r["max_score"]), num(r["percent"]),
                            tr("oui", "yes") if r["pending"] else tr("non", "no"), r["versions"],
                            r["last_submitted_at"]] + [num(r["competences"][c]) if c in r["competences"] else ""
                                                       for c in comps])
        tmp.replace(path)
    except OSError as e:
        raise AimmError(T(f"écriture impossible de {path} : {e.strerror}", f"cannot write {path}: {e.strerror}")
                        ) from None
