"""Evidence in plain words: each check's outcome with "attendu … trouvé …", as HTML the
attempt page, the results page and the PDF export share."""

from __future__ import annotations

from html import escape

from aimm_lab.checks import REGISTRY

from . import labels, theme
from .qt import translate


def pick(value, lang: str) -> str:
    """A recorded value: {fr, en} or plain text."""
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("fr") or "")
    return "" if value is None else str(value)


def check_title(rec: dict, lang: str) -> str:
    if rec.get("label"):
        return pick(rec["label"], lang)
    cls = REGISTRY.get(rec.get("type", ""))
    if cls is not None:
        return cls.description.get(lang)
    if rec.get("type") in ("all", "any"):
        return translate("Evidence", "Toutes ces vérifications") if rec["type"] == "all" else \
            translate("Evidence", "Au moins une de ces vérifications")
    return str(rec.get("type", ""))


def outcome_span(outcome: str, color: bool = True) -> str:
    mark = labels.OUTCOME_MARKS.get(outcome, "")
    text = escape(f"{mark} {labels.outcome(outcome)}")
    if color and outcome in theme.COLORS:
        return f'<b style="color:{theme.color(outcome)}">{text}</b>'
    return f"<b>{text}</b>"


def checks_html(records: list[dict], lang: str, color: bool = True) -> str:
    """A list of check records (CheckResult.as_record(), or a score sheet's items)."""
    if not records:
        return "<p><i>" + escape(translate("Evidence", "Aucune vérification.")) + "</i></p>"
    out = ["<ul>"]
    for rec in records:
        outcome = rec.get("outcome", "")
        message = pick(rec.get("message"), lang)
        out.append(f"<li>{outcome_span(outcome, color)} — {escape(check_title(rec, lang))}"
                   f"<br/>{escape(message)}")
        if rec.get("checks"):
            out.append(checks_html(rec["checks"], lang, color))
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


def task_result_html(task_rec: dict | None, lang: str, color: bool = True) -> str:
    """One task's latest result (TaskResult.as_record())."""
    if task_rec is None:
        return "<p><i>" + escape(translate("Evidence", "Pas encore vérifiée : utilisez « Vérifier ».")) + "</i></p>"
    met, total = task_rec.get("met", 0), task_rec.get("total", 0)
    head = translate("Evidence", "%1 — vérifications réussies : %3 sur %2") \
        .replace("%1", outcome_span(task_rec.get("outcome", ""), color)).replace("%2", str(total)).replace("%3", str(met))
    return f"<p>{head}</p>" + checks_html(task_rec.get("checks") or [], lang, color)


def items_html(items: list[dict], lang: str, color: bool = True) -> str:
    """Graded items of a report, quote or invoice (DocItem.as_dict())."""
    if not items:
        return ""
    out = ["<ul>"]
    for it in items:
        outcome = "PASS" if it.get("ok") else "FAIL"
        line = f"{outcome_span(outcome, color)} — {escape(pick(it.get('label'), lang))}"
        if not it.get("ok") and str(it.get("expected") or "—") != "—":  # a blank field says nothing more
            line += "<br/>" + escape(translate("Evidence", "attendu %1, trouvé %2")
                                     .replace("%1", str(it.get("expected") or "—"))
                                     .replace("%2", str(it.get("found") or "—")))
        out.append(f"<li>{line}</li>")
    out.append("</ul>")
    return "".join(out)
