"""An attempt as the program shows it: its row (`Attempt`, rebuilt from its journal), what a check
pass hands back (`CheckReceipt`), what `verify` finds (`Verdict`), and the engine's errors."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import AimmError
from ..grade import PassResult
from ..i18n import Text
from . import clock as clk


class AttemptError(AimmError):
    """An attempt cannot do what was asked (closed, paused, unknown task...)."""


class AttemptNotFound(AttemptError):
    pass


class AttemptClosed(AttemptError):
    pass


class NotReady(AttemptError):
    """The scenario cannot run on this seat (lab profile incomplete, other platform): the message
    says, in plain words, what the trainer must set. `readiness`: the scenarios.readiness finding."""

    def __init__(self, message, readiness=None):
        super().__init__(message)
        self.readiness = readiness


class ExamInProgress(AttemptError):
    """An exam attempt is open on this PC: no other attempt may start, be resumed or give feedback.
    `exam`: that attempt."""

    def __init__(self, message, exam=None):
        super().__init__(message)
        self.exam = exam


# --------------------------------------------------------------------------- attempt snapshot


@dataclass(frozen=True)
class Attempt:
    """A snapshot of an attempt's row. Cheap to read; never changes: ask the engine again."""

    id: str
    trainee: str
    scenario_id: str
    scenario_version: int
    scenario_sha256: str
    title: Text
    block: str
    mode: str
    status: str  # running | paused | submitted | expired
    started_at: str
    deadline: str | None
    duration_s: float | None
    paused_remaining_s: float | None
    submitted_at: str | None
    submit_reason: str | None
    score: float | None
    max_score: float | None
    pending: bool
    released: bool
    events: int
    origin: str

    @classmethod
    def from_row(cls, r: dict) -> Attempt:
        return cls(r["id"], r["trainee"], r["scenario_id"], r["scenario_version"], r.get("scenario_sha256", ""),
                   Text(r.get("title_fr") or r["scenario_id"], r.get("title_en")), r.get("block") or "", r["mode"],
                   r["status"], r["started_at"], r.get("deadline"), r.get("duration_s"), r.get("paused_remaining_s"),
                   r.get("submitted_at"), r.get("submit_reason"), r.get("score"), r.get("max_score"),
                   bool(r.get("pending")), bool(r.get("released")), r.get("events", 0), r.get("origin", ""))

    @property
    def is_open(self) -> bool:
        return self.status in ("running", "paused")

    @property
    def timed(self) -> bool:
        return self.duration_s is not None

    @property
    def feedback(self) -> bool:
        """May the trainee see results? Practice: always; exam: once the trainer released them."""
        return self.mode == "practice" or self.released

    def remaining_s(self, now: int | None = None) -> float | None:
        """Seconds left (never negative), from the stored deadline (`now` in epoch ms, default
        the wall clock); the kept time while paused; None when untimed or over."""
        if self.status == "paused":
            return self.paused_remaining_s
        if self.status != "running" or self.deadline is None:
            return None
        now = clk.now_ms() if now is None else now
        return max(0, clk.parse_iso(self.deadline) - now) / 1000

    def elapsed_s(self, now: int | None = None) -> float:
        """Seconds since the start (wall clock, pauses included; never negative); `now` in epoch ms.
        For an attempt that is over, the time from the start to its end."""
        now = clk.now_ms() if now is None else now
        end = clk.parse_iso(self.submitted_at) if self.submitted_at else now
        return max(0, min(now, end) - clk.parse_iso(self.started_at)) / 1000

    def warning_stage(self, now: int | None = None) -> int | None:
        """How urgent the time left is: 600 (10 minutes or less), 300 (5 minutes or less) or None
        (more, untimed, paused or over); `now` in epoch ms. See `clock.warning_stage`."""
        if self.status != "running":
            return None
        left = self.remaining_s(now)
        return None if left is None else clk.warning_stage(left * 1000)

    def overdue(self, now: int | None = None) -> bool:
        now = clk.now_ms() if now is None else now
        return self.status == "running" and self.deadline is not None and clk.parse_iso(self.deadline) <= now

    def as_dict(self, now: int | None = None) -> dict:
        return {
            "id": self.id, "scenario_id": self.scenario_id, "scenario_version": self.scenario_version,
            "scenario_sha256": self.scenario_sha256, "title": self.title.as_dict(), "block": self.block,
            "trainee": self.trainee, "mode": self.mode, "status": self.status, "started_at": self.started_at,
            "deadline": self.deadline,
            "duration_minutes": None if self.duration_s is None else round(self.duration_s / 60, 2),
            "remaining_s": self.remaining_s(now), "submitted_at": self.submitted_at,
            "submit_reason": self.submit_reason, "score": self.score, "max_score": self.max_score,
            "pending": self.pending, "released": self.released, "event_count": self.events,
        }


@dataclass
class CheckReceipt:
    """What a check pass gives back. `result` is None when feedback is hidden (exam, not released)."""

    attempt: Attempt
    seq: int
    result: PassResult | None
    expired: bool = False  # the time ran out: this pass was the final one and the attempt is over
    counted: bool = True  # False: the planned fault was not in place, this pass does not count yet


@dataclass
class Verdict:
    """`verify()`'s finding for one attempt."""

    attempt_id: str
    trainee: str
    scenario_id: str
    problems: list[Text] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems
