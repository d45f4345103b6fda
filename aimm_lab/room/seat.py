"""A lab PC's side of a room exam: join, read what the room asks, send, and never lose a message.

    link = SeatLink(store)                       # the lab PC's own database keeps the link and outbox
    link.join("192.168.10.5:8765", "K7QF-3MZD", trainee="Alice Martin")
    st = link.status()                           # the room's view: test, attempt, time left, plan
    link.start()                                 # read the machine as the room asks, start the test
    link.reading()                               # a reading for the room to grade (no result comes back)
    link.report({"diagnostic": "..."}); link.submit()

Every message is first written to the outbox in the lab PC's database (synchronous, like the
journal), then sent; it leaves the outbox only once the room acknowledged it. While the room
cannot be reached the seat keeps working: messages wait, marked as made offline, and `flush()`
(called before every send and by the caller's timer) delivers them in order when the room is back.
A message the room refused stays in the outbox with its answer (`refused()`), not resent.

The lab PC does not grade: it never gets the expected values, only the scenario's public text
and the reading plan (aimm_lab.machine.seat).
"""

from __future__ import annotations

import http.client
import json
import os
import re
import secrets
import socket
import ssl
import sys
import threading
import time
from pathlib import Path

from ..errors import AimmError
from ..exam import clock as clk
from ..i18n import T
from ..labprofile import LabProfile
from ..machine.base import Machine, MachineView, ProbeError
from ..machine.normalize import mac
from ..machine.seat import read_plan
from ..store.db import ROOM_LINK_KEY, ROOM_OPEN_KEY, Store
from . import protocol as P
from . import tls

LINK_KEY = ROOM_LINK_KEY
ONLINE_KEY = "room_online"
OPEN_KEY = ROOM_OPEN_KEY  # the room attempt open on this PC, as last told: local practice waits
TIMEOUT_S = 10.0
OPEN_STATES = ("running", "paused", "overdue")  # an attempt the seat still reads for (overdue: the final reading)
TEST_OVER = T("L'épreuve de ce poste est terminée (remise, arrêtée par le formateur ou temps écoulé) : il n'y a "
              "plus rien à envoyer.", "This PC's test is over (handed in, ended by the trainer or time up): there "
              "is nothing more to send.")
NO_TEST = T("aucune épreuve commencée sur ce poste : commencez celle que le formateur a ouverte",
            "no test started on this PC: start the one the trainer opened")


class Offline(AimmError):
    """The room cannot be reached now (the message, if any, waits in the outbox)."""


class Busy(Offline):
    """The room asked this seat to wait a few seconds (too many messages): they wait in the outbox."""


class RoomAnswer(AimmError):
    """The room answered with an error (its words)."""

    def __init__(self, status: int, body: dict):
        err = body.get("error") or {}
        super().__init__(T(err.get("fr", f"erreur {status}"), err.get("en", f"error {status}")))
        self.status = status
        self.reason = body.get("reason", "")


def machine_identity(platform: str | None = None) -> dict:
    """This PC's identity as the room records it: machine id (Linux /etc/machine-id, Windows the
    registry's MachineGuid), hostname, the MAC addresses of its adapters (psutil), platform."""
    import psutil

    mid = ""
    if sys.platform == "win32":
        try:
            import winreg

            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography") as k:
                mid = str(winreg.QueryValueEx(k, "MachineGuid")[0])
        except OSError:
            pass
    else:
        for p in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
            try:
                mid = Path(p).read_text().strip()
                break
            except OSError:
                continue
    # Linux gives 52:54:00:ab:cd:ef, Windows 52-54-00-AB-CD-EF (psutil/arch/windows/net.c), tunnels 8 bytes:
    # spelled as the machine readings spell them (normalize.mac), so a reading's adapters compare
    macs = sorted({m for addrs in psutil.net_if_addrs().values() for a in addrs
                   if a.family == psutil.AF_LINK and (m := mac(a.address))})
    return {"machine_id": mid[:128], "hostname": socket.gethostname()[:255], "macs": macs[:64],
            "platform": platform or ("windows" if sys.platform == "win32" else "linux")}


def _split(address: str) -> tuple[str, int]:
    """"host", "host:port", "[v6]:port" or a bare IPv6 address -> (host, port); 8765 by default."""
    address = str(address or "").strip()
    m = re.fullmatch(r"\[([0-9A-Fa-f:.%\w]+)\](?::(\d+))?", address)
    if m:
        host, port = m.group(1), m.group(2) or ""
    elif address.count(":") == 1:
        host, _, port = address.partition(":")
    else:
        host, port = address, ""
    try:
        port_n = int(port or 8765)
        if not host or not 0 < port_n < 65536 or any(c.isspace() or c in "/?#@" for c in host):
            raise ValueError
        return host, port_n
    except ValueError:
        raise AimmError(T(f"adresse de salle invalide « {address} » (ex. 192.168.10.5:8765)",
                          f'invalid room address "{address}" (e.g. 192.168.10.5:8765)')) from None


def _why(e: Exception, lang: str = "fr") -> str:
    """An error reaching an address, in a few words."""
    if isinstance(e, socket.gaierror):
        return "nom inconnu" if lang == "fr" else "unknown name"
    if isinstance(e, ssl.SSLError):
        return "ce n'est pas une salle AIMM Lab (pas de TLS)" if lang == "fr" else "not an AIMM Lab room (no TLS)"
    if isinstance(e, ConnectionRefusedError):
        return "connexion refusée" if lang == "fr" else "connection refused"
    if isinstance(e, TimeoutError | socket.timeout):
        return "pas de réponse" if lang == "fr" else "no answer"
    if isinstance(e, ConnectionError | http.client.HTTPException):
        return "connexion coupée" if lang == "fr" else "connection cut"
    return "réseau indisponible" if lang == "fr" else "network unavailable"


class SeatLink:
    """The lab PC's link to its room (see the module's docstring)."""

    def __init__(self, store: Store, machine: Machine | None = None, *, timeout: float = TIMEOUT_S,
                 identity: dict | None = None, mono=None, wall=None):
        self.store = store
        self._machine = machine
        self.timeout = timeout
        self._identity = identity
        self._mono = mono or (lambda: int(time.monotonic() * 1000))
        self._wall = wall or clk.wall_ms
        self._lock = threading.RLock()
        self._conn: http.client.HTTPSConnection | None = None
        self._conn_key = None

    @property
    def online(self) -> bool:
        """Whether the last exchange with the room succeeded (kept in the database: a message made by
        the next program after an outage is still marked as made offline)."""
        return self.store.get_setting(ONLINE_KEY, True) is not False

    @online.setter
    def online(self, value: bool) -> None:
        if self.online != bool(value):
            self.store.set_setting(ONLINE_KEY, bool(value))

    # ------------------------------------------------------------------ state
    def link(self) -> dict | None:
        """{"address", "cert", "token", "seat", "room"} once joined, else None."""
        return self.store.get_setting(LINK_KEY)

    def machine(self) -> Machine:
        if self._machine is None:
            from ..machine.real import RealMachine

            self._machine = RealMachine()
        return self._machine

    def identity(self) -> dict:
        if self._identity is None:
            self._identity = machine_identity(self.machine().platform)
        return self._identity

    # ------------------------------------------------------------------ HTTP
    def _connect(self, address: str, pinned: str | None) -> http.client.HTTPSConnection:
        host, port = _split(address)
        return http.client.HTTPSConnection(host, port, timeout=self.timeout, context=tls.client_context(pinned))

    def _request(self, method: str, path: str, body=None, *, conn=None, auth=True) -> dict:
        """One request to the room. Without `conn`, over this link's kept-alive connection (made again,
        once, when the room closed it meanwhile: every message is idempotent). Offline when the room
        cannot be reached; RoomAnswer for an error status."""
        link = self.link()
        if link is None and auth:
            raise AimmError(T("ce poste n'a rejoint aucune salle", "this PC has joined no room"))
        headers = {"Content-Type": "application/json"}
        if auth:
            headers["Authorization"] = f"Bearer {link['token']}"
        data = None if body is None else json.dumps(body).encode()
        with self._lock:
            for attempt in (1, 2):
                own = conn is None
                c = conn
                if own:
                    key = (link["address"], link.get("fingerprint"))
                    reused = self._conn is not None and self._conn_key == key
                    if not reused:
                        self._close()
                        self._conn, self._conn_key = self._connect(link["address"], link["cert"]), key
                    c = self._conn
                try:
                    c.request(method, path, body=data, headers=headers)
                    resp = c.getresponse()
                    raw = resp.read()
                    break
                except ssl.SSLCertVerificationError:
                    self._close()
                    self.online = False
                    raise AimmError(T("la salle ne présente plus le certificat appairé : ne continuez pas, "
                                      "prévenez le formateur", "the room no longer shows the paired certificate: "
                                      "do not go on, tell the trainer")) from None
                except (OSError, http.client.HTTPException) as e:
                    if own:
                        self._close()
                        if reused and attempt == 1:
                            continue  # the kept-alive connection had been closed by the room: once more
                    self.online = False
                    raise Offline(T(f"salle injoignable ({_why(e)}) : le travail est gardé sur ce poste",
                                    f"room unreachable ({_why(e, 'en')}): the work is kept on this PC")) from None
        self.online = True
        try:
            answer = json.loads(raw.decode("utf-8")) if raw else {}
        except (UnicodeDecodeError, ValueError):
            answer = {}
        if resp.status >= 400:
            raise RoomAnswer(resp.status, answer)
        return answer

    def _close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn, self._conn_key = None, None

    def close(self) -> None:
        """Close the kept-alive connection to the room (a new one is made when needed)."""
        with self._lock:
            self._close()

    def __del__(self):  # a link dropped without close(): its connection goes with it
        try:
            self._close()
        except Exception:  # noqa: BLE001 - nothing to report at collection time
            pass

    # ------------------------------------------------------------------ joining
    def join(self, address: str, code: str, trainee: str = "") -> dict:
        """Join the room at `address` with the pairing code shown on the trainer's screen. The code is
        never sent: a proof bound to the certificate seen (protocol.py). The room's answer is checked
        with the code before the certificate is pinned and the credential kept."""
        code = P.clean_code(code)
        conn = self._connect(address, None)
        try:
            try:
                conn.connect()
            except (OSError, ssl.SSLError) as e:
                raise Offline(T(f"aucune salle ne répond à l'adresse « {address} » ({_why(e)}) : vérifiez l'adresse "
                                f"affichée sur l'écran du formateur", f'no room answers at "{address}" ({_why(e, "en")}): '
                                f"check the address shown on the trainer's screen")) from None
            der = conn.sock.getpeercert(binary_form=True)
            fp = tls.fingerprint(der)
            nonce = secrets.token_hex(16)
            ans = self._request("POST", "/v1/join", {"nonce": nonce, "proof": P.join_proof(code, fp, nonce),
                                                    "trainee": trainee, "identity": self.identity(),
                                                    "number": self._number(), "version": P.VERSION},
                                conn=conn, auth=False)
        finally:
            conn.close()
        if not isinstance(ans, dict) or not secrets.compare_digest(
                str(ans.get("proof", "")), P.room_proof(code, fp, nonce, str(ans.get("seat", "")))):
            raise AimmError(T("la réponse ne vient pas de la salle attendue (preuve du code incorrecte) : "
                              "rien n'a été enregistré", "the answer does not come from the expected room (wrong "
                              "code proof): nothing was saved"))
        link = {"address": address, "cert": ssl.DER_cert_to_PEM_cert(der), "fingerprint": fp,
                "token": ans["token"], "seat": ans["seat"], "room": ans.get("room") or {}, "trainee": trainee}
        self.store.set_setting(LINK_KEY, link)
        return link

    def _number(self) -> int | None:
        """This seat's number as its lab profile gives it (typed, else the hostname's last digits): a
        claim the trainer confirms when admitting the seat."""
        try:
            lab = self.lab()
            n = lab["values"].get("seat") or lab["detected"].get("seat")
        except (AimmError, ProbeError, OSError):
            return None
        return n if isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= P.MAX_SEAT_NUMBER else None

    def leave(self) -> None:
        """Forget the room (its certificate and this seat's credential). Refused while a test of the
        room is open on this PC: leaving would not stop it, only cut the link."""
        if self.store.get_setting(OPEN_KEY):
            raise AimmError(T("une épreuve de la salle est en cours sur ce poste : remettez-la d'abord",
                              "a test of the room is in progress on this PC: submit it first"))
        self.store.set_setting(LINK_KEY, None)

    # ------------------------------------------------------------------ the outbox
    def _put(self, kind: str, body: dict) -> dict:
        with self.store.transaction() as db:
            last = db.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM room_outbox").fetchone()[0]
            floor = (self.store._rows("SELECT value FROM settings WHERE key = 'room_seq_floor'", db=db) or
                     [{"value": "0"}])[0]["value"]
            seq = max(last, int(json.loads(floor))) + 1
            wall, mono = self._wall(), self._mono()
            msg = {"id": secrets.token_hex(16), "seq": seq, "kind": kind, "body": body,
                   "clock": {"wall_ms": wall, "mono_ms": mono}, "made_at_ms": wall, "offline": not self.online,
                   "identity": self.identity()}
            db["room_outbox"].insert({"seq": seq, "msg_id": msg["id"], "kind": kind, "body": json.dumps(msg),
                                      "created_at": clk.iso(wall), "sent_at": None, "answer": None})
        return msg

    def pending(self) -> int:
        return self.store._rows("SELECT COUNT(*) AS n FROM room_outbox WHERE sent_at IS NULL")[0]["n"]

    def refused(self) -> list[dict]:
        rows = self.store._rows("SELECT seq, kind, answer FROM room_outbox WHERE answer LIKE '%\"ok\": false%'")
        return [{**r, "answer": json.loads(r["answer"])} for r in rows]

    def flush(self) -> list[dict]:
        """Send what waits, in order; returns the answers. Stops (Offline) when the room is unreachable."""
        out = []
        for r in self.store._rows("SELECT seq, body FROM room_outbox WHERE sent_at IS NULL ORDER BY seq"):
            msg = json.loads(r["body"])
            msg["clock"] = {"wall_ms": self._wall(), "mono_ms": self._mono()}  # the clock as it is at sending
            try:
                ans = self._request("POST", "/v1/msg", msg)
            except Offline:
                self._mark_waiting()
                raise
            except RoomAnswer as e:
                if e.status in (408, 429) or e.status >= 500:  # wait and send again: it waits, in order
                    raise Busy(e.text) from None
                if e.status in (400, 409, 413):  # refused for good: kept here, with why
                    ans = {"ok": False, "error": e.text.as_dict(), "reason": e.reason}
                else:
                    raise
            with self.store.transaction() as db:
                db.conn.execute("UPDATE room_outbox SET sent_at = ?, answer = ? WHERE seq = ?",
                                [clk.iso(self._wall()), json.dumps(ans), r["seq"]])
            self._note(ans.get("status"))
            out.append(ans)
        return out

    def _mark_waiting(self) -> None:
        """Every message still waiting is marked as made while the room was unreachable."""
        with self.store.transaction() as db:
            for r in db.conn.execute("SELECT seq, body FROM room_outbox WHERE sent_at IS NULL").fetchall():
                msg = json.loads(r[1])
                if not msg.get("offline"):
                    msg["offline"] = True
                    db.conn.execute("UPDATE room_outbox SET body = ? WHERE seq = ?", [json.dumps(msg), r[0]])

    def send(self, kind: str, body: dict) -> dict | None:
        """Keep a message, then deliver everything waiting. Returns the room's answer to this message,
        or None when it waits (offline)."""
        msg = self._put(kind, body)
        try:
            answers = self.flush()
        except Offline:
            return None
        row = self.store._rows("SELECT answer FROM room_outbox WHERE msg_id = ?", [msg["id"]])
        return json.loads(row[0]["answer"]) if row and row[0]["answer"] else (answers[-1] if answers else None)

    # ------------------------------------------------------------------ what the trainee does
    def status(self, lab: dict | None = None) -> dict:
        """Where this seat stands, as the room says (with `lab`: and the plan of the reading that
        starts the open test, for these lab values)."""
        st = self._request("POST", "/v1/seat", {"lab": lab}) if lab is not None else self._request("GET", "/v1/seat")
        self.store.set_setting("room_seq_floor", int(st.get("last_seq") or 0))
        self._note(st)
        return st

    def _note(self, st: dict | None) -> None:
        """Keep what the room said of this PC's test (engine.room_exam reads it)."""
        if not isinstance(st, dict) or "attempt" not in st:
            return
        a = st.get("attempt")
        if a and a.get("plan") is not None:
            self.store.set_setting("room_last_plan", a["plan"])
        self.store.set_setting(OPEN_KEY, {"id": a["id"], "scenario": a["scenario"]["id"],
                                          "title": a["scenario"]["title"]}
                               if a and a.get("status") in ("running", "paused", "overdue") else None)

    def lab(self) -> dict:
        p = LabProfile.load(machine=MachineView(self.machine()))
        return {"values": p.to_json(), "detected": p.detected}

    def start(self, trainee: str | None = None) -> dict | None:
        """Start the test the trainer opened: read every section and what the room asks, send it."""
        lab = self.lab()
        st = self.status(lab)
        if st.get("attempt") and st["attempt"]["status"] in ("running", "paused"):
            return {"ok": True, "attempt": st["attempt"]["id"], "status": st}
        plan = st.get("start_plan") or {"sections": {}, "lookups": []}
        state = read_plan(self.machine(), plan, every_section=True)
        return self.send("start", {"trainee": trainee or (self.link() or {}).get("trainee") or "",
                                   "lab": lab, "reading": state})

    def _plan(self) -> tuple[dict | None, dict | None]:
        """(the reading plan of this seat's open test or None, the `over` answer when its test is over)."""
        try:
            st = self.status()
        except Offline:
            return (self.store.get_setting("room_last_plan") or None), None
        a = st.get("attempt")
        if a and a.get("status") not in OPEN_STATES:
            return None, self._over(st)
        return (a or {}).get("plan"), None

    @staticmethod
    def _over(status: dict | None) -> dict:
        return {"ok": True, "over": True, "note": TEST_OVER.as_dict(), "status": status}

    def _after(self, ans: dict | None) -> dict | None:
        """The room's answer; refused because the test ended meanwhile (handed in, ended by the trainer,
        time up): the `over` answer, the test's normal end, with the room's words in `refusal`."""
        if ans is None or ans.get("ok", True):
            return ans
        a = (ans.get("status") or {}).get("attempt")
        if a and a.get("status") not in OPEN_STATES:
            return {**self._over(ans.get("status")), "refusal": ans.get("error")}
        return ans

    def reading(self) -> dict | None:
        """Read what the room's plan asks for and send it (the room grades; nothing comes back). Once
        this seat's test is over, nothing is read or sent: {"ok": True, "over": True, "note": {fr, en}}
        says so (a normal outcome, not an error). AimmError when no test was started here."""
        plan, over = self._plan()
        if over is not None:
            return over
        if plan is None:
            raise AimmError(NO_TEST)
        return self._after(self.send("reading", {"reading": read_plan(self.machine(), plan)}))

    def report(self, fields: dict) -> dict | None:
        return self.send("report", {"fields": fields})

    def document(self, task: str, doc: dict) -> dict | None:
        return self.send("document", {"task": task, "doc": doc})

    def quiz(self, task: str, answers: list) -> dict | None:
        return self.send("quiz", {"task": task, "answers": answers})

    def submit(self) -> dict | None:
        """Hand the test in, with a last reading. Once it is over: the `over` answer, as reading()."""
        plan, over = self._plan()
        if over is not None:
            return over
        body = {"reading": read_plan(self.machine(), plan)} if plan is not None else {}
        return self._after(self.send("submit", body))

    def bye(self) -> dict | None:
        return self.send("bye", {})


def env_timeout() -> float:
    try:
        return float(os.environ.get("AIMM_LAB_ROOM_TIMEOUT", TIMEOUT_S))
    except ValueError:
        return TIMEOUT_S
