"""aimm-lab run: the terminal runner.

The same engine as the desktop application, for lab PCs without a desktop and for scripted tests.
It reads one command per line on standard input; every line that journals something ends with its
event number, `[#12]`, so a script can tell what was saved.
"""

from __future__ import annotations

import getpass
import json
import queue
import sys
import threading
from pathlib import Path

import click

from .. import fmt, words
from ..errors import AimmError
from ..exam.clock import format_remaining
from ..exam.engine import DEFAULT
from ..i18n import T, tr
from ..machine import RecordedMachine
from ..scenarios.model import REPORT_FIELDS
from ..selftest import profile_for_state
from ..suggest import did_you_mean
from ..trainer.sessions import Sessions
from .common import engine_of, find_scenario, lang, local_time, num, say, store_of
from .options import lang_option

TICK_S = 0.5
RECORDED_EXAM = T("un examen se passe sur ce poste, pas sur un état enregistré : --machine n'est possible qu'en "
                  "entraînement (la tentative y est marquée « sur un état enregistré »)",
                  "an exam runs on this PC, not on a recorded state: --machine is for practice only (the attempt "
                  "is then marked \"on a recorded state\")")
COMMANDS = ("status", "check", "record", "hint", "report", "document", "quiz", "submit", "quit", "help")


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

        click.echo(f"AIMM Lab — {s.title.get(lang())} [{s.id} v{s.version}]")
        what = T("Reprise de la tentative", "Resuming attempt") if resumed else T("Tentative", "Attempt")
        click.echo(f"{what.get(lang())} {a.id[:8]} · {a.trainee} · {words.MODE_TEXT[a.mode].get(lang())} [#{a.events}]")
        if (self.engine.facts(a).started or {}).get("machine") == "recorded":
            say(T("Sur un état machine enregistré (fichier), pas sur ce poste : ces résultats ne valent pas pour "
                  "un examen.", "On a recorded machine state (a file), not on this PC: these results do not count "
                  "for an exam."))
        self.print_time()
        say(T("Commandes : " + ", ".join(COMMANDS) + " (help : aide)",
               "Commands: " + ", ".join(COMMANDS) + " (help)"))

    def print_time(self) -> None:

        a = self.engine.get(self.a)
        self.a = a
        if a.status == "paused":
            say(T(f"En pause par le formateur : il restera {format_remaining(int(a.paused_remaining_s * 1000))}",
                   f"Paused by the trainer: {format_remaining(int(a.paused_remaining_s * 1000))} will remain")
                 if a.paused_remaining_s is not None else T("En pause par le formateur", "Paused by the trainer"))
        elif a.deadline:
            left = format_remaining(int(a.remaining_s(self.engine.now()) * 1000))
            say(T(f"Fin prévue : {local_time(a.deadline)} (échéance {a.deadline}) — reste {left}",
                   f"Ends at: {local_time(a.deadline)} (deadline {a.deadline}) — {left} left"))
        else:
            say(T("Sans limite de temps", "Untimed"))

    # ---------------------------------------------------------------- the clock
    def tick(self) -> bool:
        """Warnings, expiry and the trainer's changes; False when the attempt is over."""
        e = self.engine
        e.watch_clock()
        a = e.get(self.a)
        if a.overdue(e.now()):
            say(T("Temps écoulé : dernier relevé du poste et remise automatique…",
                   "Time is up: last reading of the PC and automatic submission..."))
            e.expire_overdue()
            a = e.get(self.a)
        if a.status in ("submitted", "expired"):
            self.a = a
            self.finished()
            return False
        if a.status != self.last_status:
            say(T("Le formateur a mis la tentative en pause.", "The trainer paused the attempt.")
                 if a.status == "paused" else T("Le formateur a repris la tentative.", "The trainer resumed the attempt."))
            self.last_status = a.status
            self.a = a
            self.print_time()
        for w in e.due_warnings(a):
            say(T(f"Attention : il reste moins de {w // 60} minutes.", f"Warning: less than {w // 60} minutes left."),
                 e.get(a).events)
        self.a = a
        return True

    def finished(self) -> None:
        a = self.a
        if a.status == "expired":
            say(T(f"Temps écoulé : tentative remise automatiquement ({local_time(a.submitted_at)}).",
                   f"Time is up: attempt submitted automatically ({local_time(a.submitted_at)})."), a.events)
        else:
            say(T("Tentative remise.", "Attempt submitted."), a.events)
        if a.feedback:
            more = T(" (grille du formateur à venir)", " (trainer's rubric to come)") if a.pending else T("", "")
            say(T(f"Note : {num(a.score)} / {num(a.max_score)}{more.fr}",
                   f"Score: {num(a.score)} / {num(a.max_score)}{more.en}"))
        else:
            say(T("Les résultats seront communiqués par le formateur.", "The trainer will release the results."))

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

                    hint = did_you_mean(cmd, COMMANDS)
                    say(T(f"Commande inconnue « {cmd} »{hint.fr} : tapez help",
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
        say(T(f"Tentative laissée en cours ({a.id[:8]}) : relancez la même commande pour la reprendre.",
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

        self.print_time()
        a = self.a
        facts = self.engine.facts(a)
        sheet = self.engine.score(a) if a.feedback else None
        say(T(f"Statut : {words.STATUS_TEXT[a.status].fr}", f"Status: {words.STATUS_TEXT[a.status].get('en')}"))
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
                score = f" {num(ts.earned)}/{num(ts.points)}"
            click.echo(f"  [{t.id}] {t.title.get(lang())} — {fmt.points(t.points)} pt ({t.kind}){score}  {state}".rstrip())

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
            say(T("État du poste enregistré.", "State of the PC recorded.") if self.a.feedback else
                 T("État du poste enregistré. Les résultats seront communiqués par le formateur.",
                   "State of the PC recorded. The trainer will release the results."), r.seq)
            return
        for t in r.result.tasks:
            title = self.scenario.task(t.task_id).title.get(lang())
            click.echo(f"{words.mark(t.outcome)} [{t.task_id}] {title} : {t.met}/{len(t.checks)}")
            for c in t.checks:
                if c.outcome.value != "PASS":
                    click.echo(f"    {words.mark(c.outcome)} {c.type} : {c.message.get(lang())}")
        say(T("Vérification enregistrée.", "Check saved."), r.seq)

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
            say(T(f"(indice : −{fmt.points(t.hint_penalty, 'fr')} point(s) sur cette tâche)",
                   f"(hint: −{fmt.points(t.hint_penalty, 'en')} point(s) on this task)"), self.a.events)

    def cmd_report(self, arg: str) -> None:
        known = {f: (label, req) for f, label, req in REPORT_FIELDS}
        say(T("Rapport d'intervention : une ligne « champ = valeur » par champ, puis une ligne « . ». Champs :",
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
                say(T("ligne ignorée : écrivez « champ = valeur » (ou « . » pour finir)",
                       'line ignored: write "field = value" (or "." to finish)'), err=True)
                continue
            if key not in known:
                hint = did_you_mean(key, known)
                say(T(f"champ de rapport inconnu « {key} »{hint.fr} : ligne ignorée, le reste est gardé ; champs : "
                      f"{', '.join(known)}",
                      f'unknown report field "{key}"{hint.en}: line ignored, the rest is kept; fields: '
                      f'{", ".join(known)}'), err=True)
                continue
            fields[key] = value.strip()
        if not fields:
            say(T("Rapport inchangé.", "Report unchanged."))
            return
        before = self.a.events
        self.a = self.engine.save_report(self.a, fields)
        say(T("Rapport enregistré.", "Report saved.") if self.a.events > before
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
        say(T("Document enregistré.", "Document saved."), self.a.events)

    def cmd_quiz(self, arg: str) -> None:
        task, _, answers = arg.partition(" ")
        try:
            values = json.loads(answers)
        except json.JSONDecodeError:
            raise AimmError(T("quiz TÂCHE RÉPONSES : réponses en JSON, ex. [0, [0, 2]]",
                              "quiz TASK ANSWERS: answers as JSON, e.g. [0, [0, 2]]")) from None
        self.a = self.engine.answer_quiz(self.a, task, values)
        say(T("Réponses enregistrées.", "Answers saved."), self.a.events)


def session_test(engine, who: str, scenario, session_name: str | None, mode: str | None):
    """The exam session whose test of the scenario's block `who` is to take now, and the trainee's entry:
    (ExamSession, SessionTrainee) or None. With `session_name` (a name or an id) that session, refused
    clearly when it does not hold this test for this trainee; without it, in exam mode, the one session
    where `who` is enrolled, this scenario is the test of its block and the test has not started."""
    if session_name is None and mode != "exam":
        return None
    if session_name is not None and mode == "practice":
        raise AimmError(T("--session : une épreuve de session se passe en mode examen",
                          "--session: a session's test is taken in exam mode"))
    api = Sessions(engine)
    pool = api.sessions_of(who)
    if session_name is not None:
        wanted = session_name.strip().casefold()
        named = [x for x in api.list() if x.id == session_name.strip() or x.name.casefold() == wanted]
        if not named:
            hint = did_you_mean(session_name, [x.name for x in api.list()])
            raise AimmError(T(f"session inconnue « {session_name} »{hint.fr}",
                              f'unknown session "{session_name}"{hint.en}'))
        session = named[0]
        t = session.trainee(who)  # refused with the session's name when not enrolled
        test = session.tests.get(scenario.block)
        if test is None or test.scenario_id != scenario.id:
            raise AimmError(T(f"l'épreuve {scenario.block} de la session « {session.name} » n'est pas « {scenario.id} »",
                              f'the {scenario.block} test of the session "{session.name}" is not "{scenario.id}"'))
        return session, t
    for session in pool:
        test = session.tests.get(scenario.block)
        if test is None or test.scenario_id != scenario.id:
            continue
        t = session.trainee(who)
        cell = next(c for c in api.row(session, t) if c.block == scenario.block)
        if cell.attempt is None:
            return session, t
    return None


@click.command("run")
@click.argument("scenario")
@click.option("--mode", type=click.Choice(["practice", "exam"]), default=None,
              help="practice (entraînement, défaut) ou exam (examen chronométré).")
@click.option("--trainee", default=None, help="Nom du stagiaire (défaut : le compte de session).")
@click.option("--minutes", type=click.IntRange(1, 600), default=None,
              help="Durée en minutes (examen : celle du scénario par défaut ; entraînement : sans limite).")
@click.option("--session", "session_name", default=None,
              help="Session d'examen blanc (nom ou identifiant) : durée de l'épreuve + temps supplémentaire du "
                   "stagiaire. Par défaut, la session où le stagiaire passe ce scénario en examen.")
@click.option("--machine", "state_path", type=click.Path(dir_okay=False), default=None,
              help="Lire un état enregistré (JSON) au lieu de ce poste : essais scriptés, démonstrations.")
@lang_option
@click.pass_context
def run_command(ctx, scenario, mode, trainee, minutes, session_name, state_path):
    """Passer un scénario dans le terminal (commandes sur l'entrée standard : status, check, hint, report,
    submit, quit). Relancée pour le même stagiaire et le même scénario, reprend la tentative ouverte."""

    s = find_scenario(scenario)
    machine = profile = None
    if state_path and mode == "exam":
        raise AimmError(RECORDED_EXAM)
    if state_path:

        machine = RecordedMachine.load(state_path)
        if machine.state.get("lab"):
            profile = profile_for_state(machine)
    store = store_of(ctx)
    try:
        engine = engine_of(store, machine, profile)
        for x in engine.expire_overdue():
            late = engine.late_s(x) or 0
            say(T(f"La tentative {x.id[:8]} ({x.trainee}, {x.scenario_id}) a atteint son échéance "
                   f"{local_time(x.deadline)} pendant que le programme était arrêté : remise automatiquement "
                   f"maintenant, avec l'état du poste relevé {int(late // 60)} min après l'échéance.",
                   f"Attempt {x.id[:8]} ({x.trainee}, {x.scenario_id}) reached its deadline {local_time(x.deadline)} "
                   f"while the program was not running: submitted automatically now, with the PC's state read "
                   f"{int(late // 60)} min after the deadline."), x.events)
        who = trainee or getpass.getuser()
        a = engine.open_attempt(who, s.id)
        if a is not None and a.mode == "exam" and state_path:
            raise AimmError(RECORDED_EXAM)
        resumed = a is not None
        exam = engine.open_exam(exclude=a)
        if exam is not None:  # one exam at a time: nothing else starts or resumes while it runs
            raise AimmError(T(
                f"un examen est en cours sur ce poste ({exam.trainee}, « {exam.title.fr} », tentative "
                f"{exam.id[:8]}) : aucune autre tentative avant sa remise (aimm-lab run {exam.scenario_id} "
                f"--trainee \"{exam.trainee}\" pour le reprendre)",
                f'an exam is in progress on this PC ({exam.trainee}, "{exam.title.get("en")}", attempt '
                f"{exam.id[:8]}): no other attempt until it is submitted (aimm-lab run {exam.scenario_id} "
                f'--trainee "{exam.trainee}" to resume it)'))
        if a is None:
            found = session_test(engine, who, s, session_name, mode)
            if found is not None:
                session, t = found
                if minutes is not None:
                    say(T(f"Épreuve de la session « {session.name} » : --minutes est ignoré.",
                          f'Test of the session "{session.name}": --minutes is ignored.'))
                a = Sessions(engine).start(session.id, t.name, s.block, s)
                extra = (T(f" + {num(t.extra_minutes)} min de temps supplémentaire",
                           f" + {num(t.extra_minutes)} min of extra time") if t.extra_minutes else T("", ""))
                say(T(f"Épreuve {s.block} de la session « {session.name} » : {session.test_minutes} min{extra.fr}.",
                      f'{s.block} test of the session "{session.name}": {session.test_minutes} min{extra.en}.'))
            else:
                a = engine.start(s, who, mode or "practice", minutes if minutes is not None else DEFAULT,
                                 baseline=True)
        runner = Runner(engine, a, s)
        runner.header(resumed)
        if resumed:
            if a.scenario_sha256 != s.sha256:
                say(T(f"Le fichier du scénario a changé depuis le début (v{a.scenario_version} → v{s.version}) : "
                       f"cette tentative garde la version v{a.scenario_version}.",
                       f"The scenario file changed since the start (v{a.scenario_version} → v{s.version}): this "
                       f"attempt keeps version v{a.scenario_version}."))
            if mode and mode != a.mode or minutes is not None:
                say(T(f"Tentative reprise telle qu'elle a commencé ({words.MODE_TEXT[a.mode].fr}, même échéance) : "
                       f"--mode et --minutes sont ignorés.",
                       f"Attempt resumed as it started ({words.MODE_TEXT[a.mode].get('en')}, same deadline): --mode and "
                       f"--minutes are ignored."))
        code = runner.loop()
    finally:
        store.close()
    ctx.exit(code)

