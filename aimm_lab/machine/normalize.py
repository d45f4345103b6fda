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
import socket
import struct
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


def _fold_labels(if_addrs: Mapping[str, list], if_stats: Mapping[str, object],
                 fam: Families) -> tuple[dict, dict, dict]:
    """Linux: an address added with a label (`ip addr add 10.0.0.5/24 dev eth0 label eth0:1`, the old
    "alias" form) comes back from getifaddrs() under the label's name, as if it were an interface.
    A Linux interface name can never hold a colon, so `eth0:1` belongs to the link `eth0`: its
    addresses are moved there (each keeps its label) and the phantom interface is dropped. Other
    systems' names (Windows friendly names) are left alone. Returns the addresses, the stats and
    {(link, address): label}."""
    labels: dict[tuple[str, str], str] = {}
    if fam.link != LINUX_PSUTIL.link:
        return dict(if_addrs), dict(if_stats), labels
    addrs = {n: list(v or ()) for n, v in if_addrs.items()}
    stats = dict(if_stats)
    for name in list(addrs):
        base = name.split(":", 1)[0]
        if base == name or (base not in addrs and base not in stats):
            continue
        for a in addrs.pop(name):
            if int(a.family) == fam.link:
                continue  # the label's copy of the link's MAC
            addrs.setdefault(base, []).append(a)
            labels[(base, a.address)] = name
        stats.pop(name, None)
    for name in [n for n in stats if ":" in n and n.split(":", 1)[0] in stats]:
        stats.pop(name)
    return addrs, stats, labels


def network_section(if_addrs: Mapping[str, list], if_stats: Mapping[str, object], gateways: Mapping,
                    fam: Families = LINUX_PSUTIL, nf: Families = LINUX_PSUTIL,
                    ids_addrs: Mapping[str, Mapping] | None = None) -> dict:
    """psutil.net_if_addrs() + psutil.net_if_stats() + netifaces.gateways() -> `network`.

    `fam`: psutil's family numbers; `nf`: netifaces' ones; `ids_addrs`: netifaces.ifaddresses(id)
    for each interface id netifaces named in its gateways (Windows: the GUIDs)."""
    if_addrs, if_stats, labels = _fold_labels(if_addrs, if_stats, fam)
    names = list(dict.fromkeys([*if_addrs, *if_stats]))
    interfaces = [_iface(n, if_addrs.get(n, ()), if_stats.get(n), fam) for n in names]
    for i in interfaces:
        for a in i["ipv4"]:
            if (i["name"], a["address"]) in labels:
                a["label"] = labels[(i["name"], a["address"])]
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
                        "default": is_default, "table": None, "metric": None})
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


# NET_IF_MEDIA_DUPLEX_STATE (ifdef.h; MSFT_NetAdapter.MediaDuplexState): 0 unknown, 1 half, 2 full.
WINDOWS_MEDIA_DUPLEX = {1: "half", 2: "full"}


def windows_adapter_duplex(section: dict, adapters: Iterable) -> dict:
    """The `network` section with each Windows adapter's duplex mode read from Get-NetAdapter (the
    network PowerShell script's `Adapters`: Name, MediaDuplexState, FullDuplex, LinkSpeed...), where
    psutil gives none (mark_library_defaults made it unknown). MediaDuplexState first (0 says the
    driver does not know: the duplex stays unknown), FullDuplex when the state is absent. An adapter
    Get-NetAdapter does not list (the loopback pseudo-interface) keeps its unknown duplex.
    `duplex_via` names the source."""
    by_name = {str(a.get("Name")).casefold(): a for a in adapters if isinstance(a, dict) and a.get("Name")}
    for iface in section.get("interfaces") or []:
        if "duplex" not in (iface.get("unknown") or {}) or not iface.get("up"):
            continue
        a = by_name.get(str(iface.get("name")).casefold())
        if a is None:
            continue
        state, full = a.get("MediaDuplexState"), a.get("FullDuplex")
        if isinstance(state, int) and not isinstance(state, bool):
            duplex = WINDOWS_MEDIA_DUPLEX.get(state)
        elif isinstance(full, bool):
            duplex = "full" if full else "half"
        else:
            duplex = None
        if duplex is None:
            mark_unknown(iface, "duplex", "unsupported",
                         f"Get-NetAdapter gives no duplex mode for this adapter (MediaDuplexState {state})")
            continue
        iface["duplex"] = duplex
        iface["duplex_via"] = "Get-NetAdapter"
        iface["unknown"].pop("duplex", None)
        if not iface["unknown"]:
            del iface["unknown"]
    return section


# --------------------------------------------------------------------------- routes

#: Destinations whose route the kernel is asked for, to tell where traffic to "outside" goes
#: (`ip route get` sends nothing: it is the kernel's routing decision only).
OUTSIDE = {"ipv4": "1.1.1.1", "ipv6": "2606:4700:4700::1111"}


def _route_dst(dst: str | None, family: str) -> str:
    if not dst or dst == "default":
        return "0.0.0.0/0" if family == "ipv4" else "::/0"
    if "/" not in dst:
        return f"{dst}/{32 if family == 'ipv4' else 128}"
    return dst


def linux_routes(ip_json: str | list, family: str) -> list[dict]:
    """`ip -j -4 route show table all` (or -6) -> routes, every table but `local` and every next hop
    kept: [{family, destination, gateway, interface, metric, table, nexthops: [{gateway, interface,
    weight}], type}]. A multipath route has gateway/interface null and its next hops listed."""
    rows = json.loads(ip_json) if isinstance(ip_json, str) else ip_json
    out = []
    for r in rows or []:
        kind = r.get("type", "unicast")
        table = str(r.get("table", "main"))
        if table == "local" or kind in ("local", "broadcast", "multicast", "anycast"):
            continue
        hops = [{"gateway": h.get("gateway"), "interface": h.get("dev"), "weight": h.get("weight", 1)}
                for h in r.get("nexthops") or []]
        out.append({"family": family, "destination": _route_dst(r.get("dst"), family),
                    "gateway": r.get("gateway"), "interface": r.get("dev"), "metric": r.get("metric", 0),
                    "table": table, "nexthops": hops, "type": kind})
    return out


def linux_rules(ip_json: str | list) -> list[dict]:
    """`ip -j rule show` -> [{priority, table, text}] in priority order; `text` as `ip rule` shows it."""
    rows = json.loads(ip_json) if isinstance(ip_json, str) else ip_json
    out = []
    for r in rows or []:
        words = []
        if "not" in r:
            words.append("not")
        words += ["from", str(r.get("src", "all")) + (f"/{r['srclen']}" if r.get("srclen") is not None else "")]
        if r.get("dst"):
            words += ["to", str(r["dst"]) + (f"/{r['dstlen']}" if r.get("dstlen") is not None else "")]
        for key in ("fwmark", "iif", "oif", "uidrange", "ipproto", "dport"):
            if key in r:
                words += [key, str(r[key])]
        action = r.get("table") or r.get("action") or "unknown"
        words += ["lookup", str(action)]
        if "suppress_prefixlen" in r:
            words += ["suppress_prefixlength", str(r["suppress_prefixlen"])]
        out.append({"priority": r.get("priority"), "table": str(action), "text": " ".join(words)})
    out.sort(key=lambda x: (x["priority"] is None, x["priority"] or 0))
    return out


def linux_route_decision(get_json: str | list, destination: str, fib_json: str | list | None = None) -> dict:
    """`ip -j route get DEST` (and `ip -j route get fibmatch DEST`, the route entry it matched) ->
    the kernel's decision: {destination, gateway, interface, source, table, route, nexthops, error}.
    `gateway` null means the destination is on the link itself (it "stays local")."""
    rows = json.loads(get_json) if isinstance(get_json, str) else get_json
    r = (rows or [{}])[0]
    out = {"destination": destination, "gateway": r.get("gateway"), "interface": r.get("dev"),
           "source": r.get("prefsrc"), "table": str(r.get("table", "main")), "route": None, "nexthops": [],
           "type": r.get("type", "unicast"), "error": None, "via": "ip route get"}
    if fib_json:
        fib = json.loads(fib_json) if isinstance(fib_json, str) else fib_json
        if fib:
            family = "ipv6" if ":" in destination else "ipv4"
            out["route"] = _route_dst(fib[0].get("dst"), family)
            out["nexthops"] = [{"gateway": h.get("gateway"), "interface": h.get("dev"), "weight": h.get("weight", 1)}
                               for h in fib[0].get("nexthops") or []]
    return out


def gateways_from_routes(routes: Iterable[dict]) -> list[dict]:
    """Every gateway of every route (multipath next hops each on their own), default ones first,
    then by metric: [{family, address, interface, default, table, metric}]."""
    out, seen = [], set()
    for r in routes:
        hops = r.get("nexthops") or [{"gateway": r.get("gateway"), "interface": r.get("interface")}]
        is_default = r["destination"] in ("0.0.0.0/0", "::/0")
        for h in hops:
            if not h.get("gateway"):
                continue
            key = (r["family"], h["gateway"], h.get("interface"), r.get("table"), is_default)
            if key in seen:
                continue
            seen.add(key)
            out.append({"family": r["family"], "address": strip_scope(h["gateway"]), "interface": h.get("interface"),
                        "default": is_default, "table": r.get("table"), "metric": r.get("metric", 0)})
    out.sort(key=lambda g: (not g["default"], g["family"], g["table"] != "main", g["metric"] or 0))
    return out


_FORMAT_LIST_LINE = re.compile(r"^(\w+)\s*:\s?(.*)$")


def powershell_list(text: str) -> list[dict]:
    """PowerShell's `Format-List` text -> one dict per object. Objects are separated by blank lines;
    a key seen again also starts a new object (pasted outputs often lost their blank lines)."""
    objs: list[dict] = []
    cur: dict = {}
    for line in text.splitlines():
        if not line.strip():
            if cur:
                objs.append(cur)
                cur = {}
            continue
        m = _FORMAT_LIST_LINE.match(line.strip())
        if not m:
            continue
        key, value = m.group(1), m.group(2).strip()
        if key in cur:
            objs.append(cur)
            cur = {}
        cur[key] = value
    if cur:
        objs.append(cur)
    return objs


def windows_find_netroute(output: str | list, destination: str) -> dict:
    """`Find-NetRoute -RemoteIPAddress DEST` (Format-List text, or ConvertTo-Json of the same
    objects) -> the decision, shaped as `linux_route_decision`'s. Find-NetRoute gives two objects:
    the source address (MSFT_NetIPAddress: IPAddress) and the route (MSFT_NetRoute: DestinationPrefix,
    NextHop, InterfaceAlias, RouteMetric). A NextHop of 0.0.0.0 or :: means on-link."""
    if isinstance(output, str) and output.lstrip().startswith(("[", "{")):
        output = json.loads(output)
    objs = powershell_list(output) if isinstance(output, str) else (
        output if isinstance(output, list) else [output])
    addr = next((o for o in objs if o.get("IPAddress")), {})
    route = next((o for o in objs if o.get("DestinationPrefix")), {})
    hop = str(route.get("NextHop") or "").strip() or None
    if hop in ("0.0.0.0", "::"):
        hop = None
    if not route:
        return {"destination": destination, "gateway": None, "interface": None, "source": None, "table": None,
                "route": None, "nexthops": [], "type": None, "error": "no route", "via": "Find-NetRoute"}
    metric = route.get("RouteMetric")
    return {"destination": destination, "gateway": hop,
            "interface": route.get("InterfaceAlias") or addr.get("InterfaceAlias"),
            "source": addr.get("IPAddress"), "table": None, "route": route.get("DestinationPrefix"),
            "nexthops": [], "type": "unicast", "error": None, "via": "Find-NetRoute",
            "metric": int(metric) if str(metric or "").strip().isdigit() else None}


# --------------------------------------------------------------------------- dns, hosts, proxy


STUB_RESOLVERS = {"127.0.0.53", "127.0.0.54"}
#: Local forwarders that stand in front of the real servers: systemd-resolved's stub, NetworkManager's
#: dnsmasq (127.0.1.1 on Debian/Ubuntu, 127.0.0.1 on RHEL), a dnsmasq or unbound of the machine.
LOCAL_FORWARDERS = STUB_RESOLVERS | {"127.0.1.1", "127.0.0.1", "::1"}
#: glibc reads at most this many `nameserver` lines (MAXNS in resolv.h); the others are never asked.
GLIBC_MAXNS = 3
#: Windows lists these on an adapter with no IPv6 DNS server (deprecated site-local placeholders
#: from RFC 3879's drafts): not servers anyone configured, never graded.
WINDOWS_PLACEHOLDER_DNS = {"fec0:0:0:ffff::1", "fec0:0:0:ffff::2", "fec0:0:0:ffff::3"}


def only_stub(servers: Iterable[str]) -> bool:
    """True when resolv.conf names only systemd-resolved's local stub."""
    s = [str(x) for x in servers]
    return bool(s) and all(x in STUB_RESOLVERS for x in s)


def only_local(servers: Iterable[str]) -> bool:
    """True when resolv.conf names only local forwarders (a stub, NetworkManager's dnsmasq...)."""
    s = [str(x) for x in servers]
    return bool(s) and all(x in LOCAL_FORWARDERS or x.startswith("127.") for x in s)


def _domains(names: Iterable) -> list[str]:
    """Search domains as names: the root (`.`, which systemd-resolved writes when there is no search
    domain) and empty words are not domains."""
    out = []
    for n in names:
        text = n.to_text(omit_final_dot=True) if hasattr(n, "to_text") else str(n).strip().rstrip(".")
        if text and text not in ("@", ".") and text not in out:
            out.append(text)
    return out


def parse_resolv_conf(text: str) -> dict:
    """resolv.conf as glibc reads it -> {servers, ignored, search, options}: `nameserver` lines in
    order, the first three asked (`ignored`: the rest); the last `search` or `domain` line wins;
    `search .` (systemd-resolved without a search domain) is no search domain."""
    servers: list[str] = []
    search: list[str] = []
    options: list[str] = []
    for line in text.splitlines():
        words = line.split("#", 1)[0].split(";", 1)[0].split()
        if not words:
            continue
        key, args = words[0], words[1:]
        if key == "nameserver" and args:
            addr = strip_scope(args[0])
            try:
                ipaddress.ip_address(addr)
            except ValueError:
                continue  # glibc skips what is not an address
            servers.append(args[0])
        elif key in ("search", "domain"):
            search = _domains(args if key == "search" else args[:1])
        elif key == "options":
            options += args
    return {"servers": servers[:GLIBC_MAXNS], "ignored": servers[GLIBC_MAXNS:], "search": search,
            "options": options}


_KEY_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z .\-/]*?):\s*(.*)$")
_LINK_HEAD = re.compile(r"^Link\s+(\d+)\s+\(([^)]+)\)\s*$")


def resolvectl_status(text: str) -> dict:
    """`resolvectl status` (systemd >= 239, also `systemd-resolve --status`) -> {"global": {...},
    "links": [{index, name, servers, current, domains, default_route, dns_scope}]}. Values that
    continue on the next lines (several servers or domains) are joined; IPv6 servers keep their
    `%ifindex` or `#name` parts out."""
    blocks: list[dict] = []
    cur: dict | None = None
    key = None
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        head = _LINK_HEAD.match(line.strip())
        if line.strip() == "Global" or head:
            cur = {"index": int(head.group(1)) if head else None, "name": head.group(2) if head else None,
                   "fields": {}}
            blocks.append(cur)
            key = None
            continue
        if cur is None:
            continue
        m = _KEY_LINE.match(line)
        if m and not re.match(r"^\s*[0-9a-fA-F:.]+(%\S+)?(#\S+)?\s*$", line):
            key = m.group(1).strip()
            cur["fields"].setdefault(key, []).extend(m.group(2).split())
        elif key:
            cur["fields"][key].extend(line.split())

    def addrs(words):
        out = []
        for w in words:
            a = strip_scope(w.split("#", 1)[0])
            try:
                ipaddress.ip_address(a)
            except ValueError:
                continue
            if a not in out:
                out.append(a)
        return out

    out = {"global": None, "links": []}
    for b in blocks:
        f = b["fields"]
        protocols = f.get("Protocols", [])
        scopes = f.get("Current Scopes", [])
        default_route = None
        if "+DefaultRoute" in protocols or f.get("Default Route") == ["yes"] or f.get("DefaultRoute setting") == ["yes"]:
            default_route = True
        elif "-DefaultRoute" in protocols or f.get("Default Route") == ["no"]:
            default_route = False
        item = {"index": b["index"], "name": b["name"], "servers": addrs(f.get("DNS Servers", [])),
                "current": (addrs(f.get("Current DNS Server", [])) or [None])[0],
                "domains": _domains(w for w in f.get("DNS Domain", []) if not w.startswith("~")),
                "default_route": default_route, "dns_scope": "DNS" in scopes if scopes else None}
        if b["index"] is None:
            out["global"] = item
        else:
            out["links"].append(item)
    return out


def resolved_servers(status: dict) -> list[str]:
    """The servers systemd-resolved asks for an ordinary name: the global ones, then each link with a
    DNS scope that may take any name (DefaultRoute), each list in its configured order (resolved
    starts from the list's current server and moves down it on failure; which one is current
    changes with the network, the configured order does not)."""
    out: list[str] = []
    blocks = ([status["global"]] if status.get("global") else []) + list(status.get("links") or [])
    for b in blocks:
        if b["index"] is not None and (b.get("dns_scope") is False or b.get("default_route") is False):
            continue
        for a in b.get("servers", []):
            if a not in out:
                out.append(a)
    return out


def nmcli_devices(text: str) -> list[dict]:
    """`nmcli -t -f GENERAL.DEVICE,GENERAL.STATE,GENERAL.CONNECTION,IP4.DNS,IP6.DNS,IP4.DOMAIN dev show`
    (or `nmcli dev show`, aligned) -> [{device, state, connection, servers, domains}]: NetworkManager's
    own per-device DNS servers, IPv4 then IPv6, in its order. A new device starts at GENERAL.DEVICE."""
    out: list[dict] = []
    cur: dict | None = None
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if not sep:
            continue
        key, value = key.strip(), value.strip()
        base = key.split("[", 1)[0]
        if base == "GENERAL.DEVICE":
            cur = {"device": value, "state": None, "connection": None, "servers": [], "domains": []}
            out.append(cur)
        elif cur is None:
            continue
        elif base == "GENERAL.STATE":
            cur["state"] = value
        elif base == "GENERAL.CONNECTION":
            cur["connection"] = None if value in ("", "--") else value
        elif base in ("IP4.DNS", "IP6.DNS") and value and value != "--":
            if value not in cur["servers"]:
                cur["servers"].append(value)
        elif base in ("IP4.DOMAIN", "IP6.DOMAIN") and value and value != "--":
            cur["domains"] = _domains([*cur["domains"], value])
    for d in out:  # IPv4 servers first, as NetworkManager hands them to its dnsmasq
        d["servers"].sort(key=lambda a: ":" in a)
    return out


def dnsmasq_upstreams(conf_texts: Iterable[str], resolv_text: str | None) -> list[str]:
    """A local dnsmasq's upstream servers: its `server=ADDR` lines (not the `server=/domain/ADDR`
    ones, which only serve one domain), else the servers of its resolv-file."""
    out: list[str] = []
    for text in conf_texts:
        for line in text.splitlines():
            line = line.split("#", 1)[0].strip()
            if not line.startswith("server="):
                continue
            value = line.split("=", 1)[1].strip()
            if value.startswith("/"):
                continue
            addr = value.split("#", 1)[0].split("@", 1)[0]
            try:
                ipaddress.ip_address(addr)
            except ValueError:
                continue
            if addr not in out:
                out.append(addr)
    if not out and resolv_text:
        out = [a for a in parse_resolv_conf(resolv_text)["servers"] if not only_local([a])]
    return out


def dns_section(servers: Iterable, search: Iterable, source: str, interfaces: Mapping | None = None,
                ignored: Iterable = (), via: str | None = None) -> dict:
    """-> `dns`: the servers the resolver asks, in its order; `search` domains; `source`: who owns
    them (resolv.conf, systemd-resolved, NetworkManager, dnsmasq, registry); `interfaces`: {name:
    {servers, search, connected}} when the system keeps them per interface (null when it does not);
    `ignored`: servers written but never asked (glibc's fourth and later); `via`: the local
    forwarder programs talk to (127.0.0.53...) when the servers were read behind it."""
    out_servers = []
    for s in servers:
        s = strip_scope(str(s))
        if s not in out_servers:
            out_servers.append(s)
    return {"servers": out_servers, "search": _domains(search), "source": source,
            "interfaces": {k: dict(v) for k, v in interfaces.items()} if interfaces is not None else None,
            "ignored": [str(x) for x in ignored], "via": via}


def windows_dns_adapters(rows: Iterable[Mapping], adapters: Iterable[Mapping] = ()) -> dict:
    """Get-DnsClientServerAddress rows {InterfaceAlias, InterfaceIndex, AddressFamily (2 or 23, or
    "IPv4"/"IPv6"), ServerAddresses} and Get-NetAdapter rows {Name, ifIndex, Status} -> {alias:
    {servers, connected}}: IPv4 servers then IPv6 ones, Windows' placeholders fec0:0:0:ffff::1-3 left
    out; `connected` false for an adapter whose status is not Up (a Wi-Fi out of range keeps its last
    DHCP servers), null when the adapter is not in Get-NetAdapter (loopback, some tunnels)."""
    status = {}
    for a in adapters or ():
        status[a.get("ifIndex")] = str(a.get("Status") or "")
        status[a.get("Name")] = str(a.get("Status") or "")
    out: dict[str, dict] = {}
    for r in sorted(rows or (), key=lambda r: str(r.get("AddressFamily")) not in ("2", "IPv4")):
        alias = r.get("InterfaceAlias")
        if not alias:
            continue
        item = out.setdefault(alias, {"servers": [], "connected": None, "index": r.get("InterfaceIndex")})
        st = status.get(r.get("InterfaceIndex"), status.get(alias))
        if st is not None:
            item["connected"] = st.lower() == "up"
        for a in _as_list(r.get("ServerAddresses")):
            a = str(a).strip()
            if a and a.lower() not in WINDOWS_PLACEHOLDER_DNS and a not in item["servers"]:
                item["servers"].append(a)
    return out


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


def _with_scheme(server: str | None, scheme: str = "http") -> str | None:
    if not server:
        return None
    server = server.strip()
    return server if "://" in server else f"{scheme}://{server}"


PROXY_SCHEMES = ("http", "https", "ftp", "socks")


def parse_proxy_server(value) -> dict[str, str]:
    """A Windows proxy string (WinINET's ProxyServer, WinHTTP's `Proxy Server(s)`) -> {scheme: url}.

    Forms: `host:port` (every protocol but SOCKS), `scheme://host:port` (`socks://` is SOCKS only),
    per scheme `http=h:p;https=h:p;ftp=h:p;socks=h:p` (each part with or without `scheme://`;
    separators `;` or spaces). A SOCKS server gets `socks://`, the others `http://` unless written."""
    text = str(value or "").strip()
    if not text:
        return {}
    out: dict[str, str] = {}
    if "=" in text:
        for part in re.split(r"[;\s]+", text):
            proto, sep, target = part.partition("=")
            proto, target = proto.strip().lower(), target.strip()
            if sep and target:
                out[proto] = _with_scheme(target, "socks" if proto == "socks" else "http")
        return out
    first = re.split(r"[;\s]+", text)[0]
    if first.lower().startswith(("socks://", "socks4://", "socks5://")):
        return {"socks": first}
    url = _with_scheme(first)
    return {"http": url, "https": url, "ftp": url}


def proxy_source(source: str, servers: Mapping[str, str] | None = None, pac: str | None = None,
                 no_proxy: Iterable[str] = (), scope: str = "user", enabled: bool | None = None) -> dict:
    """One place a proxy can be set: {source, scope, enabled, servers: {scheme: url}, pac, no_proxy,
    bypass_local}. `enabled`: a server or a PAC file (auto-configuration script) is in force there."""
    servers = {k: v for k, v in (servers or {}).items() if v}
    bypass = [str(x) for x in no_proxy if str(x).strip()]
    on = bool(servers or pac) if enabled is None else bool(enabled) and bool(servers or pac)
    return {"source": source, "scope": scope, "enabled": on, "servers": servers if on else {},
            "pac": (pac or None) if on else None, "no_proxy": bypass if on else [],
            "bypass_local": "<local>" in bypass if on else False}


def proxy_section(sources: Iterable[dict]) -> dict:
    """Every place read -> `proxy`. `enabled` if any of them has a proxy or a PAC file in force;
    `http`/`https`/`ftp`/`socks`/`pac`/`no_proxy`/`source` are those of the first such place (the one
    the user's programs follow first: WinINET before WinHTTP, the environment before GNOME...);
    `sources` lists them all, each named."""
    sources = list(sources)
    on = [x for x in sources if x["enabled"]]
    first = on[0] if on else None
    servers = first["servers"] if first else {}
    return {"enabled": bool(on), "http": servers.get("http"), "https": servers.get("https"),
            "ftp": servers.get("ftp"), "socks": servers.get("socks"), "pac": first["pac"] if first else None,
            "no_proxy": first["no_proxy"] if first else [], "source": first["source"] if first else "none",
            "sources": sources}


def env_proxy(proxies: Mapping[str, str], source: str = "env", scope: str = "user") -> dict:
    """urllib.request.getproxies_environment() (http_proxy, https_proxy, ftp_proxy, all_proxy,
    no_proxy) -> a proxy source. all_proxy stands for every scheme not given on its own; a
    `socks*://` all_proxy is a SOCKS server."""
    servers = {k: _with_scheme(proxies.get(k)) for k in ("http", "https", "ftp") if proxies.get(k)}
    every = proxies.get("all")
    if every:
        url = _with_scheme(every)
        if url.lower().startswith("socks"):
            servers.setdefault("socks", url)
        else:
            for k in ("http", "https", "ftp"):
                servers.setdefault(k, url)
    return proxy_source(source, servers, None, _split_list(proxies.get("no"), ","), scope)


def environment_file_proxy(text: str) -> dict:
    """/etc/environment (KEY=value lines, read at login by pam_env) -> a proxy source "environment"."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.removeprefix("export ").partition("=")
        key = key.strip().lower()
        if key.endswith("_proxy") and value.strip():
            values[key[: -len("_proxy")]] = value.strip().strip("'\"")
    return env_proxy(values, "environment", "system")


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
    """`gsettings list-recursively org.gnome.system.proxy` -> a proxy source "gsettings", or None
    when GNOME's schema is not there. Mode 'manual': the http/https/ftp/socks hosts; 'auto': the
    autoconfig-url (a PAC file; empty means WPAD discovery); 'none': nothing."""
    keys: dict[str, object] = {}
    for line in listing.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[0].startswith("org.gnome.system.proxy"):
            schema = parts[0][len("org.gnome.system.proxy"):].lstrip(".")
            keys[f"{schema}.{parts[1]}" if schema else parts[1]] = _gvariant(parts[2])
    if not keys:
        return None
    mode = keys.get("mode")
    ignore = keys.get("ignore-hosts") or []
    ignore = [str(x) for x in ignore] if isinstance(ignore, list | tuple) else _split_list(ignore)
    if mode == "auto":
        return proxy_source("gsettings", {}, str(keys.get("autoconfig-url") or "") or None, ignore)
    if mode != "manual":
        return proxy_source("gsettings")

    def server(proto: str) -> str | None:
        host, port = keys.get(f"{proto}.host"), keys.get(f"{proto}.port")
        if not host:
            return None
        scheme = "socks" if proto == "socks" else "http"
        return f"{scheme}://{host}:{port}" if port else f"{scheme}://{host}"

    servers = {p: server(p) for p in PROXY_SCHEMES}
    if keys.get("use-same-proxy") and servers["http"]:  # "the same proxy for every protocol"
        for p in ("https", "ftp"):
            servers[p] = servers[p] or servers["http"]
    return proxy_source("gsettings", servers, None, ignore)


def nmcli_proxy(text: str) -> dict:
    """`nmcli -t -f connection.id,proxy.method,proxy.pac-url connection show <active>` (one block per
    connection) -> a proxy source "NetworkManager": NetworkManager only knows PAC files (method
    'auto', a pac-url or WPAD) and hands them to the session's proxy service."""
    pacs, auto = [], False
    for line in text.splitlines():
        key, _, value = line.partition(":")
        value = value.strip()
        if key.strip() == "proxy.method" and value == "auto":
            auto = True
        elif key.strip() == "proxy.pac-url" and value and value != "--":
            pacs.append(value)
    return proxy_source("NetworkManager", {}, pacs[0] if pacs else ("wpad" if auto else None), scope="system")


_APT_LINE = re.compile(r'Acquire\s*::\s*(https?|ftp)\s*::\s*Proxy\s+"([^"]*)"\s*;', re.I)
_APT_BLOCK = re.compile(r'Acquire\s*\{(.*?)\}\s*;\s*$', re.I | re.S | re.M)


def apt_proxy(conf_texts: Iterable[str]) -> dict:
    """apt.conf and apt.conf.d/* -> a proxy source "apt" (apt's own downloads only): the
    `Acquire::http::Proxy "http://h:p/";` lines (also `https`, `ftp`, and the `Acquire { http {
    Proxy "..."; }; };` form), later files winning; "DIRECT" or "false" means none."""
    servers: dict[str, str | None] = {}
    for text in conf_texts:
        text = re.sub(r"(?m)^\s*(//|#).*$", "", text)
        for proto, value in _APT_LINE.findall(text):
            servers[proto.lower()] = value
        for block in _APT_BLOCK.findall(text):
            for proto, value in re.findall(r'(https?|ftp)\s*\{[^{}]*?Proxy\s+"([^"]*)"', block, re.I):
                servers[proto.lower()] = value
    clean = {k: v for k, v in servers.items() if v and v.strip().lower() not in ("direct", "false")}
    return proxy_source("apt", clean, scope="apt")


def windows_proxy(enable, server: str | None, override: str | None, autoconfig: str | None = None) -> dict:
    """HKCU\\...\\Internet Settings (WinINET: the browsers' and most programs' proxy) ProxyEnable /
    ProxyServer / ProxyOverride / AutoConfigURL -> a proxy source "registry". ProxyServer takes
    every form of parse_proxy_server (a SOCKS-only `socks=h:p` is a proxy too); ProxyOverride is
    `;`-separated, `<local>` meaning "names without a dot"; AutoConfigURL is a PAC file, in force
    whatever ProxyEnable says."""
    servers = parse_proxy_server(server) if enable else {}
    return proxy_source("registry", servers, str(autoconfig).strip() if autoconfig else None,
                        _split_list(override, ";"))


def netsh_winhttp_proxy(text: str) -> dict:
    """`netsh winhttp show proxy` (any display language) -> a proxy source "winhttp" (services,
    Windows Update, BITS). Direct access prints one sentence and no `label : value` line; a proxy
    prints the servers line then the bypass line ("(none)"/"(aucun)" for an empty list)."""
    values = []
    for line in text.splitlines():
        m = re.match(r"^\s+([^:]+?)\s*:\s+(\S.*)$", line)
        if m:
            values.append(m.group(2).strip())
    if not values:
        return proxy_source("winhttp", scope="system")
    bypass = values[1] if len(values) > 1 else ""
    if bypass.startswith("(") and bypass.endswith(")"):
        bypass = ""
    return proxy_source("winhttp", parse_proxy_server(values[0]), None, _split_list(bypass, ";"), "system")


# --------------------------------------------------------------------------- sockets, processes


def sockets_section(conns: Iterable, names: Mapping[int, str], fam: Families = LINUX_PSUTIL,
                    sock_stream: int = 1, sock_dgram: int = 2, owners: bool = True) -> dict:
    """psutil.net_connections(kind="inet") (or proc_net_sockets) -> listening TCP sockets and bound UDP
    sockets. `owners`: whether pid/process were read ("parts": ["owners"]); without them both are null."""
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
    return {"listening": out, "parts": ["owners"] if owners else []}


# /proc/net/{tcp,tcp6,udp,udp6} read directly: the sockets without their owners. psutil's own parser
# (psutil/_pslinux.py, NetConnections.process_inet and decode_address) reads the same files and only then
# walks every process's open files to name the owner; that walk is the costly part, skipped here.
PROC_NET_FILES = (("tcp", False), ("tcp6", True), ("udp", False), ("udp6", True))
PROC_TCP_LISTEN = "0A"  # include/net/tcp_states.h: TCP_LISTEN = 10


@dataclass(frozen=True)
class ProcNetSocket:
    """The fields of a psutil connection that sockets_section reads (pid always None)."""

    family: int
    type: int
    laddr: tuple
    raddr: tuple
    status: str
    pid: None = None


def proc_net_address(field: str, v6: bool, little_endian: bool = True) -> tuple:
    """"0100007F:0016" -> ("127.0.0.1", 22); port 0 -> () as psutil gives it. The address is the
    kernel's 32-bit words in host byte order."""
    ip_hex, port_hex = field.split(":")
    port = int(port_hex, 16)
    if not port:
        return ()
    raw = bytes.fromhex(ip_hex)
    if little_endian:
        raw = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
    return (_ntop(raw, v6), port)


def proc_net_sockets(text: str, proto: str, v6: bool, fam: Families = LINUX_PSUTIL,
                     sock_stream: int = 1, sock_dgram: int = 2, little_endian: bool = True) -> list[ProcNetSocket]:
    """One /proc/net/{tcp,tcp6,udp,udp6} file -> connections shaped as psutil's (status "LISTEN" for a
    listening TCP socket, "NONE" for UDP), for sockets_section. Malformed lines are skipped."""
    out = []
    for line in text.splitlines()[1:]:
        cols = line.split()
        if len(cols) < 4:
            continue
        try:
            laddr = proc_net_address(cols[1], v6, little_endian)
            raddr = proc_net_address(cols[2], v6, little_endian)
        except ValueError:
            continue
        if proto == "tcp":
            status = "LISTEN" if cols[3].upper() == PROC_TCP_LISTEN else "OTHER"
        else:
            status = "NONE"
        out.append(ProcNetSocket(fam.inet6 if v6 else fam.inet, sock_stream if proto == "tcp" else sock_dgram,
                                 laddr, raddr, status))
    return out


# The kernel's socket diagnostics over netlink (what `ss` uses; linux/inet_diag.h, linux/sock_diag.h):
# asked for listening TCP sockets only, the kernel walks its listening table alone, where reading
# /proc/net/tcp walks the whole established-connections table (262,144 buckets on a 16 GiB PC).
NETLINK_SOCK_DIAG = 4
SOCK_DIAG_BY_FAMILY = 20
NLM_F_REQUEST, NLM_F_DUMP = 0x1, 0x300
NLMSG_ERROR, NLMSG_DONE = 2, 3
TCPF_LISTEN = 1 << 10
_NLMSGHDR = struct.Struct("=IHHII")  # len, type, flags, seq, pid
_INET_DIAG_REQ_V2 = struct.Struct("=BBBxI48s")  # family, protocol, ext, pad, states, sockid
_INET_DIAG_MSG = struct.Struct("=BBBB2s2s16s16sI8sIIIII")  # family, state, timer, retrans, sockid, ...


def inet_diag_request(family: int, protocol: int, states: int, seq: int = 1) -> bytes:
    """A SOCK_DIAG_BY_FAMILY dump request for one address family and protocol, in these TCP states."""
    body = _INET_DIAG_REQ_V2.pack(family, protocol, 0, states, bytes(48))
    return _NLMSGHDR.pack(_NLMSGHDR.size + len(body), SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, seq, 0) + body


def inet_diag_sockets(data: bytes, proto: str, fam: Families = LINUX_PSUTIL, sock_stream: int = 1,
                      sock_dgram: int = 2) -> tuple[list[ProcNetSocket], bool, int]:
    """The kernel's netlink answers (concatenated datagrams) -> (sockets shaped as psutil's, done, error):
    `done` once NLMSG_DONE came, `error` the kernel's negative errno of an NLMSG_ERROR (0: none)."""
    out: list[ProcNetSocket] = []
    off = 0
    while off + _NLMSGHDR.size <= len(data):
        length, mtype, _flags, _seq, _pid = _NLMSGHDR.unpack_from(data, off)
        if length < _NLMSGHDR.size:
            break
        body = data[off + _NLMSGHDR.size:off + length]
        off += (length + 3) & ~3
        if mtype == NLMSG_DONE:
            return out, True, 0
        if mtype == NLMSG_ERROR:
            err = struct.unpack_from("=i", body)[0] if len(body) >= 4 else -1
            return out, True, err
        if mtype != SOCK_DIAG_BY_FAMILY or len(body) < _INET_DIAG_MSG.size:
            continue
        family, state, _t, _r, sport, dport, src, dst, *_rest = _INET_DIAG_MSG.unpack_from(body)
        v6 = family == 10
        status = ("LISTEN" if state == 10 else "OTHER") if proto == "tcp" else "NONE"
        out.append(ProcNetSocket(fam.inet6 if v6 else fam.inet, sock_stream if proto == "tcp" else sock_dgram,
                                 _diag_address(src, sport, v6), _diag_address(dst, dport, v6), status))
    return out, False, 0


def _diag_address(raw: bytes, port: bytes, v6: bool) -> tuple:
    """inet_diag_sockid's address (network order, IPv4 in the first 4 bytes) and big-endian port."""
    number = int.from_bytes(port, "big")
    if not number:
        return ()
    return (_ntop(raw[:16] if v6 else raw[:4], v6), number)


def _ntop(raw: bytes, v6: bool) -> str:
    """The address as the C library writes it (psutil's inet_ntop: "::ffff:127.0.0.1", not "::ffff:7f00:1")."""
    if len(raw) != (16 if v6 else 4):
        raise ValueError("address of the wrong length")
    return socket.inet_ntop(socket.AF_INET6 if v6 else socket.AF_INET, raw)


def proc_comm_name(comm: bytes) -> str:
    """/proc/<pid>/comm -> the process name (at most 15 characters): the same name psutil reads between
    the parentheses of /proc/<pid>/stat, from a file the kernel writes without computing the rest."""
    return comm[:-1].decode("utf-8", "surrogateescape") if comm.endswith(b"\n") else comm.decode(
        "utf-8", "surrogateescape")


def proc_long_name(name: str, cmdline: bytes) -> str:
    """psutil's Process.name() on Linux: a 15-character comm is the start of a longer name, taken
    from the program in the command line when it begins with the same characters."""
    if len(name) < 15 or not cmdline:
        return name
    data = cmdline.decode("utf-8", "surrogateescape")
    sep = "\x00" if data.endswith("\x00") else " "
    if data.endswith(sep):
        data = data[:-1]
    args = data.split(sep)
    if sep == "\x00" and len(args) == 1 and " " in data:
        args = data.split(" ")
    longer = args[0].rsplit("/", 1)[-1] if args else ""
    return longer if longer.startswith(name) else name


# What psutil gives (ad_value) for a field it may not read with our rights.
UNREAD = "\x00aimm-unread"


def processes_section(infos: Iterable[Mapping], details: bool = True) -> dict:
    """Process.as_dict(["pid", "name", "username", "exe"], ad_value=UNREAD) per process -> `processes`.

    A field psutil could not read (AccessDenied) is null and named in the process's `unknown`; a
    process that failed as a whole has `error` ({kind, message}) and what is known of it (its pid).
    `cpu_percent` is null: psutil's first reading of a process is always 0.0, not a measure.
    `details`: whether username and exe were read ("parts": ["details"]); without them both are null."""
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
    return {"processes": out, "parts": ["details"] if details else []}


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
