"""Small recorded machine states for check tests, in the shapes of docs/machine-state.md.

`linux_state(network=..., disks=...)` gives a state holding exactly the sections named;
the builders below (`iface`, `partition`, ...) fill in the fields a probe would write.
`run("ipv4_address", state, interface="eth0", address="...")` converts the parameters as
the scenario loader does (defaults included) and evaluates one check on the state.
"""

from __future__ import annotations

from aimm_lab.checks import REGISTRY, CheckResult, Context, ResolvedCheck, evaluate
from aimm_lab.machine import RecordedMachine
from aimm_lab.machine.base import make_state


def state(platform: str, errors: dict | None = None, lookups: dict | None = None, **sections) -> dict:
    """A recorded state; `errors={"network": "denied"}` marks a section as unreadable."""
    errs = {name: {"kind": kind, "message": f"{name} {kind}"} for name, kind in (errors or {}).items()}
    lk = {"dns": {}, "tcp": {}, "files": {}, "cpu_load": {}}
    for kind, answers in (lookups or {}).items():
        lk[kind].update(answers)
    return make_state(platform, sections, errs, lk)


def linux_state(errors=None, lookups=None, **sections) -> dict:
    return state("linux", errors, lookups, **sections)


def windows_state(errors=None, lookups=None, **sections) -> dict:
    return state("windows", errors, lookups, **sections)


# --------------------------------------------------------------------------- section builders

def iface(name="eth0", ipv4=("192.168.10.112/24",), ipv6=(), mac="52:54:00:12:34:56", up=True,
          speed=1000, duplex="full", mtu=1500, loopback=False) -> dict:
    def addrs(items):
        out = []
        for a in items:
            address, _, prefix = a.partition("/")
            out.append({"address": address, "prefix": int(prefix) if prefix else None})
        return out

    return {"name": name, "mac": mac, "ipv4": addrs(ipv4), "ipv6": addrs(ipv6), "up": up, "speed_mbps": speed,
            "duplex": duplex, "mtu": mtu, "loopback": loopback}


def network(*interfaces, gateways=()) -> dict:
    return {"interfaces": list(interfaces), "gateways": list(gateways)}


def gateway(address="192.168.10.254", interface="eth0", default=True, family="ipv4") -> dict:
    return {"family": family, "address": address, "interface": interface, "default": default}


def partition(mountpoint="/", fstype="ext4", total=500 * 10**9, free=200 * 10**9, opts="rw,relatime",
              device="/dev/nvme0n1p2", error=None) -> dict:
    if error:
        return {"device": device, "mountpoint": mountpoint, "fstype": fstype, "opts": opts, "total": None,
                "free": None, "used": None, "percent": None, "error": error}
    used = total - free
    return {"device": device, "mountpoint": mountpoint, "fstype": fstype, "opts": opts, "total": total,
            "free": free, "used": used, "percent": round(100 * used / total, 1), "error": None}


def disks(*parts) -> dict:
    return {"partitions": list(parts)}


def system(hostname="pc-lab-12", system_="Linux", release="6.1.0", version="#1 SMP", name="Debian GNU/Linux 12",
           build=None, boot_time=1_764_300_000.0) -> dict:
    return {"hostname": hostname, "boot_time": boot_time,
            "os": {"system": system_, "release": release, "version": version, "name": name, "build": build}}


def windows_system(hostname="PC-ATL-07", release="11", build=22631, name="Windows 11 Pro",
                   boot_time=1_764_300_000.0) -> dict:
    return system(hostname, "Windows", release, f"10.0.{build}", name, build, boot_time)


def proc(name, pid, cpu=0.0, username="root", exe=None) -> dict:
    return {"pid": pid, "name": name, "username": username, "cpu_percent": cpu, "exe": exe}


def processes(*procs) -> dict:
    return {"processes": list(procs)}


def service(name, status="running", start_type="automatic", display_name=None, pid=None) -> dict:
    return {"name": name, "display_name": display_name or name, "status": status, "start_type": start_type,
            "pid": pid}


def services(*items, manager="systemd") -> dict:
    return {"manager": manager, "services": list(items)}


def account(name, id_="1001", admin=False, groups=(), disabled=False) -> dict:
    return {"name": name, "id": id_, "admin": admin, "groups": list(groups), "disabled": disabled}


def accounts(*items, admin_group="sudo") -> dict:
    return {"accounts": list(items), "admin_group": admin_group}


def file_answer(path, exists=True, is_file=True, size=12, sha256=None, text=None, error=None) -> dict:
    return {"path": path, "exists": exists, "is_file": is_file if exists else None,
            "size": size if exists else None, "sha256": sha256, "mtime": 1_764_300_000.0 if exists else None,
            "text": text, "error": error}


def dns_answer(name, addresses=(), rdtype="A", server=None, error=None) -> dict:
    key = f"{name.lower().rstrip('.')}|{rdtype}|{server or ''}"
    return {key: {"name": name, "rdtype": rdtype, "server": server, "addresses": list(addresses), "error": error,
                  "ms": 2.5}}


def tcp_answer(host, port, ok=True, error=None) -> dict:
    return {f"{host}:{port}": {"host": host, "port": port, "ok": ok, "error": error, "ms": 1.0}}


def cpu_answer(total, top=(), window=2.0) -> dict:
    return {f"{float(window):g}": {"window_s": window, "total_percent": total,
                                   "top": [{"name": n, "pid": 4000 + i, "percent": pc} for i, (n, pc) in
                                           enumerate(top)]}}


# --------------------------------------------------------------------------- running one check

def resolved(type_: str, expect: bool = True, **params) -> ResolvedCheck:
    """Parameters converted as the scenario loader and resolver do, defaults included."""
    cls = REGISTRY[type_]
    out = {}
    for p in cls.params:
        if p.name in params:
            out[p.name] = p.convert(params[p.name])
        elif p.default is not None:
            out[p.name] = p.default
    unknown = set(params) - set(out)
    assert not unknown, f"unknown parameters for {type_}: {unknown}"
    return ResolvedCheck(type_, out, expect)


def run(type_: str, st: dict, expect: bool = True, ctx: Context | None = None, **params) -> CheckResult:
    return evaluate(resolved(type_, expect, **params), RecordedMachine(st), ctx or Context())


def texts(result: CheckResult, lang: str = "fr") -> tuple[str, str]:
    d = result.as_dict(lang)
    return d["expected"], d["found"]
