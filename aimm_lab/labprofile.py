"""The lab profile: what a scenario's variables mean on this seat.

Values are detected from the machine by default (graded interface = the one
holding the default route, its subnet, the gateway, the DNS servers, the seat
number from the host name's trailing digits, the proxy). A trainer can set any
of them; set values win over detected ones and are kept in a JSON file.
"""

from __future__ import annotations

import ipaddress
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import AimmError
from .i18n import T, Text
from .machine.base import Machine, ProbeError
from .paths import lab_profile_path
from .suggest import did_you_mean


@dataclass(frozen=True)
class Key:
    name: str
    kind: str  # str, int, ipv4, cidr, list, map
    doc: Text
    what: Text = Text("", "")  # what it is, as a sentence names it: "le domaine du labo"


KEYS: dict[str, Key] = {k.name: k for k in [
    Key("interface", "str", T("interface réseau évaluée (ex. Ethernet, enp3s0)",
                             "graded network interface (e.g. Ethernet, enp3s0)"),
        T("la carte réseau évaluée", "the graded network adapter")),
    Key("seat", "int", T("numéro du poste dans la salle (1, 2, …)", "seat number in the room (1, 2, ...)"),
        T("le numéro de ce poste", "this seat's number")),
    Key("subnet", "cidr", T("réseau du labo (ex. 192.168.10.0/24)", "lab network (e.g. 192.168.10.0/24)"),
        T("le réseau du labo", "the lab's network")),
    Key("gateway", "ipv4", T("passerelle par défaut du labo", "lab default gateway"),
        T("la passerelle du labo", "the lab's gateway")),
    Key("dns", "list", T("serveurs DNS du labo, séparés par des virgules", "lab DNS servers, comma-separated"),
        T("les serveurs DNS du labo", "the lab's DNS servers")),
    Key("domain", "str", T("suffixe DNS du labo (ex. lab.local)", "lab DNS suffix (e.g. lab.local)"),
        T("le domaine du labo", "the lab's domain")),
    Key("server", "ipv4", T("adresse du serveur du labo (fichiers, intranet)",
                           "address of the lab server (files, intranet)"),
        T("l'adresse du serveur du labo", "the lab server's address")),
    Key("ntp", "str", T("serveur de temps du labo", "lab time server"),
        T("le serveur de temps du labo", "the lab's time server")),
    Key("proxy", "str", T("proxy du labo (hôte:port), vide s'il n'y en a pas",
                         "lab proxy (host:port), empty if none"),
        T("le proxy du labo", "the lab's proxy")),
    Key("servers", "map", T("autres serveurs du labo, nom=adresse (ex. nas=192.168.10.20)",
                           "other lab servers, name=address (e.g. nas=192.168.10.20)"),
        T("les autres serveurs du labo", "the lab's other servers")),
]}


class ProfileError(AimmError):
    pass


def convert(key: str, value):
    k = KEYS.get(key)
    if k is None:
        hint = did_you_mean(key, KEYS)
        raise ProfileError(T(f"clé de profil inconnue {key!r}{hint.fr}", f"unknown profile key {key!r}{hint.en}"))
    try:
        if value in (None, ""):
            return None
        if k.kind == "int":
            return int(value)
        if k.kind == "ipv4":
            return str(ipaddress.IPv4Address(str(value).strip()))
        if k.kind == "cidr":
            return str(ipaddress.ip_network(str(value).strip(), strict=False))
        if k.kind == "list":
            items = value if isinstance(value, list) else str(value).replace(";", ",").split(",")
            return [str(ipaddress.ip_address(str(v).strip())) for v in items if str(v).strip()]
        if k.kind == "map":
            if isinstance(value, dict):
                pairs = value.items()
            else:
                pairs = (p.split("=", 1) for p in str(value).replace(";", ",").split(",") if p.strip())
            return {str(n).strip(): str(ipaddress.ip_address(str(a).strip())) for n, a in pairs}
        return str(value).strip()
    except (ValueError, TypeError):
        raise ProfileError(T(f"valeur invalide pour {key} : {value!r} ({k.doc.fr})",
                             f"invalid value for {key}: {value!r} ({k.doc.en})")) from None


@dataclass
class LabProfile:
    values: dict = field(default_factory=dict)  # set by the trainer
    detected: dict = field(default_factory=dict)  # read from the machine

    def get(self, key: str):
        if self.values.get(key) not in (None, "", [], {}):
            return self.values[key]
        return self.detected.get(key)

    def merged(self) -> dict:
        return {k: self.get(k) for k in KEYS}

    def source(self, key: str) -> str:
        if self.values.get(key) not in (None, "", [], {}):
            return "set"
        return "detected" if self.detected.get(key) not in (None, "", [], {}) else "unset"

    def variables(self) -> dict:
        """The names scenarios can use: lab.<key>, lab.prefix, lab.netmask, lab.dns1, lab.servers.<n>,
        seat; and lab.subnet_prefix (the first whole octets of the network: only a /24 gives three,
        kept for older scenarios; addresses are written `{lab.subnet + seat + N}`)."""
        m = self.merged()
        out = {f"lab.{k}": v for k, v in m.items() if k != "servers"}
        subnet = m.get("subnet")
        if subnet:
            net = ipaddress.ip_network(subnet, strict=False)
            octets = str(net.network_address).split(".")
            keep = max(1, min(3, net.prefixlen // 8))
            out["lab.subnet_prefix"] = ".".join(octets[:keep])
            out["lab.prefix"] = net.prefixlen
            out["lab.netmask"] = str(net.netmask)
        else:
            out["lab.subnet_prefix"] = None
            out["lab.prefix"] = None
            out["lab.netmask"] = None
        dns = m.get("dns") or []
        out["lab.dns1"] = dns[0] if dns else None
        for name, addr in (m.get("servers") or {}).items():
            out[f"lab.servers.{name}"] = addr
        out["seat"] = m.get("seat")
        return out

    def set(self, key: str, value) -> None:
        self.values[key] = convert(key, value)

    def to_json(self) -> dict:
        return {k: v for k, v in self.values.items() if v not in (None, "", [], {})}

    @classmethod
    def load(cls, path: Path | None = None, machine: Machine | None = None) -> LabProfile:
        path = Path(path) if path else lab_profile_path()
        values = {}
        if path.exists():
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
                if not isinstance(raw, dict):
                    raise ValueError("not an object")
            except (OSError, ValueError) as e:
                raise ProfileError(T(f"{path} : profil du labo illisible ({e})",
                                     f"{path}: unreadable lab profile ({e})")) from None
            for k, v in raw.items():
                values[k] = convert(k, v)
        return cls(values, detect(machine) if machine is not None else {})

    def save(self, path: Path | None = None) -> Path:
        path = Path(path) if path else lab_profile_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.to_json(), indent=2, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
        return path


# Names scenarios may use without defining them.
KNOWN_NAMES = {f"lab.{k}" for k in KEYS if k != "servers"} | {"lab.subnet_prefix", "lab.prefix", "lab.netmask", "lab.dns1",
                                                           "seat"}


def is_known_name(name: str) -> bool:
    return name in KNOWN_NAMES or name.startswith("lab.servers.")


# Names derived from another key: a scenario using them needs that key.
DERIVED = {"lab.subnet_prefix": "subnet", "lab.prefix": "subnet", "lab.dns1": "dns", "seat": "seat"}


def key_of(name: str) -> tuple[str, str | None] | None:
    """The profile key a scenario variable name comes from, and for `lab.servers.<n>` the server's
    name: "lab.domain" -> ("domain", None), "lab.servers.nas" -> ("servers", "nas"); None when the
    name is not the lab profile's."""
    if name.startswith("lab.servers."):
        return "servers", name[len("lab.servers."):]
    if name in DERIVED:
        return DERIVED[name], None
    if name.startswith("lab.") and name[4:] in KEYS:
        return name[4:], None
    return None


def missing_sentence(key: str, server: str | None = None) -> Text:
    """What the trainer must set, in one plain sentence (no key names, no file names):
    "Le formateur doit renseigner le domaine du labo." """
    if key == "servers" and server:
        return T(f"Le formateur doit renseigner l'adresse du serveur « {server} » du labo.",
                 f'The trainer must set the address of the lab\'s "{server}" server.')
    what = KEYS[key].what
    return T(f"Le formateur doit renseigner {what.fr}.", f"The trainer must set {what.get('en')}.")


def detect(machine: Machine) -> dict:
    """Best guesses from the machine; parts that cannot be read are left out."""
    out: dict = {}
    try:
        net = machine.section("network")
    except ProbeError:
        net = {}
    ifaces = net.get("interfaces") or []
    gws = [g for g in net.get("gateways") or [] if g.get("family", "ipv4") == "ipv4" and g.get("default", True)]
    iface = None
    if gws:
        out["gateway"] = gws[0].get("address")
        iface = next((i for i in ifaces if i.get("name") == gws[0].get("interface")), None)
    if iface is None:
        iface = next((i for i in ifaces if i.get("up") and i.get("ipv4") and not i.get("loopback")
                      and not str(i["ipv4"][0]["address"]).startswith("127.")), None)
    if iface is not None:
        out["interface"] = iface["name"]
        if iface.get("ipv4"):
            a = iface["ipv4"][0]
            out["subnet"] = str(ipaddress.ip_network(f"{a['address']}/{a['prefix']}", strict=False))
    try:
        dns = machine.section("dns")
        servers = dns.get("servers") or []
        per = dns.get("interfaces") or {}
        if out.get("interface") in per and per[out["interface"]].get("servers"):
            servers = per[out["interface"]]["servers"]  # the graded interface's own servers
        servers = [s for s in servers if not str(s).startswith("127.") and str(s) != "::1"]
        if servers:
            out["dns"] = servers
        search = [d for d in dns.get("search") or [] if d.strip(".")]  # `search .` is no domain
        if search:
            out["domain"] = search[0]
    except ProbeError:
        pass
    try:
        host = machine.section("system").get("hostname") or ""
        m = re.search(r"(\d+)$", host.split(".")[0])
        out["seat"] = int(m.group(1)) if m else 1
    except ProbeError:
        out["seat"] = 1
    try:
        proxy = machine.section("proxy")
        server = proxy.get("http") or proxy.get("https") or proxy.get("socks")  # a SOCKS-only proxy too
        if proxy.get("enabled", bool(server)) and server:
            out["proxy"] = re.sub(r"^\w+://", "", server).rstrip("/")
    except ProbeError:
        pass
    return {k: v for k, v in out.items() if v not in (None, "", [])}
