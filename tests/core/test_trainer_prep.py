"""*Vérifier la préparation* on recorded states: every fault in place on the broken state,
faults missing (and said so) on the solved one, never a guess on an unreadable machine."""

from __future__ import annotations

import copy
import json

from aimm_lab.labprofile import LabProfile
from aimm_lab.machine import RecordedMachine
from aimm_lab.scenarios.loader import discover
from aimm_lab.selftest import profile_for_state
from aimm_lab.trainer.prep import (
    IN_PLACE,
    MISSING,
    NOT_READY,
    NOTHING,
    READY,
    UNKNOWN,
    UNRESOLVED,
    check_preparation,
)


def lib():
    return discover()


def test_broken_state_every_fault_in_place():
    s = lib().get("b2-ip-statique")
    m = RecordedMachine.load(s.fixtures["broken"])
    rep = check_preparation([s], m, profile_for_state(m))
    r = rep.results[0]
    assert r.verdict == READY and rep.ready
    [item] = r.items
    assert item.state == IN_PLACE
    assert item.label.fr == "Le poste n'a pas encore l'adresse du plan"
    assert item.found("fr") == "169.254.20.7/16"
    assert item.explain().fr == "panne en place : trouvé 169.254.20.7/16"


def test_solved_state_faults_missing_and_flagged():
    s = lib().get("b2-ip-statique")
    m = RecordedMachine.load(s.fixtures["solved"])
    rep = check_preparation([s], m, profile_for_state(m))
    r = rep.results[0]
    assert r.verdict == NOT_READY and not rep.ready
    [item] = r.items
    assert item.state == MISSING
    assert "panne absente" in item.explain().fr and "192.168.10.112/24" in item.explain().fr
    assert "fault missing" in item.explain().get("en")
    d = r.as_dict("fr")
    assert d["verdict_text"].startswith("pas prêt") and d["preconditions"][0]["state"] == MISSING


def test_every_shipped_scenario_broken_ready_solved_flagged():
    """On its broken fixture each scenario's preconditions all hold; a solved fixture shows at
    least one missing fault (or the scenario has nothing the PC can check)."""
    for s in lib().scenarios:
        for name, path in s.fixtures.items():
            m = RecordedMachine.load(path)
            r = check_preparation([s], m, profile_for_state(m)).results[0]
            if not s.preconditions:
                assert r.verdict == NOTHING
            elif name.startswith("broken"):
                assert r.verdict == READY, (s.id, name, r.as_dict("fr"))
            else:
                assert r.counts()[MISSING] >= 1, (s.id, name, r.as_dict("fr"))


def test_three_scenarios_one_pass():
    """The three tests of a session on one recorded seat: one report, a verdict each."""
    library = lib()
    picks = [library.get("b1-second-disque"), library.get("b2-ip-statique"), library.get("b3-apipa")]
    m = RecordedMachine.load(library.get("b2-ip-statique").fixtures["broken"])
    rep = check_preparation(picks, m, profile_for_state(m))
    assert [r.scenario.id for r in rep.results] == ["b1-second-disque", "b2-ip-statique", "b3-apipa"]
    assert rep.results[1].verdict == READY
    assert rep.duration_ms < 1000


def test_unreadable_machine_is_unknown_never_in_place():
    s = lib().get("b2-ip-statique")
    state = json.loads(s.fixtures["broken"].read_text(encoding="utf-8"))
    broken = copy.deepcopy(state)
    broken["sections"].pop("network")
    broken["errors"]["network"] = {"kind": "denied", "message": "no rights"}
    m = RecordedMachine(broken)
    r = check_preparation([s], m, profile_for_state(RecordedMachine(state))).results[0]
    assert [i.state for i in r.items] == [UNKNOWN]
    assert r.verdict == NOT_READY
    assert "indéterminé" in r.items[0].explain().fr


def test_a_seat_whose_profile_lacks_a_value_says_which():
    s = lib().get("b2-ip-statique")
    empty = RecordedMachine({**json.loads(s.fixtures["broken"].read_text(encoding="utf-8")), "lab": {}})
    empty.state["sections"]["network"] = {"interfaces": [], "gateways": []}
    r = check_preparation([s], empty, LabProfile({}, {})).results[0]
    assert r.verdict == UNRESOLVED
    assert r.problem is not None and "lab.interface" in r.problem.fr
