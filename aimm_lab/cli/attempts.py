"""aimm-lab attempts list | show | verify | export | import, and the trainer's actions on an
attempt: pause | resume | release | end | add-time | grade."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

import click

from .. import fmt, names, words
from ..errors import AimmError
from ..exam import timeline as tl
from ..exam.bundles import (
    BundleError,
    export_bundle,
    import_bundle,
    load_seat_key,
    load_secret,
    seat_key,
    write_seat_key,
)
from ..exam.scoring import STATE_TEXT
from ..i18n import T, tr
from ..trainer.collect import bundle_files
from ..trainer.pin import PinGuard
from .common import echo_json, engine_of, lang, local_time, num, say, store_of
from .options import Group, lang_option

pin_stdin_option = click.option(
    "--pin-stdin", is_flag=True,
    help="Lire le code formateur sur la première ligne de l'entrée standard (scripts) / read the trainer PIN "
         "from the first line of standard input (scripts).")


def _read_secret(prompt: T, pin_stdin: bool) -> str:
    if pin_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if sys.stdin.isatty():
        return getpass.getpass(prompt.get(lang()))
    raise AimmError(T("cette action du formateur demande le code formateur : lancez-la dans un terminal (le code "
                      "est demandé sans s'afficher) ou donnez-le sur l'entrée standard avec --pin-stdin",
                      "this trainer action needs the trainer PIN: run it in a terminal (the PIN is asked without "
                      "showing it) or give it on standard input with --pin-stdin"))


def require_pin(store, pin_stdin: bool) -> None:
    """The trainer PIN, asked before any trainer action (as the desktop application does): without echo
    in a terminal, or the first line of standard input with --pin-stdin; refused without either. The
    PIN's delay after wrong tries applies (aimm_lab.trainer.pin)."""
    g = PinGuard(store)
    if not g.is_set():
        raise AimmError(T("aucun code formateur n'est défini sur ce poste : les actions du formateur le demandent. "
                          "Définissez-le avec « aimm-lab attempts pin » ou dans le mode formateur de l'application.",
                          "no trainer PIN is set on this PC: trainer actions need it. Set it with "
                          "\"aimm-lab attempts pin\" or in the application's trainer mode."))
    g.verify(_read_secret(T("Code formateur : ", "Trainer PIN: "), pin_stdin))


@click.group("attempts", cls=Group)
def attempts_command():
    """Tentatives enregistrées sur ce poste : lister, afficher, vérifier, exporter, importer."""

@attempts_command.command("list")
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON / JSON output.")
@click.option("--trainee", default=None, help="Un stagiaire.")
@click.option("--scenario", default=None, help="Un scénario (identifiant).")
@click.option("--status", type=click.Choice(["running", "paused", "submitted", "expired"]), default=None)
@click.option("--limit", type=click.IntRange(1, None), default=50, show_default=True, help="Combien (récentes d'abord).")
@click.option("--all", "all_", is_flag=True, help="Toutes les tentatives.")
@lang_option
@click.pass_context
def list_(ctx, as_json, trainee, scenario, status, limit, all_):
    """Historique des tentatives, les plus récentes d'abord."""

    with store_of(ctx) as store:
        e = engine_of(store)
        rows = e.list(trainee=trainee, scenario=scenario, status=status, limit=None if all_ else limit)
        now = e.now()
        if as_json:
            echo_json([a.as_dict(now) for a in rows])
        else:
            for a in rows:
                score = f"{num(a.score)}/{num(a.max_score)}" + ("*" if a.pending else "")
                click.echo(f"{a.id[:8]}  {a.started_at[:16].replace('T', ' ')}  {names.elide(names.visible(a.trainee), 20)} "
                           f"{a.scenario_id[:28]:<28} v{a.scenario_version:<3} {a.mode:<8} "
                           f"{words.STATUS_TEXT[a.status].get(lang()):<13} {score}")
            total = store.count_attempts(trainee=trainee, scenario=scenario, status=status)
            # The rows first (flushed), then the summary on a line of its own, even when both streams
            # share one terminal or one pipe.
            sys.stdout.flush()
            if rows:
                click.echo("", err=True)
            click.echo(tr(f"{len(rows)} tentative(s) affichée(s) sur {total}",
                          f"{len(rows)} of {total} attempt(s) shown"), err=True)
    ctx.exit(0)

@attempts_command.command("show")
@click.argument("attempt_id")
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON / JSON output.")
@click.option("--states", is_flag=True, help="Inclure les états machine enregistrés (JSON).")
@lang_option
@click.pass_context
def show(ctx, attempt_id, as_json, states):
    """Une tentative : note par tâche, compétence et bloc, et son journal."""

    with store_of(ctx) as store:
        e = engine_of(store)
        a = e.get(attempt_id)
        sheet = e.score(a)
        events = e.events(a)
        if as_json:
            d = a.as_dict(e.now())
            d["score_sheet"] = sheet.as_dict()
            d["events"] = []
            for ev in events:
                item = ev.as_dict()
                if ev.kind == "check" and not states and isinstance(item["data"].get("state"), dict):
                    st = item["data"]["state"]
                    item["data"]["state"] = {"captured_at": st.get("captured_at"),
                                             "sections": sorted(st.get("sections") or {})}
                d["events"].append(item)
            echo_json(d)
            ctx.exit(0)
        L = lang()
        click.echo(f"{tr('Tentative', 'Attempt')} {a.id}")
        click.echo(f"{a.title.get(L)} [{a.scenario_id} v{a.scenario_version}] · {a.block}")
        click.echo(f"{tr('Stagiaire', 'Trainee')} : {a.trainee} · {words.mode_text(a.mode, (e.facts(a).started or {}).get('supervision')).get(L)} · "
                   f"{words.STATUS_TEXT[a.status].get(L)}")
        click.echo(f"{tr('Début', 'Start')} : {a.started_at} · {tr('échéance', 'deadline')} : {a.deadline or '-'}"
                   f" · {tr('fin', 'end')} : {a.submitted_at or '-'}")
        click.echo(f"{tr('Note', 'Score')} : {num(sheet.score)} / {num(sheet.max_score)} ({fmt.percent(sheet.percent)})"
                   + (tr(" — grille du formateur en attente", " — trainer's rubric pending") if sheet.pending else "")
                   + ("" if a.feedback else tr(" — non communiquée au stagiaire", " — not released to the trainee")))
        facts = e.facts(a)
        if facts.fault == "missing":
            click.echo(tr("Panne prévue jamais vue en place : les vérifications ne comptent pas (aimm-lab attempts "
                          "confirm-fault pour la confirmer)", "Planned fault never seen in place: the checks do not "
                          "count (aimm-lab attempts confirm-fault to confirm it)"))
        elif facts.fault == "confirmed":
            click.echo(tr(f"Panne prévue confirmée par {facts.fault_by}", f"Planned fault confirmed by {facts.fault_by}"))
        elif facts.fault == "in_place":
            click.echo(tr("Panne prévue vue en place", "Planned fault seen in place"))
        for t in sheet.tasks:
            pen = f" (−{fmt.points(t.penalty)} {tr('indice', 'hint')})" if t.penalty else ""
            click.echo(f"  [{t.task_id}] {num(t.earned)}/{num(t.points)}{pen}  {STATE_TEXT[t.state].get(L)}")
            for i in t.items:
                if isinstance(i, dict) and i.get("ok") is False:
                    label = i["label"].get(L) if isinstance(i.get("label"), dict) else i.get("id")
                    click.echo(f"      ✘ {label} : {tr('attendu', 'expected')} {i.get('expected')}, "
                               f"{tr('trouvé', 'found')} {i.get('found')}")
        click.echo(tr("Par compétence : ", "By competence: ") + " · ".join(
            f"{c} {num(v['earned'])}/{num(v['max'])}" for c, v in sheet.by_competence.items()))
        click.echo(tr("Déroulement :", "Timeline:"))
        for entry in tl.timeline(store.journal(a.id), store.pin_fingerprint(), store.get_setting("trainer_pin")):
            when = local_time(entry.at) if entry.at else tr("maintenant", "now")
            click.echo(f"  {'⚠ ' if entry.alert else '  '}{when}  {entry.text.get(L)}")
        click.echo(tr(f"Journal ({len(events)} événements) :", f"Journal ({len(events)} events):"))
        for ev in events:
            data = ev.data
            extra = ""
            if ev.kind == "check":
                tasks = (data.get("result") or {}).get("tasks") or []
                extra = f"{data.get('purpose')} " + ", ".join(f"{t['id']} {t['outcome']}" for t in tasks)
            elif ev.kind in ("hint", "document", "quiz"):
                extra = data.get("task", "")
            elif ev.kind in ("paused", "resumed", "time_added", "released", "fault_confirmed"):
                extra = f"{data.get('by') or ''} {data.get('minutes') or ''}".strip()
            elif ev.kind == "submitted":
                extra = data.get("reason", "")
            elif ev.kind == "rubric":
                extra = f"{data['task']}.{data['item']} = {fmt.points(data['points'])}"
            elif ev.kind == "warning":
                extra = f"{data.get('seconds', 0) // 60} min"
            elif ev.kind == "clock":
                extra = f"{data.get('what')} {data.get('delta_ms', 0) // 1000} s"
            click.echo(f"  #{ev.seq:<4} {ev.at}  {ev.kind:<10} {extra}".rstrip())
    ctx.exit(0)

@attempts_command.command("verify")
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON / JSON output.")
@lang_option
@click.pass_context
def verify(ctx, as_json):
    """Vérifie le journal chaîné et la note de chaque tentative ; nomme chaque tentative modifiée (code 1)."""
    with store_of(ctx) as store:
        e = engine_of(store)
        verdicts = e.verify()
        integrity = store.integrity_check()
        triggers = store.triggers_present()
        recreated = store.triggers_recreated()
    bad = [v for v in verdicts if not v.ok]
    if as_json:
        echo_json({"checked": len(verdicts), "integrity": integrity, "journal_protected": triggers,
                   "protection_recreated": recreated,
                   "tampered": [{"id": v.attempt_id, "trainee": v.trainee, "scenario_id": v.scenario_id,
                                 "problems": [p.get(lang()) for p in v.problems]} for v in bad]})
    else:
        for v in bad:
            click.echo(tr(f"MODIFIÉE {v.attempt_id} ({v.trainee}, {v.scenario_id})",
                          f"EDITED {v.attempt_id} ({v.trainee}, {v.scenario_id})"))
            for p in v.problems:
                click.echo(f"    {p.get(lang())}")
        if not triggers:
            click.echo(tr("Attention : la protection du journal (ajout seul) a été retirée de la base.",
                          "Warning: the journal's append-only protection was removed from the database."))
        if recreated:
            click.echo(tr("Attention : la protection du journal a été retirée puis remise (elle n'est plus à la place "
                          "où la base l'a créée) : le journal a pu être réécrit entre-temps, sans que les empreintes "
                          "le montrent.",
                          "Warning: the journal's protection was removed and put back (it is no longer where the "
                          "database created it): the journal may have been rewritten meanwhile without the hashes "
                          "showing it."))
        if integrity != "ok":
            click.echo(tr(f"Intégrité SQLite : {integrity}", f"SQLite integrity: {integrity}"))
        click.echo(tr(f"{len(verdicts)} tentative(s) vérifiée(s), {len(bad)} modifiée(s)",
                      f"{len(verdicts)} attempt(s) checked, {len(bad)} edited"))
    ctx.exit(1 if bad or integrity != "ok" or recreated or not triggers else 0)

@attempts_command.command("export")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=".", show_default=True,
              help="Dossier où écrire le lot.")
@click.option("--trainee", default=None, help="Seulement ce stagiaire.")
@click.option("--scenario", default=None, help="Seulement ce scénario.")
@click.option("--seat-key", "seat_key_file", type=click.Path(dir_okay=False), default=None,
              help="Clé de ce poste (défaut : seat-key du dossier de données, donnée par le formateur).")
@click.option("--secret-file", type=click.Path(dir_okay=False), default=None,
              help="Poste du formateur sans clé de poste : fichier du secret du formateur (défaut : AIMM_LAB_SECRET, "
                   "puis trainer-secret du dossier de données).")
@lang_option
@click.pass_context
def export(ctx, out_dir, trainee, scenario, seat_key_file, secret_file):
    """Écrit un lot de résultats signé (JSON + chaîne d'empreintes, HMAC de la clé de ce poste, ou du secret du
    formateur sur son propre poste)."""

    secret = None if secret_file else load_seat_key(seat_key_file)
    if secret is None:
        secret = load_secret(secret_file)
    with store_of(ctx) as store:
        path, n = export_bundle(engine_of(store), out_dir, secret, trainee=trainee, scenario=scenario)
    if path is None:
        say(T("Aucune tentative à exporter.", "No attempt to export."))
    else:
        say(T(f"{n} tentative(s) exportée(s) dans {path}", f"{n} attempt(s) exported to {path}"))
        click.echo(str(path))
    ctx.exit(0)

@attempts_command.command("import")
@click.argument("bundles", nargs=-1, required=True, type=click.Path())
@click.option("--secret-file", type=click.Path(dir_okay=False), default=None,
              help="Fichier du secret du formateur (défaut : AIMM_LAB_SECRET, puis trainer-secret).")
@pin_stdin_option
@lang_option
@click.pass_context
def import_(ctx, bundles, secret_file, pin_stdin):
    """Fusionne des lots de résultats de plusieurs postes (fichiers, ou dossiers : chaque lot qu'ils
    contiennent) ; un lot modifié ou mal formé est refusé en entier. Demande le code formateur."""

    with store_of(ctx) as store:
        require_pin(store, pin_stdin)
    secret = load_secret(secret_file)
    refused = 0
    files = bundle_files(list(bundles), unique=False)  # each file named is reported, as named
    for folder in (Path(b) for b in bundles):
        if folder.is_dir() and not any(f.is_relative_to(folder) for f in files):
            say(T(f"Aucun lot de résultats dans {folder}", f"No results bundle in {folder}"), err=True)
    with store_of(ctx) as store:
        e = engine_of(store)
        for b in files:
            try:
                say(import_bundle(e, b, secret).summary())
            except BundleError as err:
                refused += 1
                click.echo(tr("Erreur : ", "Error: ") + err.message(lang()), err=True)
    ctx.exit(2 if refused else 0)


def _act(ctx, attempt_id: str, by: str | None, action, pin_stdin: bool = False) -> None:
    """A trainer's action on one attempt, after the trainer PIN, then its new status in one line."""
    with store_of(ctx) as store:
        require_pin(store, pin_stdin)
        e = engine_of(store)
        a = action(e, attempt_id, by or getpass.getuser())
        st = words.STATUS_TEXT[a.status]
        say(T(f"{a.id[:8]} ({a.trainee}) : {st.fr}, échéance {a.deadline or '-'}, note {num(a.score)}/"
              f"{num(a.max_score)}", f"{a.id[:8]} ({a.trainee}): {st.get('en')}, deadline "
              f"{a.deadline or '-'}, score {num(a.score)}/{num(a.max_score)}"), a.events)
    ctx.exit(0)


attempt_id_argument = click.argument("attempt_id")
by_option = click.option("--by", default=None, help="Nom du formateur.")


def trainer_action(f):
    """The options of every trainer action: --by, --pin-stdin, --lang."""
    return by_option(pin_stdin_option(lang_option(f)))


@attempts_command.command("pause")
@attempt_id_argument
@trainer_action
@click.pass_context
def pause(ctx, attempt_id, by, pin_stdin):
    """Met une tentative en pause (le temps restant est gardé)."""
    _act(ctx, attempt_id, by, lambda e, i, who: e.pause(i, who), pin_stdin)


@attempts_command.command("resume")
@attempt_id_argument
@trainer_action
@click.pass_context
def resume(ctx, attempt_id, by, pin_stdin):
    """Reprend une tentative en pause (nouvelle échéance)."""
    _act(ctx, attempt_id, by, lambda e, i, who: e.resume(i, who), pin_stdin)


@attempts_command.command("release")
@attempt_id_argument
@trainer_action
@click.pass_context
def release(ctx, attempt_id, by, pin_stdin):
    """Communique au stagiaire les résultats d'un examen terminé."""
    _act(ctx, attempt_id, by, lambda e, i, who: e.release_results(i, who), pin_stdin)


@attempts_command.command("end")
@attempt_id_argument
@trainer_action
@click.pass_context
def end(ctx, attempt_id, by, pin_stdin):
    """Termine une tentative pour le stagiaire (remise par le formateur)."""
    _act(ctx, attempt_id, by, lambda e, i, who: e.submit(i, "trainer", by=who), pin_stdin)


@attempts_command.command("confirm-fault")
@attempt_id_argument
@trainer_action
@click.pass_context
def confirm_fault(ctx, attempt_id, by, pin_stdin):
    """Confirme que la panne prévue était en place : les vérifications de la tentative comptent."""
    _act(ctx, attempt_id, by, lambda e, i, who: e.confirm_fault(i, who), pin_stdin)


@attempts_command.command("add-time")
@attempt_id_argument
@click.argument("minutes", type=click.IntRange(1, 600))
@trainer_action
@click.pass_context
def add_time(ctx, attempt_id, minutes, by, pin_stdin):
    """Ajoute du temps (tiers-temps) à une tentative."""
    _act(ctx, attempt_id, by, lambda e, i, who: e.add_time(i, minutes, who), pin_stdin)


@attempts_command.command("grade")
@attempt_id_argument
@click.argument("task")
@click.argument("item")
@click.argument("points", type=float)
@click.option("--comment", default=None, help="Commentaire.")
@trainer_action
@click.pass_context
def grade(ctx, attempt_id, task, item, points, comment, by, pin_stdin):
    """Note un item de grille : TÂCHE ITEM POINTS."""
    _act(ctx, attempt_id, by, lambda e, i, who: e.set_rubric(i, task, item, points, comment or "", who), pin_stdin)


@attempts_command.command("pin")
@click.option("--by", default=None, help="Nom du formateur.")
@pin_stdin_option
@lang_option
@click.pass_context
def pin(ctx, by, pin_stdin):
    """Définit ou change le code formateur (6 à 12 chiffres, ou une phrase de passe de 8 caractères ou plus).
    Avec --pin-stdin : le code actuel (s'il y en a un), puis le nouveau, un par ligne."""
    with store_of(ctx) as store:
        g = PinGuard(store)
        current = _read_secret(T("Code formateur actuel : ", "Current trainer PIN: "), pin_stdin) if g.is_set() else None
        new = _read_secret(T("Nouveau code formateur : ", "New trainer PIN: "), pin_stdin)
        if not pin_stdin:
            again = _read_secret(T("Confirmez le code : ", "Confirm the PIN: "), pin_stdin)
            if again != new:
                raise AimmError(T("les deux codes ne sont pas identiques", "the two PINs differ"))
        g.set_pin(new, current, by or getpass.getuser())
    say(T("Code formateur enregistré (seule son empreinte est gardée).", "Trainer PIN saved (only its digest is kept)."))
    ctx.exit(0)


@attempts_command.command("seat-key")
@click.argument("seat")
@click.option("--out", "out_file", type=click.Path(dir_okay=False), required=True,
              help="Fichier à écrire, à copier sous le nom seat-key dans le dossier de données de ce poste.")
@click.option("--secret-file", type=click.Path(dir_okay=False), default=None,
              help="Fichier du secret du formateur (défaut : AIMM_LAB_SECRET, puis trainer-secret).")
@pin_stdin_option
@lang_option
@click.pass_context
def seat_key_command(ctx, seat, out_file, secret_file, pin_stdin):
    """Sur le poste du formateur : la clé d'un poste du labo (NOM), dérivée du secret du formateur, qui ne quitte
    pas son poste. Chaque poste signe ses lots avec sa propre clé. Demande le code formateur."""
    with store_of(ctx) as store:
        require_pin(store, pin_stdin)
    path = write_seat_key(seat_key(load_secret(secret_file), seat), out_file)
    say(T(f"Clé du poste {seat} écrite dans {path} : copiez-la sous le nom seat-key dans le dossier de données de "
          f"ce poste, et nulle part ailleurs.", f"Key of seat {seat} written to {path}: copy it as seat-key into "
          f"that PC's data folder, and nowhere else."))
    ctx.exit(0)
