"""One gradebook: the core's book and the CSV written from it give the marks worked out by hand
(tests/gradebook_kit.py) under each rule, with attempts of different maxima; rounding happens
only at display (the 12.41 / 12.42 case)."""

from __future__ import annotations

import csv
from decimal import Decimal as D

import pytest
from gradebook_kit import (
    ATTEMPTS,
    JURY,
    LINES,
    PENDING,
    RULES,
    SESSION,
    VERSIONS,
    block_marks,
    make_gradebook,
)

from aimm_lab import fmt
from aimm_lab.errors import AimmError
from aimm_lab.exam.engine import Engine
from aimm_lab.exam.scoring import RULE_TEXT, ratio
from aimm_lab.trainer.gradebook import CSV_HEAD, build, write_csv
from aimm_lab.trainer.jury import COMPONENTS, FINAL_PARTS

OLD_COLUMNS = ["stagiaire", "scenario", "bloc", "titre", "mode", "tentatives", "regle", "note", "sur", "pourcentage",
               "grille_en_attente", "versions", "derniere_remise"]


def en(x, places=2) -> str:
    return fmt.number(x, "en", places, grouping=False) if x is not None else "—"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    store = make_gradebook(tmp_path_factory.mktemp("carnet"))
    Engine(store).add_trainee("Dora Lefèvre")  # no attempt yet: still in the CSV, for the jury columns
    yield Engine(store)
    store.close()


def read_csv(path, sep):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=sep))


@pytest.mark.parametrize("rule", RULES)
def test_the_core_book_gives_the_hand_worked_marks(engine, rule):
    books = {b.name: b for b in build(engine, rule=rule)}
    assert list(books) == ["Alice Martin", "Bruno Petit", "Chloé Durand", "Dora Lefèvre"]
    for name, lines in LINES.items():
        b = books[name]
        assert b.rule == rule
        got = {(ln.scenario_id, ln.mode): (en(ln.score), en(ln.max_score), en(ln.percent), en(ln.mark))
               for ln in b.lines}
        assert got == {k: v[rule] for k, v in lines.items()}, name
        for ln in b.lines:
            key = (name, ln.scenario_id, ln.mode)
            assert ln.attempts == ATTEMPTS.get(key, 1) and ln.pending == PENDING.get(key, 0)
            assert ",".join(map(str, ln.versions)) == VERSIONS.get(key, "1")
            # score / max, percent and mark always agree, exactly
            assert ln.percent == ratio(ln.counted.earned * 100, ln.counted.possible)
            assert abs(ln.score * 100 / ln.max_score - ln.percent) < D("1e-18")
            # the competence line of a one-line scenario is the scenario's own points
            [(cid, (earned, possible))] = ln.competences.items()
            assert cid == ln.block + ".1" and (earned, possible) == (ln.counted.earned, ln.counted.possible)
        assert {blk: en(line.mark) for blk, line in b.blocks.items()} == block_marks(rule)[name]
    assert books["Chloé Durand"].blocks["B3"].to_grade == 1
    assert books["Dora Lefèvre"].lines == [] and books["Dora Lefèvre"].jury.result is None


def test_average_is_points_earned_over_points_possible_not_a_mean_of_percentages(engine):
    [bruno] = build(engine, trainee="Bruno Petit", rule="average")
    ln = next(x for x in bruno.lines if x.scenario_id == "t-b2")
    # 6/12 then 15/20: (6 + 15) / (12 + 20) = 65.625 %, not (50 + 75) / 2 = 62.5 %
    assert (ln.counted.earned, ln.counted.possible) == (D(21), D(32))
    assert ln.percent == D("65.625") and ln.mark == D("13.125") and ln.score == D("10.5") and ln.max_score == D(16)
    assert "points obtenus / points possibles" in RULE_TEXT["average"].fr


def test_the_jury_grid_is_combined_unrounded(engine):
    books = {b.name: b for b in build(engine)}
    for name, want in JURY.items():
        j = books[name].jury
        assert {pid: en(j.final.parts.get(pid)) for pid, _, _ in FINAL_PARTS} == want["parts"], name
        assert en(j.final.mark) == want["final"]
        assert {c: en(books[name].jury_mark(c)) for c in ("continuous", "social", "tutor")} == want["marks"]
        assert [en(ln.points, 3) for ln in j.lines] == want["points"]
        if want["result"] is None:
            assert j.result is None
            continue
        assert en(j.result, 3) == want["total"] and en(j.result) == want["result"]
        # The points shown add up to the total shown (three of them are exact to the thousandth).
        assert sum(D(p) for p in want["points"]) == D(want["total"])
    alice = books["Alice Martin"].jury
    # 5476/441 exactly (to the 20 places carried), not the 12.41 that rounding the tests first gives
    assert abs(alice.final.mark - ratio(5476, 441)) <= D("1e-19")
    assert books["Alice Martin"].session_name == SESSION


@pytest.mark.parametrize("rule", RULES)
@pytest.mark.parametrize(("sep", "comma"), [(";", True), (",", False)])
def test_the_csv_read_back_gives_the_same_marks(engine, tmp_path, rule, sep, comma):
    books = build(engine, rule=rule)
    path = tmp_path / "carnet.csv"
    assert write_csv(path, books, sep, "fr") == 1 + sum(len(v) for v in LINES.values())  # + Dora's row
    assert path.read_bytes()[:3] == b"\xef\xbb\xbf"  # utf-8-sig: spreadsheets read the accents
    rows = read_csv(path, sep)
    head, body = rows[0], rows[1:]
    assert head[:len(OLD_COLUMNS)] == OLD_COLUMNS and head[:len(CSV_HEAD)] == CSV_HEAD
    assert head[len(CSV_HEAD):] == ["B1.1 %", "B2.1 %", "B3.1 %"]
    recs = [dict(zip(head, r, strict=True)) for r in body]

    def dec(text: str) -> str:  # the file's number as the hand-worked (English) text
        if comma:
            assert "." not in text, text
            return text.replace(",", ".")
        assert "," not in text, text
        return text

    by_book = {b.name: b for b in books}
    for r in recs:
        name = r["stagiaire"]
        if name == "Dora Lefèvre":
            assert r["scenario"] == "" and r["note"] == "" and r["resultat_pondere"] == ""
            continue
        key = (r["scenario"], r["mode"])
        want = LINES[name][key][rule]
        assert (dec(r["note"]), dec(r["sur"]), dec(r["pourcentage"]), dec(r["note_sur_20"])) == want, (name, key)
        assert r["regle"] == rule and r["tentatives"] == str(ATTEMPTS.get((name, *key), 1))
        assert r["grille_en_attente"] == ("oui" if (name, *key) in PENDING else "non")
        assert r["versions"] == VERSIONS.get((name, *key), "1")
        assert r["titre"].startswith("Épreuve B") and r["derniere_remise"].startswith("12/03/2026 ")
        assert dec(r[f"{r['bloc']}.1 %"]) == want[2]  # the line's competence: its own points
        # the jury columns, repeated on each of the trainee's rows
        j = JURY[name]
        assert dec(r["epreuve_finale"] or "—") == j["final"]
        assert dec(r["resultat_pondere"] or "—") == (j["result"] or "—")
        assert [dec(r[c] or "—") for c in ("controle_continu", "competences_sociales", "tuteur")] == \
            [j["marks"][c] for c in ("continuous", "social", "tutor")]
        assert r["session"] == (SESSION if by_book[name].final_session else "")
        assert r["date_session"] == ("12/03/2026" if by_book[name].final_session else "")
    # The CSV and the core object agree to the thousandth on every mark they both carry.
    for r in recs:
        b = by_book[r["stagiaire"]]
        for cid, col in (("final", "epreuve_finale"), ("continuous", "controle_continu")):
            if r[col]:
                assert abs(D(dec(r[col])) - b.jury_mark(cid)) < D("0.005")
    assert [c.id for c in COMPONENTS] == ["continuous", "social", "tutor", "final"]


def test_mode_filter_keeps_the_marks_that_do_not_depend_on_it(engine):
    [exam] = build(engine, trainee="Bruno Petit", mode="exam")
    [practice] = build(engine, trainee="Bruno Petit", mode="practice")
    assert [ln.mode for ln in exam.lines] == ["exam"] * 3 and [ln.mode for ln in practice.lines] == ["practice"]
    assert exam.blocks["B3"].mark == practice.blocks["B3"].mark == D(20)


def test_csv_write_is_atomic_and_says_why_it_failed(engine, tmp_path):
    books = build(engine)
    missing = tmp_path / "absent" / "carnet.csv"
    with pytest.raises(AimmError) as e:
        write_csv(missing, books)
    assert "carnet.csv" in e.value.message("fr") and "écriture impossible" in e.value.message("fr")
    target = tmp_path / "carnet.csv"
    target.write_text("ancien", encoding="utf-8")
    (tmp_path / "dossier.csv").mkdir()
    with pytest.raises(AimmError):
        write_csv(tmp_path / "dossier.csv", books)  # a folder in the way: the old file is untouched
    assert target.read_text(encoding="utf-8") == "ancien"
    write_csv(target, books, ",", "en")
    assert read_csv(target, ",")[1][10] in ("yes", "no")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["carnet.csv", "dossier.csv"]  # no temporary file left
    with pytest.raises(ValueError):
        write_csv(target, books, "\t")


def test_terminal_runner_attempts_in_the_csv_once_their_rubric_is_graded(tmp_path):
    """The attempts `aimm-lab run` makes (test_attempts_cli's gradebook example), through build and
    write_csv: while their rubric waits for the trainer they are counted "to grade" and carry no
    mark; graded (0 of the rubric's 2 points), they give that example's marks: best 6/20, last
    1/20, average (6 + 1 + 1) / 60 = 13.33 %."""
    import os
    import subprocess
    import sys

    from attempt_kit import BROKEN, SOLVED, write_scenario, write_state

    from aimm_lab.store.db import Store

    write_scenario(tmp_path / "sc")
    write_state(tmp_path, BROKEN, "broken.json")
    write_state(tmp_path, SOLVED, "solved.json")
    env = dict(os.environ, AIMM_LAB_LANG="fr")
    # The second attempt starts with the fault in place (broken) and is resumed once solved.
    for state, stdin in (("broken.json", "check\nsubmit\n"), ("broken.json", "quit\n"),
                         ("solved.json", "check\nsubmit\n"), ("broken.json", "submit\n")):
        r = subprocess.run([sys.executable, "-m", "aimm_lab.cli", "--db", str(tmp_path / "lab.db"), "run",
                            str(tmp_path / "sc" / "t-depannage.toml"), "--trainee", "ana", "--machine",
                            str(tmp_path / state)], input=stdin, capture_output=True, text=True, encoding="utf-8",
                           env=env, cwd=tmp_path, timeout=120)
        assert r.returncode == 0, r.stderr
    with Store(tmp_path / "lab.db") as store:
        e = Engine(store)
        [book] = build(e, rule="best")
        [line] = book.lines
        assert (line.attempts, line.pending, line.counted) == (3, 3, None)
        write_csv(tmp_path / "attente.csv", [book])
        head, values = read_csv(tmp_path / "attente.csv", ";")
        row = dict(zip(head, values, strict=True))
        assert (row["tentatives"], row["grille_en_attente"], row["note"]) == ("3", "oui", "")
        for a in e.list(limit=None):
            for item in ("reformule", "explique"):
                e.set_rubric(a, "client", item, 0)
        got = {}
        for rule, sep in (("best", ";"), ("last", ";"), ("average", ",")):
            write_csv(tmp_path / f"{rule}.csv", build(e, rule=rule), sep)
            head, row = read_csv(tmp_path / f"{rule}.csv", sep)
            got[rule] = dict(zip(head, row, strict=True))
    b, last, avg = got["best"], got["last"], got["average"]
    assert b["stagiaire"] == "ana" and b["tentatives"] == "3" and b["regle"] == "best" and b["grille_en_attente"] == "non"
    assert b["note"] == "6,00" and b["sur"] == "20,00" and b["B2.2 %"] == "100,00"
    assert last["regle"] == "last" and last["note"] == "1,00"
    assert avg["note"] == "2.67" and avg["pourcentage"] == "13.33" and avg["note_sur_20"] == "2.67"
