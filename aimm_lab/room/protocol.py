"""What a seat and the room say to each other (HTTPS + JSON), checked field by field.

Joining (`POST /v1/join`, no credential yet). The trainer's screen shows a pairing code of 8
characters (40 bits, Crockford's base-32 alphabet: no I, L, O, U). The seat never sends the code:
it sends a proof, HMAC-SHA256(code, "join|" + fingerprint + "|" + nonce), bound to the fingerprint
of the certificate it sees. The room checks it against its own certificate (a relay in the middle
shows another certificate, so its proof fails) and answers with its own proof,
HMAC-SHA256(code, "room|" + fingerprint + "|" + nonce + "|" + seat): only who knows the code can
make it, so the seat knows it talks to the room before it pins the certificate and keeps the
credential. The code changes after every join (wrong proofs are paced per address, not rotated:
MAX_TRIES of them are journaled, then one in a hundred).

Messages (`POST /v1/msg`, `Authorization: Bearer <seat credential>`): one JSON object
{"id": 32 hex digits, "seq": n, "kind": ..., "clock": {"wall_ms", "mono_ms"}, "offline": bool,
"made_at_ms": seat wall clock when made, "identity": {...}, "body": {...}}. `id` makes a message
idempotent (sent twice, applied once: the outbox resends until acknowledged); `seq` grows by one
per message made on the seat, so an old message sent again under a new id is seen as a replay.

Names (aimm_lab.names): the trainee's name is kept in NFKC and refused when it could pass for another
on the trainer's console (`trainee_name`); a PC's name likewise, kept as the PC gives it. Two trainees'
names are compared by `name_key` (equal keys: the same name to the eye).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata

from .. import names
from ..errors import AimmError
from ..i18n import T, Text

VERSION = 1
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LEN = 8
MAX_TRIES = 10
MAX_BODY = 4 * 1024 * 1024  # a whole machine state is ~130 KB here; a Windows PC with many processes, ~1 MB
KINDS = ("hello", "start", "reading", "report", "document", "quiz", "submit", "bye")
ID_RE = re.compile(r"^[0-9a-f]{32}$")
SERVICE_TYPE = "_aimm-lab._tcp.local."


class MessageError(AimmError):
    """A message that is not one (HTTP 400): its text says which field."""

    status = 400


class Refused(AimmError):
    """A message understood and refused (HTTP status given: 401 credential, 403 identity, 409 replay
    or state, 404 nothing to act on)."""

    def __init__(self, message: Text, status: int = 409, reason: str = "refused"):
        super().__init__(message)
        self.status = status
        self.reason = reason


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LEN))


def show_code(code: str) -> str:
    """The code as the trainer's screen shows it: K7QF-3MZD."""
    return f"{code[:4]}-{code[4:]}"


def clean_code(typed: str) -> str:
    """A typed code as the protocol uses it: upper case, without spaces or dashes; the letters people
    confuse read as the digits they look like (O→0, I/L→1), as Crockford's alphabet does."""
    s = re.sub(r"[\s\-]", "", str(typed or "")).upper().translate(str.maketrans("OIL", "011"))
    if len(s) != CODE_LEN or any(ch not in CODE_ALPHABET for ch in s):
        raise MessageError(T(f"code d'appairage invalide : {CODE_LEN} caractères, comme affiché sur l'écran du formateur",
                             f"invalid pairing code: {CODE_LEN} characters, as shown on the trainer's screen"))
    return s


def join_proof(code: str, fp: str, nonce: str) -> str:
    return hmac.new(code.encode(), f"join|{fp}|{nonce}".encode(), hashlib.sha256).hexdigest()


def room_proof(code: str, fp: str, nonce: str, seat: str) -> str:
    return hmac.new(code.encode(), f"room|{fp}|{nonce}|{seat}".encode(), hashlib.sha256).hexdigest()


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


MAX_MS = 253_402_300_799_999  # 9999-12-31T23:59:59.999Z: a time a date can show
MAX_SEAT_NUMBER = 250  # a seat's number in the lab (its address is often derived from it: .1 to .250)
MAX_SEQ_JUMP = 100_000  # messages a seat may make offline between two it sends
NAME_MAX = 100  # characters of a trainee's name
name_key = names.key  # the form two trainees' names are compared in (equal keys: the same name to the eye)


def _bad(field: str, want: T) -> MessageError:
    return MessageError(T(f"message invalide : « {field} » ({want.fr})", f'invalid message: "{field}" ({want.get("en")})'))


def _int(v, field: str, lo: int = 0, hi: int = 2**62) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
        raise _bad(field, T(f"entier de {lo} à {hi}", f"integer from {lo} to {hi}"))
    return v


def _str(v, field: str, n: int = 200) -> str:
    """A string of at most `n` characters without a character nobody sees (control, format, private,
    unassigned: names.hidden), which could make one PC's value pass for another's."""
    if not isinstance(v, str) or len(v) > n or any(names.hidden(c) for c in v):
        raise _bad(field, T(f"texte de {n} caractères au plus, sans caractère de contrôle ou invisible",
                            f"text of at most {n} characters, no control or invisible characters"))
    return v


def trainee_name(v) -> str:
    """A trainee's name as the room keeps and shows it (names.clean: NFKC, spaces collapsed); MessageError
    in plain words when it is not text of NAME_MAX characters or could pass for another name on the
    trainer's console (names.problem: invisible characters, letters of two alphabets, stacked accents)."""
    if not isinstance(v, str) or len(v) > 4 * NAME_MAX:
        raise _bad("trainee", T(f"texte de {NAME_MAX} caractères au plus", f"text of at most {NAME_MAX} characters"))
    name = names.clean(v)
    why = names.problem(name)
    if why is not None or len(name) > NAME_MAX:
        why = why or T(f"il dépasse {NAME_MAX} caractères", f"it is longer than {NAME_MAX} characters")
        raise MessageError(names.refused(why))
    return name


def _host(v) -> str:
    """A PC's name as the seat reads it (socket.gethostname): kept as it is (the room compares it with
    the name in the seat's readings), refused when the trainer could mistake it for another PC's."""
    if not isinstance(v, str) or len(v) > 255:
        raise _bad("identity.hostname", T("texte de 255 caractères au plus", "text of at most 255 characters"))
    host = v
    if names.problem(host) is not None or unicodedata.normalize("NFKC", host) != host:
        raise MessageError(T("le nom de ce PC contient un caractère invisible ou d'un autre alphabet : le formateur "
                             "doit renommer le PC pour qu'il rejoigne la salle", "this PC's name holds an invisible "
                             "character or one from another alphabet: the trainer must rename the PC for it to "
                             "join the room"))
    return host


def check_identity(v) -> dict:
    """A seat's identity: {"machine_id": str, "hostname": str, "macs": [str], "platform": str}."""
    if not isinstance(v, dict):
        raise _bad("identity", T("objet", "object"))
    macs = v.get("macs", [])
    if not isinstance(macs, list) or len(macs) > 64:
        raise _bad("identity.macs", T("liste de 64 adresses au plus", "list of at most 64 addresses"))
    return {"machine_id": _str(v.get("machine_id", ""), "identity.machine_id", 128),
            "hostname": _host(v.get("hostname", "")),
            "macs": sorted({_str(m, "identity.macs", 64).lower() for m in macs}),
            "platform": _str(v.get("platform", ""), "identity.platform", 20)}


def check_join(d) -> dict:
    if not isinstance(d, dict):
        raise _bad("join", T("objet", "object"))
    nonce = _str(d.get("nonce"), "nonce", 64)
    if not re.fullmatch(r"[0-9a-f]{32,64}", nonce):
        raise _bad("nonce", T("32 à 64 chiffres hexadécimaux", "32 to 64 hexadecimal digits"))
    proof = _str(d.get("proof"), "proof", 64)
    name = trainee_name(d.get("trainee", ""))
    number = d.get("number")
    return {"nonce": nonce, "proof": proof, "trainee": name, "identity": check_identity(d.get("identity")),
            "number": None if number is None else _int(number, "number", 1, MAX_SEAT_NUMBER),
            "version": _int(d.get("version", VERSION), "version", 1, 1000)}


def check_message(d) -> dict:
    """A seat's message, checked (MessageError names the first bad field). The body is checked by
    the room for its kind."""
    if not isinstance(d, dict):
        raise _bad("message", T("objet JSON", "JSON object"))
    mid = d.get("id")
    if not isinstance(mid, str) or not ID_RE.match(mid):
        raise _bad("id", T("32 chiffres hexadécimaux", "32 hexadecimal digits"))
    kind = d.get("kind")
    if kind not in KINDS:
        raise _bad("kind", T(" / ".join(KINDS), " / ".join(KINDS)))
    clock = d.get("clock")
    if not isinstance(clock, dict):
        raise _bad("clock", T("objet", "object"))
    body = d.get("body", {})
    if not isinstance(body, dict):
        raise _bad("body", T("objet", "object"))
    offline = d.get("offline", False)
    if not isinstance(offline, bool):
        raise _bad("offline", T("vrai ou faux", "true or false"))
    if "identity" not in d:
        raise _bad("identity", T("l'identité du poste accompagne chaque message",
                                 "the seat's identity comes with every message"))
    return {"id": mid, "seq": _int(d.get("seq"), "seq", 1), "kind": kind, "body": body, "offline": offline,
            "clock": {"wall_ms": _int(clock.get("wall_ms"), "clock.wall_ms", 0, MAX_MS),
                      "mono_ms": _int(clock.get("mono_ms"), "clock.mono_ms")},
            "made_at_ms": _int(d.get("made_at_ms", clock.get("wall_ms")), "made_at_ms", 0, MAX_MS),
            "identity": check_identity(d["identity"])}
