"""The network check types end to end: `aimm-lab check` runs inside a lab PC's network namespace
and reads the real interfaces, routes, resolver, hosts file, sockets and remote services."""

from __future__ import annotations

import json
import sys

import pytest
from netlab import (
    DOMAIN,
    GATEWAY,
    IFACE,
    MAC,
    NAS,
    OUTSIDE,
    PC_ADDR,
    PC_HOSTS,
    REPO,
    SERVER,
    scenario_file,
)

pytestmark = pytest.mark.lab


def toml_value(v) -> str:
    return json.dumps(v, ensure_ascii=False)  # TOML strings, numbers, booleans and arrays read the same


def tasks_toml(cases: list[tuple]) -> str:
    """One task per check, labelled, so each outcome can be read alone."""
    out = []
    for i, (label, _outcome, check, _evidence) in enumerate(cases, 1):
        out.append(f'[[tasks]]\nid = "t{i:02d}"\ntitle = "{label}"\n  [[tasks.checks]]\n  label = "{label}"')
        out.extend(f"  {k} = {toml_value(v)}" for k, v in check.items())
        out.append("")
    return "\n".join(out)


# (label, outcome, check, words the evidence must hold)
CASES = [
    ("present", "PASS", {"type": "interface_present", "interface": "{lab.interface}"}, "eth0"),
    ("present-absent", "FAIL", {"type": "interface_present", "interface": "eth9"}, "eth0"),
    ("up", "PASS", {"type": "interface_up", "interface": IFACE}, ""),
    ("address", "PASS", {"type": "ipv4_address", "interface": IFACE, "address": "{lab.subnet + seat + 100}",
                         "prefix": 24}, f"{PC_ADDR}/24"),
    ("address-wrong-prefix", "FAIL", {"type": "ipv4_address", "interface": IFACE, "address": PC_ADDR,
                                      "prefix": 16}, f"{PC_ADDR}/24"),
    ("address-other", "FAIL", {"type": "ipv4_address", "interface": IFACE, "address": "192.168.10.50"},
     PC_ADDR),
    ("subnet", "PASS", {"type": "ipv4_in_subnet", "interface": IFACE, "subnet": "{lab.subnet}"}, PC_ADDR),
    ("subnet-other", "FAIL", {"type": "ipv4_in_subnet", "interface": IFACE, "subnet": "10.0.0.0/8"}, PC_ADDR),
    ("not-apipa", "PASS", {"type": "not_apipa", "interface": IFACE}, PC_ADDR),
    ("mac", "PASS", {"type": "mac_address", "interface": IFACE, "mac": MAC.upper().replace(":", "-")}, MAC),
    ("mac-other", "FAIL", {"type": "mac_address", "interface": IFACE, "mac": "00:1a:2b:3c:4d:5e"}, MAC),
    ("mtu", "PASS", {"type": "mtu", "interface": IFACE, "mtu": 1500}, "1500"),
    ("mtu-jumbo", "FAIL", {"type": "mtu", "interface": IFACE, "mtu": 9000}, "1500"),
    # veth links report 10000 Mbit/s full duplex while up (psutil reads the driver's ethtool answer)
    ("speed", "PASS", {"type": "link_speed", "interface": IFACE, "mbps": 10000}, "10000"),
    ("speed-gigabit", "FAIL", {"type": "link_speed", "interface": IFACE, "mbps": 1000}, "10000"),
    ("speed-at-least", "PASS", {"type": "link_speed", "interface": IFACE, "mbps": 1000, "at_least": True},
     "10000"),
    ("duplex", "PASS", {"type": "link_duplex", "interface": IFACE, "duplex": "full"}, "full"),
    ("gateway", "PASS", {"type": "default_gateway", "address": "{lab.gateway}", "interface": IFACE}, GATEWAY),
    ("gateway-other", "FAIL", {"type": "default_gateway", "address": "192.168.10.1"}, GATEWAY),
    ("dns", "PASS", {"type": "dns_servers", "servers": "{lab.dns}", "mode": "exact"}, SERVER),
    ("dns-other", "FAIL", {"type": "dns_servers", "servers": ["8.8.8.8"]}, SERVER),
    ("resolves-system", "PASS", {"type": "name_resolves", "name": f"intranet.{DOMAIN}", "addresses": "{lab.server}"},
     SERVER),
    ("resolves-server", "PASS", {"type": "name_resolves", "name": f"nas.{DOMAIN}", "server": "{lab.server}",
                                 "addresses": NAS}, NAS),
    ("resolves-short-name", "PASS", {"type": "name_resolves", "name": "intranet"}, SERVER),  # search lab.local
    ("resolves-unknown", "FAIL", {"type": "name_resolves", "name": f"inconnu.{DOMAIN}"}, ""),
    ("resolves-unknown-server", "FAIL", {"type": "name_resolves", "name": f"inconnu.{DOMAIN}",
                                         "server": SERVER}, ""),
    ("resolves-refused", "FAIL", {"type": "name_resolves", "name": "www.example.com", "server": SERVER}, ""),
    ("resolves-dead-server", "FAIL", {"type": "name_resolves", "name": f"intranet.{DOMAIN}",
                                      "server": "192.168.10.99", "timeout": 0.5}, ""),
    ("tcp-server", "PASS", {"type": "tcp_reachable", "host": "{lab.server}", "port": 80}, ""),
    ("tcp-by-name", "PASS", {"type": "tcp_reachable", "host": f"intranet.{DOMAIN}", "port": 80}, ""),
    ("tcp-closed", "FAIL", {"type": "tcp_reachable", "host": SERVER, "port": 81}, "refus"),
    ("tcp-beyond-gateway", "PASS", {"type": "tcp_reachable", "host": OUTSIDE, "port": 80}, "connexion"),
    ("tcp-no-host", "FAIL", {"type": "tcp_reachable", "host": "192.168.10.99", "port": 80, "timeout": 0.5}, ""),
    ("listening", "PASS", {"type": "port_listening", "port": 8080}, "8080"),
    ("listening-closed", "FAIL", {"type": "port_listening", "port": 3389}, ""),
    ("hosts", "PASS", {"type": "hosts_entry", "name": f"nas.{DOMAIN}", "address": "{lab.servers.nas}"}, NAS),
    ("hosts-missing", "FAIL", {"type": "hosts_entry", "name": f"intranet.{DOMAIN}"}, ""),
    ("hosts-wrong-address", "FAIL", {"type": "hosts_entry", "name": f"nas.{DOMAIN}", "address": SERVER}, NAS),
]


@pytest.fixture(scope="module")
def run(module_netlab, tmp_path_factory):
    lab = module_netlab
    lab.write_pc_file("hosts", PC_HOSTS + f"{NAS} nas.{DOMAIN}\n")
    lab.listen(lab.pc, "0.0.0.0", 8080)
    path = scenario_file(tmp_path_factory.mktemp("sc") / "reseau.toml", tasks_toml(CASES))
    res = lab.check(path)
    assert res.data is not None, res.stderr
    return res


@pytest.mark.parametrize("label, outcome, check, words", CASES, ids=[c[0] for c in CASES])
def test_check_in_the_lab_pc(run, label, outcome, check, words):
    got = run.by_label()[label]
    assert got["outcome"] == outcome, got
    assert words in got["message"], got


def test_exit_code_says_some_checks_failed(run):
    assert run.returncode == 1


def test_live_lookups_run_side_by_side(run):
    # two 0.5 s time-outs and a DNS timeout in one pass: the pass costs about the slowest, not the sum
    assert run.data["duration_ms"] < 2000, run.data["duration_ms"]


def test_refused_and_unknown_names_read_differently(run):
    by = run.by_label()
    assert by["resolves-refused"]["found"] != by["resolves-unknown-server"]["found"]
    assert by["resolves-dead-server"]["found"] != by["resolves-unknown-server"]["found"]


def test_link_down(netlab, tmp_path):
    cases = [("up", "FAIL", {"type": "interface_up", "interface": IFACE}, ""),
             ("present", "PASS", {"type": "interface_present", "interface": IFACE}, ""),
             ("speed", "FAIL", {"type": "link_speed", "interface": IFACE, "mbps": 10000}, ""),
             ("tcp", "FAIL", {"type": "tcp_reachable", "host": SERVER, "port": 80, "timeout": 0.5}, "")]
    netlab.ip_pc("link", "set", IFACE, "down")
    res = netlab.check(scenario_file(tmp_path / "down.toml", tasks_toml(cases)))
    by = res.by_label()
    for label, outcome, _check, _w in cases:
        assert by[label]["outcome"] == outcome, by[label]
    assert res.returncode == 1


def test_hosts_file_overrides_dns_for_the_system_resolver(netlab, tmp_path):
    """A hijacked hosts file: the PC's own resolver follows it, the lab DNS does not."""
    cases = [("system", "FAIL", {"type": "name_resolves", "name": f"intranet.{DOMAIN}", "addresses": SERVER},
              "10.10.10.66"),
             ("server", "PASS", {"type": "name_resolves", "name": f"intranet.{DOMAIN}", "addresses": SERVER,
                                 "server": SERVER}, SERVER),
             ("entry", "FAIL", {"type": "hosts_entry", "name": f"intranet.{DOMAIN}", "expect": False},
              "10.10.10.66")]
    netlab.write_pc_file("hosts", PC_HOSTS + f"10.10.10.66 intranet.{DOMAIN} intranet\n")
    path = scenario_file(tmp_path / "hosts.toml", tasks_toml(cases))
    by = netlab.check(path).by_label()
    for label, outcome, _check, words in cases:
        assert by[label]["outcome"] == outcome, by[label]
        assert words in by[label]["message"], by[label]


def test_probe_inside_the_lab_pc(netlab):
    """The probe itself, in the namespace: what a technician would see on that PC."""
    out = netlab.pc_run([sys.executable, "-m", "aimm_lab.cli", "probe", "--json", "-s", "network"], cwd=str(REPO))
    state = json.loads(out.stdout)
    net = state["sections"]["network"]
    eth = next(i for i in net["interfaces"] if i["name"] == IFACE)
    assert eth["mac"] == MAC and eth["ipv4"] == [{"address": PC_ADDR, "prefix": 24}]
    assert eth["speed_mbps"] == 10000 and eth["duplex"] == "full" and eth["up"] is True
    assert net["gateways"] == [{"family": "ipv4", "address": GATEWAY, "interface": IFACE, "default": True,
                               "table": "main", "metric": 0}]
    assert net["effective"]["ipv4"]["gateway"] == GATEWAY and net["effective"]["ipv4"]["interface"] == IFACE
    assert state["sections"]["dns"] == {"servers": [SERVER], "search": [DOMAIN], "source": "resolv.conf",
                                        "interfaces": None, "ignored": [], "via": None}
    assert state["lab"]["interface"] == IFACE and state["lab"]["gateway"] == GATEWAY
