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


def processes_section(infos: Iterable[Mapping]) -> dict:
    """process_iter(["pid","name","username","cpu_percent","exe"]) infos -> `processes`."""
    out = []
    for i in infos:
        cpu = i.get("cpu_percent")
        out.append({"pid": i.get("pid"), "name": i.get("name") or "", "username": i.get("username") or None,
                    "cpu_percent": float(cpu) if cpu is not None else None, "exe": i.get("exe") or None})
    return {"processes": out}


def cpu_top(samples: Iterable[tuple[int, str, float]], logical: int, limit: int = 10) -> list[dict]:
    """(pid, name, raw percent of one CPU) -> the busiest processes on Task Manager's scale."""
    logical = max(1, int(logical or 1))
    rows = [{"name": n, "pid": p, "percent": round(pct / logical, 1)} for p, n, pct in samples
            if pct is not None]
    rows.sort(key=lambda r: r["percent"], reverse=True)
    return rows[:limit]


# --------------------------------------------------------------------------- services


SYSTEMD_STATUS = {"active": "running", "reloading": "running", "inactive": "stopped", "failed": "failed",
                  "activating": "starting", "deactivating": "stopping"}
SYSTEMD_START = {"enabled": "automatic", "enabled-runtime": "automatic", "linked": "automatic",
                 "linked-runtime": "automatic", "alias": "automatic", "disabled": "manual",
                 "static": "manual", "indirect": "manual", "generated": "automatic", "transient": "manual",
                 "masked": "disabled", "masked-runtime": "disabled"}


def _service_name(unit: str) -> str | None:
    if not unit.endswith(".service"):
        return None
    name = unit[: -len(".service")]
    return None if name.endswith("@") else name  # a template is not a service one can run


def systemd_services(list_units: str, list_unit_files: str) -> dict:
    """`systemctl list-units --type=service --all --no-legend --no-pager --plain` and
    `systemctl list-unit-files --type=service --no-legend --no-pager` -> `services`."""
    services: dict[str, dict] = {}
    for line in list_units.splitlines():
        parts = line.strip().lstrip("●*").split(None, 4)
        if len(parts) < 4:
            continue
        name = _service_name(parts[0])
        if name is None or parts[1] in ("not-found", "masked") and parts[2] == "inactive":
            continue
        services[name] = {"name": name, "display_name": parts[4].strip() if len(parts) > 4 else name,
                          "status": SYSTEMD_STATUS.get(parts[2], "other"), "start_type": "other", "pid": None}
    for line in list_unit_files.splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        name = _service_name(parts[0])
        if name is None:
            continue
        start = SYSTEMD_START.get(parts[1], "other")
        if name in services:
            services[name]["start_type"] = start
        else:
            services[name] = {"name": name, "display_name": name,
                              "status": "stopped", "start_type": start, "pid": None}
    return {"manager": "systemd", "services": sorted(services.values(), key=lambda s: s["name"].lower())}


def systemd_pids(show_output: str) -> dict[str, int]:
    """`systemctl show --property=Id,MainPID <units>` -> {name: pid} for services with a process.
    One block per unit, blocks separated by a blank line, properties in systemd's own order."""
    out = {}
    for block in re.split(r"\n\s*\n", show_output):
        props = dict(line.partition("=")[::2] for line in block.splitlines() if "=" in line)
        name = _service_name(props.get("Id", "").strip())
        pid = props.get("MainPID", "").strip()
        if name and pid.isdigit() and int(pid) > 0:
            out[name] = int(pid)
    return out


WINDOWS_STATUS = {"running": "running", "stopped": "stopped", "paused": "paused", "start_pending": "starting",
                  "continue_pending": "starting", "stop_pending": "stopping", "pause_pending": "stopping"}
WINDOWS_START = {"automatic": "automatic", "manual": "manual", "disabled": "disabled"}


def windows_services(items: Iterable[Mapping]) -> dict:
    """WindowsService.as_dict() of each psutil.win_service_iter() item -> `services`."""
    out = []
    for d in items:
        out.append({"name": d.get("name"), "display_name": d.get("display_name") or d.get("name"),
                    "status": WINDOWS_STATUS.get(d.get("status") or "", "other"),
                    "start_type": WINDOWS_START.get(d.get("start_type") or "", "other"),
                    "pid": d.get("pid") or None})
    out.sort(key=lambda s: str(s["name"]).lower())
    return {"manager": "windows", "services": out}


# --------------------------------------------------------------------------- accounts, users


ADMIN_GROUPS = ("sudo", "wheel", "admin")
ADMINISTRATORS_SID = "S-1-5-32-544"


def linux_accounts(passwd: Iterable, groups: Iterable, shadow: Mapping[str, tuple] | None = None,
                   today_days: int | None = None) -> dict:
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
        disabled = None
        if shadow is not None:
            pw_hash, expire = shadow.get(p.pw_name, ("", None))
            disabled = pw_hash.startswith("!") or (
                expire is not None and today_days is not None and expire <= today_days)
        out.append({"name": p.pw_name, "id": str(p.pw_uid),
                    "admin": p.pw_uid == 0 or any(g in ADMIN_GROUPS for g in member),
                    "groups": member, "disabled": disabled})
    out.sort(key=lambda a: (a["id"] != "0", a["name"]))
    return {"accounts": out, "admin_group": admin_group}


def parse_shadow(text: str) -> dict[str, tuple[str, int | None]]:
    """/etc/shadow -> {name: (password field, expiry in days since 1970 or None)}."""
    out = {}
    for line in text.splitlines():
        f = line.split(":")
        if len(f) >= 2:
            expire = f[7] if len(f) > 7 else ""
            out[f[0]] = (f[1], int(expire) if expire.strip().isdigit() else None)
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


def windows_accounts(payload: str | Mapping) -> dict:
    """The JSON of the fixed PowerShell script in real.py (Get-LocalUser, Get-LocalGroup and
    Get-LocalGroupMember, ConvertTo-Json) -> `accounts`. Admin means member of S-1-5-32-544,
    whatever the group is called on this Windows (Administrateurs, Administradores...)."""
    data = json.loads(payload) if isinstance(payload, str) else payload
    users = _as_list(data.get("Users"))
    groups = _as_list(data.get("Groups"))
    member_of: dict[str, list[str]] = {}
    admin_sids: set[str] = set()
    admin_group = None
    for g in groups:
        gsid = _sid(g.get("SID"))
        members = {_sid(m.get("SID")) for m in _as_list(g.get("Members"))} - {None}
        if gsid == ADMINISTRATORS_SID:
            admin_group = g.get("Name")
            admin_sids = members
        for m in members:
            member_of.setdefault(m, []).append(g.get("Name"))
    out = []
    for u in users:
        sid = _sid(u.get("SID"))
        enabled = u.get("Enabled")
        out.append({"name": u.get("Name"), "id": sid, "admin": sid in admin_sids,
                    "groups": sorted(member_of.get(sid, []), key=str.lower),
                    "disabled": (not enabled) if isinstance(enabled, bool) else None})
    out.sort(key=lambda a: str(a["name"]).lower())
    return {"accounts": out, "admin_group": admin_group}


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


def disks_section(partitions: Iterable, usages: Mapping[str, object]) -> dict:
    """psutil.disk_partitions() and, per mount point, disk_usage() or the text of why it failed."""
    out = []
    for p in partitions:
        u = usages.get(p.mountpoint)
        row = {"device": p.device, "mountpoint": p.mountpoint, "fstype": p.fstype, "opts": p.opts,
               "total": None, "free": None, "used": None, "percent": None, "error": None}
        if u is None or isinstance(u, str):
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
