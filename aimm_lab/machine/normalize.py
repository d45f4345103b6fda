"""Pure functions that turn raw readings into the documented section shapes.

Every function here takes what psutil, netifaces, dnspython, systemctl, PowerShell or
the Windows registry returned, exactly as they return it, and gives back the JSON shapes of
docs/machine-state.md. Nothing here reads the machine: `real.py` does the reading, so every
platform's shapes (Windows ones included) can be tested on any system.
"""

from __future__ import annotations

import ast
import ipaddress
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# --------------------------------------------------------------------------- small helpers


def mac(value) -> str | None:
    """Any MAC spelling (52-54-00-AB-CD-EF, 5254.00ab.cdef, 52:54:00:ab:cd:ef) as lowercase
    `aa:bb:cc:dd:ee:ff`; None for an empty or all-zero address (loopback, tunnels)."""
    digits = re.sub(r"[^0-9a-fA-F]", "", str(value or ""))
    if len(digits) != 12 or set(digits) == {"0"}:
        return None
    return ":".join(digits[i:i + 2] for i in range(0, 12, 2)).lower()


def prefix_len(netmask) -> int | None:
    """Prefix length of a netmask ('255.255.255.0' -> 24, 'ffff:ffff:ffff:ffff::' -> 64)."""
    if not netmask:
        return None
    text = str(netmask).strip()
    if text.isdigit():
        return int(text)
    try:
        value = int(ipaddress.ip_address(text))
    except ValueError:
        return None
    bits = 32 if "." in text else 128
    ones = bin(value).count("1")
    # A netmask is contiguous ones; anything else is not a netmask.
    return ones if value == ((1 << ones) - 1) << (bits - ones) else None


def strip_scope(address: str) -> str:
    """fe80::1%eth0 -> fe80::1 (the zone is a local detail, not part of the address)."""
    return str(address).split("%", 1)[0]


def duplex(value) -> str:
    """psutil's NIC_DUPLEX_* (an IntEnum: 2 full, 1 half, 0 unknown) as full/half/unknown."""
    try:
        v = int(value)
    except (TypeError, ValueError):
        return "unknown"
    return {2: "full", 1: "half"}.get(v, "unknown")


def none_if_zero(v):
    return None if v in (None, 0, 0.0) else float(v)


# --------------------------------------------------------------------------- unread items and fields

# An item (a service, a process, a volume, an interface, an account) may be listed and yet not
# readable in full. The fields that could not be read are null, and the item says why:
#   "unknown": {"<field>": {"kind": "denied|unsupported|failed|...", "message": "..."}}
# A whole item that could not be read keeps its name and carries "error": {"kind", "message"}.
# Checks never grade a null field: they say ERROR (or UNSUPPORTED) with the reason.


def mark_unknown(item: dict, field: str, kind: str, message: str) -> dict:
    """Set `item[field]` to null and record why it has no reading."""
    item[field] = None
    item.setdefault("unknown", {})[field] = {"kind": kind, "message": message}
    return item


def item_error(kind: str, message: str) -> dict:
    return {"kind": kind, "message": message}


# Windows error numbers (winerror.h) -> what happened. Python turns many of them into PermissionError
# (CPython's PC/errmap.h maps 19..36, 65, 108, 167... to EACCES): a locked file, a drive with no disc,
# a write-protected medium all arrive as PermissionError and are not "access denied".
WINERROR_KINDS = {
    5: ("denied", "access denied"),
    65: ("denied", "network access denied"),
    1314: ("denied", "a required privilege is not held"),
    32: ("in_use", "used by another process (sharing violation)"),
    33: ("in_use", "part of the file is locked by another process"),
    108: ("in_use", "the drive is locked by another process"),
    167: ("in_use", "unable to lock a region of the file"),
    21: ("not_ready", "the device is not ready"),
    20: ("not_ready", "the system cannot find the device specified"),
    34: ("not_ready", "the wrong medium is in the drive"),
    36: ("in_use", "too many files opened for sharing"),
    158: ("in_use", "the segment is already unlocked"),
    1005: ("not_ready", "the volume has no recognised file system"),
    19: ("failed", "the medium is write-protected"),
    23: ("failed", "data error (cyclic redundancy check): damaged medium"),
    31: ("failed", "a device attached to the system is not functioning"),
    1117: ("failed", "I/O device error"),
    51: ("network", "the remote computer is not available"),
    53: ("network", "the network path was not found"),
    59: ("network", "an unexpected network error occurred"),
    64: ("network", "the network name is no longer available"),
    67: ("network", "the network name cannot be found"),
    1222: ("network", "the network is not present or not started"),
    1231: ("network", "the network location cannot be reached"),
    2250: ("network", "this network connection does not exist"),
    86: ("credentials", "the network password is not correct"),
    1244: ("credentials", "not authenticated"),
    1326: ("credentials", "unknown user name or bad password"),
    1909: ("credentials", "the account is locked out"),
    2: ("not_found", "the file does not exist"),
    3: ("not_found", "the path does not exist"),
    15: ("not_found", "the drive does not exist"),
    1060: ("not_found", "the service does not exist"),
    1168: ("not_found", "element not found"),
    121: ("timeout", "the semaphore timeout period has expired"),
    1460: ("timeout", "the operation timed out"),
    225: ("failed", "blocked: the file contains a virus or unwanted software"),
    362: ("failed", "the cloud file provider (OneDrive) is not running"),
    1920: ("failed", "the system cannot access the file"),
}

# POSIX errno names (portable: the numbers differ between Linux and macOS) -> what happened.
ERRNO_KINDS = {
    "EACCES": ("denied", "permission denied"),
    "EPERM": ("denied", "operation not permitted"),
    "EBUSY": ("in_use", "device or resource busy"),
    "ETXTBSY": ("in_use", "text file busy"),
    "ENOMEDIUM": ("not_ready", "no medium found"),
    "ENXIO": ("not_ready", "no such device or address"),
    "ENODEV": ("not_ready", "no such device"),
    "ESTALE": ("network", "stale file handle (the network share went away)"),
    "ENOTCONN": ("network", "transport endpoint is not connected (the share or FUSE mount died)"),
    "EHOSTDOWN": ("network", "host is down"),
    "EHOSTUNREACH": ("network", "no route to host"),
    "ENETUNREACH": ("network", "network is unreachable"),
    "ECONNREFUSED": ("network", "connection refused"),
    "EKEYEXPIRED": ("credentials", "key or ticket expired"),
    "ENOKEY": ("credentials", "required key not available"),
    "ENOENT": ("not_found", "no such file or directory"),
    "ENOTDIR": ("not_found", "a part of the path is not a folder"),
    "ETIMEDOUT": ("timeout", "timed out"),
    "EIO": ("failed", "input/output error (damaged medium or lost device)"),
    "EROFS": ("failed", "read-only file system"),
    "ELOOP": ("failed", "too many levels of symbolic links"),
    "ENAMETOOLONG": ("failed", "file name too long"),
}


def os_error(errno_: int | None, winerror: int | None = None, strerror: str | None = None) -> dict:
    """What an OSError really says, from its numbers: {"kind", "message"}.

    The Windows error number wins when there is one (`OSError.winerror`), then the errno (by its
    name in this system's `errno` table), never the Python exception class. The message keeps the
    system's own words (localised on a French Windows) and the number: "… (WinError 32)"."""
    import errno as _errno  # noqa: PLC0415 - the names of this system's numbers

    kind, words = "failed", None
    if winerror is not None:  # Python's errno is derived from it (EACCES for 27 different numbers)
        kind, words = WINERROR_KINDS.get(int(winerror), ("failed", None))
    elif errno_ is not None:
        name = _errno.errorcode.get(int(errno_))
        if name in ERRNO_KINDS:
            kind, words = ERRNO_KINDS[name]
    text = (strerror or words or "error").strip()
    code = f"WinError {winerror}" if winerror is not None else (
        _errno.errorcode.get(int(errno_), str(errno_)) if errno_ is not None else None)
    return {"kind": kind, "message": f"{text} ({code})" if code else text}


def exception_error(e: BaseException) -> dict:
    """`os_error` for any exception: an OSError by its numbers, anything else by its text.
    psutil's AccessDenied / NoSuchProcess carry the OSError that caused them as __cause__."""
    cause = e if isinstance(e, OSError) else e.__cause__ if isinstance(e.__cause__, OSError) else None
    if cause is not None:
        return os_error(cause.errno, getattr(cause, "winerror", None), cause.strerror)
    name = type(e).__name__
    if name == "AccessDenied":
        return {"kind": "denied", "message": str(e) or "access denied"}
    if name in ("NoSuchProcess", "ZombieProcess"):
        return {"kind": "not_found", "message": str(e) or name}
    return {"kind": "failed", "message": f"{name}: {e}" if str(e) else name}


# --------------------------------------------------------------------------- network


@dataclass(frozen=True)
class Families:
    """Address family numbers as one library reports them on one system.

    psutil: AF_INET 2 everywhere; AF_INET6 10 on Linux, 23 on Windows; AF_LINK 17 (AF_PACKET)
    on Linux, -1 on Windows. netifaces: the same, except AF_LINK -1000 on Windows.
    """

    inet: int
    inet6: int
    link: int


LINUX_PSUTIL = Families(2, 10, 17)
WINDOWS_PSUTIL = Families(2, 23, -1)
WINDOWS_NETIFACES = Families(2, 23, -1000)


def _iface(name: str, addrs: Iterable, stats, fam: Families) -> dict:
    out = {"name": name, "mac": None, "ipv4": [], "ipv6": [], "up": False, "speed_mbps": 0,
           "duplex": "unknown", "mtu": None, "loopback": False}
    for a in addrs or ():
        family = int(a.family)
        if family == fam.link:
            out["mac"] = out["mac"] or mac(a.address)
        elif family == fam.inet:
            out["ipv4"].append({"address": a.address, "prefix": prefix_len(a.netmask)})
        elif family == fam.inet6:
            out["ipv6"].append({"address": strip_scope(a.address), "prefix": prefix_len(a.netmask)})
    flags = ""
    if stats is not None:
        out["up"] = bool(stats.isup)
        # A link that is down negotiated nothing. Real adapters then say "unknown" by themselves;
        # virtual ones (veth, some hypervisors) keep answering their nominal speed.
        out["speed_mbps"] = max(0, int(stats.speed or 0)) if out["up"] else 0
        out["duplex"] = duplex(stats.duplex) if out["up"] else "unknown"
        out["mtu"] = int(stats.mtu) if stats.mtu else None
        flags = getattr(stats, "flags", "") or ""
    if "loopback" in flags.split(","):
        out["loopback"] = True
    elif out["mac"] is None and out["ipv4"] and all(a["address"].startswith("127.") for a in out["ipv4"]):
        # Windows has no flags: its "Loopback Pseudo-Interface 1" has no MAC and 127.0.0.1 only.
        out["loopback"] = True
    return out


def _gateway_iface_name(iface_id: str, names: set[str], interfaces: list[dict],
                        ids_addrs: Mapping[str, Mapping] | None, nf: Families) -> str:
    """The name a technician sees for a netifaces interface id. On Linux it already is the name;
    on Windows netifaces says `{GUID}`: the adapter with the same MAC (else the same IPv4) is it."""
    if iface_id in names:
        return iface_id
    raw = (ids_addrs or {}).get(iface_id) or {}
    macs = {mac(x.get("addr")) for x in raw.get(nf.link, [])} - {None}
    for i in interfaces:
        if i["mac"] and i["mac"] in macs:
            return i["name"]
    v4 = {x.get("addr") for x in raw.get(nf.inet, [])} - {None}
    for i in interfaces:
        if any(a["address"] in v4 for a in i["ipv4"]):
            return i["name"]
    return iface_id


def network_section(if_addrs: Mapping[str, list], if_stats: Mapping[str, object], gateways: Mapping,
                    fam: Families = LINUX_PSUTIL, nf: Families = LINUX_PSUTIL,
                    ids_addrs: Mapping[str, Mapping] | None = None) -> dict:
    """psutil.net_if_addrs() + psutil.net_if_stats() + netifaces.gateways() -> `network`.

    `fam`: psutil's family numbers; `nf`: netifaces' ones; `ids_addrs`: netifaces.ifaddresses(id)
    for each interface id netifaces named in its gateways (Windows: the GUIDs)."""
    names = list(dict.fromkeys([*if_addrs, *if_stats]))
    interfaces = [_iface(n, if_addrs.get(n, ()), if_stats.get(n), fam) for n in names]
    known = set(names)
    gws: list[dict] = []
    seen = set()
    defaults = gateways.get("default") or {}
    for family, label in ((nf.inet, "ipv4"), (nf.inet6, "ipv6")):
        entries = list(gateways.get(family) or [])
        if family in defaults and not any(e[0] == defaults[family][0] and e[1] == defaults[family][1]
                                          for e in entries):
            entries.append((defaults[family][0], defaults[family][1], True))
        for entry in entries:
            address, iface_id = entry[0], entry[1]
            is_default = bool(entry[2]) if len(entry) > 2 else False
            name = _gateway_iface_name(iface_id, known, interfaces, ids_addrs, nf)
            key = (label, address, name)
            if key in seen:
                continue
            seen.add(key)
            gws.append({"family": label, "address": strip_scope(address), "interface": name,
                        "default": is_default})
    return {"interfaces": interfaces, "gateways": gws}


# What a library or tool fills in with a default instead of a reading (docs/machine-state.md,
# "Values that are not readings"). psutil's C sources: psutil/arch/windows/net.c builds every
# Windows interface's stats with duplex hard coded to 2 (full); Linux and macOS say 0 (unknown) and
# speed 0 when the driver gives none (ethtool SPEED_UNKNOWN, EOPNOTSUPP on Wi-Fi, SIOCGIFMEDIA).
LIBRARY_DEFAULTS = {
    "windows": {"duplex": "psutil does not read the duplex mode on Windows (it always says full)"},
    "linux": {},
    "darwin": {},
}


def mark_library_defaults(section: dict, platform: str, without_stats: Iterable[str] = ()) -> dict:
    """The `network` section with every made-up value made unknown: duplex on Windows (always full),
    speed and duplex a driver did not give while the link is up (0 / unknown), and the link state,
    speed, duplex and MTU of an adapter psutil listed addresses for but gave no stats (on Windows
    GetIfEntry2 failed for it and psutil skipped it: "down" would be invented)."""
    missing = set(without_stats)
    defaults = LIBRARY_DEFAULTS.get(platform, {})
    for iface in section.get("interfaces") or []:
        if iface.get("name") in missing:
            for field in ("up", "speed_mbps", "duplex", "mtu"):
                mark_unknown(iface, field, "failed", "psutil gave no link state for this adapter")
            continue
        for field, why in defaults.items():
            if iface.get("up"):
                mark_unknown(iface, field, "unsupported", why)
        if iface.get("up") and not iface.get("loopback"):
            if iface.get("speed_mbps") in (0, None) and "speed_mbps" not in iface.get("unknown", {}):
                mark_unknown(iface, "speed_mbps", "unsupported", "the driver gives no link speed (Wi-Fi, virtual "
                             "adapter or tunnel)")
            if iface.get("duplex") == "unknown":
                mark_unknown(iface, "duplex", "unsupported", "the driver gives no duplex mode")
    return section


# --------------------------------------------------------------------------- dns, hosts, proxy


STUB_RESOLVERS = {"127.0.0.53", "127.0.0.54"}


def only_stub(servers: Iterable[str]) -> bool:
    """True when resolv.conf names only systemd-resolved's local stub."""
    s = [str(x) for x in servers]
    return bool(s) and all(x in STUB_RESOLVERS for x in s)


def dns_section(servers: Iterable, search: Iterable, source: str) -> dict:
    """dnspython's nameservers / search (dns.name.Name or text) -> `dns`."""
    out_servers = []
    for s in servers:
        s = str(s)
        if s not in out_servers:
            out_servers.append(s)
    out_search = []
    for n in search:
        text = n.to_text(omit_final_dot=True) if hasattr(n, "to_text") else str(n).rstrip(".")
        if text and text != "@" and text not in out_search:
            out_search.append(text)
    return {"servers": out_servers, "search": out_search, "source": source}


def parse_hosts(text: str, path: str) -> dict:
    """A hosts file -> `hosts`; comments (also at the end of a line) and blank lines left out."""
    entries = []
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) < 2:
            continue  # an address with no name resolves nothing
        entries.append({"address": parts[0], "names": parts[1:], "line": lineno})
    return {"path": path, "entries": entries}


def _split_list(value, seps=",;") -> list[str]:
    if not value:
        return []
    return [p.strip() for p in re.split(f"[{re.escape(seps)}]", str(value)) if p.strip()]


def _with_scheme(server: str | None) -> str | None:
    if not server:
        return None
    server = server.strip()
    return server if "://" in server else "http://" + server


def env_proxy(proxies: Mapping[str, str]) -> dict:
    """urllib.request.getproxies() (http_proxy, https_proxy, no_proxy...) -> `proxy`."""
    http, https = proxies.get("http"), proxies.get("https")
    enabled = bool(http or https)
    return {"enabled": enabled, "http": _with_scheme(http), "https": _with_scheme(https),
            "no_proxy": _split_list(proxies.get("no"), ","), "source": "env" if enabled else "none"}


def _gvariant(value: str):
    value = value.strip()
    if value.startswith("@"):  # a typed empty value: "@as []", "@ms nothing"
        value = value.split(" ", 1)[1] if " " in value else ""
    if value in ("nothing", ""):
        return None
    if value in ("true", "false"):
        return value == "true"
    try:
        return ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return value


def gsettings_proxy(listing: str) -> dict | None:
    """`gsettings list-recursively org.gnome.system.proxy` -> `proxy`, or None when GNOME says
    nothing useful (mode 'none' or 'auto')."""
    keys: dict[str, object] = {}
    for line in listing.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[0].startswith("org.gnome.system.proxy"):
            schema = parts[0][len("org.gnome.system.proxy"):].lstrip(".")
            keys[f"{schema}.{parts[1]}" if schema else parts[1]] = _gvariant(parts[2])
    if keys.get("mode") != "manual":
        return None

    def server(proto: str) -> str | None:
        host, port = keys.get(f"{proto}.host"), keys.get(f"{proto}.port")
        if not host:
            return None
        return f"http://{host}:{port}" if port else f"http://{host}"

    http, https = server("http"), server("https")
    if https is None and keys.get("use-same-proxy"):  # "the same proxy for every protocol"
        https = http
    ignore = keys.get("ignore-hosts") or []
    return {"enabled": bool(http or https), "http": http, "https": https,
            "no_proxy": [str(x) for x in ignore] if isinstance(ignore, list | tuple) else _split_list(ignore),
            "source": "gsettings"}


def windows_proxy(enable, server: str | None, override: str | None) -> dict:
    """HKCU\\...\\Internet Settings ProxyEnable / ProxyServer / ProxyOverride -> `proxy`.

    ProxyServer is either `host:port` for every protocol or `http=h:p;https=h:p;ftp=...`."""
    enabled = bool(enable) and bool(server and str(server).strip())
    http = https = None
    if enabled:
        text = str(server).strip()
        if "=" in text:
            per = {}
            for part in _split_list(text, ";"):
                proto, _, target = part.partition("=")
                per[proto.strip().lower()] = target.strip()
            http, https = _with_scheme(per.get("http")), _with_scheme(per.get("https"))
            enabled = bool(http or https)
        else:
            http = https = _with_scheme(text)
    return {"enabled": enabled, "http": http, "https": https,
            "no_proxy": _split_list(override, ";") if enabled else [],
            "source": "registry" if enabled else "none"}


# --------------------------------------------------------------------------- sockets, processes


def sockets_section(conns: Iterable, names: Mapping[int, str], fam: Families = LINUX_PSUTIL,
                    sock_stream: int = 1, sock_dgram: int = 2) -> dict:
    """psutil.net_connections(kind="inet") -> listening TCP sockets and bound UDP sockets."""
    out, seen = [], set()
    for c in conns:
        t, f = int(c.type), int(c.family)
        if t == sock_stream and c.status == "LISTEN":
            proto = "tcp"
        elif t == sock_dgram and not c.raddr and c.laddr:
            proto = "udp"
        else:
            continue
        if f == fam.inet6:
            proto += "6"
        address, port = c.laddr[0], int(c.laddr[1])
        key = (proto, address, port, c.pid)
        if key in seen:
            continue
        seen.add(key)
        out.append({"proto": proto, "address": strip_scope(address), "port": port, "pid": c.pid,
                    "process": names.get(c.pid) if c.pid is not None else None})
    out.sort(key=lambda s: (s["port"], s["proto"], s["address"]))
    return {"listening": out}


# What psutil gives (ad_value) for a field it may not read with our rights.
UNREAD = "\x00aimm-unread"


def processes_section(infos: Iterable[Mapping]) -> dict:
    """Process.as_dict(["pid", "name", "username", "exe"], ad_value=UNREAD) per process -> `processes`.

    A field psutil could not read (AccessDenied) is null and named in the process's `unknown`; a
    process that failed as a whole has `error` ({kind, message}) and what is known of it (its pid).
    `cpu_percent` is null: psutil's first reading of a process is always 0.0, not a measure."""
    out = []
    for i in infos:
        row = {"pid": i.get("pid"), "name": i.get("name") or "", "username": i.get("username") or None,
               "cpu_percent": None, "exe": i.get("exe") or None}
        for field in ("name", "username", "exe"):
            if i.get(field) == UNREAD:
                mark_unknown(row, field, "denied", f"psutil: access denied to the process's {field}")
        if i.get("error"):
            row["error"] = dict(i["error"])
            for field in ("name", "username", "exe"):
                if i.get(field) is None:
                    mark_unknown(row, field, i["error"].get("kind", "failed"), i["error"].get("message", ""))
        out.append(row)
    return {"processes": out}


def cpu_top(samples: Iterable[tuple[int, str, float]], logical: int, limit: int = 10) -> list[dict]:
    """(pid, name, raw percent of one CPU) -> the busiest processes on Task Manager's scale."""
    logical = max(1, int(logical or 1))
    rows = [{"name": n, "pid": p, "percent": round(pct / logical, 1)} for p, n, pct in samples
            if pct is not None]
    rows.sort(key=lambda r: r["percent"], reverse=True)
    return rows[:limit]


# --------------------------------------------------------------------------- services


SYSTEMD_STATUS = {"active": "running", "reloading": "running", "refreshing": "running", "inactive": "stopped",
                  "failed": "failed", "activating": "starting", "deactivating": "stopping"}
# systemd's UnitFileState -> the check's start type (docs/checks.md, "systemd start types").
# `disabled` is what `systemctl disable` leaves: the unit does not start at boot. A disabled (or static)
# unit that a socket, path or timer can still start is "manual" (started on demand), see systemd_start_type.
SYSTEMD_START = {"enabled": "automatic", "enabled-runtime": "automatic", "linked": "automatic",
                 "linked-runtime": "automatic", "alias": "automatic", "generated": "automatic",
                 "disabled": "disabled", "static": "manual", "indirect": "manual", "transient": "manual",
                 "masked": "disabled", "masked-runtime": "disabled"}
# A trigger that still starts its service: enabled at boot, or active right now.
_TRIGGER_LIVE_FILE = {"enabled", "enabled-runtime", "linked", "linked-runtime", "alias", "generated", "static"}
_TRIGGER_LIVE_ACTIVE = {"active", "activating", "reloading", "refreshing"}


def systemd_start_type(unit_file_state: str | None, triggers: list[dict] | None = None) -> str | None:
    """The check's start type for systemd's own words; None when systemd gave none (unknown).

    masked -> disabled (cannot be started at all); enabled, linked, alias, generated -> automatic;
    static, indirect, transient -> manual (started by another unit); disabled -> disabled, unless a
    trigger (socket, path, timer) that is enabled or active still starts it on demand -> manual."""
    state = (unit_file_state or "").strip()
    if not state or state not in SYSTEMD_START:
        return None
    start = SYSTEMD_START[state]
    if start == "disabled" and not state.startswith("masked"):
        if any((t.get("unit_file_state") in _TRIGGER_LIVE_FILE) or (t.get("active_state") in _TRIGGER_LIVE_ACTIVE)
               for t in triggers or []):
            return "manual"
    return start


def _service_name(unit: str) -> str | None:
    if not unit.endswith(".service"):
        return None
    name = unit[: -len(".service")]
    return None if name.endswith("@") else name  # a template is not a service one can run


def systemd_show(output: str) -> dict[str, dict[str, str]]:
    """`systemctl show --property=... -- <units>` -> {unit id: {property: value}}. One block per
    unit, blocks separated by a blank line, properties in systemd's own order (not the asked one)."""
    out = {}
    for block in re.split(r"\n\s*\n", output.strip()):
        props = {}
        for line in block.splitlines():
            if "=" in line:
                k, _, v = line.partition("=")
                props[k.strip()] = v.strip()
        if props.get("Id"):
            out[props["Id"]] = props
    return out


def systemd_services(list_units: str, list_unit_files: str, show: str | None = None) -> dict:
    """`systemctl list-units --type=service --all --no-legend --no-pager --plain`,
    `systemctl list-unit-files --type=service --no-legend --no-pager` and, when it could be read,
    `systemctl show --property=Id,LoadState,ActiveState,SubState,UnitFileState,TriggeredBy,MainPID --
    <services and their triggers>` -> `services`.

    Each service keeps systemd's own words in `systemd`: {"unit_file_state", "active_state",
    "sub_state", "triggered_by": [{"unit", "unit_file_state", "active_state"}]} (null when not read);
    `status` and `start_type` are mapped from them (SYSTEMD_STATUS, systemd_start_type), null with a
    reason in `unknown` when systemd's word has no mapping."""
    services: dict[str, dict] = {}
    words: dict[str, dict] = {}
    for line in list_units.splitlines():
        parts = line.strip().lstrip("●*").split(None, 4)
        if len(parts) < 4:
            continue
        name = _service_name(parts[0])
        if name is None or parts[1] in ("not-found", "masked") and parts[2] == "inactive":
            continue
        services[name] = {"name": name, "display_name": parts[4].strip() if len(parts) > 4 else name,
                          "status": None, "start_type": None, "pid": None}
        words[name] = {"unit_file_state": None, "active_state": parts[2], "sub_state": parts[3],
                       "triggered_by": None}
    for line in list_unit_files.splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        name = _service_name(parts[0])
        if name is None:
            continue
        if name not in services:
            services[name] = {"name": name, "display_name": name, "status": None, "start_type": None, "pid": None}
            words[name] = {"unit_file_state": None, "active_state": "inactive", "sub_state": "dead",
                           "triggered_by": None}
        words[name]["unit_file_state"] = parts[1]
    shown = systemd_show(show) if show else {}
    for name, svc in services.items():
        w = words[name]
        props = shown.get(f"{name}.service")
        if props is not None:
            w["active_state"] = props.get("ActiveState") or w["active_state"]
            w["sub_state"] = props.get("SubState") or w["sub_state"]
            if "UnitFileState" in props:
                w["unit_file_state"] = props["UnitFileState"] or None
            triggers = []
            for unit in (props.get("TriggeredBy") or "").split():
                t = shown.get(unit, {})
                triggers.append({"unit": unit, "unit_file_state": t.get("UnitFileState") or None,
                                 "active_state": t.get("ActiveState") or None})
            w["triggered_by"] = triggers
            pid = props.get("MainPID", "")
            if pid.isdigit() and int(pid) > 0:
                svc["pid"] = int(pid)
        status = SYSTEMD_STATUS.get(w["active_state"] or "")
        if status is None:
            mark_unknown(svc, "status", "unsupported", f"systemd state {w['active_state']!r} has no equivalent")
        else:
            svc["status"] = status
        start = systemd_start_type(w["unit_file_state"], w["triggered_by"])
        if start is None:
            mark_unknown(svc, "start_type", "unsupported" if w["unit_file_state"] else "failed",
                         f"systemd unit file state {w['unit_file_state']!r} has no equivalent"
                         if w["unit_file_state"] else "systemd gave no unit file state")
        else:
            svc["start_type"] = start
        svc["systemd"] = w
    return {"manager": "systemd", "services": sorted(services.values(), key=lambda s: s["name"].lower())}


def systemd_triggers(show: str) -> list[str]:
    """The trigger units (sockets, paths, timers) named by `TriggeredBy=` in a `systemctl show` output."""
    out: list[str] = []
    for props in systemd_show(show).values():
        for unit in (props.get("TriggeredBy") or "").split():
            if unit not in out:
                out.append(unit)
    return out


def systemd_pids(show_output: str) -> dict[str, int]:
    """`systemctl show --property=Id,MainPID <units>` -> {name: pid} for services with a process.
    One block per unit, blocks separated by a blank line, properties in systemd's own order."""
    out = {}
    for unit, props in systemd_show(show_output).items():
        name = _service_name(unit)
        pid = props.get("MainPID", "")
        if name and pid.isdigit() and int(pid) > 0:
            out[name] = int(pid)
    return out


WINDOWS_STATUS = {"running": "running", "stopped": "stopped", "paused": "paused", "start_pending": "starting",
                  "continue_pending": "starting", "stop_pending": "stopping", "pause_pending": "stopping"}
WINDOWS_START = {"automatic": "automatic", "manual": "manual", "disabled": "disabled"}


def windows_services(items: Iterable[Mapping]) -> dict:
    """One dict per psutil.win_service_iter() item -> `services`.

    Each item holds what could be read of it: name, display_name, and status, start_type, pid as
    WindowsService.status() / start_type() / pid() gave them; a field that raised is absent or null
    and named in the item's `unknown` ({field: {kind, message}}); `error` marks an item that could
    not be read at all. psutil's "unknown" (a state or start type outside its table: boot or system
    start, an undocumented value) is a field without a reading, never a state."""
    out = []
    for d in items:
        row = {"name": d.get("name"), "display_name": d.get("display_name") or d.get("name"),
               "status": None, "start_type": None, "pid": d.get("pid") or None}
        reasons = dict(d.get("unknown") or {})
        for field, table in (("status", WINDOWS_STATUS), ("start_type", WINDOWS_START)):
            raw = d.get(field)
            if raw in table:
                row[field] = table[raw]
            elif field in reasons:
                mark_unknown(row, field, reasons[field].get("kind", "failed"), reasons[field].get("message", ""))
            elif d.get("error"):
                mark_unknown(row, field, d["error"].get("kind", "failed"), d["error"].get("message", ""))
            elif raw is None:
                mark_unknown(row, field, "failed", "not read")
            else:
                mark_unknown(row, field, "unsupported", f"psutil says {raw!r}")
        if d.get("error"):
            row["error"] = dict(d["error"])
        out.append(row)
    out.sort(key=lambda s: str(s["name"]).lower())
    return {"manager": "windows", "services": out}


# --------------------------------------------------------------------------- accounts, users


ADMIN_GROUPS = ("sudo", "wheel", "admin")
ADMINISTRATORS_SID = "S-1-5-32-544"


def linux_accounts(passwd: Iterable, groups: Iterable, shadow: Mapping[str, tuple] | None = None,
                   today_days: int | None = None, shadow_error: Mapping | None = None) -> dict:
    """pwd.getpwall() + grp.getgrall() (+ /etc/shadow when readable) -> `accounts`.

    Human accounts only (uid >= 1000, not nobody) plus root. Admin: uid 0 or member of sudo, wheel
    or admin. Disabled: a locked password (`!`) or an expiry date passed; None when the shadow file
    could not be read."""
    groups = list(groups)
    by_gid = {g.gr_gid: g.gr_name for g in groups}
    present = {g.gr_name for g in groups}
    admin_group = next((g for g in ADMIN_GROUPS if g in present), None)
    out = []
    for p in passwd:
        if not (p.pw_uid == 0 or 1000 <= p.pw_uid < 65534):
            continue
        member = [by_gid.get(p.pw_gid, str(p.pw_gid))]
        member += [g.gr_name for g in groups if p.pw_name in g.gr_mem and g.gr_name not in member]
        disabled = must_change = None
        if shadow is not None:
            entry = shadow.get(p.pw_name, ("", None, None))
            pw_hash, expire = entry[0], entry[1]
            disabled = pw_hash.startswith("!") or (
                expire is not None and today_days is not None and expire <= today_days)
            # shadow(5): a last change of 0 means "change the password at the next login" (passwd -e, chage -d 0).
            must_change = len(entry) > 2 and entry[2] == 0
        row = {"name": p.pw_name, "id": str(p.pw_uid),
               "admin": p.pw_uid == 0 or any(g in ADMIN_GROUPS for g in member),
               "groups": member, "disabled": disabled, "must_change_password": must_change}
        if shadow is None:
            err = shadow_error or {"kind": "failed", "message": "/etc/shadow not read"}
            for field in ("disabled", "must_change_password"):
                mark_unknown(row, field, err.get("kind", "failed"), f"/etc/shadow: {err.get('message', '')}")
        out.append(row)
    out.sort(key=lambda a: (a["id"] != "0", a["name"]))
    return {"accounts": out, "admin_group": admin_group, "admin_source": "/etc/group"}


def parse_shadow(text: str) -> dict[str, tuple[str, int | None, int | None]]:
    """/etc/shadow -> {name: (password field, expiry in days since 1970 or None, last change in days
    since 1970 or None)}. A last change of 0 means the password must be changed at the next login."""
    out = {}
    for line in text.splitlines():
        f = line.split(":")
        if len(f) >= 2:
            expire = f[7] if len(f) > 7 else ""
            last = f[2] if len(f) > 2 else ""
            out[f[0]] = (f[1], int(expire) if expire.strip().isdigit() else None,
                         int(last) if last.strip().isdigit() else None)
    return out


def _as_list(value) -> list:
    """PowerShell's ConvertTo-Json writes one item as an object and none as nothing."""
    if value is None or value == "":
        return []
    return value if isinstance(value, list) else [value]


def _sid(value) -> str | None:
    if isinstance(value, dict):  # a SecurityIdentifier serialised whole
        value = value.get("Value")
    return str(value) if value else None


def windows_accounts(payload: str | Mapping, net_admins: list[str] | None = None,
                     net_error: str | None = None) -> dict:
    """The JSON of the fixed PowerShell script in real.py (Get-LocalUser, Get-LocalGroup and, per group,
    Get-LocalGroupMember or, when it fails, the ADSI WinNT provider; ConvertTo-Json) -> `accounts`.
    `must_change_password` is the WinNT provider's PasswordExpired of the user (1: "User must change
    password at next logon", as `net user NAME /logonpasswordchg:yes` sets it); null with the reason in
    `unknown` when it was not read.
    Admin means member of S-1-5-32-544, whatever the group is called on this Windows
    (Administrateurs, Administradores...).

    A group whose members could not be listed has `Members` null and `MembersError` set. For the
    administrators group, `net_admins` (the members `net localgroup <its localised name>` listed,
    parse_net_localgroup) then tells who is admin; without it every account's `admin` is null with
    the reason in `unknown` (never "standard user": a failed read is not an empty group).
    `admin_source` says which read answered: Get-LocalGroupMember, ADSI or net localgroup."""
    data = json.loads(payload) if isinstance(payload, str) else payload
    users = _as_list(data.get("Users"))
    groups = _as_list(data.get("Groups"))
    member_of: dict[str, list[str]] = {}
    admin_sids: set[str] | None = None
    admin_group = None
    admin_source = None
    admin_error = None
    for g in groups:
        gsid = _sid(g.get("SID"))
        listed = g.get("Members")
        read = listed is not None or not g.get("MembersError")
        members = {_sid(m.get("SID")) for m in _as_list(listed)} - {None}
        if gsid == ADMINISTRATORS_SID:
            admin_group = g.get("Name")
            if read:
                admin_sids = members
                admin_source = g.get("MembersSource") or "Get-LocalGroupMember"
            else:
                admin_error = str(g.get("MembersError"))
        for m in members:
            member_of.setdefault(m, []).append(g.get("Name"))
    net_names = None
    if admin_sids is None and net_admins is not None:
        net_names = {_plain_name(n) for n in net_admins}
        admin_source = "net localgroup"
    out = []
    for u in users:
        sid = _sid(u.get("SID"))
        enabled = u.get("Enabled")
        expired = u.get("PasswordExpired")
        row = {"name": u.get("Name"), "id": sid, "admin": None,
               "groups": sorted(member_of.get(sid, []), key=str.lower),
               "disabled": (not enabled) if isinstance(enabled, bool) else None,
               "must_change_password": bool(expired) if isinstance(expired, int) else None}
        if row["must_change_password"] is None:
            mark_unknown(row, "must_change_password", "failed",
                         str(u.get("PasswordExpiredError") or "ADSI PasswordExpired not read"))
        if admin_sids is not None:
            row["admin"] = sid in admin_sids
        elif net_names is not None:
            row["admin"] = _plain_name(u.get("Name")) in net_names or (sid or "").lower() in net_names
            if row["admin"] and admin_group and admin_group not in row["groups"]:
                row["groups"] = sorted([*row["groups"], admin_group], key=str.lower)
        else:
            reason = f"Get-LocalGroupMember: {admin_error}" if admin_error else "the administrators group was not read"
            if net_error:
                reason += f"; net localgroup: {net_error}"
            mark_unknown(row, "admin", "failed", reason)
        out.append(row)
    out.sort(key=lambda a: str(a["name"]).lower())
    section = {"accounts": out, "admin_group": admin_group, "admin_source": admin_source}
    if admin_error:
        section["admin_error"] = admin_error
    return section


def _plain_name(name) -> str:
    """`PC-ATL-07\\m.durand` -> `m.durand`, lower case (Windows names ignore case)."""
    return str(name or "").replace("/", "\\").split("\\")[-1].strip().lower()


def parse_net_localgroup(text: str) -> list[str]:
    """The output of `net localgroup <group>` (any language) -> its members as listed: local names,
    `DOMAIN\\name`, or a bare SID for an orphaned member. The members sit between the line of dashes
    and net's last line ("La commande s'est terminée correctement." / "The command completed
    successfully."). ValueError when there is no line of dashes (an error message)."""
    lines = [line.rstrip() for line in text.splitlines()]
    dashes = next((i for i, line in enumerate(lines) if len(line.strip()) >= 10 and set(line.strip()) == {"-"}), None)
    if dashes is None:
        raise ValueError("not a net localgroup listing")
    rest = [line.strip() for line in lines[dashes + 1:] if line.strip()]
    if rest and rest[-1].endswith(".") and " " in rest[-1] and "\\" not in rest[-1]:
        rest = rest[:-1]  # net's completion line, in the system's language
    return rest


def users_section(sessions: Iterable) -> dict:
    """psutil.users() -> `users`."""
    return {"sessions": [{"name": s.name, "terminal": s.terminal or None, "host": s.host or None,
                          "started": float(s.started) if s.started else None} for s in sessions]}


# --------------------------------------------------------------------------- hardware, system


def battery_section(b, unlimited=-2, unknown=-1) -> dict:
    """psutil.sensors_battery() (None on a desktop) -> `battery`."""
    if b is None:
        return {"present": False, "percent": None, "plugged": None, "secsleft": None}
    secs = b.secsleft
    if secs in (unlimited, unknown) or secs is None or secs < 0:
        secs = None
    return {"present": True, "percent": float(b.percent) if b.percent is not None else None,
            "plugged": b.power_plugged, "secsleft": int(secs) if secs is not None else None}


def cpu_section(logical, physical, freq) -> dict:
    """psutil.cpu_count(), cpu_count(logical=False), cpu_freq() -> `cpu`."""
    f = None
    if freq is not None and freq.current:
        f = {"current": float(freq.current), "min": none_if_zero(freq.min), "max": none_if_zero(freq.max)}
    return {"logical": logical, "physical": physical, "freq_mhz": f}


def memory_section(vm, swap) -> dict:
    return {"total": int(vm.total), "available": int(vm.available), "swap_total": int(swap.total) if swap else 0}


# File systems that are no drive: kernel interfaces, containers' plumbing (psutil's all=True lists them).
PSEUDO_FS = {"proc", "sysfs", "cgroup", "cgroup2", "devpts", "mqueue", "debugfs", "tracefs", "securityfs",
             "pstore", "bpf", "configfs", "fusectl", "hugetlbfs", "autofs", "binfmt_misc", "efivarfs", "nsfs",
             "rpc_pipefs", "selinuxfs", "devtmpfs", "ramfs", "fuse.gvfsd-fuse", "fuse.portal", "overlay",
             "squashfs", "nfsd", "sunrpc"}
# Network file systems: a drive with a remote path instead of a device.
NETWORK_FS = {"cifs", "smb3", "smbfs", "nfs", "nfs4", "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "9p",
              "ceph", "glusterfs", "fuse.glusterfs", "afs", "ncpfs", "fuse.rclone"}
MEMORY_FS = {"tmpfs"}
# Memory file systems the system mounts for itself (shared memory, runtime state, cgroups): no drive.
SYSTEM_TREES = ("/dev", "/sys", "/proc", "/run")


def _drive_kind(device: str, fstype: str, opts: str, windows: bool, mountpoint: str = "") -> str | None:
    """local, network or memory; None for a mount no user calls a drive."""
    fs = (fstype or "").lower()
    if windows:
        kinds = set((opts or "").lower().split(","))
        if "remote" in kinds:
            return "network"
        if "ramdisk" in kinds:
            return "memory"
        if "unmounted" in kinds:  # DRIVE_NO_ROOT_DIR: a letter with nothing behind it
            return None
        return "local"
    if fs in NETWORK_FS:
        return "network"
    if fs in MEMORY_FS:
        under_system = any(mountpoint == t or mountpoint.startswith(t + "/") for t in SYSTEM_TREES)
        return None if under_system else "memory"
    if mountpoint == "/":
        return "local"  # a container's or live system's root (overlay) is still the system drive
    if fs in PSEUDO_FS:
        return None
    return "local" if str(device).startswith("/") else None


def disks_section(partitions: Iterable, usages: Mapping[str, object], windows: bool = False,
                  remote_paths: Mapping[str, str] | None = None) -> dict:
    """psutil.disk_partitions(all=True) and, per mount point, disk_usage() or why it failed
    ({kind, message}, or a short text) -> `partitions`.

    Every mount a user calls a drive: local volumes, network drives (Windows `remote` drive letters,
    Linux cifs/nfs/sshfs...) and memory file systems (tmpfs, a Windows RAM disk); kernel pseudo file
    systems are left out. Each row says its `kind` (local, network, memory); network and memory
    rows have no device (`device_less`: true) and a network row its `remote` path (Linux: the
    mount's source such as //nas/compta; Windows: `remote_paths[mountpoint]`, from
    WNetGetConnection). A Windows drive whose volume could not be read (GetVolumeInformationW failed:
    no disc, a disconnected network drive) has psutil's empty file system: `fstype` null with its
    reason in `unknown`."""
    out = []
    for p in partitions:
        kind = _drive_kind(p.device, p.fstype, p.opts, windows, p.mountpoint)
        if kind is None:
            continue
        u = usages.get(p.mountpoint)
        row = {"device": p.device, "mountpoint": p.mountpoint, "fstype": p.fstype, "opts": p.opts,
               "total": None, "free": None, "used": None, "percent": None, "error": None,
               "kind": kind, "device_less": kind != "local", "remote": None}
        if kind == "network":
            row["remote"] = ((remote_paths or {}).get(p.mountpoint) if windows else p.device) or None
        if kind == "network" or (kind == "memory" and not windows):
            # no device: Windows repeats the drive letter, Linux gives the share (kept in `remote`) or "tmpfs"
            row["device"] = None
        if not p.fstype:
            mark_unknown(row, "fstype", "failed", "the volume could not be read (GetVolumeInformationW failed)"
                         if windows else "no file system type given")
        if u is None or isinstance(u, str | dict):
            row["error"] = u or "not read"
        else:
            row.update(total=int(u.total), free=int(u.free), used=int(u.used), percent=float(u.percent))
        out.append(row)
    return {"partitions": out}


def windows_os(product_name: str | None, build: int | None, release: str, version: str,
               display_version: str | None = None) -> dict:
    """Windows' own description. The registry's ProductName still says "Windows 10" on Windows 11,
    and Python before 3.12 says release "10": build 22000 and later is Windows 11."""
    name = (product_name or "Windows").strip()
    if build is not None and build >= 22000:
        name = name.replace("Windows 10", "Windows 11")
        release = "11"
    if display_version:
        name = f"{name} {display_version}"
    return {"system": "Windows", "release": release, "version": version, "name": name, "build": build}


def linux_os(os_release: Mapping[str, str], release: str, version: str) -> dict:
    return {"system": "Linux", "release": release, "version": version,
            "name": os_release.get("PRETTY_NAME") or os_release.get("NAME") or "Linux", "build": None}


def system_section(hostname: str, os_info: dict, boot_time: float | None) -> dict:
    return {"hostname": hostname, "os": os_info, "boot_time": float(boot_time) if boot_time else None}
