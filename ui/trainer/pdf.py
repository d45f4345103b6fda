"""Trainer PDFs through Qt (QTextDocument on a QPdfWriter, ui/pdf.py): the jury grid of each
trainee, and one attempt with its evidence, report and rubric. The same HTML is what the
screens show, so a PDF never says something the screen did not."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from html import escape
from pathlib import Path

from aimm_lab import fmt
from aimm_lab.scenarios import referential as ref
from aimm_lab.trainer.gradebook import rule_note
from aimm_lab.trainer.jury import (
    COMPONENTS,
    DECISION_NOTE,
    FINAL_PARTS,
    FINAL_RULE,
    INDICATIVE,
    SIGN_HOW,
    SIGNATURES,
    TOTAL,
    VALIDATION_RULE,
)
from aimm_lab.words import LOCAL_EXAMS_NOTE

from ..pdf import write_pdf as shared_write_pdf
from ..qt import translate
from .review_html import review_html


def weight_text(c, lang: str) -> str:
    """A component's weight in the jury grid: 30 % / 30%."""
    return fmt.percent(c.weight * 100, lang, 0)


def points_text(line, lang: str) -> str:
    """What a grid line's mark brings, to the thousandth, out of its maximum: 3,686 / 6."""
    if line.points is None:
        return fmt.DASH
    return f"{fmt.number(line.points, lang, 3)} / {fmt.number(line.out_of, lang, 0)}"


def indicative(text, lang: str) -> str:
    """One of the program's own rules, labelled as such."""
    return f"{text.get(lang)} ({INDICATIVE.get(lang)})"


PDF_POINT_SIZE = 9


def write_pdf(html: str, path: str | Path, title: str = "") -> Path:
    """Trainer PDFs: the shared writer, in a smaller type so the grids fit the page."""
    return shared_write_pdf(html, path, title, point_size=PDF_POINT_SIZE)


def part_weight(part_id: str) -> str:
    """A part of the final exam's weight as a reduced fraction: 60 of 210 minutes -> 2/7."""
    total = sum(m for _, _, m in FINAL_PARTS)
    f = Fraction(next(m for p, _, m in FINAL_PARTS if p == part_id), total)
    return f"{f.numerator}/{f.denominator}"


def day(d: date | None, lang: str) -> str:
    return fmt.day(d, lang) if d is not None else fmt.DASH


def _h2(text: str) -> str:
    """A section heading, with the tight margins that keep a trainee's grid on one page."""
    return f'<h2 style="margin-top: 8px; margin-bottom: 3px">{escape(text)}</h2>'


def exams_note(book, room_ids=None, lang: str | None = None) -> str:
    """How the book's exams were taken: all in the exam room (supervised by the room), some of them,
    or none (local, unsupervised exams). `room_ids`: the attempts a room started (Engine.is_room_exam);
    None when unknown, and then the local exams' note stands."""
    exams = [p.attempt_id for p in book.progress if p.mode == "exam"]
    room = [a for a in exams if a in (room_ids or ())]
    if exams and len(room) == len(exams):
        return translate("JuryGrid", "Épreuves passées en salle d'examen, supervisées par la salle : le poste du "
                                     "formateur a tenu l'heure, la notation et le journal.")
    if room:
        return translate("JuryGrid", "Épreuves passées en partie en salle d'examen (supervisées par la salle), en "
                                     "partie en examen local, non surveillé : voir le déroulement de chaque "
                                     "tentative avant d'en tenir compte.")
    return LOCAL_EXAMS_NOTE.get(lang)


def jury_html(book, lang: str, today: date | None = None, color: bool = True, room_ids=None) -> str:
    """One trainee's jury grid (aimm_lab.trainer.gradebook.TraineeBook). Marks as the core keeps
    them, rounded here only, by aimm_lab/fmt.py: marks to the hundredth, points to the thousandth."""
    today = today or date.today()
    j = book.jury
    table = '<table border="1" cellspacing="0" cellpadding="1" width="100%">'
    out = [f'<h1 style="margin-bottom: 4px">{escape(translate("JuryGrid", "Grille du jury"))} — {escape(book.name)}</h1>',
           "<p><small>" + escape(translate("JuryGrid", "Titre professionnel AIMM (RNCP 24787), parcours de formation — examen blanc.")) + " "
           + escape(translate("JuryGrid", "Établie le %1.").replace("%1", day(today, lang))) + "</small></p>",
           "<p><small><b>" + escape(exams_note(book, room_ids, lang)) + "</b></small></p>"]
    out.append(_h2(translate('JuryGrid', 'Résultat pondéré')))
    out.append(table + "<tr>" + "".join(
        f"<th width='{w}%'>{escape(h)}</th>" for h, w in (
            (translate("JuryGrid", "Composante"), 33), (translate("JuryGrid", "Pondération"), 14),
            (translate("JuryGrid", "Note / 20"), 11), (translate("JuryGrid", "Points"), 15),
            (translate("JuryGrid", "Origine"), 27))) + "</tr>")
    for line in j.lines:
        c = line.component
        origin = translate("JuryGrid", "saisie par le formateur") if c.entered else translate("JuryGrid", "calculée par AIMM Lab")
        out.append(f"<tr><td>{escape(c.label.get(lang))}</td><td align='center'>{weight_text(c, lang)}</td>"
                   f"<td align='right'>{fmt.mark(line.mark, lang)}</td><td align='right'>{points_text(line, lang)}</td>"
                   f"<td>{escape(origin)}</td></tr>")
    if j.result is not None:
        verdict = translate("JuryGrid", "favorable") if j.favourable else translate("JuryGrid", "défavorable")
        out.append(f"<tr><td colspan='3'>{escape(TOTAL.get(lang))}</td>"
                   f"<td align='right'>{fmt.number(j.result, lang, 3)} / 20</td><td></td></tr>")
        res = f"<b>{fmt.mark(j.result, lang)} / 20</b> ({escape(verdict)})"
    else:
        names = {c.id: c.label.get(lang) for c in COMPONENTS}
        res = "<i>" + escape(translate("JuryGrid", "incomplet — manque : %1").replace("%1", ", ".join(names[m] for m in j.missing))) \
            + "</i>"
    out.append(f"<tr><td colspan='2'><b>{escape(translate('JuryGrid', 'Résultat pondéré'))}</b></td><td colspan='3'>{res}</td></tr>")
    out.append("</table>")
    out.append("<p><small><i>" + escape(DECISION_NOTE.get(lang)) + "</i></small></p>")

    out.append(_h2(translate('JuryGrid', 'Épreuve finale')))
    out.append("<p><small>" + escape(indicative(FINAL_RULE, lang)))
    if book.final_source is not None:
        out.append("<br/>" + escape(translate("JuryGrid", "D'après : %1").replace("%1", book.final_source.get(lang))))
    out.append("</small></p>")
    out.append(table + "<tr>" + "".join(
        f"<th>{escape(h)}</th>" for h in (translate("JuryGrid", "Épreuve"), translate("JuryGrid", "Poids"), translate("JuryGrid", "Note / 20"))) + "</tr>")
    for pid, label, _minutes in FINAL_PARTS:
        out.append(f"<tr><td>{escape(label.get(lang))}</td><td align='center'>{part_weight(pid)}</td>"
                   f"<td align='right'>{fmt.mark(j.final.parts.get(pid), lang)}</td></tr>")
    out.append(f"<tr><td colspan='2'><b>{escape(translate('JuryGrid', 'Note de l’épreuve finale'))}</b></td>"
               f"<td align='right'><b>{fmt.mark(j.final.mark, lang)}</b></td></tr></table>")

    out.append(_h2(translate('JuryGrid', 'Blocs de compétences')))
    out.append(table + "<tr>" + "".join(
        ("<th width='52%'>" if i == 0 else "<th>") + f"{escape(h)}</th>" for i, h in enumerate((
            translate("JuryGrid", "Bloc"), translate("JuryGrid", "Note / 20"), translate("JuryGrid", "Épreuves notées"),
            translate("JuryGrid", "Validé le"), translate("JuryGrid", "Valable jusqu’au")))) + "</tr>")
    for b, line in book.blocks.items():
        v = line.validation
        until = fmt.DASH
        if v is not None:
            until = day(v.valid_until, lang) + ("" if v.is_valid(today) else " (" + translate("JuryGrid", "expiré") + ")")
        title = ref.BLOCKS[b].get(lang) if b in ref.BLOCKS else ""
        name = f"{b} — <small>{escape(title)}</small>" if title else b
        out.append(f"<tr><td>{name}</td><td align='right'>{fmt.mark(line.mark, lang)}</td>"
                   f"<td align='center'>{line.graded}</td><td>{day(v.validated_on, lang) if v else fmt.DASH}</td>"
                   f"<td>{until}</td></tr>")
    out.append("</table>")
    out.append("<p><small><i>" + escape(indicative(VALIDATION_RULE, lang)) + " "
               + escape(rule_note(book.rule).get(lang)) + "</i></small></p>")

    if book.competences:
        out.append(_h2(translate('JuryGrid', 'Lignes de compétence')))
        out.append('<table border="1" cellspacing="0" cellpadding="0" width="100%"><tr>' + "".join(
            f"<th>{escape(h)}</th>" for h in (translate("JuryGrid", "Ligne"), translate("JuryGrid", "Intitulé"), translate("JuryGrid", "Réussite"))) + "</tr>")
        for cid in sorted(book.competences, key=_comp_order):
            title = ref.COMPETENCES[cid].title.get(lang) if cid in ref.COMPETENCES else ""
            out.append(f"<tr><td><small>{escape(cid)}</small></td><td><small>{escape(title)}</small></td>"
                       f"<td align='right'><small>{fmt.percent(book.competence_percent(cid), lang, 1)}</small>"
                       "</td></tr>")
        out.append("</table>")

    out.append(_h2(translate('JuryGrid', 'Signatures du jury')))
    out.append(table + "<tr>" + "".join(
        f"<td width='25%' valign='top'><small>{escape(who.get(lang))}<br/>{escape(SIGN_HOW.get(lang))}</small>"
        "<br/><br/></td>" for who in SIGNATURES) + "</tr></table>")
    return "".join(out)


def _comp_order(cid: str):
    order = list(ref.COMPETENCES)
    return (order.index(cid) if cid in order else 99, cid)


def jury_pages_html(books, lang: str, today: date | None = None, room_ids=None) -> str:
    """The jury grids of the trainees given, each starting on a new page (Qt's QTextDocument
    honours `page-break-before` on a block): no trainee's heading lands on another's page."""
    parts = [jury_html(b, lang, today, color=False, room_ids=room_ids) for b in books]
    return "".join(p if i == 0 else f'<div style="page-break-before: always">{p}</div>' for i, p in enumerate(parts))


def write_jury_pdf(books, path: str | Path, lang: str, today: date | None = None, room_ids=None) -> Path:
    """The jury grids of the trainees given, one trainee per page, in one PDF."""
    return write_pdf(jury_pages_html(books, lang, today, room_ids), path, translate("JuryGrid", "Grille du jury"))


def write_review_pdf(review, path: str | Path, lang: str) -> Path:
    """One attempt: evidence before and after, report, documents, rubric with comments."""
    title = f"{review.scenario.title.get(lang)} — {review.attempt.trainee}"
    return write_pdf(review_html(review, lang, color=False, with_rubric=True), path, title)


def jury_pdf_file(books, path: str | Path, lang: str) -> Path:
    """For the command line (`aimm-lab gradebook export --pdf`): the jury grids in one PDF, with a
    Qt application made for the purpose (offscreen when there is no screen)."""
    import os
    import sys

    from ..qt import QApplication

    if QApplication.instance() is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([sys.argv[0] if sys.argv else "aimm-lab"])
        app.setApplicationName("AIMM Lab")
    from .. import i18n as ui_i18n

    ui_i18n.install(lang)
    return write_jury_pdf(books, path, lang)
