"""One gradebook on the screen and in the jury PDF: the gradebook page's tables, the jury grid's
HTML and the PDF laid out by Qt give the marks worked out by hand (tests/gradebook_kit.py) under
each rule, the same as the CSV written from the page; French shows decimal commas, English points;
each trainee's grid starts on its own page and fits on it."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from html import escape

import pytest
from gradebook_kit import JURY, LINES, RULES, block_marks, make_gradebook

from aimm_lab import fmt
from aimm_lab.exam.engine import Engine
from aimm_lab.trainer import gradebook as gb
from aimm_lab.trainer.jury import INDICATIVE, SIGN_HOW, SIGNATURES


class Lab:
    """What the gradebook page asks of the application's session: the engine."""

    def __init__(self, store):
        self._engine = Engine(store)

    def engine(self):
        return self._engine


DECIMAL_POINT = re.compile(r"(?<![A-Z\d])\d+\.\d")  # 12.5, but not a competence line's id (B1.1)


def fr(text: str | None) -> str:
    return "—" if text is None else text.replace(".", ",")


@pytest.fixture
def lab(tmp_path):
    store = make_gradebook(tmp_path / "lab")
    yield Lab(store)
    store.close()


@pytest.fixture
def page(app, qtbot, lab):
    from ui.trainer.gradebook_page import GradebookPage

    p = GradebookPage(lab)
    qtbot.addWidget(p)
    p.resize(1180, 760)
    p.show()
    qtbot.waitUntil(lambda: len(p.books) == 3 and p.book is not None, timeout=10000)
    return p


def cells(table, col: int) -> list[str]:
    return [table.item(r, col).text() if table.item(r, col) else "" for r in range(table.rowCount())]


def show(page, qtbot, rule: str, name: str):
    page.session.engine().store.set_setting("aggregate", rule)
    page.reload(name)
    qtbot.waitUntil(lambda: page.book is not None and page.book.name == name and page.book.rule == rule,
                    timeout=10000)


@pytest.mark.parametrize("rule", RULES)
def test_screen_pdf_html_and_csv_give_the_hand_worked_marks(page, qtbot, tmp_path, rule):
    from ui.trainer.pdf import jury_html

    for name, lines in LINES.items():
        show(page, qtbot, rule, name)
        # blocks: the mark of each under the rule
        assert cells(page.blocks, 1) == [fr(block_marks(rule)[name][b]) for b in ("B1", "B2", "B3")]
        # scenario lines: points, mark out of 20, percent
        want = {k: v[rule] for k, v in lines.items()}
        assert page.lines.rowCount() == len(want)
        for r, ln in enumerate(page.book.lines):
            score, maximum, pct, mark = want[(ln.scenario_id, ln.mode)]
            assert page.lines.item(r, 3).text() == f"{fr(score)} / {fr(maximum)}"
            assert page.lines.item(r, 4).text() == fr(mark)
            assert page.lines.item(r, 5).text() == fr(pct) + "\u00a0%"
        # the jury grid: marks to the hundredth, points to the thousandth, total and result
        j = JURY[name]
        assert cells(page.grid, 3) == [fr(p) if p == "—" else f"{fr(p)} / {w}"
                                       for p, w in zip(j["points"], ("6", "2", "6", "6"), strict=True)]
        assert cells(page.final, 2)[:3] + [page.interview_edit.text() or "—", cells(page.final, 2)[4]] == \
            [fr(j["parts"][p]) for p in ("B1", "B2", "B3", "interview")] + [fr(j["final"])]
        result = page.result.text()
        if j["result"]:
            assert f"{fr(j['total'])} / 20" in result and f"{fr(j['result'])} / 20" in result
        else:
            assert "incomplet" in result
        # the PDF's HTML, from the same book
        html = jury_html(page.book, "fr")
        for v in [fr(j["final"]), *[fr(x) for x in j["parts"].values() if x != "—"],
                  *[fr(block_marks(rule)[name][b]) for b in ("B1", "B2", "B3")], *[fr(p) for p in j["points"]]]:
            assert f">{v}<" in html or f">{v} / " in html, (name, v)
        if j["result"]:
            assert f"<b>{fr(j['result'])} / 20</b>" in html and f">{fr(j['total'])} / 20<" in html
        english = jury_html(page.book, "en")
        if j["result"]:
            assert f"<b>{j['result']} / 20</b>" in english
        # French shows no decimal point in a number, on screen or in the PDF
        for text in (html, result, *cells(page.blocks, 1), *cells(page.grid, 3), *cells(page.lines, 3),
                     *cells(page.lines, 5), *cells(page.comps, 3)):
            assert not DECIMAL_POINT.search(text), text
    # The CSV the page writes: the same marks as the page showed.
    out = tmp_path / f"carnet-{rule}.csv"
    done = []
    page.write_csv(str(out), then=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    for r in rows:
        name, key = r["stagiaire"], (r["scenario"], r["mode"])
        score, maximum, pct, mark = LINES[name][key][rule]
        assert (r["note"], r["sur"], r["pourcentage"], r["note_sur_20"]) == (fr(score), fr(maximum), fr(pct), fr(mark))
        assert (r["epreuve_finale"] or "—", r["resultat_pondere"] or "—") == (fr(JURY[name]["final"]),
                                                                            fr(JURY[name]["result"]))


def test_the_programs_rules_are_labelled_indicative(page, qtbot):
    from ui.trainer.pdf import jury_html

    assert INDICATIVE.fr in page.final_title.text() and INDICATIVE.fr in page.rule_note.text()
    html = jury_html(page.book, "fr")
    assert html.count("règle indicative du programme : la décision appartient au jury") == 2
    assert "2/7, 2/7, 2/7 et 1/7" in html and "au moins 10/20" in html
    for who in SIGNATURES:
        assert who.fr in html
    assert html.count(SIGN_HOW.fr) == len(SIGNATURES)
    assert escape(INDICATIVE.en) in jury_html(page.book, "en")


def pdf_pages(path) -> list[str]:
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                                                        check=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(path), "-"], capture_output=True,
                           text=True, check=True).stdout for i in range(1, n + 1)]


@pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdfinfo"), reason="needs poppler-utils")
def test_each_trainee_on_a_page_of_their_own(app, lab, tmp_path):
    from ui.trainer.pdf import write_jury_pdf

    books = gb.build(lab.engine(), rule="average")
    path = write_jury_pdf(books, tmp_path / "grilles.pdf", "fr")
    pages = pdf_pages(path)
    # One page per trainee, in order, each with its own heading and nobody else's.
    assert len(pages) == len(books)
    for text, b in zip(pages, books, strict=True):
        headings = re.findall(r"Grille du jury — (.+)", text)
        assert [h.strip() for h in headings] == [b.name]
        assert "Signatures du jury" in text and "Nom, date et signature" in text
        if JURY[b.name]["result"]:
            assert f"{fr(JURY[b.name]['result'])} / 20" in text
        assert not DECIMAL_POINT.search(text)  # French: decimal commas only
    assert fmt.mark(books[0].jury.result, "fr") == "13,03"
    # The most a grid holds still fits on one page: every competence line of the certificate, a
    # long name, an incomplete result with its missing marks listed.
    from decimal import Decimal

    from aimm_lab.scenarios import referential as ref

    crowded = books[1]
    crowded.competences = {cid: (Decimal(7), Decimal(9)) for cid in ref.COMPETENCES}
    crowded.name = "Marie-Christine Delacroix-Fontaine de Saint-Exupéry"
    assert crowded.jury.result is None and len(crowded.jury.missing) == 3
    for lang in ("fr", "en"):
        pages = pdf_pages(write_jury_pdf([crowded, books[0]], tmp_path / f"plein-{lang}.pdf", lang))
        assert len(pages) == 2, lang
        assert "Delacroix" in pages[0] and "Alice Martin" not in pages[0] and "Alice Martin" in pages[1]
        assert pages[0].count("%") >= len(ref.COMPETENCES)
