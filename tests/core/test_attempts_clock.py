"""The exam clock as a pure function of the journal, driven by arbitrary event sequences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aimm_lab.exam import clock as clk
from aimm_lab.exam.clock import ClockEvent, due_warnings, iso, parse_iso, replay

T0 = parse_iso("2026-11-28T09:00:00.000Z")
MIN = 60_000

# A step: wait some time, then maybe do something.
steps = st.lists(
    st.tuples(st.integers(0, 40 * MIN),
              st.sampled_from(["wait", "paused", "resumed", "time_added", "submitted"]),
              st.integers(1, 30 * MIN)),
    max_size=25)


def build(duration_ms, plan):
    events = [ClockEvent("started", T0, duration_ms)]
    t = T0
    for wait, kind, amount in plan:
        t += wait
        if kind == "wait":
            continue
        events.append(ClockEvent(kind, t, amount if kind == "time_added" else None,
                                 "trainee" if kind == "submitted" else None))
    return events, t


def simulate(duration_ms, plan):
    """An independent model: walk the plan, spending running time until the budget is gone."""
    budget, used, running, over, t = duration_ms, 0, True, None, T0
    for wait, kind, amount in plan:
        if over is None and running and used + wait >= budget:
            over = ("expired", t + (budget - used))
        if over is None and running:
            used += wait
        t += wait
        if over is not None or kind == "wait":
            continue
        if kind == "paused" and running:
            running = False
        elif kind == "resumed" and not running:
            running = True
        elif kind == "time_added":
            budget += amount
        elif kind == "submitted":
            over = ("submitted", t)
    return budget, used, running, over, t


@settings(max_examples=400, deadline=None)
@given(st.integers(1, 120 * MIN), steps, st.integers(0, 200 * MIN))
def test_clock_matches_an_independent_model(duration, plan, later):
    events, t_end = build(duration, plan)
    s = replay(events)
    budget, used, running, over, t = simulate(duration, plan)
    now = t_end + later
    if over is not None:
        status, when = over
        assert s.status_at(now) == status
        if s.status == "running":  # the deadline passed after the last event: not journaled yet
            assert status == "expired" and s.overdue(now) and s.deadline == when
            assert s.remaining(now) == 0
        else:
            assert s.ended_at == when
            assert s.remaining(now) is None
        return
    # Still open after the last event: remaining + time used == every minute granted.
    if running:
        assert s.status == "running"
        assert s.deadline == t_end + (budget - used)
        assert s.remaining(t_end) + used == budget
        assert s.budget_ms == budget
    else:
        assert s.status == "paused"
        assert s.deadline is None
        assert s.remaining(now) == budget - used  # a pause freezes the clock, however long it lasts


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 120 * MIN), steps, st.integers(0, 500 * MIN))
def test_remaining_is_never_negative_and_expiry_is_at_the_deadline(duration, plan, later):
    events, t_end = build(duration, plan)
    s = replay(events)
    now = t_end + later
    left = s.remaining(now)
    assert left is None or left >= 0
    if s.overdue(now):
        # The program was not running at the deadline: journaling the expiry at any later time
        # gives the same result, expired at the deadline.
        late = replay(events + [ClockEvent("submitted", now, None, "deadline")])
        assert late.status == "expired"
        assert late.ended_at == s.deadline
        assert late.remaining(now + 10 * MIN) is None


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 120 * MIN), steps, steps)
def test_nothing_changes_a_finished_attempt(duration, plan, more):
    events, t_end = build(duration, plan)
    events.append(ClockEvent("submitted", t_end + 1, None, "trainee"))
    s = replay(events)
    extra, _ = build(duration, more)
    shifted = [ClockEvent(e.kind, e.at + (t_end - T0) + 2, e.ms, e.reason) for e in extra[1:]]
    assert replay(events + shifted) == s


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 120 * MIN), st.integers(0, 119 * MIN), st.integers(0, 600 * MIN), st.integers(1, 60 * MIN))
def test_pause_keeps_the_time_and_resume_sets_a_new_deadline(duration, at_pause, pause_len, extra):
    at_pause = min(at_pause, duration - 1)
    ev = [ClockEvent("started", T0, duration), ClockEvent("paused", T0 + at_pause)]
    s = replay(ev)
    assert s.status == "paused" and s.deadline is None
    assert s.remaining(T0 + at_pause + pause_len) == duration - at_pause
    ev += [ClockEvent("time_added", T0 + at_pause + 1, extra), ClockEvent("resumed", T0 + at_pause + pause_len + 1)]
    s = replay(ev)
    assert s.status == "running"
    assert s.deadline == T0 + at_pause + pause_len + 1 + duration - at_pause + extra


def test_untimed_attempt_has_no_deadline_and_ignores_added_time():
    s = replay([ClockEvent("started", T0, None), ClockEvent("time_added", T0 + 5, 10 * MIN)])
    assert s.status == "running" and s.deadline is None and s.remaining(T0 + 999 * MIN) is None
    assert not s.overdue(T0 + 10_000 * MIN)


def test_events_before_the_start_are_ignored():
    s = replay([ClockEvent("paused", T0 - 5), ClockEvent("started", T0, 60 * MIN)])
    assert s.status == "running" and s.deadline == T0 + 60 * MIN


def test_warnings_at_ten_and_five_minutes_once_each():
    s = replay([ClockEvent("started", T0, 60 * MIN)])
    assert due_warnings(s, T0 + 49 * MIN, []) == []
    assert due_warnings(s, T0 + 50 * MIN, []) == [600]
    assert due_warnings(s, T0 + 56 * MIN, [600]) == [300]
    assert due_warnings(s, T0 + 56 * MIN, [600, 300]) == []
    assert due_warnings(s, T0 + 60 * MIN, []) == []  # over: expiry, not a warning
    short = replay([ClockEvent("started", T0, 8 * MIN)])
    assert due_warnings(short, T0, []) == []  # never had 10 minutes: no 10-minute warning
    assert due_warnings(short, T0 + 3 * MIN, []) == [300]


def test_warning_stage_says_how_urgent_the_time_left_is():
    assert clk.WARNINGS_S == (600, 300)
    assert clk.warning_stage(None) is None  # untimed or over
    assert clk.warning_stage(600_001) is None
    assert clk.warning_stage(600_000) == 600
    assert clk.warning_stage(300_001) == 600
    assert clk.warning_stage(300_000) == 300
    assert clk.warning_stage(0) == 300


@given(st.integers(1, 120 * MIN), st.integers(0, 130 * MIN))
def test_a_due_warning_is_never_beyond_the_stage_reached(duration, at):
    """Whatever `due_warnings` announces, the stage of the time left has reached it."""
    s = replay([ClockEvent("started", T0, duration)])
    stage = clk.warning_stage(s.remaining(T0 + at))
    for w in due_warnings(s, T0 + at, []):
        assert stage is not None and stage <= w


@given(st.integers(0, 4_102_444_800_000))
def test_iso_round_trip(ms):
    text = iso(ms)
    assert text.endswith("Z") and parse_iso(text) == ms
    assert clk.format_remaining(ms % (3 * 3600_000)).count(":") in (1, 2)
