"""A trainee's practice session, tried as a new trainee would: find the scenario, say who
they are, start, check, read the evidence, repair, check again, write the report, submit,
read the results and export them to PDF."""

from __future__ import annotations

from pathlib import Path

from ui_helpers import add_trainee_when_asked, answer, state_copy, swap_state

from aimm_lab.exam import clock as clk

SCENARIO = "b3-apipa"

REPORT = {
    "ticket": "2025-0518",
    "start": "28/11/2025 08:00",
    "end": "28/11/2025 08:40",
    "billable_minutes": "40",
    "technician": "Camille Martin",
    "client": "Boulangerie Fournier, Mme Fournier",
    "equipment": "PC de bureau, Linux",
    "request": "Plus d'Internet depuis ce matin, globe barré",
    "diagnosis": "ip addr : 169.254.37.201/16 ; câble débranché du switch",
    "actions": "Câble rebranché sur le bon port ; bail DHCP renouvelé",
    "validation": "ping passerelle OK, intranet OK",
    "final_state": "Résolu",
    "recommendations": "Étiqueter les câbles du switch",
    "backup": "non, aucune donnée touchée",
}


def apipa_of(state_path) -> str:
    """The APIPA address the broken fixture holds (recorded on a real PC: it is picked at random)."""
    import json

    st = json.loads(Path(state_path).read_text(encoding="utf-8"))
    return next(a["address"] for i in st["sections"]["network"]["interfaces"] for a in i.get("ipv4") or []
                if a["address"].startswith("169.254."))


def test_practice_check_evidence_report_submit(window_factory, qtbot, tmp_path):
    state = state_copy(tmp_path, SCENARIO, "broken")
    apipa = apipa_of(state)  # the broken fixture was recorded on a real lab PC
    w = window_factory(state)
    lib = w.library

    # Find the scenario with the search box and the block filter.
    lib.search.setText("APIPA")
    lib.block.setCurrentIndex(lib.block.findData("B3"))
    assert SCENARIO in lib.visible_ids()
    assert all(sid.startswith("b3") for sid in lib.visible_ids())
    assert lib.select(SCENARIO)
    lib.open_button.click()
    assert w.current_page() == "scenario"
    page = w.scenario_page
    assert "Boulangerie Fournier" in page.brief.toPlainText()
    assert "45 minutes" in page.tasks.toPlainText()
    assert "Vérifié sur le poste" in page.tasks.toPlainText()

    # Nobody chosen yet: starting asks who is working.
    add_trainee_when_asked("Camille Martin")
    page.practice.click()
    qtbot.waitUntil(lambda: w.current_page() == "attempt", timeout=15000)
    assert w.session.trainee.name == "Camille Martin"
    ap = w.attempt_page
    assert ap.attempt.mode == "practice" and ap.attempt.timed
    assert ap.countdown.text().startswith("44:") or ap.countdown.text() == "45:00"

    # Check every task: the evidence says in one sentence what the PC shows and what the task asks;
    # the technical lines ("attendu … trouvé …") on demand.
    ap.check_all.click()
    assert ap.progress.isVisible()
    qtbot.waitUntil(lambda: not ap.checking, timeout=15000)
    first = next(t for t in ap.scenario.tasks if t.kind == "checks")
    panel = ap.panels[first.id]
    text = panel.evidence.toPlainText()
    assert "échoué" in text and f"{apipa}/16 : c'est une adresse APIPA" in text and "Il faut que" in text
    assert "attendu" not in text and "not_apipa" not in text
    panel.technical.setChecked(True)
    text = panel.evidence.toPlainText()
    assert "Détails techniques" in text and "attendu" in text and f"trouvé {apipa}/16" in text
    panel.technical.setChecked(False)
    assert "échoué" in ap.items[first.id].text()

    # A hint, with its cost confirmed.
    ap.select_task(first.id)
    answer(True)
    panel.hint_button.click()
    qtbot.waitUntil(lambda: panel.hint_label.isVisible(), timeout=10000)
    assert "Indice" in panel.hint_label.text()

    # The trainee repairs the PC; this task alone is checked again.
    swap_state(state, SCENARIO, "solved")
    panel.check_button.click()
    qtbot.waitUntil(lambda: not ap.checking, timeout=15000)
    assert "réussi" in panel.evidence.toPlainText()
    ap.check_all.click()
    qtbot.waitUntil(lambda: not ap.checking, timeout=15000)

    # The report form is saved automatically.
    report_task = next(t for t in ap.scenario.tasks if t.kind == "report")
    form = ap.panels[report_task.id]
    form.set_values(REPORT)
    form.fields["root_cause"].setCurrentIndex(0)  # the first listed cause: no DHCP lease
    form.changed.emit()
    qtbot.waitUntil(lambda: "Enregistré" in form.saved.text(), timeout=10000)
    facts = w.session.engine().facts(ap.attempt.id)
    assert facts.report["diagnosis"] == REPORT["diagnosis"]
    assert facts.report["root_cause"].startswith("Pas de bail DHCP")

    # Submitting asks for confirmation; the results follow.
    aid = ap.attempt.id
    answer(True)
    ap.submit_button.click()
    qtbot.waitUntil(lambda: w.current_page() == "results", timeout=20000)
    a = w.session.engine().get(aid)
    assert a.status == "submitted"
    sheet = w.session.engine().score(aid)
    results = w.pages["results"].browser.toPlainText()
    assert f"{sheet.score:g}".replace(".", ",") in results
    assert "Par compétence" in results and "B3.1" in results
    assert "trouvé" in results  # the evidence of the checks
    assert REPORT["diagnosis"] in results
    # The hint cost a point on its task; the machine-checked tasks passed on the final pass.
    t1 = sheet.task(first.id)
    assert t1.penalty == first.hint_penalty and t1.earned == first.points - first.hint_penalty
    report_score = sheet.task(report_task.id)
    assert report_score.earned == report_task.points  # every automatic item of the report met

    # Export to PDF through Qt.
    from ui.pdf import write_pdf

    out = write_pdf(w.pages["results"].html_for_pdf(), tmp_path / "compte-rendu.pdf", "test")
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000

    # The library now shows the last result.
    w.show_library()
    qtbot.waitUntil(lambda: SCENARIO in lib.last, timeout=10000)
    assert lib.last[SCENARIO]["score"] == sheet.score
    started = clk.parse_iso(a.started_at)
    assert started <= clk.now_ms()
