"""The room served over HTTPS (aiohttp), on the trainer's PC.

    server = RoomServer(room, host="0.0.0.0", port=8765)
    server.start()            # in a thread of its own (the window keeps its event loop); or
    asyncio.run(server.run()) # in the foreground (`aimm-lab room serve`)
    server.stats()            # event-loop latency (ms: p50, p99, max) and memory (RSS, MiB)
    server.stop()

Routes (JSON): `GET /v1/hello` (the room's name and certificate fingerprint; no credential),
`POST /v1/join` (pairing, protocol.py), `GET /v1/seat` and `POST /v1/msg` (a seat's credential as
`Authorization: Bearer …`). Bodies above their limit (JOIN_MAX for a pairing request or a seat's lab
profile, protocol.MAX_BODY for a message) get 413, naming that limit. Errors are JSON
{"error": {"fr", "en"}, "reason"} with 400 (malformed), 401 (credential), 403 (another PC),
409 (refused: replay, no test...), 500 (the room's own fault: logged, never shown as a traceback).

The room's work (SQLite, grading) runs in a small thread pool so that the event loop stays free:
its latency is measured every 100 ms and reported by `stats()`.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import psutil
from aiohttp import web

from .. import fmt
from ..errors import AimmError
from ..i18n import T
from . import protocol as P
from . import tls
from .hall import Room

log = logging.getLogger(__name__)
TICK_S = 5.0


PER_ADDRESS = 8  # connections one address may hold at once (a lab PC needs one or two)
IDLE_S = 30.0  # a connection that sends nothing for this long is closed (a lab PC opens another when needed)
HANDSHAKE_S = 10.0  # TLS handshake
JOIN_MAX = 64 * 1024  # a pairing request is small; it is read before any credential exists
HEAVY = 4  # large bodies decoded at once (each up to protocol.MAX_BODY)
JOINS_PER_MINUTE = 6  # pairing tries from one address (a trainee mistyping the code needs two or three)
BODY_S = 20.0  # a body must arrive within this time (a reading of a few MB on a lab network: well under a second)


def _local(addr: str) -> bool:
    """The trainer's PC itself (loopback): not counted against PER_ADDRESS."""
    return addr.startswith("127.") or addr == "::1"


class _Guard:
    """The room's connections, counted per address from the TCP accept and watched for silence: one PC
    cannot hold the room's connections (file handles), whether it leaves them in the TLS handshake
    (a ClientHello never sent: closed after HANDSHAKE_S) or half-open after it (slow headers: closed by
    `sweep()` after IDLE_S). Wraps aiohttp's protocol factory; with `ssl` the guard itself makes the
    TLS layer (loop.start_tls) once a connection is counted, so no connection waits uncounted. The
    trainer's PC itself (loopback) is not counted."""

    def __init__(self, factory, per_address: int = PER_ADDRESS, idle_s: float = IDLE_S, *, ssl=None,
                 handshake_s: float = HANDSHAKE_S, local=_local):
        self.factory = factory
        self.per_address = per_address
        self.idle_s = idle_s
        self.ssl = ssl
        self.handshake_s = handshake_s
        self.local = local
        self.count: dict[str, int] = {}
        self.live: dict[object, list] = {}  # TCP transport -> [address, last activity]
        self.refused = 0
        self.handshakes_failed = 0

    def __call__(self):
        return _Guarded(self, self.factory())

    def sweep(self) -> int:
        now = time.monotonic()
        silent = [t for t, (_, last) in self.live.items() if now - last > self.idle_s]
        for t in silent:
            t.close()
        return len(silent)


class _Guarded(asyncio.Protocol):
    """One connection: counted and timed by its guard from the TCP accept, wrapped in TLS when the guard
    says so, everything else handed to aiohttp's handler."""

    def __init__(self, guard: _Guard, inner):
        self.guard, self.inner = guard, inner
        self.transport = None  # the TCP connection (what is counted and closed)
        self.handshake: asyncio.Task | None = None

    def connection_made(self, transport):
        if self.transport is not None:  # start_tls hands the TLS transport to its caller, not here
            return
        g = self.guard
        peer = transport.get_extra_info("peername")
        addr = peer[0] if peer else "?"
        if g.count.get(addr, 0) >= g.per_address and not g.local(addr):
            g.refused += 1
            transport.abort()
            return
        g.count[addr] = g.count.get(addr, 0) + 1
        g.live[transport] = [addr, time.monotonic()]
        self.transport = transport
        if g.ssl is None:
            self.inner.connection_made(transport)
        else:
            self.handshake = asyncio.get_running_loop().create_task(self._tls(transport))

    async def _tls(self, tcp) -> None:
        """The TLS handshake, within the guard's handshake_s; the connection stays counted meanwhile."""
        tls_transport = None
        try:
            tls_transport = await asyncio.get_running_loop().start_tls(
                tcp, self, self.guard.ssl, server_side=True, ssl_handshake_timeout=self.guard.handshake_s)
        except (OSError, TimeoutError):  # no ClientHello in time, not TLS, or reset: closed below
            pass
        finally:
            entry = self.guard.live.get(tcp)
            if tls_transport is None or entry is None:  # failed, cancelled, or closed meanwhile (the sweep)
                self.guard.handshakes_failed += 1
                tcp.abort()
                self._forget()
        if tls_transport is not None and entry is not None:
            entry[1] = time.monotonic()
            self.inner.connection_made(tls_transport)

    def _forget(self) -> bool:
        entry = self.guard.live.pop(self.transport, None)
        if entry is None:
            return False
        g = self.guard
        g.count[entry[0]] -= 1
        if g.count[entry[0]] <= 0:
            del g.count[entry[0]]
        return True

    def connection_lost(self, exc):
        if self._forget():
            self.inner.connection_lost(exc)

    def data_received(self, data):
        entry = self.guard.live.get(self.transport)
        if entry is not None:
            entry[1] = time.monotonic()
        self.inner.data_received(data)

    def eof_received(self):
        return self.inner.eof_received()

    def pause_writing(self):
        self.inner.pause_writing()

    def resume_writing(self):
        self.inner.resume_writing()


def _raise_file_limit() -> None:
    """Serve as many lab PCs as the system allows: the soft limit of open files up to the hard one."""
    try:
        import resource
    except ImportError:  # Windows: no such limit to raise
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = hard if hard != resource.RLIM_INFINITY else 65536
    if soft < want:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (min(want, 65536), hard))
        except (ValueError, OSError):
            pass


_REQUEST = T("un message du poste", "a seat's message")


def _error(status: int, text, reason: str) -> web.Response:
    return web.json_response({"error": text.as_dict(), "reason": reason}, status=status)


class RoomServer:
    """The room's HTTPS server (see the module's docstring)."""

    def __init__(self, room: Room, host: str = "0.0.0.0", port: int = 8765, *, advertise: bool = False,
                 workers: int = 4, tick_s: float = TICK_S):
        self.room = room
        self.host, self.port = host, port
        self.advertise = advertise
        self.tick_s = tick_s
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="room")
        self._lags: list[float] = []
        self._requests = 0
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._failed: BaseException | None = None
        self.bound_port: int | None = None
        self.guard: _Guard | None = None
        self._heavy_sync = threading.BoundedSemaphore(HEAVY)
        self._joins: dict[str, list[float]] = {}
        cert, _ = room.certificate()
        self.fingerprint = tls.fingerprint(cert)

    # ------------------------------------------------------------------ handlers
    async def _call(self, fn, *args):
        return await asyncio.get_running_loop().run_in_executor(self._pool, fn, *args)

    @staticmethod
    def _token(request: web.Request) -> str:
        auth = request.headers.get("Authorization", "")
        return auth[7:].strip() if auth.startswith("Bearer ") else ""

    @staticmethod
    def _loads(raw: bytes):
        try:
            return json.loads(raw)
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise P.MessageError(T("corps de requête : JSON invalide (ou imbriqué trop profondément)",
                                   "request body: invalid JSON (or nested too deep)")) from None

    def _answer(self, fn, raw: bytes, *args) -> bytes:
        """Decode, apply and encode in a worker thread: the event loop only moves bytes. Decoding large
        bodies takes one of HEAVY places (memory)."""
        if raw is not None and len(raw) > JOIN_MAX:
            with self._heavy_sync:
                data = self._loads(raw)
            return json.dumps(fn(*args, data), ensure_ascii=False).encode("utf-8")
        return json.dumps(fn(*args, self._loads(raw)) if raw is not None else fn(*args),
                          ensure_ascii=False).encode("utf-8")

    async def _reply(self, fn, raw: bytes | None, *args) -> web.Response:
        body = await self._call(self._answer, fn, raw, *args)
        return web.Response(body=body, content_type="application/json")

    @web.middleware
    async def _errors(self, request, handler):
        self._requests += 1
        try:
            return await handler(request)
        except web.HTTPRequestEntityTooLarge:
            return _error(413, T(f"message trop gros ({P.MAX_BODY // 2**20} Mio au plus)",
                                 f"message too large (at most {P.MAX_BODY // 2**20} MiB)"), "too_large")
        except web.HTTPException as e:
            return _error(e.status, T(f"requête refusée ({e.status})", f"request refused ({e.status})"), "http")
        except P.Refused as e:
            return _error(e.status, e.text, e.reason)
        except P.MessageError as e:
            return _error(400, e.text, "malformed")
        except AimmError as e:
            return _error(409, e.text, "refused")
        except Exception:  # noqa: BLE001 - the room's own fault: logged, answered plainly
            log.exception("room: %s %s failed", request.method, request.path)
            return _error(500, T("erreur interne de la salle : le détail est dans la sortie de « aimm-lab room serve » "
                                 "sur le poste du formateur", "room internal error: the detail is in the output of "
                                 "\"aimm-lab room serve\" on the trainer's PC"), "internal")

    async def hello(self, request):
        info = await self._call(self.room.info)
        return web.json_response({"room": {"id": info["id"], "name": info["name"]},
                                  "fingerprint": self.fingerprint, "version": P.VERSION})

    def _join(self, address, body):
        return self.room.join(body, self.fingerprint, address=address)

    @staticmethod
    def _peer(request: web.Request) -> str:
        peer = request.transport.get_extra_info("peername") if request.transport else None
        return str(peer[0]) if peer else "?"

    async def _body(self, request: web.Request, limit: int, what=None) -> bytes:
        """The request's body, at most `limit` bytes (Refused 413 naming `what` and that limit), within
        BODY_S (Refused 408)."""
        what = what or _REQUEST
        too_large = P.Refused(T(f"trop gros pour {what.fr} : {fmt.size(limit, 'fr')} au plus",
                                f"too large for {what.get('en')}: at most {fmt.size(limit, 'en')}"), 413, "too_large")
        if request.content_length is not None and request.content_length > limit:
            raise too_large
        chunks, size = [], 0

        async def read():
            nonlocal size
            while True:
                chunk = await request.content.read(1 << 16)
                if not chunk:
                    return
                size += len(chunk)
                if size > limit:
                    raise too_large
                chunks.append(chunk)

        # A body trickled byte by byte must not hold anything shared: it is read on its own, within
        # BODY_S, and only its decoding waits for one of the HEAVY places (_answer).
        try:
            await asyncio.wait_for(read(), BODY_S)
        except TimeoutError:
            raise P.Refused(T("requête trop lente : envoyez-la à nouveau", "request too slow: send it again"),
                            408, "slow") from None
        return b"".join(chunks)

    async def join(self, request):
        addr = self._peer(request)
        now = time.monotonic()
        tries = [t for t in self._joins.get(addr, []) if now - t < 60]
        if len(tries) >= JOINS_PER_MINUTE and not addr.startswith("127.") and addr != "::1":
            raise P.Refused(T("trop d'essais d'appairage depuis ce PC : attendez une minute",
                              "too many pairing tries from this PC: wait a minute"), 429, "busy")
        tries.append(now)
        self._joins[addr] = tries
        return await self._reply(functools.partial(self._join, addr),
                                 await self._body(request, JOIN_MAX, T("une demande d'appairage", "a pairing request")))

    def _seat(self, token, body=None):
        status = self.room.hello(token)
        if status.get("test") and not status.get("attempt"):
            lab = body.get("lab") if isinstance(body, dict) else None
            status["start_plan"] = self.room.start_plan(status["seat"], lab if isinstance(lab, dict) else None)
        return status

    async def seat(self, request):
        """GET: where the seat stands. POST {"lab": the seat's lab profile}: the same, with the plan of
        the reading that starts the open test computed for this seat's lab values."""
        token = self._token(request)
        await self._call(self.room.credential, token)  # a credential first, then the body
        raw = await self._body(request, JOIN_MAX, T("le profil du labo", "the lab profile")) if request.method == "POST" \
            else None
        return await self._reply(self._seat, raw or None, token)

    async def msg(self, request):
        token = self._token(request)
        await self._call(self.room.credential, token)  # nobody without one makes the room decode a body
        return await self._reply(functools.partial(self.room.receive, address=self._peer(request)),
                                 await self._body(request, P.MAX_BODY, _REQUEST), token)

    # ------------------------------------------------------------------ running
    def app(self) -> web.Application:
        app = web.Application(client_max_size=P.MAX_BODY, middlewares=[self._errors])
        app.add_routes([web.get("/v1/hello", self.hello), web.post("/v1/join", self.join),
                        web.get("/v1/seat", self.seat),
                        web.post("/v1/seat", self.seat), web.post("/v1/msg", self.msg)])
        return app

    async def _watch_loop(self):
        while True:
            t0 = time.perf_counter()
            await asyncio.sleep(0.1)
            self._lags.append((time.perf_counter() - t0 - 0.1) * 1000)
            if len(self._lags) > 100_000:
                del self._lags[:50_000]

    async def _sweeper(self):
        while True:
            await asyncio.sleep(5)
            self.guard.sweep()

    async def _ticker(self):
        while True:
            await asyncio.sleep(self.tick_s)
            try:
                await self._call(self.room.tick)
            except Exception:  # noqa: BLE001 - keep ticking; the log says why
                log.exception("room: tick failed")

    async def run(self, ready=None) -> None:
        """Serve until `stop()` (or cancellation)."""
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        cert, key = self.room.certificate()
        _raise_file_limit()
        runner = web.AppRunner(self.app(), access_log=None, shutdown_timeout=2, keepalive_timeout=IDLE_S)
        await runner.setup()
        # TLS is made by the guard, after it counted the connection (create_server's own ssl= would only
        # show it a connection once its handshake is over: a PC could hold any number of them in it)
        self.guard = _Guard(runner.server, ssl=tls.server_context(cert, key))
        server = await self._loop.create_server(self.guard, self.host, self.port, reuse_address=True, backlog=256)
        self.bound_port = server.sockets[0].getsockname()[1]
        await self._call(self.room.tick)  # a room started again ends at once what ran out meanwhile
        tasks = [asyncio.create_task(self._watch_loop()), asyncio.create_task(self._ticker()),
                 asyncio.create_task(self._sweeper())]
        zc = None
        if self.advertise:
            from .discovery import Advertiser
            zc = Advertiser(self.room.info(), self.bound_port, self.fingerprint)
            await self._call(zc.start)
        self._ready.set()
        if ready:
            ready(self)
        try:
            await self._stop.wait()
        finally:
            for t in tasks:
                t.cancel()
            if zc is not None:
                await self._call(zc.stop)
            server.close()
            await runner.cleanup()
            for t in list(self.guard.live):
                t.abort()  # a seat's kept-alive connection: closed now, not after a TLS goodbye it may never send
            await asyncio.sleep(0.25)  # let the TLS connections kept alive finish closing before the loop ends

    def start(self, timeout: float = 15.0) -> RoomServer:
        """Serve from a thread of its own; returns once listening (AimmError if it cannot)."""
        def main():
            try:
                asyncio.run(self.run())
            except BaseException as e:  # noqa: BLE001 - handed to start()
                self._failed = e
                self._ready.set()

        self._thread = threading.Thread(target=main, name="room-server", daemon=True)
        self._thread.start()
        self._ready.wait(timeout)
        if self._failed is not None or self.bound_port is None:
            e = self._failed
            raise AimmError(T(f"la salle ne peut pas écouter sur le port {self.port} : {e}",
                              f"the room cannot listen on port {self.port}: {e}"))
        return self

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None and not self._loop.is_closed():  # stopped once
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(10)
        self._pool.shutdown(wait=True, cancel_futures=True)

    def stats(self) -> dict:
        """Event-loop latency in ms over the samples so far (p50, p99, max), requests served, and the
        process's resident memory in MiB."""
        lags = sorted(self._lags)
        def pct(p):
            return round(lags[min(len(lags) - 1, int(len(lags) * p))], 2) if lags else None
        return {"connections_refused": self.guard.refused if self.guard else 0, "loop_lag_ms": {"p50": pct(0.5), "p99": pct(0.99), "max": round(lags[-1], 2) if lags else None,
                                "mean": round(statistics.fmean(lags), 2) if lags else None, "samples": len(lags)},
                "requests": self._requests, "rss_mib": round(psutil.Process().memory_info().rss / 2**20, 1)}
