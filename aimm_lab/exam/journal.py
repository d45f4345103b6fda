"""The journal of an attempt, replayed: every event in order gives the `Facts` (clock events, checks,
hints, report, documents, quiz answers, rubric marks), and from them the attempt's row
(`derive_row`), so the row never says more than the journal and can be recomputed to verify it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from ..scenarios.loader import load_text
from ..scenarios.model import Scenario
from ..store.chain import GENESIS, score_seal
from . import clock as clk
from .scoring import Answers, score_attempt


@dataclass
class Facts:
    """Everything the row and the score are computed from, accumulated event by event."""

    started: dict | None = None
    started_at: str | None = None
    clock: list[clk.ClockEvent] = field(default_factory=list)
    warnings: set[int] = field(default_factory=set)  # given since the last added time
    checks: dict[str, dict] = field(default_factory=dict)
    last_pass_seq: int = 0
    hints: set[str] = field(default_factory=set)
    report: dict = field(default_factory=dict)
    documents: dict[str, dict] = field(default_factory=dict)
    quiz: dict[str, list] = field(default_factory=dict)
    rubric: dict[tuple[str, str], dict] = field(default_factory=dict)
    released: bool = False
    seq: int = 0
    head: str = GENESIS
    # The planned fault (docs/attempts.md, "The fault at start"): None when the attempt does not
    # follow the rule (no preconditions, or journaled before it); else "in_place" (the preconditions
    # held at start or at a later pass), "missing" (not verified: task results are held back) or
    # "confirmed" (a trainer confirmed the set-up: every pass counts).
    fault: str | None = None
    fault_seq: int | None = None  # the event that settled it (a pass, or the trainer's confirmation)
    fault_by: str | None = None  # who confirmed
    held: dict[str, dict] = field(default_factory=dict)  # task results while the fault was not verified

    def copy(self) -> Facts:
        return replace(self, clock=list(self.clock), warnings=set(self.warnings), checks=dict(self.checks),
                       hints=set(self.hints), report=dict(self.report), documents=dict(self.documents),
                       quiz=dict(self.quiz), rubric=dict(self.rubric), held=dict(self.held))

    @property
    def fault_verified(self) -> bool:
        """Do check passes count? True unless the attempt follows the fault rule and the fault was
        neither seen in place nor confirmed by a trainer."""
        return self.fault != "missing"

    def apply(self, seq: int, at: str, kind: str, data: dict, hash_: str | None = None) -> None:
        self.seq = seq
        if hash_:
            self.head = hash_
        t = clk.parse_iso(at)
        if kind == "started":
            self.started, self.started_at = data, at
            self.clock.append(clk.ClockEvent("started", t, data.get("duration_ms")))
        elif kind in ("paused", "resumed"):
            self.clock.append(clk.ClockEvent(kind, t))
        elif kind == "time_added":
            self.clock.append(clk.ClockEvent(kind, t, data.get("ms")))
            self.warnings.clear()
        elif kind == "submitted":
            self.clock.append(clk.ClockEvent(kind, t, None, data.get("reason")))
        elif kind == "warning":
            self.warnings.add(int(data.get("seconds", 0)))
        elif kind == "check":
            result = data.get("result") or {}
            pre = result.get("preconditions") or []
            held = bool(pre) and all(c.get("outcome") == "PASS" for c in pre)
            if data.get("purpose") == "baseline":
                if (self.started or {}).get("fault_rule"):
                    self.fault, self.fault_seq = ("in_place" if held else "missing"), seq
                return
            if self.fault == "missing" and held:
                self.fault, self.fault_seq = "in_place", seq
                self.held.clear()
            target = self.held if self.fault == "missing" else self.checks
            for task in result.get("tasks") or []:
                target[task["id"]] = task
            self.last_pass_seq = seq
        elif kind == "fault_confirmed":
            if self.fault == "missing":
                self.checks.update(self.held)
                self.held.clear()
                self.fault, self.fault_seq, self.fault_by = "confirmed", seq, data.get("by")
        elif kind == "hint":
            self.hints.add(data["task"])
        elif kind == "report":
            self.report = dict(data.get("fields") or {})
        elif kind == "document":
            self.documents[data["task"]] = data.get("doc") or {}
        elif kind == "quiz":
            self.quiz[data["task"]] = data.get("answers") or []
        elif kind == "rubric":
            self.rubric[(data["task"], data["item"])] = {"task": data["task"], "item": data["item"],
                                                         "points": data["points"], "comment": data.get("comment"),
                                                         "by": data.get("by"), "at": at}
        elif kind == "released":
            self.released = True

    @property
    def mode(self) -> str:
        return (self.started or {}).get("mode", "practice")

    @property
    def lab(self) -> dict:
        return dict((self.started or {}).get("lab") or {})

    def clock_state(self) -> clk.ClockState:
        return clk.replay(self.clock)

    def answers(self) -> Answers:
        return Answers(self.mode, dict(self.checks), set(self.hints), dict(self.report), dict(self.documents),
                       dict(self.quiz), {k: v["points"] for k, v in self.rubric.items()}, dict(self.held))

    @classmethod
    def from_journal(cls, rows: list[dict]) -> Facts:
        f = cls()
        for r in rows:
            f.apply(r["seq"], r["at"], r["kind"], r["data"], r.get("hash"))
        return f


def derive_row(attempt_id: str, facts: Facts, scenario: Scenario, trainee_id: int, updated_at: str) -> dict:
    """The attempts row that the journal implies. The one place a row is computed."""
    st = facts.started or {}
    sc = st.get("scenario") or {}
    c = facts.clock_state()
    sheet = score_attempt(scenario, facts.answers())
    pending = sheet.pending
    row = {
        "id": attempt_id, "trainee_id": trainee_id, "scenario_id": sc.get("id"), "scenario_version": sc.get("version"),
        "scenario_sha256": sc.get("sha256"), "title_fr": (sc.get("title") or {}).get("fr"),
        "title_en": (sc.get("title") or {}).get("en"), "block": sc.get("block"), "mode": st.get("mode"),
        "status": c.status, "started_at": facts.started_at,
        "duration_s": None if st.get("duration_ms") is None else st["duration_ms"] / 1000,
        "deadline": clk.iso(c.deadline), "paused_remaining_s": None if c.kept_ms is None else c.kept_ms / 1000,
        "submitted_at": clk.iso(c.ended_at), "submit_reason": c.reason, "score": sheet.score,
        "max_score": sheet.max_score, "pending": int(pending), "released": int(facts.released),
        "origin": st.get("origin", ""), "events": facts.seq, "head_hash": facts.head,
        "score_hash": score_seal(facts.head, sheet.score, sheet.max_score, c.status, pending),
        "updated_at": updated_at,
    }
    return row


ROW_FIELDS_CHECKED = ("scenario_id", "scenario_version", "scenario_sha256", "mode", "status", "started_at", "deadline",
                      "duration_s", "paused_remaining_s", "submitted_at", "submit_reason", "score", "max_score",
                      "pending", "released", "events", "head_hash", "score_hash", "origin")


def load_stored_scenario(text: str, path: str) -> Scenario:
    """A scenario from the copy stored with an attempt, graded without its folder: fixture and
    picture files are not looked for; line numbers are kept for errors."""
    return load_text(text, Path(path), check_files=False)
