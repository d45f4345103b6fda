"""The Windows paths of the probe, fed with raw data shaped exactly as psutil, netifaces, the
registry and PowerShell give it on a Windows lab PC (French Windows where it matters)."""

from __future__ import annotations

import json

import pytest

from aimm_lab.machine import normalize as nz
from aimm_lab.machine.real import _gai_kind, decode_text

try:  # psutil >= 7 keeps its named tuples here
    from psutil._ntuples import addr, sbattery, sconn, sdiskpart, sdiskusage, snicaddr, snicstats, suser
except ImportError:  # pragma: no cover - older psutil
    from psutil._common import addr, sbattery, sconn, sdiskpart, sdiskusage, snicaddr, snicstats, suser

# Windows numbers: psutil AF_LINK -1, netifaces AF_LINK -1000, AF_INET6 23.
AF_INET, AF_INET6, PS_LINK = 2, 23, -1
GUID_ETH = "{4D36E972-E325-11CE-BFC1-08002BE10318}"
GUID_WIFI = "{8A1F3C22-77B0-4E0F-9E62-1B2C3D4E5F60}"
GUID_GONE = "{00000000-1111-2222-3333-444444444444}"

IF_ADDRS = {
    "Ethernet": [
        snicaddr(PS_LINK, "52-54-00-AB-CD-EF", None, None, None),
        snicaddr(AF_INET, "192.168.10.112", "255.255.255.0", None, None),
        snicaddr(AF_INET6, "fe80::1c2d:3e4f:5a6b:7c8d%12", None, None, None),
    ],
    "Wi-Fi": [
        snicaddr(PS_LINK, "A0-B1-C2-D3-E4-F5", None, None, None),
        snicaddr(AF_INET, "169.254.20.7", "255.255.0.0", None, None),
    ],
    "Loopback Pseudo-Interface 1": [
        snicaddr(AF_INET, "127.0.0.1", "255.0.0.0", None, None),
        snicaddr(AF_INET6, "::1", None, None, None),
    ],
}
IF_STATS = {
    "Ethernet": snicstats(True, 2, 1000, 1500, ""),
    "Wi-Fi": snicstats(False, 0, 0, 1500, ""),
    "Loopback Pseudo-Interface 1": snicstats(True, 2, 1073, 1500, ""),
    "Connexion réseau Bluetooth": snicstats(True, 1, 3, 1500, ""),
}
GATEWAYS = {
    "default": {AF_INET: ("192.168.10.254", GUID_ETH)},
    AF_INET: [("192.168.10.254", GUID_ETH, True), ("169.254.0.1", GUID_WIFI, False),
              ("10.0.0.1", GUID_GONE, False)],
}
IDS_ADDRS = {
    # netifaces writes the MAC its own way; the Wi-Fi card has no AF_LINK entry: its IPv4 tells.
    GUID_ETH: {-1000: [{"addr": "52:54:00:ab:cd:ef"}],
               AF_INET: [{"addr": "192.168.10.112", "netmask": "255.255.255.0"}]},
    GUID_WIFI: {AF_INET: [{"addr": "169.254.20.7", "netmask": "255.255.0.0"}]},
    GUID_GONE: {},
}


@pytest.fixture
def network():
    return nz.network_section(IF_ADDRS, IF_STATS, GATEWAYS, nz.WINDOWS_PSUTIL, nz.WINDOWS_NETIFACES, IDS_ADDRS)


def by_name(section, name):
    return next(i for i in section["interfaces"] if i["name"] == name)


def test_interfaces_keep_the_friendly_names(network):
    names = [i["name"] for i in network["interfaces"]]
    assert names == ["Ethernet", "Wi-Fi", "Loopback Pseudo-Interface 1", "Connexion réseau Bluetooth"]
    assert not any(n.startswith("{") for n in names)


def test_ethernet_adapter_shape(network):
    eth = by_name(network, "Ethernet")
    assert eth == {"name": "Ethernet", "mac": "52:54:00:ab:cd:ef",
                   "ipv4": [{"address": "192.168.10.112", "prefix": 24}],
                   "ipv6": [{"address": "fe80::1c2d:3e4f:5a6b:7c8d", "prefix": None}],
                   "up": True, "speed_mbps": 1000, "duplex": "full", "mtu": 1500, "loopback": False}


def test_apipa_wifi_down_and_loopback(network):
    wifi = by_name(network, "Wi-Fi")
    assert wifi["ipv4"] == [{"address": "169.254.20.7", "prefix": 16}]
    assert wifi["up"] is False and wifi["duplex"] == "unknown" and wifi["mac"] == "a0:b1:c2:d3:e4:f5"
    lo = by_name(network, "Loopback Pseudo-Interface 1")
    assert lo["loopback"] is True and lo["mac"] is None
    assert lo["ipv6"] == [{"address": "::1", "prefix": None}]
    bt = by_name(network, "Connexion réseau Bluetooth")  # in the stats only: no address at all
    assert bt["ipv4"] == [] and bt["duplex"] == "half" and bt["speed_mbps"] == 3 and bt["loopback"] is False


def test_gateways_keyed_by_guid_are_mapped_to_the_friendly_name(network):
    assert network["gateways"] == [
        {"family": "ipv4", "address": "192.168.10.254", "interface": "Ethernet", "default": True, "table": None, "metric": None},
        {"family": "ipv4", "address": "169.254.0.1", "interface": "Wi-Fi", "default": False, "table": None, "metric": None},
        # an adapter that vanished between two reads keeps its id rather than a wrong name
        {"family": "ipv4", "address": "10.0.0.1", "interface": GUID_GONE, "default": False, "table": None, "metric": None},
    ]


def test_default_only_in_the_default_map_is_still_listed():
    gws = {"default": {AF_INET: ("192.168.10.254", GUID_ETH)}}
    out = nz.network_section(IF_ADDRS, IF_STATS, gws, nz.WINDOWS_PSUTIL, nz.WINDOWS_NETIFACES, IDS_ADDRS)
    assert out["gateways"] == [{"family": "ipv4", "address": "192.168.10.254", "interface": "Ethernet",
                                "default": True, "table": None, "metric": None}]


def test_disks_fixed_cdrom_and_network_drive():
    parts = [sdiskpart("C:\\", "C:\\", "NTFS", "rw,fixed"),
             sdiskpart("D:\\", "D:\\", "", "cdrom"),
             sdiskpart("Z:\\", "Z:\\", "NTFS", "rw,remote")]
    usages = {"C:\\": sdiskusage(512_110_190_592, 300_000_000_000, 212_110_190_592, 58.6),
              "D:\\": "Le périphérique n'est pas prêt",
              "Z:\\": "timeout > 2 s"}
    out = nz.disks_section(parts, usages, windows=True, remote_paths={"Z:\\": "\\\\nas\\compta"})["partitions"]
    assert out[0] == {"device": "C:\\", "mountpoint": "C:\\", "fstype": "NTFS", "opts": "rw,fixed",
                      "total": 512_110_190_592, "free": 212_110_190_592, "used": 300_000_000_000,
                      "percent": 58.6, "error": None, "kind": "local", "device_less": False, "remote": None}
    assert out[2]["kind"] == "network" and out[2]["remote"] == "\\\\nas\\compta" and out[2]["device"] is None
    # psutil's empty file system for a drive it could not read is no reading
    assert out[1]["fstype"] is None and out[1]["unknown"]["fstype"]["kind"] == "failed"
    assert out[1]["opts"] == "cdrom" and out[1]["total"] is None and out[1]["error"] == "Le périphérique n'est pas prêt"

    assert out[2]["opts"] == "rw,remote" and out[2]["free"] is None and out[2]["error"].startswith("timeout")


def test_services_from_win_service_iter():
    items = [
        {"binpath": "C:\\Windows\\System32\\spoolsv.exe", "description": "Ce service met en file d'attente…",
         "display_name": "Spouleur d'impression", "name": "Spooler", "pid": 2412, "start_type": "automatic",
         "status": "running", "username": "LocalSystem"},
        {"binpath": "C:\\Windows\\system32\\svchost.exe -k netsvcs", "description": "",
         "display_name": "Windows Update", "name": "wuauserv", "pid": None, "start_type": "disabled",
         "status": "stopped", "username": "LocalSystem"},
        {"name": "BITS", "display_name": "Service de transfert intelligent en arrière-plan", "pid": 0,
         "start_type": "manual", "status": "start_pending"},
        {"name": "Secret", "display_name": "Secret", "status": None, "start_type": None, "pid": None},
    ]
    out = nz.windows_services(items)
    assert out["manager"] == "windows"
    assert out["services"] == [
        {"name": "BITS", "display_name": "Service de transfert intelligent en arrière-plan",
         "status": "starting", "start_type": "manual", "pid": None},
        # It read "other"/"other", which service_state graded as a FAIL: a service not read has no state.
        {"name": "Secret", "display_name": "Secret", "status": None, "start_type": None, "pid": None,
         "unknown": {"status": {"kind": "failed", "message": "not read"},
                     "start_type": {"kind": "failed", "message": "not read"}}},
        {"name": "Spooler", "display_name": "Spouleur d'impression", "status": "running",
         "start_type": "automatic", "pid": 2412},
        {"name": "wuauserv", "display_name": "Windows Update", "status": "stopped", "start_type": "disabled",
         "pid": None},
    ]


ACCOUNTS_JSON = json.dumps({
    "Users": [
        {"Name": "Administrateur", "SID": "S-1-5-21-1004336348-1177238915-682003330-500", "Enabled": False,
         "PasswordExpired": 0, "PasswordExpiredError": None},
        {"Name": "m.durand", "SID": "S-1-5-21-1004336348-1177238915-682003330-1001", "Enabled": True,
         "PasswordExpired": 1, "PasswordExpiredError": None},
        {"Name": "technicien", "SID": "S-1-5-21-1004336348-1177238915-682003330-1002", "Enabled": True,
         "PasswordExpired": 0, "PasswordExpiredError": None},
    ],
    "Groups": [
        {"Name": "Administrateurs", "SID": "S-1-5-32-544", "Members": [
            {"Name": "PC-ATL-07\\Administrateur", "SID": "S-1-5-21-1004336348-1177238915-682003330-500"},
            {"Name": "PC-ATL-07\\technicien", "SID": "S-1-5-21-1004336348-1177238915-682003330-1002"}]},
        {"Name": "Utilisateurs", "SID": "S-1-5-32-545", "Members": [
            {"Name": "PC-ATL-07\\m.durand", "SID": "S-1-5-21-1004336348-1177238915-682003330-1001"},
            {"Name": "PC-ATL-07\\technicien", "SID": "S-1-5-21-1004336348-1177238915-682003330-1002"}]},
        # a group whose members could not be listed (orphaned SID): the script writes []
        {"Name": "Utilisateurs du Bureau à distance", "SID": "S-1-5-32-555", "Members": []},
    ],
}, ensure_ascii=False)


def test_accounts_admin_by_sid_with_french_group_names():
    out = nz.windows_accounts(ACCOUNTS_JSON)
    assert out["admin_group"] == "Administrateurs"
    assert out["accounts"] == [
        {"name": "Administrateur", "id": "S-1-5-21-1004336348-1177238915-682003330-500", "admin": True,
         "groups": ["Administrateurs"], "disabled": True, "must_change_password": False},
        {"name": "m.durand", "id": "S-1-5-21-1004336348-1177238915-682003330-1001", "admin": False,
         "groups": ["Utilisateurs"], "disabled": False, "must_change_password": True},
        {"name": "technicien", "id": "S-1-5-21-1004336348-1177238915-682003330-1002", "admin": True,
         "groups": ["Administrateurs", "Utilisateurs"], "disabled": False, "must_change_password": False},
    ]


def test_accounts_admin_is_never_told_by_the_group_name():
    # A group called "Administrateurs" that is not S-1-5-32-544 gives no rights.
    payload = {"Users": {"Name": "intrus", "SID": "S-1-5-21-1-2-3-1003", "Enabled": True, "PasswordExpired": 0},
               "Groups": [{"Name": "Administrateurs", "SID": "S-1-5-21-1-2-3-1010",
                           "Members": {"Name": "PC\\intrus", "SID": "S-1-5-21-1-2-3-1003"}},
                          {"Name": "Administrators", "SID": "S-1-5-32-544", "Members": None}]}
    out = nz.windows_accounts(payload)
    assert out["accounts"] == [{"name": "intrus", "id": "S-1-5-21-1-2-3-1003", "admin": False,
                                "groups": ["Administrateurs"], "disabled": False, "must_change_password": False}]
    assert out["admin_group"] == "Administrators"


def test_accounts_single_objects_and_sid_objects_as_powershell_writes_them():
    # Windows PowerShell 5.1 writes one item as an object, and a SecurityIdentifier whole.
    payload = json.dumps({"Users": {"Name": "eleve", "SID": {"BinaryLength": 28, "AccountDomainSid": None,
                                                            "Value": "S-1-5-21-9-9-9-1001"}, "Enabled": True,
                                    "PasswordExpired": None,
                                    "PasswordExpiredError": "Exception calling \"InvokeGet\" with \"1\" argument(s)"},
                          "Groups": {"Name": "Administrateurs", "SID": {"Value": "S-1-5-32-544"},
                                     "Members": {"Name": "PC\\eleve", "SID": {"Value": "S-1-5-21-9-9-9-1001"}}}})
    out = nz.windows_accounts(payload)
    [row] = out["accounts"]
    assert {k: row[k] for k in ("name", "id", "admin", "groups", "disabled")} == {
        "name": "eleve", "id": "S-1-5-21-9-9-9-1001", "admin": True, "groups": ["Administrateurs"], "disabled": False}
    # PasswordExpired could not be read: no reading, and the reason kept (never "no change forced").
    assert row["must_change_password"] is None and "InvokeGet" in row["unknown"]["must_change_password"]["message"]


@pytest.mark.parametrize("enable, server, override, servers, no_proxy", [
    (1, "10.10.10.66:3128", "*.lab.local;<local>",
     {"http": "http://10.10.10.66:3128", "https": "http://10.10.10.66:3128", "ftp": "http://10.10.10.66:3128"},
     ["*.lab.local", "<local>"]),
    (1, "http=proxy.lab.local:8080;https=proxy.lab.local:8443;ftp=ftp.lab.local:21", None,
     {"http": "http://proxy.lab.local:8080", "https": "http://proxy.lab.local:8443", "ftp": "http://ftp.lab.local:21"},
     []),
    (0, "10.10.10.66:3128", "<local>", {}, []),
    (None, None, None, {}, []),
    (1, "", None, {}, []),
])
def test_proxy_from_internet_settings(enable, server, override, servers, no_proxy):
    src = nz.windows_proxy(enable, server, override)
    assert src["source"] == "registry" and src["servers"] == servers and src["no_proxy"] == no_proxy
    assert src["enabled"] is bool(servers)
    px = nz.proxy_section([src])
    assert px["enabled"] is bool(servers) and px["source"] == ("registry" if servers else "none")
    assert px["http"] == servers.get("http") and px["https"] == servers.get("https")



def test_windows_11_is_named_as_such():
    # The registry still says "Windows 10 Pro" on Windows 11, and Python 3.11 says release "10".
    out = nz.windows_os("Windows 10 Pro", 22631, "10", "10.0.22631", "23H2")
    assert out == {"system": "Windows", "release": "11", "version": "10.0.22631",
                   "name": "Windows 11 Pro 23H2", "build": 22631}
    w10 = nz.windows_os("Windows 10 Professionnel", 19045, "10", "10.0.19045", None)
    assert w10["name"] == "Windows 10 Professionnel" and w10["release"] == "10" and w10["build"] == 19045


def test_hosts_file_with_bom_crlf_and_comments():
    raw = ("\ufeff# Copyright (c) 1993-2009 Microsoft Corp.\r\n#\r\n"
           "# 127.0.0.1       localhost\r\n\r\n10.10.10.66\tintranet.lab.local  intranet # détourné\r\n"
           "192.168.10.10 nas.lab.local\r\n").encode("utf-8")
    path = r"C:\Windows\System32\drivers\etc\hosts"
    out = nz.parse_hosts(decode_text(raw), path)
    assert out == {"path": path, "entries": [
        {"address": "10.10.10.66", "names": ["intranet.lab.local", "intranet"], "line": 5},
        {"address": "192.168.10.10", "names": ["nas.lab.local"], "line": 6}]}


def test_hosts_file_saved_as_utf16_by_an_old_notepad():
    raw = "10.10.10.66 intranet.lab.local\r\n".encode("utf-16")
    assert nz.parse_hosts(decode_text(raw), "hosts")["entries"][0]["names"] == ["intranet.lab.local"]


def test_listening_sockets_windows_families():
    conns = [
        sconn(-1, AF_INET, 1, addr("0.0.0.0", 445), (), "LISTEN", 4),
        sconn(-1, AF_INET6, 1, addr("::", 445), (), "LISTEN", 4),
        sconn(-1, AF_INET, 1, addr("192.168.10.112", 50712), addr("192.168.10.10", 445), "ESTABLISHED", 4),
        sconn(-1, AF_INET, 2, addr("0.0.0.0", 5353), (), "NONE", 2876),
        sconn(-1, AF_INET, 1, addr("127.0.0.1", 9000), (), "LISTEN", None),
    ]
    out = nz.sockets_section(conns, {4: "System", 2876: "svchost.exe"}, nz.WINDOWS_PSUTIL)
    assert out["listening"] == [
        {"proto": "tcp", "address": "0.0.0.0", "port": 445, "pid": 4, "process": "System"},
        {"proto": "tcp6", "address": "::", "port": 445, "pid": 4, "process": "System"},
        {"proto": "udp", "address": "0.0.0.0", "port": 5353, "pid": 2876, "process": "svchost.exe"},
        {"proto": "tcp", "address": "127.0.0.1", "port": 9000, "pid": None, "process": None},
    ]


def test_battery_laptop_plugged_and_desktop():
    unlimited, unknown = -2, -1  # psutil.POWER_TIME_UNLIMITED / POWER_TIME_UNKNOWN
    assert nz.battery_section(sbattery(87, unlimited, True), unlimited, unknown) == {
        "present": True, "percent": 87.0, "plugged": True, "secsleft": None}
    assert nz.battery_section(sbattery(42.5, 5400, False), unlimited, unknown)["secsleft"] == 5400
    assert nz.battery_section(None) == {"present": False, "percent": None, "plugged": None, "secsleft": None}


def test_sessions_without_terminal():
    out = nz.users_section([suser("m.durand", None, None, 1764300500.0, None)])
    assert out == {"sessions": [{"name": "m.durand", "terminal": None, "host": None, "started": 1764300500.0}]}


@pytest.mark.parametrize("errno, kind", [(11001, "nxdomain"), (11004, "noanswer"), (11002, "failed")])
def test_windows_resolver_errors(errno, kind):
    # WSAHOST_NOT_FOUND, WSANO_DATA, WSATRY_AGAIN as socket.gaierror carries them on Windows
    assert _gai_kind(errno) == kind
