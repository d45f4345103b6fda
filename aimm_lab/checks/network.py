"""Network check types (interfaces, addresses, routes, names, reachability)."""

from __future__ import annotations

from ..i18n import T
from ..machine.base import Machine, ProbeError
from .base import CheckType, Context, Evidence, Param, register

IFACE = Param("interface", "str", T("nom de l'interface (ex. Ethernet, enp3s0)",
                                    "interface name (e.g. Ethernet, enp3s0)"))

ABSENT = T("interface absente", "interface absent")


def find_interface(m: Machine, name: str) -> dict | None:
    """The interface of the network section by name (case-insensitive), or None."""
    for iface in m.section("network").get("interfaces", []):
        if iface.get("name", "").lower() == name.lower():
            return iface
    return None


def addresses_text(iface: dict | None, family: str = "ipv4") -> str:
    if iface is None:
        return ABSENT.fr
    addrs = iface.get(family) or []
    if not addrs:
        return "aucune" if family == "ipv4" else "none"
    return ", ".join(f"{a['address']}/{a['prefix']}" for a in addrs)


@register
class InterfacePresent(CheckType):
    type = "interface_present"
    category = "network"
    description = T("L'interface réseau existe sur le poste", "The network interface exists on the machine")
    params = (IFACE,)

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        iface = find_interface(m, p["interface"])
        names = [i.get("name") for i in m.section("network").get("interfaces", [])]
        found = T(f"présente ({iface['name']})", f"present ({iface['name']})") if iface else T(
            f"absente (interfaces : {', '.join(names) or 'aucune'})",
            f"absent (interfaces: {', '.join(names) or 'none'})")
        return Evidence(iface is not None, T(f"interface {p['interface']} présente",
                                             f"interface {p['interface']} present"), found)


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
                 for a in iface.get("ipv4") or [])
        return Evidence(ok, want, found)


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
