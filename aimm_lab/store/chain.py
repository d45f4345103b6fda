"""The hash chain that makes an attempt's journal tamper-evident.

Every event of an attempt carries the hash of the event before it; its own hash
covers that link, the attempt id, its number, its time, its kind and its data
(canonical JSON, stored exactly as hashed). The attempt's score is sealed with
the hash of the last event, so editing an event, removing one, or editing the
score without recomputing every later hash shows up in `attempts verify`.

What it does not do: someone who rewrites a whole journal and recomputes every
hash on a lab PC is not detected here (no secret lives on a lab PC). Result
bundles carry an HMAC under the trainer's secret for that (store/bundles.py).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from ..i18n import T

GENESIS = "0" * 64


def canonical(data) -> str:
    """The one JSON text of a value that is hashed and stored: sorted keys, no spaces, UTF-8."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(prev: str, attempt_id: str, seq: int, at: str, kind: str, data_text: str) -> str:
    h = hashlib.sha256()
    h.update(f"{prev}\n{attempt_id}\n{seq}\n{at}\n{kind}\n".encode())
    h.update(data_text.encode("utf-8"))
    return h.hexdigest()


def score_text(score: float | None, max_score: float | None, status: str, pending: bool) -> str:
    def num(x):
        return "-" if x is None else f"{x:.2f}"

    return f"{num(score)}|{num(max_score)}|{status}|{int(bool(pending))}"


def score_seal(head: str, score: float | None, max_score: float | None, status: str, pending: bool) -> str:
    """Binds the stored score and status to the journal's last hash."""
    return hashlib.sha256(f"{head}\n{score_text(score, max_score, status, pending)}".encode()).hexdigest()


@dataclass(frozen=True)
class Event:
    """One journaled event, as stored."""

    attempt_id: str
    seq: int
    at: str  # ISO 8601 UTC, milliseconds, "Z"
    kind: str
    data_text: str  # canonical JSON, exactly as hashed
    prev_hash: str
    hash: str

    @property
    def data(self) -> dict:
        return json.loads(self.data_text)

    def as_dict(self, data: bool = True) -> dict:
        d = {"seq": self.seq, "at": self.at, "kind": self.kind, "prev_hash": self.prev_hash, "hash": self.hash}
        if data:
            d["data"] = self.data
        return d


def make_event(attempt_id: str, seq: int, at: str, kind: str, data, prev: str) -> Event:
    text = canonical(data)
    return Event(attempt_id, seq, at, kind, text, prev, event_hash(prev, attempt_id, seq, at, kind, text))


@dataclass(frozen=True)
class ChainProblem:
    seq: int | None
    what: str  # "hash", "link", "gap", "head", "count", "seal"

    def describe(self):
        where_fr = f"événement n° {self.seq}" if self.seq is not None else "tentative"
        where_en = f"event #{self.seq}" if self.seq is not None else "attempt"
        texts = {
            "hash": T(f"{where_fr} modifié (empreinte incorrecte)", f"{where_en} edited (wrong hash)"),
            "link": T(f"{where_fr} : lien rompu avec l'événement précédent",
                      f"{where_en}: broken link to the previous event"),
            "gap": T(f"{where_fr} : numérotation interrompue (événement supprimé ou inséré)",
                     f"{where_en}: numbering broken (event removed or inserted)"),
            "head": T("le dernier événement ne correspond pas à celui enregistré (événements supprimés ?)",
                      "the last event is not the one recorded (events removed?)"),
            "count": T("le nombre d'événements ne correspond pas (événements supprimés ou ajoutés)",
                       "the number of events does not match (events removed or added)"),
            "seal": T("note ou statut modifiés (le sceau de la note ne correspond plus au journal)",
                      "score or status edited (the score's seal no longer matches the journal)"),
        }
        return texts[self.what]


def verify_chain(attempt_id: str, events: list[Event]) -> list[ChainProblem]:
    """Every problem of one attempt's chain, in order (an empty list: intact)."""
    problems: list[ChainProblem] = []
    prev = GENESIS
    for i, ev in enumerate(events, start=1):
        if ev.seq != i:
            problems.append(ChainProblem(ev.seq, "gap"))
        if ev.prev_hash != prev:
            problems.append(ChainProblem(ev.seq, "link"))
        if event_hash(ev.prev_hash, attempt_id, ev.seq, ev.at, ev.kind, ev.data_text) != ev.hash:
            problems.append(ChainProblem(ev.seq, "hash"))
        prev = ev.hash
    return problems
