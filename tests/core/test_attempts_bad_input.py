"""Bad input for attempts: an unknown scenario, a scenario changed on disk, a corrupt, locked,
read-only or full database, and nonsense typed into the runner. Each gives a clear message in
French and English, never a traceback, and loses nothing already saved."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from attempt_kit import BROKEN, SCENARIO, SOLVED, Clock, machine, profile, state, write_scenario, write_state

from aimm_lab.cli import main
from aimm_lab.exam.engine import Engine
from aimm_lab.scenarios.loader import load_file
from aimm_lab.store.db import Store, StoreError


def cli(tmp: Path, *args: str, stdin: str = "", lang: str = "fr") -> subprocess.CompletedProcess:
    env = dict(os.environ, AIMM_LAB_LANG=lang)
    return subprocess.run([sys.executable, "-m", "aimm_lab.cli", "--db", str(tmp / "lab.db"), *args], input=stdin,
                          capture_output=True, text=True, encoding="utf-8", env=env, cwd=tmp, timeout=120)


def no_traceback(p: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in p.stderr + p.stdout and "Erreur interne" not in p.stderr, p.stderr


@pytest.fixture
def lab(tmp_path):
    write_scenario(tmp_path / "sc")
    write_state(tmp_path, BROKEN, "broken.json")
    write_state(tmp_path, SOLVED, "solved.json")
    return tmp_path


def run_args(tmp, *more):
    return ("run", str(tmp / "sc" / "t-depannage.toml"), "--trainee", "zoe", "--machine", str(tmp / "broken.json"),
            *more)


def test_unknown_scenario(lab):
    p = cli(lab, "run", "b9-inconnu", "--trainee", "zoe")
    assert p.returncode == 2 and "scénario inconnu « b9-inconnu »" in p.stderr
    no_traceback(p)
    p = cli(lab, "run", "b9-inconnu", "--trainee", "zoe", lang="en")
    assert p.returncode == 2 and 'unknown scenario "b9-inconnu"' in p.stderr
    p = cli(lab, "run", str(lab / "missing.toml"))
    assert p.returncode == 2 and "introuvable" in p.stderr


def test_scenario_changed_on_disk_keeps_its_version(lab):
    p = cli(lab, *run_args(lab, "--minutes", "60"), stdin="check\nquit\n")
    assert p.returncode == 0, p.stderr
    path = lab / "sc" / "t-depannage.toml"
    path.write_text(SCENARIO.replace("version = 1", "version = 2").replace('id = "quiz"', 'id = "questions"'),
                    encoding="utf-8")
    p = cli(lab, *run_args(lab), stdin="status\nquit\n")
    assert p.returncode == 0, p.stderr
    assert "a changé depuis le début (v1 → v2) : cette tentative garde la version v1" in p.stdout
    assert "[quiz] Questions" in p.stdout and "[questions]" not in p.stdout  # the tasks of v1
    shown = json.loads(cli(lab, "attempts", "list", "--json").stdout)
    assert [a["scenario_version"] for a in shown] == [1]


def test_corrupt_database_is_reported_and_left_alone(lab):
    db = lab / "lab.db"
    db.write_bytes(os.urandom(8192))
    before = db.read_bytes()
    for args in (("attempts", "list"), run_args(lab), ("attempts", "verify")):
        p = cli(lab, *args, stdin="quit\n")
        assert p.returncode == 2 and "endommagée ou n'est pas une base AIMM Lab" in p.stderr, p.stderr
        no_traceback(p)
    assert db.read_bytes() == before


def test_a_truncated_database_after_saving(lab):
    """A database cut in half (a copy interrupted, a bad disk): clear message, never a traceback."""
    p = cli(lab, *run_args(lab), stdin="check\ncheck\nquit\n")
    assert p.returncode == 0
    with sqlite3.connect(lab / "lab.db") as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = (lab / "lab.db").read_bytes()
    (lab / "lab.db").write_bytes(data[: len(data) // 3])
    p = cli(lab, "attempts", "show", "0000")
    assert p.returncode == 2
    no_traceback(p)


def test_locked_database_loses_nothing(lab):
    s = load_file(lab / "sc" / "t-depannage.toml")
    store = Store(lab / "lab.db", timeout=0.3)
    e = Engine(store, machine(BROKEN), profile=profile(), now=Clock(), fault_check=False)
    a = e.start(s, "zoe", "exam")
    e.check(a)
    other = sqlite3.connect(lab / "lab.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    with pytest.raises(StoreError) as err:
        e.check(a)
    assert err.value.kind == "locked" and "occupée" in err.value.message("fr") and "busy" in err.value.message("en")
    assert "Rien de ce qui était déjà enregistré n'est perdu" in err.value.message("fr")
    assert e.get(a).events == 2  # reading still works while it is locked
    other.execute("ROLLBACK")
    other.close()
    assert e.check(a).seq == 3  # and writing works again once it is free
    assert all(v.ok for v in e.verify())
    store.close()


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MiB file system, so that the disk really fills up."""
    if not sys.platform.startswith("linux"):
        pytest.skip("a small tmpfs file system is mounted with Linux's mount")
    mnt = tmp_path / "small"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True)
    if r.returncode != 0:
        pytest.skip("mounting a small file system needs root: " + r.stderr.decode(errors="replace"))
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_full_disk_while_writing(lab, small_disk):
    s = load_file(lab / "sc" / "t-depannage.toml")
    store = Store(small_disk / "lab.db")
    big = Engine(store, machine(state(padding=1500)), profile=profile(), now=Clock(), fault_check=False)  # ~170 KB per check
    a = big.start(s, "zoe", "exam")
    (small_disk / "other-files").write_bytes(b"x" * 300_000)  # something else on the disk
    saved = []
    with pytest.raises(StoreError) as err:
        for _ in range(50):
            saved.append(big.check(a).seq)
    assert err.value.kind == "full", err.value.message("en")
    assert "plein" in err.value.message("fr") and "full" in err.value.message("en")
    assert saved, "nothing could be saved before the disk was full"
    seqs = [ev.seq for ev in big.events(a)]
    assert seqs == list(range(1, saved[-1] + 1))  # everything saved is there, nothing half-written
    assert store.integrity_check() == "ok"
    assert all(v.ok for v in big.verify())
    # Once space is freed, saving works again, on the same journal.
    (small_disk / "other-files").unlink()
    assert big.check(a).seq == saved[-1] + 1
    store.close()
    with Store(small_disk / "lab.db") as store:
        assert Engine(store).get(a.id).events == saved[-1] + 1 and store.integrity_check() == "ok"


def test_full_disk_in_the_runner(lab, small_disk):
    write_state(lab, state(padding=1500), "big.json")
    env = dict(os.environ, AIMM_LAB_LANG="fr")
    p = subprocess.run([sys.executable, "-m", "aimm_lab.cli", "--db", str(small_disk / "lab.db"), "run",
                        str(lab / "sc" / "t-depannage.toml"), "--trainee", "zoe", "--minutes", "60", "--machine",
                        str(lab / "big.json")], input="check\n" * 40 + "status\nquit\n", capture_output=True,
                       text=True, encoding="utf-8", env=env, timeout=120)
    no_traceback(p)
    assert p.returncode in (0, 2), p.stderr
    assert "le disque de la base" in p.stderr and "est plein" in p.stderr
    with Store(small_disk / "lab.db") as store:
        assert store.integrity_check() == "ok"
        acked = [int(x.rsplit("[#", 1)[1].rstrip("]")) for x in p.stdout.splitlines() if x.endswith("]")
                 and "[#" in x]
        events = {ev.seq for aid in store.all_attempt_ids() for ev in store.events(aid)}
        assert set(acked) <= events


def test_read_only_database(lab, small_disk):
    """A database on a medium mounted read-only (a write-protected key, a read-only share)."""
    s = load_file(lab / "sc" / "t-depannage.toml")
    with Store(small_disk / "lab.db") as store:
        e = Engine(store, machine(BROKEN), profile=profile(), now=Clock(), fault_check=False)
        a = e.start(s, "zoe", "exam")
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        with pytest.raises(StoreError) as err:
            Store(small_disk / "lab.db")
        assert err.value.kind == "readonly"
        assert "lecture seule" in err.value.message("fr") and "read-only" in err.value.message("en")
        env = dict(os.environ, AIMM_LAB_LANG="en")
        p = subprocess.run([sys.executable, "-m", "aimm_lab.cli", "--db", str(small_disk / "lab.db"), "attempts",
                            "list"], capture_output=True, text=True, env=env, timeout=60)
        assert p.returncode == 2 and "read-only medium" in p.stderr
        no_traceback(p)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    with Store(small_disk / "lab.db") as store:
        assert Engine(store).get(a.id).events == 1 and store.integrity_check() == "ok"


def test_nonsense_typed_into_the_runner(lab):
    (lab / "bad.json").write_text("{not json", encoding="utf-8")
    typed = "\n".join([
        "chek", "hint", "hint nulle-part", "quiz quiz pas-du-json", "quiz quiz [9]", "document devis",
        "document devis absent.json", "document devis bad.json", "check tâche-inconnue", "report", "champ sans égal",
        "inconnu = x", ".", "status", "quit"]) + "\n"
    p = cli(lab, *run_args(lab), stdin=typed)
    no_traceback(p)
    assert p.returncode == 0, p.stderr
    for text in ("Commande inconnue « chek » (vouliez-vous dire « check » ?)", "hint TÂCHE", "tâche inconnue « nulle-part »",
                 "réponses en JSON", "question 1", "document TÂCHE FICHIER.json", "lecture impossible",
                 "JSON invalide", "ligne ignorée", "champ de rapport inconnu « inconnu »"):
        assert text in p.stderr, text
    assert "Tentative laissée en cours" in p.stdout
    listed = json.loads(cli(lab, "attempts", "list", "--json").stdout)
    assert len(listed) == 1 and listed[0]["event_count"] == 2  # started and the first reading: nothing else


def test_bad_command_line_input(lab, capsys):
    db = str(lab / "lab.db")
    assert main(["--db", db, "attempts", "show", "abcdef12"]) == 2
    assert "tentative inconnue « abcdef12 »" in capsys.readouterr().err
    assert main(["--db", db, "attempts", "import", str(lab / "nope.json")]) == 2
    err = capsys.readouterr().err
    assert "aucun code formateur" in err  # a trainer action: the PIN comes first
    os.environ.pop("AIMM_LAB_SECRET", None)
    assert main(["--db", db, "attempts", "export", "--out", str(lab / "out")]) == 2
    assert "aucun secret du formateur" in capsys.readouterr().err
    assert main(["--db", db, "run", str(lab / "sc" / "t-depannage.toml"), "--minutes", "0"]) == 2
    assert main(["--db", str(lab / "nowhere" / "x.db"), "attempts", "list"]) == 2
    assert "n'existe pas" in capsys.readouterr().err
    assert main(["--db", db, "attempts", "add-time", uuid.uuid4().hex, "5"]) == 2
    assert "aucun code formateur" in capsys.readouterr().err
