"""Network readings on real outputs kept under tests/data/real/network/ (each file's first line names
where its shape comes from): proxies in every Windows and Linux form, resolvers that own the DNS
servers, DNS servers per adapter, routing decisions, address labels."""

from __future__ import annotations

import json
from collections import namedtuple
from pathlib import Path

import pytest
from states import run
from states import state as make

from aimm_lab.checks import Outcome
from aimm_lab.machine import normalize as nz

DATA = Path(__file__).resolve().parents[1] / "data" / "real" / "network"


def text(name: str) -> str:
    raw = DATA.joinpath(name).read_text(encoding="utf-8")
    first, _, rest = raw.partition("\n")
    assert "source:" in first, f"{name}: first line must name where the shape comes from"
    return rest


def js(name: str) -> dict:
    d = json.loads(DATA.joinpath(name).read_text(encoding="utf-8"))
    assert d.get("_source"), name
    return d


def registry(name: str) -> dict:
    return dict(line.split(" = ", 1) for line in text(name).splitlines() if " = " in line)


def test_every_kept_output_names_its_source():
    files = sorted(p.name for p in DATA.iterdir())
    assert len(files) >= 20
    for name in files:
        if name.endswith(".json"):
            js(name)
        else:
            text(name)


# ------------------------------------------------------------------ checks on a state


def state(platform="windows", **sections) -> dict:
    return make(platform, **sections)


def grade(type_: str, st: dict, **params):
    return run(type_, st, **params)


# ------------------------------------------------------------------ proxy, Windows


def test_socks_only_wininet_is_a_proxy_still_set():
    v = registry("wininet-socks-only.txt")
    src = nz.windows_proxy(int(v["ProxyEnable"]), v["ProxyServer"], v["ProxyOverride"])
    assert src["enabled"] and src["servers"] == {"socks": "socks://10.10.10.66:1080"} and src["bypass_local"]
    px = nz.proxy_section([src])
    r = grade("proxy", state(proxy=px), enabled=False)
    assert r.outcome is Outcome.FAIL  # the bug: this used to PASS as "no proxy"
    assert "socks=10.10.10.66:1080" in r.as_dict('fr')['found'] and "WinINET" in r.as_dict('fr')['found']
    assert grade("proxy", state(proxy=px), enabled=True, server="10.10.10.66:1080").outcome is Outcome.PASS


def test_wininet_pac_and_override():
    v = registry("wininet-getproxy-pac.txt")
    src = nz.windows_proxy(int(v["ProxyEnable"]), v["ProxyServer"], v["ProxyOverride"], v["AutoConfigURL"])
    assert src["servers"]["http"] == "http://foo:80" and src["pac"] == "http://baz:8080/foo.pac"
    assert src["no_proxy"] == ["test", "testagain", "<local>"] and src["bypass_local"]
    # a PAC file alone (ProxyEnable 0) is still a proxy configuration in force
    pac_only = nz.windows_proxy(0, v["ProxyServer"], None, v["AutoConfigURL"])
    assert pac_only["enabled"] and pac_only["servers"] == {} and pac_only["pac"] == "http://baz:8080/foo.pac"
    r = grade("proxy", state(proxy=nz.proxy_section([pac_only])), enabled=False)
    assert r.outcome is Outcome.FAIL and "PAC http://baz:8080/foo.pac" in r.as_dict('fr')['found']


def test_wininet_scheme_prefixed_parts():
    v = registry("wininet-scheme-prefixed.txt")
    src = nz.windows_proxy(1, v["ProxyServer"], v["ProxyOverride"])
    assert src["servers"] == {"http": "http://127.0.0.1:7890", "https": "http://127.0.0.1:7890",
                              "ftp": "http://127.0.0.1:7890", "socks": "socks://127.0.0.1:7891"}


@pytest.mark.parametrize("name, servers, bypass", [
    ("netsh-winhttp-direct-en.txt", {}, []),
    ("netsh-winhttp-direct-fr.txt", {}, []),
    ("netsh-winhttp-proxy-en.txt", {"http": "http://10.0.0.6:8080", "https": "http://10.0.0.6:8080",
                                    "ftp": "http://10.0.0.6:8080"}, []),
    ("netsh-winhttp-proxy-fr.txt", {"http": "http://proxy.local:8080", "https": "http://proxy.local:8080",
                                    "ftp": "http://proxy.local:8080"}, []),
    ("netsh-winhttp-per-scheme-en.txt", {"http": "http://127.0.0.1:7038", "https": "http://127.0.0.1:7038"},
     ["localhost", "127.*", "<local>"]),
])
def test_winhttp_in_english_and_french(name, servers, bypass):
    src = nz.netsh_winhttp_proxy(text(name))
    assert src["source"] == "winhttp" and src["servers"] == servers and src["no_proxy"] == bypass
    assert src["enabled"] is bool(servers)


def test_winhttp_proxy_counts_even_when_wininet_is_direct():
    px = nz.proxy_section([nz.windows_proxy(0, None, None), nz.netsh_winhttp_proxy(text("netsh-winhttp-proxy-fr.txt"))])
    r = grade("proxy", state(proxy=px), enabled=False)
    assert r.outcome is Outcome.FAIL and "WinHTTP" in r.as_dict('fr')['found'] and "proxy.local:8080" in r.as_dict('fr')['found']
    assert grade("proxy", state(proxy=px), enabled=False, source="registry").outcome is Outcome.PASS


# ------------------------------------------------------------------ proxy, Linux


def test_gnome_socks_only_and_pac():
    socks = nz.gsettings_proxy(text("gsettings-proxy-socks-only.txt"))
    assert socks["enabled"] and socks["servers"] == {"socks": "socks://10.10.10.66:1080"}
    pac = nz.gsettings_proxy(text("gsettings-proxy-pac.txt"))
    assert pac["enabled"] and pac["pac"] == "http://wpad.lab.local/proxy.pac" and pac["servers"] == {}
    r = grade("proxy", state("linux", proxy=nz.proxy_section([nz.env_proxy({}), socks])), enabled=False)
    assert r.outcome is Outcome.FAIL and "GNOME" in r.as_dict('fr')['found']


def test_environment_file_and_apt():
    env = nz.environment_file_proxy(text("etc-environment-proxy"))
    assert env["servers"] == {"http": "http://10.10.10.66:3128/", "https": "http://10.10.10.66:3128/"}
    assert env["no_proxy"] == ["localhost", "127.0.0.1", ".lab.local"] and env["source"] == "environment"
    apt = nz.apt_proxy([text("apt.conf-proxy")])
    assert apt["servers"] == {"http": "http://10.10.10.66:3142/", "https": "http://10.10.10.66:3128/"}  # ftp DIRECT
    px = nz.proxy_section([nz.env_proxy({}), apt])
    # apt's proxy is apt's own: not "the machine's proxy", unless asked for
    assert grade("proxy", state("linux", proxy=px), enabled=False).outcome is Outcome.PASS
    r = grade("proxy", state("linux", proxy=px), enabled=True, source="apt", server="10.10.10.66:3142")
    assert r.outcome is Outcome.PASS and "apt" in r.as_dict('fr')['found']


def test_networkmanager_pac():
    out = "connection.id:Connexion filaire 1\nproxy.method:auto\nproxy.pac-url:http://wpad.lab.local/wpad.dat\n"
    src = nz.nmcli_proxy(out)
    assert src["enabled"] and src["pac"] == "http://wpad.lab.local/wpad.dat"
    assert not nz.nmcli_proxy("connection.id:x\nproxy.method:none\nproxy.pac-url:--\n")["enabled"]


# ------------------------------------------------------------------ resolvers


def test_resolvectl_links_and_default_routes():
    st = nz.resolvectl_status(text("resolvectl-status-wifi-lan.txt"))
    assert [lk["name"] for lk in st["links"]] == ["enp0s31f6", "wwan0", "wlp4s0", "virbr0", "docker0"]
    assert nz.resolved_servers(st) == ["192.168.1.1", "fdb8:7b34:b3d9::1"]
    st = nz.resolvectl_status(text("resolvectl-status-fallback-two-links.txt"))
    # eno2 holds servers but is not a default route for names: not asked; fallback servers never listed
    assert nz.resolved_servers(st) == ["10.64.0.254", "fd64::fffe"]
    assert st["links"][0]["servers"] == ["10.64.0.254", "fd64::fffe"] and st["links"][0]["default_route"] is False
    assert "1.1.1.1" not in json.dumps(st)
    st = nz.resolvectl_status(text("resolvectl-status-link-local-ifindex.txt"))
    assert st["links"][0]["servers"] == ["192.168.1.12", "192.168.1.13", "fe80::861e:a3ff:feb1:f8e7"]
    assert st["links"][0]["current"] == "fe80::861e:a3ff:feb1:f8e7"


def test_resolv_conf_variants():
    stub = nz.parse_resolv_conf(text("resolv.conf-stub-search-dot"))
    assert stub["servers"] == ["127.0.0.53"] and stub["search"] == [] and nz.only_stub(stub["servers"])
    ubuntu = nz.parse_resolv_conf(text("resolv.conf-networkmanager-dnsmasq-ubuntu"))
    rhel = nz.parse_resolv_conf(text("resolv.conf-networkmanager-dnsmasq-rhel"))
    assert nz.only_local(ubuntu["servers"]) and nz.only_local(rhel["servers"]) and not nz.only_stub(rhel["servers"])
    four = nz.parse_resolv_conf(text("resolv.conf-four-nameservers"))
    assert four["servers"] == ["192.168.10.10", "192.168.10.11", "1.1.1.1"] and four["ignored"] == ["9.9.9.9"]


def test_nmcli_devices():
    devs = nz.nmcli_devices(text("nmcli-dev-show-rhel.txt"))
    assert [d["device"] for d in devs] == ["em3", "em1", "em2"]
    assert devs[0]["servers"] == ["10.16.36.29", "10.11.5.19", "10.5.30.160"]
    assert devs[0]["domains"] == ["khw.lab.eng.bos.example.com"] and devs[1]["connection"] is None


def test_unknown_upstream_is_an_error_not_a_fail():
    dns = nz.dns_section([], [], "resolv.conf", via="127.0.0.1")
    dns["servers"] = None
    r = grade("dns_servers", state("linux", dns=dns), servers=["192.168.10.10"])
    assert r.outcome is Outcome.ERROR and "127.0.0.1" in json.dumps(r.as_dict("fr"), ensure_ascii=False)


# ------------------------------------------------------------------ DNS servers per adapter (Windows)


def _table_rows(raw: str) -> list[dict]:
    """The posted Get-DnsClientServerAddress table as the rows ConvertTo-Json gives for the same
    properties (InterfaceAlias, InterfaceIndex, AddressFamily, ServerAddresses)."""
    rows = []
    for line in raw.splitlines()[3:]:
        alias, rest = line[:29].strip(), line[29:].split(None, 2)
        servers = rest[2].strip("{}")
        rows.append({"InterfaceAlias": alias, "InterfaceIndex": int(rest[0]),
                     "AddressFamily": 2 if rest[1] == "IPv4" else 23,
                     "ServerAddresses": [s.strip() for s in servers.split(",") if s.strip()]})
    return rows


def test_windows_dns_per_adapter_drops_placeholders():
    rows = _table_rows(text("get-dnsclientserveraddress-firezone.txt"))
    adapters = [{"Name": "Ethernet", "ifIndex": 4, "Status": "Up"}, {"Name": "Firezone", "ifIndex": 27, "Status": "Up"}]
    per = nz.windows_dns_adapters(rows, adapters)
    assert per["Ethernet"]["servers"] == ["10.255.252.2"] and per["Ethernet"]["connected"] is True
    assert per["Firezone"]["servers"] == ["100.100.111.4", "100.100.111.1", "100.100.111.3", "100.100.111.2"]
    assert per["Loopback Pseudo-Interface 1"]["servers"] == []  # fec0:0:0:ffff::1-3 are not servers
    assert per["Loopback Pseudo-Interface 1"]["connected"] is None


def test_dns_servers_grades_the_lab_interface_not_a_disconnected_wifi():
    """b2-ip-statique / b3-dns-errone on a French laptop: Ethernet fixed, the Wi-Fi out of range
    still holds its last DHCP servers (names as French Windows shows them, nmap/nmap#3114)."""
    rows = [{"InterfaceAlias": "Ethernet 2", "InterfaceIndex": 12, "AddressFamily": 2,
             "ServerAddresses": ["192.168.10.10"]},
            {"InterfaceAlias": "Wi-Fi 2", "InterfaceIndex": 9, "AddressFamily": 2,
             "ServerAddresses": ["192.168.1.254"]},
            {"InterfaceAlias": "Connexion au réseau local* 1", "InterfaceIndex": 5, "AddressFamily": 23,
             "ServerAddresses": ["fec0:0:0:ffff::1", "fec0:0:0:ffff::2", "fec0:0:0:ffff::3"]}]
    adapters = [{"Name": "Ethernet 2", "ifIndex": 12, "Status": "Up"},
                {"Name": "Wi-Fi 2", "ifIndex": 9, "Status": "Disconnected"},
                {"Name": "Connexion au réseau local* 1", "ifIndex": 5, "Status": "Disconnected"}]
    per = nz.windows_dns_adapters(rows, adapters)
    machine_wide = ["192.168.10.10", "192.168.1.254"]  # what the registry lists for every adapter
    dns = nz.dns_section(machine_wide, [], "registry", per)
    m = state(dns=dns)
    assert grade("dns_servers", m, servers=["192.168.10.10"], mode="exact").outcome is Outcome.FAIL
    r = grade("dns_servers", m, servers=["192.168.10.10"], mode="exact", interface="Ethernet 2")
    assert r.outcome is Outcome.PASS and "Ethernet 2" in r.as_dict('fr')['found']
    assert grade("dns_servers", m, servers=["192.168.10.10"], mode="exact",
                 interface="Wi-Fi 2").outcome is Outcome.FAIL


def test_windows_without_per_adapter_reading_is_an_error_for_an_interface():
    dns = nz.dns_section(["192.168.10.10"], [], "registry", None)
    r = grade("dns_servers", state(dns=dns), servers=["192.168.10.10"], interface="Ethernet")
    assert r.outcome is Outcome.ERROR


# ------------------------------------------------------------------ routes


def test_wg_quick_policy_routing_shapes():
    d = js("ip-j-wg-quick-policy-routing.json")
    routes = nz.linux_routes(d["ip -j -4 route show table all"], "ipv4")
    gws = nz.gateways_from_routes(routes)
    assert [(g["address"], g["table"]) for g in gws if g["default"]] == [("192.168.10.254", "main")]
    rules = nz.linux_rules(d["ip -j -4 rule show"])
    assert [r["table"] for r in rules] == ["local", "main", "51820", "main", "default"]
    assert rules[1]["text"] == "from all lookup main suppress_prefixlength 0"
    assert rules[2]["text"].startswith("not from all fwmark 0xca6c lookup 51820")
    dec = nz.linux_route_decision(d["ip -j route get 1.1.1.1"], "1.1.1.1", d["ip -j route get fibmatch 1.1.1.1"])
    assert (dec["gateway"], dec["interface"], dec["table"], dec["route"]) == (None, "wg0", "51820", "0.0.0.0/0")
    net = {"interfaces": [], "gateways": gws, "routes": routes, "rules": rules, "effective": {"ipv4": dec}}
    r = grade("default_gateway", state("linux", network=net), address="192.168.10.254")
    assert r.outcome is Outcome.FAIL and "wg0" in r.as_dict('fr')['found'] and "51820" in r.as_dict('fr')['found']
    lan = nz.linux_route_decision(d["ip -j route get 192.168.10.20"], "192.168.10.20",
                                  d["ip -j route get fibmatch 192.168.10.20"])
    assert lan["gateway"] is None and lan["route"] == "192.168.10.0/24"


def test_multipath_and_metrics_shapes():
    d = js("ip-j-multipath-default.json")
    routes = nz.linux_routes(d["ip -j -4 route show table all"], "ipv4")
    assert {(g["address"], g["interface"]) for g in nz.gateways_from_routes(routes) if g["default"]} == {
        ("192.168.10.254", "eth0"), ("172.16.0.1", "eth1")}
    dec = nz.linux_route_decision(d["ip -j route get 1.1.1.1"], "1.1.1.1", d["ip -j route get fibmatch 1.1.1.1"])
    assert [h["weight"] for h in dec["nexthops"]] == [1, 2]
    d = js("ip-j-two-defaults-metrics.json")
    gws = nz.gateways_from_routes(nz.linux_routes(d["ip -j -4 route show table all"], "ipv4"))
    assert [(g["address"], g["metric"]) for g in gws if g["default"]] == [("172.16.0.1", 50), ("192.168.10.254", 100)]


def test_find_netroute_documented_output():
    dec = nz.windows_find_netroute(text("find-netroute-doc.txt"), "10.79.197.200")
    assert (dec["gateway"], dec["interface"], dec["source"], dec["route"], dec["metric"]) == (
        "172.31.232.1", "Ethernet", "172.31.234.140", "0.0.0.0/0", 0)
    # the JSON the fixed script gives for the same two objects (Select-Object of these properties)
    as_json = [{"IPAddress": "172.31.234.140", "InterfaceAlias": "Ethernet", "InterfaceIndex": 3,
                "DestinationPrefix": None, "NextHop": None, "RouteMetric": None},
               {"IPAddress": None, "InterfaceAlias": "Ethernet", "InterfaceIndex": 3,
                "DestinationPrefix": "0.0.0.0/0", "NextHop": "172.31.232.1", "RouteMetric": 0}]
    assert nz.windows_find_netroute(as_json, "10.79.197.200")["gateway"] == "172.31.232.1"
    on_link = [{"IPAddress": "192.168.10.112", "InterfaceAlias": "Ethernet 2"},
               {"DestinationPrefix": "192.168.10.0/24", "NextHop": "0.0.0.0", "InterfaceAlias": "Ethernet 2",
                "RouteMetric": 256}]
    d = nz.windows_find_netroute(on_link, "192.168.10.20")
    assert d["gateway"] is None and d["interface"] == "Ethernet 2"


# ------------------------------------------------------------------ labels


def test_psutil_label_structure_folds_into_its_link():
    d = js("psutil-address-label.json")
    snic = namedtuple("snicaddr", "family address netmask broadcast ptp")
    snicstats = namedtuple("snicstats", "isup duplex speed mtu flags")
    addrs = {k: [snic(*a) for a in v] for k, v in d["net_if_addrs"].items()}
    stats = {k: snicstats(*v) for k, v in d["net_if_stats"].items()}
    assert "eth0:1" in addrs  # psutil does report the label as if it were an interface
    net = nz.network_section(addrs, stats, {})
    names = [i["name"] for i in net["interfaces"]]
    assert "eth0:1" not in names
    eth = next(i for i in net["interfaces"] if i["name"] == "eth0")
    assert {"address": "192.168.10.150", "prefix": 24, "label": "eth0:1"} in eth["ipv4"]
    # ip -j addr says the same: one link, two addresses, one labelled
    ip = d["ip -j addr show dev eth0"][0]
    assert [a.get("label") for a in ip["addr_info"] if a["family"] == "inet"] == ["eth0", "eth0:1"]
