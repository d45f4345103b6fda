"""An attempt's timeline as the trainer reads it: start, deadline, pauses, added time and who
gave them, the end, clock anomalies, checks made on a recorded state, trainer PIN changes, and
what the journal tells about the PIN of the database now.

    entries = timeline(store.journal(attempt_id), current_pin=store.pin_fingerprint())
    for e in entries: e.at (ISO UTC or None), e.text (bilingual Text), e.alert (bool)

`alert` marks what a trainer must look at before trusting the attempt (a clock set back, a
recorded state, a PIN removed or replaced outside the program). Everything comes from the
journal; nothing here changes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import fmt, words
from ..i18n import T, Text
from . import clock as clk


@dataclass(frozen=True)
class Entry:
    at: str | None  # ISO 8601 UTC, or None for a finding about the database now
    text: Text
    alert: bool = False


ROOM_MODE = words.ROOM_EXAM_TEXT
LOCAL = T("examen local, non surveillé : il s'est déroulé sur ce poste seul, sous le compte du stagiaire",
          "local exam, unsupervised: it ran on this PC alone, under the trainee's account")

ROOM = T("examen en salle : l'horloge, la notation et le journal sont sur le poste du formateur ; le poste du "
         "stagiaire n'a envoyé que ses relevés et ce qu'il a écrit",
         "room exam: the clock, the grading and the journal are on the trainer's PC; the trainee's PC only sent its "
         "readings and what was written")

_SENT = {"reading": T("relevé", "reading"), "report": T("rapport", "report"), "document": T("document", "document"),
         "quiz": T("questionnaire", "quiz"), "submit": T("remise", "submission"), "start": T("départ", "start")}


def supervision(started: dict | None) -> Text | None:
    """The line that says where an exam was held (None for practice): on the trainee's PC alone, or
    in a room held by the trainer's PC."""
    started = started or {}
    if started.get("mode") != words.EXAM:
        return None
    return ROOM if started.get("supervision") == "room" else LOCAL


_CLOCK_TEXT = {
    "jump": ("l'horloge du poste a été changée pendant l'épreuve ({delta_fr}) ; le temps restant a suivi l'horloge "
             "monotone, pas la nouvelle heure",
             "the PC's clock was changed during the test ({delta_en}); the time left followed the monotonic clock, "
             "not the new time"),
    "behind_journal": ("au démarrage, l'horloge du poste était en retard sur le dernier événement du journal "
                       "({delta_fr}) : horloge reculée ; l'heure du journal a été gardée",
                       "at start, the PC's clock was behind the journal's last event ({delta_en}): clock set back; "
                       "the journal's time was kept"),
    "behind_boot": ("au démarrage, l'horloge du poste était en retard sur le temps écoulé depuis le démarrage du PC "
                    "({delta_fr}) : horloge reculée ; le temps réellement écoulé a été gardé",
                    "at start, the PC's clock was behind the time elapsed since the PC booted ({delta_en}): clock set "
                    "back; the time really elapsed was kept"),
    "ahead_boot": ("au démarrage, l'horloge du poste était en avance sur le temps écoulé depuis le démarrage du PC "
                   "({delta_fr})", "at start, the PC's clock was ahead of the time elapsed since the PC booted "
                   "({delta_en})"),
    "anchor_missing": ("la trace d'horloge de la base a été supprimée", "the database's clock trace was deleted"),
}


def _span(ms: int, lang: str) -> str:
    s = abs(int(ms)) // 1000
    sign = "−" if ms < 0 else "+"
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    if h >= 48:  # a clock set days or years away: in days, not in tens of thousands of hours
        return f"{sign}{fmt.number(h // 24)} {'jours' if lang == 'fr' else 'days'}"
    if h:
        return f"{sign}{h} h {m:02d} min"
    if m:
        return f"{sign}{m} min {sec:02d} s"
    return f"{sign}{sec} s"


def _when(iso: str | None, lang: str) -> str:
    return fmt.moment(clk.parse_iso(iso) / 1000, lang, seconds=True) if iso else fmt.DASH


def _deadline(rows: list[dict], upto: int, lang: str) -> str:
    state = clk.replay(clk.ClockEvent(r["kind"], clk.parse_iso(r["at"]),
                                      r["data"].get("duration_ms") if r["kind"] == "started" else r["data"].get("ms"),
                                      r["data"].get("reason"))
                       for r in rows[:upto] if r["kind"] in clk.CLOCK_KINDS)
    return _when(clk.iso(state.deadline), lang) if state.deadline is not None else fmt.DASH


def _by(data: dict) -> tuple[str, str]:
    who = data.get("by")
    return (f" par {who}", f" by {who}") if who else ("", "")


def timeline(rows: list[dict], current_pin: str | None = None, pin_record: dict | None = None) -> list[Entry]:
    """The timeline of one attempt from its journal rows ({seq, at, kind, data}, in order).
    `current_pin`: the fingerprint of the database's PIN now (Store.pin_fingerprint); `pin_record`:
    the PIN's stored record, for when it was set. See the module's docstring."""
    out: list[Entry] = []
    if not rows:
        return out
    start = rows[0]["data"] if rows[0]["kind"] == "started" else {}
    exam = start.get("mode") == words.EXAM
    pins = {start.get("pin")}  # every PIN the program itself journaled as in force
    recorded_checks = 0
    set_in_journal: set = set()
    for i, r in enumerate(rows, start=1):
        kind, d, at = r["kind"], r["data"], r["at"]
        if kind == "started":
            mode = words.mode_text(d.get("mode"), d.get("supervision"))
            dur = d.get("duration_ms")
            if dur is None:
                out.append(Entry(at, T(f"début ({mode.fr}), sans limite de temps",
                                       f"start ({mode.get('en')}), untimed")))
            else:
                minutes = fmt.number(dur / 60_000, "fr", 0)
                out.append(Entry(at, T(f"début ({mode.fr}), {minutes} min, échéance {_deadline(rows, i, 'fr')}",
                                       f"start ({mode.get('en')}), {fmt.number(dur / 60_000, 'en', 0)} min, deadline "
                                       f"{_deadline(rows, i, 'en')}")))
            if d.get("machine") == "recorded":
                out.append(Entry(at, T("commencée sur un état machine enregistré (fichier), pas sur ce poste",
                                       "started on a recorded machine state (a file), not on this PC"), True))
            if exam and not d.get("pin"):
                out.append(Entry(at, T("aucun code formateur n'était défini au début de l'examen",
                                       "no trainer PIN was set when the exam started"), True))
        elif kind == "paused":
            fr, en = _by(d)
            out.append(Entry(at, T(f"pause{fr}", f"paused{en}")))
        elif kind == "resumed":
            fr, en = _by(d)
            out.append(Entry(at, T(f"reprise{fr}, nouvelle échéance {_deadline(rows, i, 'fr')}",
                                   f"resumed{en}, new deadline {_deadline(rows, i, 'en')}")))
        elif kind == "time_added":
            fr, en = _by(d)
            m = d.get("minutes")
            out.append(Entry(at, T(f"temps ajouté : {fmt.number(m, 'fr')} min{fr}, échéance {_deadline(rows, i, 'fr')}",
                                   f"time added: {fmt.number(m, 'en')} min{en}, deadline {_deadline(rows, i, 'en')}")))
        elif kind == "submitted":
            reason = d.get("reason")
            if reason == "deadline":
                late = (d.get("late_ms") or 0) // 60_000
                out.append(Entry(at, T(f"temps écoulé (remise automatique, relevé {late} min après l'échéance)",
                                       f"time up (automatic submission, read {late} min after the deadline)")))
            elif reason == "trainer":
                fr, en = _by(d)
                out.append(Entry(at, T(f"terminée par le formateur{fr}", f"ended by the trainer{en}")))
            else:
                out.append(Entry(at, T("remise par le stagiaire", "submitted by the trainee")))
        elif kind == "released":
            fr, en = _by(d)
            out.append(Entry(at, T(f"résultats communiqués{fr}", f"results released{en}")))
        elif kind == "clock":
            what = d.get("what")
            fr, en = _CLOCK_TEXT.get(what, ("anomalie d'horloge", "clock anomaly"))
            delta = int(d.get("delta_ms") or 0)
            text = T(fr.format(delta_fr=_span(delta, "fr")), en.format(delta_en=_span(delta, "en")))
            if d.get("wall"):
                text = T(text.fr + f" — heure du poste : {_when(d['wall'], 'fr')}",
                         text.get("en") + f" — PC's time: {_when(d['wall'], 'en')}")
            out.append(Entry(at, text, True))
        elif kind == "pin_set":
            fr, en = _by(d)
            pins.add(d.get("pin"))
            set_in_journal.add(d.get("pin"))
            out.append(Entry(at, T(f"code formateur {'changé' if d.get('before') else 'défini'}{fr}",
                                   f"trainer PIN {'changed' if d.get('before') else 'set'}{en}")))
        elif kind == "check" and d.get("machine") == "recorded":
            recorded_checks += 1
        elif kind == "received" and d.get("offline"):
            what = _SENT.get(d.get("kind"), T(str(d.get("kind")), str(d.get("kind"))))
            out.append(Entry(at, T(f"{what.fr} fait hors ligne sur le poste ({_when(d.get('seat_at'), 'fr')}, heure du "
                                   f"poste), reçu par la salle à son retour",
                                   f"{what.get('en')} made offline on the seat ({_when(d.get('seat_at'), 'en')}, the "
                                   f"seat's time), received by the room when it was back")))
        elif kind == "room_alert":
            text = words.ROOM_ALERT_TEXT.get(d.get("alert"), T(str(d.get("alert")), str(d.get("alert"))))
            more = words.alert_subject(d)
            if d.get("alert") == "clock_jump":
                more = _span(int(d.get("jump_ms") or 0), "fr"), _span(int(d.get("jump_ms") or 0), "en")
            elif d.get("alert") == "seat_dropped":
                fr, en = [d.get("by") or "?"], [d.get("by") or "?"]
                if d.get("moved_to"):
                    fr.append(f"épreuve reprise sur le poste {d['moved_to']}")
                    en.append(f"test taken over on seat {d['moved_to']}")
                if d.get("freed"):
                    fr.append("épreuve rendue à la session : ce résultat ne compte pas")
                    en.append("test freed in the session: this result does not count")
                more = ", ".join(fr), ", ".join(en)
            elif more:
                more = (more, more)
            out.append(Entry(at, T(text.fr + (f" ({more[0]})" if more else ""),
                                   text.get("en") + (f" ({more[1]})" if more else "")), True))
        if kind in ("paused", "resumed", "time_added", "released", "rubric") or (
                kind == "submitted" and d.get("reason") == "trainer"):
            if exam and "pin" in d and d.get("pin") not in pins:
                out.append(Entry(at, T("action du formateur faite sous un code formateur qui n'est pas celui de "
                                       "l'examen (code supprimé ou remplacé hors du programme)",
                                       "trainer action made under a trainer PIN that is not the exam's (PIN removed "
                                       "or replaced outside the program)"), True))
    if recorded_checks:
        out.append(Entry(None, T(f"{recorded_checks} relevé(s) lu(s) dans un état enregistré (fichier), pas sur ce poste",
                                 f"{recorded_checks} reading(s) taken from a recorded state (a file), not from this PC"),
                         True))
    known = {p for p in pins if p}
    if exam and known and current_pin not in known:
        if current_pin is None:
            out.append(Entry(None, T("le code formateur a été supprimé de la base depuis le début de l'examen",
                                     "the trainer PIN was removed from the database since the exam started"), True))
        else:
            out.append(Entry(None, T("le code formateur de la base n'est plus celui de l'examen (remplacé hors du "
                                     "programme)", "the database's trainer PIN is no longer the exam's (replaced "
                                     "outside the program)"), True))
    if pin_record and pin_record.get("set_at") and rows[0]["at"] <= pin_record["set_at"]:
        journaled = current_pin in set_in_journal
        out.append(Entry(pin_record["set_at"], T("code formateur actuel défini après le début de cette tentative"
                                                 + ("" if journaled else " (hors de cette tentative)"),
                                                 "current trainer PIN set after this attempt started"
                                                 + ("" if journaled else " (outside this attempt)")),
                         exam and not journaled))
    return out


def is_suspect(entries: list[Entry]) -> bool:
    return any(e.alert for e in entries)
