"""Render every main screen of the desktop application to PNG, offscreen and in French.

    python -m tools.screenshots [--out docs/screenshots] [--lang fr|en] [--evidence-only]

It runs the real window on a throw-away database and data folder, with the built-in
scenarios and their recorded machine states (so the evidence shown is real evidence),
and drives it as a trainee would. Nothing of the user's own data is read or written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1280, 800)


def fixture(scenario: str, name: str) -> Path:
    from aimm_lab.paths import builtin_scenarios_dir

    return builtin_scenarios_dir() / scenario.split("-")[0] / "fixtures" / scenario / f"{name}.json"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--lang", choices=("fr", "en"), default="fr")
    ap.add_argument("--evidence-only", action="store_true",
                    help="only the evidence of six kinds of check (4N-preuve-*), in --lang")
    ns = ap.parse_args(argv)
    out = Path(ns.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="aimm-shots-"))
    # A screen larger than the window (Qt's offscreen default is 800 pixels wide), so that the window
    # and its floating timer are where they would be on a lab PC's screen.
    screen = tmp / "screen.json"
    screen.write_text('{"screens": [{"name": "lab", "x": 0, "y": 0, "width": 1440, "height": 900, '
                      '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}', encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    os.environ["AIMM_LAB_HOME"] = str(tmp / "home")
    os.environ["AIMM_LAB_LANG"] = ns.lang
    os.environ.pop("AIMM_LAB_SCENARIOS", None)
    (tmp / "home").mkdir()
    from ui.qt import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp / "settings"))
    shots = Shots(out, tmp, ns.lang)
    if ns.evidence_only:
        shots.run_evidence()
        for path in shots.saved:
            print(path)
        return 0
    shots.run()
    for path in shots.saved:
        print(path)
    # The trainer's screens, on their own demonstration data (tools/trainer_screenshots.py).
    import subprocess

    done = subprocess.run([sys.executable, "-m", "tools.trainer_screenshots", "--out", str(out), "--lang", ns.lang],
                          capture_output=True, text=True, cwd=ROOT)
    print(done.stdout, end="")
    return done.returncode


class Shots:
    def __init__(self, out: Path, tmp: Path, lang: str):
        self.out, self.tmp, self.lang = out, tmp, lang
        self.saved: list[Path] = []

    # ------------------------------------------------------------------ helpers
    def pump(self, until=None, seconds: float = 20.0):
        from ui.qt import QApplication

        end = time.monotonic() + seconds
        while True:
            QApplication.processEvents()
            if until is None or until():
                break
            if time.monotonic() > end:
                raise SystemExit("screenshots: the window did not get there in time")
            time.sleep(0.01)
        for _ in range(5):
            QApplication.processEvents()
            time.sleep(0.01)

    def save(self, widget, name: str):
        self.pump()
        path = self.out / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"screenshots: cannot write {path}")
        self.saved.append(path)

    def save_over(self, window, floating, name: str):
        """The window with a floating one (the timer) drawn where it stands over it."""
        from ui.qt import QPainter

        self.pump()
        image = window.grab()
        painter = QPainter(image)
        painter.drawPixmap(floating.frameGeometry().topLeft() - window.frameGeometry().topLeft(), floating.grab())
        painter.end()
        path = self.out / f"{name}.png"
        if not image.save(str(path)):
            raise SystemExit(f"screenshots: cannot write {path}")
        self.saved.append(path)

    def say_yes(self):
        """Answer the next confirmation with its first button (start the exam, take the hint...)."""
        from ui.qt import QApplication, QPushButton, QTimer

        def click(left=200):
            box = QApplication.activeModalWidget()
            button = box.findChild(QPushButton, "confirmYes") if box is not None else None
            if button is None:
                if left:
                    QTimer.singleShot(20, lambda: click(left - 1))
                return
            button.click()

        QTimer.singleShot(0, click)

    # ------------------------------------------------------------------ the tour
    def run(self):
        import shutil

        from aimm_lab.exam.engine import Engine
        from aimm_lab.machine import RecordedMachine
        from aimm_lab.selftest import profile_for_state
        from ui.app import make_app
        from ui.mainwindow import MainWindow
        from ui.session import Session

        make_app()
        state = self.tmp / "state.json"
        shutil.copyfile(fixture("b3-apipa", "broken"), state)
        offset = [0]

        def now():
            return int(time.time() * 1000) + offset[0]

        w = MainWindow(Session(db_path=self.tmp / "aimm.db", state_path=state, now=now))
        w.resize(*SIZE)
        w.show()
        w.start()
        self.pump(lambda: w.ready)
        eng = w.session.engine()

        # A history: finished practice attempts in the three blocks, graded on recorded states.
        trainee = "Camille Martin"
        w.set_trainee(w.session.add_trainee(trainee))
        history = [("b1-compte-utilisateur", "broken"), ("b2-ip-statique", "broken"), ("b3-dns-errone", "broken"),
                   ("b1-compte-utilisateur", "solved"), ("b2-ip-statique", "solved"), ("b3-dns-errone", "solved"),
                   ("b2-dhcp-reservation", "solved"), ("b1-coeurs-desactives", "solved")]
        day = 86_400_000
        for n, (sid, fx) in enumerate(history):
            s = w.session.scenario(sid)
            if s is None or not fixture(sid, fx).is_file():
                continue
            m = RecordedMachine.load(fixture(sid, fx))
            then = int(time.time() * 1000) - (len(history) - n) * 2 * day  # one every other day
            e = Engine(eng.store, m, profile=profile_for_state(m), now=lambda t=then: t)
            a = e.start(s, trainee, "practice", None)
            e.check(a)
            e.submit(a)
        w.refresh_last_results()
        self.pump(lambda: bool(w.library.last))

        # 1. The library.
        w.show_library()
        self.save(w, "01-bibliotheque")

        # 2. The scenario page.
        w.show_scenario("b3-apipa")
        self.save(w, "02-scenario")

        # 3. Practice: a check with its evidence, and a hint.
        w.scenario_page.practice.click()
        self.pump(lambda: w.current_page() == "attempt")
        page = w.attempt_page
        page.check_all.click()
        self.pump(lambda: not page.checking)
        first = next(t for t in page.scenario.tasks if t.kind == "checks")
        page.select_task(first.id)
        self.say_yes()
        page.panels[first.id].hint_button.click()
        self.pump(lambda: page.panels[first.id].hint_label.isVisible())
        self.save(w, "03-verification")

        # 4. The intervention report.
        report = next(t for t in page.scenario.tasks if t.kind == "report")
        page.select_task(report.id)
        form = page.panels[report.id]
        form.set_values({
            "ticket": "2025-0518", "start": "28/11/2025 07:55", "technician": trainee,
            "client": "Boulangerie Fournier — Mme Sandrine Fournier, gérante",
            "equipment": "PC de bureau, Windows 11 Pro",
            "request": "« L'ordinateur du bureau n'a plus Internet depuis ce matin. »",
            "diagnosis": "ipconfig /all : 169.254.37.201/16, pas de passerelle.\nPort du switch sans DHCP.",
        })
        form.changed.emit()
        self.pump(lambda: "Enregistr" in form.saved.text() and "cours" not in form.saved.text())
        self.save(w, "04-rapport")

        # 5. Repaired, checked again, submitted: the results.
        shutil.copyfile(fixture("b3-apipa", "solved"), state)
        page.check_all.click()
        self.pump(lambda: not page.checking)
        self.say_yes()
        page.submit_button.click()
        self.pump(lambda: w.current_page() == "results")
        self.save(w, "05-resultats")

        # 6. History and progress chart.
        w.show_history()
        self.pump(lambda: w.current_page() == "history")
        self.save(w, "06-historique")

        # 7. The quote editor (Cabinet Martin), totals computed as the trainee types.
        w.show_scenario("b1-devis-portable-martin")
        w.scenario_page.timed.setChecked(False)
        w.scenario_page.practice.click()
        self.pump(lambda: w.current_page() == "attempt" and w.attempt_page.attempt.scenario_id
                  == "b1-devis-portable-martin")
        page = w.attempt_page
        page.select_task("devis")
        editor = page.panels["devis"]
        lines = [("Diagnostic atelier", "1", "forfait", "39,00", "20", False),
                 ("Barrette SO-DIMM DDR4 8 Go 3200", "1", "u", "32,50", "20", False),
                 ("SSD NVMe 1 To", "1", "u", "69,90", "20", False),
                 ("Main-d'œuvre pose matériel", "0,5", "h", "48,00", "20", True),
                 ("Réinstallation système + pilotes", "1,5", "h", "48,00", "20", True)]
        for row, values in enumerate(lines):
            while editor.table.rowCount() <= row:
                editor.add_line()
            for col, value in enumerate(values[:5]):
                editor.table.item(row, col).setText(value)
            editor._labour(row).setChecked(values[5])
        editor.number.setText("D-2025-0042")
        editor.terms["labour_discount_percent"].setText("10")
        editor.terms["deposit_percent"].setText("30")
        self.save(w, "07-devis")

        # 8. A quiz with its pictures (the RJ45 cord).
        w.show_scenario("b2-cordon-rj45")
        w.scenario_page.timed.setChecked(False)
        w.scenario_page.practice.click()
        self.pump(lambda: w.current_page() == "attempt" and w.attempt_page.attempt.scenario_id == "b2-cordon-rj45")
        page = w.attempt_page
        page.select_task("quiz")
        self.save(w, "08-questionnaire")

        # 40-45. The evidence a trainee reads, failing then passing, for six kinds of check.
        def start_at(ms):
            offset[0] = 0 if ms is None else int(ms - time.time() * 1000)

        self.evidence_tour(w, state, start_at)
        start_at(None)

        # 9. Exam mode, 8 minutes left: the countdown has turned amber; the floating timer.
        shutil.copyfile(fixture("b3-apipa", "broken"), state)
        w.show_scenario("b2-ip-statique")
        self.say_yes()
        w.scenario_page.exam.click()
        self.pump(lambda: w.current_page() == "attempt" and w.attempt_page.attempt.mode == "exam")
        page = w.attempt_page
        page.record.click()
        self.pump(lambda: not page.checking)
        offset[0] = int((page.attempt.duration_s - 8 * 60) * 1000)
        self.pump(lambda: page.countdown.level == "warn10")
        self.save(w, "09-examen")
        w.actions["timer_window"].setChecked(True)
        self.pump(lambda: w.timer_window is not None and w.timer_window.isVisible())
        self.save_over(w, w.timer_window, "10-minuteur")
        w.actions["timer_window"].setChecked(False)

        # 11. Who are you?
        from ui.trainees import TraineeDialog

        dlg = TraineeDialog([{"id": t.id, "name": t.name} for t in w.session.trainees()] +
                            [{"id": 90, "name": "Lou Bernard"}, {"id": 91, "name": "Noa Leroy"}], None, w)
        dlg.show()
        self.save(dlg, "11-stagiaire")
        dlg.close()

        w.allow_close = True
        w.close()
        from ui import ops

        ops.wait_idle(10)
        w.session.close()


    #: (kind, scenario, task, failing state, passing state): network, storage, service, file, account and a
    #: compound check; Windows states for some, Linux for others (their Windows branches are not shown).
    EVIDENCE = [
        ("reseau", "b3-apipa", "plus-apipa", "broken", "solved"),
        ("stockage", "b1-migration-ssd", "espace", "broken", "solved"),
        ("service", "b3-spouleur", "service-impression", "broken_windows", "solved_windows"),
        ("fichier", "b1-restauration-fichier", "restauration", "broken", "solved"),
        ("compte", "b1-compte-utilisateur", "droits", "broken_windows", "solved_windows"),
        ("compose", "b1-migration-ssd", "clonage", "broken", "solved"),
    ]

    def run_evidence(self):
        """The evidence tour alone, on a fresh window (any language)."""
        import shutil

        from ui import ops
        from ui.app import make_app
        from ui.mainwindow import MainWindow
        from ui.session import Session

        make_app()
        state = self.tmp / "state.json"
        shutil.copyfile(fixture("b3-apipa", "broken"), state)
        offset = [0]

        def start_at(ms):
            offset[0] = 0 if ms is None else int(ms - time.time() * 1000)

        w = MainWindow(Session(db_path=self.tmp / "aimm.db", state_path=state,
                               now=lambda: int(time.time() * 1000) + offset[0]))
        w.resize(*SIZE)
        w.show()
        w.start()
        self.pump(lambda: w.ready)
        w.set_trainee(w.session.add_trainee("Camille Martin"))
        self.evidence_tour(w, state, start_at)
        w.allow_close = True
        w.close()
        ops.wait_idle(10)
        w.session.close()

    def evidence_tour(self, w, state: Path, start_at):
        """docs/screenshots/4N-preuve-<kind>-<echec|reussite>-<lang>.png: the task's panel after
        "Vérifier", on the failing then the passing recorded state. `start_at(ms)` sets the window's
        clock so that each attempt starts when the recorded states say it did (a reboot since the
        start is then seen as in the real session)."""
        import json
        import shutil

        for n, (kind, sid, task, bad, good) in enumerate(self.EVIDENCE):
            if not (fixture(sid, bad).is_file() and fixture(sid, good).is_file()):
                raise SystemExit(f"screenshots: no recorded state for {sid}")
            shutil.copyfile(fixture(sid, bad), state)
            page = w.attempt_page
            if page is None or page.attempt is None or page.attempt.scenario_id != sid:
                started = json.loads(fixture(sid, good).read_text(encoding="utf-8")).get("attempt_started_at")
                start_at(started * 1000 if started else None)
                w.show_scenario(sid)
                w.scenario_page.timed.setChecked(False)
                self.say_yes()  # an attempt left open at it earlier in the tour: resume it
                w.scenario_page.practice.click()
                self.pump(lambda sid=sid: w.current_page() == "attempt" and w.attempt_page.attempt.scenario_id == sid)
                page = w.attempt_page
            for outcome, fx in (("echec", bad), ("reussite", good)):
                shutil.copyfile(fixture(sid, fx), state)
                page.select_task(task)
                page.panels[task].check_button.click()
                self.pump(lambda page=page: not page.checking)
                self.save(page.panels[task], f"{40 + n}-preuve-{kind}-{outcome}-{self.lang}")


if __name__ == "__main__":
    sys.exit(main())
