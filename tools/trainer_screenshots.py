"""Render every trainer screen to PNG, in French, on demonstration data.

    python -m tools.trainer_screenshots [--out docs/screenshots] [--lang fr|en]

A throw-away data folder is filled the way a real mock exam fills it: a session of three tests
taken by three trainees on the built-in scenarios' recorded states (broken at the start,
repaired at the end), graded in part, with jury marks typed in and two result bundles from
other lab PCs (one of them tampered). Nothing of the user's own data is read or written.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = {"B1": "b1-barrette-manquante", "B2": "b2-ip-statique", "B3": "b3-apipa"}
DAY = "2026-03-12"
START = "2026-03-12T08:30:00.000Z"
SECRET = "demo-secret-du-labo"


class Clock:
    def __init__(self, start: str = START):
        from aimm_lab.exam.clock import parse_iso

        self.t = parse_iso(start)

    def __call__(self) -> int:
        return self.t

    def advance(self, s: float):
        self.t += int(s * 1000)


def _engine(store, sid, fixture, clock, lib):
    from aimm_lab.exam.engine import Engine
    from aimm_lab.machine import RecordedMachine
    from aimm_lab.selftest import profile_for_state

    m = RecordedMachine.load(lib.get(sid).fixtures[fixture])
    return Engine(store, m, profile=profile_for_state(m), now=clock)


def _answer(engine, a, quality: float):
    s = engine.scenario_of(a)
    for t in s.tasks:
        if t.kind == "quiz":
            answers = []
            for i, q in enumerate(t.questions):
                right = q.answer[0] if q.type == "single" else list(q.answer) if q.type == "multiple" else \
                    list(range(len(q.pairs) if q.type == "match" else len(q.choices)))
                if quality < 1 and i == 0 and q.type == "single":
                    right = (q.answer[0] + 1) % len(q.choices)
                answers.append(right)
            engine.answer_quiz(a, t.id, answers)
        elif t.kind == "report":
            engine.save_report(a, {
                "ticket": "2026-0312", "start": "12/03/2026 09:40", "end": "12/03/2026 10:25",
                "billable_minutes": "45", "technician": a.trainee, "client": "Boulangerie Fournier, Mme Fournier",
                "equipment": "PC de bureau, Debian 12", "request": "Plus d'Internet depuis ce matin",
                "diagnosis": "ip addr : 169.254.37.201/16 ; câble débranché du switch",
                "root_cause": t.root_cause or "", "actions": "Câble rebranché ; bail DHCP renouvelé",
                "validation": "ping passerelle OK, intranet OK", "final_state": "Résolu",
                "recommendations": "Étiqueter les câbles du switch",
                "backup": "non, aucune donnée touchée" if quality >= 1 else ""})


def build_demo(home: Path) -> dict:
    """Fill `home` (AIMM_LAB_HOME) with a demonstration: returns what the screens should show."""
    from aimm_lab.exam.bundles import export_bundle
    from aimm_lab.scenarios.loader import discover
    from aimm_lab.store.db import Store
    from aimm_lab.trainer.gradebook import set_entered_mark
    from aimm_lab.trainer.pin import PinGuard
    from aimm_lab.trainer.sessions import Sessions

    home.mkdir(parents=True, exist_ok=True)
    (home / "trainer-secret").write_text(SECRET + "\n", encoding="utf-8")
    os.environ["AIMM_LAB_SECRET"] = SECRET
    lib = discover()
    clock = Clock()
    db = home / "aimm-lab.db"
    store = Store(db)
    PinGuard(store).set_pin("24681357")
    base = _engine(store, TESTS["B1"], "broken", clock, lib)
    api = Sessions(base)
    s = api.create("Examen blanc de mars — groupe TAI 2026", DAY, platform="linux", seed=20260312)
    for sid in TESTS.values():
        api.set_test(s.id, lib.get(sid))
    people = [("Camille Martin", 0, "14:00"), ("Yanis Benali", 20, "14:30"), ("Léa Dubois", 0, "15:00"),
              ("Hugo Lefèvre", 0, "15:30")]
    for name, extra, jury in people:
        api.add_trainee(s.id, name, extra, jury)
    plan = {  # name -> block -> (repaired, rubric fraction or None, release)
        "Camille Martin": {"B1": (True, 1.0, True), "B2": (True, 0.5, True), "B3": (True, 1.0, False)},
        "Yanis Benali": {"B1": (True, 0.5, False), "B2": (False, None, False), "B3": (True, None, False)},
        "Léa Dubois": {"B1": (False, 0.5, False), "B2": (True, 1.0, False)},
    }
    for name, tests in plan.items():
        for block, (repaired, rubric, release) in tests.items():
            sid = TESTS[block]
            a = Sessions(_engine(store, sid, "broken", clock, lib)).start(s.id, name, block, lib.get(sid))
            clock.advance(40 * 60)
            after = _engine(store, sid, "solved" if repaired else "broken", clock, lib)
            _answer(after, a, 1.0 if repaired else 0.5)
            a = after.submit(a)
            if rubric is not None:
                sc = after.scenario_of(a)
                for t in sc.tasks:
                    if t.kind == "rubric":
                        for item in t.rubric:
                            after.set_rubric(a, t.id, item.id, round(item.points * rubric * 2) / 2,
                                             "Bonne reformulation" if rubric >= 1 else "À approfondir")
            if release:
                after.release_results(a)
            clock.advance(20 * 60)
    api.update_trainee(s.id, "Camille Martin", interview_mark="14,5")
    for comp, mark in (("continuous", "13"), ("social", "15,5"), ("tutor", "16")):
        set_entered_mark(store, "Camille Martin", comp, mark)
    set_entered_mark(store, "Yanis Benali", "continuous", "11,25")
    # Two other lab PCs: their bundles, one of them tampered with.
    share = home / "partage-labo"
    for pc, trainee in (("pc-07", "Inès Moreau"), ("pc-08", "Tom Garnier")):
        other = Store(home / f"{pc}.db")
        e = _engine(other, TESTS["B3"], "broken", clock, lib)
        a = e.start(lib.get(TESTS["B3"]), trainee, "exam")
        clock.advance(30 * 60)
        after = _engine(other, TESTS["B3"], "solved", clock, lib)
        _answer(after, a, 1.0)
        after.submit(a)
        path, _n = export_bundle(after, share / pc, SECRET.encode(), now_iso=f"{DAY}T12:0{len(pc) % 10}:00.000Z")
        other.close()
        if pc == "pc-08":
            data = json.loads(path.read_text(encoding="utf-8"))
            data["attempts"][0]["trainee"] = "Tom Garnier (modifié)"
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    # Hugo's B2 test is running on this PC.
    Sessions(_engine(store, TESTS["B2"], "broken", clock, lib)).start(s.id, "Hugo Lefèvre", "B2", lib.get(TESTS["B2"]))
    store.close()
    return {"db": db, "share": share, "session": s.id, "pin": "24681357", "now": clock.t}


def _settle(app, seconds: float = 0.4):
    from ui import ops

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    ops.wait_idle(15)
    for _ in range(5):
        app.processEvents()


def _wait(app, cond, timeout: float = 15.0):
    end = time.monotonic() + timeout
    while not cond() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    _settle(app, 0.2)


def shoot(out: Path, lang: str = "fr") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="aimm-lab-shots-"))
    os.environ["AIMM_LAB_HOME"] = str(tmp / "home")
    os.environ["AIMM_LAB_LANG"] = lang
    demo = build_demo(tmp / "home")
    from ui.app import make_app
    from ui.mainwindow import MainWindow
    from ui.qt import QSettings
    from ui.session import Session

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    app = make_app()
    state = ROOT / "scenarios" / "b2" / "fixtures" / TESTS["B2"] / "broken.json"
    now = Clock()
    now.t = demo["now"] + 17 * 60_000 + 10_000  # Hugo's test started 17 minutes ago
    w = MainWindow(Session(db_path=demo["db"], state_path=state, now=now))
    w.resize(1280, 820)
    w.show()

    def later():  # "resume the open attempt?" at start-up: not now, the trainer's screens first
        from ui.qt import QApplication, QPushButton

        box = QApplication.activeModalWidget()
        if box is not None and box.objectName() == "confirmDialog":
            box.findChild(QPushButton, "confirmNo").click()

    from ui.qt import QTimer

    dismiss = QTimer()
    dismiss.timeout.connect(later)
    dismiss.start(50)
    w.start()
    _wait(app, lambda: w.ready)
    _settle(app, 0.5)
    dismiss.stop()
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def save(widget, name):
        _settle(app)
        p = out / f"{name}.png"
        widget.grab().save(str(p))
        shots.append(p)

    # PIN: first use, then locked out after wrong tries.
    from aimm_lab.store.db import Store
    from ui.trainer.pin_dialog import PinDialog

    fresh = Store(tmp / "fresh.db")
    dlg = PinDialog(lambda: fresh, "", w)
    dlg.show()
    _wait(app, lambda: dlg.mode == "set")
    save(dlg, "20-formateur-code-premier")
    dlg.close()
    from ui.qt import translate

    reason = translate("TrainerMode", "Le mode formateur demande le code du formateur.")
    dlg = PinDialog(lambda: w.session.engine().store, reason, w)
    dlg.show()
    _wait(app, lambda: not dlg.busy)
    for _ in range(3):
        dlg.pin.setText("11112222")
        dlg._accept()
        _wait(app, lambda: not dlg.busy)
    save(dlg, "21-formateur-code-bloque")
    dlg.close()
    from aimm_lab.trainer.pin import LOCK_KEY

    w.session.engine().store.set_setting(LOCK_KEY, {"failures": 0, "locked_until": 0})
    fresh.close()

    w.trainer.unlocked = True
    page = w.trainer.ensure_page()
    w.show_page("trainer")
    w.trainer.unlocked = True
    prep = page.prep
    page.show_tab("prep")
    _wait(app, lambda: prep.profile is not None)
    prep.select(TESTS["B2"])
    prep.run_check()
    _wait(app, lambda: not prep.checking and prep.report is not None)
    save(w, "22-preparation-panne-en-place")
    import shutil

    shutil.copyfile(ROOT / "scenarios" / "b2" / "fixtures" / TESTS["B2"] / "solved.json", tmp / "solved.json")
    w.session.state_path = tmp / "solved.json"
    prep.run_check()
    _wait(app, lambda: not prep.checking)
    save(w, "23-preparation-panne-absente")
    w.session.state_path = state

    page.show_tab("sessions")
    sp = page.sessions
    _wait(app, lambda: sp.current is not None and bool(sp.rows))
    sp.select_cell("Hugo Lefèvre", "B2")
    save(w, "24-session-examen-blanc")

    page.show_tab("grading")
    gp = page.grading
    _wait(app, lambda: gp.review is not None)
    save(w, "25-notation")
    view = gp.view
    cursor = view.document().find("Relevés du poste")
    if not cursor.isNull():
        view.setTextCursor(cursor)
        view.verticalScrollBar().setValue(view.cursorRect().top() + view.verticalScrollBar().value() - 10)
        cursor.clearSelection()
        view.setTextCursor(cursor)
    save(w, "26-notation-releves")

    page.show_tab("gradebook")
    gbp = page.gradebook
    _wait(app, lambda: gbp.book is not None)
    gbp.select("Camille Martin")
    _settle(app)
    save(w, "27-carnet-jury")
    gbp.findChild(type(gbp.body.parentWidget().parentWidget()), "gradebookScroll").verticalScrollBar().setValue(10_000)
    save(w, "28-carnet-progression")

    page.show_tab("imports")
    ip = page.imports
    _settle(app)
    ip.import_paths([str(demo["share"])])
    _wait(app, lambda: bool(ip.results))
    save(w, "29-collecte-resultats")

    w.allow_close = True
    w.close()
    from ui import ops

    ops.wait_idle(15)
    w.session.close()
    return shots


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    p.add_argument("--lang", choices=("fr", "en"), default="fr")
    ns = p.parse_args(argv)
    for path in shoot(Path(ns.out), ns.lang):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
