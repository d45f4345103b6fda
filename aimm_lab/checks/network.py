"""Network check types (interfaces, addresses, routes, names, reachability)."""

from __future__ import annotations

import ipaddress

from ..i18n import T, Text
from ..machine.base import DENIED, NOT_RECORDED, UNSUPPORTED, Machine, ProbeError
from .base import CheckType, Context, Evidence, Param, Shown, normalize_mac, register
from .common import (
    base_name,
    join,
    known,
    known_list,
    known_or_none,
    none_unread,
    norm_ip,
    probe_error,
    unread,
)

IFACE = Param("interface", "str", T("nom de l'interface (ex. Ethernet, enp3s0)",
                                    "interface name (e.g. Ethernet, enp3s0)"))

ABSENT = T("interface absente", "interface absent")
NONE_F = T("aucune", "none")
APIPA = ipaddress.ip_network("169.254.0.0/16")


def find_interface(m: Machine, name: str) -> dict | None:
    """The interface of the network section by name (case-insensitive), or None."""
    items = known_list(m.section("network"), "interfaces", T("liste des interfaces", "interface list"))
    for iface in items:
        if (iface.get("name") or "").lower() == name.lower():
            return iface
    none_unread(items, "name", T("nom d'une interface", "an interface's name"))
    return None


def _addr(a: dict) -> str:
    address = str(a.get("address", "")).split("%")[0]
    return f"{address}/{a['prefix']}" if a.get("prefix") is not None else address


def addresses_text(iface: dict | None, family: str = "ipv4") -> Shown:
    """`192.168.10.112/24, 10.0.0.5/8`, or words when there is none."""
    if iface is None:
        return ABSENT
    addrs = iface.get(family) or []
    if not addrs:
        return NONE_F
    return ", ".join(_addr(a) for a in addrs)


def _addr_list(iface: dict, family: str) -> list[dict]:
    """The interface's addresses of a family; ERROR when the list or one address was not read."""
    what = T(f"adresses {family.replace('ip', 'IP')} de {iface.get('name')}",
             f"{family.replace('ip', 'IP')} addresses of {iface.get('name')}")
    items = known(iface, family, what)
    for a in items:
        known(a, "address", what)
    return items


def _ips(iface: dict, family: str) -> list:
    out = []
    for a in _addr_list(iface, family):
        ip = norm_ip(a.get("address"))
        if ip is not None:
            out.append(ipaddress.ip_address(ip))
    return out


class InterfaceCheck(CheckType):
    """A check about one interface. A missing interface is a FAIL ("interface absente"), not an error."""

    category = "network"

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        iface = find_interface(m, p["interface"])
        expected = self.expected(p)
        if iface is None:
            return Evidence(False, expected, ABSENT)
        ok, found = self.judge(iface, p)
        return Evidence(ok, expected, found)

    def expected(self, p: dict) -> Shown:  # pragma: no cover - interface
        raise NotImplementedError

    def judge(self, iface: dict, p: dict) -> tuple[bool, Shown]:  # pragma: no cover - interface
        raise NotImplementedError


@register
class InterfacePresent(CheckType):
    type = "interface_present"
    category = "network"
    description = T("L'interface réseau existe sur le poste", "The network interface exists on the machine")
    params = (IFACE,)

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        iface = find_interface(m, p["interface"])
        names = [str(i.get("name")) for i in m.section("network").get("interfaces", [])]
        found = T(f"présente ({iface['name']})", f"present ({iface['name']})") if iface else T(
            f"absente (interfaces : {', '.join(names) or 'aucune'})",
            f"absent (interfaces: {', '.join(names) or 'none'})")
        return Evidence(iface is not None, T(f"interface {p['interface']} présente",
                                             f"interface {p['interface']} present"), found)


@register
class InterfaceUp(InterfaceCheck):
    type = "interface_up"
    description = T("L'interface est activée et son lien est monté (up)",
                    "The interface is enabled and its link is up")
    params = (IFACE,)

    def expected(self, p):
        return T("active (up)", "up")

    def judge(self, iface, p):
        up = bool(known(iface, "up", T(f"état du lien de {iface.get('name')}", f"link state of {iface.get('name')}")))
        return up, T("active (up)", "up") if up else T("inactive (down)", "down")


@register
class LinkSpeed(InterfaceCheck):
    type = "link_speed"
    description = T("Le lien de l'interface est négocié à la vitesse attendue (carte physique)",
                    "The interface's link is negotiated at the expected speed (physical adapter)")
    params = (
        IFACE,
        Param("mbps", "int", T("vitesse attendue en Mb/s (ex. 1000)", "expected speed in Mbit/s (e.g. 1000)"),
              min=1),
        Param("at_least", "bool", T("true : cette vitesse ou plus suffit", "true: this speed or more is enough"),
              required=False, default=False),
    )

    def expected(self, p):
        if p.get("at_least"):
            return T(f"au moins {p['mbps']} Mb/s", f"at least {p['mbps']} Mbit/s")
        return T(f"{p['mbps']} Mb/s", f"{p['mbps']} Mbit/s")

    def judge(self, iface, p):
        if not known(iface, "up", T(f"état du lien de {iface.get('name')}", f"link state of {iface.get('name')}")):
            return False, T("lien inactif (down)", "link down")
        speed = known(iface, "speed_mbps", T(f"vitesse du lien de {iface.get('name')}",
                                             f"link speed of {iface.get('name')}"))
        if speed <= 0:  # psutil says 0 when the driver gives none (states recorded before unknown fields)
            raise probe_error(UNSUPPORTED, f"vitesse du lien de {iface.get('name')} : non donnée par le pilote",
                              f"link speed of {iface.get('name')}: not given by the driver")
        ok = speed >= p["mbps"] if p.get("at_least") else speed == p["mbps"]
        return ok, T(f"{speed} Mb/s", f"{speed} Mbit/s")


DUPLEX = {"full": T("full duplex", "full duplex"), "half": T("half duplex", "half duplex")}


@register
class LinkDuplex(InterfaceCheck):
    type = "link_duplex"
    description = T("Le lien de l'interface est négocié dans le mode duplex attendu",
                    "The interface's link is negotiated in the expected duplex mode")
    params = (
        IFACE,
        Param("duplex", "enum", T("mode attendu : full ou half", "expected mode: full or half"),
              required=False, default="full", choices=("full", "half")),
    )

    def expected(self, p):
        return DUPLEX[p.get("duplex") or "full"]

    def judge(self, iface, p):
        what = T(f"mode duplex de {iface.get('name')}", f"duplex mode of {iface.get('name')}")
        if not known(iface, "up", T(f"état du lien de {iface.get('name')}", f"link state of {iface.get('name')}")):
            return False, T("lien inactif (down)", "link down")
        d = known(iface, "duplex", what)
        if d not in DUPLEX:
            raise unread(what, iface, "duplex")
        return d == (p.get("duplex") or "full"), DUPLEX[d]


@register
class Mtu(InterfaceCheck):
    type = "mtu"
    description = T("L'interface a la MTU attendue (taille maximale des trames)",
                    "The interface has the expected MTU (largest frame size)")
    params = (IFACE, Param("mtu", "int", T("MTU attendue en octets (ex. 1500)", "expected MTU in bytes (e.g. 1500)"),
                           min=68, max=65536))

    def expected(self, p):
        return str(p["mtu"])

    def judge(self, iface, p):
        mtu = known(iface, "mtu", T(f"MTU de {iface.get('name')}", f"MTU of {iface.get('name')}"))
        return mtu == p["mtu"], str(mtu)


@register
class Ipv4Address(CheckType):
    type = "ipv4_address"
    category = "network"
    description = T("L'interface porte l'adresse IPv4 attendue (et le préfixe, s'il est donné)",
                    "The interface holds the expected IPv4 address (and prefix, if given)")
    params = (
        IFACE,
        Param("address", "ipv4", T("adresse IPv4 attendue", "expected IPv4 address")),
        Param("prefix", "int", T("longueur de préfixe attendue (ex. 24)", "expected prefix length (e.g. 24)"),
              required=False, min=0, max=32),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        iface = find_interface(m, p["interface"])
        want = p["address"] + (f"/{p['prefix']}" if p.get("prefix") is not None else "")
        found = addresses_text(iface)
        if iface is None:
            return Evidence(False, want, ABSENT)
        ok = any(a["address"] == p["address"] and (p.get("prefix") is None or a["prefix"] == p["prefix"])
                 for a in _addr_list(iface, "ipv4"))
        return Evidence(ok, want, found)


def _v6_scope(ip: ipaddress.IPv6Address) -> str:
    return "link" if ip.is_link_local else "global"


@register
class Ipv6Address(InterfaceCheck):
    type = "ipv6_address"
    description = T("L'interface porte l'adresse IPv6 attendue, ou au moins une adresse IPv6 de la portée demandée",
                    "The interface holds the expected IPv6 address, or at least one IPv6 address of the given scope")
    params = (
        IFACE,
        Param("address", "ipv6", T("adresse IPv6 attendue", "expected IPv6 address"),
              required=False),
        Param("prefix", "int", T("longueur de préfixe attendue (ex. 64)", "expected prefix length (e.g. 64)"),
              required=False, min=0, max=128),
        Param("scope", "enum", T("portée cherchée sans adresse : global (globale ou locale unique), link "
                                 "(lien local fe80::) ou any",
                                 "scope looked for without an address: global (global or unique local), link "
                                 "(link-local fe80::) or any"),
              required=False, default="global", choices=("global", "link", "any")),
    )
    SCOPES = {"global": T("globale", "global"), "link": T("lien local", "link-local"), "any": T("", "")}

    def expected(self, p):
        prefix = f"/{p['prefix']}" if p.get("prefix") is not None else ""
        if p.get("address"):
            return p["address"] + prefix
        scope = p.get("scope") or "global"
        if scope == "any":
            return T(f"une adresse IPv6{prefix and ' en ' + prefix}", f"an IPv6 address{prefix and ' with ' + prefix}")
        s = self.SCOPES[scope]
        return T(f"une adresse IPv6 {s.fr}{prefix and ' en ' + prefix}",
                 f"a {s.get('en')} IPv6 address{prefix and ' with ' + prefix}")

    def judge(self, iface, p):
        found = addresses_text(iface, "ipv6")
        want = ipaddress.IPv6Address(p["address"]) if p.get("address") else None
        scope = p.get("scope") or "global"
        for a in _addr_list(iface, "ipv6"):
            ip = norm_ip(a.get("address"))
            if ip is None or ":" not in ip:
                continue
            ip6 = ipaddress.IPv6Address(ip)
            if p.get("prefix") is not None and a.get("prefix") != p["prefix"]:
                continue
            if want is not None:
                if ip6 == want:  # with an address, the scope is the address's own
                    return True, found
            elif scope == "any" or _v6_scope(ip6) == scope:
                return True, found
        return False, found


@register
class Ipv4InSubnet(InterfaceCheck):
    type = "ipv4_in_subnet"
    description = T("L'interface a une adresse IPv4 dans le réseau attendu",
                    "The interface has an IPv4 address inside the expected network")
    params = (IFACE, Param("subnet", "cidr", T("réseau attendu (ex. 192.168.10.0/24)",
                                               "expected network (e.g. 192.168.10.0/24)")))

    def expected(self, p):
        return T(f"une adresse dans {p['subnet']}", f"an address in {p['subnet']}")

    def judge(self, iface, p):
        net = ipaddress.ip_network(p["subnet"], strict=False)
        ok = any(ip.version == net.version and ip in net for ip in _ips(iface, "ipv4"))
        return ok, addresses_text(iface)


@register
class NotApipa(InterfaceCheck):
    type = "not_apipa"
    description = T("L'interface a une adresse IPv4 et aucune adresse APIPA (169.254.x.x : DHCP injoignable)",
                    "The interface has an IPv4 address and no APIPA one (169.254.x.x: DHCP unreachable)")
    params = (IFACE,)

    def expected(self, p):
        return T("une adresse IPv4 hors APIPA (169.254.0.0/16)", "an IPv4 address outside APIPA (169.254.0.0/16)")

    def judge(self, iface, p):
        ips = [ip for ip in _ips(iface, "ipv4") if ip.version == 4]
        apipa = [ip for ip in ips if ip in APIPA]
        found = addresses_text(iface)
        if apipa:
            found = Text(f"{found} (APIPA)", f"{found} (APIPA)")
        return bool(ips) and not apipa, found


@register
class MacAddress(InterfaceCheck):
    type = "mac_address"
    description = T("L'interface a l'adresse physique (MAC) attendue",
                    "The interface has the expected physical (MAC) address")
    params = (IFACE, Param("mac", "mac", T("adresse MAC attendue (00:1a:2b:3c:4d:5e ou 00-1A-2B-3C-4D-5E)",
                                           "expected MAC address (00:1a:2b:3c:4d:5e or 00-1A-2B-3C-4D-5E)")))

    def expected(self, p):
        return normalize_mac(p["mac"])

    def judge(self, iface, p):
        raw = known_or_none(iface, "mac", T(f"adresse MAC de {iface.get('name')}", f"MAC address of {iface.get('name')}"))
        try:
            mac = normalize_mac(raw)
        except ValueError:
            return False, str(raw) if raw else NONE_F
        return mac == normalize_mac(p["mac"]), mac


def _via(gw: str | None, iface: str | None, table: str | None = None, metric=None) -> Text:
    """`192.168.10.254 par eth0 (table 51820, métrique 100)` in words."""
    extra_fr, extra_en = [], []
    if table and table not in ("main", "254"):
        extra_fr.append(f"table {table}")
        extra_en.append(f"table {table}")
    if metric:
        extra_fr.append(f"métrique {metric}")
        extra_en.append(f"metric {metric}")
    tail_fr = f" ({', '.join(extra_fr)})" if extra_fr else ""
    tail_en = f" ({', '.join(extra_en)})" if extra_en else ""
    if gw and iface:
        return T(f"{gw} par {iface}{tail_fr}", f"{gw} via {iface}{tail_en}")
    if gw:
        return T(f"{gw}{tail_fr}", f"{gw}{tail_en}")
    if iface:
        return T(f"sur le lien {iface}{tail_fr}", f"on link {iface}{tail_en}")
    return T("aucune", "none")


def _hops(decision: dict) -> list[tuple[str | None, str | None]]:
    """The next hops of a routing decision: several for a multipath route, else the one chosen."""
    hops = [(h.get("gateway"), h.get("interface")) for h in decision.get("nexthops") or []]
    return hops or [(decision.get("gateway"), decision.get("interface"))]


def decision_text(decision: dict) -> Text:
    """What the system decided for one destination, in words."""
    if decision.get("error"):
        return T(f"aucune route ({decision['error']})", f"no route ({decision['error']})")
    hops = _hops(decision)
    if len(hops) > 1:
        listed = [_via(g, i) for g, i in hops]
        return T("réparti entre " + ", ".join(x.fr for x in listed), "shared between "
                 + ", ".join(x.get("en") for x in listed))
    g, i = hops[0]
    if g is None and not _on_link(decision):  # a default route straight into a tunnel (wg0, tun0)
        table = decision.get("table")
        tail_fr = f", table {table}" if table and table not in ("main", "254") else ""
        tail_en = f", table {table}" if table and table not in ("main", "254") else ""
        return T(f"par {i} (route par défaut sans passerelle{tail_fr})",
                 f"via {i} (default route without a gateway{tail_en})")
    return _via(g, i, decision.get("table"))


def _on_link(decision: dict) -> bool:
    """The destination is reached directly on a connected network: no gateway, and the route that
    matched is not a default route (a tunnel's `default dev wg0` has no gateway either)."""
    if decision.get("error") or any(g for g, _ in _hops(decision)):
        return False
    return decision.get("route") not in ("0.0.0.0/0", "::/0")


@register
class DefaultGateway(CheckType):
    type = "default_gateway"
    category = "network"
    parts = {"network": ("routes",)}  # the routes and the system's own decision, not netifaces' guess
    description = T("Le trafic vers l'extérieur part par la passerelle attendue (décision de routage du système, "
                    "tables et règles comprises ; par l'interface, si elle est donnée)",
                    "Traffic to the outside leaves through the expected gateway (the system's routing decision, "
                    "tables and rules included; through the interface, if given)")
    params = (
        Param("address", "ipv4", T("adresse de la passerelle attendue", "expected gateway address")),
        Param("interface", "str", T("interface par laquelle elle passe",
                                    "interface it goes through"), required=False),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        net = m.section("network")
        gws = [g for g in known_list(net, "gateways", T("passerelles", "gateways"))
               if known(g, "default", T("passerelle par défaut", "default gateway")) and g.get("family") == "ipv4"]
        want_if = (p.get("interface") or "").lower()
        if p.get("interface"):
            expected: Shown = T(f"{p['address']} par {p['interface']}", f"{p['address']} via {p['interface']}")
        else:
            expected = p["address"]
        listed = join([_via(g.get("address"), g.get("interface"), g.get("table"), g.get("metric")) for g in gws])
        decision = (net.get("effective") or {}).get("ipv4")
        if decision:  # the kernel's (or Windows') own answer for a destination outside
            hops = _hops(decision)
            ok = not decision.get("error") and len(hops) == 1 and norm_ip(hops[0][0]) == p["address"] and (
                not want_if or str(hops[0][1] or "").lower() == want_if)
            eff = decision_text(decision)
            if not gws:
                found: Shown = T(f"trafic vers l'extérieur : {eff.fr} ; aucune passerelle par défaut",
                                 f"traffic to the outside: {eff.get('en')}; no default gateway")
            else:
                found = T(f"trafic vers l'extérieur : {eff.fr} ; passerelles par défaut : {_text(listed, 'fr')}",
                          f"traffic to the outside: {eff.get('en')}; default gateways: {_text(listed, 'en')}")
            return Evidence(ok, expected, found)
        # A state recorded before routing decisions were read: the default gateways only.
        ok = any(norm_ip(g.get("address")) == p["address"]
                 and (not want_if or str(g.get("interface") or "").lower() == want_if) for g in gws)
        if not gws:
            return Evidence(False, expected, T("aucune passerelle par défaut", "no default gateway"))
        return Evidence(ok, expected, listed)


def _text(shown: Shown, lang: str) -> str:
    if isinstance(shown, Text):
        return shown.get(lang) if lang != "fr" else shown.fr
    return str(shown)


@register
class RouteTo(CheckType):
    type = "route_to"
    category = "network"
    live = True
    description = T("Le trafic vers cette adresse passe par la passerelle ou l'interface attendue, ou reste sur le "
                    "réseau local (décision de routage du système, tables et règles comprises)",
                    "Traffic to this address goes through the expected gateway or interface, or stays on the "
                    "local network (the system's routing decision, tables and rules included)")
    params = (
        Param("destination", "ip", T("adresse de destination (ex. 192.168.10.20)",
                                     "destination address (e.g. 192.168.10.20)")),
        Param("gateway", "ip", T("passerelle attendue pour cette destination", "expected gateway for it"),
              required=False),
        Param("interface", "str", T("interface de sortie attendue", "expected outgoing interface"), required=False),
        Param("local", "bool", T("true : la destination est jointe directement sur le lien (sans passerelle) ; "
                                 "false : elle passe par une passerelle",
                                 "true: the destination is reached on the link itself (no gateway); "
                                 "false: it goes through a gateway"), required=False),
    )
    requires_one_of = ("gateway", "interface", "local")

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        d = m.route(p["destination"])
        parts_fr, parts_en = [], []
        if p.get("local") is True:
            parts_fr.append("directement sur le lien")
            parts_en.append("on the link itself")
        elif p.get("local") is False:
            parts_fr.append("par une passerelle")
            parts_en.append("through a gateway")
        if p.get("gateway"):
            parts_fr.append(f"par {p['gateway']}")
            parts_en.append(f"via {p['gateway']}")
        if p.get("interface"):
            parts_fr.append(f"sortie {p['interface']}")
            parts_en.append(f"out of {p['interface']}")
        expected = T(f"{p['destination']} : " + ", ".join(parts_fr), f"{p['destination']}: " + ", ".join(parts_en))
        eff = decision_text(d)
        src = d.get("source")
        found = T(f"{p['destination']} : {eff.fr}" + (f" (source {src})" if src else ""),
                  f"{p['destination']}: {eff.get('en')}" + (f" (source {src})" if src else ""))
        if d.get("error"):
            return Evidence(False, expected, found)
        what = T("décision de routage", "routing decision")
        known_or_none(d, "gateway", what)  # no gateway is a reading: on the link itself
        if d.get("gateway") is None and not d.get("nexthops"):
            known(d, "interface", what)  # ...only if the system said which link
        hops = _hops(d)
        ok = True
        if p.get("local") is not None:
            ok &= _on_link(d) == bool(p["local"])
        if p.get("gateway"):
            ok &= all(norm_ip(g) == norm_ip(p["gateway"]) for g, _ in hops)
        if p.get("interface"):
            ok &= all(str(i or "").lower() == p["interface"].lower() for _, i in hops)
        return Evidence(ok, expected, found)


#: Who the servers were read from, in words (docs/machine-state.md, `dns.source`).
DNS_SOURCES = {"registry": T("cartes réseau", "network adapters"), "none": T("aucune source", "no source")}


def _source_words(source: str) -> tuple[str, str]:
    t = DNS_SOURCES.get(source)
    return (t.fr, t.get("en")) if t else (source, source)


@register
class DnsServers(CheckType):
    type = "dns_servers"
    category = "network"
    description = T("Les serveurs DNS du poste (ou de l'interface donnée) sont ceux attendus",
                    "The machine's DNS servers (or the given interface's) are the expected ones")
    params = (
        Param("servers", "ip", T("serveur(s) DNS attendu(s)", "expected DNS server(s)"), many=True),
        Param("mode", "enum", T("exact : exactement ceux-ci, dans cet ordre ; contains : ceux-ci parmi d'autres ; "
                                "first : ceux-ci en premier (DNS préféré)",
                                "exact: exactly these, in this order; contains: these among others; "
                                "first: these first (preferred DNS)"),
              required=False, default="contains", choices=("exact", "contains", "first")),
        Param("interface", "str", T("interface dont on lit les serveurs (ex. {lab.interface}) ; sinon ceux que le "
                                    "poste interroge, toutes interfaces connectées",
                                    "interface whose servers are read (e.g. {lab.interface}); else those the "
                                    "machine asks, every connected interface"), required=False),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        d = m.section("dns")
        source = d.get("source") or ""
        where_fr, where_en = _source_words(source)
        raw = d.get("servers")
        if p.get("interface"):
            per = d.get("interfaces")
            if per is None:
                if source == "registry":  # Windows keeps servers per adapter: not having them is not a reading
                    raise ProbeError("failed", "serveurs DNS par carte non lus / DNS servers per adapter not read")
                # resolv.conf alone: one list for the whole machine, which is this interface's too
                where_fr, where_en = f"{where_fr}, liste du poste", f"{where_en}, the machine's list"
            else:
                hit = next((v for k, v in per.items() if k.lower() == p["interface"].lower()), None)
                raw = (hit or {}).get("servers") or []
                where_fr, where_en = f"{where_fr}, {p['interface']}", f"{where_en}, {p['interface']}"
        if raw is None:
            via = d.get("via") or "?"
            raise ProbeError("failed", f"serveurs DNS derrière {via} illisibles / servers behind {via} unreadable")
        have = [ip for ip in (norm_ip(s) for s in raw) if ip]
        want = [norm_ip(s) or s for s in p["servers"]]
        mode = p.get("mode") or "contains"
        listed = ", ".join(want)
        if mode == "exact":
            ok = have == want
            expected: Shown = T(f"{listed} (exactement, dans cet ordre)", f"{listed} (exactly, in this order)")
        elif mode == "first":
            ok = have[: len(want)] == want
            expected = T(f"{listed} en premier", f"{listed} first")
        else:
            ok = all(w in have for w in want)
            expected = T(f"{listed} parmi les serveurs", f"{listed} among the servers")
        tail_fr = f" ({where_fr})" if where_fr else ""
        tail_en = f" ({where_en})" if where_en else ""
        found: Shown = T(", ".join(have) + tail_fr, ", ".join(have) + tail_en) if have else T(
            "aucun serveur DNS" + tail_fr, "no DNS server" + tail_en)
        return Evidence(ok, expected, found)


RESOLVER_ERRORS = {
    "nxdomain": T("nom inconnu (NXDOMAIN)", "unknown name (NXDOMAIN)"),
    "noanswer": T("aucune réponse de ce type", "no answer of this type"),
    "timeout": T("pas de réponse du serveur DNS (délai dépassé)", "no answer from the DNS server (timed out)"),
    "refused": T("requête refusée par le serveur DNS", "query refused by the DNS server"),
    "failed": T("échec de la résolution", "resolution failed"),
}


@register
class NameResolves(CheckType):
    type = "name_resolves"
    category = "network"
    live = True
    description = T("Le nom se résout (en les adresses attendues, si elles sont données)",
                    "The name resolves (to the expected addresses, if given)")
    params = (
        Param("name", "str", T("nom à résoudre (ex. intranet.lab.local)", "name to resolve (e.g. intranet.lab.local)")),
        Param("addresses", "ip", T("adresse(s) permises : chaque réponse doit en faire partie",
                                   "allowed address(es): every answer must be one of them"),
              required=False, many=True),
        Param("server", "ip", T("serveur DNS à interroger (sinon celui du poste)",
                                "DNS server to ask (else the machine's own)"), required=False),
        Param("rdtype", "enum", T("type d'enregistrement : A (IPv4) ou AAAA (IPv6)",
                                  "record type: A (IPv4) or AAAA (IPv6)"),
              required=False, default="A", choices=("A", "AAAA")),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        rdtype = p.get("rdtype") or "A"
        r = m.resolve(p["name"], rdtype, p.get("server"), p.get("timeout", ctx.default_timeout))
        via_fr = f" (serveur {p['server']})" if p.get("server") else ""
        via_en = f" (server {p['server']})" if p.get("server") else ""
        want = [norm_ip(a) or a for a in p.get("addresses") or []]
        if want:
            expected: Shown = T(f"{p['name']} → {', '.join(want)}{via_fr}", f"{p['name']} → {', '.join(want)}{via_en}")
        else:
            expected = T(f"{p['name']} résolu{via_fr}", f"{p['name']} resolves{via_en}")
        err = r.get("error")
        if err:
            kind = err.get("kind", "failed") if isinstance(err, dict) else "failed"
            msg = err.get("message", "") if isinstance(err, dict) else str(err)
            base = RESOLVER_ERRORS.get(kind, RESOLVER_ERRORS["failed"])
            show_msg = msg and kind not in RESOLVER_ERRORS or kind == "failed"
            fr, en = (f" : {msg}", f": {msg}") if msg and show_msg else ("", "")
            return Evidence(False, expected, Text(base.fr + fr, base.get("en") + en))
        got = [norm_ip(a) or str(a) for a in known(r, "addresses", T(f"réponse pour {p['name']}",
                                                                     f"answer for {p['name']}"))]
        if not got:
            return Evidence(False, expected, T("aucune adresse", "no address"))
        ok = not want or set(got) <= set(want)
        return Evidence(ok, expected, ", ".join(got))


TCP_ERRORS = {  # first match wins: a name not resolved in time is about the name, not the host
    "name not resolved (timed out)": T("nom non résolu dans le délai (serveur DNS muet ?)",
                                       "name not resolved in time (DNS server silent?)"),
    "name not resolved": T("nom non résolu", "name not resolved"),
    "connection refused": T("connexion refusée", "connection refused"),
    "timed out": T("délai dépassé", "timed out"),
    "host unreachable": T("hôte injoignable", "host unreachable"),
    "network unreachable": T("réseau injoignable", "network unreachable"),
    "no route to host": T("aucune route vers l'hôte", "no route to host"),
}


@register
class TcpReachable(CheckType):
    type = "tcp_reachable"
    category = "network"
    live = True
    description = T("Une connexion TCP vers l'hôte et le port aboutit (service joignable)",
                    "A TCP connection to the host and port succeeds (service reachable)")
    params = (
        Param("host", "str", T("hôte : nom ou adresse (ex. 192.168.10.20)", "host: name or address (e.g. 192.168.10.20)")),
        Param("port", "port", T("port TCP (ex. 445)", "TCP port (e.g. 445)")),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        r = m.tcp_connect(p["host"], p["port"], p.get("timeout", ctx.default_timeout))
        expected = T(f"{p['host']}:{p['port']} joignable", f"{p['host']}:{p['port']} reachable")
        if known(r, "ok", T(f"connexion à {p['host']}:{p['port']}", f"connection to {p['host']}:{p['port']}")):
            return Evidence(True, expected, T("connexion établie", "connected"))
        err = str(r.get("error") or "")
        reason = next((t for key, t in TCP_ERRORS.items() if key in err.lower()),
                      Text(err or "échec", err or "failed"))
        return Evidence(False, expected, T(f"injoignable : {reason.fr}", f"unreachable: {reason.get('en')}"))


@register
class PortListening(CheckType):
    type = "port_listening"
    category = "network"
    description = T("Un service écoute sur ce port du poste", "A service listens on this port of the machine")
    params = (
        Param("port", "port", T("port attendu en écoute (ex. 3389)", "port expected to listen (e.g. 3389)")),
        Param("proto", "enum", T("protocole : tcp ou udp (IPv4 et IPv6)", "protocol: tcp or udp (IPv4 and IPv6)"),
              required=False, default="tcp", choices=("tcp", "udp")),
        Param("process", "str", T("programme attendu à l'écoute (ex. sshd, svchost.exe ; .exe facultatif)",
                                  "program expected to listen (e.g. sshd, svchost.exe; .exe optional)"),
              required=False),
    )

    @classmethod
    def needs(cls, p: dict) -> dict[str, tuple[str, ...]]:
        # Which process owns a socket is costly to read (Linux: every process's open files): only when asked.
        return {"sockets": ("owners",)} if p.get("process") else {}

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        proto = p.get("proto") or "tcp"
        section = m.section("sockets", ("owners",)) if p.get("process") else m.section("sockets")
        hits = [s for s in known_list(section, "listening", T("ports en écoute", "listening ports"))
                if str(s.get("proto", "")).startswith(proto) and s.get("port") == p["port"]]
        expected = T(f"port {p['port']}/{proto} en écoute", f"port {p['port']}/{proto} listening")
        if p.get("process"):
            expected = T(f"{expected.fr} par {p['process']}", f"{expected.get('en')} by {p['process']}")
        if not hits:
            none_unread(section["listening"], "port", T("port d'un socket", "a socket's port"))
            return Evidence(False, expected, T("aucun service en écoute sur ce port", "nothing listens on this port"))
        if p.get("process"):
            if "owners" not in (section.get("parts") or ()) and "parts" in section:  # a state recorded without
                raise probe_error(NOT_RECORDED, "programmes à l'écoute", "listening programs")
            want = base_name(p["process"])
            if not any(base_name(s.get("process")) == want for s in hits):
                blind = [s for s in hits if not s.get("process")]
                if blind:  # a socket whose owner could not be seen (another user's process, without rights)
                    b = blind[0]
                    raise probe_error(DENIED, f"programme à l'écoute sur {b.get('address')}:{b.get('port')}",
                                      f"program listening on {b.get('address')}:{b.get('port')}")
                listing = ", ".join(dict.fromkeys(f"{s.get('address')}:{s.get('port')} ({s.get('process')})"
                                                  for s in hits))
                return Evidence(False, expected, T(f"en écoute sur {listing}", f"listening on {listing}"))
        parts = []
        for s in hits:
            who = f" ({s['process']})" if s.get("process") else ""
            parts.append(f"{s.get('address')}:{s.get('port')}{who}")
        listing = ", ".join(dict.fromkeys(parts))
        return Evidence(True, expected, T(f"en écoute sur {listing}", f"listening on {listing}"))


@register
class HostsEntry(CheckType):
    type = "hosts_entry"
    category = "network"
    description = T("Le fichier hosts a une entrée pour ce nom (vers cette adresse, si elle est donnée)",
                    "The hosts file has an entry for this name (to this address, if given)")
    params = (
        Param("name", "str", T("nom cherché (sans tenir compte de la casse)", "name looked for (case-insensitive)")),
        Param("address", "ip", T("adresse attendue pour ce nom", "expected address for the name"),
              required=False),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        name = p["name"].lower().rstrip(".")
        entries = [e for e in known_list(m.section("hosts"), "entries", T("entrées du fichier hosts", "hosts file entries"))
                   if name in (str(n).lower().rstrip(".") for n in e.get("names") or [])]
        if p.get("address"):
            expected: Shown = T(f"une entrée {p['address']} {p['name']}", f"an entry {p['address']} {p['name']}")
            ok = any(norm_ip(e.get("address")) == p["address"] for e in entries)
        else:
            expected = T(f"une entrée pour {p['name']}", f"an entry for {p['name']}")
            ok = bool(entries)
        if not entries:
            none_unread(m.section("hosts")["entries"], "names", T("noms d'une entrée hosts", "a hosts entry's names"))
            return Evidence(ok, expected, T(f"aucune entrée pour {p['name']}", f"no entry for {p['name']}"))
        found = ", ".join(f"{e.get('address')} {' '.join(e.get('names') or [])}"
                          + (f" (ligne {e['line']})" if e.get("line") else "") for e in entries)
        found_en = ", ".join(f"{e.get('address')} {' '.join(e.get('names') or [])}"
                             + (f" (line {e['line']})" if e.get("line") else "") for e in entries)
        return Evidence(ok, expected, Text(found, found_en))


def _server(s) -> str:
    """`http://10.10.10.66:3128/` -> `10.10.10.66:3128` (scheme and trailing slash ignored)."""
    s = str(s or "").strip().lower()
    if "://" in s:
        s = s.split("://", 1)[1]
    return s.rstrip("/")


#: Where a proxy was read, in words (docs/machine-state.md, `proxy.sources[].source`).
PROXY_SOURCES = {
    "registry": T("paramètres Internet de l'utilisateur, WinINET", "user's Internet settings, WinINET"),
    "winhttp": T("WinHTTP, services Windows", "WinHTTP, Windows services"),
    "env": T("variables d'environnement", "environment variables"),
    "environment": T("environnement du système", "system environment"),
    "gsettings": T("GNOME", "GNOME"),
    "NetworkManager": T("NetworkManager", "NetworkManager"),
    "apt": T("apt, téléchargements de paquets", "apt, package downloads"),
    "none": T("aucun réglage", "no setting"),
}
PROXY_SOURCE_CHOICES = ("any", "registry", "winhttp", "env", "environment", "gsettings", "networkmanager", "apt")


def _proxy_sources(px: dict) -> list[dict]:
    """The places read; a state recorded before they were read has one place, its `source`."""
    if isinstance(px.get("sources"), list):
        return px["sources"]
    servers = {k: px.get(k) for k in ("http", "https") if px.get(k)}
    return [{"source": px.get("source") or "none", "scope": "user", "enabled": px.get("enabled"),
             "unknown": px.get("unknown") or {},
             "servers": servers, "pac": px.get("pac"), "no_proxy": px.get("no_proxy") or []}]


def _source_text(src: dict) -> Text:
    name = PROXY_SOURCES.get(src.get("source"), T(str(src.get("source")), str(src.get("source"))))
    servers = {k: _server(v) for k, v in (src.get("servers") or {}).items() if v}
    parts = []
    if servers:
        if len(set(servers.values())) == 1 and "socks" not in servers:
            parts.append(next(iter(servers.values())))
        else:
            parts += [f"{k}={v}" for k, v in servers.items()]
    if src.get("pac"):
        parts.append(f"PAC {src['pac']}")
    listed = ", ".join(parts)
    return T(f"{listed} ({name.fr})", f"{listed} ({name.get('en')})")


@register
class Proxy(CheckType):
    type = "proxy"
    category = "network"
    description = T("Le proxy du poste est activé (vers ce serveur) ou désactivé, comme attendu ; tous les endroits "
                    "où un proxy se règle sont lus (serveur par protocole, SOCKS, script PAC)",
                    "The machine's proxy is enabled (to this server) or disabled, as expected; every place a proxy "
                    "is set is read (server per protocol, SOCKS, PAC script)")
    params = (
        Param("enabled", "bool", T("true : un proxy doit être réglé ; false : aucun proxy",
                                   "true: a proxy must be set; false: no proxy")),
        Param("server", "str", T("serveur proxy attendu, hôte:port (ex. 10.10.10.1:3128)",
                                 "expected proxy server, host:port (e.g. 10.10.10.1:3128)"), required=False),
        Param("source", "enum", T("où regarder : any (tout ce qui s'applique aux programmes de l'utilisateur : "
                                  "registry, winhttp, env, environment, gsettings, networkmanager) ou un seul de "
                                  "ces endroits, ou apt",
                                  "where to look: any (everything the user's programs follow: registry, winhttp, "
                                  "env, environment, gsettings, networkmanager) or one of them, or apt"),
              required=False, default="any", choices=PROXY_SOURCE_CHOICES),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        px = m.section("proxy")
        where = (p.get("source") or "any").lower()
        considered = [x for x in _proxy_sources(px)
                      if (x.get("scope") != "apt" if where == "any" else str(x.get("source")).lower() == where)]
        for x in considered:  # a place whose setting could not be read is no "proxy disabled"
            known(x, "enabled", T("réglage du proxy", "proxy setting"))
        on = [x for x in considered if x.get("enabled")]
        hosts = [_server(v) for x in on for v in (x.get("servers") or {}).values() if v]
        if on:
            listed = [_source_text(x) for x in on]
            found: Shown = T("proxy activé : " + " ; ".join(t.fr for t in listed),
                             "proxy enabled: " + "; ".join(t.get("en") for t in listed))
        else:
            names = [PROXY_SOURCES.get(x.get("source"), T(str(x.get("source")), str(x.get("source"))))
                     for x in considered]
            read_fr = ", ".join(n.fr for n in names) or "aucun endroit lu"
            read_en = ", ".join(n.get("en") for n in names) or "nothing read"
            found = T(f"proxy désactivé (lu : {read_fr})", f"proxy disabled (read: {read_en})")
        if not p["enabled"]:
            return Evidence(not on, T("proxy désactivé", "proxy disabled"), found)
        if p.get("server"):
            want = _server(p["server"])
            return Evidence(bool(on) and want in hosts, T(f"proxy activé ({want})", f"proxy enabled ({want})"), found)
        return Evidence(bool(on), T("proxy activé", "proxy enabled"), found)


@register
class Hostname(CheckType):
    type = "hostname"
    category = "network"
    description = T("Le nom du poste est celui attendu (sans tenir compte de la casse)",
                    "The machine's name is the expected one (case-insensitive)")
    params = (Param("name", "str", T("nom attendu (ex. PC-ATL-07)", "expected name (e.g. PC-ATL-07)")),)

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        host = m.section("system").get("hostname")
        if host is None:
            raise ProbeError("failed", "hostname")
        return Evidence(host.split(".")[0].lower() == p["name"].split(".")[0].lower(), p["name"], host)
