"""The one Machine interface that checks read through.

A machine answers *sections* (snapshots read once per check pass: network, disks,
processes...) and *look-ups* (live questions asked on demand, each with a timeout:
a DNS resolution, a TCP connect, a file, the CPU load over a window).

Every answer is plain JSON-able data, so that a state read on a lab PC can be
written to disk (`probe --json`, `check --record`) and answered again later by
`RecordedMachine`. The shapes of every section and look-up are documented in
docs/machine-state.md; that file is the contract between probes, checks and fixtures.
"""

from __future__ import annotations

import threading
import time
from abc import ABC, abstractmethod
from datetime import UTC, datetime

from ..i18n import T, Text

STATE_FORMAT = "aimm-lab-state"
STATE_SCHEMA = 1

SECTIONS = (
    "system",
    "cpu",
    "memory",
    "disks",
    "network",
    "dhcp",
    "dns",
    "hosts",
    "proxy",
    "sockets",
    "shares",
    "printers",
    "processes",
    "services",
    "users",
    "accounts",
    "battery",
    "printers",
    "startup",
    "programs",
    "encryption",
    "health",
    "profiles",
)

# Which sections `probe --section X` shows; groups as a technician reads a machine.
SECTION_GROUPS = {
    "network": ("network", "dhcp", "dns", "hosts", "proxy", "sockets", "shares"),
    "hardware": ("system", "cpu", "memory", "battery", "health"),
    "software": ("printers", "startup", "programs", "encryption"),
    "storage": ("disks",),
    "processes": ("processes",),
    "services": ("services",),
    "accounts": ("users", "accounts", "profiles"),
}

# The costly parts of a section, read only when a check of the pass asks for them (a probe reads them
# all). A section that has optional parts says which it holds in its "parts" list; a section without
# that list (a state recorded before parts existed) holds all of them.
SECTION_PARTS = {
    # every routing table and rule, and the system's own decision for "outside" (Linux: one `ip` process)
    "network": ("routes",),
    # the process that owns each socket (Linux: a walk over every process's open files)
    "sockets": ("owners",),
    # each process's user name and executable path (a read of its credentials and of its exe link)
    "processes": ("details",),
}

LOOKUP_KINDS = ("dns", "tcp", "files", "cpu_load", "ntp", "route")

MIB = 1024 * 1024
# How much of a file a look-up reads, and only when a check asks for it: a file's presence, size, owner
# and date come from its metadata alone (a 100 GB file costs no more than an empty one).
FILE_TEXT_LIMIT = 1 * MIB  # the text a check searches: the file's first 1 MiB
FILE_DIGEST_LIMIT = 256 * MIB  # a SHA-256 digest of a bigger file is not computed: UNSUPPORTED, with its size
# A configuration file the probe reads whole (resolv.conf, hosts, printers.conf, lease files...).
CONFIG_FILE_LIMIT = 16 * MIB

# Why a part of the machine could not be read.
DENIED = "denied"  # access denied (needs admin/root)
UNSUPPORTED = "unsupported"  # not available on this system
TIMEOUT = "timeout"  # took longer than its timeout
FAILED = "failed"  # any other failure of the probe itself
NOT_RECORDED = "not_recorded"  # a recorded state lacks this part
# What an operating-system error really says (classified by errno / winerror, never by the Python class:
# Windows raises PermissionError for a locked file or a drive with no disc too).
IN_USE = "in_use"  # locked or opened exclusively by another program
NOT_READY = "not_ready"  # a device with no medium (card reader, optical drive)
NETWORK = "network"  # a network path or share that cannot be reached
CREDENTIALS = "credentials"  # a server refused the credentials
NOT_FOUND = "not_found"  # the thing asked for does not exist

PROBE_ERROR_TEXT = {
    DENIED: T("accès refusé (droits administrateur nécessaires)", "access denied (administrator rights needed)"),
    UNSUPPORTED: T("non pris en charge sur ce système", "unsupported on this system"),
    TIMEOUT: T("délai dépassé", "timed out"),
    FAILED: T("lecture impossible", "could not be read"),
    NOT_RECORDED: T("absent de l'état enregistré", "not in the recorded state"),
    IN_USE: T("utilisé par un autre programme (verrouillé)", "in use by another program (locked)"),
    NOT_READY: T("périphérique non prêt (aucun support dans le lecteur ?)", "device not ready (no medium in the drive?)"),
    NETWORK: T("ressource réseau injoignable", "network resource unreachable"),
    CREDENTIALS: T("identifiants refusés", "credentials refused"),
    NOT_FOUND: T("introuvable", "not found"),
}


class ProbeError(Exception):
    """A part of the machine could not be read. Never a pass, never a fail."""

    def __init__(self, kind: str, detail: str = ""):
        self.kind = kind
        self.detail = detail
        super().__init__(f"{kind}: {detail}" if detail else kind)

    def text(self) -> Text:
        base = PROBE_ERROR_TEXT.get(self.kind, PROBE_ERROR_TEXT[FAILED])
        if self.detail:
            return Text(f"{base.fr} ({self.detail})", f"{base.get('en')} ({self.detail})")
        return base

    def as_dict(self) -> dict:
        return {"kind": self.kind, "message": self.detail}

    @classmethod
    def from_dict(cls, d: dict) -> ProbeError:
        return cls(d.get("kind", FAILED), d.get("message", ""))


def dns_key(name: str, rdtype: str = "A", server: str | None = None) -> str:
    return f"{name.lower().rstrip('.')}|{rdtype.upper()}|{server or ''}"


def tcp_key(host: str, port: int) -> str:
    return f"{host}:{int(port)}"


def ntp_key(server: str) -> str:
    return server.strip().lower()


def route_key(destination: str) -> str:
    return destination.strip().lower()


def cpu_load_key(window_s: float) -> str:
    return f"{float(window_s):g}"


class Machine(ABC):
    """What checks read. Implementations: RealMachine, RecordedMachine."""

    #: "linux", "windows" or "darwin"
    platform: str

    @abstractmethod
    def section(self, name: str, parts=None) -> dict:
        """The data of one section, or raise ProbeError. `parts`: which of the section's optional parts
        (SECTION_PARTS) to read; None reads them all. A machine may read more than asked (a recorded state
        answers what it holds); the section's "parts" list says what it holds."""

    @abstractmethod
    def resolve(self, name: str, rdtype: str = "A", server: str | None = None, timeout: float = 2.0) -> dict:
        """Resolve a name. Returns {name, rdtype, server, addresses, error, ms};
        `error` is None or {kind: nxdomain|noanswer|timeout|refused|failed, message}."""

    @abstractmethod
    def tcp_connect(self, host: str, port: int, timeout: float = 2.0) -> dict:
        """Try a TCP connection. Returns {host, port, ok, error, ms}."""

    @abstractmethod
    def file(self, path: str, text: bool = False, digest: bool = False) -> dict:
        """Look a file up. Returns {path, exists, is_file, size, sha256, mtime, owner, text, text_truncated,
        error, unknown?}: `size` in bytes, `mtime` in epoch seconds, from the file's metadata. Its content is
        read only when asked: `text` (the first FILE_TEXT_LIMIT bytes, decoded; `text_truncated` true when
        the file is longer) and `digest` (`sha256`, hex; a file over FILE_DIGEST_LIMIT is not read and
        `unknown.sha256` says why). A part not asked for is null."""

    @abstractmethod
    def cpu_load(self, window_s: float = 2.0) -> dict:
        """CPU load measured over a window: {window_s, total_percent, top: [{name, pid, percent}]}.
        Per-process percent is divided by the logical CPU count (Task Manager's scale)."""

    def clock(self, server: str, timeout: float = 2.0) -> dict:
        """This machine's clock against a time server (SNTP): {server, offset_s, stratum, error, ms};
        offset_s > 0 means the machine is behind. Machines that cannot ask say so."""
        raise ProbeError(UNSUPPORTED, "clock")

    def route(self, destination: str) -> dict:
        """The system's routing decision for one destination address (nothing is sent):
        {destination, gateway, interface, source, table, route, nexthops, type, error, via}; `gateway`
        null means the destination is reached on the link itself. Linux: `ip route get`, rules and
        every table included; Windows: Find-NetRoute. Machines that cannot ask say so."""
        raise ProbeError(UNSUPPORTED, "route")


class MachineView(Machine):
    """One check pass's view of a machine: each section is read at most once,
    look-ups are asked at most once, and everything read can be written back
    as a recorded state (`check --record`). Thread-safe: live look-ups run
    concurrently from a thread pool."""

    def __init__(self, machine: Machine, plan: dict | None = None):
        self.machine = machine
        #: Optional parts to read per section ({section: set of parts}); None reads every part.
        self.plan: dict[str, frozenset] | None = None
        self.platform = machine.platform
        #: A recorded state may say when its attempt started (fixtures graded outside an attempt).
        self.attempt_started_at = getattr(machine, "attempt_started_at", None)
        self._lock = threading.RLock()
        self._section_locks: dict[str, threading.Lock] = {}
        self._sections: dict[str, dict] = {}
        self._asked: dict[str, frozenset | None] = {}  # the parts each section was last read with
        self._errors: dict[str, dict] = {}
        self._lookups: dict[str, dict] = {k: {} for k in LOOKUP_KINDS}
        self.timings: dict[str, float] = {}
        if plan is not None:
            self.narrow(plan)

    def _slock(self, name: str) -> threading.Lock:
        with self._lock:
            return self._section_locks.setdefault(name, threading.Lock())

    def narrow(self, plan: dict) -> None:
        """Read, from now on, only the optional parts that `plan` names ({section: parts}), the parts a
        check pass needs. Sections already read stay as read."""
        with self._lock:
            self.plan = {k: frozenset(v) for k, v in plan.items()}

    def _wanted(self, name: str, parts) -> frozenset | None:
        if name not in SECTION_PARTS:
            return None
        if self.plan is None:
            return None
        return (self.plan.get(name) or frozenset()) | frozenset(parts or ())

    def section(self, name: str, parts=None) -> dict:
        """The section, read once per pass; `parts` adds optional parts to those the plan names (a
        section read without them is read again, once, with them)."""
        want = self._wanted(name, parts)
        with self._slock(name):
            if name in self._sections and (holds(name, self._sections[name], want)
                                           or _within(name, want, self._asked[name])):
                return self._sections[name]  # what it holds, or all the machine could give of what is asked
            if name in self._errors:
                raise ProbeError.from_dict(self._errors[name])
            if name in self._sections and want is not None:  # asked for more: what it held, and the rest
                want = want | frozenset(self._sections[name].get("parts") or ())
            t0 = time.perf_counter()
            try:
                data = self.machine.section(name, want) if name in SECTION_PARTS else self.machine.section(name)
            except ProbeError as e:
                self._errors[name] = e.as_dict()
                raise
            finally:
                self.timings[name] = self.timings.get(name, 0.0) + (time.perf_counter() - t0) * 1000
            self._sections[name] = data
            self._asked[name] = want
            return data

    def _lookup(self, kind: str, key: str, fn):
        with self._lock:
            if key in self._lookups[kind]:
                return self._lookups[kind][key]
        value = fn()
        with self._lock:
            self._lookups[kind].setdefault(key, value)
            return self._lookups[kind][key]

    def resolve(self, name, rdtype="A", server=None, timeout=2.0):
        return self._lookup("dns", dns_key(name, rdtype, server),
                            lambda: self.machine.resolve(name, rdtype, server, timeout))

    def tcp_connect(self, host, port, timeout=2.0):
        return self._lookup("tcp", tcp_key(host, port), lambda: self.machine.tcp_connect(host, port, timeout))

    def file(self, path, text=False, digest=False):
        # A read with text or a digest also answers a read without them; one asking for more reads the
        # file again, once, for all it asked and what the earlier read held.
        with self._lock:
            have = self._lookups["files"].get(path)
            if have is not None and file_holds(have, text, digest):
                return have
            if have is not None:
                held = have.get("unknown") or {}
                text = text or have.get("text") is not None or "text" in held
                digest = digest or have.get("sha256") is not None or "sha256" in held
        value = self.machine.file(path, text, digest)
        with self._lock:
            self._lookups["files"][path] = value
            return value

    def cpu_load(self, window_s=2.0):
        return self._lookup("cpu_load", cpu_load_key(window_s), lambda: self.machine.cpu_load(window_s))

    def clock(self, server, timeout=2.0):
        return self._lookup("ntp", ntp_key(server), lambda: self.machine.clock(server, timeout))

    def route(self, destination):
        return self._lookup("route", route_key(destination), lambda: self.machine.route(destination))

    def to_state(self, extra_sections: bool = False) -> dict:
        """Everything read so far, as a recorded state."""
        with self._lock:
            extra = {"attempt_started_at": self.attempt_started_at} if self.attempt_started_at else {}
            return make_state(self.platform, dict(self._sections), dict(self._errors),
                              {k: dict(v) for k, v in self._lookups.items()}, **extra)


def file_holds(answer: dict, text: bool, digest: bool) -> bool:
    """Whether a file look-up's answer holds the content parts asked (`text`, `digest`); an answer for
    something that is not a readable file (absent, a folder, an error) holds all there is."""
    if not isinstance(answer, dict) or answer.get("is_file") is not True or answer.get("error"):
        return True
    unknown = answer.get("unknown") or {}
    if text and answer.get("text") is None and "text" not in unknown:
        return False
    return not (digest and answer.get("sha256") is None and "sha256" not in unknown)


def read_bounded(path: str, limit: int = CONFIG_FILE_LIMIT) -> bytes:
    """A file's bytes, read whole up to `limit`; a bigger file is not read (ProbeError UNSUPPORTED, with
    its limit). OSError as open() and read() raise it."""
    with open(path, "rb") as f:
        raw = f.read(limit + 1)
    if len(raw) > limit:
        raise ProbeError(UNSUPPORTED, f"{path}: over {limit // MIB} MiB, not read")
    return raw


def holds(name: str, data: dict, parts) -> bool:
    """Whether a section's data holds these optional parts (None: all of them)."""
    if not isinstance(data, dict) or "parts" not in data:
        return True
    have = set(data.get("parts") or ())
    return (parts if parts is not None else set(SECTION_PARTS.get(name, ()))) <= have


def _within(name: str, want, asked) -> bool:
    if asked is None:
        return True
    return (want if want is not None else set(SECTION_PARTS.get(name, ()))) <= asked


def make_state(platform: str, sections: dict, errors: dict, lookups: dict | None = None, **extra) -> dict:
    state = {
        "format": STATE_FORMAT,
        "schema": STATE_SCHEMA,
        "captured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "platform": platform,
        "sections": sections,
        "errors": errors,
        "lookups": lookups or {k: {} for k in LOOKUP_KINDS},
    }
    state.update(extra)
    return state


def read_all(machine: Machine, sections=SECTIONS) -> dict:
    """Read every section (each on its own: one failing does not stop the others)."""
    view = machine if isinstance(machine, MachineView) else MachineView(machine)
    for name in sections:
        try:
            view.section(name)
        except ProbeError:
            pass
    return view.to_state()
