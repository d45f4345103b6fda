"""aimm-lab run | attempts list|show|verify|export|import|pause|resume|add-time|grade|release | gradebook.

`run` is the terminal runner: the same engine as the desktop application, for lab
PCs without a desktop and for scripted tests. It reads one command per line on
standard input; every line that journals something ends with its event number,
`[#12]`, so a script can tell what was saved.
"""

from __future__ import annotations

import csv
import getpass
import json
import queue
import sys
import threading
from datetime import datetime
from pathlib import Path

import click

from ..errors import AimmError, UsageError
from ..i18n import T, Text, tr
from ..scenarios.model import REPORT_FIELDS
from .common import echo_json, find_scenario, lang

TICK_S = 0.5
COMMANDS = ("status", "check", "record", "hint", "report", "document", "quiz", "submit", "quit", "help")
MARK = {"PASS": "✔", "FAIL": "✘", "ERROR": "!", "UNSUPPORTED": "–"}


def _store(ctx):
    from ..store.db import Store

    root = ctx.find_root()
    return Store((root.obj or {}).get("db"))


def _engine(store, machine=None, profile=None):
    from ..exam.engine import Engine

    return Engine(store, machine, profile=profile)


def _local(iso_text: str | None) -> str:
    """An ISO UTC time shown in the PC's local time."""
    if not iso_text:
        return "-"
    from ..exam.clock import parse_iso

    return datetime.fromtimestamp(parse_iso(iso_text) / 1000).strftime("%d/%m/%Y %H:%M:%S")


def _say(text: Text, seq: int | None = None, err: bool = False) -> None:
    click.echo(text.get(lang()) + (f" [#{seq}]" if seq is not None else ""), err=err)


def _num(x) -> str:
    return "-" if x is None else f"{x:g}"


# --------------------------------------------------------------------------- the terminal runner


class Runner:
    """One trainee at one attempt, driven by lines of text."""

    def __init__(self, engine, attempt, scenario_now):
        self.engine = engine
        self.a = attempt
        self.scenario = engine.scenario_of(attempt)
        self.scenario_now = scenario_now
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.last_status = attempt.status

    # ---------------------------------------------------------------- input
    def _read_stdin(self) -> None:
        for line in sys.stdin:
            self.lines.put(line.rstrip("\r\n"))
        self.lines.put(None)

    def next_line(self, timeout: float | None) -> str | None:
        """The next line; "" when the timeout passed; None at the end of input."""
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            return ""

    # ---------------------------------------------------------------- output
    def header(self, resumed: bool) -> None:
        a, s = self.a, self.scenario
        from ..exam.engine import MODE_TEXT

        click.echo(f"AIMM Lab — {s.title.get(lang())} [{s.id} v{s.version}]")
        what = T("Reprise de la tentative", "Resuming attempt") if resumed else T("Tentative", "Attempt")
        click.echo(f"{what.get(lang())} {a.id[:8]} · {a.trainee} · {MODE_TEXT[a.mode].get(lang())} [#{a.events}]")
        self.print_time()
        _say(T("Commandes : " + ", ".join(COMMANDS) + " (help : aide)",
               "Commands: " + ", ".join(COMMANDS) + " (help)"))

    def print_time(self) -> None:
        from ..exam.clock import format_remaining

        a = self.engine.get(self.a)
        self.a = a
        if a.status == "paused":
            _say(T(f"En pause par le formateur : il restera {format_remaining(int(a.paused_remaining_s * 1000))}",
                   f"Paused by the trainer: {format_remaining(int(a.paused_remaining_s * 1000))} will remain")
                 if a.paused_remaining_s is not None else T("En pause par le formateur", "Paused by the trainer"))
        elif a.deadline:
            left = format_remaining(int(a.remaining_s(self.engine.now()) * 1000))
            _say(T(f"Fin prévue : {_local(a.deadline)} (échéance {a.deadline}) — reste {left}",
                   f"Ends at: {_local(a.deadline)} (deadline {a.deadline}) — {left} left"))
        else:
            _say(T("Sans limite de temps", "Untimed"))

    # ---------------------------------------------------------------- the clock
    def tick(self) -> bool:
        """Warnings, expiry and the trainer's changes; False when the attempt is over."""
        e = self.engine
        a = e.get(self.a)
        if a.overdue(e.now()):
            _say(T("Temps écoulé : dernier relevé du poste et remise automatique…",
                   "Time is up: last reading of the PC and automatic submission..."))
            e.expire_overdue()
            a = e.get(self.a)
        if a.status in ("submitted", "expired"):
            self.a = a
            self.finished()
            return False
        if a.status != self.last_status:
            _say(T("Le formateur a mis la tentative en pause.", "The trainer paused the attempt.")
                 if a.status == "paused" else T("Le formateur a repris la tentative.", "The trainer resumed the attempt."))
            self.last_status = a.status
            self.a = a
            self.print_time()
        for w in e.due_warnings(a):
            _say(T(f"Attention : il reste moins de {w // 60} minutes.", f"Warning: less than {w // 60} minutes left."),
                 e.get(a).events)
        self.a = a
        return True

    def finished(self) -> None:
        a = self.a
        if a.status == "expired":
            _say(T(f"Temps écoulé : tentative remise automatiquement ({_local(a.submitted_at)}).",
                   f"Time is up: attempt submitted automatically ({_local(a.submitted_at)})."), a.events)
        else:
            _say(T("Tentative remise.", "Attempt submitted."), a.events)
        if a.feedback:
            more = T(" (grille du formateur à venir)", " (trainer's rubric to come)") if a.pending else T("", "")
            _say(T(f"Note : {_num(a.score)} / {_num(a.max_score)}{more.fr}",
                   f"Score: {_num(a.score)} / {_num(a.max_score)}{more.en}"))
        else:
            _say(T("Les résultats seront communiqués par le formateur.", "The trainer will release the results."))

    # ---------------------------------------------------------------- commands
    def loop(self) -> int:
        threading.Thread(target=self._read_stdin, name="aimm-stdin", daemon=True).start()
        if not self.tick():
            return 0
        while True:
            line = self.next_line(TICK_S)
            if line is None:
                self.leave()
                return 0
            if not self.tick():
                return 0
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            cmd, _, arg = line.partition(" ")
            cmd = cmd.lower()
            try:
                if cmd in ("quit", "exit", "q"):
                    self.leave()
                    return 0
                if cmd == "submit":
                    self.a = self.engine.submit(self.a)
                    self.finished()
                    return 0
                handler = getattr(self, f"cmd_{cmd}", None)
                if handler is None:
                    from ..scenarios.suggest import did_you_mean

                    hint = did_you_mean(cmd, COMMANDS)
                    _say(T(f"Commande inconnue « {cmd} »{hint.fr} : tapez help",
                           f'Unknown command "{cmd}"{hint.en}: type help'), err=True)
                    continue
                handler(arg.strip())
                if self.a.status in ("submitted", "expired"):
                    self.finished()
                    return 0
            except AimmError as e:
                click.echo(tr("Erreur : ", "Error: ") + e.message(lang()), err=True)
                a = self.engine.get(self.a)
                if a.status in ("submitted", "expired"):
                    self.a = a
                    self.finished()
                    return 0

    def leave(self) -> None:
        a = self.engine.get(self.a)
        _say(T(f"Tentative laissée en cours ({a.id[:8]}) : relancez la même commande pour la reprendre.",
               f"Attempt left running ({a.id[:8]}): run the same command again to resume it."))

    def cmd_help(self, arg: str) -> None:
        click.echo(tr(
            "status                 temps restant et tâches\n"
            "check [TÂCHE]          vérifier le poste (résultats en entraînement seulement)\n"
            "record                 enregistrer l'état du poste sans voir de résultat\n"
            "hint TÂCHE             indice (entraînement ; coûte des points)\n"
            "report                 remplir le rapport : lignes « champ = valeur », puis une ligne « . »\n"
            "document TÂCHE FICHIER devis ou facture (JSON : lignes, totaux, mentions)\n"
            "quiz TÂCHE RÉPONSES    réponses en JSON, ex. [0, [0, 2], [2, 0, 1]]\n"
            "submit                 remettre la tentative\n"
            "quit                   quitter en laissant la tentative en cours",
            "status                 time left and tasks\n"
            "check [TASK]           check the PC (results in practice mode only)\n"
            "record                 record the PC's state without seeing results\n"
            "hint TASK              hint (practice; costs points)\n"
            "report                 fill in the report: lines \"field = value\", then a line \".\"\n"
            "document TASK FILE     quote or invoice (JSON: lines, totals, mentions)\n"
            "quiz TASK ANSWERS      answers as JSON, e.g. [0, [0, 2], [2, 0, 1]]\n"
            "submit                 submit the attempt\n"
            "quit                   leave, the attempt keeps running"))

    def cmd_status(self, arg: str) -> None:
        from ..exam.engine import STATUS_TEXT

        self.print_time()
        a = self.a
        facts = self.engine.facts(a)
        sheet = self.engine.score(a) if a.feedback else None
        _say(T(f"Statut : {STATUS_TEXT[a.status].fr}", f"Status: {STATUS_TEXT[a.status].get('en')}"))
        for t in self.scenario.tasks:
            state = ""
            if t.kind == "checks" and t.id in facts.checks:
                state = tr("vérifiée", "checked") if not a.feedback else facts.checks[t.id]["outcome"]
            elif t.kind == "report" and facts.report:
                needed = [f for f, _, req in REPORT_FIELDS if req]
                state = tr(f"{sum(1 for f in needed if facts.report.get(f))}/{len(needed)} champs",
                           f"{sum(1 for f in needed if facts.report.get(f))}/{len(needed)} fields")
            elif t.kind in ("quote", "invoice") and t.id in facts.documents:
                state = tr("enregistré", "saved")
            elif t.kind == "quiz" and t.id in facts.quiz:
                state = tr("répondu", "answered")
            elif t.kind == "rubric":
                state = tr("noté par le formateur", "graded by the trainer")
            if t.id in facts.hints:
                state += tr(" (indice pris)", " (hint taken)")
            score = ""
            if sheet is not None:
                ts = sheet.task(t.id)
                score = f" {_num(ts.earned)}/{_num(ts.points)}"
            click.echo(f"  [{t.id}] {t.title.get(lang())} — {t.points:g} pt ({t.kind}){score}  {state}".rstrip())

    def cmd_check(self, arg: str, purpose: str = "check") -> None:
        e = self.engine
        if purpose == "record":
            r = e.record_state(self.a)
        else:
            r = e.check(self.a, arg or None)
        self.a = r.attempt
        if r.expired:
            return  # the loop sees the attempt is over and says so
        if r.result is None:
            _say(T("État du poste enregistré.", "State of the PC recorded.") if self.a.feedback else
                 T("État du poste enregistré. Les résultats seront communiqués par le formateur.",
                   "State of the PC recorded. The trainer will release the results."), r.seq)
            return
        for t in r.result.tasks:
            title = self.scenario.task(t.task_id).title.get(lang())
            click.echo(f"{MARK.get(t.outcome.value, '?')} [{t.task_id}] {title} : {t.met}/{len(t.checks)}")
            for c in t.checks:
                if c.outcome.value != "PASS":
                    click.echo(f"    {MARK.get(c.outcome.value, '?')} {c.type} : {c.message.get(lang())}")
        _say(T("Vérification enregistrée.", "Check saved."), r.seq)

    def cmd_record(self, arg: str) -> None:
        self.cmd_check(arg, "record")

    def cmd_hint(self, arg: str) -> None:
        if not arg:
            raise AimmError(T("hint TÂCHE : indiquez la tâche (voir status)", "hint TASK: name the task (see status)"))
        text = self.engine.take_hint(self.a, arg)
        t = self.scenario.task(arg)
        self.a = self.engine.get(self.a)
        click.echo(text.get(lang()))
        if t.hint_penalty:
            _say(T(f"(indice : −{t.hint_penalty:g} point(s) sur cette tâche)",
                   f"(hint: −{t.hint_penalty:g} point(s) on this task)"), self.a.events)

    def cmd_report(self, arg: str) -> None:
        known = {f: (label, req) for f, label, req in REPORT_FIELDS}
        _say(T("Rapport d'intervention : une ligne « champ = valeur » par champ, puis une ligne « . ». Champs :",
               'Intervention report: one line "field = value" per field, then a line ".". Fields:'))
        for f, (label, req) in known.items():
            click.echo(f"  {f:<16} {label.get(lang())}{' *' if req else ''}")
        fields = {}
        while True:
            line = self.next_line(None)
            if line is None or line.strip() == ".":
                break
            key, sep, value = line.partition("=")
            if not sep:
                key, sep, value = line.partition(":")
            key = key.strip()
            if not sep or not key:
                _say(T("ligne ignorée : écrivez « champ = valeur » (ou « . » pour finir)",
                       'line ignored: write "field = value" (or "." to finish)'), err=True)
                continue
            fields[key] = value.strip()
        if not fields:
            _say(T("Rapport inchangé.", "Report unchanged."))
            return
        before = self.a.events
        self.a = self.engine.save_report(self.a, fields)
        _say(T("Rapport enregistré.", "Report saved.") if self.a.events > before
             else T("Rapport inchangé.", "Report unchanged."), self.a.events if self.a.events > before else None)

    def cmd_document(self, arg: str) -> None:
        task, _, file = arg.partition(" ")
        if not task or not file.strip():
            raise AimmError(T("document TÂCHE FICHIER.json", "document TASK FILE.json"))
        path = Path(file.strip())
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except OSError as e:
            raise AimmError(T(f"{path} : lecture impossible ({e.strerror})", f"{path}: cannot read ({e.strerror})")
                            ) from None
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise AimmError(T(f"{path} : JSON invalide ({e})", f"{path}: invalid JSON ({e})")) from None
        self.a = self.engine.save_document(self.a, task, doc)
        _say(T("Document enregistré.", "Document saved."), self.a.events)

    def cmd_quiz(self, arg: str) -> None:
        task, _, answers = arg.partition(" ")
        try:
            values = json.loads(answers)
        except json.JSONDecodeError:
            raise AimmError(T("quiz TÂCHE RÉPONSES : réponses en JSON, ex. [0, [0, 2]]",
                              "quiz TASK ANSWERS: answers as JSON, e.g. [0, [0, 2]]")) from None
        self.a = self.engine.answer_quiz(self.a, task, values)
        _say(T("Réponses enregistrées.", "Answers saved."), self.a.events)


# --------------------------------------------------------------------------- registration


def register(cli):
    from ..cli import lang_option

    @cli.command("run")
    @click.argument("scenario")
    @click.option("--mode", type=click.Choice(["practice", "exam"]), default=None,
                  help="practice (entraînement, défaut) ou exam (examen chronométré).")
    @click.option("--trainee", default=None, help="Nom du stagiaire (défaut : le compte de session).")
    @click.option("--minutes", type=click.IntRange(1, 600), default=None,
                  help="Durée en minutes (examen : celle du scénario par défaut ; entraînement : sans limite).")
    @click.option("--machine", "state_path", type=click.Path(dir_okay=False), default=None,
                  help="Lire un état enregistré (JSON) au lieu de ce poste : essais scriptés, démonstrations.")
    @lang_option
    @click.pass_context
    def run(ctx, scenario, mode, trainee, minutes, state_path):
        """Passer un scénario dans le terminal (commandes sur l'entrée standard : status, check, hint, report,
        submit, quit). Relancée pour le même stagiaire et le même scénario, reprend la tentative ouverte."""
        from ..exam.engine import DEFAULT, MODE_TEXT

        s = find_scenario(scenario)
        machine = profile = None
        if state_path:
            from ..machine import RecordedMachine
            from ..scenarios.selftest import profile_for_state

            machine = RecordedMachine.load(state_path)
            if machine.state.get("lab"):
                profile = profile_for_state(machine)
        store = _store(ctx)
        try:
            engine = _engine(store, machine, profile)
            for x in engine.expire_overdue():
                late = engine.late_s(x) or 0
                _say(T(f"La tentative {x.id[:8]} ({x.trainee}, {x.scenario_id}) a atteint son échéance "
                       f"{_local(x.deadline)} pendant que le programme était arrêté : remise automatiquement "
                       f"maintenant, avec l'état du poste relevé {int(late // 60)} min après l'échéance.",
                       f"Attempt {x.id[:8]} ({x.trainee}, {x.scenario_id}) reached its deadline {_local(x.deadline)} "
                       f"while the program was not running: submitted automatically now, with the PC's state read "
                       f"{int(late // 60)} min after the deadline."), x.events)
            who = trainee or getpass.getuser()
            a = engine.open_attempt(who, s.id)
            resumed = a is not None
            if a is None:
                a = engine.start(s, who, mode or "practice", minutes if minutes is not None else DEFAULT,
                                 baseline=True)
            runner = Runner(engine, a, s)
            runner.header(resumed)
            if resumed:
                if a.scenario_sha256 != s.sha256:
                    _say(T(f"Le fichier du scénario a changé depuis le début (v{a.scenario_version} → v{s.version}) : "
                           f"cette tentative garde la version v{a.scenario_version}.",
                           f"The scenario file changed since the start (v{a.scenario_version} → v{s.version}): this "
                           f"attempt keeps version v{a.scenario_version}."))
                if mode and mode != a.mode or minutes is not None:
                    _say(T(f"Tentative reprise telle qu'elle a commencé ({MODE_TEXT[a.mode].fr}, même échéance) : "
                           f"--mode et --minutes sont ignorés.",
                           f"Attempt resumed as it started ({MODE_TEXT[a.mode].get('en')}, same deadline): --mode and "
                           f"--minutes are ignored."))
            code = runner.loop()
        finally:
            store.close()
        ctx.exit(code)

    @cli.group("attempts", cls=type(cli))
    def attempts():
        """Tentatives enregistrées sur ce poste : lister, afficher, vérifier, exporter, importer."""

    @attempts.command("list")
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
        from ..exam.engine import STATUS_TEXT

        with _store(ctx) as store:
            e = _engine(store)
            rows = e.list(trainee=trainee, scenario=scenario, status=status, limit=None if all_ else limit)
            now = e.now()
            if as_json:
                echo_json([a.as_dict(now) for a in rows])
            else:
                for a in rows:
                    score = f"{_num(a.score)}/{_num(a.max_score)}" + ("*" if a.pending else "")
                    click.echo(f"{a.id[:8]}  {a.started_at[:16].replace('T', ' ')}  {a.trainee[:20]:<20} "
                               f"{a.scenario_id[:28]:<28} v{a.scenario_version:<3} {a.mode:<8} "
                               f"{STATUS_TEXT[a.status].get(lang()):<13} {score}")
                total = store.count_attempts(trainee=trainee, scenario=scenario, status=status)
                click.echo(tr(f"{len(rows)} tentative(s) affichée(s) sur {total}",
                              f"{len(rows)} of {total} attempt(s) shown"), err=True)
        ctx.exit(0)

    @attempts.command("show")
    @click.argument("attempt_id")
    @click.option("--json", "as_json", is_flag=True, help="Sortie JSON / JSON output.")
    @click.option("--states", is_flag=True, help="Inclure les états machine enregistrés (JSON).")
    @lang_option
    @click.pass_context
    def show(ctx, attempt_id, as_json, states):
        """Une tentative : note par tâche, compétence et bloc, et son journal."""
        from ..exam.engine import MODE_TEXT, STATUS_TEXT
        from ..exam.scoring import STATE_TEXT

        with _store(ctx) as store:
            e = _engine(store)
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
            click.echo(f"{tr('Stagiaire', 'Trainee')} : {a.trainee} · {MODE_TEXT[a.mode].get(L)} · "
                       f"{STATUS_TEXT[a.status].get(L)}")
            click.echo(f"{tr('Début', 'Start')} : {a.started_at} · {tr('échéance', 'deadline')} : {a.deadline or '-'}"
                       f" · {tr('fin', 'end')} : {a.submitted_at or '-'}")
            click.echo(f"{tr('Note', 'Score')} : {_num(sheet.score)} / {_num(sheet.max_score)} ({sheet.percent:g} %)"
                       + (tr(" — grille du formateur en attente", " — trainer's rubric pending") if sheet.pending else "")
                       + ("" if a.feedback else tr(" — non communiquée au stagiaire", " — not released to the trainee")))
            for t in sheet.tasks:
                pen = f" (−{t.penalty:g} {tr('indice', 'hint')})" if t.penalty else ""
                click.echo(f"  [{t.task_id}] {_num(t.earned)}/{_num(t.points)}{pen}  {STATE_TEXT[t.state].get(L)}")
                for i in t.items:
                    if isinstance(i, dict) and i.get("ok") is False:
                        label = i["label"].get(L) if isinstance(i.get("label"), dict) else i.get("id")
                        click.echo(f"      ✘ {label} : {tr('attendu', 'expected')} {i.get('expected')}, "
                                   f"{tr('trouvé', 'found')} {i.get('found')}")
            click.echo(tr("Par compétence : ", "By competence: ") + " · ".join(
                f"{c} {_num(v['earned'])}/{_num(v['max'])}" for c, v in sheet.by_competence.items()))
            click.echo(tr(f"Journal ({len(events)} événements) :", f"Journal ({len(events)} events):"))
            for ev in events:
                data = ev.data
                extra = ""
                if ev.kind == "check":
                    tasks = (data.get("result") or {}).get("tasks") or []
                    extra = f"{data.get('purpose')} " + ", ".join(f"{t['id']} {t['outcome']}" for t in tasks)
                elif ev.kind in ("hint", "document", "quiz"):
                    extra = data.get("task", "")
                elif ev.kind in ("paused", "resumed", "time_added", "released"):
                    extra = f"{data.get('by') or ''} {data.get('minutes') or ''}".strip()
                elif ev.kind == "submitted":
                    extra = data.get("reason", "")
                elif ev.kind == "rubric":
                    extra = f"{data['task']}.{data['item']} = {data['points']:g}"
                elif ev.kind == "warning":
                    extra = f"{data.get('seconds', 0) // 60} min"
                click.echo(f"  #{ev.seq:<4} {ev.at}  {ev.kind:<10} {extra}".rstrip())
        ctx.exit(0)

    @attempts.command("verify")
    @click.option("--json", "as_json", is_flag=True, help="Sortie JSON / JSON output.")
    @lang_option
    @click.pass_context
    def verify(ctx, as_json):
        """Vérifie le journal chaîné et la note de chaque tentative ; nomme chaque tentative modifiée (code 1)."""
        with _store(ctx) as store:
            e = _engine(store)
            verdicts = e.verify()
            integrity = store.integrity_check()
            triggers = store.triggers_present()
        bad = [v for v in verdicts if not v.ok]
        if as_json:
            echo_json({"checked": len(verdicts), "integrity": integrity, "journal_protected": triggers,
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
            if integrity != "ok":
                click.echo(tr(f"Intégrité SQLite : {integrity}", f"SQLite integrity: {integrity}"))
            click.echo(tr(f"{len(verdicts)} tentative(s) vérifiée(s), {len(bad)} modifiée(s)",
                          f"{len(verdicts)} attempt(s) checked, {len(bad)} edited"))
        ctx.exit(1 if bad or integrity != "ok" else 0)

    @attempts.command("export")
    @click.option("--out", "out_dir", type=click.Path(file_okay=False), default=".", show_default=True,
                  help="Dossier où écrire le lot.")
    @click.option("--trainee", default=None, help="Seulement ce stagiaire.")
    @click.option("--scenario", default=None, help="Seulement ce scénario.")
    @click.option("--secret-file", type=click.Path(dir_okay=False), default=None,
                  help="Fichier du secret du formateur (défaut : AIMM_LAB_SECRET, puis trainer-secret du dossier de "
                       "données).")
    @lang_option
    @click.pass_context
    def export(ctx, out_dir, trainee, scenario, secret_file):
        """Écrit un lot de résultats signé (JSON + chaîne d'empreintes, HMAC du secret du formateur)."""
        from ..store.bundles import export_bundle, load_secret

        secret = load_secret(secret_file)
        with _store(ctx) as store:
            path, n = export_bundle(_engine(store), out_dir, secret, trainee=trainee, scenario=scenario)
        if path is None:
            _say(T("Aucune tentative à exporter.", "No attempt to export."))
        else:
            _say(T(f"{n} tentative(s) exportée(s) dans {path}", f"{n} attempt(s) exported to {path}"))
            click.echo(str(path))
        ctx.exit(0)

    @attempts.command("import")
    @click.argument("bundles", nargs=-1, required=True, type=click.Path())
    @click.option("--secret-file", type=click.Path(dir_okay=False), default=None,
                  help="Fichier du secret du formateur (défaut : AIMM_LAB_SECRET, puis trainer-secret).")
    @lang_option
    @click.pass_context
    def import_(ctx, bundles, secret_file):
        """Fusionne des lots de résultats de plusieurs postes (fichiers, ou dossiers : chaque lot qu'ils
        contiennent) ; un lot modifié ou mal formé est refusé en entier."""
        from ..store.bundles import BundleError, import_bundle, load_secret
        from ..trainer.collect import bundle_files

        secret = load_secret(secret_file)
        refused = 0
        files = bundle_files(list(bundles), unique=False)  # each file named is reported, as named
        for folder in (Path(b) for b in bundles):
            if folder.is_dir() and not any(f.is_relative_to(folder) for f in files):
                _say(T(f"Aucun lot de résultats dans {folder}", f"No results bundle in {folder}"), err=True)
        with _store(ctx) as store:
            e = _engine(store)
            for b in files:
                try:
                    _say(import_bundle(e, b, secret).summary())
                except BundleError as err:
                    refused += 1
                    click.echo(tr("Erreur : ", "Error: ") + err.message(lang()), err=True)
        ctx.exit(2 if refused else 0)

    from ..exam.engine import STATUS_TEXT

    def _trainer_command(name, doc, action):
        @attempts.command(name, help=doc)
        @click.argument("attempt_id")
        @click.option("--by", default=None, help="Nom du formateur.")
        @lang_option
        @click.pass_context
        def cmd(ctx, attempt_id, by, **kw):
            with _store(ctx) as store:
                e = _engine(store)
                a = action(e, attempt_id, by or getpass.getuser(), **kw)
                st = STATUS_TEXT[a.status]
                _say(T(f"{a.id[:8]} ({a.trainee}) : {st.fr}, échéance {a.deadline or '-'}, note {_num(a.score)}/"
                       f"{_num(a.max_score)}", f"{a.id[:8]} ({a.trainee}): {st.get('en')}, deadline "
                       f"{a.deadline or '-'}, score {_num(a.score)}/{_num(a.max_score)}"), a.events)
            ctx.exit(0)

        return cmd

    _trainer_command("pause", "Met une tentative en pause (le temps restant est gardé).",
                     lambda e, i, by: e.pause(i, by))
    _trainer_command("resume", "Reprend une tentative en pause (nouvelle échéance).", lambda e, i, by: e.resume(i, by))
    _trainer_command("release", "Communique au stagiaire les résultats d'un examen terminé.",
                     lambda e, i, by: e.release_results(i, by))
    _trainer_command("end", "Termine une tentative pour le stagiaire (remise par le formateur).",
                     lambda e, i, by: e.submit(i, "trainer", by=by))
    add_time = _trainer_command("add-time", "Ajoute du temps (tiers-temps) à une tentative.",
                                lambda e, i, by, minutes: e.add_time(i, minutes, by))
    click.argument("minutes", type=click.IntRange(1, 600))(add_time)
    grade = _trainer_command("grade", "Note un item de grille : TÂCHE ITEM POINTS.",
                             lambda e, i, by, task, item, points, comment: e.set_rubric(i, task, item, points,
                                                                                         comment or "", by))
    for param in (click.argument("task"), click.argument("item"), click.argument("points", type=float),
                  click.option("--comment", default=None, help="Commentaire.")):
        param(grade)  # added after ATTEMPT_ID, in this order

    @cli.group("gradebook", cls=type(cli))
    def gradebook():
        """Carnet de notes : résultat retenu par stagiaire et par scénario."""

    @gradebook.command("export")
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
        with _store(ctx) as store:
            e = _engine(store)
            rule = rule or store.get_setting("aggregate", "best")
            if csv_path:
                rows = gradebook_rows(e, rule, mode)
            if pdf_path:
                from ..trainer.gradebook import build

                books = build(e, trainee=trainee, rule=rule)
        if csv_path:
            write_gradebook(csv_path, rows, sep)
            _say(T(f"{len(rows)} ligne(s) écrite(s) dans {csv_path} (règle : {rule})",
                   f"{len(rows)} row(s) written to {csv_path} (rule: {rule})"))
        if pdf_path:
            if not books:
                raise UsageError(T(f"stagiaire inconnu « {trainee} »" if trainee else "aucun stagiaire dans la base",
                                   f'unknown trainee "{trainee}"' if trainee else "no trainee in the database"))
            try:  # the PDF is laid out by Qt, loaded only for this
                from ui.trainer.pdf import jury_pdf_file
            except ImportError as err:
                raise AimmError(T(f"export PDF impossible : Qt (PySide6) n'est pas disponible ({err})",
                                  f"PDF export not possible: Qt (PySide6) is not available ({err})")) from None
            out = jury_pdf_file(books, pdf_path, lang())
            _say(T(f"{len(books)} grille(s) du jury écrite(s) dans {out}",
                   f"{len(books)} jury grid(s) written to {out}"))
        ctx.exit(0)

    @gradebook.command("rule")
    @click.argument("rule", type=click.Choice(["best", "last", "average"]), required=False)
    @lang_option
    @click.pass_context
    def gradebook_rule(ctx, rule):
        """Affiche ou règle la tentative retenue quand un stagiaire a passé plusieurs fois un scénario."""
        from ..exam.scoring import RULE_TEXT

        with _store(ctx) as store:
            if rule:
                store.set_setting("aggregate", rule)
            current = store.get_setting("aggregate", "best")
        click.echo(f"{current} ({RULE_TEXT[current].get(lang())})")
        ctx.exit(0)


# --------------------------------------------------------------------------- gradebook


def gradebook_rows(engine, rule: str, mode: str | None) -> list[dict]:
    """One row per trainee, scenario and mode: the counted result and its competence lines."""
    from ..exam.scoring import aggregate

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
