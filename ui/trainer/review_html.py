"""An attempt as the trainer reviews it, in one HTML document that the review screen shows and
the PDF export prints: the machine evidence at the start and at the submission side by side,
the intervention report, the quote or invoice with its automatic part, the quiz, and the
rubric with the trainer's grades and comments."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from aimm_lab import fmt
from aimm_lab.exam import clock as clk
from aimm_lab.exam import timeline as tl
from aimm_lab.exam.scoring import STATE_TEXT
from aimm_lab.i18n import T, current_lang
from aimm_lab.scenarios import referential as ref
from aimm_lab.scenarios.model import REPORT_FIELDS
from aimm_lab.trainer.jury import mark20
from aimm_lab.words import STATUS_TEXT

from .. import labels, theme
from ..evidence import check_title, items_html, pick
from ..qt import translate

# Core texts (aimm_lab.i18n), like the timeline's own entries.
TIMELINE = T("Déroulement", "Timeline")
CHECK_FIRST = T("À vérifier avant de tenir compte de cette tentative :", "To check before relying on this attempt:")


@dataclass
class Review:
    attempt: object  # Attempt
    sheet: object  # ScoreSheet
    facts: object  # Facts
    scenario: object  # Scenario
    baseline: dict | None  # the first reading's result record (PassResult.as_record())
    final: dict | None  # the submission's reading
    final_note: dict | None  # why there is no final reading, when there is none
    rubric: dict  # (task, item) -> {"points", "comment", "by", "at"}
    timeline: list = None  # aimm_lab.exam.timeline.Entry, in order
    room_alerts: list = None  # a room exam's alerts as journaled by the room: {"at", "kind", "data"}
    offline_messages: int = 0  # messages of a room exam the seat made while the room was unreachable


def load_review(engine, attempt_id: str) -> Review:
    """Everything the review needs (called in an op)."""
    a = engine.get(attempt_id)
    baseline = final = note = None
    room_alerts, offline = [], 0
    for ev in engine.store.journal(a.id):
        if ev["kind"] == "room_alert":
            room_alerts.append({"at": ev["at"], "kind": ev["data"].get("alert", ""), "data": ev["data"]})
        elif ev["kind"] == "received" and ev["data"].get("offline"):
            offline += 1
        if ev["kind"] != "check":
            continue
        d = ev["data"]
        if d.get("purpose") == "baseline" and baseline is None:
            baseline = d.get("result")
        elif d.get("purpose") in ("final", "record", "check") and d.get("task") is None:
            final = d.get("result") or final
            note = d.get("note") if d.get("purpose") == "final" else note
    facts = engine.facts(a)
    store = engine.store
    entries = tl.timeline(store.journal(a.id), store.pin_fingerprint(), store.get_setting("trainer_pin"))
    return Review(a, engine.score(a), facts, engine.scenario_of(a), baseline, final, note, dict(facts.rubric),
                  entries, room_alerts, offline)


def supervision_text(r: Review, lang: str) -> str:
    """How an exam was watched, from its start in the journal: a room exam (the trainer's PC held its
    clock, grading and journal; the seat sent readings) or a local, unsupervised one."""
    started = (r.facts.started if r.facts is not None else None) or {}
    if started.get("supervision") == "room":
        room = started.get("room") or {}
        seat = room.get("seat") or "?"
        label = room.get("label") or ""
        where = f"{seat} ({label})" if label and label != seat else seat
        return translate("Review", "épreuve supervisée par la salle : le poste du formateur a tenu l'heure, "
                                   "la notation et le journal ; poste %1").replace("%1", where)
    return tl.LOCAL.get(lang)


def _mode(r: Review) -> str:
    if ((r.facts.started if r.facts is not None else None) or {}).get("supervision") == "room":
        text = tl.ROOM_MODE.get(current_lang())
        return text[:1].upper() + text[1:]
    return labels.mode(r.attempt.mode)


def timeline_html(r: Review, lang: str, color: bool = True) -> str:
    """The attempt's timeline: start, deadline, pauses, added time and by whom, the end, clock anomalies,
    readings of a recorded state, trainer PIN changes; what a trainer must look at comes first, marked ⚠."""
    entries = r.timeline or []
    # The room's alerts about the seat (a shipped recorded state sent, the program closed...) are entries of
    # the timeline (the room journals them), marked like every other thing to check.
    alerts = [e.text.get(lang) for e in entries if e.alert]
    out = []
    if r.attempt.mode == "exam":
        out.append("<p><b>" + escape(supervision_text(r, lang)) + "</b></p>")
    if alerts:
        style = f' style="color:{theme.color("FAIL")}"' if color and "FAIL" in theme.COLORS else ""
        out.append(f"<p{style}><b>" + escape(CHECK_FIRST.get(lang)) + "</b></p><ul>")
        out += [f"<li{style}>⚠ {escape(text)}</li>" for text in alerts]
        out.append("</ul>")
    if r.offline_messages:
        out.append("<p>" + escape(translate("Review", "Messages du poste faits pendant que la salle était "
                                                      "injoignable, reçus à son retour : %1.")
                                  .replace("%1", str(r.offline_messages))) + "</p>")
    out.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">')
    for e in entries:
        when = fmt.moment(clk.parse_iso(e.at) / 1000, lang, seconds=True) if e.at else fmt.DASH
        mark = "⚠ " if e.alert else ""
        out.append(f"<tr><td width='24%'>{escape(when)}</td><td>{mark}{escape(e.text.get(lang))}</td></tr>")
    out.append("</table>")
    return "".join(out)


def _when(iso: str | None, lang: str) -> str:
    """An attempt's ISO UTC time in local time: 14/03/2026 08:05."""
    return fmt.moment(clk.parse_iso(iso) / 1000, lang) if iso else fmt.DASH


def _mark(outcome: str, color: bool) -> str:
    mark = labels.OUTCOME_MARKS.get(outcome, "")
    text = escape(f"{mark} {labels.outcome(outcome)}")
    if color and outcome in theme.COLORS:
        return f'<span style="color:{theme.color(outcome)}"><b>{text}</b></span>'
    return f"<b>{text}</b>"


def _cell(rec: dict | None, lang: str, color: bool) -> str:
    if rec is None:
        return "<i>" + escape(translate("Review", "pas de relevé")) + "</i>"
    found = pick(rec.get("found"), lang) or "—"
    said = pick(rec.get("plain"), lang)  # the sentence the trainee read, then the technical line
    said = f"<br/>{escape(said)}" if said else ""
    return (f"{_mark(rec.get('outcome', ''), color)}{said}<br/><small>{escape(translate('Review', 'trouvé'))} "
            f"{escape(found)}</small>")


def evidence_table(r: Review, lang: str, color: bool = True) -> str:
    """Each machine check, at the start and at the submission."""
    def tasks_of(record):
        return {t["id"]: t for t in (record or {}).get("tasks") or []}

    before, after = tasks_of(r.baseline), tasks_of(r.final)
    out = []
    pre = (r.baseline or {}).get("preconditions") or []
    if pre:
        inplace = sum(1 for c in pre if c.get("outcome") == "PASS")
        out.append("<p>" + escape(translate("Review", "Panne au début de l'épreuve : %1 précondition(s) en place sur %2")
                                  .replace("%1", str(inplace)).replace("%2", str(len(pre)))) + "</p>")
    elif r.baseline is None:
        out.append("<p><i>" + escape(translate("Review", "Pas de relevé au début (tentative commencée sans relevé de départ).")) +
                   "</i></p>")
    fault = getattr(r.facts, "fault", None)
    if fault is not None:
        text = {
            "in_place": translate("Review", "Panne prévue vue en place : les vérifications comptent."),
            "missing": translate("Review", "Panne prévue jamais vue en place : les vérifications ne comptent pas "
                                           "tant qu'un formateur ne l'a pas confirmée (Confirmer la panne, ou "
                                           "aimm-lab attempts confirm-fault)."),
            "confirmed": translate("Review", "Panne prévue confirmée par %1 : les vérifications comptent.")
                         .replace("%1", r.facts.fault_by or "?"),
        }[fault]
        style = f' style="color:{theme.color("ERROR")}"' if fault == "missing" and color else ""
        out.append(f"<p{style}><b>{escape(text)}</b></p>")
    if r.final is None and r.final_note:
        out.append("<p><i>" + escape(pick(r.final_note, lang)) + "</i></p>")
    out.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
    out.append("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in (
        translate("Review", "Tâche et vérification"), translate("Review", "Attendu"), translate("Review", "Au début"), translate("Review", "À la remise"))) + "</tr>")
    any_row = False
    for t in r.scenario.tasks:
        if t.kind != "checks":
            continue
        b, a = before.get(t.id), after.get(t.id)
        checks_a = (a or {}).get("checks") or []
        checks_b = (b or {}).get("checks") or []
        n = max(len(checks_a), len(checks_b), 1)
        title = escape(t.title.get(lang))
        for i in range(n):
            ca = checks_a[i] if i < len(checks_a) else None
            cb = checks_b[i] if i < len(checks_b) else None
            ref_rec = ca or cb
            what = check_title(ref_rec, lang) if ref_rec else ""
            expected = pick((ref_rec or {}).get("expected"), lang) or "—"
            head = f"<b>{title}</b><br/>" if i == 0 else ""
            out.append(f"<tr><td>{head}{escape(what)}</td><td>{escape(expected)}</td>"
                       f"<td>{_cell(cb, lang, color)}</td><td>{_cell(ca, lang, color)}</td></tr>")
            any_row = True
    out.append("</table>")
    if not any_row:
        return "<p><i>" + escape(translate("Review", "Aucune tâche vérifiée sur le poste dans ce scénario.")) + "</i></p>"
    return "".join(out)


def report_html(r: Review, lang: str) -> str:
    if not r.facts.report:
        return "<p><i>" + escape(translate("Review", "Le rapport d'intervention n'a pas été rempli.")) + "</i></p>"
    out = ['<table border="1" cellspacing="0" cellpadding="4" width="100%">']
    for fid, label, _req in REPORT_FIELDS:
        value = r.facts.report.get(fid, "")
        out.append(f"<tr><td width='32%'><b>{escape(label.get(lang))}</b></td>"
                   f"<td>{escape(value).replace(chr(10), '<br/>') or '—'}</td></tr>")
    out.append("</table>")
    return "".join(out)


def document_html(task, doc: dict | None, lang: str) -> str:
    """The trainee's quote or invoice as it prints (`ui/document_html.py`): what the trainee wrote,
    with the totals the program computes from it."""
    if not doc:
        return "<p><i>" + escape(translate("Review", "Document non rempli.")) + "</i></p>"
    from ..document_html import document_html as printed

    return ('<table width="100%" border="1" cellspacing="0" cellpadding="8"><tr><td>'
            + printed(task.document, task.kind, doc, lang, page=False) + "</td></tr></table>")


def review_html(r: Review, lang: str, color: bool = True, with_rubric: bool = True) -> str:
    a, sheet, s = r.attempt, r.sheet, r.scenario
    def p(x) -> str:
        return fmt.points(x, lang)

    status = STATUS_TEXT.get(a.status)
    m20 = mark20(sheet.score, sheet.max_score)
    out = [f"<h1>{escape(s.title.get(lang))}</h1>",
           "<p>" + "<br/>".join([
               escape(translate("Review", "Stagiaire : %1").replace("%1", a.trainee)),
               escape(translate("Review", "Bloc %1 · %2 · scénario %3 v%4").replace("%1", s.block).replace("%2", _mode(r))
                      .replace("%3", s.id).replace("%4", str(s.version))),
               escape(translate("Review", "Commencée le %1, remise le %2").replace("%1", _when(a.started_at, lang))
                      .replace("%2", _when(a.submitted_at, lang))),
               escape(translate("Review", "État : %1").replace("%1", status.get(lang) if status else a.status)
                      + (" — " + translate("Review", "résultats communiqués") if a.released else " — " + translate("Review", "résultats non communiqués")
                         if a.mode == "exam" else "")),
               escape(translate("Review", "Tentative %1").replace("%1", a.id[:8])),
           ]) + "</p>"]
    if r.timeline is not None:
        out.append(f"<h2>{escape(TIMELINE.get(lang))}</h2>")
        out.append(timeline_html(r, lang, color))
    note = f"{p(sheet.score)} / {p(sheet.max_score)}"
    if m20 is not None:
        note += f" — {fmt.mark(m20, lang)} / 20"
    out.append(f"<h2>{escape(translate('Review', 'Note'))} : {escape(note)}</h2>")
    if sheet.pending:
        out.append("<p><b>" + escape(translate("Review", "Provisoire : des items de la grille restent à noter.")) + "</b></p>")
    out.append('<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr>' + "".join(
        f"<th>{escape(h)}</th>" for h in (translate("Review", "Tâche"), translate("Review", "Nature"), translate("Review", "Compétences"), translate("Review", "Points"), translate("Review", "État")))
        + "</tr>")
    for ts in sheet.tasks:
        st = STATE_TEXT.get(ts.state)
        out.append(f"<tr><td>{escape(ts.title.get(lang))}</td><td>{escape(labels.task_kind(ts.kind))}</td>"
                   f"<td>{escape(', '.join(ts.competences))}</td>"
                   f"<td align='right'>{p(ts.earned)} / {p(ts.points)}</td>"
                   f"<td>{escape(st.get(lang) if st else ts.state)}</td></tr>")
    out.append("</table>")
    out.append(f"<h2>{escape(translate('Review', 'Par compétence'))}</h2><table border='1' cellspacing='0' cellpadding='4' "
               f"width='100%'>")
    for cid, v in sheet.by_competence.items():
        title = ref.COMPETENCES[cid].title.get(lang) if cid in ref.COMPETENCES else ""
        out.append(f"<tr><td>{escape(cid)}</td><td>{escape(title)}</td>"
                   f"<td align='right'>{p(v['earned'])} / {p(v['max'])}</td></tr>")
    out.append("</table>")
    out.append(f"<h2>{escape(translate('Review', 'Relevés du poste : au début et à la remise'))}</h2>")
    out.append(evidence_table(r, lang, color))
    if any(t.kind == "report" for t in s.tasks):
        out.append(f"<h2>{escape(translate('Review', 'Rapport d’intervention'))}</h2>")
        out.append(report_html(r, lang))
        for ts in sheet.tasks:
            if ts.kind == "report" and ts.items:
                out.append("<p>" + escape(translate("Review", "Partie automatique du rapport :")) + "</p>")
                out.append(items_html(ts.items, lang, color))
    for t in s.tasks:
        if t.kind in ("quote", "invoice"):
            ts = sheet.task(t.id)
            out.append(f"<h2>{escape(t.title.get(lang))} ({escape(labels.task_kind(t.kind))})</h2>")
            out.append(document_html(t, r.facts.documents.get(t.id), lang))
            if ts is not None and ts.items:
                out.append("<p>" + escape(translate("Review", "Partie automatique (%1 / %2 pt) :").replace("%1", p(ts.earned))
                                          .replace("%2", p(ts.points))) + "</p>")
                out.append(items_html(ts.items, lang, color))
        elif t.kind == "quiz":
            ts = sheet.task(t.id)
            out.append(f"<h2>{escape(t.title.get(lang))} ({escape(labels.task_kind(t.kind))})</h2>")
            if ts is None or not ts.items:
                out.append("<p><i>" + escape(translate("Review", "Sans réponse.")) + "</i></p>")
            else:
                out.append("<ul>")
                for it in ts.items:
                    q = t.questions[it["question"]]
                    outcome = "PASS" if it.get("fraction", 0) >= 1 else "FAIL"
                    out.append(f"<li>{_mark(outcome, color)} — {escape(q.prompt.get(lang))}</li>")
                out.append("</ul>")
    if with_rubric:
        out.append(f"<h2>{escape(translate('Review', 'Grille du formateur'))}</h2>")
        for t in s.tasks:
            if t.kind != "rubric":
                continue
            ts = sheet.task(t.id)
            out.append(f"<h3>{escape(t.title.get(lang))} — {p(ts.earned)} / {p(ts.points)} pt</h3><ul>")
            for item in t.rubric:
                g = r.rubric.get((t.id, item.id))
                grade = translate("Review", "à noter") if g is None else f"{p(g['points'])} / {p(item.points)} pt"
                line = f"<li>{escape(item.text.get(lang))} — <b>{escape(grade)}</b>"
                if g and g.get("comment"):
                    line += "<br/><i>" + escape(g["comment"]) + "</i>"
                out.append(line + "</li>")
            out.append("</ul>")
    return "".join(out)
