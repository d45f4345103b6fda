"""The room's authority, on the trainer's PC: seats, the test in progress, grading and the journal.

    room = Room(store)                      # the trainer PC's database; the room's keys live in it
    room.open("Salle 12")                   # once: the room's name, certificate and first pairing code
    room.pairing_code()                     # "K7QF3MZD": shown on the trainer's screen
    room.open_test("b1-montage-pc", 60, by="Mme Martin")
    seat = room.join(join_request, room_fingerprint)        # a lab PC joins (protocol.py)
    room.admit("P01", by="Mme Martin")      # the trainer confirms who sits there and the seat's number
    room.receive(seat_token, message)       # every seat message: start, reading, report, submit...
    room.pause(seat_id, by="Mme Martin")    # trainer actions, journaled with who made them
    room.console()                          # one row per seat for the live console

No network here: server.py serves this over HTTPS, and this class is what tests drive directly too.

In a room exam the room holds everything that decides a result: the session, the clock (the room's
own watched clock; a seat's clock only raises an alert when it jumps), the scenario and its expected
values, the grading and the journal. A seat sends raw readings (the recorded-state shape of
`check --record`), its report, documents and quiz answers; the room grades and journals them with
its own time. Each message is journaled as `received` before it is applied (who sent it, when the
seat made it, whether it was made offline), so a message refused because the time was up is still
in the journal, and one that carries typed text keeps its text in `room_messages`.

Thread-safety: methods may be called from several threads (the server runs them in a pool); the
engine and the store serialize writes.
"""

from __future__ import annotations

import hashlib
import json
import random
import secrets
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .. import names
from ..checks import Context
from ..errors import AimmError
from ..exam import clock as clk
from ..exam.attempt import Attempt, AttemptClosed, AttemptError
from ..exam.engine import Engine
from ..grade import run_pass
from ..i18n import T
from ..labprofile import KEYS, LabProfile, ProfileError
from ..machine.base import ProbeError
from ..machine.recorded import StateFileError
from ..machine.seat import PlanRecorder, SeatReading, merge_plans
from ..scenarios.loader import Library, discover
from ..scenarios.model import REPORT_FIELDS, Scenario
from ..scenarios.resolve import resolve
from ..store.chain import canonical
from ..store.db import Store
from ..trainer.sessions import Sessions
from . import protocol as P
from . import tls

ROOM_KEY = "room"
TLS_KEY = "room_tls"
CODE_KEY = "room_code"
TEST_KEY = "room_test"
GRACE_S = 15  # after the deadline, the room waits this long for the seat's final reading
RATE = 120  # messages a seat may send in a minute
READING_GAP_S = 2.0  # between two readings (start, reading, hand-in) of one seat, after a burst
HEAVY_BURST = 4
HEAVY_KINDS = ("start", "reading", "submit")
TYPED_KINDS = ("report", "document", "quiz")  # paced apart: burst TYPED_BURST, then one a second
TYPED_BURST = 10
TYPED_MAX = 20 * 1024 * 1024  # typed work one attempt may journal (UTF-8 bytes of JSON); a real test: under 1 MB
DOC_MAX = 256 * 1024  # a quote or an invoice as JSON; a real one is a few KB
KEEP_MAX = 1 << 20  # typed work that came too late is kept up to this size (characters of JSON)
CLOCK_JUMP_MS = 5_000
STARTING_S = 60  # a start still marked in progress after this long was cut (the room stopped meanwhile)
OFFLINE_AFTER_S = 20  # a seat not heard from for this long shows as disconnected
SEAT_KEYS = ("interface",)  # the lab value that belongs to the seat; its number is the trainer's, the rest the room's
VOLATILE = ("system", "memory", "processes")  # sections no two PCs share (hostname and boot time; free memory; PIDs)


@dataclass
class SeatRow:
    """One seat as the live console shows it."""

    id: str
    label: str
    trainee: str  # the admitted name; until admission, the name the seat gave (`admitted` False)
    connected: bool
    last_seen: str | None
    attempt: Attempt | None
    remaining_s: float | None
    readings: int
    alerts: list[dict] = field(default_factory=list)
    admitted: bool = True
    number: int | None = None  # the seat's number (admitted), or the one it gave (not yet admitted)
    address: str | None = None  # the network address its messages last came from
    number_confirmed: bool = True  # False: a number the seat claimed, admitted in bulk

    def as_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "trainee": self.trainee, "connected": self.connected,
                "last_seen": self.last_seen, "attempt": self.attempt.as_dict() if self.attempt else None,
                "remaining_s": self.remaining_s, "readings": self.readings, "alerts": self.alerts,
                "admitted": self.admitted, "number": self.number, "address": self.address,
                "number_confirmed": self.number_confirmed}


class RoomEngine(Engine):
    """The engine as the room uses it: many exams at once (one per seat, the room keeps that rule), and
    a final pass made only on a reading the seat sent (none at the room's own expiry or a trainer's
    end: the seat's last reading then counts, and the journal says so)."""

    NO_FINAL = T("aucun relevé final du poste : son dernier relevé compte",
                 "no final reading from the seat: its last reading counts")

    def open_exam(self, exclude=None):
        return None

    def _final_pass(self, a, machine):
        if machine is None:
            return None, self.NO_FINAL, False
        return super()._final_pass(a, machine)

    def expire(self, a: Attempt) -> Attempt:
        return self._expire(a, None)

    def journal_note(self, a: Attempt | str, kind: str, data: dict) -> None:
        """Append a room event (received, room_alert) to an attempt, open or not."""
        self._write(self.get(a).id, lambda f, c, n: [(kind, data)])


name_key = P.name_key  # how two trainees' names compare (aimm_lab.names.key: look-alikes are one name)


def _seat_interface(v) -> str | None:
    """The graded adapter a seat gives, checked: a wrong one is the lab PC's setting, so the words say
    who corrects it and where."""
    if v in (None, ""):
        return None
    if not isinstance(v, str) or len(v) > 256 or any(names.hidden(c) for c in v):
        raise P.Refused(T("la carte réseau évaluée réglée sur ce PC n'a pas un nom valable : prévenez le formateur, "
                          "qui la corrige sur ce PC", "the graded network adapter set on this PC has no valid name: "
                          "tell the trainer, who corrects it on this PC"), 409, "seat_lab")
    return v.strip()


def _dry_plan(rs, platform: str | None) -> dict:
    """What a pass of this resolved scenario reads (preconditions included, so a plan never tells whether
    the fault was seen), found by running it on a PlanRecorder that answers nothing."""
    rec = PlanRecorder(platform or "linux")
    try:
        run_pass(rs, rec, Context(started_at=time.time()), preconditions=True)
    except (AimmError, ProbeError):
        pass
    return rec.plan()


def _fixture_hashes(lib: Library) -> dict[str, str]:
    """{hash of a volatile section or of all sections: 'scenario/fixture'} of every shipped fixture."""
    out: dict[str, str] = {}
    for s in lib.scenarios:
        for name, path in (s.fixtures or {}).items():
            try:
                state = json.loads(Path(path).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            for h in _reading_hashes(state):
                out.setdefault(h, f"{s.id}/{name}")
    return out


def _reading_hashes(state: dict) -> list[str]:
    secs = state.get("sections") or {}
    hs = [hashlib.sha256(("all" + canonical(secs)).encode()).hexdigest()] if secs else []
    for name in VOLATILE:
        if secs.get(name):
            hs.append(hashlib.sha256((name + canonical(secs[name])).encode()).hexdigest())
    return hs


class Room:
    """The room on the trainer's PC (see the module's docstring)."""

    def __init__(self, store: Store, *, engine: Engine | None = None, library: Library | None = None,
                 now=None, profile: LabProfile | None = None):
        self.store = store
        self.engine = engine or RoomEngine(store, now=now, recorded_exams=False)
        self.library = library
        self._profile = profile
        self._lock = threading.RLock()
        self._extra_plan: dict[str, dict] = {}
        self._plans: dict[str, dict] = {}  # attempt id -> its reading plan (the same for its whole test)
        self._fixtures: dict[str, str] | None = None
        self._seen_hashes: dict[str, str] = {}  # volatile-section hash -> seat that sent it first (room_hashes)
        self._seat_locks: dict[str, threading.Lock] = {}
        self._sent: dict[str, list[float]] = {}
        self._heavy_at: dict[str, tuple[float, float]] = {}
        self._typed_at: dict[str, tuple[float, float]] = {}
        self._typed_bytes: dict[str, int] = {}

    # ------------------------------------------------------------------ the room itself
    def info(self) -> dict | None:
        """{"id", "name", "created_at", "fingerprint"} of the room kept in this database, or None."""
        r = self.store.get_setting(ROOM_KEY)
        if not r:
            return None
        return {**r, "fingerprint": tls.fingerprint(self.store.get_setting(TLS_KEY)["cert"])}

    def open(self, name: str) -> dict:
        """Make this PC a room (once: a room opened again keeps its certificate, seats and journal)."""
        name = " ".join(str(name or "").split())[:60] or "AIMM Lab"
        with self._lock:
            have = self.info()
            if have:
                if have["name"] != name:
                    self.store.set_setting(ROOM_KEY, {**self.store.get_setting(ROOM_KEY), "name": name})
                return self.info()
            cert, key = tls.make_certificate(name)
            self.store.set_setting(TLS_KEY, {"cert": cert, "key": key})
            self.store.set_setting(ROOM_KEY, {"id": secrets.token_hex(8), "name": name,
                                              "created_at": clk.iso(self.engine.now())})
            self.new_code()
            return self.info()

    def _require(self) -> dict:
        info = self.info()
        if info is None:
            raise AimmError(T("aucune salle ouverte sur ce poste : ouvrez-la d'abord (aimm-lab room serve)",
                              "no room is open on this PC: open it first (aimm-lab room serve)"))
        return info

    def certificate(self) -> tuple[str, str]:
        t = self.store.get_setting(TLS_KEY)
        return t["cert"], t["key"]

    def pairing_code(self) -> str:
        return (self.store.get_setting(CODE_KEY) or {}).get("code") or self.new_code()

    def new_code(self) -> str:
        code = P.new_code()
        self.store.set_setting(CODE_KEY, {"code": code, "tries": 0})
        return code

    def lab_profile(self) -> LabProfile:
        """The lab's values for every seat: typed on the trainer's PC, else read on it (it is on the lab
        network too). A seat gives only its own: its graded interface and its number."""
        if self._profile is None:
            from ..machine.base import MachineView
            from ..machine.real import RealMachine

            self._profile = LabProfile.load(machine=MachineView(RealMachine()))
        return self._profile

    def scenarios(self) -> Library:
        if self.library is None:
            self.library = discover()
        return self.library

    # ------------------------------------------------------------------ the test in progress
    def open_test(self, scenario_id: str | None, minutes: int | None = None, by: str = "trainer", *,
                  session: str | None = None, block: str | None = None) -> dict:
        """The test the seats start now: a scenario and its duration (default: the scenario's). With a
        mock exam session (trainer/sessions.py) and one of its blocks: the session's scenario for that
        block and its test length; each enrolled trainee gets their extra time, and their attempt is
        that session's test (the jury grid reads it)."""
        self._require()
        if session is not None:
            ses = Sessions(self.engine).get(session)
            if block not in ses.tests:
                raise AimmError(T(f"la session « {ses.name} » n'a pas d'épreuve {block}",
                                  f'the session "{ses.name}" has no {block} test'))
            scenario_id = ses.tests[block].scenario_id
            minutes = ses.test_minutes if minutes is None else minutes
        s = self.scenarios().get(scenario_id)
        if s is None:
            raise AimmError(T(f"scénario inconnu « {scenario_id} »", f'unknown scenario "{scenario_id}"'))
        minutes = s.duration_minutes if minutes is None else minutes
        if isinstance(minutes, bool) or not isinstance(minutes, int | float) or not 1 <= minutes <= 600:
            raise AimmError(T("durée invalide : de 1 à 600 minutes", "invalid duration: 1 to 600 minutes"))
        test = {"scenario": s.id, "title": s.title.as_dict(), "block": s.block, "minutes": minutes,
                "opened_by": by, "opened_at": clk.iso(self.engine.now()), "session": session}
        self.store.set_setting(TEST_KEY, test)
        return test

    def close_test(self) -> None:
        self.store.set_setting(TEST_KEY, None)

    def test(self) -> dict | None:
        return self.store.get_setting(TEST_KEY)

    # ------------------------------------------------------------------ seats
    def join(self, request: dict, fp: str, address: str | None = None) -> dict:
        """A lab PC joins with the pairing code's proof (protocol.py). Returns {"seat", "token",
        "proof", "room"}; Refused (401) when the proof is wrong. The seat's identity and the network
        `address` it joined from are recorded."""
        info = self._require()
        req = P.check_join(request)
        with self._lock:
            rec = self.store.get_setting(CODE_KEY) or {}
            code = rec.get("code") or self.new_code()
            if not secrets.compare_digest(P.join_proof(code, fp, req["nonce"]), req["proof"]):
                tries = int(rec.get("tries", 0)) + 1
                self.store.set_setting(CODE_KEY, {"code": code, "tries": tries})
                # The code is not changed by wrong tries: they are paced per address (server.py) and
                # 40 bits outlast any pace; changing it would let a PC with many addresses keep the
                # code read out in the room stale. The console counts them; the journal keeps a few.
                if tries <= P.MAX_TRIES or tries % 100 == 0:
                    self._alert(None, "pairing_failed", {"identity": req["identity"], "tries": tries,
                                                         "address": address})
                raise P.Refused(T("code d'appairage incorrect : vérifiez le code affiché sur l'écran du formateur",
                                  "wrong pairing code: check the code shown on the trainer's screen"), 401, "code")
            token = secrets.token_urlsafe(32)
            now = clk.iso(self.engine.now())
            mid = req["identity"]["machine_id"]
            before = [x for x in self.seats() if mid and x["identity"].get("machine_id") == mid and x["attempt_id"]
                      and self.engine.get(x["attempt_id"]).is_open]
            with self.store.transaction() as db:
                n = db.conn.execute("SELECT COUNT(*) FROM room_seats").fetchone()[0] + 1
                seat = f"P{n:02d}"
                db["room_seats"].insert({"id": seat, "token_sha256": P.token_digest(token),
                                         "label": req["identity"]["hostname"] or seat, "trainee": None,
                                         "claimed_trainee": req["trainee"], "claimed_number": req["number"],
                                         "identity": json.dumps(req["identity"]), "joined_at": now,
                                         "last_seen": now, "last_seq": 0, "attempt_id": None,
                                         "clock_skew_ms": None, "state": "joined", "address": address,
                                         "last_address": address})
            self.new_code()  # one code, one seat
        for x in before:  # a PC in a test joins again as a new seat: the trainer should know why
            self._alert(x["id"], "rejoined", {"new_seat": seat}, x["attempt_id"])
        return {"seat": seat, "token": token, "proof": P.room_proof(code, fp, req["nonce"], seat),
                "room": {"id": info["id"], "name": info["name"]}}

    def _seat(self, token: str) -> dict:
        if not isinstance(token, str) or not token:
            raise P.Refused(T("poste non appairé à la salle", "seat not paired with the room"), 401, "credential")
        rows = self.store._rows("SELECT * FROM room_seats WHERE token_sha256 = ?", [P.token_digest(token)])
        if not rows:
            raise P.Refused(T("identifiant de poste inconnu : appairez ce poste à nouveau",
                              "unknown seat credential: pair this seat again"), 401, "credential")
        seat = rows[0]
        if seat["dropped_at"]:
            raise P.Refused(T("le formateur a retiré ce poste de la salle : demandez-lui un code pour le rejoindre à "
                              "nouveau", "the trainer removed this seat from the room: ask them for a code to join "
                              "again"), 401, "dropped")
        seat["identity"] = json.loads(seat["identity"])
        return seat

    def _seat_row(self, seat_id: str) -> dict:
        """One seat by its id (P01…), any state; AimmError when there is none."""
        rows = self.store._rows("SELECT * FROM room_seats WHERE id = ?", [str(seat_id or "").strip().upper()])
        if not rows:
            raise AimmError(T(f"poste inconnu « {seat_id} » : voyez la liste des postes (aimm-lab room console)",
                              f'unknown seat "{seat_id}": see the seats (aimm-lab room console)'))
        rows[0]["identity"] = json.loads(rows[0]["identity"])
        return rows[0]

    def credential(self, token: str) -> str:
        """The seat a credential belongs to (Refused 401 otherwise): checked before a body is read."""
        return self._seat(token)["id"]

    def seats(self, dropped: bool = False) -> list[dict]:
        """Every seat that joined (rows of room_seats, identity decoded); those the trainer removed only
        with `dropped`."""
        rows = self.store._rows("SELECT * FROM room_seats" + ("" if dropped else " WHERE dropped_at IS NULL")
                                + " ORDER BY id")
        for r in rows:
            r["identity"] = json.loads(r["identity"])
        return rows

    def _alert(self, seat: str | None, kind: str, data: dict, attempt_id: str | None = None) -> None:
        at = clk.iso(self.engine.now())
        with self.store.transaction() as db:
            db["room_alerts"].insert({"seat_id": seat, "at": at, "kind": kind,
                                      "data": json.dumps(data, ensure_ascii=False, default=str)})
        if attempt_id:
            try:
                self.engine.journal_note(attempt_id, "room_alert", {"seat": seat, "alert": kind, **data})
            except AimmError:
                pass

    def alerts(self, seat: str | None = None) -> list[dict]:
        q = "SELECT * FROM room_alerts" + (" WHERE seat_id = ?" if seat else "") + " ORDER BY id"
        rows = self.store._rows(q, [seat] if seat else [])
        for r in rows:
            r["data"] = json.loads(r["data"])
        return rows

    # ------------------------------------------------------------------ admission (the trainer)
    def admit(self, seat_id: str, by: str, trainee: str | None = None, number: int | None = None, *,
              bulk: bool = False) -> dict:
        """The trainer confirms who sits at a seat and its number (the name and number the seat gave,
        or those given here). Only an admitted seat can start a test; its trainee's name and number then
        come from here, not from the seat. Returns the seat's row. AimmError (for the trainer) when the
        name or number belongs to another admitted seat, the name is not enrolled in the open test's
        session, or the seat is in a test under another name. One seat admitted on its own has its
        number seen by the trainer; with `bulk` (admit_waiting) a number the seat claimed stays its claim,
        and a test whose expected values derive from the number will not start on it."""
        with self._lock:
            seat = self._seat_row(seat_id)
            if seat["dropped_at"]:
                raise AimmError(T(f"le poste {seat['id']} a été retiré de la salle", f"seat {seat['id']} was removed "
                                  "from the room"))
            name = " ".join(str(trainee if trainee is not None else seat["trainee"] or seat["claimed_trainee"]
                                or "").split())
            if not name:
                raise AimmError(T(f"le poste {seat['id']} n'a pas donné de nom : indiquez celui du stagiaire "
                                  "(--trainee)", f"seat {seat['id']} gave no name: give the trainee's (--trainee)"))
            try:
                name = P.trainee_name(name)
            except P.MessageError as e:
                raise AimmError(e.text) from None
            by_whom = "trainer" if number is not None or not bulk else (seat["number_by"] or "seat")
            if number is None:
                number = seat["number"] or seat["claimed_number"] or int(seat["id"][1:])
            if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= P.MAX_SEAT_NUMBER:
                raise AimmError(T(f"numéro de poste invalide : de 1 à {P.MAX_SEAT_NUMBER}",
                                  f"invalid seat number: 1 to {P.MAX_SEAT_NUMBER}"))
            a = self.engine.get(seat["attempt_id"]) if seat["attempt_id"] else None
            if a is not None and a.is_open and (name != seat["trainee"] or number != seat["number"]):
                raise AimmError(T(f"le poste {seat['id']} a une épreuve en cours (stagiaire : {a.trainee}, poste "
                                  f"n° {seat['number']}) : ni le nom ni le numéro ne changent pendant l'épreuve ; "
                                  "retirez le poste (aimm-lab room drop) pour la terminer ou la rendre",
                                  f"seat {seat['id']} has a test in progress (trainee: {a.trainee}, seat number "
                                  f"{seat['number']}): neither name nor number change during the test; remove the "
                                  "seat (aimm-lab room drop) to end or free it"))
            for other in self.seats():
                if other["id"] == seat["id"] or not other["admitted_at"]:
                    continue
                if other["trainee"] and name_key(other["trainee"]) == name_key(name):
                    raise AimmError(T(f"« {name} » est déjà le nom du poste {other['id']} ({other['label']}, "
                                      f"{other['last_address'] or '?'}) : vérifiez qui est assis où. Si ce stagiaire a "
                                      f"changé de PC, retirez le poste {other['id']} en faisant continuer son épreuve "
                                      f"sur {seat['id']} (aimm-lab room drop {other['id']} --to {seat['id']}) ; si ce "
                                      "poste-là a pris son nom, retirez-le",
                                      f'"{name}" is already the name of seat {other["id"]} ({other["label"]}, '
                                      f"{other['last_address'] or '?'}): check who sits where. If this trainee moved "
                                      f"to another PC, remove seat {other['id']} with their test going on at "
                                      f"{seat['id']} (aimm-lab room drop {other['id']} --to {seat['id']}); if that "
                                      "seat took their name, remove it"))
                if other["number"] == number:
                    raise AimmError(T(f"le numéro {number} est déjà celui du poste {other['id']} ({other['label']}) : "
                                      "donnez-en un autre (--number)", f"number {number} is already seat "
                                      f"{other['id']}'s ({other['label']}): give another (--number)"))
            test = self.test()
            if test and test.get("session"):
                ses = Sessions(self.engine).get(test["session"])
                try:
                    name = ses.trainee(name).name
                except AimmError:
                    names = ", ".join(t.name for t in ses.trainees[:12])
                    raise AimmError(T(f"« {name} » n'est pas inscrit à la session « {ses.name} » de l'épreuve ouverte "
                                      f"(inscrits : {names})", f'"{name}" is not enrolled in the open test\'s session '
                                      f'"{ses.name}" (enrolled: {names})')) from None
            now_ms = self.engine.now()
            with self.store.transaction() as db:
                # not while the seat is starting (the start re-reads the row it claimed): a start in
                # progress finishes first, or was cut (the room stopped) STARTING_S ago
                done = db.conn.execute(
                    "UPDATE room_seats SET trainee = ?, number = ?, number_by = ?, admitted_at = COALESCE(admitted_at, ?), "
                    "admitted_by = COALESCE(admitted_by, ?) WHERE id = ? AND dropped_at IS NULL AND "
                    "(starting_at IS NULL OR starting_at < ?) AND attempt_id IS ?",
                    [name, number, by_whom, clk.iso(now_ms), by, seat["id"],
                     clk.iso(now_ms - STARTING_S * 1000), seat["attempt_id"]]).rowcount
            if not done:
                raise AimmError(T(f"le poste {seat['id']} commence son épreuve à l'instant : regardez la console et "
                                  "recommencez si besoin", f"seat {seat['id']} is starting its test right now: look at "
                                  "the console and try again if needed"))
            return self._seat_row(seat["id"])

    def admit_waiting(self, by: str) -> tuple[list[dict], list[tuple[str, AimmError]]]:
        """Admit every seat not admitted yet with the name and number it gave: (admitted rows, [(seat,
        why not)]) — a seat without a name, or with another's name or number, waits for the trainer."""
        done, left = [], []
        for seat in self.seats():
            if seat["admitted_at"]:
                continue
            try:
                done.append(self.admit(seat["id"], by, bulk=True))
            except AimmError as e:
                left.append((seat["id"], e))
        return done, left

    def drop(self, seat_id: str, by: str, *, free: bool = False, to: str | None = None) -> dict:
        """Remove a seat from the room: its credential no longer works (the PC must join again). A test
        in progress on it ends as the trainer's (journaled with who removed the seat), unless `to` names
        the seat the trainee moved to (a PC that broke down): the test goes on there, same name, same
        clock. With `free`, the test is no longer the session's (its trainee can take it again: a seat
        that started under somebody else's name). Returns {"seat", "attempt", "moved_to", "freed"}."""
        with self._lock:
            seat = self._seat_row(seat_id)
            if seat["dropped_at"]:
                raise AimmError(T(f"le poste {seat['id']} est déjà retiré", f"seat {seat['id']} is already removed"))
            a = self.engine.get(seat["attempt_id"]) if seat["attempt_id"] else None
            target = None
            if to:
                target = self._seat_row(to)
                if target["id"] == seat["id"] or target["dropped_at"]:
                    raise AimmError(T(f"le poste {target['id']} ne peut pas reprendre l'épreuve",
                                      f"seat {target['id']} cannot take the test over"))
                if a is None or not a.is_open:
                    raise AimmError(T(f"aucune épreuve en cours sur le poste {seat['id']} à reprendre",
                                      f"no test in progress on seat {seat['id']} to take over"))
                if target["attempt_id"] and self.engine.get(target["attempt_id"]).is_open:
                    raise AimmError(T(f"le poste {target['id']} a déjà une épreuve en cours",
                                      f"seat {target['id']} already has a test in progress"))
                if target["admitted_at"] and name_key(target["trainee"] or "") != name_key(a.trainee):
                    raise AimmError(T(f"le poste {target['id']} est admis pour {target['trainee']} : l'épreuve de "
                                      f"{a.trainee} ne peut continuer que sur un poste pas encore admis (le PC de "
                                      "secours qui vient de rejoindre la salle)", f"seat {target['id']} is admitted "
                                      f"for {target['trainee']}: {a.trainee}'s test can only go on at a seat not yet "
                                      "admitted (the spare PC that just joined the room)"))
            now_ms = self.engine.now()
            now = clk.iso(now_ms)
            freed = False
            with self.store.transaction() as db:
                if not db.conn.execute("UPDATE room_seats SET dropped_at = ?, dropped_by = ?, state = 'dropped' WHERE "
                                       "id = ? AND dropped_at IS NULL AND (starting_at IS NULL OR starting_at < ?) "
                                       "AND attempt_id IS ?", [now, by, seat["id"], clk.iso(now_ms - STARTING_S * 1000),
                                                               seat["attempt_id"]]).rowcount:
                    raise AimmError(T(f"le poste {seat['id']} commence son épreuve à l'instant : regardez la console "
                                      "et recommencez", f"seat {seat['id']} is starting its test right now: look at "
                                      "the console and try again"))
                if target is not None:
                    db.conn.execute("UPDATE room_seats SET attempt_id = ?, trainee = ?, number = ?, number_by = ?, "
                                    "admitted_at = COALESCE(admitted_at, ?), admitted_by = COALESCE(admitted_by, ?) "
                                    "WHERE id = ?", [a.id, seat["trainee"], seat["number"], seat["number_by"], now, by,
                                                     target["id"]])
                if free and a is not None:
                    freed = bool(db.conn.execute("DELETE FROM session_attempts WHERE attempt_id = ?", [a.id]).rowcount)
            data = {"by": by, "moved_to": target["id"] if target else None, "freed": freed}
            self._alert(seat["id"], "seat_dropped", data, a.id if a else None)
            if a is not None and a.is_open and target is None:
                a = self.engine.submit(a, "trainer", by=by)
            return {"seat": seat["id"], "attempt": a, "moved_to": data["moved_to"], "freed": freed}

    # ------------------------------------------------------------------ messages
    def _seat_lock(self, sid: str) -> threading.Lock:
        with self._lock:
            return self._seat_locks.setdefault(sid, threading.Lock())

    def _pace(self, sid: str, kind: str) -> None:
        """A seat sends at most RATE messages a minute, and readings (start, reading, hand-in) in bursts
        of HEAVY_BURST, then one every READING_GAP_S: more is refused (429) and waits in the seat's
        outbox. A real seat never comes near it; a seat flooding the room's disk does."""
        now = time.monotonic()
        with self._lock:
            times = [t for t in self._sent.get(sid, []) if now - t < 60]
            tokens, last = self._heavy_at.get(sid, (HEAVY_BURST, now))
            tokens = min(HEAVY_BURST, tokens + (now - last) / READING_GAP_S)
            typed, tlast = self._typed_at.get(sid, (TYPED_BURST, now))
            typed = min(TYPED_BURST, typed + (now - tlast))
            if len(times) >= RATE or (kind in HEAVY_KINDS and tokens < 1) or (kind in TYPED_KINDS and typed < 1):
                raise P.Refused(T("trop de messages de ce poste : ils seront envoyés dans quelques secondes",
                                  "too many messages from this seat: they will be sent in a few seconds"), 429, "busy")
            times.append(now)
            self._sent[sid] = times
            self._heavy_at[sid] = (tokens - 1 if kind in HEAVY_KINDS else tokens, now)
            self._typed_at[sid] = (typed - 1 if kind in TYPED_KINDS else typed, now)

    def receive(self, token: str, message: dict, address: str | None = None) -> dict:
        """Apply one seat message; returns the answer the seat gets (and keeps). A message already
        received (same id) is answered as the first time and applied once. Messages of one seat are
        applied one at a time. `address`: the network address it came from (a seat's credential used
        from another address is shown). Raises MessageError (400), Refused (401/403/409/429)."""
        self._require()
        seat = self._seat(token)
        msg = P.check_message(message)
        sid = seat["id"]
        with self._seat_lock(sid):
            seat = self._seat(token)  # as it is now that this seat's earlier messages are applied
            self._watch_address(seat, address)
            return self._receive(seat, msg)

    def _watch_address(self, seat: dict, address: str | None) -> None:
        """A seat's messages coming from another network address than before: alert (a copy of the lab
        PC's database used on another PC sends with the same credential and identity)."""
        if not address or address == seat["last_address"]:
            return
        with self.store.transaction() as db:
            db.conn.execute("UPDATE room_seats SET last_address = ? WHERE id = ?", [address, seat["id"]])
        if seat["last_address"]:
            self._alert(seat["id"], "address_changed", {"from": seat["last_address"], "to": address},
                        seat["attempt_id"])
        seat["last_address"] = address

    def _receive(self, seat: dict, msg: dict) -> dict:
        sid = seat["id"]
        old = self.store._rows("SELECT outcome, answer FROM room_messages WHERE seat_id = ? AND msg_id = ?",
                               [sid, msg["id"]])
        if old and old[0]["outcome"] != "received":
            return {**json.loads(old[0]["answer"] or "{}"), "duplicate": True}
        if msg["identity"]["machine_id"] != seat["identity"]["machine_id"]:
            self._alert(sid, "identity_changed", {"joined": seat["identity"], "now": msg["identity"]},
                        seat["attempt_id"])
            raise P.Refused(T("ce poste n'est pas celui qui a rejoint la salle avec cet identifiant : appairez-le",
                              "this PC is not the one that joined the room with this credential: pair it"),
                            403, "identity")
        if not old and msg["seq"] <= seat["last_seq"]:
            self._alert(sid, "replay", {"seq": msg["seq"], "last_seq": seat["last_seq"], "kind": msg["kind"]},
                        seat["attempt_id"])
            raise P.Refused(T("message déjà reçu ou rejoué : refusé", "message already received or replayed: "
                              "refused"), 409, "replay")
        if msg["seq"] > seat["last_seq"] + P.MAX_SEQ_JUMP:
            raise P.Refused(T("numéro de message invalide : refusé", "invalid message number: refused"), 409, "seq")
        if not old:
            self._pace(sid, msg["kind"])
        now_ms = self.engine.now()
        with self.store.transaction() as db:
            if not old:
                db["room_messages"].insert({
                    "seat_id": sid, "msg_id": msg["id"], "seq": msg["seq"], "kind": msg["kind"],
                    "received_at": clk.iso(now_ms), "seat_at": clk.iso(msg["made_at_ms"]),
                    "offline": int(msg["offline"]), "attempt_id": seat["attempt_id"], "outcome": "received",
                    "answer": None, "body": None})
            db.conn.execute("UPDATE room_seats SET last_seen = ?, last_seq = MAX(last_seq, ?), state = ? "
                            "WHERE id = ?", [clk.iso(now_ms), msg["seq"],
                                             "left" if msg["kind"] == "bye" else "joined", sid])
        self._watch_seat_clock(seat, msg)
        keep = None
        try:
            answer = self._apply(seat, msg)
            outcome = "applied"
        except (AttemptError, P.Refused, ProfileError, StateFileError) as e:
            answer = {"ok": False, "error": e.text.as_dict(), "reason": getattr(e, "reason", "refused")}
            outcome = "refused"
            if isinstance(e, AttemptClosed) and msg["kind"] in ("report", "document", "quiz"):
                # typed work that came after the end: not graded, but kept for the trainer to read
                text = json.dumps(msg["body"], ensure_ascii=False)
                keep = text if len(text) <= KEEP_MAX else None
        answer.setdefault("ok", True)
        answer["status"] = self.seat_status(sid, light=True)
        with self.store.transaction() as db:
            db.conn.execute("UPDATE room_messages SET outcome = ?, answer = ?, body = ?, "
                            "attempt_id = COALESCE(attempt_id, ?) WHERE seat_id = ? AND msg_id = ?",
                            [outcome, json.dumps({k: v for k, v in answer.items() if k != "status"}), keep,
                             answer["status"].get("attempt", {}).get("id") if answer["status"].get("attempt")
                             else None, sid, msg["id"]])
        return answer

    def _watch_seat_clock(self, seat: dict, msg: dict) -> None:
        """A seat's wall clock moved against its monotonic clock: alert (the room's time decides)."""
        skew = msg["clock"]["wall_ms"] - msg["clock"]["mono_ms"]
        before = seat["clock_skew_ms"]
        with self.store.transaction() as db:
            db.conn.execute("UPDATE room_seats SET clock_skew_ms = ? WHERE id = ?", [skew, seat["id"]])
        if before is not None and abs(skew - before) > CLOCK_JUMP_MS:
            self._alert(seat["id"], "clock_jump", {"jump_ms": skew - before}, seat["attempt_id"])

    def _received(self, seat: dict, msg: dict, aid: str) -> None:
        self.engine.journal_note(aid, "received", {
            "seat": seat["id"], "msg": msg["id"], "kind": msg["kind"], "offline": msg["offline"],
            "seat_at": clk.iso(msg["made_at_ms"])})

    def _attempt(self, seat: dict) -> Attempt:
        if not seat["attempt_id"]:
            raise P.Refused(T("aucune épreuve commencée sur ce poste", "no test started on this seat"), 409, "no_attempt")
        return self.engine.get(seat["attempt_id"])

    def _reading(self, seat: dict, body: dict, compare: bool = True) -> SeatReading | None:
        state = body.get("reading")
        if state is None:
            return None
        m = SeatReading(state, seat["id"])
        if compare:
            self._compare(seat, state)
        return m

    def _compare(self, seat: dict, state: dict) -> None:
        """Alerts on a reading that is not this PC's: adapters or a name other than those it joined
        with, a shipped recorded state, or another seat's reading."""
        secs = state.get("sections") or {}
        ident = seat["identity"]
        macs = {str(i.get("mac")).lower() for i in ((secs.get("network") or {}).get("interfaces") or [])
                if isinstance(i, dict) and i.get("mac") and not i.get("loopback")}
        host = (secs.get("system") or {}).get("hostname")
        strange = sorted(macs - set(ident.get("macs") or [])) if ident.get("macs") else []
        if strange or (host and ident.get("hostname") and host != ident["hostname"]):
            self._alert(seat["id"], "not_this_pc", {"macs": strange, "hostname": host if host != ident.get("hostname")
                                                    else None}, seat["attempt_id"])
        if self._fixtures is None:
            self._fixtures = _fixture_hashes(self.scenarios())
        hashes = _reading_hashes(state)
        for h in hashes:
            if h in self._fixtures:
                self._alert(seat["id"], "fixture_reading", {"fixture": self._fixtures[h]}, seat["attempt_id"])
                return
        first = self._first_seats(hashes, seat["id"])
        mid = ident.get("machine_id")
        for h in hashes:
            other = first[h]
            if other != seat["id"] and not (mid and self._seat_row(other)["identity"].get("machine_id") == mid):
                # (the same PC joined again as another seat shares its own reading: no alert)
                self._alert(seat["id"], "same_reading", {"other_seat": other}, seat["attempt_id"])
                return

    def _first_seats(self, hashes: list[str], seat_id: str) -> dict[str, str]:
        """{hash: the seat that first sent a reading whose machine-specific part hashes to it}, this
        seat for new ones. Kept in the database (one write per reading), so a restarted room still knows."""
        with self._lock:
            new = [h for h in hashes if h not in self._seen_hashes]
            if new:
                with self.store.transaction() as db:
                    db.conn.executemany("INSERT OR IGNORE INTO room_hashes (hash, seat_id) VALUES (?, ?)",
                                        [(h, seat_id) for h in new])
                    q = ",".join("?" * len(new))
                    for h, sid in db.conn.execute(f"SELECT hash, seat_id FROM room_hashes WHERE hash IN ({q})", new):
                        self._seen_hashes[h] = sid
            return {h: self._seen_hashes[h] for h in hashes}

    def _apply(self, seat: dict, msg: dict) -> dict:
        kind, body = msg["kind"], msg["body"]
        if kind in ("hello", "bye"):
            if kind == "bye" and seat["attempt_id"]:
                a = self.engine.get(seat["attempt_id"])
                if a.is_open:
                    self._alert(seat["id"], "app_closed", {}, a.id)
            return {}
        if kind == "start":
            return self._start(seat, msg)
        a = self._attempt(seat)
        self._received(seat, msg, a.id)
        if a.is_open and a.deadline and clk.parse_iso(a.deadline) + GRACE_S * 1000 < self.engine.now() \
                and a.status == "running":
            self.engine.expire(a)  # too late for a final reading: the last one before counts
            raise AttemptClosed(T("temps écoulé : l'épreuve est terminée, ce message arrive trop tard",
                                  "time is up: the test is over, this message comes too late"))
        if kind in TYPED_KINDS:
            size = len(json.dumps(body, ensure_ascii=False).encode("utf-8"))
            with self._lock:
                if a.id not in self._typed_bytes:  # what the journal holds already (the room restarted)
                    self._typed_bytes[a.id] = self.store._rows(
                        "SELECT COALESCE(SUM(LENGTH(CAST(data AS BLOB))), 0) AS n FROM events WHERE attempt_id = ? "
                        "AND kind IN ('report', 'document', 'quiz')", [a.id])[0]["n"]
                total = self._typed_bytes[a.id] + size
                self._typed_bytes[a.id] = total
            if total > TYPED_MAX:
                self._alert(seat["id"], "too_much", {"bytes": total}, a.id)
                raise P.Refused(T("ce poste a envoyé bien plus de texte qu'une épreuve n'en demande : refusé, le "
                                  "formateur est prévenu", "this seat sent far more text than a test needs: "
                                  "refused, the trainer is told"), 409, "too_much")
        if kind == "reading":
            m = self._reading(seat, body)
            if m is None:
                raise P.MessageError(T("relevé manquant", "reading missing"))
            with self._grading(a, m) as graded:
                r = self.engine.check(a, machine=graded, purpose="record")
            return {"seq": r.seq, "expired": r.expired}
        if kind == "report":
            self.engine.save_report(a, body.get("fields"))
        elif kind == "document":
            if len(json.dumps(body.get("doc"), ensure_ascii=False)) > DOC_MAX:
                raise P.Refused(T("document trop long pour un devis ou une facture", "document too long for a "
                                  "quote or an invoice"), 409, "too_long")
            self.engine.save_document(a, str(body.get("task", "")), body.get("doc"))
        elif kind == "quiz":
            task = str(body.get("task", ""))
            self.engine.answer_quiz(a, task, self._quiz_in(a, task, body.get("answers")))
        elif kind == "submit":
            m = self._reading(seat, body)
            if m is None:
                self.engine.submit(a, "trainee")
            else:
                with self._grading(a, m) as graded:
                    self.engine.submit(a, "trainee", machine=graded)
        return {}

    @contextmanager
    def _grading(self, a: Attempt, m: SeatReading):
        """The seat's reading to grade, answering through a PlanRecorder: what the pass asks for and the
        reading lacks is noted once the pass is over, and the seat's next plan asks for it."""
        rec = PlanRecorder(m.platform, m)
        try:
            yield rec
        finally:
            with self._lock:
                self._extra_plan[a.id] = merge_plans(self._extra_plan.get(a.id), rec.plan())

    def _lab(self, seat: dict, body: dict) -> dict:
        """The seat's lab values: the room's profile for the room's network (what the trainer set on
        this PC wins over what a seat detects), the seat's number as the trainer admitted it, and the
        seat's own graded interface."""
        theirs = body.get("lab") or {}
        if not isinstance(theirs, dict) or not all(isinstance(theirs.get(k) or {}, dict) for k in ("values", "detected")):
            raise P.MessageError(T("le profil du labo envoyé par ce PC est illisible : relancez AIMM Lab sur ce PC ; si "
                                   "cela se répète, prévenez le formateur", "the lab profile this PC sent is "
                                   "unreadable: restart AIMM Lab on this PC; if it happens again, tell the trainer"))
        values = {k: _seat_interface(v) for k, v in (theirs.get("values") or {}).items() if k in SEAT_KEYS}
        detected = {k: _seat_interface(v) for k, v in (theirs.get("detected") or {}).items() if k in SEAT_KEYS}
        room = self.lab_profile()
        mine = {k: room.get(k) for k in KEYS if k not in SEAT_KEYS and room.get(k) not in (None, "", [], {})}
        if not values.get("interface") and not detected.get("interface") and room.values.get("interface"):
            # a seat whose graded adapter is disabled (the fault itself) detects none: the adapter the
            # trainer typed on the room's PC serves every seat (lab PCs share one image)
            values["interface"] = room.values["interface"]
        merged = LabProfile({**values, **mine}, detected)
        number = seat.get("number") or seat.get("claimed_number")
        merged.values["seat"] = number if number else int(seat["id"][1:])
        return merged.variables()

    def _start(self, seat: dict, msg: dict) -> dict:
        if not seat["admitted_at"]:
            raise P.Refused(T("le formateur n'a pas encore validé ce poste (votre nom et le numéro du poste) : "
                              "attendez son accord, puis recommencez", "the trainer has not admitted this seat yet "
                              "(your name and the seat's number): wait for it, then start again"), 409, "not_admitted")
        test = self.test()
        if not test:
            raise P.Refused(T("aucune épreuve ouverte : attendez que le formateur la lance",
                              "no test open: wait for the trainer to start it"), 409, "no_test")
        if seat["attempt_id"]:
            a = self.engine.get(seat["attempt_id"])
            if a.is_open or a.scenario_id == test["scenario"]:
                return {"attempt": a.id}  # already started: the seat resumes it
        body = msg["body"]
        s = self.scenarios().get(test["scenario"])
        if s is None:
            raise P.Refused(T("le scénario de l'épreuve n'est plus sur le poste du formateur",
                              "the test's scenario is no longer on the trainer's PC"), 409, "scenario")
        if seat["number_by"] != "trainer" and self._needs_number(s, seat, body):
            self._alert(seat["id"], "number_unconfirmed", {"number": seat["number"], "scenario": s.id}, None)
            raise P.Refused(T("cette épreuve dépend du numéro de votre poste, que le formateur n'a pas encore confirmé : "
                              "appelez-le", "this test depends on your seat's number, which the trainer has not "
                              "confirmed yet: call them"), 409, "number_unconfirmed")
        # Claim the seat as admitted now (same name, same number, not removed): an admission or a removal
        # made meanwhile by the trainer (another process) makes the claim fail, and one made after it
        # waits for this start (their updates skip a seat that is starting).
        now_ms = self.engine.now()
        with self.store.transaction() as db:
            claimed = db.conn.execute(
                "UPDATE room_seats SET starting_at = ? WHERE id = ? AND admitted_at IS NOT NULL AND dropped_at IS NULL "
                "AND trainee = ? AND number IS ? AND attempt_id IS ? AND (starting_at IS NULL OR starting_at < ?)",
                [clk.iso(now_ms), seat["id"], seat["trainee"], seat["number"], seat["attempt_id"],
                 clk.iso(now_ms - STARTING_S * 1000)]).rowcount
        if not claimed:
            raise P.Refused(T("le formateur modifie ce poste à l'instant : recommencez dans un moment",
                              "the trainer is changing this seat right now: start again in a moment"), 409, "changing")
        try:
            return self._start_claimed(seat, body, test, s)
        finally:
            with self.store.transaction() as db:
                db.conn.execute("UPDATE room_seats SET starting_at = NULL WHERE id = ?", [seat["id"]])

    def _needs_number(self, s: Scenario, seat: dict, body: dict) -> bool:
        """Whether the scenario's expected values change with the seat's number (an address derived
        from it): resolved with two numbers, compared."""
        try:
            lab = self._lab(seat, body)
            one = resolve(s, {**lab, "seat": 1})
            two = resolve(s, {**lab, "seat": 2})
        except (AimmError, ValueError, TypeError):
            return True
        return repr((one.variables, one.preconditions, one.tasks)) != repr((two.variables, two.preconditions, two.tasks))

    def _start_claimed(self, seat: dict, body: dict, test: dict, s: Scenario) -> dict:
        # the trainee is the one the trainer admitted at this seat; a name the seat sends now does not count
        trainee = seat["trainee"]
        for other in self.seats():
            if other["id"] != seat["id"] and other["trainee"] and name_key(other["trainee"]) == name_key(trainee):
                self._alert(seat["id"], "name_taken", {"other_seat": other["id"], "trainee": trainee}, None)
                raise P.Refused(T(f"« {trainee} » est déjà le nom d'un autre poste de la salle : voyez le formateur",
                                  f'"{trainee}" is already the name of another seat in the room: see the trainer'),
                                409, "name_taken")
        m = self._reading(seat, body, compare=False)
        if m is None:
            raise P.MessageError(T("relevé de départ manquant", "starting reading missing"))
        info = self._require()
        minutes, enrolled = test["minutes"], None
        if test.get("session"):
            ses = Sessions(self.engine).get(test["session"])
            try:
                enrolled = ses.trainee(trainee)
            except AimmError:
                raise P.Refused(T(f"« {trainee} » n'est pas inscrit à la session de cet examen : voyez le formateur",
                                  f'"{trainee}" is not enrolled in this exam\'s session: see the trainer'),
                                409, "not_enrolled") from None
            trainee = enrolled.name  # as enrolled (one trainee in the gradebook, whatever the case typed)
            minutes = minutes + enrolled.extra_minutes
            taken = self.store._rows("SELECT attempt_id FROM session_attempts WHERE session_id = ? AND trainee_id = ? "
                                     "AND block = ?", [test["session"], enrolled.trainee_id, s.block])
            if taken:
                raise P.Refused(T(f"{trainee} a déjà passé l'épreuve {s.block} de cette session : voyez le formateur",
                                  f"{trainee} has already taken this session's {s.block} test: see the trainer"),
                                409, "already_taken")
        a = self.engine.start(s, trainee, "exam", minutes, machine=m, lab=self._lab(seat, body),
                              room={"room": info["id"], "seat": seat["id"], "label": seat["label"],
                                    "identity": seat["identity"], "opened_by": test["opened_by"],
                                    "number": seat["number"], "admitted_by": seat["admitted_by"],
                                    "admitted_at": seat["admitted_at"], "address": seat["last_address"]})
        with self.store.transaction() as db:
            db.conn.execute("UPDATE room_seats SET attempt_id = ?, trainee = ? WHERE id = ?", [a.id, trainee, seat["id"]])
            if enrolled is not None:
                db["session_attempts"].insert({"session_id": test["session"], "trainee_id": enrolled.trainee_id,
                                               "block": s.block, "attempt_id": a.id})
        seat["attempt_id"] = a.id
        self._compare(seat, m.state)
        return {"attempt": a.id}

    # ------------------------------------------------------------------ what a seat is told
    def plan(self, a: Attempt) -> dict:
        """What the seat must read for this attempt's next pass (sections and look-ups; never values)."""
        with self._lock:
            plan = self._plans.get(a.id)
        if plan is None:
            facts = self.engine.facts(a)
            plan = _dry_plan(resolve(self.engine.scenario_of(a), facts.lab),
                             facts.started.get("room", {}).get("identity", {}).get("platform"))
            with self._lock:
                self._plans[a.id] = plan
        with self._lock:
            return merge_plans(plan, self._extra_plan.get(a.id))

    def start_plan(self, seat_id: str, lab: dict | None = None) -> dict | None:
        """What a seat reads to start the open test: every section, and the look-ups of the test's
        scenario with this seat's lab values."""
        test = self.test()
        if not test:
            return None
        s = self.scenarios().get(test["scenario"])
        if s is None:
            return None
        seat = self._seat_row(seat_id)
        try:
            rs = resolve(s, self._lab(seat, {"lab": lab or {}}))
        except P.MessageError:
            raise
        except AimmError:
            return {"sections": {}, "lookups": []}
        return _dry_plan(rs, seat["identity"].get("platform"))

    def _perm(self, aid: str, task: str, qi: int, n: int) -> list[int]:
        """The order a seat sees an ordering question's choices (or a matching question's right-hand
        items) in: shuffled per attempt under a key only the room has (the scenario file lists them in
        the right order, so an order sent as it is would be the answer)."""
        cert, key = self.certificate()
        seed = hashlib.sha256(f"{key}|{aid}|{task}|{qi}".encode()).digest()
        p = list(range(n))
        random.Random(seed).shuffle(p)  # any order, the file's included: which one tells nothing
        return p

    def _quiz_in(self, a: Attempt, task_id: str, answers):
        """A seat's quiz answers (choice numbers as it saw them) in the scenario's numbering."""
        try:
            t = self.engine.scenario_of(a).task(task_id)
        except KeyError:
            return answers  # the engine says the task is unknown
        if not isinstance(answers, list):
            return answers
        out = list(answers)
        for qi, (q, ans) in enumerate(zip(t.questions, answers, strict=False)):
            if q.type not in ("order", "match") or not isinstance(ans, list):
                continue
            p = self._perm(a.id, task_id, qi, len(q.choices) if q.type == "order" else len(q.pairs))
            out[qi] = [p[x] if isinstance(x, int) and not isinstance(x, bool) and 0 <= x < len(p) else x for x in ans]
        return out

    def _quiz_out(self, a: Attempt, quiz: dict) -> dict:
        """Saved quiz answers in the numbering the seat sees (the inverse of _quiz_in)."""
        s = self.engine.scenario_of(a)
        out = {}
        for task_id, answers in quiz.items():
            try:
                t = s.task(task_id)
            except KeyError:
                continue
            shown = list(answers)
            for qi, (q, ans) in enumerate(zip(t.questions, answers, strict=False)):
                if q.type in ("order", "match") and isinstance(ans, list):
                    p = self._perm(a.id, task_id, qi, len(q.choices) if q.type == "order" else len(q.pairs))
                    inv = {orig: i for i, orig in enumerate(p)}
                    shown[qi] = [inv.get(x, x) for x in ans]
            out[task_id] = shown
        return out

    def public_scenario(self, s: Scenario, lab: dict, aid: str | None = None) -> dict:
        """What the trainee reads of a scenario: brief and tasks, never checks, answers or expected lines.
        Ordering and matching questions come shuffled for this attempt (`aid`)."""
        def text(t):
            return t.as_dict() if t is not None else None
        tasks = []
        for t in s.tasks:
            d = {"id": t.id, "kind": t.kind, "points": t.points, "title": text(t.title),
                 "description": text(t.description)}
            if t.root_causes:
                d["root_causes"] = [[k, text(v)] for k, v in t.root_causes]
            if t.document:
                d["document"] = {k: v for k, v in t.document.items() if k not in ("lines", "expected")}
            if t.questions:
                d["questions"] = []
                for qi, q in enumerate(t.questions):
                    choices, pairs = list(q.choices), list(q.pairs)
                    if q.type == "order":
                        p = self._perm(aid or "", t.id, qi, len(choices))
                        choices = [choices[i] for i in p]
                    elif q.type == "match":
                        p = self._perm(aid or "", t.id, qi, len(pairs))
                        pairs = [(pairs[i][0], pairs[p[i]][1]) for i in range(len(pairs))]
                    d["questions"].append({"type": q.type, "prompt": text(q.prompt), "points": q.points,
                                           "choices": [text(c) for c in choices],
                                           "pairs": [[text(a), text(b)] for a, b in pairs], "image": q.image})
            tasks.append(d)
        return {"id": s.id, "version": s.version, "block": s.block, "title": text(s.title), "brief": text(s.brief),
                "tasks": tasks, "report_fields": [f for f, _, _ in REPORT_FIELDS]}

    def seat_status(self, seat_id: str, light: bool = False) -> dict:
        """What a seat is told: the room's time, the open test, its attempt (state, time left by the
        room's clock, the public scenario, the reading plan, what it saved). No expected value, no
        result. `light` (the answer to each message): the scenario's id and title only, nothing saved."""
        seat = self._seat_row(seat_id)
        now = self.engine.now()
        out = {"seat": seat_id, "trainee": seat["trainee"] or seat["claimed_trainee"], "room_ms": now,
               "test": self.test(), "attempt": None, "admitted": bool(seat["admitted_at"]),
               "number": seat["number"] or seat["claimed_number"]}
        if seat["attempt_id"]:
            a = self.engine.get(seat["attempt_id"])
            f = self.engine.facts(a)
            s = self.engine.scenario_of(a)
            out["attempt"] = {"id": a.id, "status": a.status if not a.overdue(now) else "overdue",
                              "remaining_s": a.remaining_s(now),
                              "scenario": {"id": s.id, "title": s.title.as_dict()} if light
                              else self.public_scenario(s, f.lab, a.id),
                              "plan": self.plan(a) if a.is_open else None}
            if not light:
                out["attempt"].update({"report": f.report, "documents": f.documents,
                                       "quiz": self._quiz_out(a, f.quiz)})
        return out

    def hello(self, token: str) -> dict:
        """A seat asks where it stands (GET): its status, and the start plan when a test is open."""
        self._require()
        seat = self._seat(token)
        self._pace(seat["id"], "status")
        with self.store.transaction() as db:
            db.conn.execute("UPDATE room_seats SET last_seen = ? WHERE id = ?",
                            [clk.iso(self.engine.now()), seat["id"]])
        st = self.seat_status(seat["id"])
        st["last_seq"] = seat["last_seq"]
        return st

    # ------------------------------------------------------------------ trainer actions
    def _seat_attempt(self, seat_id: str) -> Attempt:
        return self._attempt(self._seat_row(seat_id))

    def pause(self, seat_id: str, by: str) -> Attempt:
        return self.engine.pause(self._seat_attempt(seat_id), by=by)

    def resume(self, seat_id: str, by: str) -> Attempt:
        return self.engine.resume(self._seat_attempt(seat_id), by=by)

    def add_time(self, seat_id: str, minutes: float, by: str) -> Attempt:
        return self.engine.add_time(self._seat_attempt(seat_id), minutes, by=by)

    def end(self, seat_id: str, by: str) -> Attempt:
        return self.engine.submit(self._seat_attempt(seat_id), "trainer", by=by)

    def tick(self) -> list[Attempt]:
        """Expire the room's attempts whose deadline passed more than GRACE_S ago (the seat's final
        reading did not come); note seats gone silent. Call it every few seconds."""
        now = self.engine.now()
        out = []
        self.engine.watch_clock()
        for aid in self.store.overdue_ids(clk.iso(now - GRACE_S * 1000), self.store.db_id):
            a = self.engine.get(aid)
            if a.is_open and a.status == "running" and (self.engine.facts(a).started or {}).get("supervision") == "room":
                out.append(self.engine.expire(a))  # a local exam on this PC ends with its own final reading
        return out

    def console(self) -> list[SeatRow]:
        """One row per seat: who, which test, connected or not, time left, readings, alerts."""
        now = self.engine.now()
        rows = []
        counts = {r["seat_id"]: r["n"] for r in self.store._rows(
            "SELECT seat_id, COUNT(*) AS n FROM room_messages WHERE kind IN ('reading', 'start', 'submit') "
            "AND outcome = 'applied' GROUP BY seat_id")}
        alerts: dict[str, list] = {}
        for al in self.alerts():
            alerts.setdefault(al["seat_id"], []).append(al)
        for s in self.seats():
            a = self.engine.get(s["attempt_id"]) if s["attempt_id"] else None
            seen = clk.parse_iso(s["last_seen"]) if s["last_seen"] else None
            connected = s["state"] != "left" and seen is not None and now - seen < OFFLINE_AFTER_S * 1000
            rows.append(SeatRow(s["id"], s["label"], s["trainee"] or s["claimed_trainee"] or "", connected,
                                s["last_seen"], a, a.remaining_s(now) if a else None, counts.get(s["id"], 0),
                                alerts.get(s["id"], []), bool(s["admitted_at"]), s["number"] or s["claimed_number"],
                                s["last_address"], s["number_by"] == "trainer"))
        return rows
