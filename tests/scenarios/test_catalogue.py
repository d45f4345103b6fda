"""The built-in catalogue: every scenario loads, proves itself on its own fixtures,
and together they cover the certificate as the catalogue issue asks."""

from __future__ import annotations

import json

import pytest

from aimm_lab.paths import builtin_scenarios_dir
from aimm_lab.scenarios import referential as ref
from aimm_lab.scenarios.loader import discover
from aimm_lab.selftest import test_scenario as selftest

LIB = discover([builtin_scenarios_dir()])


def test_every_builtin_file_loads():
    assert not LIB.errors, "\n".join(line for e in LIB.errors for line in e.lines("en"))


@pytest.mark.parametrize("scenario", LIB.scenarios, ids=lambda s: s.id)
def test_scenario_proves_itself_on_its_fixtures(scenario):
    results = selftest(scenario)
    problems = [f"[{r.fixture}] {p.get('en')}" for r in results for p in r.problems]
    assert not problems, "\n".join(problems)
    kinds = {name.split("_")[0] for name in scenario.fixtures}
    assert kinds == {"broken", "solved"}
    if set(scenario.platforms) == {"windows", "linux"}:
        shaped = {json.loads(p.read_text(encoding="utf-8")).get("platform") for p in scenario.fixtures.values()}
        assert shaped == {"windows", "linux"}, f"fixtures shaped as {shaped} for a two-platform scenario"


@pytest.mark.parametrize("scenario", LIB.scenarios, ids=lambda s: s.id)
def test_scenario_is_complete_for_trainees_and_trainers(scenario):
    assert scenario.title.en and scenario.brief.en, "English text missing"
    assert scenario.setup is not None and scenario.setup.en, "trainer set-up sheet missing"
    assert any(t.kind == "rubric" for t in scenario.tasks), "no rubric for what software cannot see"
    assert any(t.hint for t in scenario.tasks if t.machine_checked), "no hint"
    if scenario.block == "B3":
        assert any(t.kind == "report" for t in scenario.tasks), "B3 scenarios include the intervention report"


def test_catalogue_size_and_coverage():
    per_block = {b: [s for s in LIB.scenarios if s.block == b] for b in ref.BLOCKS}
    assert len(LIB.scenarios) >= 36
    assert all(len(v) >= 12 for v in per_block.values()), {b: len(v) for b, v in per_block.items()}
    for cid in ref.COMPETENCES:
        covered = [s.id for s in LIB.scenarios
                   if cid in s.competences or any(cid in t.competences for t in s.tasks)]
        assert len(covered) >= 3, f"{cid} covered by {covered}"
    commercial = [s.id for s in LIB.scenarios if any(t.kind in ("quote", "invoice") for t in s.tasks)]
    assert len(commercial) >= 2, commercial
    # B3 ends with hardware situations (no POST, overheating...), not only software and network faults.
    hardware = [s.id for s in per_block["B3"] if "matériel" in s.tags]
    assert len(hardware) >= 2, hardware


def test_everyday_situations_are_in_the_catalogue():
    """What a level-3 technician meets most: each situation has its scenario, graded on what the machine shows."""
    ids = {s.id for s in LIB.scenarios}
    for sid in ("b2-imprimante-wsd", "b3-logiciel-publicitaire", "b3-windows-update", "b3-bitlocker-recuperation",
                "b1-profil-temporaire", "b1-pc-neuf-transfert", "b1-sauvegarde-restauration", "b3-pc-ne-demarre-pas",
                "b3-surchauffe-poussiere", "b1-sav-comptoir", "b1-habilitation-br"):
        assert sid in ids, sid
    used = {c.type for s in LIB.scenarios for t in s.tasks for c in _flat(t.checks)}
    for type_ in ("printer", "startup_entry", "program_installed", "bitlocker", "user_profile", "disk_health",
                  "temperature_below"):
        assert type_ in used, type_


def _flat(checks):
    for c in checks:
        yield c
        yield from _flat(c.children)


def test_knowledge_quizzes():
    quiz_scenarios = [s for s in LIB.scenarios if any(t.kind == "quiz" for t in s.tasks)]
    assert len(quiz_scenarios) >= 6, [s.id for s in quiz_scenarios]
    questions = [q for s in quiz_scenarios for t in s.tasks for q in t.questions]
    text = " ".join(q.prompt.get("en").lower() + " " + q.prompt.get("fr").lower() for q in questions)
    for topic in ("t568", "beep", "vat"):
        assert topic in text, topic
    assert any(q.type == "order" for q in questions)
    assert sum(1 for q in questions if q.image and q.image.endswith(".svg")) >= 4
