"""Result bundles between databases, and tamper evidence: an edited event, an edited score,
an edited bundle, each named."""

from __future__ import annotations

import json
import sqlite3

import pytest
from attempt_kit import BROKEN, GOOD_QUOTE, SOLVED, Clock, machine, profile, write_scenario

from aimm_lab.exam.attempt import AttemptError
from aimm_lab.exam.bundles import BundleError, export_bundle, import_bundle, load_secret
from aimm_lab.exam.engine import Engine
from aimm_lab.scenarios.loader import load_file
from aimm_lab.store.db import Store

SECRET = b"le secret de la salle B12"


@pytest.fixture
def two_pcs(tmp_path):
    """A lab PC with three attempts (two trainees), and the trainer's empty database."""
    s = load_file(write_scenario(tmp_path / "sc"))
    clock = Clock()
    lab = Store(tmp_path / "pc12.db")
    e = Engine(lab, machine(BROKEN), profile=profile(), now=clock)
    a = e.start(s, "alice", "exam", minutes=30)
    e.check(a)
    e.save_document(a, "devis", GOOD_QUOTE)
    clock.advance(600)
    e2 = Engine(lab, machine(SOLVED), profile=profile(), now=clock)
    e2.submit(a)
    b = e2.start(s, "bruno", "practice")
    e2.take_hint(b, "adresse")
    e2.submit(b)
    c = e2.start(s, "alice", "practice")  # still running when exported
    trainer = Store(tmp_path / "trainer.db")
    yield tmp_path, s, clock, lab, e2, trainer, (a, b, c)
    lab.close()
    trainer.close()


def test_round_trip_between_two_databases(two_pcs):
    tmp, s, clock, lab, e, trainer, (a, b, c) = two_pcs
    path, n = export_bundle(e, tmp / "out", SECRET)
    assert n == 3 and path.exists()
    t = Engine(trainer, now=clock)
    r = import_bundle(t, path, SECRET)
    assert sorted(r.added) == sorted([a.id, b.id, c.id]) and not r.extended
    for x in (a, b, c):
        mine, theirs = e.get(x.id), t.get(x.id)
        assert theirs.as_dict(0) == mine.as_dict(0)
        assert [ev.hash for ev in t.events(x)] == [ev.hash for ev in e.events(x)]
        assert t.score(x).as_dict() == e.score(x).as_dict()
    assert all(v.ok for v in t.verify())
    assert trainer.integrity_check() == "ok"

    # The same bundle twice changes nothing.
    before = (tmp / "trainer.db").stat().st_size, [trainer.attempt_row(x.id) for x in (a, b, c)]
    r2 = import_bundle(t, path, SECRET)
    assert not r2.added and not r2.extended and len(r2.unchanged) == 3
    assert [trainer.attempt_row(x.id) for x in (a, b, c)] == before[1]

    # Later on the lab PC: c goes on and is submitted; the trainer grades a.
    e.check(c)
    e.submit(c)
    t.set_rubric(a, "client", "reformule", 1)
    path2, _ = export_bundle(e, tmp / "out", SECRET)
    r3 = import_bundle(t, path2, SECRET)
    assert r3.extended == {c.id: 3} and sorted(r3.unchanged) == sorted([a.id, b.id])
    assert t.get(c.id).status == "submitted" and t.get(c.id).score == e.get(c.id).score
    assert t.get(a.id).events == e.get(a.id).events + 1  # the trainer's grade is kept
    assert all(v.ok for v in t.verify())


def test_imported_running_attempts_are_not_expired_on_the_trainers_pc(two_pcs):
    tmp, s, clock, lab, e, trainer, (a, b, c) = two_pcs
    d = e.start(s, "chloe", "exam", minutes=10)
    path, _ = export_bundle(e, tmp / "out", SECRET)
    t = Engine(trainer, machine(SOLVED), now=clock)
    import_bundle(t, path, SECRET)
    clock.advance(3600)
    assert t.expire_overdue() == []  # it runs on its lab PC, which will expire it with its own evidence
    assert t.get(d.id).status == "running"
    assert [x.id for x in e.expire_overdue()] == [d.id]


def edit(path, fn):
    data = json.loads(path.read_text(encoding="utf-8"))
    fn(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def resign(data):
    from aimm_lab.exam.bundles import key_id, sign

    body = {k: v for k, v in data.items() if k != "signature"}
    data["signature"] = {"alg": "HMAC-SHA256", "key_id": key_id(SECRET), "value": sign(body, SECRET)}


@pytest.mark.parametrize("case, message", [
    ("score", "modifié après sa signature"),
    ("event", "modifié après sa signature"),
    ("other-secret", "autre secret"),
    ("unsigned", "non signé"),
    ("resigned-event", "empreinte incorrecte"),
    ("resigned-score", "ne correspond pas à son journal"),
    ("resigned-scenario", "copie du scénario modifiée"),
    ("truncated", "JSON invalide"),
    ("not-a-bundle", "pas un lot de résultats"),
])
def test_tampered_or_malformed_bundles_are_refused_whole(two_pcs, case, message):
    tmp, s, clock, lab, e, trainer, (a, b, c) = two_pcs
    path, _ = export_bundle(e, tmp / "out", SECRET)
    if case == "score":
        edit(path, lambda d: d["attempts"][1]["stored"].update(score=20.0))
    elif case == "event":
        edit(path, lambda d: d["attempts"][0]["events"][1].update(at="2026-11-28T08:00:00.000Z"))
    elif case == "other-secret":
        data = json.loads(path.read_text(encoding="utf-8"))
        body = {k: v for k, v in data.items() if k != "signature"}
        from aimm_lab.exam.bundles import key_id, sign

        data["signature"] = {"alg": "HMAC-SHA256", "key_id": key_id(b"another secret"),
                             "value": sign(body, b"another secret")}
        path.write_text(json.dumps(data), encoding="utf-8")
    elif case == "unsigned":
        edit(path, lambda d: d.pop("signature"))
    elif case == "resigned-event":  # someone who knows the secret edits an event but not the chain
        def f(d):
            ev = next(x for x in d["attempts"] if x["trainee"] == "alice")["events"][0]
            ev["data"] = ev["data"].replace('"alice"', '"alicia"')
            resign(d)
        edit(path, f)
    elif case == "resigned-score":
        def f(d):
            d["attempts"][0]["stored"]["score"] = 19.0
            d["attempts"][0]["stored"]["score_hash"] = "0" * 64
            resign(d)
        edit(path, f)
    elif case == "resigned-scenario":
        def f(d):
            d["attempts"][0]["scenario"]["text"] = d["attempts"][0]["scenario"]["text"].replace("points = 4", "points = 9")
            resign(d)
        edit(path, f)
    elif case == "truncated":
        path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    elif case == "not-a-bundle":
        path.write_text('{"hello": "world"}', encoding="utf-8")
    t = Engine(trainer, now=clock)
    with pytest.raises(BundleError, match=message) as err:
        import_bundle(t, path, SECRET)
    assert "Rien n'a été importé" in err.value.message("fr") and "Nothing was imported" in err.value.message("en")
    assert trainer.count_attempts() == 0  # nothing half-imported
    assert trainer.reader().conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0


def test_a_diverging_journal_refuses_the_whole_bundle(two_pcs):
    tmp, s, clock, lab, e, trainer, (a, b, c) = two_pcs
    path, _ = export_bundle(e, tmp / "out", SECRET)
    t = Engine(trainer, machine(BROKEN), now=clock)
    import_bundle(t, path, SECRET)
    with pytest.raises(AttemptError, match="autre poste"):
        t.check(c)  # it runs on the lab PC: checking it here would read the wrong machine
    t.set_rubric(a, "client", "reformule", 1)  # the trainer grades on their PC...
    e.set_rubric(a, "client", "reformule", 0)  # ...and someone else on the lab PC
    e.check(c)
    path2, _ = export_bundle(e, tmp / "out", SECRET)
    before = t.get(a.id).events, t.get(c.id).events
    with pytest.raises(BundleError, match="journaux divergents"):
        import_bundle(t, path2, SECRET)
    assert (t.get(a.id).events, t.get(c.id).events) == before  # c's new event was not imported either


def test_verify_names_every_edited_attempt(two_pcs):
    tmp, s, clock, lab, e, trainer, (a, b, c) = two_pcs
    assert all(v.ok for v in e.verify())
    raw = sqlite3.connect(tmp / "pc12.db")
    # Someone with an SQLite editor: the protection must come off first.
    raw.execute("DROP TRIGGER events_append_only_update")
    raw.execute("UPDATE events SET data = replace(data, '169.254.20.7', '192.168.10.112') "
                "WHERE attempt_id = ? AND seq = 2", [a.id])
    raw.execute("UPDATE attempts SET score = 20 WHERE id = ?", [b.id])
    raw.commit()
    raw.close()
    verdicts = {v.attempt_id: v for v in e.verify()}
    assert not verdicts[a.id].ok and any("n° 2 modifié" in p.fr for p in verdicts[a.id].problems)
    assert not verdicts[b.id].ok and any("note ou statut modifiés" in p.fr for p in verdicts[b.id].problems)
    assert verdicts[c.id].ok
    assert not lab.triggers_present()


def test_verify_sees_a_removed_event_even_with_the_row_rebuilt_by_hand(two_pcs):
    tmp, s, clock, lab, e, trainer, (a, b, c) = two_pcs
    raw = sqlite3.connect(tmp / "pc12.db")
    raw.execute("DROP TRIGGER events_append_only_delete")
    raw.execute("DELETE FROM events WHERE attempt_id = ? AND seq = 3", [b.id])  # the hint disappears
    raw.commit()
    raw.close()
    v = {v.attempt_id: v for v in e.verify()}[b.id]
    assert any("numérotation" in p.fr or "lien rompu" in p.fr for p in v.problems)


def test_the_trainers_secret(monkeypatch, tmp_path, isolated_home):
    monkeypatch.delenv("AIMM_LAB_SECRET", raising=False)
    with pytest.raises(BundleError, match="aucun secret du formateur"):
        load_secret()
    monkeypatch.setenv("AIMM_LAB_SECRET", "court")
    with pytest.raises(BundleError, match="trop court"):
        load_secret()
    monkeypatch.setenv("AIMM_LAB_SECRET", "assez long secret")
    assert load_secret() == b"assez long secret"
    f = tmp_path / "secret.txt"
    f.write_text("un autre secret\n", encoding="utf-8")
    assert load_secret(f) == b"un autre secret"
