"""The trainer's command line: `gradebook export --pdf` (the jury grids, laid out by Qt without a
screen) and `attempts import` given a folder of bundles from the lab PCs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from decimal import Decimal

import pytest
from attempt_kit import TRAINER_PIN, set_trainer_pin
from trainer_kit import TESTS, Clock, answer_everything, engine_on, grade_rubrics, scenario

from aimm_lab.exam.bundles import export_bundle
from aimm_lab.store.db import Store
from aimm_lab.trainer.gradebook import build, set_entered_mark
from aimm_lab.trainer.sessions import Sessions

SECRET = "secret-du-labo-2026"


def cli(tmp, *args, db="trainer.db", lang="fr", stdin=""):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(AIMM_LAB_LANG=lang, AIMM_LAB_SECRET=SECRET)
    # The `aimm-lab` entry point (ui.launcher): the core's command line lent the PDF layout.
    return subprocess.run([sys.executable, "-m", "ui.launcher", "--db", str(tmp / db), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=tmp, timeout=120, input=stdin)


def pdf_text(path) -> str | None:
    if not shutil.which("pdftotext"):
        return None
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def graded(tmp_path):
    """A trainer's database: a session whose three tests Alice took and the trainer graded."""
    clock = Clock()
    with Store(tmp_path / "trainer.db") as store:
        api = Sessions(engine_on(store, TESTS["B1"], "broken", clock))
        s = api.create("Examen blanc", "2026-03-12", platform="linux", seed=4)
        for sid in TESTS.values():
            api.set_test(s.id, scenario(sid))
        api.add_trainee(s.id, "Alice Martin")
        for block, sid in TESTS.items():
            a = Sessions(engine_on(store, sid, "broken", clock)).start(s.id, "Alice Martin", block, scenario(sid))
            clock.advance(1200)
            after = engine_on(store, sid, "solved", clock)
            answer_everything(after, a)
            a = after.submit(a)
            grade_rubrics(after, a, 1.0)
        api.update_trainee(s.id, "Alice Martin", interview_mark="13")
        for comp, mark in (("continuous", "12"), ("social", "15"), ("tutor", "14")):
            set_entered_mark(store, "Alice Martin", comp, mark)
        from aimm_lab.exam.engine import Engine

        [book] = build(Engine(store))
    return tmp_path, book


def test_jury_grid_pdf_from_the_command_line_without_a_screen(graded):
    tmp, book = graded
    # Every block at 20: final (2 x 20 x 3 + 13) / 7 = 133 / 7 = 19.00; 3.6 + 1.5 + 4.2 + 5.7 = 15.00
    assert book.jury.result == Decimal("15.00")
    r = cli(tmp, "gradebook", "export", "--pdf", "grilles.pdf", "--csv", "carnet.csv")
    assert r.returncode == 0, r.stderr
    assert "1 grille(s) du jury écrite(s)" in r.stdout and "ligne(s) écrite(s)" in r.stdout
    pdf = tmp / "grilles.pdf"
    assert pdf.read_bytes()[:4] == b"%PDF" and (tmp / "carnet.csv").exists()
    text = pdf_text(pdf)
    if text is not None:
        assert "Grille du jury — Alice Martin" in text
        assert "15,00 / 20" in text and "19,00" in text and "2/7" in text and "1/7" in text
        assert "Valable" in text and "11/03/2031" in text
    en = cli(tmp, "gradebook", "export", "--pdf", "jury-en.pdf", "--trainee", "Alice Martin", lang="en")
    assert en.returncode == 0, en.stderr
    text = pdf_text(tmp / "jury-en.pdf")
    if text is not None:
        assert "Jury grid — Alice Martin" in text and "15.00 / 20" in text


def test_core_command_line_alone_says_the_pdf_needs_the_application(graded):
    tmp, _ = graded
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(AIMM_LAB_LANG="fr")
    r = subprocess.run([sys.executable, "-m", "aimm_lab", "--db", str(tmp / "trainer.db"), "gradebook", "export",
                        "--pdf", "x.pdf"], capture_output=True, text=True, encoding="utf-8", env=env, cwd=tmp,
                       timeout=120)
    assert r.returncode == 2 and "aimm-lab" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp / "x.pdf").exists()


def test_pdf_export_refuses_bad_requests_clearly(graded):
    tmp, _ = graded
    r = cli(tmp, "gradebook", "export", "--pdf", "x.pdf", "--trainee", "Personne")
    assert r.returncode == 2 and "stagiaire inconnu « Personne »" in r.stderr and "Traceback" not in r.stderr
    r = cli(tmp, "gradebook", "export")
    assert r.returncode == 2 and "--csv" in r.stderr and "--pdf" in r.stderr
    r = cli(tmp, "gradebook", "export", "--pdf", str(tmp / "absent" / "x.pdf"))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert not (tmp / "x.pdf").exists()


def test_attempts_import_takes_a_folder_of_bundles(tmp_path):
    clock = Clock()
    share = tmp_path / "partage"
    for pc, trainee in (("pc07", "Inès Moreau"), ("pc08", "Tom Garnier")):
        with Store(tmp_path / f"{pc}.db") as s:
            a = engine_on(s, TESTS["B3"], "broken", clock).start(scenario(TESTS["B3"]), trainee, "exam")
            after = engine_on(s, TESTS["B3"], "solved", clock)
            answer_everything(after, a)
            after.submit(a)
            export_bundle(after, share / pc, SECRET.encode())
    with Store(tmp_path / "trainer.db") as s:
        set_trainer_pin(s)
    r = cli(tmp_path, "attempts", "import", str(share), "--pin-stdin", stdin=TRAINER_PIN + "\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("1 tentative(s) ajoutée(s)") == 2
    again = cli(tmp_path, "attempts", "import", str(share), "--pin-stdin", stdin=TRAINER_PIN + "\n")
    assert again.returncode == 0 and again.stdout.count("1 déjà à jour") == 2
    (tmp_path / "vide").mkdir()
    empty = cli(tmp_path, "attempts", "import", str(tmp_path / "vide"), "--pin-stdin", stdin=TRAINER_PIN + "\n")
    assert "Aucun lot de résultats" in empty.stderr
    with Store(tmp_path / "trainer.db") as s:
        assert s.count_attempts() == 2
