"""Evidence as HTML the attempt page, the results page and the PDF exports share.

The trainee reads one plain sentence per check (CheckResult.plain, aimm_lab/checks/plain.py); a
branch of `all` / `any` meant for the other operating system is left out. The technical tree
(type, "attendu … trouvé …", every nested check) is shown on demand ("Détails techniques") and
always to the trainer."""

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


def shown_to_trainee(records: list[dict]) -> list[dict]:
    """The records a trainee sees: no branch for the other operating system; a compound check
    left with one branch for this PC is that branch."""
    out = []
    for rec in records:
        if rec.get("other_platform"):
            continue
        kids = shown_to_trainee(rec.get("checks") or [])
        if rec.get("type") in ("all", "any") and len(kids) == 1:
            # One branch for this PC: it is the check; the compound's own label and verdict stay.
            out.append({**kids[0], "label": rec.get("label") or kids[0].get("label"),
                        "outcome": rec.get("outcome", kids[0].get("outcome"))})
            continue
        out.append({**rec, "checks": kids} if rec.get("checks") else rec)
    return out


def plain_html(records: list[dict], lang: str, color: bool = True) -> str:
    """One sentence per check, for the trainee. Records made before sentences existed say their
    technical line instead."""
    records = shown_to_trainee(records)
    if not records:
        return "<p><i>" + escape(translate("Evidence", "Aucune vérification.")) + "</i></p>"
    out = ["<ul>"]
    for rec in records:
        said = pick(rec.get("plain"), lang) or pick(rec.get("message"), lang)
        label = f"<b>{escape(pick(rec['label'], lang))}</b><br/>" if rec.get("label") else ""
        out.append(f"<li>{outcome_span(rec.get('outcome', ''), color)} — {label}{escape(said)}")
        if rec.get("checks"):
            out.append(plain_html(rec["checks"], lang, color))
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


def checks_html(records: list[dict], lang: str, color: bool = True, technical: bool = False) -> str:
    """A list of check records (CheckResult.as_record(), or a score sheet's items): the plain
    sentences, then with `technical` the detailed tree."""
    if not technical:
        return plain_html(records, lang, color)
    return plain_html(records, lang, color) + "<h4>" + escape(translate("Evidence", "Détails techniques")) + \
        "</h4>" + technical_html(records, lang, color)


def technical_html(records: list[dict], lang: str, color: bool = True) -> str:
    """The detailed tree: each check's type description, "attendu … trouvé …", every branch."""
    if not records:
        return "<p><i>" + escape(translate("Evidence", "Aucune vérification.")) + "</i></p>"
    out = ["<ul>"]
    for rec in records:
        outcome = rec.get("outcome", "")
        message = pick(rec.get("message"), lang)
        out.append(f"<li>{outcome_span(outcome, color)} — {escape(check_title(rec, lang))}"
                   f"<br/>{escape(message)}")
        if rec.get("checks"):
            out.append(technical_html(rec["checks"], lang, color))
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


def task_result_html(task_rec: dict | None, lang: str, color: bool = True, technical: bool = False) -> str:
    """One task's latest result (TaskResult.as_record())."""
    if task_rec is None:
        return "<p><i>" + escape(translate("Evidence", "Pas encore vérifiée : utilisez « Vérifier ».")) + "</i></p>"
    met, total = task_rec.get("met", 0), task_rec.get("total", 0)
    head = translate("Evidence", "%1 — vérifications réussies : %3 sur %2") \
        .replace("%1", outcome_span(task_rec.get("outcome", ""), color)).replace("%2", str(total)).replace("%3", str(met))
    return f"<p>{head}</p>" + checks_html(task_rec.get("checks") or [], lang, color, technical)


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
