"""No check type returns PASS or FAIL from a field that was not read.

Every registered check type is run, with and without `expect = false`, on Linux and Windows states
derived from one complete state where every check finds what it reads:
- every field of every item, section and look-up answer null, each named in its `unknown` with a reason;
- the same with the items' names kept (so each item is found and its other fields are unread);
- every section's lists null;
- every section unreadable (denied, timeout, failed, unsupported...) and no look-up recorded.
Only ERROR or UNSUPPORTED may come out (the second state allows the verdicts that need nothing but
the name it kept: the item is there).
"""

from __future__ import annotations

import copy

import pytest
from states import resolved

from aimm_lab.checks import REGISTRY, Context, Outcome, evaluate
from aimm_lab.machine import RecordedMachine
from aimm_lab.machine.base import SECTIONS, cpu_load_key, dns_key, make_state, ntp_key, route_key, tcp_key

# One set of parameters per check type, reading the fields of FULL below.
SAMPLES = {
    "user_exists": {"name": "m.durand"},
    "user_not_admin": {"name": "m.durand"},
    "user_logged_in": {"name": "m.durand"},
    "password_change_required": {"name": "m.durand"},
    "file_exists": {"path": "/srv/compta/test.txt"},
    "file_owner": {"path": "/srv/compta/test.txt", "owner": "compta"},
    "file_absent": {"path": "/srv/compta/test.txt"},
    "file_contains": {"path": "/srv/compta/test.txt", "pattern": "bonjour"},
    "file_sha256": {"path": "/srv/compta/test.txt", "sha256": "a" * 64},
    "dhcp_enabled": {"interface": "eth0"},
    "smb_share": {"name": "Scans", "path": "/srv/partages/scans"},
    "printer_queue": {"name": "Brother", "connection": "usb"},
    "interface_present": {"interface": "eth0"},
    "interface_up": {"interface": "eth0"},
    "link_speed": {"interface": "eth0", "mbps": 1000},
    "link_duplex": {"interface": "eth0"},
    "mtu": {"interface": "eth0", "mtu": 1500},
    "ipv4_address": {"interface": "eth0", "address": "192.168.10.112", "prefix": 24},
    "ipv6_address": {"interface": "eth0", "scope": "link"},
    "ipv4_in_subnet": {"interface": "eth0", "subnet": "192.168.10.0/24"},
    "not_apipa": {"interface": "eth0"},
    "mac_address": {"interface": "eth0", "mac": "52:54:00:12:34:56"},
    "default_gateway": {"address": "192.168.10.254", "interface": "eth0"},
    "route_to": {"destination": "192.168.10.20", "local": True},
    "dns_servers": {"servers": ["192.168.10.10"], "mode": "exact"},
    "name_resolves": {"name": "intranet.lab.local", "addresses": ["192.168.10.10"]},
    "tcp_reachable": {"host": "192.168.10.20", "port": 445},
    "port_listening": {"port": 22},
    "hosts_entry": {"name": "intranet.lab.local", "address": "192.168.10.10"},
    "proxy": {"enabled": False},
    "hostname": {"name": "pc-lab-12"},
    "process_running": {"name": "cupsd"},
    "process_absent": {"name": "cupsd"},
    "cpu_load_below": {"percent": 50, "process": "cupsd"},
    "service_state": {"name": "cups", "status": "running", "start_type": "automatic"},
    "memory_total": {"size": "16 GiB"},
    "swap_total": {"max_size": "2 GiB"},
    "cpu_cores": {"logical": 8, "physical": 4},
    "partition": {"mountpoint": "/data", "fstype": "ext4", "min_size": "100 GB", "opts": "rw"},
    "free_space": {"mountpoint": "/data", "min_free": "10 GiB", "max_used_percent": 90},
    "battery": {"present": True, "plugged": True, "min_percent": 20},
    "rebooted_since_start": {},
    "os_version": {"system": "Linux", "release": "6.1.0", "min_build": 1, "name_contains": "Debian"},
    "clock_offset": {"server": "192.168.10.10", "max_seconds": 5},
    "printer": {"name": "Accueil-Laser", "port_kind": "tcpip", "address": "192.168.10.30", "driver_contains": "PCL6",
                "queue_empty": True, "default": True},
    "startup_entry": {"name": "PCSpeedBoost"},
    "program_installed": {"name": "LibreOffice"},
    "bitlocker": {"volume": "C:", "protection": "on", "unlocked": True, "recovery_password": True, "tpm": True},
    "disk_health": {"disk": "sda"},
    "temperature_below": {"max_celsius": 80, "sensor": "coretemp"},
    "user_profile": {"name": "m.durand"},
}
# Check types of one platform: UNSUPPORTED on the other, whatever the state.
PLATFORM_ONLY = {"bitlocker": "windows", "user_profile": "windows"}
# Verdicts that need nothing but an item's name: with the names kept, the item is there.
NAME_IS_ENOUGH = {"user_exists", "user_logged_in", "interface_present", "process_running", "process_absent",
                  "program_installed"}

FULL_SECTIONS = {
    "system": {"hostname": "pc-lab-12", "boot_time": 1_764_300_000.0,
               "os": {"system": "Linux", "release": "6.1.0", "version": "#1", "name": "Debian GNU/Linux 12",
                      "build": 5}},
    "cpu": {"logical": 8, "physical": 4, "freq_mhz": None},
    "memory": {"total": 17_179_869_184, "available": 8_000_000_000, "swap_total": 2_147_483_648},
    "disks": {"partitions": [{"device": "/dev/sdb1", "mountpoint": "/data", "fstype": "ext4", "opts": "rw,relatime",
                              "total": 500 * 10**9, "free": 200 * 10**9, "used": 300 * 10**9, "percent": 60.0,
                              "error": None, "kind": "local", "device_less": False, "remote": None}]},
    "network": {"interfaces": [{"name": "eth0", "mac": "52:54:00:12:34:56",
                                "ipv4": [{"address": "192.168.10.112", "prefix": 24}],
                                "ipv6": [{"address": "fe80::1", "prefix": 64}], "up": True, "speed_mbps": 1000,
                                "duplex": "full", "mtu": 1500, "loopback": False}],
                "gateways": [{"family": "ipv4", "address": "192.168.10.254", "interface": "eth0", "default": True}]},
    "dns": {"servers": ["192.168.10.10"], "search": ["lab.local"], "source": "resolv.conf"},
    "hosts": {"path": "/etc/hosts", "entries": [{"address": "192.168.10.10", "names": ["intranet.lab.local"],
                                                 "line": 3}]},
    "proxy": {"enabled": False, "http": None, "https": None, "no_proxy": [], "source": "none"},
    "sockets": {"listening": [{"proto": "tcp", "address": "0.0.0.0", "port": 22, "pid": 812, "process": "sshd"}]},
    "processes": {"processes": [{"pid": 700, "name": "cupsd", "username": "root", "cpu_percent": None,
                                 "exe": "/usr/sbin/cupsd"}]},
    "services": {"manager": "systemd", "services": [{"name": "cups", "display_name": "CUPS Scheduler",
                                                     "status": "running", "start_type": "automatic", "pid": 700}]},
    "users": {"sessions": [{"name": "m.durand", "terminal": "tty1", "host": None, "started": 1_764_300_500.0}]},
    "accounts": {"accounts": [{"name": "m.durand", "id": "1001", "admin": False, "groups": ["users"],
                               "disabled": False, "must_change_password": True}], "admin_group": "sudo", "admin_source": "/etc/group"},
    "battery": {"present": True, "percent": 80.0, "plugged": True, "secsleft": None},
    "dhcp": {"interfaces": [{"name": "eth0", "dhcp": True, "source": "dhclient"}]},
    "shares": {"server_running": True, "source": "testparm",
               "shares": [{"name": "Scans", "path": "/srv/partages/scans", "special": False}]},
    "printers": {"spooler_running": True, "source": "Get-Printer",
                 "printers": [{"name": "Accueil-Laser", "driver": "HP Universal Printing PCL6",
                               "port": "IP_192.168.10.30", "port_kind": "tcpip", "address": "192.168.10.30",
                               "default": True, "jobs": 0, "connection": "network"},
                              {"name": "Brother_USB", "driver": "Brother HL", "port": "USB001", "port_kind": "usb",
                               "address": None, "default": False, "jobs": 0, "connection": "usb"}]},
    "startup": {"entries": [{"name": "PCSpeedBoost", "display_name": None, "command": "C:\\PCSB\\pcsb.exe",
                             "location": "HKCU Run", "scope": "user", "enabled": True}], "source": "registry",
                "unread_places": {}},
    "programs": {"programs": [{"name": "LibreOffice 24.8", "version": "24.8.4", "publisher": "TDF"}],
                 "source": "registry"},
    "encryption": {"volumes": [{"name": "C:", "protection": "on", "locked": False, "encryption_percent": 100,
                                "status": "FullyEncrypted", "protectors": ["Tpm", "RecoveryPassword"]}],
                   "source": "Get-BitLockerVolume"},
    "health": {"disks": [{"name": "sda", "model": "Samsung SSD 870", "health": "ok", "temperature": 35.0,
                          "source": "smartctl"}],
               "temperatures": [{"name": "coretemp/Package id 0", "current": 55.0, "high": 84.0, "critical": 100.0}]},
    "profiles": {"profiles": [{"sid": "S-1-5-21-1-2-3-1001", "name": "m.durand", "path": "C:\\Users\\m.durand",
                               "backup": False, "temporary": False, "state": 0}], "source": "ProfileList"},
}
PATH = SAMPLES["file_exists"]["path"]
FULL_LOOKUPS = {
    "dns": {dns_key("intranet.lab.local"): {"name": "intranet.lab.local", "rdtype": "A", "server": None,
                                            "addresses": ["192.168.10.10"], "error": None, "ms": 1.0}},
    "tcp": {tcp_key("192.168.10.20", 445): {"host": "192.168.10.20", "port": 445, "ok": True, "error": None,
                                            "ms": 1.0}},
    "files": {PATH: {"path": PATH, "exists": True, "is_file": True, "size": 8, "sha256": "b" * 64,
                     "mtime": 1_764_300_000.0, "owner": "compta", "text": "bonjour\n", "error": None}},
    "cpu_load": {cpu_load_key(2.0): {"window_s": 2.0, "total_percent": 10.0,
                                     "top": [{"name": "cupsd", "pid": 700, "percent": 1.0}]}},
    "ntp": {ntp_key("192.168.10.10"): {"server": "192.168.10.10", "offset_s": 0.2, "stratum": 2, "error": None,
                                       "ms": 1.0}},
    "route": {route_key("192.168.10.20"): {"destination": "192.168.10.20", "gateway": None, "interface": "eth0",
                                           "source": "192.168.10.112", "table": "main", "route": "192.168.10.0/24",
                                           "nexthops": [], "type": "unicast", "error": None, "via": "ip route get"}},
}
CTX = Context(started_at=1_764_200_000.0)
WHY = {"kind": "failed", "message": "not read (test)"}
IDENTITY = {"name", "mountpoint"}


def _unread(value, keep: set[str]):
    """Every field null and named in `unknown`; dicts inside (an OS description) the same way."""
    if isinstance(value, dict):
        out, unknown = {}, {}
        for k, v in value.items():
            if k in keep:
                out[k] = v
            elif isinstance(v, dict) and v:
                out[k] = _unread(v, keep)
            elif isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
                out[k] = [_unread(x, keep) for x in v]
            else:
                out[k] = None
                unknown[k] = dict(WHY)
        out["unknown"] = unknown
        return out
    return value


def state_every_field_unread(platform: str, keep: set[str]) -> dict:
    sections = {n: _unread(copy.deepcopy(d), keep) for n, d in FULL_SECTIONS.items()}
    lookups = {kind: {key: _unread(copy.deepcopy(ans), {"path", "host", "port", "server", "name", "rdtype",
                                                         "window_s", "destination"})
                      for key, ans in answers.items()} for kind, answers in FULL_LOOKUPS.items()}
    return make_state(platform, sections, {}, lookups)


def state_lists_unread(platform: str) -> dict:
    sections = {}
    for n, d in FULL_SECTIONS.items():
        sections[n] = {k: None for k in d}
        sections[n]["unknown"] = {k: dict(WHY) for k in d}
    return make_state(platform, sections, {}, {k: {} for k in FULL_LOOKUPS})


def state_sections_unreadable(platform: str) -> dict:
    kinds = ["denied", "timeout", "failed", "unsupported", "in_use", "not_ready", "network", "credentials"]
    errors = {n: {"kind": kinds[i % len(kinds)], "message": f"{n} (test)"} for i, n in enumerate(SECTIONS)}
    return make_state(platform, {}, errors, {k: {} for k in FULL_LOOKUPS})


def _run(type_: str, st: dict, expect: bool) -> Outcome:
    check = resolved(type_, expect, **SAMPLES[type_])
    return evaluate(check, RecordedMachine(st), CTX)


def test_every_check_type_has_a_sample():
    assert set(SAMPLES) == set(REGISTRY), set(REGISTRY) ^ set(SAMPLES)


@pytest.mark.parametrize("platform", ["linux", "windows"])
def test_the_full_state_is_read_by_every_check(platform):
    """The samples really read FULL: every check passes or fails on it (so the states below test them)."""
    st = make_state(platform, copy.deepcopy(FULL_SECTIONS), {}, copy.deepcopy(FULL_LOOKUPS))
    for type_ in SAMPLES:
        r = _run(type_, st, True)
        if PLATFORM_ONLY.get(type_, platform) != platform:
            assert r.outcome == Outcome.UNSUPPORTED, (type_, r.message.fr)
            continue
        assert r.outcome in (Outcome.PASS, Outcome.FAIL), (type_, r.message.fr)


NEVER_GRADED = (Outcome.ERROR, Outcome.UNSUPPORTED)


@pytest.mark.parametrize("platform", ["linux", "windows"])
@pytest.mark.parametrize("variant", ["every_field", "names_kept", "lists", "sections"])
def test_no_verdict_from_what_was_not_read(platform, variant):
    st = {"every_field": lambda: state_every_field_unread(platform, set()),
          "names_kept": lambda: state_every_field_unread(platform, IDENTITY),
          "lists": lambda: state_lists_unread(platform),
          "sections": lambda: state_sections_unreadable(platform)}[variant]()
    bad = []
    for type_ in sorted(SAMPLES):
        for expect in (True, False):
            r = _run(type_, st, expect)
            if r.outcome in NEVER_GRADED:
                assert r.message.fr and "erreur interne" not in r.message.fr, (type_, r.message.fr)
                continue
            if variant == "names_kept" and type_ in NAME_IS_ENOUGH:
                continue
            bad.append((type_, expect, r.outcome.value, r.message.fr))
    assert not bad, "\n".join(map(str, bad))
