"""Background operations: the thin layer through which the window reaches the core.

As Anki's `QueryOp` and Picard's `run_task`: a plain function runs on a `QThreadPool`;
its result (or its error) is handed back on the main thread through a queued signal.
An op never touches a widget: it gets plain values and returns plain values; only
`success` and `failure`, which run on the main thread, may touch the window.

Three lanes: `work` (checks, loading scenarios, PDF layout) runs several ops at once;
`db` runs one op at a time on one long-lived thread, the only one writing to SQLite (the room's
outbox aside); `room` runs a lab PC's exchanges with its room one at a time, in order.
A failure becomes a readable dialog (`ui.dialogs.show_error`), never a traceback.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from .qt import QObject, QRunnable, Qt, QThreadPool, Signal, Slot, is_alive


class _Relay(QObject):
    """Lives on the main thread; a queued connection runs what workers post on it there."""

    post = Signal(object)
    busy_changed = Signal(int)

    def __init__(self):
        super().__init__()
        self.post.connect(self._run, Qt.ConnectionType.QueuedConnection)
        self.running = 0
        self.lock = threading.Lock()

    @Slot(object)
    def _run(self, key):
        _deliver(key)


_relay: _Relay | None = None
_pools: dict[str, QThreadPool] = {}


def relay() -> _Relay:
    """The main-thread relay; created on first use (from the main thread)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def pool(lane: str) -> QThreadPool:
    p = _pools.get(lane)
    if p is None:
        p = QThreadPool()
        if lane == "db":
            p.setMaxThreadCount(1)
            p.setExpiryTimeout(-1)  # the same thread for the whole session: it owns the connection
        elif lane == "room":
            p.setMaxThreadCount(1)  # a lab PC's messages to its room leave in the order they were made
        else:
            p.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        _pools[lane] = p
    return p


def busy() -> int:
    """How many ops are running or waiting."""
    return relay().running


def wait_idle(timeout_s: float = 10.0) -> bool:
    """Block until every lane is empty (for shutdown and scripts, never from a slot)."""
    deadline = time.monotonic() + timeout_s
    for p in list(_pools.values()):
        left = max(0, int((deadline - time.monotonic()) * 1000))
        if not p.waitForDone(left):
            return False
    return True


class _Task(QRunnable):
    """Runs an op's function on a worker thread. The worker never holds the op itself, and it hands
    the function and the result back to the main thread, so that no Python reference to a window,
    a closure or a result can be dropped last (and a Qt object deleted) on the worker thread."""

    def __init__(self, key: int, fn: Callable[[], Any]):
        super().__init__()
        self.key = key
        self.fn = fn
        self.setAutoDelete(True)

    def run(self):  # worker thread
        fn, self.fn = self.fn, None
        try:
            out = (fn(), None, fn)
        except BaseException as e:  # noqa: BLE001 - handed to the main thread as a readable error
            out = (None, e, fn)
        with _results_lock:
            _results[self.key] = out
        del out, fn
        try:
            relay().post.emit(self.key)
        except RuntimeError:  # the application is shutting down: nobody is left to tell
            pass


_results: dict[int, tuple] = {}
_results_lock = threading.Lock()
_next_key = iter(range(1, 2**62))


def _deliver(key: int) -> None:  # main thread
    with _results_lock:
        value, error, _fn = _results.pop(key)
    op = Op._live.pop(key, None)
    if op is not None:
        op._finish(value, error)


class Op:
    """`Op(fn, success=..., failure=..., parent=widget).run()`.

    - `fn()` runs off the main thread; it must not touch widgets.
    - `success(value)` runs on the main thread, unless `parent` was destroyed meanwhile.
    - `failure(exc)` likewise; by default the error is shown in a dialog over `parent`.
    """

    _live: dict[int, Op] = {}

    def __init__(self, fn: Callable[[], Any], *, success: Callable[[Any], None] | None = None,
                 failure: Callable[[BaseException], None] | None = None, parent: QObject | None = None,
                 lane: str = "work", title: str | None = None):
        self.fn = fn
        self.success = success
        self.failure = failure
        self.parent = parent
        self.lane = lane
        self.title = title
        self.done = False
        self.started = 0.0
        self.elapsed = 0.0

    def run(self) -> Op:
        r = relay()
        key = next(_next_key)
        Op._live[key] = self
        r.running += 1
        r.busy_changed.emit(r.running)
        self.started = time.perf_counter()
        pool(self.lane).start(_Task(key, self.fn))
        return self

    def _finish(self, value, error):  # main thread
        self.elapsed = time.perf_counter() - self.started
        self.done = True
        r = relay()
        r.running -= 1
        r.busy_changed.emit(r.running)
        if self.parent is not None and not is_alive(self.parent):
            return  # the screen that asked is gone; nobody is waiting for this answer
        if error is not None:
            if self.failure is not None:
                self.failure(error)
            else:
                from .dialogs import show_error

                show_error(self.parent, error, self.title)
            return
        if self.success is not None:
            self.success(value)


def run_op(fn: Callable[[], Any], success: Callable[[Any], None] | None = None, *,
           failure: Callable[[BaseException], None] | None = None, parent: QObject | None = None,
           lane: str = "work", title: str | None = None) -> Op:
    """Picard's `run_task`: shorthand for `Op(...).run()`."""
    return Op(fn, success=success, failure=failure, parent=parent, lane=lane, title=title).run()
