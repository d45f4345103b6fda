"""The Linux paths of the probe on raw data as psutil, netifaces, pwd/grp, systemctl, gsettings
and resolv.conf give it; plus the small normalisers every platform shares."""

from __future__ import annotations

import pytest

from aimm_lab.machine import normalize as nz

try:
    from psutil._ntuples import addr, sconn, snicaddr, snicstats
except ImportError:  # pragma: no cover - older psutil
    from psutil._common import addr, sconn, snicaddr, snicstats

pwd = pytest.importorskip("pwd")
grp = pytest.importorskip("grp")

AF_INET, AF_INET6, AF_PACKET = 2, 10, 17


@pytest.mark.parametrize("raw, expected", [
    ("52-54-00-AB-CD-EF", "52:54:00:ab:cd:ef"), ("5254.00ab.cdef", "52:54:00:ab:cd:ef"),
    ("52:54:00:ab:cd:ef", "52:54:00:ab:cd:ef"), ("00:00:00:00:00:00", None), ("", None), (None, None),
    ("00:11:22", None),
])
def test_mac(raw, expected):
    assert nz.mac(raw) == expected


@pytest.mark.parametrize("mask, prefix", [
    ("255.255.255.0", 24), ("255.255.0.0", 16), ("255.255.255.255", 32), ("0.0.0.0", 0),
    ("ffff:ffff:ffff:ffff::", 64), ("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", 128),
    ("255.0.255.0", None), (None, None), ("24", 24), ("nonsense", None),
])
def test_prefix_len(mask, prefix):
    assert nz.prefix_len(mask) == prefix


def test_linux_network_with_loopback_flags_and_scoped_ipv6():
    addrs = {
        "lo": [snicaddr(AF_INET, "127.0.0.1", "255.0.0.0", None, None),
               snicaddr(AF_PACKET, "00:00:00:00:00:00", None, None, None)],
        "enp3s0": [snicaddr(AF_INET, "192.168.10.112", "255.255.255.0", "192.168.10.255", None),
                   snicaddr(AF_INET6, "fe80::5054:ff:fe12:3456%enp3s0", "ffff:ffff:ffff:ffff::", None, None),
                   snicaddr(AF_PACKET, "52:54:00:12:34:56", None, "ff:ff:ff:ff:ff:ff", None)],
    }
    stats = {"lo": snicstats(True, 0, 0, 65536, "up,loopback,running"),
             "enp3s0": snicstats(True, 2, 1000, 1500, "up,broadcast,running,multicast"),
             "wlp2s0": snicstats(False, 0, 0, 1500, "broadcast,multicast")}
    gws = {"default": {AF_INET: ("192.168.10.254", "enp3s0")}, AF_INET: [("192.168.10.254", "enp3s0", True)]}
    out = nz.network_section(addrs, stats, gws)
    names = {i["name"]: i for i in out["interfaces"]}
    assert list(names) == ["lo", "enp3s0", "wlp2s0"]
    assert names["lo"]["loopback"] is True and names["lo"]["mac"] is None
    assert names["enp3s0"]["ipv6"] == [{"address": "fe80::5054:ff:fe12:3456", "prefix": 64}]
    assert names["enp3s0"]["duplex"] == "full" and names["enp3s0"]["speed_mbps"] == 1000
    assert names["wlp2s0"] == {"name": "wlp2s0", "mac": None, "ipv4": [], "ipv6": [], "up": False,
                               "speed_mbps": 0, "duplex": "unknown", "mtu": 1500, "loopback": False}
    assert out["gateways"] == [{"family": "ipv4", "address": "192.168.10.254", "interface": "enp3s0",
                                "default": True, "table": None, "metric": None}]


def test_a_link_that_is_down_has_no_speed():
    # veth and some virtual adapters keep reporting their nominal speed while down
    out = nz.network_section({"eth0": []}, {"eth0": snicstats(False, 2, 10000, 1500, "broadcast,multicast")}, {})
    assert out["interfaces"][0]["speed_mbps"] == 0 and out["interfaces"][0]["duplex"] == "unknown"


SYSTEMCTL_UNITS = """\
ssh.service                      loaded    active   running OpenBSD Secure Shell server
cups.service                     loaded    failed   failed  CUPS Scheduler
apache2.service                  loaded    inactive dead    The Apache HTTP Server
systemd-fsck@dev-vda1.service    loaded    active   exited  File System Check on /dev/vda1
nfs-server.service               not-found inactive dead    nfs-server.service
"""
SYSTEMCTL_FILES = """\
apache2.service                            disabled        enabled
cups.service                               enabled         enabled
getty@.service                             enabled         enabled
ssh.service                                enabled         enabled
systemd-fsck@.service                      static          -
telnet.service                             masked          enabled
"""


def test_systemd_services():
    out = nz.systemd_services(SYSTEMCTL_UNITS, SYSTEMCTL_FILES)
    assert out["manager"] == "systemd"
    by = {s["name"]: s for s in out["services"]}
    assert set(by) == {"ssh", "cups", "apache2", "systemd-fsck@dev-vda1", "telnet"}  # no template, no ghost
    assert by["ssh"] == {"name": "ssh", "display_name": "OpenBSD Secure Shell server", "status": "running",
                         "start_type": "automatic", "pid": None,
                         "systemd": {"unit_file_state": "enabled", "active_state": "active", "sub_state": "running",
                                     "triggered_by": None}}
    assert (by["cups"]["status"], by["cups"]["start_type"]) == ("failed", "automatic")
    # `systemctl disable` leaves "disabled": the unit does not start at boot (it used to read "manual")
    assert (by["apache2"]["status"], by["apache2"]["start_type"]) == ("stopped", "disabled")
    assert (by["telnet"]["status"], by["telnet"]["start_type"]) == ("stopped", "disabled")
    # an instance has no unit file of its own: no start type was read, and it says why
    fsck = by["systemd-fsck@dev-vda1"]
    assert fsck["start_type"] is None and fsck["unknown"]["start_type"]["kind"] == "failed"


def test_systemd_pids():
    # one block per unit; systemd prints Service properties (MainPID) before Unit ones (Id)
    text = "MainPID=812\nId=ssh.service\n\nMainPID=0\nId=cups.service\n\nId=cron.service\nMainPID=433\n"
    assert nz.systemd_pids(text) == {"ssh": 812, "cron": 433}


def _pw(name, uid, gid):
    return pwd.struct_passwd((name, "x", uid, gid, "", f"/home/{name}", "/bin/bash"))


def _gr(name, gid, members=()):
    return grp.struct_group((name, "x", gid, list(members)))


def test_linux_accounts():
    passwd = [_pw("root", 0, 0), _pw("daemon", 1, 1), _pw("m.durand", 1001, 1001), _pw("tech", 1002, 1002),
              _pw("nobody", 65534, 65534)]
    groups = [_gr("root", 0), _gr("sudo", 27, ["tech"]), _gr("m.durand", 1001), _gr("tech", 1002),
              _gr("users", 100, ["m.durand", "tech"])]
    shadow = nz.parse_shadow("root:*:19000:0:99999:7:::\nm.durand:!$y$j9T$abc:19000:0:99999:7:::\n"
                             "tech:$y$j9T$def:19000:0:99999:7::19500:\n")
    out = nz.linux_accounts(passwd, groups, shadow, today_days=20000)
    assert out["admin_group"] == "sudo"
    assert out["accounts"] == [
        {"name": "root", "id": "0", "admin": True, "groups": ["root"], "disabled": False,
         "must_change_password": False},
        {"name": "m.durand", "id": "1001", "admin": False, "groups": ["m.durand", "users"], "disabled": True,
         "must_change_password": False},
        {"name": "tech", "id": "1002", "admin": True, "groups": ["tech", "sudo", "users"], "disabled": True,
         "must_change_password": False},
    ]
    unknown = nz.linux_accounts(passwd, groups, None)
    assert {a["disabled"] for a in unknown["accounts"]} == {None}  # shadow unreadable: not claimed
    assert {a["must_change_password"] for a in unknown["accounts"]} == {None}
    assert all("must_change_password" in a["unknown"] for a in unknown["accounts"])
    # shadow(5): a last change of 0 (passwd -e, chage -d 0) forces a change at the next login.
    forced = nz.parse_shadow("m.durand:$y$j9T$abc:0:0:99999:7:::\n")
    assert forced["m.durand"][2] == 0
    row = next(a for a in nz.linux_accounts(passwd, groups, forced, today_days=20000)["accounts"]
               if a["name"] == "m.durand")
    assert row["must_change_password"] is True and row["disabled"] is False


def test_env_proxy():
    out = nz.env_proxy({"http": "http://10.10.10.66:3128", "https": "10.10.10.66:3128",
                        "no": "localhost,.lab.local"})
    assert out == {"source": "env", "scope": "user", "enabled": True, "pac": None, "bypass_local": False,
                   "servers": {"http": "http://10.10.10.66:3128", "https": "http://10.10.10.66:3128"},
                   "no_proxy": ["localhost", ".lab.local"]}
    assert nz.env_proxy({})["enabled"] is False
    assert nz.proxy_section([nz.env_proxy({})])["source"] == "none"


def test_gsettings_proxy():
    listing = """\
org.gnome.system.proxy use-same-proxy true
org.gnome.system.proxy mode 'manual'
org.gnome.system.proxy ignore-hosts ['localhost', '127.0.0.0/8', '*.lab.local']
org.gnome.system.proxy autoconfig-url ''
org.gnome.system.proxy.http host '10.10.10.66'
org.gnome.system.proxy.http port 3128
org.gnome.system.proxy.https host '10.10.10.66'
org.gnome.system.proxy.https port 3128
org.gnome.system.proxy.ftp host ''
"""
    src = nz.gsettings_proxy(listing)
    assert src["enabled"] and src["source"] == "gsettings"
    assert src["servers"] == {"http": "http://10.10.10.66:3128", "https": "http://10.10.10.66:3128",
                              "ftp": "http://10.10.10.66:3128"}  # use-same-proxy: one server for all
    assert src["no_proxy"] == ["localhost", "127.0.0.0/8", "*.lab.local"]
    assert nz.gsettings_proxy("org.gnome.system.proxy mode 'none'\n")["enabled"] is False
    assert nz.gsettings_proxy("") is None  # no GNOME schema at all
    empty = "org.gnome.system.proxy mode 'manual'\norg.gnome.system.proxy ignore-hosts @as []\n"
    assert nz.gsettings_proxy(empty)["enabled"] is False


def test_resolv_conf_servers_search_and_domain():
    rc = nz.parse_resolv_conf("# lab\nnameserver 192.168.10.10\nnameserver 192.168.10.11\nsearch lab.local corp.local\n")
    assert nz.dns_section(rc["servers"], rc["search"], "resolv.conf") == {
        "servers": ["192.168.10.10", "192.168.10.11"], "search": ["lab.local", "corp.local"],
        "source": "resolv.conf", "interfaces": None, "ignored": [], "via": None}
    rc = nz.parse_resolv_conf("domain lab.local\nnameserver 192.168.10.10\n")
    assert nz.dns_section(rc["servers"], rc["search"], "resolv.conf")["search"] == ["lab.local"]
    rc = nz.parse_resolv_conf("# no server at all\nsearch lab.local\n")
    assert rc["servers"] == [] and nz.dns_section(rc["servers"], rc["search"], "x")["search"] == ["lab.local"]
    assert nz.parse_resolv_conf("")["servers"] == []


def test_only_the_systemd_stub():
    assert nz.only_stub(["127.0.0.53"]) and not nz.only_stub(["127.0.0.53", "192.168.10.10"])
    assert not nz.only_stub([])


def test_sockets_linux_udp_and_duplicates():
    conns = [sconn(3, AF_INET, 1, addr("0.0.0.0", 22), (), "LISTEN", 812),
             sconn(4, AF_INET, 1, addr("0.0.0.0", 22), (), "LISTEN", 812),  # the same socket twice
             sconn(5, AF_INET6, 2, addr("::", 53), (), "NONE", 900),
             sconn(6, AF_INET, 2, addr("192.168.10.112", 40000), addr("192.168.10.10", 53), "NONE", 901)]
    out = nz.sockets_section(conns, {812: "sshd", 900: "dnsmasq"})
    assert out["listening"] == [
        {"proto": "tcp", "address": "0.0.0.0", "port": 22, "pid": 812, "process": "sshd"},
        {"proto": "udp6", "address": "::", "port": 53, "pid": 900, "process": "dnsmasq"},
    ]


def test_cpu_top_is_on_task_manager_scale():
    samples = [(1, "yes", 99.6), (2, "idle", 0.0), (3, "python", 50.0), (4, "gone", None)]
    assert nz.cpu_top(samples, 2, limit=2) == [{"name": "yes", "pid": 1, "percent": 49.8},
                                               {"name": "python", "pid": 3, "percent": 25.0}]
