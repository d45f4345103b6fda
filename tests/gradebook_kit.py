"""A gradebook worked out by hand, shared by the core and UI tests: three trainees, attempts of
different maxima (a scenario whose version 2 has 20 points where version 1 has 12; blocks whose
scenarios have 18, 12/20 and 21 points), a mock exam session, a practice attempt and an attempt
still to grade. Every attempt is a rubric graded by the trainer, so its score is exactly the
points given. The expected values below are computed by hand in the comments, shown as the
screen, the PDF and the CSV show them (English, decimal point; rounded half-up at display).
"""

from __future__ import annotations

from pathlib import Path

from clock_kit import Clock as BaseClock

from aimm_lab.exam.engine import Engine
from aimm_lab.scenarios.loader import load_file
from aimm_lab.store.db import Store
from aimm_lab.trainer.gradebook import set_entered_mark
from aimm_lab.trainer.sessions import Sessions

RULES = ("best", "last", "average")
SESSION = "Examen blanc de mars"



class Clock(BaseClock):
    def __init__(self, start: str = "2026-03-12T08:30:00.000Z"):
        super().__init__(start)

    def advance(self, seconds: float) -> int:
        self.t += int(round(seconds * 1000))
        return self.t


def scenario_file(folder: Path, sid: str, block: str, version: int, points: int):
    """A scenario with one rubric item worth `points` (its maximum), for block `block`."""
    p = folder / f"{sid}-v{version}.toml"
    p.write_text(f'''schema = 1
id = "{sid}"
version = {version}
block = "{block}"
competences = ["{block}.1"]
kind = "diagnosis"
difficulty = 1
duration_minutes = 60
platforms = ["linux", "windows"]

[title]
fr = "Épreuve {block} ({points} points)"
en = "Test {block} ({points} points)"

[brief]
fr = "Travail noté par le formateur."
en = "Work graded by the trainer."

[[tasks]]
id = "travail"
kind = "rubric"
points = {points}
title.fr = "Travail"
title.en = "Work"
  [[tasks.rubric]]
  id = "tout"
  fr = "Travail complet"
  en = "Complete work"
  points = {points}
''', encoding="utf-8")
    return load_file(p)


def make_gradebook(folder: Path) -> Store:
    """The database of the worked example, in `folder` (its scenarios beside it). Returns the open store."""
    folder.mkdir(parents=True, exist_ok=True)
    b1 = scenario_file(folder, "t-b1", "B1", 1, 18)
    b2 = scenario_file(folder, "t-b2", "B2", 1, 12)
    b2v2 = scenario_file(folder, "t-b2", "B2", 2, 20)
    b3 = scenario_file(folder, "t-b3", "B3", 1, 21)
    store = Store(folder / "carnet.db")
    clock = Clock()
    e = Engine(store, now=clock)
    api = Sessions(e)
    s = api.create(SESSION, "2026-03-12", platform="linux", seed=1)
    for sc in (b1, b2, b3):
        api.set_test(s.id, sc)
    api.add_trainee(s.id, "Alice Martin")
    api.add_trainee(s.id, "Chloé Durand")

    def take(name, sc, points, *, mode="exam", session_block=None):
        clock.advance(600)
        a = api.start(s.id, name, session_block, sc) if session_block else e.start(sc, name, mode)
        clock.advance(1800)
        a = e.submit(a)
        if points is not None:
            e.set_rubric(a, "travail", "tout", points)
        return a

    # Alice: the session's three tests, then B2 again outside it, on version 2 (out of 20).
    take("Alice Martin", b1, 6.5, session_block="B1")
    take("Alice Martin", b2, 11, session_block="B2")
    take("Alice Martin", b3, 12.5, session_block="B3")
    take("Alice Martin", b2v2, 8)
    api.update_trainee(s.id, "Alice Martin", interview_mark="12")
    for comp, mark in (("continuous", "12"), ("social", "15"), ("tutor", "14")):
        set_entered_mark(store, "Alice Martin", comp, mark)
    # Bruno: no session; B1 twice, B2 on both versions, B3 in exam and in practice.
    e.add_trainee("Bruno Petit")
    take("Bruno Petit", b1, 9)
    take("Bruno Petit", b2, 6)
    take("Bruno Petit", b1, 13.5)
    take("Bruno Petit", b2v2, 15)
    take("Bruno Petit", b3, 21)
    take("Bruno Petit", b3, 10, mode="practice")
    set_entered_mark(store, "Bruno Petit", "continuous", "10,5")
    # Chloé: the session's three tests, B1 again outside it, and a B3 attempt not graded yet.
    take("Chloé Durand", b1, 17, session_block="B1")
    take("Chloé Durand", b2, 5, session_block="B2")
    take("Chloé Durand", b3, 14, session_block="B3")
    take("Chloé Durand", b1, 9)
    take("Chloé Durand", b3, None)
    api.update_trainee(s.id, "Chloé Durand", interview_mark="11")
    for comp, mark in (("continuous", "9.5"), ("social", "12"), ("tutor", "8")):
        set_entered_mark(store, "Chloé Durand", comp, mark)
    return store


# --------------------------------------------------------------------------- worked by hand
# A scenario line: (score, max, percent, mark out of 20), rounded half-up at display.
# "average" = points earned / points possible over every attempt (sum of scores / sum of maxima);
# score and max are the means, so score / max = percent / 100 = mark / 20.

LINES = {
    "Alice Martin": {
        # 6.5/18: 36.111...% ; 6.5 x 20 / 18 = 7.222...
        ("t-b1", "exam"): {r: ("6.50", "18.00", "36.11", "7.22") for r in RULES},
        ("t-b2", "exam"): {
            "best": ("11.00", "12.00", "91.67", "18.33"),  # 11/12 = 91.666...% beats 8/20 = 40 %
            "last": ("8.00", "20.00", "40.00", "8.00"),  # 8/20, taken last
            # (11 + 8) / (12 + 20) = 19/32 = 59.375 % -> 59.38; mean 9.5 / 16; 19 x 20 / 32 = 11.875 -> 11.88
            # (the mean of the percentages, (91.67 + 40) / 2 = 65.83, would disagree with 9.5 / 16)
            "average": ("9.50", "16.00", "59.38", "11.88"),
        },
        # 12.5/21: 59.5238...% ; 12.5 x 20 / 21 = 11.9047...
        ("t-b3", "exam"): {r: ("12.50", "21.00", "59.52", "11.90") for r in RULES},
    },
    "Bruno Petit": {
        ("t-b1", "exam"): {
            "best": ("13.50", "18.00", "75.00", "15.00"),  # 13.5/18 = 75 % beats 9/18
            "last": ("13.50", "18.00", "75.00", "15.00"),
            "average": ("11.25", "18.00", "62.50", "12.50"),  # 22.5/36 = 62.5 %; 22.5 x 20 / 36 = 12.5
        },
        ("t-b2", "exam"): {
            "best": ("15.00", "20.00", "75.00", "15.00"),  # 15/20 = 75 % beats 6/12 = 50 %
            "last": ("15.00", "20.00", "75.00", "15.00"),
            # (6 + 15) / (12 + 20) = 21/32 = 65.625 % -> 65.63; mean 10.5 / 16; 21 x 20 / 32 = 13.125 -> 13.13
            "average": ("10.50", "16.00", "65.63", "13.13"),
        },
        ("t-b3", "exam"): {r: ("21.00", "21.00", "100.00", "20.00") for r in RULES},
        # 10/21 = 47.619...% ; 10 x 20 / 21 = 9.5238...
        ("t-b3", "practice"): {r: ("10.00", "21.00", "47.62", "9.52") for r in RULES},
    },
    "Chloé Durand": {
        ("t-b1", "exam"): {
            "best": ("17.00", "18.00", "94.44", "18.89"),  # 17/18 = 94.44 %; 340/18 = 18.888...
            "last": ("9.00", "18.00", "50.00", "10.00"),
            "average": ("13.00", "18.00", "72.22", "14.44"),  # 26/36 = 72.222 %; 520/36 = 14.444...
        },
        ("t-b2", "exam"): {r: ("5.00", "12.00", "41.67", "8.33") for r in RULES},  # 5/12; 100/12 = 8.333...
        # two attempts, one still to grade: only 14/21 counts: 66.666...%, 280/21 = 13.333...
        ("t-b3", "exam"): {r: ("14.00", "21.00", "66.67", "13.33") for r in RULES},
    },
}
PENDING = {("Chloé Durand", "t-b3", "exam"): 1}
ATTEMPTS = {("Alice Martin", "t-b2", "exam"): 2, ("Bruno Petit", "t-b1", "exam"): 2, ("Bruno Petit", "t-b2", "exam"): 2,
            ("Chloé Durand", "t-b1", "exam"): 2, ("Chloé Durand", "t-b3", "exam"): 2}
VERSIONS = {("Alice Martin", "t-b2", "exam"): "1,2", ("Bruno Petit", "t-b2", "exam"): "1,2"}


def block_marks(rule: str) -> dict[str, dict[str, str]]:
    """Each block's mark: its exam lines (one scenario per block here), so the line's mark out of 20."""
    return {name: {sid.replace("t-b", "B"): v[rule][3] for (sid, mode), v in lines.items() if mode == "exam"}
            for name, lines in LINES.items()}


# The jury grid does not depend on the rule: the session's tests (or, without one, the latest
# graded exam attempt of each block).
JURY = {
    "Alice Martin": {
        # parts: 6.5/18 -> 65/9 = 7.22...; 11/12 -> 55/3 = 18.33...; 12.5/21 -> 250/21 = 11.904...; interview 12
        "parts": {"B1": "7.22", "B2": "18.33", "B3": "11.90", "interview": "12.00"},
        # (2 x 65/9 + 2 x 55/3 + 2 x 250/21 + 12) / 7 = (910 + 2310 + 1500 + 756) / 441 = 5476/441 = 12.4172... -> 12.42
        # (rounding the tests first: (2 x 7.22 + 2 x 18.33 + 2 x 11.90 + 12) / 7 = 86.90 / 7 = 12.414 -> 12.41)
        "final": "12.42",
        "marks": {"continuous": "12.00", "social": "15.00", "tutor": "14.00"},
        # 3.6 + 1.5 + 4.2 + 0.3 x 5476/441 (= 3.72517...) = 13.02517... (rounded first: 13.023 -> 13.02)
        "points": ["3.600", "1.500", "4.200", "3.725"],
        "total": "13.025",
        "result": "13.03",
    },
    "Bruno Petit": {
        # no session: the latest graded exam attempts, 13.5/18 -> 15, 15/20 -> 15, 21/21 -> 20; no interview mark
        "parts": {"B1": "15.00", "B2": "15.00", "B3": "20.00", "interview": "—"},
        "final": "—",
        "marks": {"continuous": "10.50", "social": "—", "tutor": "—"},
        "points": ["3.150", "—", "—", "—"],
        "total": None,
        "result": None,
    },
    "Chloé Durand": {
        # 17/18 -> 170/9 = 18.888...; 5/12 -> 25/3 = 8.333...; 14/21 -> 40/3 = 13.333...; interview 11
        "parts": {"B1": "18.89", "B2": "8.33", "B3": "13.33", "interview": "11.00"},
        # (340/9 + 50/3 + 80/3 + 11) / 7 = (340 + 390 + 99) / 63 = 829/63 = 13.1587... -> 13.16
        "final": "13.16",
        "marks": {"continuous": "9.50", "social": "12.00", "tutor": "8.00"},
        # 2.85 + 1.2 + 2.4 + 0.3 x 829/63 (= 3.947619...) = 10.397619... -> 10.398 / 10.40
        "points": ["2.850", "1.200", "2.400", "3.948"],
        "total": "10.398",
        "result": "10.40",
    },
}
