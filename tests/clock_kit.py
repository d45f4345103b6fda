"""A wall clock that a test moves by hand, for the engine's `clock=` (milliseconds since the epoch)."""

from __future__ import annotations

from aimm_lab.exam.clock import parse_iso


class Clock:
    """Wall-clock milliseconds that a test moves by hand."""

    def __init__(self, start: str = "2026-11-28T09:00:00.000Z"):
        self.t = parse_iso(start)

    def __call__(self) -> int:
        return self.t

    def advance(self, seconds: float) -> int:
        self.t += int(round(seconds * 1000))
        return self.t
