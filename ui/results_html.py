"""An attempt's results as one HTML document: the results page shows it and the PDF
export prints it (through QTextDocument), so both always say the same thing."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from aimm_lab import fmt
from aimm_lab.exam.scoring import STATE_TEXT
from aimm_lab.i18n import T
from aimm_lab.scenarios import referential as ref
from aimm_lab.scenarios.model import REPORT_FIELDS
from aimm_lab.words import STATUS_TEXT

from . import labels
from .document_html import document_html
from .evidence import checks_html, items_html, outcome_span, pick
from .qt import translate


@dataclass
class ResultData:
    attempt: object  # aimm_lab.exam.engine.Attempt
    sheet: object  # ScoreSheet
    facts: object  # Facts
    scenario: object  # Scenario (the attempt's stored copy)


def load(engine, attempt_id: str) -> ResultData:
    """Everything the results page needs (called in an op)."""
    a = engine.get(attempt_id)
    return ResultData(a, engine.score(a), engine.facts(a), engine.scenario_of(a))


def local_time(iso: str | None, lang: str) -> str:
    if not iso:
        return "—"
    try:
        return fmt.moment(iso, lang)
    except ValueError:
        return iso


# A core text (aimm_lab.i18n): the attempt's checks read a file, not this PC.
RECORDED_NOTE = T("Tentative sur un état machine enregistré (fichier), pas sur ce poste : ces résultats ne valent pas "
                  "pour un examen.", "Attempt on a recorded machine state (a file), not on this PC: these results do "
                  "not count for an exam.")

def results_html(d: ResultData, lang: str, color: bool = True, technical: bool = False) -> str:
    """The results document; each check in a plain sentence, with `technical` its detailed tree too."""
    a, sheet, facts, s = d.attempt, d.sheet, d.facts, d.scenario
    p = labels.points
    out = [f"<h1>{escape(s.title.get(lang))}</h1>"]
    status = STATUS_TEXT.get(a.status)
    status_text = status.get(lang) if status else a.status
    if a.status == "expired":
        status_text = translate("Results", "temps écoulé : remise automatique")
    meta = [
        translate("Results", "Stagiaire : %1").replace("%1", escape(a.trainee)),
        translate("Results", "Mode : %1").replace("%1", escape(labels.mode(a.mode))),
        translate("Results", "Commencée le %1").replace("%1", local_time(a.started_at, lang)),
        translate("Results", "Remise le %1").replace("%1", local_time(a.submitted_at, lang)) if a.submitted_at else "",
        translate("Results", "État : %1").replace("%1", escape(status_text)),
        f"{escape(s.id)} v{s.version} · " + translate("Results", "tentative") + f" {escape(a.id[:8])}",
    ]
    out.append("<p>" + "<br/>".join(m for m in meta if m) + "</p>")
    if (facts.started or {}).get("machine") == "recorded":
        out.append("<p><b>⚠ " + escape(RECORDED_NOTE.get(lang)) + "</b></p>")
    if not a.feedback:
        out.append("<p><b>" + escape(translate("Results", "Tentative d'examen remise. Les résultats vous seront communiqués par "
                                        "le formateur.")) + "</b></p>")
        out += _report_section(facts, lang)
        out += _documents_section(facts, s, lang)
        return "".join(out)

    pct = sheet.percent
    out.append("<h2>" + escape(translate("Results", "Note : %1 / %2 (%3 %)").replace("%1", p(sheet.score))
                               .replace("%2", p(sheet.max_score)).replace("%3", f"{pct:.0f}")) + "</h2>")
    if sheet.pending:
        out.append("<p><i>" + escape(translate("Results", "Provisoire : des tâches attendent la note du formateur.")) + "</i></p>")

    out.append("<h2>" + escape(translate("Results", "Par tâche")) + "</h2>")
    out.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
    out.append("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in (
        translate("Results", "Tâche"), translate("Results", "Nature"), translate("Results", "Points"), translate("Results", "État"))) + "</tr>")
    for ts in sheet.tasks:
        state = STATE_TEXT.get(ts.state)
        st = state.get(lang) if state else ts.state
        if ts.penalty:
            st += " — " + translate("Results", "indice : −%1 pt").replace("%1", p(ts.penalty))
        out.append(f"<tr><td>{escape(ts.title.get(lang))}</td><td>{escape(labels.task_kind(ts.kind))}</td>"
                   f"<td align='right'>{p(ts.earned)} / {p(ts.points)}</td><td>{escape(st)}</td></tr>")
    out.append("</table>")

    out.append("<h2>" + escape(translate("Results", "Par compétence")) + "</h2>")
    out.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
    out.append("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in (translate("Results", "Compétence"), translate("Results", "Intitulé"),
                                                                   translate("Results", "Points"))) + "</tr>")
    for cid, v in sheet.by_competence.items():
        title = ref.COMPETENCES[cid].title.get(lang) if cid in ref.COMPETENCES else ""
        out.append(f"<tr><td>{escape(cid)}</td><td>{escape(title)}</td>"
                   f"<td align='right'>{p(v['earned'])} / {p(v['max'])}</td></tr>")
    out.append("</table>")

    out.append("<h2>" + escape(translate("Results", "Preuves et détail")) + "</h2>")
    for ts in sheet.tasks:
        t = s.task(ts.task_id)
        out.append(f"<h3>{escape(ts.title.get(lang))} — {p(ts.earned)} / {p(ts.points)} pt</h3>")
        if ts.kind == "checks":
            if not ts.items:
                out.append("<p><i>" + escape(translate("Results", "Jamais vérifiée.")) + "</i></p>")
            else:
                out.append(checks_html(ts.items, lang, color, technical))
        elif ts.kind == "rubric":
            out.append("<ul>")
            for it in ts.items:
                grade = it.get("grade")
                g = translate("Results", "à noter par le formateur") if grade is None else f"{p(grade)} / {p(it['points'])} pt"
                out.append(f"<li>{escape(pick(it.get('text'), lang))} — {escape(g)}</li>")
            out.append("</ul>")
        elif ts.kind in ("report", "quote", "invoice"):
            if not ts.items:
                out.append("<p><i>" + escape(translate("Results", "Rien n'a été rempli.")) + "</i></p>")
            else:
                out.append(items_html(ts.items, lang, color))
            if ts.kind != "report" and ts.task_id in facts.documents:
                out.append(_document_box(t, facts.documents[ts.task_id], lang))
        elif ts.kind == "quiz":
            if not ts.items:
                out.append("<p><i>" + escape(translate("Results", "Sans réponse.")) + "</i></p>")
            else:
                out.append("<ul>")
                for it in ts.items:
                    q = t.questions[it["question"]]
                    frac = it.get("fraction", 0)
                    outcome = "PASS" if frac >= 1 else "FAIL"
                    out.append(f"<li>{outcome_span(outcome, color)} — {escape(q.prompt.get(lang))} "
                               f"({p(frac * q.points)} / {p(q.points)} pt)")
                    if q.explanation and frac < 1:
                        out.append("<br/><i>" + escape(q.explanation.get(lang)) + "</i>")
                    out.append("</li>")
                out.append("</ul>")
    out += _report_section(facts, lang)
    return "".join(out)


def _document_box(task, doc: dict, lang: str) -> str:
    """The trainee's quote or invoice as printed, framed in the page."""
    title = translate("Results", "Le devis tel qu'il sera imprimé :") if task.kind == "quote" else \
        translate("Results", "La facture telle qu'elle sera imprimée :")
    return (f"<p><i>{escape(title)}</i></p>"
            '<table width="100%" border="1" cellspacing="0" cellpadding="10"><tr><td>'
            + document_html(task.document, task.kind, doc, lang, page=False) + "</td></tr></table>")


def _documents_section(facts, s, lang: str) -> list[str]:
    """The quotes and invoices written, when no detail is shown (an exam without feedback)."""
    out = []
    for t in s.tasks:
        if t.kind in ("quote", "invoice") and t.id in facts.documents:
            out.append(f"<h2>{escape(t.title.get(lang))}</h2>")
            out.append(_document_box(t, facts.documents[t.id], lang))
    return out


def _report_section(facts, lang: str) -> list[str]:
    if not facts.report:
        return []
    out = ["<h2>" + escape(translate("Results", "Rapport d'intervention")) + "</h2>",
           '<table border="1" cellspacing="0" cellpadding="4" width="100%">']
    for fid, label, _req in REPORT_FIELDS:
        value = facts.report.get(fid, "")
        out.append(f"<tr><td width='30%'><b>{escape(label.get(lang))}</b></td>"
                   f"<td>{escape(value).replace(chr(10), '<br/>') or '—'}</td></tr>")
    out.append("</table>")
    return out
