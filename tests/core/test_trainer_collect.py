"""Collecting result bundles from two simulated lab PCs: files or a whole folder, merged once,
a tampered bundle refused with its reason while the others still come in."""

from __future__ import annotations

import json

import pytest
from trainer_kit import TESTS, Clock, answer_everything, engine_on, scenario

from aimm_lab.exam.bundles import export_bundle
from aimm_lab.exam.engine import Engine
from aimm_lab.store.db import Store
from aimm_lab.trainer.collect import bundle_files, collect, summary
from aimm_lab.trainer.sessions import GRADED, TO_GRADE, Sessions

SECRET = b"secret-du-labo-2026"


def pc_bundle(tmp_path, pc: str, trainee: str, block: str, clock, out):
    """An exam attempt taken on another lab PC, exported to `out`."""
    with Store(tmp_path / f"{pc}.db") as s:
        sid = TESTS[block]
        a = engine_on(s, sid, "broken", clock).start(scenario(sid), trainee, "exam")
        clock.advance(600)
        after = engine_on(s, sid, "solved", clock)
        answer_everything(after, a)
        after.submit(a)
        path, n = export_bundle(after, out / pc, SECRET)
        assert n == 1
        return path, a.id


@pytest.fixture
def share(tmp_path):
    clock = Clock()
    folder = tmp_path / "partage"
    p7, a7 = pc_bundle(tmp_path, "pc07", "Alice Martin", "B2", clock, folder)
    p8, a8 = pc_bundle(tmp_path, "pc08", "Bruno Petit", "B3", clock, folder)
    (folder / "notes.json").write_text('{"autre": "chose"}', encoding="utf-8")  # not a bundle: left alone
    (folder / "lisez-moi.txt").write_text("dossier des résultats", encoding="utf-8")
    return folder, {"pc07": (p7, a7), "pc08": (p8, a8)}, clock


def test_a_folder_of_two_pcs_is_merged_once(tmp_path, share):
    folder, pcs, clock = share
    assert [p.parent.name for p in bundle_files([folder])] == ["pc07", "pc08"]
    with Store(tmp_path / "trainer.db") as store:
        eng = Engine(store, now=clock)
        first = collect(eng, [folder], SECRET)
        assert [r.ok for r in first] == [True, True]
        assert sorted(a for r in first for a in r.result.added) == sorted(a for _, a in pcs.values())
        assert "2 tentative(s) ajoutée(s)" in summary(first).fr and "0 fichier(s) refusé(s)" in summary(first).fr
        again = collect(eng, [folder, pcs["pc07"][0]], SECRET)  # the same files again, one named twice
        assert len(again) == 2 and all(r.ok and not r.result.added and not r.result.extended for r in again)
        assert store.count_attempts() == 2
        assert {a.trainee for a in eng.list(limit=None)} == {"Alice Martin", "Bruno Petit"}
        assert all(v.ok for v in eng.verify())


def test_a_tampered_bundle_is_refused_and_the_other_comes_in(tmp_path, share):
    folder, pcs, clock = share
    path = pcs["pc08"][0]
    data = json.loads(path.read_text(encoding="utf-8"))
    data["attempts"][0]["stored"]["score"] = 99.0
    path.write_text(json.dumps(data), encoding="utf-8")
    with Store(tmp_path / "trainer.db") as store:
        eng = Engine(store, now=clock)
        res = collect(eng, [folder], SECRET)
        assert [r.ok for r in res] == [True, False]
        assert "modifié" in res[1].error.fr and "changed" in res[1].error.get("en")
        assert "Rien n'a été importé de ce lot" in res[1].text("fr")
        assert [a.trainee for a in eng.list(limit=None)] == ["Alice Martin"]
        assert "1 fichier(s) refusé(s)" in summary(res).fr


def test_another_secret_is_named_as_such(tmp_path, share):
    folder, _pcs, clock = share
    with Store(tmp_path / "trainer.db") as store:
        res = collect(Engine(store, now=clock), [folder], b"un-autre-secret")
        assert not any(r.ok for r in res)
        assert all("autre secret" in r.error.fr for r in res)
        assert store.count_attempts() == 0


def test_imported_attempts_join_their_session(tmp_path, share):
    folder, pcs, clock = share
    with Store(tmp_path / "trainer.db") as store:
        clock_early = Clock()
        api = Sessions(engine_on(store, TESTS["B2"], "broken", clock_early))
        s = api.create("Examen blanc", platform="linux", seed=1)
        for sid in TESTS.values():
            api.set_test(s.id, scenario(sid))
        api.add_trainee(s.id, "Alice Martin")
        api.add_trainee(s.id, "Bruno Petit")
        collect(Engine(store, now=clock), [folder], SECRET)
        rows = {t.name: cells for t, cells in api.status(s.id)}
        # B2 of ip-statique has rubric items: to grade; B3 has rubric items too.
        assert rows["Alice Martin"][1].where == TO_GRADE and rows["Alice Martin"][1].attempt.id == pcs["pc07"][1]
        assert rows["Bruno Petit"][2].where in (TO_GRADE, GRADED)
        assert rows["Bruno Petit"][2].attempt.id == pcs["pc08"][1]


def test_nothing_found_and_unreadable_paths(tmp_path):
    empty = tmp_path / "vide"
    empty.mkdir()
    with Store(tmp_path / "t.db") as store:
        assert collect(Engine(store), [empty], SECRET) == []
        [res] = collect(Engine(store), [tmp_path / "absent.json"], SECRET)
        assert not res.ok and "absent.json" in res.error.fr
