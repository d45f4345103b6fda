"""The grading review (and the attempt PDF, printed from the same HTML) shows the attempt's timeline:
the local, unsupervised label, start and deadline, added time and by whom, and a clock anomaly marked
for the trainer to check first."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

from attempt_kit import BROKEN, machine, profile, write_scenario  # noqa: E402

from aimm_lab.exam import clock as clk  # noqa: E402
from aimm_lab.exam.engine import Engine  # noqa: E402
from aimm_lab.scenarios.loader import load_file  # noqa: E402
from aimm_lab.store.db import Store  # noqa: E402


def test_the_review_shows_the_timeline_and_the_anomalies(app, tmp_path):
    from ui.trainer.review_html import load_review, review_html

    write_scenario(tmp_path / "sc")
    wall = [clk.parse_iso("2026-11-30T08:00:00.000Z")]
    mono = [0]
    with Store(tmp_path / "lab.db") as store:
        e = Engine(store, machine(BROKEN), profile=profile(), now=clk.WatchedClock(lambda: wall[0], lambda: mono[0]))
        a = e.start(load_file(tmp_path / "sc" / "t-depannage.toml"), "léa", "exam", minutes=60)
        mono[0] += 60_000
        wall[0] += 60_000
        e.add_time(a, 20, by="M. Prof")
        mono[0] += 1000
        wall[0] -= 15 * 60_000  # the PC's clock set back a quarter of an hour
        e.check(a)
        html = review_html(load_review(e, a.id), "fr", color=False)
    assert "Déroulement" in html and "examen local, non surveillé" in html
    assert "temps ajouté : 20 min par M. Prof" in html and "échéance 30/11/2026" in html
    assert "À vérifier avant de tenir compte de cette tentative" in html and "horloge du poste a été changée pendant" in html
    assert "commencée sur un état machine enregistré" in html


def test_the_application_refuses_an_exam_on_a_recorded_state(app, tmp_path, qtbot):
    """`aimm-lab --state FILE` (ui.app.launch): practice on the recorded state, never an exam."""
    import pytest
    from attempt_kit import write_state

    from aimm_lab.exam.attempt import AttemptError
    from ui.app import launch
    from ui.ops import wait_idle

    write_scenario(tmp_path / "sc")
    state = write_state(tmp_path, BROKEN, "broken.json")
    s = load_file(tmp_path / "sc" / "t-depannage.toml")
    _, window = launch(tmp_path / "lab.db", state)
    try:
        session = window.session
        assert session.recorded_exams is False
        with pytest.raises(AttemptError, match="pas sur un état machine enregistré"):
            session.engine().start(s, "léo", "exam")  # the engine the window works with
        assert session.engine().store.all_attempt_ids() == []
    finally:
        window.allow_close = True
        window.close()
        wait_idle(10)
    with Store(tmp_path / "other.db") as store:
        eng = Engine(store, machine(BROKEN), profile=profile(), recorded_exams=False)
        a = eng.start(s, "léo", "practice")
        assert eng.facts(a).started["machine"] == "recorded"
