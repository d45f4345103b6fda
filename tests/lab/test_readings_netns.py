"""Readings that hand-written states hid, made for real in the lab PC's network namespace:
address labels (`eth0:1`), policy routing as wg-quick sets it up, a multipath default route, two
default routes with metrics, and a dead DNS server behind a `tcp_reachable` by name."""

from __future__ import annotations

import json
import sys
import time

import pytest
from netlab import GATEWAY, IFACE, OUTSIDE, PC_ADDR, REPO, SERVER, scenario_file
from test_checks_netns import tasks_toml

pytestmark = pytest.mark.lab

OTHER_ROUTER = "192.168.10.253"


def probe_network(lab) -> dict:
    out = lab.pc_run([sys.executable, "-m", "aimm_lab.cli", "probe", "--json", "-s", "network"], cwd=str(REPO))
    return json.loads(out.stdout)["sections"]["network"]


def outcomes(lab, tmp_path, cases, name="t.toml"):
    res = lab.check(scenario_file(tmp_path / name, tasks_toml(cases)))
    assert res.data is not None, res.stderr
    by = res.by_label()
    for label, outcome, _check, words in cases:
        assert by[label]["outcome"] == outcome, by[label]
        for w in words if isinstance(words, tuple) else (words,):
            assert w in by[label]["message"], by[label]
    return by


def test_an_address_label_belongs_to_its_link(netlab, tmp_path):
    netlab.ip_pc("addr", "add", "192.168.10.150/24", "dev", IFACE, "label", f"{IFACE}:1")
    net = probe_network(netlab)
    names = [i["name"] for i in net["interfaces"]]
    assert f"{IFACE}:1" not in names
    eth = next(i for i in net["interfaces"] if i["name"] == IFACE)
    assert {"address": "192.168.10.150", "prefix": 24, "label": f"{IFACE}:1"} in eth["ipv4"]
    assert {"address": PC_ADDR, "prefix": 24} in eth["ipv4"] and eth["up"] is True
    outcomes(netlab, tmp_path, [
        ("second", "PASS", {"type": "ipv4_address", "interface": IFACE, "address": "192.168.10.150"}, "192.168.10.150"),
        ("first", "PASS", {"type": "ipv4_address", "interface": IFACE, "address": PC_ADDR, "prefix": 24}, PC_ADDR),
        ("no-phantom", "FAIL", {"type": "interface_present", "interface": f"{IFACE}:1"}, IFACE),
        ("up", "PASS", {"type": "interface_up", "interface": IFACE}, ""),
    ])


def wg_quick_full_tunnel(lab) -> None:
    """What `wg-quick up` does for AllowedIPs = 0.0.0.0/0 (man wg-quick; its add_default()): the main
    table keeps the LAN's default route, table 51820 sends everything to the tunnel, and two rules
    make every packet not marked by the tunnel itself use table 51820. A veth stands in for wg0."""
    lab.ip_pc("link", "add", "wg0", "type", "veth", "peer", "name", "wgpeer")
    lab.ip_pc("link", "set", "wgpeer", "up")
    lab.ip_pc("link", "set", "wg0", "up")
    lab.ip_pc("addr", "add", "10.99.0.2/32", "dev", "wg0")
    lab.ip_pc("route", "add", "0.0.0.0/0", "dev", "wg0", "table", "51820")
    lab.ip_pc("rule", "add", "not", "fwmark", "51820", "table", "51820")
    lab.ip_pc("rule", "add", "table", "main", "suppress_prefixlength", "0")


def test_full_tunnel_vpn_policy_routing(netlab, tmp_path):
    wg_quick_full_tunnel(netlab)
    net = probe_network(netlab)
    # the main table's default route is still there, and still listed
    assert any(g["address"] == GATEWAY and g["table"] == "main" for g in net["gateways"])
    assert net["effective"]["ipv4"]["interface"] == "wg0" and net["effective"]["ipv4"]["table"] == "51820"
    assert any("fwmark" in r["text"] and r["table"] == "51820" for r in net["rules"])
    assert any(r["table"] == "51820" and r["destination"] == "0.0.0.0/0" for r in net["routes"])
    outcomes(netlab, tmp_path, [
        ("gateway", "FAIL", {"type": "default_gateway", "address": GATEWAY}, ("wg0", "table 51820", GATEWAY)),
        ("outside-via-lan", "FAIL", {"type": "route_to", "destination": OUTSIDE, "interface": IFACE},
         ("wg0", "51820")),
        ("outside-via-tunnel", "PASS", {"type": "route_to", "destination": OUTSIDE, "interface": "wg0"}, "wg0"),
        ("lan-stays-local", "PASS", {"type": "route_to", "destination": SERVER, "local": True, "interface": IFACE},
         ("sur le lien", IFACE)),
        ("outside-not-local", "FAIL", {"type": "route_to", "destination": OUTSIDE, "local": True}, "wg0"),
    ])
    # the VPN down again (wg-quick down removes its rules): the LAN gateway is back in charge
    netlab.ip_pc("rule", "del", "not", "fwmark", "51820", "table", "51820")
    outcomes(netlab, tmp_path, [
        ("gateway", "PASS", {"type": "default_gateway", "address": GATEWAY, "interface": IFACE}, GATEWAY),
        ("outside-via-lan", "PASS", {"type": "route_to", "destination": OUTSIDE, "gateway": GATEWAY}, GATEWAY),
    ], "after.toml")


def test_multipath_default_route_keeps_every_next_hop(netlab, tmp_path):
    netlab.ip_pc("route", "replace", "default", "nexthop", "via", GATEWAY, "dev", IFACE, "weight", "1",
                 "nexthop", "via", OTHER_ROUTER, "dev", IFACE, "weight", "3")
    net = probe_network(netlab)
    defaults = [g for g in net["gateways"] if g["default"] and g["family"] == "ipv4"]
    assert {g["address"] for g in defaults} == {GATEWAY, OTHER_ROUTER}
    hops = net["effective"]["ipv4"]["nexthops"]
    assert {(h["gateway"], h["weight"]) for h in hops} == {(GATEWAY, 1), (OTHER_ROUTER, 3)}
    outcomes(netlab, tmp_path, [
        ("gateway", "FAIL", {"type": "default_gateway", "address": GATEWAY}, ("réparti", GATEWAY, OTHER_ROUTER)),
    ])


def test_two_default_routes_with_metrics(netlab, tmp_path):
    netlab.ip_pc("route", "del", "default")
    netlab.ip_pc("route", "add", "default", "via", GATEWAY, "dev", IFACE, "metric", "100")
    netlab.ip_pc("route", "add", "default", "via", OTHER_ROUTER, "dev", IFACE, "metric", "50")
    net = probe_network(netlab)
    defaults = [(g["address"], g["metric"]) for g in net["gateways"] if g["default"] and g["family"] == "ipv4"]
    assert defaults == [(OTHER_ROUTER, 50), (GATEWAY, 100)]  # both kept, the kernel's choice first
    assert net["effective"]["ipv4"]["gateway"] == OTHER_ROUTER
    outcomes(netlab, tmp_path, [
        ("gateway", "FAIL", {"type": "default_gateway", "address": GATEWAY},
         (OTHER_ROUTER, "métrique 50", "métrique 100")),
        ("preferred", "PASS", {"type": "default_gateway", "address": OTHER_ROUTER}, OTHER_ROUTER),
    ])


def test_tcp_by_name_keeps_its_timeout_with_a_dead_dns_server(netlab, tmp_path):
    netlab.write_pc_file("resolv.conf", "nameserver 192.168.10.99\n")  # nothing has this address
    path = scenario_file(tmp_path / "dead.toml", tasks_toml([
        ("tcp", "FAIL", {"type": "tcp_reachable", "host": "intranet.lab.local", "port": 80, "timeout": 1},
         "nom non résolu"),
    ]))
    rec = tmp_path / "rec.json"
    t0 = time.monotonic()
    res = netlab.check(path, "--record", str(rec))
    wall = time.monotonic() - t0
    assert res.by_label()["tcp"]["outcome"] == "FAIL"
    assert "nom non résolu dans le délai" in res.by_label()["tcp"]["message"]
    ms = json.loads(rec.read_text(encoding="utf-8"))["lookups"]["tcp"]["intranet.lab.local:80"]["ms"]
    assert ms <= 1100, ms  # timeout + 10 %, the name's resolution included
    assert wall < 5, wall  # the whole command, Python's start-up included (glibc alone would take 10 s)
