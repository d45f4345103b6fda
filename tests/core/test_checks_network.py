"""Network check types on recorded Linux and Windows states: pass, fail with readable evidence."""

from states import (
    dns_answer,
    gateway,
    iface,
    linux_state,
    network,
    run,
    system,
    tcp_answer,
    texts,
    windows_state,
)

from aimm_lab.checks import Outcome

PASS, FAIL, ERROR = Outcome.PASS, Outcome.FAIL, Outcome.ERROR

ETH = iface("eth0", ipv4=("192.168.10.112/24",), ipv6=("fe80::5054:ff:fe12:3456/64",))
WIN_ETH = iface("Ethernet", ipv4=("169.254.20.7/16",), mac="00-1A-2B-3C-4D-5E", speed=100, duplex="half")
LINUX = linux_state(network=network(ETH, gateways=[gateway()]))
WINDOWS = windows_state(network=network(WIN_ETH, gateways=[]))


def test_interface_present_is_case_insensitive_and_lists_what_exists():
    assert run("interface_present", WINDOWS, interface="ethernet").outcome is PASS
    r = run("interface_present", WINDOWS, interface="Wi-Fi")
    assert r.outcome is FAIL
    assert texts(r) == ("interface Wi-Fi présente", "absente (interfaces : Ethernet)")


def test_interface_up():
    assert run("interface_up", LINUX, interface="ETH0").outcome is PASS
    down = linux_state(network=network(iface("eth0", up=False)))
    r = run("interface_up", down, interface="eth0")
    assert r.outcome is FAIL
    assert texts(r) == ("active (up)", "inactive (down)")
    assert texts(r, "en") == ("up", "down")


def test_missing_interface_is_a_fail_not_an_error():
    for type_, params in [("interface_up", {}), ("link_speed", {"mbps": 1000}), ("mtu", {"mtu": 1500}),
                          ("ipv4_in_subnet", {"subnet": "192.168.10.0/24"}), ("not_apipa", {}),
                          ("mac_address", {"mac": "52:54:00:12:34:56"}), ("ipv6_address", {}),
                          ("link_duplex", {}), ("ipv4_address", {"address": "192.168.10.112"})]:
        r = run(type_, LINUX, interface="enp3s0", **params)
        assert r.outcome is FAIL, type_
        assert texts(r)[1] == "interface absente", type_
        assert texts(r, "en")[1] == "interface absent", type_


def test_link_speed_exact_and_at_least():
    assert run("link_speed", LINUX, interface="eth0", mbps=1000).outcome is PASS
    r = run("link_speed", WINDOWS, interface="Ethernet", mbps=1000)
    assert r.outcome is FAIL
    assert texts(r) == ("1000 Mb/s", "100 Mb/s")
    assert run("link_speed", LINUX, interface="eth0", mbps=100, at_least=True).outcome is PASS
    assert run("link_speed", LINUX, interface="eth0", mbps=100).outcome is FAIL
    r = run("link_speed", WINDOWS, interface="Ethernet", mbps=1000, at_least=True)
    assert texts(r) == ("au moins 1000 Mb/s", "100 Mb/s")


def test_unknown_speed_is_neither_a_pass_nor_a_fail():
    # These were FAILs; a speed or duplex the driver does not give is no reading: UNSUPPORTED / ERROR.
    virtio = linux_state(network=network(iface("eth0", speed=0, duplex="unknown")))
    r = run("link_speed", virtio, interface="eth0", mbps=100, at_least=True)
    assert r.outcome is Outcome.UNSUPPORTED
    assert "vitesse du lien de eth0" in r.message.fr and "not given by the driver" in r.message.get("en")
    r = run("link_duplex", virtio, interface="eth0")
    assert r.outcome in (Outcome.ERROR, Outcome.UNSUPPORTED) and "duplex" in r.message.fr
    # a link that is down is a reading: the cable is out
    down = linux_state(network=network(iface("eth0", up=False, speed=0, duplex="unknown")))
    assert run("link_speed", down, interface="eth0", mbps=100).outcome is FAIL
    assert run("link_duplex", down, interface="eth0").outcome is FAIL


def test_link_duplex():
    assert run("link_duplex", LINUX, interface="eth0").outcome is PASS
    r = run("link_duplex", WINDOWS, interface="Ethernet", duplex="full")
    assert r.outcome is FAIL and texts(r) == ("full duplex", "half duplex")
    assert run("link_duplex", WINDOWS, interface="Ethernet", duplex="half").outcome is PASS


def test_mtu():
    assert run("mtu", LINUX, interface="eth0", mtu=1500).outcome is PASS
    r = run("mtu", LINUX, interface="eth0", mtu=9000)
    assert r.outcome is FAIL and texts(r) == ("9000", "1500")


def test_ipv4_address_with_and_without_prefix():
    assert run("ipv4_address", LINUX, interface="eth0", address="192.168.10.112", prefix=24).outcome is PASS
    r = run("ipv4_address", WINDOWS, interface="Ethernet", address="192.168.10.112", prefix=24)
    assert r.outcome is FAIL
    assert texts(r) == ("192.168.10.112/24", "169.254.20.7/16")
    assert r.as_dict("fr")["message"] == "attendu 192.168.10.112/24, trouvé 169.254.20.7/16"
    r = run("ipv4_address", LINUX, interface="eth0", address="192.168.10.112", prefix=16)
    assert r.outcome is FAIL
    none = linux_state(network=network(iface("eth0", ipv4=())))
    assert texts(run("ipv4_address", none, interface="eth0", address="10.0.0.1"))[1] == "aucune"
    assert texts(run("ipv4_address", none, interface="eth0", address="10.0.0.1"), "en")[1] == "none"


def test_ipv6_address_by_scope_and_by_address():
    # Only a link-local address: no global one.
    r = run("ipv6_address", LINUX, interface="eth0")
    assert r.outcome is FAIL
    assert texts(r) == ("une adresse IPv6 globale", "fe80::5054:ff:fe12:3456/64")
    assert run("ipv6_address", LINUX, interface="eth0", scope="link").outcome is PASS
    assert run("ipv6_address", LINUX, interface="eth0", scope="any").outcome is PASS
    assert run("ipv6_address", LINUX, interface="eth0", address="FE80::5054:ff:fe12:3456").outcome is PASS
    assert run("ipv6_address", LINUX, interface="eth0", address="fe80::5054:ff:fe12:3456",
               prefix=64).outcome is PASS
    assert run("ipv6_address", LINUX, interface="eth0", address="fe80::5054:ff:fe12:3456",
               prefix=128).outcome is FAIL
    glob = linux_state(network=network(iface("eth0", ipv6=("fe80::1%eth0/64", "2001:db8:10::112/64"))))
    assert run("ipv6_address", glob, interface="eth0").outcome is PASS
    assert run("ipv6_address", glob, interface="eth0", address="2001:db8:10::113").outcome is FAIL
    none = linux_state(network=network(iface("eth0", ipv6=())))
    r = run("ipv6_address", none, interface="eth0", scope="any")
    assert r.outcome is FAIL and texts(r, "en") == ("an IPv6 address", "none")


def test_ipv4_in_subnet():
    assert run("ipv4_in_subnet", LINUX, interface="eth0", subnet="192.168.10.0/24").outcome is PASS
    r = run("ipv4_in_subnet", WINDOWS, interface="Ethernet", subnet="192.168.10.0/24")
    assert r.outcome is FAIL
    assert texts(r) == ("une adresse dans 192.168.10.0/24", "169.254.20.7/16")
    assert texts(r, "en") == ("an address in 192.168.10.0/24", "169.254.20.7/16")


def test_not_apipa():
    assert run("not_apipa", LINUX, interface="eth0").outcome is PASS
    r = run("not_apipa", WINDOWS, interface="Ethernet")
    assert r.outcome is FAIL
    assert texts(r) == ("une adresse IPv4 hors APIPA (169.254.0.0/16)", "169.254.20.7/16 (APIPA)")
    # No IPv4 at all is not "not APIPA": the adapter has no address.
    none = windows_state(network=network(iface("Ethernet", ipv4=())))
    assert run("not_apipa", none, interface="Ethernet").outcome is FAIL
    # APIPA beside a good address still fails: the machine is half configured.
    both = linux_state(network=network(iface("eth0", ipv4=("192.168.10.112/24", "169.254.3.3/16"))))
    assert run("not_apipa", both, interface="eth0").outcome is FAIL


def test_mac_address_accepts_dashes_and_case():
    assert run("mac_address", WINDOWS, interface="Ethernet", mac="00:1a:2b:3c:4d:5e").outcome is PASS
    assert run("mac_address", LINUX, interface="eth0", mac="52-54-00-12-34-56").outcome is PASS
    r = run("mac_address", WINDOWS, interface="Ethernet", mac="00-1A-2B-3C-4D-5F")
    assert r.outcome is FAIL and texts(r) == ("00:1a:2b:3c:4d:5f", "00:1a:2b:3c:4d:5e")


def test_default_gateway():
    assert run("default_gateway", LINUX, address="192.168.10.254").outcome is PASS
    assert run("default_gateway", LINUX, address="192.168.10.254", interface="ETH0").outcome is PASS
    r = run("default_gateway", LINUX, address="192.168.10.254", interface="wlan0")
    assert r.outcome is FAIL
    assert texts(r) == ("192.168.10.254 par wlan0", "192.168.10.254 par eth0")
    assert texts(r, "en") == ("192.168.10.254 via wlan0", "192.168.10.254 via eth0")
    r = run("default_gateway", WINDOWS, address="192.168.10.254")
    assert r.outcome is FAIL and texts(r) == ("192.168.10.254", "aucune passerelle par défaut")
    # A route that is not the default one, or an IPv6 one, does not count.
    other = linux_state(network=network(ETH, gateways=[gateway(default=False),
                                                       gateway("fe80::1", family="ipv6")]))
    assert run("default_gateway", other, address="192.168.10.254").outcome is FAIL


def test_dns_servers_modes():
    st = linux_state(dns={"servers": ["192.168.10.10", "1.1.1.1"], "search": [], "source": "resolv.conf"})
    assert run("dns_servers", st, servers="192.168.10.10").outcome is PASS
    assert run("dns_servers", st, servers=["1.1.1.1"]).outcome is PASS
    assert run("dns_servers", st, servers=["1.1.1.1"], mode="first").outcome is FAIL
    assert run("dns_servers", st, servers=["192.168.10.10"], mode="first").outcome is PASS
    assert run("dns_servers", st, servers=["192.168.10.10", "1.1.1.1"], mode="exact").outcome is PASS
    r = run("dns_servers", st, servers=["192.168.10.10"], mode="exact")
    assert r.outcome is FAIL
    assert texts(r) == ("192.168.10.10 (exactement, dans cet ordre)", "192.168.10.10, 1.1.1.1 (resolv.conf)")
    r = run("dns_servers", st, servers=["192.168.10.11"])
    assert texts(r, "en") == ("192.168.10.11 among the servers", "192.168.10.10, 1.1.1.1 (resolv.conf)")
    empty = windows_state(dns={"servers": [], "search": [], "source": "registry"})
    assert texts(run("dns_servers", empty, servers="192.168.10.10"))[1] == "aucun serveur DNS (cartes réseau)"


def test_name_resolves():
    st = linux_state(lookups={"dns": {
        **dns_answer("intranet.lab.local", ["192.168.10.10"]),
        **dns_answer("intranet.lab.local", ["192.168.10.10"], server="192.168.10.10"),
        **dns_answer("hijacked.lab.local", ["192.168.10.10", "10.66.66.66"]),
        **dns_answer("nas.lab.local", [], rdtype="AAAA",
                     error={"kind": "noanswer", "message": "no AAAA record"}),
        **dns_answer("typo.lab.local", error={"kind": "nxdomain", "message": "does not exist"}),
        **dns_answer("slow.lab.local", error={"kind": "timeout", "message": "2 s"}),
    }})
    assert run("name_resolves", st, name="intranet.lab.local").outcome is PASS
    assert run("name_resolves", st, name="Intranet.Lab.Local.", addresses=["192.168.10.10"]).outcome is PASS
    r = run("name_resolves", st, name="intranet.lab.local", server="192.168.10.10", addresses="192.168.10.20")
    assert r.outcome is FAIL
    assert texts(r) == ("intranet.lab.local → 192.168.10.20 (serveur 192.168.10.10)", "192.168.10.10")
    # One answer outside the expected set: a hijacked name fails.
    r = run("name_resolves", st, name="hijacked.lab.local", addresses=["192.168.10.10"])
    assert r.outcome is FAIL and texts(r)[1] == "192.168.10.10, 10.66.66.66"
    r = run("name_resolves", st, name="typo.lab.local")
    assert r.outcome is FAIL
    assert texts(r) == ("typo.lab.local résolu", "nom inconnu (NXDOMAIN)")
    assert texts(r, "en") == ("typo.lab.local resolves", "unknown name (NXDOMAIN)")
    r = run("name_resolves", st, name="slow.lab.local")
    assert r.outcome is FAIL and "délai dépassé" in texts(r)[1]
    assert run("name_resolves", st, name="nas.lab.local", rdtype="AAAA").outcome is FAIL
    # A look-up the recorded state does not hold is an error, never a fail.
    r = run("name_resolves", st, name="other.lab.local")
    assert r.outcome is ERROR and "absent de l'état enregistré" in r.message.fr


def test_name_resolves_negated_for_a_blocked_name():
    st = linux_state(lookups={"dns": dns_answer("ads.example", error={"kind": "nxdomain", "message": ""})})
    assert run("name_resolves", st, expect=False, name="ads.example").outcome is PASS


def test_tcp_reachable():
    st = linux_state(lookups={"tcp": {**tcp_answer("192.168.10.20", 445),
                                      **tcp_answer("192.168.10.21", 445, ok=False, error="connection refused"),
                                      **tcp_answer("10.99.0.10", 443, ok=False, error="timed out"),
                                      **tcp_answer("10.99.0.11", 443, ok=False, error="[Errno 113] odd")}})
    r = run("tcp_reachable", st, host="192.168.10.20", port=445)
    assert r.outcome is PASS and texts(r) == ("192.168.10.20:445 joignable", "connexion établie")
    r = run("tcp_reachable", st, host="192.168.10.21", port=445)
    assert r.outcome is FAIL and texts(r)[1] == "injoignable : connexion refusée"
    assert texts(r, "en")[1] == "unreachable: connection refused"
    r = run("tcp_reachable", st, host="10.99.0.10", port="443")
    assert r.outcome is FAIL and texts(r)[1] == "injoignable : délai dépassé"
    assert texts(run("tcp_reachable", st, host="10.99.0.11", port=443))[1] == "injoignable : [Errno 113] odd"
    assert run("tcp_reachable", st, host="10.99.0.12", port=443).outcome is ERROR


def test_port_listening():
    st = windows_state(sockets={"listening": [
        {"proto": "tcp6", "address": "::", "port": 3389, "pid": 1200, "process": "svchost.exe"},
        {"proto": "udp", "address": "0.0.0.0", "port": 5353, "pid": None, "process": None},
    ]})
    r = run("port_listening", st, port=3389)
    assert r.outcome is PASS and texts(r) == ("port 3389/tcp en écoute", "en écoute sur :::3389 (svchost.exe)")
    assert run("port_listening", st, port=5353, proto="udp").outcome is PASS
    assert run("port_listening", st, port=5353).outcome is FAIL
    r = run("port_listening", st, port=22)
    assert r.outcome is FAIL and texts(r) == ("port 22/tcp en écoute", "aucun service en écoute sur ce port")
    assert run("port_listening", st, expect=False, port=22).outcome is PASS


HOSTS = linux_state(hosts={"path": "/etc/hosts", "entries": [
    {"address": "127.0.0.1", "names": ["localhost"], "line": 1},
    {"address": "10.66.66.66", "names": ["Intranet.lab.local", "intranet"], "line": 7},
]})


def test_hosts_entry():
    r = run("hosts_entry", HOSTS, name="intranet.lab.local")
    assert r.outcome is PASS
    assert texts(r)[1] == "10.66.66.66 Intranet.lab.local intranet (ligne 7)"
    r = run("hosts_entry", HOSTS, name="intranet", address="192.168.10.10")
    assert r.outcome is FAIL
    assert texts(r) == ("une entrée 192.168.10.10 intranet", "10.66.66.66 Intranet.lab.local intranet (ligne 7)")
    r = run("hosts_entry", HOSTS, name="nas")
    assert r.outcome is FAIL and texts(r)[1] == "aucune entrée pour nas"


def test_hosts_entry_negated_means_no_entry_for_the_name():
    r = run("hosts_entry", HOSTS, expect=False, name="intranet.lab.local")
    assert r.outcome is FAIL
    assert r.as_dict("fr")["message"].startswith("attendu pas une entrée pour intranet.lab.local, trouvé 10.66")
    assert run("hosts_entry", HOSTS, expect=False, name="nas").outcome is PASS


def test_proxy():
    on = windows_state(proxy={"enabled": True, "http": "http://10.10.10.66:3128/", "https": None,
                              "no_proxy": ["<local>"], "source": "registry"})
    off = linux_state(proxy={"enabled": False, "http": None, "https": None, "no_proxy": [], "source": "none"})
    r = run("proxy", on, enabled=False)
    assert r.outcome is FAIL and texts(r) == (
        "proxy désactivé", "proxy activé : 10.10.10.66:3128 (paramètres Internet de l'utilisateur, WinINET)")
    assert run("proxy", off, enabled=False).outcome is PASS
    assert run("proxy", on, enabled=True).outcome is PASS
    assert run("proxy", on, enabled=True, server="10.10.10.66:3128").outcome is PASS
    assert run("proxy", on, enabled=True, server="HTTP://10.10.10.66:3128/").outcome is PASS
    r = run("proxy", on, enabled=True, server="10.10.10.1:3128")
    assert r.outcome is FAIL
    assert texts(r, "en") == ("proxy enabled (10.10.10.1:3128)",
                              "proxy enabled: 10.10.10.66:3128 (user's Internet settings, WinINET)")
    r = run("proxy", off, enabled=True)
    assert r.outcome is FAIL and texts(r) == ("proxy activé", "proxy désactivé (lu : aucun réglage)")


def test_hostname_ignores_case_and_domain():
    st = windows_state(system=system(hostname="PC-ATL-07.lab.local"))
    assert run("hostname", st, name="pc-atl-07").outcome is PASS
    r = run("hostname", st, name="PC-ATL-08")
    assert r.outcome is FAIL and texts(r) == ("PC-ATL-08", "PC-ATL-07.lab.local")

