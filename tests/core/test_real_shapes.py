"""System readings fed with the raw shapes kept under tests/data/real/ (each file names its public
source on its first line): Windows services that raise, drives that are not ready or on the network,
OS errors Python files under PermissionError, a failed read of the administrators group on a French
Windows, systemd's own start words, and values psutil makes up."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import psutil
import pytest
from states import account, accounts, linux_state, run, windows_state

from aimm_lab.checks import Outcome
from aimm_lab.machine import normalize as nz
from aimm_lab.machine.real import RealMachine

try:  # psutil >= 7 keeps its named tuples here
    from psutil._ntuples import sdiskpart, sdiskusage, snicaddr, snicstats
except ImportError:  # pragma: no cover - older psutil
    from psutil._common import sdiskpart, sdiskusage, snicaddr, snicstats

REAL = Path(__file__).resolve().parent.parent / "data" / "real"
NEVER_GRADED = (Outcome.ERROR, Outcome.UNSUPPORTED)


def real_text(name: str) -> str:
    text = (REAL / name).read_text(encoding="utf-8")
    assert text.startswith("# source: "), name
    return text.split("\n", 1)[1]


def real_json(name: str) -> dict:
    data = json.loads((REAL / name).read_text(encoding="utf-8"))
    assert data["_source"], name
    return data


def fields(name: str) -> dict:
    return dict(line.split(": ", 1) for line in real_text(name).splitlines() if ": " in line)


def os_error_from(d: dict) -> OSError:
    """The OSError Python raises for these numbers (on Windows `winerror` is set by the interpreter)."""
    cls = {"PermissionError": PermissionError, "FileNotFoundError": FileNotFoundError}.get(d["exception"], OSError)
    e = cls(int(d["errno"]), d["strerror"])
    e.winerror = int(d["winerror"])
    return e


def test_every_real_shape_names_its_source():
    files = sorted(p for p in REAL.iterdir() if p.is_file())  # network/ has its own test
    assert len(files) >= 20
    for f in files:
        head = f.read_text(encoding="utf-8").lstrip("\ufeff")
        assert head.startswith("# source: ") or json.loads(head).get("_source"), f.name


# --------------------------------------------------------------------------- kind 1: one service never sinks the list

class FakeService:
    """A psutil WindowsService whose calls behave as the reports in tests/data/real/ describe."""

    def __init__(self, name, display, start="automatic", status="running", pid=1200, raises=None):
        self._name, self._display = name, display
        self._values = {"start_type": start, "status": status, "pid": pid}
        self._raises = raises or {}

    def name(self):
        return self._name

    def display_name(self):
        return self._display

    def _get(self, what):
        if what in self._raises:
            raise self._raises[what]
        return self._values[what]

    def start_type(self):
        return self._get("start_type")

    def status(self):
        return self._get("status")

    def pid(self):
        return self._get("pid")

    def description(self):
        return self._get("description")

    def as_dict(self):  # what the old reader called: it reads the description too
        self.description()
        return {"name": self._name, "display_name": self._display, **self._values}


def _raised(name: str):
    d = fields(name)
    if d["exception"] == "AccessDenied":
        cause = PermissionError(13, "Accès refusé.")
        cause.winerror = int(d["winerror"])
        try:
            raise psutil.AccessDenied(pid=None, name=d["service"], msg=d["message"]) from cause
        except psutil.AccessDenied as e:
            return d, e
    e = {"FileNotFoundError": FileNotFoundError, "OSError": OSError}[d["exception"]](2, d["message"])
    e.winerror = int(d["winerror"])
    return d, e


def test_a_service_that_raises_is_marked_and_the_others_are_read(monkeypatch):
    _, no_descr = _raised("psutil_win_service_waasmedicsvc.txt")
    _, gone_descr = _raised("psutil_win_service_element_not_found.txt")
    denied_info, denied = _raised("psutil_win_service_access_denied.txt")
    services = [
        FakeService("Spooler", "Spouleur d'impression", pid=2412, raises={"description": gone_descr}),
        FakeService("WaaSMedicSvc", "Service Windows Update Medic", start="manual", status="stopped", pid=None,
                    raises={"description": no_descr}),
        FakeService("Sense", "Windows Defender Advanced Threat Protection Service",
                    raises={"start_type": denied, "status": denied, "pid": denied, "description": denied}),
        FakeService("Dhcp", "Client DHCP", raises={"description": no_descr}),
    ]
    with pytest.raises(FileNotFoundError):  # the old reader: one description sank the whole section
        [s.as_dict() for s in services]
    monkeypatch.setattr(psutil, "win_service_iter", lambda: iter(services), raising=False)
    section = RealMachine._windows_services()
    by = {s["name"]: s for s in section["services"]}
    assert (by["Spooler"]["status"], by["Spooler"]["start_type"], by["Spooler"]["pid"]) == ("running", "automatic", 2412)
    assert by["WaaSMedicSvc"]["start_type"] == "manual"
    sense = by["Sense"]
    assert sense["status"] is None and sense["start_type"] is None
    assert sense["unknown"]["status"]["kind"] == "denied"  # from the cause's winerror 5, not the class
    st = windows_state(services=section)
    assert run("service_state", st, name="Spooler", status="running", start_type="automatic").outcome is Outcome.PASS
    assert run("service_state", st, name="Spouleur d'impression", status="running").outcome is Outcome.PASS
    for expect in (True, False):
        r = run("service_state", st, expect=expect, name=denied_info["service"], status="stopped")
        assert r.outcome is Outcome.ERROR and "accès refusé" in r.message.fr, r.message.fr


# --------------------------------------------------------------------------- kinds 9 and 14: drives and OS errors

def _windows_disks(name: str) -> dict:
    data = real_json(name)
    parts = [sdiskpart(*p, 255, 260) if len(sdiskpart._fields) > 4 else sdiskpart(*p) for p in data["partitions"]]
    usages = {}
    for p in parts:
        err = (data.get("usage_errors") or {}).get(p.mountpoint)
        if err:
            e = os_error_from(err)
            usages[p.mountpoint] = nz.os_error(e.errno, e.winerror, e.strerror)
        elif p.fstype:
            usages[p.mountpoint] = sdiskusage(500 * 10**9, 300 * 10**9, 200 * 10**9, 60.0)
    return nz.disks_section(parts, usages, windows=True, remote_paths=data.get("remote_paths"))


def test_an_empty_cd_drive_is_not_ready_not_denied():
    disks = _windows_disks("psutil_win_disk_partitions_cdrom_not_ready.json")
    z = next(p for p in disks["partitions"] if p["mountpoint"] == "Z:\\")
    assert z["kind"] == "local" and z["fstype"] is None and z["unknown"]["fstype"]["kind"] == "failed"
    assert z["error"]["kind"] == "not_ready" and "WinError 21" in z["error"]["message"]
    st = windows_state(disks=disks)
    r = run("free_space", st, mountpoint="Z:", min_free="1 GiB")
    assert r.outcome is Outcome.ERROR and "non prêt" in r.message.fr and "refusé" not in r.message.fr
    assert run("partition", st, mountpoint="Z:\\", fstype="CDFS").outcome is Outcome.ERROR
    assert run("partition", st, mountpoint="C:\\", fstype="NTFS").outcome is Outcome.PASS


def test_windows_drive_kinds_from_a_posted_listing():
    disks = _windows_disks("psutil_win_disk_partitions_ncpa.json")
    by = {p["mountpoint"]: p for p in disks["partitions"]}
    assert [by[m]["kind"] for m in ("C:\\", "D:\\", "E:\\", "G:\\")] == ["local"] * 4
    assert by["G:\\"]["opts"] == "rw,removable" and by["E:\\"]["fstype"] is None
    # rw/ro is only written by psutil when the volume could be read: asking for it on E: is no verdict
    assert run("partition", windows_state(disks=disks), mountpoint="E:", opts="rw").outcome is Outcome.ERROR


def test_network_drives_are_read_with_their_remote_path():
    disks = _windows_disks("psutil_win_disk_partitions_network_drive.json")
    by = {p["mountpoint"]: p for p in disks["partitions"]}
    p = by["P:\\"]
    assert (p["kind"], p["device_less"], p["device"], p["remote"]) == ("network", True, None, "\\\\NAS-COMPTA\\compta")
    s = by["S:\\"]
    assert s["fstype"] is None and s["error"]["kind"] == "network" and "WinError 53" in s["error"]["message"]
    st = windows_state(disks=disks)
    # b2-lecteur-reseau's task: a network drive P:
    assert run("partition", st, mountpoint="P:", opts="remote").outcome is Outcome.PASS
    assert run("partition", st, mountpoint="S:", fstype="NTFS").outcome is Outcome.ERROR
    r = run("free_space", st, mountpoint="S:\\", min_free="1 GiB")
    assert r.outcome is Outcome.ERROR and "réseau" in r.message.fr


def test_every_error_python_calls_permission_error_is_told_by_its_number():
    eacces = real_json("cpython_errmap_eacces.json")["eacces"]
    for winerror in eacces:
        got = nz.os_error(13, winerror, None)
        if winerror in (5, 65):
            assert got["kind"] == "denied", winerror
        else:
            assert got["kind"] != "denied", (winerror, got)
        assert f"WinError {winerror}" in got["message"]
    for name, kind in (("winerror32_fr.txt", "in_use"), ("psutil_win_disk_usage_not_ready_zh.txt", "not_ready")):
        d = fields(name)
        got = nz.os_error(int(d["errno"]), int(d["winerror"]), d["strerror"])
        assert got["kind"] == kind and d["strerror"] in got["message"], (name, got)
    # a share that cannot be reached is FileNotFoundError to Python, but not "absent"
    for winerror in (53, 67):
        assert nz.os_error(2, winerror, None)["kind"] == "network"
    assert nz.os_error(2, 2, None)["kind"] == "not_found"
    assert nz.os_error(13, None, "Permission denied")["kind"] == "denied"  # POSIX EACCES


def test_a_locked_file_is_an_error_that_says_so():
    d = fields("winerror32_fr.txt")
    answer = {"path": "C:\\Users\\Public\\compta.xlsx", "exists": None, "is_file": None, "size": None,
              "sha256": None, "mtime": None, "text": None,
              "error": nz.os_error(int(d["errno"]), int(d["winerror"]), d["strerror"])}
    st = windows_state(lookups={"files": {answer["path"]: answer}})
    r = run("file_sha256", st, path=answer["path"], sha256="a" * 64)
    assert r.outcome is Outcome.ERROR and "utilisé par un autre programme" in r.message.fr
    assert "refusé" not in r.message.fr


# --------------------------------------------------------------------------- kind 10: the administrators group

def _ps_accounts(admin_members, error=None, source=None) -> dict:
    """The JSON of real.py's PowerShell script (ConvertTo-Json of its pscustomobjects) on a French Windows."""
    return {
        "Users": [{"Name": "Administrateur", "SID": "S-1-5-21-1-2-3-500", "Enabled": False},
                  {"Name": "techadmin", "SID": "S-1-5-21-1-2-3-1001", "Enabled": True},
                  {"Name": "m.durand", "SID": "S-1-5-21-1-2-3-1002", "Enabled": True},
                  {"Name": "stagiaire", "SID": "S-1-5-21-1-2-3-1003", "Enabled": True}],
        "Groups": [{"Name": "Administrateurs", "SID": "S-1-5-32-544", "Members": admin_members,
                    "MembersSource": source, "MembersError": error},
                   {"Name": "Utilisateurs", "SID": "S-1-5-32-545", "MembersSource": "Get-LocalGroupMember",
                    "MembersError": None,
                    "Members": [{"Name": "PC-ATL-07\\stagiaire", "SID": "S-1-5-21-1-2-3-1003"},
                                {"Name": "PC-ATL-07\\m.durand", "SID": "S-1-5-21-1-2-3-1002"}]}],
    }


def test_a_failed_read_of_the_administrators_is_an_error_never_standard_users():
    failure = real_text("get_localgroupmember_failed_compare.txt").splitlines()[0].split(" : ", 1)[1]
    data = _ps_accounts(None, error=f"{failure} | ADSI: Exception calling \"Invoke\" with \"1\" argument(s)")
    section = nz.windows_accounts(data)
    assert section["admin_source"] is None and all(a["admin"] is None for a in section["accounts"])
    st = windows_state(accounts=section)
    for expect in (True, False):
        r = run("user_not_admin", st, expect=expect, name="m.durand")
        assert r.outcome is Outcome.ERROR and "Failed to compare two elements" in r.message.fr
    # the same account still exists: that is a reading
    assert run("user_exists", st, name="m.durand").outcome is Outcome.PASS


def test_net_localgroup_in_french_tells_who_is_admin():
    raw = (REAL / "net_localgroup_administrateurs_fr.txt").read_bytes().decode("utf-8").split("\n", 1)[1]
    members = nz.parse_net_localgroup(raw)
    assert members == ["Administrateur", "techadmin", "m.durand", "S-1-5-21-1004336348-1177238915-682003330-1104"]
    section = nz.windows_accounts(_ps_accounts(None, error="Failed to compare two elements in the array."),
                                  net_admins=members)
    assert section["admin_source"] == "net localgroup" and section["admin_group"] == "Administrateurs"
    by = {a["name"]: a for a in section["accounts"]}
    assert by["m.durand"]["admin"] is True and by["stagiaire"]["admin"] is False
    st = windows_state(accounts=section)
    r = run("user_not_admin", st, name="m.durand")
    assert r.outcome is Outcome.FAIL and "Administrateurs" in r.as_dict("fr")["found"]
    assert run("user_not_admin", st, name="stagiaire").outcome is Outcome.PASS
    with pytest.raises(ValueError):
        nz.parse_net_localgroup("Le groupe local spécifié n'existe pas.\r\n")


def test_adsi_answers_when_get_localgroupmember_fails():
    members = [{"Name": "Administrateur", "SID": "S-1-5-21-1-2-3-500"},
               {"Name": "techadmin", "SID": "S-1-5-21-1-2-3-1001"}]
    section = nz.windows_accounts(_ps_accounts(members, error="Failed to compare two elements in the array.",
                                               source="ADSI"))
    assert section["admin_source"] == "ADSI"
    by = {a["name"]: a["admin"] for a in section["accounts"]}
    assert by == {"Administrateur": True, "techadmin": True, "m.durand": False, "stagiaire": False}


def test_linux_accounts_without_the_shadow_file_say_why():
    section = accounts(account("m.durand", disabled=None))
    section["accounts"][0]["unknown"] = {"disabled": {"kind": "denied", "message": "/etc/shadow: Permission denied"}}
    assert run("user_exists", linux_state(accounts=section), name="m.durand").outcome is Outcome.PASS


# --------------------------------------------------------------------------- kind 11: systemd's own words

SYSTEMCTL_UNITS = """\
ssh.service   loaded inactive dead    OpenBSD Secure Shell server
cups.service  loaded inactive dead    CUPS Scheduler
"""
SYSTEMCTL_FILES = """\
cups.service  disabled enabled
ssh.service   disabled enabled
"""


def _systemd(show_file: str) -> dict:
    return nz.systemd_services(SYSTEMCTL_UNITS, SYSTEMCTL_FILES, real_text(show_file))


def test_socket_activated_ssh_is_started_on_demand():
    by = {s["name"]: s for s in _systemd("systemctl_show_ssh_socket_activated.txt")["services"]}
    ssh = by["ssh"]
    assert ssh["status"] == "stopped" and ssh["start_type"] == "manual"
    assert ssh["systemd"]["unit_file_state"] == "disabled"
    assert ssh["systemd"]["triggered_by"] == [{"unit": "ssh.socket", "unit_file_state": "enabled",
                                               "active_state": "active"}]
    r = run("service_state", linux_state(services={"manager": "systemd", "services": [ssh]}), name="ssh",
            start_type="disabled")
    assert r.outcome is Outcome.FAIL and "ssh.socket" in r.as_dict("fr")["found"]


def test_cups_disabled_as_b3_spouleur_says_reads_disabled():
    cups = next(s for s in _systemd("systemctl_show_cups_disabled_now.txt")["services"] if s["name"] == "cups")
    assert (cups["status"], cups["start_type"]) == ("stopped", "disabled")
    st = linux_state(services={"manager": "systemd", "services": [cups]})
    assert run("service_state", st, name="cups", status="stopped", start_type="disabled").outcome is Outcome.PASS


def test_cups_service_alone_disabled_is_still_started_by_its_socket():
    cups = next(s for s in _systemd("systemctl_show_cups_service_only_disabled.txt")["services"]
                if s["name"] == "cups")
    assert cups["start_type"] == "manual"
    st = linux_state(services={"manager": "systemd", "services": [cups]})
    r = run("service_state", st, name="cups", start_type="disabled")
    assert r.outcome is Outcome.FAIL
    assert "cups.socket (enabled/active)" in r.as_dict("fr")["found"]


def test_every_unit_file_state_maps_as_documented():
    for line in real_text("systemd_unit_file_states.txt").splitlines():
        state, start = line.split()
        assert (nz.systemd_start_type(state) or "unknown") == start, state


# --------------------------------------------------------------------------- kind 3: values psutil makes up

_STATS = re.compile(r"'([^']+)': snicstats\(isup=(\w+), duplex=(?:<[\w.]+: )?(\d)>?, speed=(\d+), mtu=(\d+)")


def _stats(name: str) -> dict:
    text = real_text(name)
    out = {}
    for m in _STATS.finditer(text):
        out[m.group(1)] = snicstats(m.group(2) == "True", int(m.group(3)), int(m.group(4)), int(m.group(5)), "")
    assert out, name
    return out


def test_windows_duplex_is_never_a_reading():
    stats = _stats("psutil_windows_net_duplex_source.txt")
    addrs = {"Connexion au réseau local": [snicaddr(-1, "52-54-00-AB-CD-EF", None, None, None),
                                           snicaddr(2, "192.168.10.112", "255.255.255.0", None, None)]}
    section = nz.network_section(addrs, stats, {}, nz.WINDOWS_PSUTIL, nz.WINDOWS_NETIFACES)
    nz.mark_library_defaults(section, "windows")
    iface = section["interfaces"][0]
    assert iface["duplex"] is None and iface["unknown"]["duplex"]["kind"] == "unsupported"
    st = windows_state(network=section)
    for expect in (True, False):
        r = run("link_duplex", st, expect=expect, interface="Connexion au réseau local", duplex="full")
        assert r.outcome is Outcome.UNSUPPORTED and "duplex" in r.message.fr
    assert run("link_speed", st, interface="Connexion au réseau local", mbps=100).outcome is Outcome.PASS


def test_linux_wifi_speed_and_a_down_link():
    wifi = _stats("psutil_net_if_stats_wifi_glances.txt")
    section = nz.network_section({n: [] for n in wifi}, wifi, {})
    nz.mark_library_defaults(section, "linux")
    st = linux_state(network=section)
    assert run("link_speed", st, interface="wlan0", mbps=54).outcome is Outcome.UNSUPPORTED
    assert run("link_duplex", st, interface="wlan0").outcome is Outcome.UNSUPPORTED
    big = _stats("psutil_net_if_stats_linux_100g.txt")
    section = nz.network_section({n: [] for n in big}, big, {})
    nz.mark_library_defaults(section, "linux")
    st = linux_state(network=section)
    assert run("link_speed", st, interface="eth0", mbps=10000).outcome is Outcome.FAIL  # down: cable out
    assert run("link_speed", st, interface="eth1", mbps=10000).outcome is Outcome.PASS
    assert run("link_duplex", st, interface="eth1").outcome is Outcome.PASS


def test_an_adapter_psutil_gave_no_stats_for_has_no_link_state():
    addrs = {"Ethernet 2": [snicaddr(2, "10.0.0.5", "255.0.0.0", None, None)]}
    section = nz.network_section(addrs, {}, {}, nz.WINDOWS_PSUTIL, nz.WINDOWS_NETIFACES)
    nz.mark_library_defaults(section, "windows", {"Ethernet 2"})
    st = windows_state(network=section)
    for t in ("interface_up", "link_speed", "link_duplex", "mtu"):
        params = {"mbps": 100} if t == "link_speed" else {"mtu": 1500} if t == "mtu" else {}
        assert run(t, st, interface="Ethernet 2", **params).outcome in NEVER_GRADED, t
    assert run("ipv4_address", st, interface="Ethernet 2", address="10.0.0.5").outcome is Outcome.PASS


def test_linux_partitions_from_a_posted_listing():
    parts = []
    for line in real_text("psutil_disk_partitions_linux_rhel.txt").splitlines():
        kv = dict(re.findall(r"(\w+)='([^']*)'", line))
        parts.append(sdiskpart(kv["device"], kv["mountpoint"], kv["fstype"], kv["opts"], 255, 4096)
                     if len(sdiskpart._fields) > 4 else sdiskpart(kv["device"], kv["mountpoint"], kv["fstype"],
                                                                 kv["opts"]))
    section = nz.disks_section(parts, {p.mountpoint: sdiskusage(10**9, 5 * 10**8, 5 * 10**8, 50.0) for p in parts})
    assert [p["mountpoint"] for p in section["partitions"]] == ["/", "/boot", "/boot/efi", "/home"]
    assert all(p["kind"] == "local" and not p["device_less"] for p in section["partitions"])
    st = linux_state(disks=section)
    assert run("partition", st, mountpoint="/boot/efi", fstype="vfat").outcome is Outcome.PASS


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in systemctl is a POSIX shell script")
def test_the_probe_asks_systemctl_show_for_services_and_their_triggers(tmp_path, monkeypatch):
    """RealMachine's own argument lists, answered by a stand-in systemctl that prints the real outputs
    kept under tests/data/real (this machine runs no systemd)."""
    show = REAL / "systemctl_show_ssh_socket_activated.txt"
    log = tmp_path / "calls"
    tool = tmp_path / "systemctl"
    tool.write_text(f"""#!/bin/sh
echo "$*" >> '{log}'
case "$1" in
  list-units) printf '%s' '{SYSTEMCTL_UNITS}' ;;
  list-unit-files) printf '%s' '{SYSTEMCTL_FILES}' ;;
  show) tail -n +2 '{show}' ;;
esac
""")
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:{__import__('os').environ['PATH']}")
    real_isdir = __import__("os").path.isdir
    monkeypatch.setattr("os.path.isdir", lambda p: True if p == "/run/systemd/system" else real_isdir(p))
    section = RealMachine()._read_services()
    calls = log.read_text().splitlines()
    assert calls[2].startswith("show --property=Id,LoadState,ActiveState,SubState,UnitFileState,TriggeredBy")
    assert calls[2].endswith("-- cups.service ssh.service") and calls[3].endswith("-- ssh.socket")
    ssh = next(s for s in section["services"] if s["name"] == "ssh")
    assert ssh["start_type"] == "manual" and ssh["systemd"]["triggered_by"][0]["unit"] == "ssh.socket"


def test_a_file_on_a_share_that_is_away_is_not_absent(monkeypatch):
    def stat(path):
        e = FileNotFoundError(2, "Le chemin réseau n'a pas été trouvé")
        e.winerror = 53  # what Windows gives for \\server\share\... when the server is away (PC/errmap.h: ENOENT)
        raise e

    monkeypatch.setattr("os.stat", stat)
    answer = RealMachine._file("P:\\compta\\test-poste-12.txt", False)
    assert answer["exists"] is None and answer["error"]["kind"] == "network"
    st = windows_state(lookups={"files": {answer["path"]: answer}})
    for t in ("file_exists", "file_absent"):
        r = run(t, st, path=answer["path"])
        assert r.outcome is Outcome.ERROR and "réseau" in r.message.fr, (t, r.message.fr)


def test_a_cifs_mount_is_a_network_drive_with_its_remote_path():
    parts = []
    for line in real_text("mount_openwrt_cifs.txt").splitlines():
        m = re.fullmatch(r"(\S+) on (\S+) type (\S+) \((.*)\)", line)
        args = (m.group(1), m.group(2), m.group(3), m.group(4))
        parts.append(sdiskpart(*args, 255, 4096) if len(sdiskpart._fields) > 4 else sdiskpart(*args))
    usage = sdiskusage(10**9, 4 * 10**8, 6 * 10**8, 40.0)
    section = nz.disks_section(parts, {p.mountpoint: usage for p in parts})
    by = {p["mountpoint"]: p for p in section["partitions"]}
    assert set(by) == {"/", "/tmp", "/overlay", "/mnt/ultimo"}  # no proc, sysfs, devpts, debugfs, /dev tmpfs
    share = by["/mnt/ultimo"]
    assert (share["kind"], share["device_less"], share["device"], share["remote"]) == \
        ("network", True, None, "//192.168.1.12/Harddisk")
    assert by["/tmp"]["kind"] == "memory" and by["/tmp"]["device"] is None
    st = linux_state(disks=section)
    # b2-lecteur-reseau's Linux task: a CIFS mount on the share's mount point
    assert run("partition", st, mountpoint="/mnt/ultimo", fstype="cifs").outcome is Outcome.PASS
    assert run("partition", st, mountpoint="/tmp", fstype="tmpfs").outcome is Outcome.PASS


def test_one_process_that_fails_does_not_sink_the_list(monkeypatch):
    """psutil.process_iter() hands out processes whose as_dict() may still raise (a zombie on macOS, a
    /proc entry that turns unreadable); fields it may not read come back as the ad_value."""

    class Proc:
        def __init__(self, pid, info=None, error=None):
            self.pid, self._info, self._error = pid, info, error

        def as_dict(self, attrs, ad_value=None):
            if self._error:
                raise self._error
            return {k: (ad_value if v is ... else v) for k, v in self._info.items()}

    gone = psutil.NoSuchProcess(4242)
    io = OSError(5, "Input/output error")
    procs = [Proc(1, {"pid": 1, "name": "systemd", "username": "root", "exe": "/usr/lib/systemd/systemd"}),
             Proc(812, {"pid": 812, "name": "sshd", "username": ..., "exe": ...}),
             Proc(4242, error=gone), Proc(5000, error=io)]
    monkeypatch.setattr(psutil, "process_iter", lambda *a, **k: iter(procs))
    section = RealMachine()._read_processes()
    by = {p["pid"]: p for p in section["processes"]}
    assert set(by) == {1, 812, 5000}  # the one that went away is left out, the others are read
    assert by[812]["username"] is None and by[812]["unknown"]["username"]["kind"] == "denied"
    assert by[5000]["error"]["kind"] == "failed" and "EIO" in by[5000]["error"]["message"]
    st = linux_state(processes=section)
    assert run("process_running", st, name="sshd").outcome is Outcome.PASS
    r = run("process_absent", st, name="svchelper")  # a process whose name was not read might be it
    assert r.outcome is Outcome.ERROR and "Input/output error" in r.message.fr


def test_a_resolver_file_that_cannot_be_read_is_not_an_empty_one(tmp_path, monkeypatch):
    """Only a missing resolv.conf means "no DNS server"; one that is there and unreadable (here a folder:
    EISDIR, for real) is a probe error with the system's words."""
    from aimm_lab.machine import ProbeError
    from aimm_lab.machine import real as real_module

    if real_module.WINDOWS:
        pytest.skip("resolv.conf is a Linux file")
    target = tmp_path / "resolv.conf"
    read = real_module.read_text_file
    monkeypatch.setattr(real_module, "read_text_file",
                        lambda path: read(str(target) if path == "/etc/resolv.conf" else path))
    monkeypatch.setattr(RealMachine, "_resolvectl_status", lambda self: None)
    monkeypatch.setattr(RealMachine, "_nmcli_devices", lambda self: None)
    assert RealMachine()._read_dns()["servers"] == []  # absent: no server configured
    target.mkdir()
    with pytest.raises(ProbeError) as e:
        RealMachine()._read_dns()
    assert e.value.kind == "failed" and "EISDIR" in e.value.detail


def _format_list(name: str) -> dict:
    """`Format-List` output ("Name : Value" lines) -> {name: text}."""
    out = {}
    for line in real_text(name).splitlines():
        key, sep, value = line.partition(" : ")
        if sep:
            out[key.strip()] = value.strip()
    return out


def _as_script_json(fl: dict) -> dict:
    """One adapter as the network PowerShell script projects it (ConvertTo-Json of the CIM values:
    FullDuplex a boolean, MediaDuplexState and Speed numbers, enums as text)."""
    return {"Name": fl["Name"], "ifIndex": int(fl["ifIndex"]), "Status": fl["Status"],
            "MediaConnectionState": fl["MediaConnectionState"], "FullDuplex": fl["FullDuplex"] == "True",
            "MediaDuplexState": int(fl["MediaDuplexState"]), "LinkSpeed": fl["LinkSpeed"], "Speed": int(fl["Speed"])}


def test_windows_duplex_is_read_from_get_netadapter():
    adapter = _as_script_json(_format_list("network/get-netadapter-fl-nforce-100mbps.txt"))
    stats = {"Ethernet": snicstats(True, 2, 100, 1500, ""),  # psutil: duplex always 2 on Windows
             "Loopback Pseudo-Interface 1": snicstats(True, 2, 1073, 1500, "")}
    addrs = {"Ethernet": [snicaddr(-1, "00-1F-16-63-F5-DF", None, None, None),
                          snicaddr(2, "192.168.10.112", "255.255.255.0", None, None)],
             "Loopback Pseudo-Interface 1": [snicaddr(2, "127.0.0.1", "255.0.0.0", None, None)]}

    def section(adapters):
        s = nz.network_section(addrs, stats, {}, nz.WINDOWS_PSUTIL, nz.WINDOWS_NETIFACES)
        return nz.windows_adapter_duplex(nz.mark_library_defaults(s, "windows"), json.loads(json.dumps(adapters)))

    net = section([adapter])
    eth = next(i for i in net["interfaces"] if i["name"] == "Ethernet")
    assert (eth["duplex"], eth["duplex_via"], eth.get("unknown")) == ("full", "Get-NetAdapter", None)
    loop = next(i for i in net["interfaces"] if i["name"].startswith("Loopback"))
    assert loop["duplex"] is None and "duplex" in loop["unknown"]  # Get-NetAdapter does not list it
    st = windows_state(network=net)
    assert run("link_duplex", st, interface="Ethernet", duplex="full").outcome is Outcome.PASS
    assert run("link_duplex", st, interface="Ethernet", duplex="half").outcome is Outcome.FAIL
    # The same adapter with the values ifdef.h's NET_IF_MEDIA_DUPLEX_STATE gives a half-duplex link (1) and
    # a driver that does not know (0): half, and unknown (UNSUPPORTED, never a grade).
    half = section([dict(adapter, MediaDuplexState=1, FullDuplex=False)])
    st = windows_state(network=half)
    assert run("link_duplex", st, interface="Ethernet", duplex="full").outcome is Outcome.FAIL
    assert run("link_duplex", st, interface="Ethernet", duplex="half").outcome is Outcome.PASS
    blind = section([dict(adapter, MediaDuplexState=0, FullDuplex=False)])
    st = windows_state(network=blind)
    assert run("link_duplex", st, interface="Ethernet").outcome is Outcome.UNSUPPORTED
    # Without MediaDuplexState (not projected), FullDuplex says it.
    only_full = {k: v for k, v in adapter.items() if k != "MediaDuplexState"}
    assert section([only_full])["interfaces"][0]["duplex"] == "full"
