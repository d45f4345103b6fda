"""The exam clock, computed from the journal: never by counting ticks.

An attempt's time is a wall-clock deadline in UTC. The remaining time is always
`deadline - now`, so it survives a frozen program, a crash, a kill or a PC that
was switched off: time keeps running while the PC is down, as in a real exam.

- started: a timed attempt gets `deadline = start + duration`; an untimed one none.
- paused: the remaining time is kept and the deadline cleared.
- resumed: a new deadline, `now + kept remaining time`.
- time_added (tiers-temps): the deadline moves later (or the kept time grows while paused).
- submitted: the attempt is over. A submission at or after the deadline is an expiry.

Once the deadline has passed, the attempt expired *at the deadline*, whatever
happened later: a pause, an added time or a submission journaled afterwards
changes nothing (the program may not have been running at the deadline; the next
start journals the expiry). `replay` is a pure function of the events, so tests
can drive it with any sequence.

Times are integers: milliseconds since the epoch, UTC. The journal stores them as
ISO 8601 text with milliseconds ("2026-11-28T10:00:00.000Z").

The watched clock. `now_ms()` is not the bare wall clock: it is the wall clock read once when
the program started, moved on by the monotonic clock (`WatchedClock`). A wall clock changed
while the program runs (by hand, by a tool that fakes the time) does not change the time
left; the jump is noted (`take_anomalies`) and the engine journals it. At start, the engine
compares the wall clock with what it journaled last and with the PC's time since boot
(`boot_clock`, Linux: /proc/uptime, which programs that fake the time do not touch); a wall
clock behind them is an anomaly and the watched clock is moved forward to the time it
should be (`rebase`), so a clock set back never gives time back.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

WARNINGS_S = (600, 300)  # warnings at 10 and 5 minutes left

RUNNING, PAUSED, SUBMITTED, EXPIRED = "running", "paused", "submitted", "expired"
CLOCK_KINDS = ("started", "paused", "resumed", "time_added", "submitted")


JUMP_MS = 5_000  # a wall clock that moves this much away from the monotonic clock has been changed


def wall_ms() -> int:
    """The bare wall clock (what the PC says now), epoch milliseconds."""
    return time.time_ns() // 1_000_000


def mono_ms() -> int:
    return time.monotonic_ns() // 1_000_000


class WatchedClock:
    """The program's time: the wall clock read at start, moved on by the monotonic clock.

    `now()` epoch ms; every call also compares the wall clock with it and notes a change of
    more than JUMP_MS as an anomaly (a dict: what, at, wall, delta_ms), taken once by
    `take_anomalies()`. `rebase(floor, what)` moves the time forward to `floor` when it is
    behind (a wall clock set back before the program started) and notes it. `wall` and
    `mono` are functions giving epoch ms and monotonic ms (tests pass fake ones)."""

    def __init__(self, wall: Callable[[], int] | None = None, mono: Callable[[], int] | None = None):
        self._wall = wall or wall_ms
        self._mono = mono or mono_ms
        self._lock = threading.Lock()
        self._base = self._wall()
        self._mono0 = self._mono()
        self._gap = 0  # wall - watched, as last seen
        self._pending: list[dict] = []
        self.anomalies: list[dict] = []  # every one seen by this program

    def _note(self, what: str, at: int, wall: int, delta: int, **more) -> None:
        a = {"what": what, "at": iso(at), "wall": iso(wall), "delta_ms": int(delta), **more}
        self._pending.append(a)
        self.anomalies.append(a)

    def now(self) -> int:
        with self._lock:
            t = self._base + (self._mono() - self._mono0)
            wall = self._wall()
            gap = wall - t
            if abs(gap - self._gap) > JUMP_MS:
                self._note("jump", t, wall, gap - self._gap)
                self._gap = gap
            return t

    __call__ = now

    def rebase(self, floor: int, what: str, **more) -> bool:
        """Move the time forward to `floor` if it is behind by more than JUMP_MS; True if it was."""
        with self._lock:
            t = self._base + (self._mono() - self._mono0)
            if floor - t <= JUMP_MS:
                return False
            wall = self._wall()
            self._base += floor - t
            self._gap = wall - floor
            self._note(what, floor, wall, wall - floor, **more)
            return True

    def note(self, what: str, wall: int, delta: int, **more) -> None:
        """Note an anomaly found by someone else (a clock ahead of the boot clock...)."""
        with self._lock:
            self._note(what, self._base + (self._mono() - self._mono0), wall, delta, **more)

    def take_anomalies(self) -> list[dict]:
        with self._lock:
            out, self._pending = self._pending, []
            return out


CLOCK = WatchedClock()


def now_ms() -> int:
    """The program's time (the watched clock), epoch milliseconds."""
    return CLOCK.now()


def boot_clock() -> tuple[str, int] | None:
    """(boot id, milliseconds since boot) read from the kernel, or None where it cannot be read
    (not Linux). Read from /proc: programs that fake the time for one process do not change it,
    and setting the wall clock does not either."""
    try:
        boot_id = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
        up = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return boot_id, int(up * 1000)


def iso(ms: int | None) -> str | None:
    """ISO 8601 UTC with milliseconds and a Z: sortable as text."""
    if ms is None:
        return None
    dt = datetime.fromtimestamp(ms / 1000, UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def parse_iso(text: str | None) -> int | None:
    if text is None:
        return None
    dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return round(dt.timestamp() * 1000)


def to_ms(value: int | float | datetime | str | None) -> int | None:
    """Accept epoch milliseconds, a datetime or ISO text."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return round(value.timestamp() * 1000)
    if isinstance(value, str):
        return parse_iso(value)
    return int(value)


@dataclass(frozen=True)
class ClockEvent:
    kind: str  # one of CLOCK_KINDS
    at: int  # epoch ms
    ms: int | None = None  # started: duration (None = untimed); time_added: how much
    reason: str | None = None  # submitted: trainee, deadline, trainer


@dataclass(frozen=True)
class ClockState:
    """The clock after a journal. `remaining(now)` and `overdue(now)` answer for any time."""

    status: str = RUNNING
    timed: bool = False
    started_at: int | None = None
    deadline: int | None = None  # timed: running, or the last one when over; None while paused
    kept_ms: int | None = None  # paused and timed: the time left when paused
    budget_ms: int | None = None  # the initial duration plus every added time that counted
    ended_at: int | None = None  # submitted: when; expired: the deadline
    reason: str | None = None
    added_ms: int = 0

    def overdue(self, now: int) -> bool:
        """Running, timed, and the deadline is past: expired, not journaled yet."""
        return self.status == RUNNING and self.deadline is not None and now >= self.deadline

    def status_at(self, now: int) -> str:
        return EXPIRED if self.overdue(now) else self.status

    def remaining(self, now: int) -> int | None:
        """Milliseconds left; None when untimed or over; never negative."""
        if not self.timed or self.status in (SUBMITTED, EXPIRED):
            return None
        if self.status == PAUSED:
            return self.kept_ms
        return max(0, self.deadline - now)


def replay(events: Iterable[ClockEvent]) -> ClockState:
    """The clock after these events, in journal order. Events before `started` and
    events that cannot apply (resume while running, ...) are ignored."""
    s: ClockState | None = None
    for ev in events:
        if ev.kind == "started":
            if s is not None:
                continue
            timed = ev.ms is not None
            s = ClockState(RUNNING, timed, ev.at, ev.at + ev.ms if timed else None, None,
                           ev.ms if timed else None)
            continue
        if s is None or s.status in (SUBMITTED, EXPIRED):
            continue
        if s.overdue(ev.at):
            # The deadline passed before this event: the attempt expired then.
            s = _expire(s)
            continue
        if ev.kind == "paused" and s.status == RUNNING:
            kept = max(0, s.deadline - ev.at) if s.timed else None
            s = ClockState(PAUSED, s.timed, s.started_at, None, kept, s.budget_ms, added_ms=s.added_ms)
        elif ev.kind == "resumed" and s.status == PAUSED:
            deadline = ev.at + s.kept_ms if s.timed else None
            s = ClockState(RUNNING, s.timed, s.started_at, deadline, None, s.budget_ms, added_ms=s.added_ms)
        elif ev.kind == "time_added" and s.timed and ev.ms:
            if s.status == RUNNING:
                s = ClockState(RUNNING, True, s.started_at, s.deadline + ev.ms, None, s.budget_ms + ev.ms,
                               added_ms=s.added_ms + ev.ms)
            else:
                s = ClockState(PAUSED, True, s.started_at, None, s.kept_ms + ev.ms, s.budget_ms + ev.ms,
                               added_ms=s.added_ms + ev.ms)
        elif ev.kind == "submitted":
            reason = ev.reason or "trainee"
            if reason == "deadline":
                # An expiry journaled by the engine before the deadline cannot happen; keep it as asked.
                s = _expire(s) if s.deadline is not None else ClockState(
                    EXPIRED, s.timed, s.started_at, None, None, s.budget_ms, ev.at, reason, s.added_ms)
            else:
                s = ClockState(SUBMITTED, s.timed, s.started_at, s.deadline, None, s.budget_ms, ev.at, reason,
                               s.added_ms)
    return s if s is not None else ClockState(status=RUNNING)


def _expire(s: ClockState) -> ClockState:
    return ClockState(EXPIRED, s.timed, s.started_at, s.deadline, None, s.budget_ms, s.deadline, "deadline",
                      s.added_ms)


def warning_stage(remaining_ms: int | float | None) -> int | None:
    """The warning the time left has reached, in seconds: the smallest of `WARNINGS_S`
    (600, 300) that is at or above `remaining_ms` (milliseconds), so 300 from 5:00 down to
    0:00, 600 from 10:00 to 5:01; None with more time left or when untimed/over (None).
    It says how urgent the time is (the countdown's colour); `due_warnings` says which
    announcements are owed."""
    if remaining_ms is None:
        return None
    reached = [w for w in WARNINGS_S if remaining_ms <= w * 1000]
    return min(reached) if reached else None


def due_warnings(state: ClockState, now: int, given: Iterable[int]) -> list[int]:
    """Warnings (in seconds left: 600, 300) due at `now` (epoch ms) and not given yet, largest
    first. A warning is only due if the attempt ever had more time than it (an attempt started
    with 8 minutes gets the 5-minute warning, not the 10-minute one)."""
    left = state.remaining(now)
    if left is None or state.status != RUNNING or left <= 0:
        return []
    done = set(given)
    return [w for w in WARNINGS_S if left <= w * 1000 and w not in done and (state.budget_ms or 0) > w * 1000]


def format_remaining(ms: int | None) -> str:
    """1:02:03 or 12:34."""
    if ms is None:
        return "-"
    s = max(0, ms) // 1000
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"
