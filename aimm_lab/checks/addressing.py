"""How an interface gets its address: DHCP or typed by hand (the `dhcp` section, machine/dhcp.py)."""

from __future__ import annotations

from ..i18n import T
from ..machine.base import Machine
from .base import CheckType, Context, Evidence, register
from .common import known, known_list, none_unread
from .network import ABSENT, IFACE


@register
class DhcpEnabled(CheckType):
    type = "dhcp_enabled"
    category = "network"
    description = T("L'interface reçoit son adresse IPv4 par DHCP (pas une adresse tapée à la main)",
                    "The interface gets its IPv4 address from DHCP (not an address typed by hand)")
    params = (IFACE,)

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        items = known_list(m.section("dhcp"), "interfaces", T("interfaces et leur adressage",
                                                              "interfaces and their addressing"))
        name = str(p["interface"]).lower()
        item = next((i for i in items if str(i.get("name") or "").lower() == name), None)
        expected = T("DHCP activé", "DHCP enabled")
        if item is None:
            none_unread(items, "name", T("nom d'une interface", "an interface's name"))
            return Evidence(False, expected, ABSENT)
        dhcp = known(item, "dhcp", T(f"adressage de {p['interface']}", f"addressing of {p['interface']}"))
        source = item.get("source")
        via = T(f" ({source})", f" ({source})") if source else T("", "")
        if dhcp:
            return Evidence(True, expected, T(f"DHCP activé{via.fr}", f"DHCP enabled{via.get('en')}"))
        return Evidence(False, expected, T(f"adresse fixe, DHCP désactivé{via.fr}",
                                           f"static address, DHCP disabled{via.get('en')}"))
