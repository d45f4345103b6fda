"""The command line of attempts: the terminal runner against the real clock, listing, showing,
verifying, exporting, importing and the gradebook."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from attempt_kit import (
    BROKEN,
    GOOD_QUOTE,
    SOLVED,
    TRAINER_PIN,
    machine,
    profile,
    set_trainer_pin,
    write_scenario,
    write_state,
)

from aimm_lab.exam.clock import now_ms, parse_iso
from aimm_lab.exam.engine import Engine
from aimm_lab.scenarios.loader import load_file
from aimm_lab.store.db import Store

SECRET = "secret de la salle B12"


def cli(tmp: Path, *args: str, stdin: str = "", db: str = "lab.db", lang: str = "fr", timeout: float = 120):
    env = dict(os.environ, AIMM_LAB_LANG=lang, AIMM_LAB_SECRET=SECRET)
    return subprocess.run([sys.executable, "-m", "aimm_lab.cli", "--db", str(tmp / db), *args], input=stdin,
                          capture_output=True, text=True, encoding="utf-8", env=env, cwd=tmp, timeout=timeout)


@pytest.fixture
def lab(tmp_path):
    write_scenario(tmp_path / "sc")
    write_state(tmp_path, BROKEN, "broken.json")
    write_state(tmp_path, SOLVED, "solved.json")
    (tmp_path / "quote.json").write_text(json.dumps(GOOD_QUOTE), encoding="utf-8")
    return tmp_path


def run(tmp, trainee, *more, state="broken.json", stdin="quit\n", **kw):
    """The terminal runner; `state=None`: on this PC (an exam cannot run on a recorded state)."""
    machine_args = ("--machine", str(tmp / state)) if state else ()
    return cli(tmp, "run", str(tmp / "sc" / "t-depannage.toml"), "--trainee", trainee, *machine_args,
               *more, stdin=stdin, **kw)


def with_pin(tmp, db="lab.db"):
    with Store(tmp / db) as s:
        set_trainer_pin(s)


def started_in_the_past(tmp, trainee, minutes, ago_s):
    """An exam attempt that started `ago_s` seconds ago (real wall clock)."""
    with Store(tmp / "lab.db") as store:
        t = now_ms() - int(ago_s * 1000)
        e = Engine(store, machine(BROKEN), profile=profile(), now=lambda: t)
        return e.start(load_file(tmp / "sc" / "t-depannage.toml"), trainee, "exam", minutes=minutes).id


def test_runner_warns_then_submits_at_the_deadline(lab):
    aid = started_in_the_past(lab, "noe", 60, 60 * 60 - 4)  # 4 seconds left
    env = dict(os.environ, AIMM_LAB_LANG="fr")
    proc = subprocess.Popen([sys.executable, "-m", "aimm_lab.cli", "--db", str(lab / "lab.db"), "run",
                             str(lab / "sc" / "t-depannage.toml"), "--trainee", "noe"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env)
    try:
        proc.wait(timeout=60)  # nothing typed, input left open: the clock alone ends the attempt
    finally:
        proc.stdin.close()
        out, err = proc.stdout.read(), proc.stderr.read()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == 0, err
    assert "Reprise de la tentative" in out
    assert "Attention : il reste moins de 10 minutes." in out and "il reste moins de 5 minutes" in out
    assert "Temps écoulé : tentative remise automatiquement" in out
    assert "Les résultats seront communiqués par le formateur." in out
    shown = json.loads(cli(lab, "attempts", "show", aid, "--json").stdout)
    assert shown["status"] == "expired" and shown["submitted_at"] == shown["deadline"]
    kinds = [e["kind"] for e in shown["events"]]
    assert kinds[-2:] == ["check", "submitted"] and kinds.count("warning") == 2
    final = shown["events"][-2]["data"]
    assert final["purpose"] == "final" and final["state"]["sections"] == ["network"]  # what the checks read
    assert final["result"]["tasks"][0]["outcome"] in ("PASS", "FAIL", "ERROR")  # this PC's evidence at the deadline
    assert "machine" not in final  # read from this PC, not from a recorded state


def test_runner_start_expires_what_ran_out_while_it_was_off(lab):
    aid = started_in_the_past(lab, "ugo", 30, 45 * 60)
    p = run(lab, "ugo")
    assert p.returncode == 0, p.stderr
    assert f"La tentative {aid[:8]} (ugo, t-depannage) a atteint son échéance" in p.stdout
    assert "pendant que le programme était arrêté : remise automatiquement maintenant" in p.stdout
    assert "15 min après l'échéance" in p.stdout
    assert "Tentative " in p.stdout and "Reprise" not in p.stdout  # a new attempt, the old one is over
    rows = {a["id"]: a for a in json.loads(cli(lab, "attempts", "list", "--json").stdout)}
    assert rows[aid]["status"] == "expired" and len(rows) == 2


def test_runner_exam_session_and_listing(lab):
    p = run(lab, "rose", "--mode", "exam", "--minutes", "45", state=None,
            stdin="check\nrecord\ndocument devis quote.json\nquiz quiz [0, [0, 2], [0, 1, 2], [0, 1]]\nquit\n")
    assert p.returncode == 0, p.stderr
    assert "État du poste enregistré. Les résultats seront communiqués par le formateur. [#3]" in p.stdout
    assert "✘" not in p.stdout  # no result shown in an exam
    p = run(lab, "rose", state=None, stdin="status\ncheck\nsubmit\n")
    assert "Reprise de la tentative" in p.stdout and "Tentative remise." in p.stdout
    listed = json.loads(cli(lab, "attempts", "list", "--json").stdout)
    a = listed[0]
    for key in ("id", "scenario_id", "scenario_version", "trainee", "mode", "status", "started_at", "deadline",
                "score", "max_score"):
        assert key in a
    assert a["mode"] == "exam" and a["status"] == "submitted" and a["trainee"] == "rose"
    assert parse_iso(a["deadline"]) - parse_iso(a["started_at"]) == 45 * 60_000 and a["deadline"].endswith("Z")
    assert a["max_score"] == 20 and 0 < a["score"] <= 20  # graded on this PC: its network decides the rest
    shown = json.loads(cli(lab, "attempts", "show", a["id"][:8], "--json").stdout)
    assert [e["seq"] for e in shown["events"]] == list(range(1, len(shown["events"]) + 1))
    assert shown["score_sheet"]["by_block"]["B3"]["max"] == 20.0
    text = cli(lab, "attempts", "show", a["id"], lang="en").stdout
    assert "not released to the trainee" in text and "started" in text
    with_pin(lab)
    rel = cli(lab, "attempts", "release", a["id"], "--by", "prof", "--pin-stdin", stdin=TRAINER_PIN + "\n")
    assert rel.returncode == 0 and "remise" in rel.stdout
    table = cli(lab, "attempts", "list").stdout
    assert a["id"][:8] in table and "rose" in table


def test_verify_export_import_and_tamper_through_the_command_line(lab):
    run(lab, "ana", stdin="check\nsubmit\n")
    run(lab, "ben", "--mode", "exam", state=None, stdin="check\nquit\n")
    with_pin(lab, "trainer.db")
    v = cli(lab, "attempts", "verify")
    assert v.returncode == 0 and "2 tentative(s) vérifiée(s), 0 modifiée(s)" in v.stdout
    out = cli(lab, "attempts", "export", "--out", str(lab / "out"))
    assert out.returncode == 0, out.stderr
    bundle = Path(out.stdout.strip().splitlines()[-1])
    imp = cli(lab, "attempts", "import", str(bundle), "--pin-stdin", stdin=TRAINER_PIN + "\n", db="trainer.db")
    assert imp.returncode == 0 and "2 tentative(s) ajoutée(s)" in imp.stdout
    again = cli(lab, "attempts", "import", str(bundle), str(bundle), "--pin-stdin", stdin=TRAINER_PIN + "\n",
                db="trainer.db")
    assert again.returncode == 0 and again.stdout.count("2 déjà à jour") == 2
    def history(db):
        return [{k: v for k, v in a.items() if k != "remaining_s"}
                for a in json.loads(cli(lab, "attempts", "list", "--json", db=db).stdout)]

    assert history("trainer.db") == history("lab.db")  # the same history on the trainer's PC

    data = json.loads(bundle.read_text(encoding="utf-8"))
    data["attempts"][0]["stored"]["score"] = 20.0
    bad = lab / "out" / "altere.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with_pin(lab, "other.db")
    refused = cli(lab, "attempts", "import", str(bad), "--pin-stdin", stdin=TRAINER_PIN + "\n", db="other.db")
    assert refused.returncode == 2 and "altere.json refusé : le contenu a été modifié" in refused.stderr
    assert json.loads(cli(lab, "attempts", "list", "--json", db="other.db").stdout) == []

    ana = json.loads(cli(lab, "attempts", "list", "--json", "--trainee", "ana").stdout)[0]["id"]
    with sqlite3.connect(lab / "lab.db") as c:
        c.execute("UPDATE attempts SET score = 19 WHERE id = ?", [ana])
    v = cli(lab, "attempts", "verify", "--json")
    assert v.returncode == 1
    report = json.loads(v.stdout)
    assert [t["id"] for t in report["tampered"]] == [ana] and report["integrity"] == "ok"
    assert cli(lab, "attempts", "verify").stdout.startswith(f"MODIFIÉE {ana} (ana, t-depannage)")


def test_gradebook_csv_with_the_trainers_rule(lab):
    run(lab, "ana", stdin="check\nsubmit\n")  # broken machine: low score
    run(lab, "ana", stdin="quit\n")  # started with the fault in place...
    run(lab, "ana", state="solved.json", stdin="check\nsubmit\n")  # ...resumed once solved: higher
    run(lab, "ana", stdin="submit\n")  # the last one, low again
    # The gradebook counts an attempt once the trainer graded its rubric (as the trainer's screen does).
    with_pin(lab)
    pending = cli(lab, "gradebook", "export", "--csv", "pending.csv")
    assert pending.returncode == 0, pending.stderr
    ids = [a["id"] for a in json.loads(cli(lab, "attempts", "list", "--json").stdout)]
    for attempt_id in ids:
        for item in ("reformule", "explique"):
            assert cli(lab, "attempts", "grade", attempt_id, "client", item, "0", "--pin-stdin",
                       stdin=TRAINER_PIN + "\n").returncode == 0
    assert cli(lab, "gradebook", "rule").stdout.startswith("best")
    best = cli(lab, "gradebook", "export", "--csv", "best.csv")
    assert best.returncode == 0, best.stderr
    assert cli(lab, "gradebook", "rule", "last", "--pin-stdin", stdin=TRAINER_PIN + "\n").returncode == 0
    cli(lab, "gradebook", "export", "--csv", "last.csv")
    cli(lab, "gradebook", "export", "--csv", "avg.csv", "--rule", "average", "--sep", ",")

    def rows(name, sep):
        with open(lab / name, encoding="utf-8-sig", newline="") as f:
            return list(csv.DictReader(f, delimiter=sep))

    waiting = rows("pending.csv", ";")[0]
    assert waiting["grille_en_attente"] == "oui" and waiting["note"] == ""
    b, last, avg = rows("best.csv", ";")[0], rows("last.csv", ";")[0], rows("avg.csv", ",")[0]
    assert b["stagiaire"] == "ana" and b["tentatives"] == "3" and b["regle"] == "best"
    assert b["note"] == "6,00" and b["sur"] == "20,00" and b["B2.2 %"] == "100,00"
    assert last["regle"] == "last" and last["note"] == "1,00"  # the broken PC: only the adapter, 1 of 2 points
    assert avg["note"] == "2.67" and avg["pourcentage"] == "13.33"


def test_runner_keeps_a_report_whose_one_field_is_unknown(lab):
    p = run(lab, "lina", stdin="report\nticket = T-42\ndiagnostique = ping ko\ntechnician = Lina\n.\nquit\n")
    assert p.returncode == 0, p.stderr
    assert "champ de rapport inconnu « diagnostique » (vouliez-vous dire « diagnosis » ?)" in p.stderr
    assert "root_cause" in p.stderr and "le reste est gardé" in p.stderr
    assert "Rapport enregistré." in p.stdout
    [a] = json.loads(cli(lab, "attempts", "list", "--json").stdout)
    shown = json.loads(cli(lab, "attempts", "show", a["id"], "--json").stdout)
    [ev] = [e for e in shown["events"] if e["kind"] == "report"]
    assert ev["data"]["fields"] == {"ticket": "T-42", "technician": "Lina"}


def test_runner_takes_a_session_test_with_its_length_and_the_trainees_extra_time(lab):
    from aimm_lab.trainer.sessions import Sessions

    sc = load_file(lab / "sc" / "t-depannage.toml")
    with Store(lab / "lab.db") as store:
        api = Sessions(Engine(store, machine(BROKEN), profile=profile()))
        s = api.create("Examen blanc de juin", "2026-06-15", platform="linux", test_minutes=75)
        api.set_test(s.id, sc)
        api.add_trainee(s.id, "Maya", extra_minutes=20)
        api.add_trainee(s.id, "Noa")
    p = run(lab, "Maya", "--mode", "exam", state=None)  # an exam reads this PC, never a recorded state
    assert p.returncode == 0, p.stderr
    assert "Épreuve B3 de la session « Examen blanc de juin » : 75 min + 20 min de temps supplémentaire." in p.stdout
    assert run(lab, "Maya", stdin="submit\n", state=None).returncode == 0  # one exam at a time: Maya hands in first
    p = run(lab, "Noa", "--session", "examen blanc de juin", "--minutes", "5", stdin="submit\n", state=None)
    assert "--minutes est ignoré" in p.stdout and "75 min." in p.stdout
    rows = {a["trainee"]: a for a in json.loads(cli(lab, "attempts", "list", "--json").stdout)}
    span = {k: (parse_iso(a["deadline"]) - parse_iso(a["started_at"])) // 60_000 for k, a in rows.items()}
    assert span == {"Maya": 95, "Noa": 75} and {a["mode"] for a in rows.values()} == {"exam"}
    with Store(lab / "lab.db") as store:
        api = Sessions(Engine(store, machine(BROKEN), profile=profile()))
        s = api.list()[0]
        assert {t.name: api.row(s, t)[2].attempt.id for t in s.trainees} == {k: a["id"] for k, a in rows.items()}
    p = run(lab, "Zoé", "--session", "Examen blanc de juni")
    assert p.returncode != 0 and "vouliez-vous dire « Examen blanc de juin »" in p.stderr
    p = run(lab, "Zoé", "--mode", "exam", "--minutes", "30", state=None)  # not in the session: a plain exam
    assert "session" not in p.stdout.lower()


def test_attempts_list_puts_its_summary_on_a_line_of_its_own(lab):
    run(lab, "rose")
    run(lab, "ugo")
    p = subprocess.run([sys.executable, "-m", "aimm_lab.cli", "--db", str(lab / "lab.db"), "attempts", "list"],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8",
                       env=dict(os.environ, AIMM_LAB_LANG="fr"), cwd=lab, timeout=60)
    lines = p.stdout.splitlines()
    assert lines[-1] == "2 tentative(s) affichée(s) sur 2"
    assert lines[-2] == "" and "ugo" in p.stdout.split(lines[-1])[0] and "rose" in lines[-3] + lines[-4]


def test_attempts_list_keeps_its_columns_with_wide_or_long_names(lab):
    from aimm_lab import names

    run(lab, "山田 花子 太郎 次郎 三郎 四郎")
    run(lab, "Ana")
    p = subprocess.run([sys.executable, "-m", "aimm_lab.cli", "--db", str(lab / "lab.db"), "attempts", "list"],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8",
                       env=dict(os.environ, AIMM_LAB_LANG="fr"), cwd=lab, timeout=60)
    rows = [line for line in p.stdout.splitlines() if "t-depannage" in line]
    assert len(rows) == 2
    # the scenario column starts at the same terminal column on both lines
    assert len({names.width(r[:r.index("t-depannage")]) for r in rows}) == 1, rows
    assert "山田 花子 太郎 次郎…" in p.stdout
