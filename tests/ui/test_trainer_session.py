"""A full mock exam, as a trainer runs it: a session of three 1-hour tests is prepared on the
trainer's PC and carried to three lab PCs (one per test, each holding its own recorded
state); on each, the trainer starts the trainee's test, the trainee repairs the PC and hands
in, and the PC sends its results. Back on the trainer's PC the bundles are imported, each
attempt is reviewed and graded, the results released, and the jury grid filled in."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal

from trainer_helpers import PIN, enter_trainer_mode, unnamed, when_modal
from ui_helpers import FIXTURES, answer

from aimm_lab import fmt
from aimm_lab.trainer.jury import final_exam, jury_result, mark20
from aimm_lab.trainer.sessions import NOT_STARTED, RELEASED, TO_GRADE

TESTS = {"B1": "b1-barrette-manquante", "B2": "b2-ip-statique", "B3": "b3-apipa"}
TRAINEE = "Alice Martin"
SECRET = "secret-du-labo-2026"


def fixture_copy(tmp_path, scenario: str, name: str, as_name: str):
    dst = tmp_path / as_name
    shutil.copyfile(FIXTURES / scenario.split("-")[0] / "fixtures" / scenario / f"{name}.json", dst)
    return dst


def test_full_mock_session_three_tests_graded_and_released(window_factory, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("AIMM_LAB_SECRET", SECRET)
    share = tmp_path / "partage"

    # ---- the trainer's PC: a session, its tests, a trainee with extra time and a jury slot
    trainer = window_factory(fixture_copy(tmp_path, TESTS["B2"], "broken", "trainer.json"), db_name="trainer.db")
    page = enter_trainer_mode(trainer, qtbot)
    page.show_tab("sessions")
    sp = page.sessions

    def fill_session(dlg):
        dlg.name.setText("Examen blanc de décembre")
        dlg.day.setText("2026-12-07")
        dlg.accept()

    when_modal("newSessionDialog", fill_session)
    sp.new_button.click()
    qtbot.waitUntil(lambda: sp.current is not None and sp.current.complete, timeout=15000)
    assert all(t.how == "drawn" for t in sp.current.tests.values())
    for block, sid in TESTS.items():
        combo = sp.test_combos[block]
        i = combo.findData(sid)
        assert i > 0, (block, sid)
        combo.setCurrentIndex(i)
        combo.activated.emit(i)
        # The draw may already have picked this scenario: wait for the choice itself to be stored.
        qtbot.waitUntil(lambda b=block, s=sid: sp.current.tests[b].scenario_id == s
                        and sp.current.tests[b].how == "chosen", timeout=10000)
    assert {b: t.how for b, t in sp.current.tests.items()} == {"B1": "chosen", "B2": "chosen", "B3": "chosen"}

    def fill_trainee(dlg):
        dlg.name.setCurrentText(TRAINEE)
        dlg.extra.setText("15")
        dlg.jury.setText("14h30")
        dlg.accept()

    when_modal("sessionTraineeDialog", fill_trainee)
    sp.add_button.click()
    qtbot.waitUntil(lambda: len(sp.current.trainees) == 1 and len(sp.rows) == 1, timeout=10000)
    assert sp.table.item(0, 1).text() == "15 min" and sp.table.item(0, 2).text() == "14:30–15:00"
    assert [c.where for c in sp.rows[0][1]] == [NOT_STARTED] * 3
    assert unnamed(sp) == []
    session_file = tmp_path / "session.json"
    sp.write_session_file(str(session_file))
    qtbot.waitUntil(session_file.exists, timeout=10000)

    # ---- three lab PCs, one test each
    for block, sid in TESTS.items():
        state = fixture_copy(tmp_path, sid, "broken", f"pc-{block}.json")
        pc = window_factory(state, db_name=f"pc-{block}.db")
        pcp = enter_trainer_mode(pc, qtbot)  # first use on this PC: the PIN is set here
        pcp.show_tab("sessions")
        psp = pcp.sessions
        psp.read_session_file(str(session_file))
        qtbot.waitUntil(lambda p=psp: p.current is not None and len(p.rows) == 1, timeout=10000)
        assert psp.select_cell(TRAINEE, block)
        assert psp.start_button.isEnabled() and not psp.pause_button.isEnabled()
        answer(True)  # "Démarrer l'épreuve … ?"
        psp.start_button.click()
        qtbot.waitUntil(lambda p=pc: p.current_page() == "attempt", timeout=15000)
        ap = pc.attempt_page
        assert ap.attempt.mode == "exam" and ap.attempt.duration_s == (60 + 15) * 60
        assert ap.attempt.trainee == TRAINEE and ap.attempt.scenario_id == sid
        assert not pc.trainer.unlocked  # starting a test leaves trainer mode
        # The trainee repairs the PC and hands in.
        shutil.copyfile(FIXTURES / block.lower() / "fixtures" / sid / "solved.json", state)
        answer(True)
        ap.submit()
        qtbot.waitUntil(lambda p=pc: p.current_page() == "results", timeout=15000)
        # The PC sends its results to the share.
        pcp = enter_trainer_mode(pc, qtbot)
        pcp.show_tab("imports")
        pcp.imports.export_to(str(share / f"pc-{block}"))
        qtbot.waitUntil(lambda p=pcp: "exportée" in p.imports.export_message.text(), timeout=10000)

    # ---- back on the trainer's PC: collect, grade, release
    page = enter_trainer_mode(trainer, qtbot) if trainer.current_page() != "trainer" else page
    page.show_tab("imports")
    ip = page.imports
    ip.import_paths([str(share)])
    qtbot.waitUntil(lambda: len(ip.results) == 3, timeout=15000)
    assert all(r.ok and len(r.result.added) == 1 for r in ip.results)
    assert "3 tentative(s) ajoutée(s)" in ip.summary.text()
    page.show_tab("sessions")
    qtbot.waitUntil(lambda: sp.rows and all(c.where == TO_GRADE for c in sp.rows[0][1]), timeout=10000)

    page.show_tab("grading")
    gp = page.grading
    qtbot.waitUntil(lambda: len(gp.attempts) == 3 and gp.review is not None, timeout=10000)
    assert unnamed(gp) == []
    for a in list(gp.attempts):
        assert gp.select_attempt(a.id)
        qtbot.waitUntil(lambda aid=a.id: gp.review is not None and gp.review.attempt.id == aid, timeout=10000)
        text = gp.view.toPlainText()
        assert "Au début" in text and "À la remise" in text  # the evidence before and after
        if a.block == "B3":
            assert "Rapport d’intervention" in text
        for (tid, iid), (spin, _c) in gp.form.rows.items():
            gp.form.set_grade(tid, iid, spin.maximum(), "Bonne démarche")
        assert gp.save_button.isEnabled()
        gp.save_button.click()
        qtbot.waitUntil(lambda aid=a.id: gp.review.attempt.id == aid and not gp.review.sheet.pending
                        and "enregistrées" in gp.message.text(), timeout=10000)
        asked = []
        answer(True, then=lambda box, seen=asked: seen.append(box.text()))  # "Communiquer les résultats ?"
        gp.release_button.click()
        qtbot.waitUntil(lambda aid=a.id: gp.review.attempt.id == aid and gp.review.attempt.released, timeout=10000)
        # The question names the trainee and makes no guess at their gender.
        assert TRAINEE in asked[0] and not any(w in asked[0] for w in ("Il ", "Elle ", " il ", " elle "))
    eng = trainer.session.engine()
    done = [eng.get(a.id) for a in eng.list(limit=None)]
    assert len(done) == 3 and all(a.released and not a.pending for a in done)
    assert all(eng.facts(a).rubric and all(g["comment"] == "Bonne démarche" for g in eng.facts(a).rubric.values())
               for a in done)
    page.show_tab("sessions")
    qtbot.waitUntil(lambda: all(c.where == RELEASED for c in sp.rows[0][1]), timeout=10000)

    # ---- the gradebook and the jury grid
    page.show_tab("gradebook")
    gbp = page.gradebook
    qtbot.waitUntil(lambda: gbp.book is not None and gbp.book.name == TRAINEE, timeout=10000)
    marks = {a.block: mark20(a.score, a.max_score) for a in done}
    assert {b: line.mark for b, line in gbp.book.blocks.items()} == marks
    assert all(line.validation is not None for line in gbp.book.blocks.values() if line.mark >= 10)
    gbp.mark_edits["continuous"].setText("12")
    gbp.mark_edits["social"].setText("15")
    gbp.mark_edits["tutor"].setText("14,5")
    gbp.interview_edit.setText("13")
    gbp.interview_edit.textEdited.emit("13")
    assert gbp.save_marks.isEnabled()
    gbp.save_marks.click()
    expected = jury_result({"continuous": "12", "social": "15", "tutor": "14.5"},
                           final_exam({**marks, "interview": Decimal("13")}))
    qtbot.waitUntil(lambda: gbp.book is not None and gbp.book.jury.result == expected.result, timeout=10000)
    assert f"{fmt.mark(expected.result, 'fr')} / 20" in gbp.result.text()
    assert unnamed(gbp) == []
    pdf = tmp_path / "grille.pdf"
    assert gbp.write_pdf(str(pdf)) is not None
    assert pdf.read_bytes()[:4] == b"%PDF"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "Grille du jury" in text and TRAINEE in text
        assert f"{fmt.mark(expected.result, 'fr')} / 20" in text
    assert PIN  # the same PIN was set on every PC of this test
