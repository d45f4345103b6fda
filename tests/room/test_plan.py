"""The reading plan a room sends a lab PC: found by a dry pass, checked field by field on the lab PC,
read on a real machine (this PC's files), graded back on the room as a seat's reading."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aimm_lab.machine.base import NOT_RECORDED, ProbeError
from aimm_lab.machine.real import RealMachine
from aimm_lab.machine.seat import PlanError, PlanRecorder, SeatReading, check_plan, merge_plans, read_plan


def test_a_dry_pass_names_what_to_read_and_the_lab_pc_reads_it_for_real(tmp_path):
    f = tmp_path / "rapport.txt"
    f.write_text("intervention terminée\n", encoding="utf-8")
    rec = PlanRecorder("linux")
    with pytest.raises(ProbeError) as e:
        rec.file(str(f), True, True)
    assert e.value.kind == NOT_RECORDED
    with pytest.raises(ProbeError):
        rec.section("network", ("routes",))
    with pytest.raises(ProbeError):
        rec.tcp_connect("127.0.0.1", 9)
    plan = rec.plan()
    assert plan == {"sections": {"network": ["routes"]},
                    "lookups": [["files", str(f), True, True], ["tcp", "127.0.0.1", 9]]}
    state = read_plan(RealMachine(), check_plan(plan))
    got = state["lookups"]["files"][str(f)]
    assert got["sha256"] == hashlib.sha256(f.read_bytes()).hexdigest() and "terminée" in got["text"]
    assert "routes" in state["sections"]["network"]["parts"]
    seat = SeatReading(state, "P01")
    assert seat.file(str(f), True, True)["sha256"] == got["sha256"] and not seat.from_file
    # what the room's pass asks beyond the reading is noted for the next plan
    again = PlanRecorder("linux", seat)
    assert again.file(str(f), True, True) == got
    with pytest.raises(ProbeError):
        again.file(str(tmp_path / "autre"), False, False)
    assert again.plan()["lookups"] == [["files", str(tmp_path / "autre"), False, False]]
    assert merge_plans(plan, again.plan())["lookups"][-1] == ["files", str(tmp_path / "autre"), False, False]


@pytest.mark.parametrize("bad", [
    None, [], {"sections": {}}, {"sections": {"nope": []}, "lookups": []},
    {"sections": {"network": ["everything"]}, "lookups": []},
    {"sections": {}, "lookups": [["shell", "rm -rf /"]]},
    {"sections": {}, "lookups": [["files", "/etc/passwd", "yes", False]]},
    {"sections": {}, "lookups": [["tcp", "host", True]]},
    {"sections": {}, "lookups": [["files", "/x", False, False]] * 201},
])
def test_a_plan_that_is_not_one_is_refused(bad):
    with pytest.raises(PlanError):
        check_plan(bad)


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=3),
                    max_leaves=12))
def test_any_json_is_a_plan_or_a_plan_error(value):
    try:
        check_plan(value)
    except PlanError:
        pass
