"""Evidence in plain words: one sentence per check, for a trainee (CAP/BEP level) to read.

Each check type has one small entry in `SAY`: `want(p)`, what the task asks as a sentence
("Il faut que la carte Ethernet ait l'adresse 192.168.10.50." / "The Ethernet adapter must have
the address 192.168.10.50."), and `fact(p, ev)`, what was found on the PC, from the evidence the
check type already gives (`Evidence.found`, and `Evidence.facts` for raw numbers). `sentence()`
puts them together for an outcome. No internal word reaches the sentence: no type name, no key
path, no bare digest.

Units are written as the scenarios' tasks write them: sizes in Go / Mo / To in French (GB / MB / TB
in English), counted as Windows counts them (1 Go = 1024 Mo), whole numbers when whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .. import fmt
from ..i18n import T, Text
from ..machine.base import FAILED, PROBE_ERROR_TEXT, UNSUPPORTED

_UNITS = {"fr": ("o", "Ko", "Mo", "Go", "To"), "en": ("B", "KB", "MB", "GB", "TB")}


def size(n: float | int | None, as_written: bool = False) -> Text:
    """16 Go / 16 GB; 15,9 Go; 512 Mo. A size read on the PC is in binary multiples, as Windows shows it
    (a 500 GB disk: 465,7 Go). `as_written`: a size the task gave, shown as it was written: 240 Go
    (240 000 000 000 bytes) stays 240 Go, 16 GiB is 16 Go."""
    if n is None:
        return T("taille inconnue", "size unknown")
    x, i = float(n), 0
    if as_written and n == int(n):
        for k in (4, 3, 2, 1):
            if int(n) % 1000**k == 0 or int(n) % 1024**k == 0:
                x, i = int(n) / (1000**k if int(n) % 1000**k == 0 else 1024**k), k
                break
        return fmt.text(lambda lang: fmt.unit(x, _UNITS[lang if lang in _UNITS else "en"][i], lang, places=1,
                                              trim=True))
    while abs(x) >= 1024 and i < 4:
        x, i = x / 1024, i + 1
    return fmt.text(lambda lang: fmt.unit(x, _UNITS[lang if lang in _UNITS else "en"][i], lang, places=1, trim=True))


def _s(v) -> Text:
    if isinstance(v, Text):
        return v
    return Text("" if v is None else str(v), "" if v is None else str(v))


def _found(ev) -> Text:
    return _s(ev.found)


@dataclass(frozen=True)
class Say:
    """How one check type says its result."""

    want: Callable[[dict], Text]  # the task's demand, one sentence ("Il faut que …" / "… must …")
    fact: Callable[[dict, object], Text]  # what the PC shows, one sentence, from the Evidence
    unwant: Callable[[dict], Text] | None = None  # with `expect = false`, when "il ne faut pas" reads badly


SAY: dict[str, Say] = {}


def says(type_: str, want, fact, unwant=None) -> None:
    SAY[type_] = Say(want, fact, unwant)


def _iface(p) -> str:
    return p.get("interface") or ""


def _no_iface(p) -> Text:
    return T(f"Le poste n'a pas de carte réseau nommée « {_iface(p)} ».",
             f"The PC has no network adapter named \"{_iface(p)}\".")


def _is_absent_iface(ev) -> bool:
    return _found(ev).get("en") in ("interface absent",)


def iface_fact(fn):
    """A fact about one interface; a missing interface says so."""
    return lambda p, ev: _no_iface(p) if _is_absent_iface(ev) else fn(p, ev)


# --------------------------------------------------------------------------- accounts

says("user_exists",
     lambda p: T(f"Il faut que le compte « {p['name']} » existe sur le poste.",
                 f"The account \"{p['name']}\" must exist on the PC."),
     lambda p, ev: T(f"Le compte « {p['name']} » existe sur le poste.", f"The account \"{p['name']}\" exists on the PC.")
     if ev.ok else T(f"Le compte « {p['name']} » n'existe pas sur le poste.",
                     f"The account \"{p['name']}\" does not exist on the PC."))
says("user_not_admin",
     lambda p: T(f"Il faut que le compte « {p['name']} » soit un utilisateur standard, pas un administrateur.",
                 f"The account \"{p['name']}\" must be a standard user, not an administrator."),
     unwant=lambda p: T(f"Il faut que le compte « {p['name']} » soit administrateur du poste.",
                        f"The account \"{p['name']}\" must be an administrator of the PC."),
     fact=
     lambda p, ev: T(f"Le compte « {p['name']} » est un utilisateur standard.",
                     f"The account \"{p['name']}\" is a standard user.") if ev.ok
     else T(f"Le compte « {p['name']} » n'existe pas sur le poste.",
            f"The account \"{p['name']}\" does not exist on the PC.") if _found(ev).get("en") == "no such account"
     else _admin_fact(p, ev))


def _admin_fact(p, ev) -> Text:
    f = _found(ev)
    group_fr = f.fr.split("membre de ", 1)[1].rstrip(")") if "membre de " in f.fr else ""
    if group_fr:
        return T(f"Le compte « {p['name']} » est administrateur du poste (membre du groupe {group_fr}).",
                 f"The account \"{p['name']}\" is an administrator of the PC (member of the group {group_fr}).")
    return T(f"Le compte « {p['name']} » est administrateur du poste.",
             f"The account \"{p['name']}\" is an administrator of the PC.")
says("user_logged_in",
     lambda p: T(f"Il faut que « {p['name']} » ait une session ouverte sur le poste.",
                 f"\"{p['name']}\" must be logged in on the PC."),
     lambda p, ev: T(f"« {p['name']} » a une session ouverte sur le poste.", f"\"{p['name']}\" is logged in on the PC.")
     if ev.ok else _no_session(p, ev))


def _no_session(p, ev) -> Text:
    f = _found(ev)
    others = f.fr.split("sessions : ", 1)[1].rstrip(")") if "sessions : " in f.fr else ""
    if others:
        return T(f"« {p['name']} » n'a pas de session ouverte (sessions ouvertes : {others}).",
                 f"\"{p['name']}\" is not logged in (logged in: {others}).")
    return T(f"« {p['name']} » n'a pas de session ouverte : personne n'est connecté.",
             f"\"{p['name']}\" is not logged in: nobody is.")

# --------------------------------------------------------------------------- files


def _file_state(p, ev) -> Text:
    f = _found(ev).get("en")
    if f in ("absent", "file absent"):
        return T(f"Le fichier « {p['path']} » n'existe pas.", f"The file \"{p['path']}\" does not exist.")
    if f == "present (folder)" or f == "it is a folder":
        return T(f"« {p['path']} » existe : c'est un dossier.", f"\"{p['path']}\" exists: it is a folder.")
    return T(f"Le fichier « {p['path']} » existe.", f"The file \"{p['path']}\" exists.")


says("file_exists",
     lambda p: T(f"Il faut que le fichier « {p['path']} » existe.", f"The file \"{p['path']}\" must exist."),
     _file_state)
says("file_absent",
     lambda p: T(f"Il faut que le fichier « {p['path']} » n'existe plus.",
                 f"The file \"{p['path']}\" must not exist any more."),
     _file_state,
     lambda p: T(f"Il faut que le fichier « {p['path']} » existe.", f"The file \"{p['path']}\" must exist."))


def _text_looked_for(p) -> Text:
    """The text looked for; a regular expression is no text for a trainee: "the expected line"."""
    if p.get("regex"):
        return T("la ligne attendue", "the expected line")
    return T(f"« {p['pattern']} »", f"\"{p['pattern']}\"")


def _contains_fact(p, ev) -> Text:
    f = _found(ev).get("en")
    if f in ("file absent", "it is a folder"):
        return _file_state(p, ev)
    what = _text_looked_for(p)
    if not ev.ok:
        return T(f"Le fichier « {p['path']} » ne contient pas {what.fr}.",
                 f"The file \"{p['path']}\" does not contain {what.get('en')}.")
    return T(f"Le fichier « {p['path']} » contient {what.fr} ({_found(ev).fr}).",
             f"The file \"{p['path']}\" contains {what.get('en')} ({_found(ev).get('en')}).")


says("file_contains",
     lambda p: T(f"Il faut que le fichier « {p['path']} » contienne {_text_looked_for(p).fr}.",
                 f"The file \"{p['path']}\" must contain {_text_looked_for(p).get('en')}."),
     _contains_fact)


def _sha_fact(p, ev) -> Text:
    f = _found(ev).get("en")
    if f in ("file absent", "it is a folder"):
        return _file_state(p, ev)
    if ev.ok:
        return T(f"Le fichier « {p['path']} » est intact : son contenu est celui d'origine.",
                 f"The file \"{p['path']}\" is intact: its content is the original one.")
    return T(f"Le contenu du fichier « {p['path']} » a été modifié : ce n'est plus le fichier d'origine.",
             f"The content of the file \"{p['path']}\" has changed: it is not the original file any more.")


says("file_sha256",
     lambda p: T(f"Il faut que le fichier « {p['path']} » soit présent et intact (son contenu d'origine).",
                 f"The file \"{p['path']}\" must be there and intact (its original content)."),
     _sha_fact)

# --------------------------------------------------------------------------- network

says("interface_present",
     lambda p: T(f"Il faut que le poste ait une carte réseau « {_iface(p)} ».",
                 f"The PC must have a network adapter \"{_iface(p)}\"."),
     lambda p, ev: T(f"Le poste a bien une carte réseau « {_iface(p)} ».", f"The PC has a network adapter \"{_iface(p)}\".")
     if ev.ok else T(f"Le poste n'a pas de carte réseau « {_iface(p)} » ({_found(ev).fr}).",
                     f"The PC has no network adapter \"{_iface(p)}\" ({_found(ev).get('en')})."))
says("interface_up",
     lambda p: T(f"Il faut que la carte réseau « {_iface(p)} » soit activée et branchée (lien actif).",
                 f"The network adapter \"{_iface(p)}\" must be enabled and connected (link up)."),
     iface_fact(lambda p, ev: T(f"La carte réseau « {_iface(p)} » est activée et son câble est relié (lien actif).",
                                f"The network adapter \"{_iface(p)}\" is enabled and its cable is connected (link up).")
                if ev.ok else T(f"La carte réseau « {_iface(p)} » est désactivée ou son câble n'est pas relié "
                                f"(lien inactif).",
                                f"The network adapter \"{_iface(p)}\" is disabled or its cable is not connected "
                                f"(link down).")))


def _speed_want(p) -> Text:
    least_fr, least_en = ("au moins ", "at least ") if p.get("at_least") else ("", "")
    return T(f"Il faut que la carte « {_iface(p)} » soit connectée à {least_fr}{p['mbps']} Mb/s.",
             f"The adapter \"{_iface(p)}\" must be connected at {least_en}{p['mbps']} Mbit/s.")


def _link_fact(what_fr: str, what_en: str):
    def fact(p, ev):
        if _found(ev).get("en") == "link down":
            return T(f"Le lien de la carte « {_iface(p)} » est inactif (câble débranché ou carte désactivée).",
                     f"The link of the adapter \"{_iface(p)}\" is down (cable unplugged or adapter disabled).")
        return T(f"La carte « {_iface(p)} » est connectée {what_fr} {_found(ev).fr}.",
                 f"The adapter \"{_iface(p)}\" is connected {what_en} {_found(ev).get('en')}.")
    return iface_fact(fact)


says("link_speed", _speed_want, _link_fact("à", "at"))
says("link_duplex",
     lambda p: T(f"Il faut que la carte « {_iface(p)} » soit connectée en {p.get('duplex') or 'full'} duplex.",
                 f"The adapter \"{_iface(p)}\" must be connected in {p.get('duplex') or 'full'} duplex."),
     _link_fact("en", "in"))
says("mtu",
     lambda p: T(f"Il faut que la MTU de la carte « {_iface(p)} » soit de {p['mtu']} octets.",
                 f"The MTU of the adapter \"{_iface(p)}\" must be {p['mtu']} bytes."),
     iface_fact(lambda p, ev: T(f"La MTU de la carte « {_iface(p)} » est de {_found(ev).fr} octets.",
                                f"The MTU of the adapter \"{_iface(p)}\" is {_found(ev).get('en')} bytes.")))


def _addresses(p, ev, family: str = "IPv4") -> Text:
    f = _found(ev)
    if f.get("en") == "none":
        return T(f"La carte « {_iface(p)} » n'a aucune adresse {family}.",
                 f"The adapter \"{_iface(p)}\" has no {family} address.")
    many_fr = "les adresses" if "," in f.fr else "l'adresse"
    many_en = "the addresses" if "," in f.fr else "the address"
    return T(f"La carte « {_iface(p)} » a {many_fr} {family} {f.fr}.",
             f"The adapter \"{_iface(p)}\" has {many_en} {family} {f.get('en')}.")


def _want_addr(p) -> str:
    return p["address"] + (f"/{p['prefix']}" if p.get("prefix") is not None else "")


says("ipv4_address",
     lambda p: T(f"Il faut que la carte « {_iface(p)} » ait l'adresse IPv4 {_want_addr(p)}.",
                 f"The adapter \"{_iface(p)}\" must have the IPv4 address {_want_addr(p)}."),
     iface_fact(_addresses))


def _v6_want(p) -> Text:
    if p.get("address"):
        return T(f"Il faut que la carte « {_iface(p)} » ait l'adresse IPv6 {_want_addr(p)}.",
                 f"The adapter \"{_iface(p)}\" must have the IPv6 address {_want_addr(p)}.")
    scope = p.get("scope") or "global"
    kind_fr = {"global": " globale", "link": " de lien local (fe80::)", "any": ""}[scope]
    kind_en = {"global": "a global", "link": "a link-local (fe80::)", "any": "an"}[scope]
    return T(f"Il faut que la carte « {_iface(p)} » ait une adresse IPv6{kind_fr}.",
             f"The adapter \"{_iface(p)}\" must have {kind_en} IPv6 address.")


says("ipv6_address", _v6_want, iface_fact(lambda p, ev: _addresses(p, ev, "IPv6")))
says("ipv4_in_subnet",
     lambda p: T(f"Il faut que la carte « {_iface(p)} » ait une adresse du réseau {p['subnet']}.",
                 f"The adapter \"{_iface(p)}\" must have an address in the network {p['subnet']}."),
     iface_fact(_addresses))


def _apipa_fact(p, ev) -> Text:
    f = _found(ev)
    if "APIPA" in f.fr:
        addr = f.fr.replace(" (APIPA)", "")
        return T(f"L'adresse IP de la carte « {_iface(p)} » est {addr} : c'est une adresse APIPA, le poste n'a pas "
                 f"obtenu d'adresse du serveur DHCP.",
                 f"The IP address of the adapter \"{_iface(p)}\" is {addr}: it is an APIPA address, the PC did not "
                 f"get an address from the DHCP server.")
    if f.get("en") == "none":
        return T(f"La carte « {_iface(p)} » n'a aucune adresse IPv4 : le poste n'a pas obtenu d'adresse du serveur "
                 f"DHCP.",
                 f"The adapter \"{_iface(p)}\" has no IPv4 address: the PC did not get an address from the DHCP "
                 f"server.")
    return _addresses(p, ev)


says("not_apipa",
     lambda p: T(f"Il faut que la carte « {_iface(p)} » ait une vraie adresse IPv4 (pas une adresse APIPA "
                 f"169.254.x.x).",
                 f"The adapter \"{_iface(p)}\" must have a real IPv4 address (not an APIPA 169.254.x.x one)."),
     iface_fact(_apipa_fact),
     lambda p: T(f"Il faut que la carte « {_iface(p)} » n'ait pas d'adresse utilisable (APIPA 169.254.x.x ou aucune).",
                 f"The adapter \"{_iface(p)}\" must have no usable address (APIPA 169.254.x.x or none)."))
says("mac_address",
     lambda p: T(f"Il faut que la carte « {_iface(p)} » ait l'adresse physique (MAC) {p['mac']}.",
                 f"The adapter \"{_iface(p)}\" must have the physical (MAC) address {p['mac']}."),
     iface_fact(lambda p, ev: T(f"L'adresse physique (MAC) de la carte « {_iface(p)} » est {_found(ev).fr}.",
                                f"The physical (MAC) address of the adapter \"{_iface(p)}\" is "
                                f"{_found(ev).get('en')}.")))


def _gw_want(p) -> Text:
    via_fr = f", par la carte « {p['interface']} »" if p.get("interface") else ""
    via_en = f", through the adapter \"{p['interface']}\"" if p.get("interface") else ""
    return T(f"Il faut que la passerelle par défaut soit {p['address']}{via_fr}.",
             f"The default gateway must be {p['address']}{via_en}.")


def _gw_fact(p, ev) -> Text:
    f = _found(ev)
    if "no default gateway" in f.get("en"):
        return T("Le poste n'a aucune passerelle par défaut : il ne peut pas sortir de son réseau.",
                 "The PC has no default gateway: it cannot leave its own network.")
    if f.fr.startswith("trafic vers l'extérieur : "):
        fr = f.fr.replace("trafic vers l'extérieur : ", "", 1).replace(" ; ", " (", 1)
        en = f.get("en").replace("traffic to the outside: ", "", 1).replace("; ", " (", 1)
        return T(f"Le trafic vers l'extérieur passe par {fr}).", f"Traffic to the outside goes through {en}).")
    return T(f"La passerelle par défaut du poste est {f.fr}.", f"The PC's default gateway is {f.get('en')}.")


says("default_gateway", _gw_want, _gw_fact)


def _route_want(p) -> Text:
    fr, en = [], []
    if p.get("local") is True:
        fr.append("directement sur le réseau local, sans passerelle")
        en.append("directly on the local network, without a gateway")
    elif p.get("local") is False:
        fr.append("par une passerelle")
        en.append("through a gateway")
    if p.get("gateway"):
        fr.append(f"par la passerelle {p['gateway']}")
        en.append(f"through the gateway {p['gateway']}")
    if p.get("interface"):
        fr.append(f"par la carte « {p['interface']} »")
        en.append(f"through the adapter \"{p['interface']}\"")
    return T(f"Il faut que le trafic vers {p['destination']} passe {', '.join(fr)}.",
             f"Traffic to {p['destination']} must go {', '.join(en)}.")


says("route_to", _route_want,
     lambda p, ev: T(f"Le trafic vers {_found(ev).fr.replace(' : ', ' passe ', 1)}.",
                     f"Traffic to {_found(ev).get('en').replace(': ', ' goes ', 1)}."))


def _dns_want(p) -> Text:
    listed = ", ".join(p["servers"])
    mode = p.get("mode") or "contains"
    where_fr = f" de la carte « {p['interface']} »" if p.get("interface") else " du poste"
    where_en = f" of the adapter \"{p['interface']}\"" if p.get("interface") else " of the PC"
    if mode == "exact":
        return T(f"Il faut que les serveurs DNS{where_fr} soient exactement {listed}, dans cet ordre.",
                 f"The DNS servers{where_en} must be exactly {listed}, in this order.")
    if mode == "first":
        return T(f"Il faut que les serveurs DNS{where_fr} commencent par {listed}.",
                 f"The DNS servers{where_en} must start with {listed}.")
    return T(f"Il faut que {listed} fasse partie des serveurs DNS{where_fr}.",
             f"{listed} must be among the DNS servers{where_en}.")


says("dns_servers", _dns_want,
     lambda p, ev: T(f"Serveurs DNS trouvés : {_found(ev).fr}.", f"DNS servers found: {_found(ev).get('en')}."))


def _resolve_want(p) -> Text:
    to = ", ".join(p.get("addresses") or [])
    if to:
        return T(f"Il faut que le nom « {p['name']} » donne l'adresse {to}.",
                 f"The name \"{p['name']}\" must give the address {to}.")
    return T(f"Il faut que le nom « {p['name']} » soit trouvé par le DNS.",
             f"The name \"{p['name']}\" must be found by DNS.")


def _resolve_fact(p, ev) -> Text:
    f = _found(ev)
    if ev.ok or (f.fr and f.fr[0].isdigit() or ":" in f.fr and f.fr.count(":") > 1):
        return T(f"Le nom « {p['name']} » donne l'adresse {f.fr}.", f"The name \"{p['name']}\" gives the address "
                 f"{f.get('en')}.")
    return T(f"Le nom « {p['name']} » n'est pas trouvé : {f.fr}.", f"The name \"{p['name']}\" is not found: "
             f"{f.get('en')}.")


says("name_resolves", _resolve_want, _resolve_fact)
says("tcp_reachable",
     lambda p: T(f"Il faut que le poste puisse joindre {p['host']} sur le port {p['port']}.",
                 f"The PC must be able to reach {p['host']} on port {p['port']}."),
     lambda p, ev: T(f"Le poste joint {p['host']} sur le port {p['port']}.", f"The PC reaches {p['host']} on port "
                     f"{p['port']}.") if ev.ok
     else T(f"Le poste ne joint pas {p['host']} sur le port {p['port']} ({_found(ev).fr.replace('injoignable : ', '')}).",
            f"The PC cannot reach {p['host']} on port {p['port']} ({_found(ev).get('en').replace('unreachable: ', '')})."))
says("port_listening",
     lambda p: T(f"Il faut qu'un programme du poste attende des connexions sur le port {p['port']} "
                 f"({(p.get('proto') or 'tcp').upper()}).",
                 f"A program on the PC must listen on port {p['port']} ({(p.get('proto') or 'tcp').upper()})."),
     lambda p, ev: _listening(p, ev) if ev.ok
     else T(f"Aucun programme n'attend de connexion sur le port {p['port']}.",
            f"No program listens on port {p['port']}."))


def _listening(p, ev) -> Text:
    """"Le programme sshd attend des connexions sur le port 22." (the programs named by the evidence)."""
    names = list(dict.fromkeys(re.findall(r"\(([^()]+)\)", _found(ev).fr)))
    if names:
        return T(f"Le programme {', '.join(names)} attend des connexions sur le port {p['port']}.",
                 f"The program {', '.join(names)} listens on port {p['port']}.")
    return T(f"Un programme attend des connexions sur le port {p['port']}.", f"A program listens on port {p['port']}.")


def _hosts_want(p) -> Text:
    if p.get("address"):
        return T(f"Il faut que le fichier hosts associe « {p['name']} » à {p['address']}.",
                 f"The hosts file must map \"{p['name']}\" to {p['address']}.")
    return T(f"Il faut que le fichier hosts ait une ligne pour « {p['name']} ».",
             f"The hosts file must have a line for \"{p['name']}\".")


says("hosts_entry", _hosts_want,
     lambda p, ev: T(f"Le fichier hosts n'a pas de ligne pour « {p['name']} ».",
                     f"The hosts file has no line for \"{p['name']}\".")
     if _found(ev).get("en").startswith("no entry")
     else T(f"Le fichier hosts a pour « {p['name']} » : {_found(ev).fr}.",
            f"The hosts file has for \"{p['name']}\": {_found(ev).get('en')}."))


def _proxy_want(p) -> Text:
    if not p["enabled"]:
        return T("Il faut qu'aucun proxy ne soit réglé sur le poste.", "No proxy must be set on the PC.")
    if p.get("server"):
        return T(f"Il faut que le proxy {p['server']} soit réglé sur le poste.",
                 f"The proxy {p['server']} must be set on the PC.")
    return T("Il faut qu'un proxy soit réglé sur le poste.", "A proxy must be set on the PC.")


def _proxy_fact(p, ev) -> Text:
    f = _found(ev)
    if f.get("en").startswith("proxy disabled"):
        return T("Aucun proxy n'est réglé sur le poste.", "No proxy is set on the PC.")
    return T(f"Un proxy est réglé : {f.fr.replace('proxy activé : ', '')}.",
             f"A proxy is set: {f.get('en').replace('proxy enabled: ', '')}.")


says("proxy", _proxy_want, _proxy_fact,
     lambda p: T("Il faut qu'un proxy soit réglé sur le poste.", "A proxy must be set on the PC.") if not p["enabled"]
     else negate(_proxy_want(p)))
says("hostname",
     lambda p: T(f"Il faut que le nom du poste soit « {p['name']} ».", f"The PC's name must be \"{p['name']}\"."),
     lambda p, ev: T(f"Le nom du poste est « {_found(ev).fr} ».", f"The PC's name is \"{_found(ev).get('en')}\"."))

# --------------------------------------------------------------------------- processes and services

says("process_running",
     lambda p: T(f"Il faut que le programme « {p['name']} » soit lancé.", f"The program \"{p['name']}\" must be running."),
     lambda p, ev: T(f"Le programme « {p['name']} » est lancé.", f"The program \"{p['name']}\" is running.")
     if ev.ok else T(f"Le programme « {p['name']} » n'est pas lancé.", f"The program \"{p['name']}\" is not running."))
says("process_absent",
     lambda p: T(f"Il faut que le programme « {p['name']} » ne tourne plus.",
                 f"The program \"{p['name']}\" must not be running."),
     lambda p, ev: T(f"Le programme « {p['name']} » ne tourne pas.", f"The program \"{p['name']}\" is not running.")
     if ev.ok else T(f"Le programme « {p['name']} » tourne encore.", f"The program \"{p['name']}\" is still running."),
     lambda p: T(f"Il faut que le programme « {p['name']} » soit lancé.",
                 f"The program \"{p['name']}\" must be running."))


def _cpu_want(p) -> Text:
    pct = fmt.text(fmt.unit, float(p["percent"]), "%", places=1, trim=True)
    if p.get("process"):
        return T(f"Il faut que le programme « {p['process']} » occupe le processeur à moins de {pct.fr}.",
                 f"The program \"{p['process']}\" must use less than {pct.get('en')} of the processor.")
    return T(f"Il faut que le processeur soit occupé à moins de {pct.fr}.",
             f"The processor must be less than {pct.get('en')} busy.")


says("cpu_load_below", _cpu_want,
     lambda p, ev: T(f"Mesure du processeur : {_found(ev).fr}.", f"Processor measured: {_found(ev).get('en')}."))

_STATUS = {"running": T("démarré", "running"), "stopped": T("arrêté", "stopped")}
_START = {"automatic": T("en démarrage automatique", "set to start automatically"),
          "manual": T("en démarrage manuel", "set to start manually"),
          "disabled": T("désactivé", "disabled")}


def _service_want(p) -> Text:
    parts = [x for x in (_STATUS.get(p.get("status") or ""), _START.get(p.get("start_type") or "")) if x]
    return T(f"Il faut que le service « {p['name']} » soit {' et '.join(x.fr for x in parts)}.",
             f"The service \"{p['name']}\" must be {' and '.join(x.get('en') for x in parts)}.")


def _service_fact(p, ev) -> Text:
    f = _found(ev)
    if f.get("en") == "no such service":
        return T(f"Le service « {p['name']} » n'existe pas sur ce poste.",
                 f"The service \"{p['name']}\" does not exist on this PC.")
    facts = _facts(ev)
    words = {"status": {**_STATUS, "failed": T("en échec", "failed"), "paused": T("suspendu", "paused"),
                        "starting": T("en train de démarrer", "starting"), "stopping": T("en train de s'arrêter",
                                                                                         "stopping")},
             "start_type": _START}
    parts = [words[k][facts[k]] for k in ("status", "start_type") if facts.get(k) in words[k]]
    if not parts:
        return T(f"Le service « {p['name']} » : {f.fr}.", f"The service \"{p['name']}\": {f.get('en')}.")
    return T(f"Le service « {p['name']} » est {' et '.join(x.fr for x in parts)}.",
             f"The service \"{p['name']}\" is {' and '.join(x.get('en') for x in parts)}.")


says("service_state", _service_want, _service_fact)

# --------------------------------------------------------------------------- system and hardware


def _facts(ev) -> dict:
    return getattr(ev, "facts", None) or {}


says("memory_total",
     lambda p: T(f"Il faut que le poste ait {size(p['size'], True).fr} de mémoire vive (RAM).",
                 f"The PC must have {size(p['size'], True).get('en')} of memory (RAM)."),
     lambda p, ev: T(f"Le poste a {size(_facts(ev).get('total')).fr} de mémoire vive (RAM) utilisable.",
                     f"The PC has {size(_facts(ev).get('total')).get('en')} of usable memory (RAM)."))
says("swap_total",
     lambda p: T(f"Il faut que le fichier d'échange fasse au plus {size(p['max_size'], True).fr}.",
                 f"The swap file must be at most {size(p['max_size'], True).get('en')}."),
     lambda p, ev: T(f"Le fichier d'échange fait {size(_facts(ev).get('swap')).fr}.",
                     f"The swap file is {size(_facts(ev).get('swap')).get('en')}."))
says("cpu_cores",
     lambda p: T(f"Il faut que le processeur ait {_found_cores(p, 'fr')}.", f"The processor must have "
                 f"{_found_cores(p, 'en')}."),
     lambda p, ev: T(f"Le processeur a {_found(ev).fr}.", f"The processor has {_found(ev).get('en')}."))


def _found_cores(p, lang) -> str:
    parts = []
    if p.get("physical") is not None:
        parts.append(f"{p['physical']} cœurs" if lang == "fr" else f"{p['physical']} cores")
    if p.get("logical") is not None:
        parts.append(f"{p['logical']} processeurs logiques" if lang == "fr" else f"{p['logical']} logical processors")
    return (" et " if lang == "fr" else " and ").join(parts)


def _drive(mp: str) -> Text:
    if mp.strip() == "/":
        return T("le volume système (/)", "the system volume (/)")
    if len(mp.rstrip("\\/")) == 2 and mp[1] == ":":
        return T(f"le lecteur {mp.rstrip(chr(92) + '/')}", f"the drive {mp.rstrip(chr(92) + '/')}")
    return T(f"le volume monté sur {mp}", f"the volume mounted on {mp}")


def _partition_want(p) -> Text:
    d = _drive(p["mountpoint"])
    fr, en = [], []
    if p.get("fstype"):
        fr.append(f"formaté en {p['fstype']}")
        en.append(f"formatted as {p['fstype']}")
    if p.get("min_size") is not None:
        s = size(p["min_size"], True)
        fr.append(f"d'au moins {s.fr}")
        en.append(f"of at least {s.get('en')}")
    if p.get("opts"):
        fr.append(f"avec les options {p['opts']}")
        en.append(f"with the options {p['opts']}")
    tail_fr = (", " + ", ".join(fr)) if fr else ""
    tail_en = (", " + ", ".join(en)) if en else ""
    return T(f"Il faut que {d.fr} existe{tail_fr}.", f"{_cap(d.get('en'))} must exist{tail_en}.")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _not_mounted(p, ev) -> bool:
    return _found(ev).get("en").startswith("no volume mounted")


def _partition_fact(p, ev) -> Text:
    d = _drive(p["mountpoint"])
    if _not_mounted(p, ev):
        mp = p["mountpoint"]
        if d.get("en").startswith("the drive"):
            return T(f"Le poste n'a pas de {d.fr[3:]}.", f"The PC has no {d.get('en')[4:]}.")
        return T(f"Aucun volume n'est monté sur {mp}.", f"No volume is mounted on {mp}.")
    f = _facts(ev)
    fs = f.get("fstype") or ""
    total = size(f.get("total"))
    fr = f"{d.fr[0].upper()}{d.fr[1:]} est formaté en {fs} et fait {total.fr}"
    en = f"{d.get('en')[0].upper()}{d.get('en')[1:]} is formatted as {fs} and is {total.get('en')}"
    if p.get("opts"):
        fr += f" (options {f.get('opts') or ''})"
        en += f" (options {f.get('opts') or ''})"
    return T(fr + ".", en + ".")


says("partition", _partition_want, _partition_fact)


def _free_want(p) -> Text:
    d = _drive(p["mountpoint"])
    fr, en = [], []
    if p.get("min_free") is not None:
        s = size(p["min_free"], True)
        fr.append(f"au moins {s.fr} d'espace libre")
        en.append(f"at least {s.get('en')} of free space")
    if p.get("max_used_percent") is not None:
        pct = fmt.text(fmt.unit, float(p["max_used_percent"]), "%", places=1, trim=True)
        fr.append(f"soit rempli à {pct.fr} au plus")
        en.append(f"be at most {pct.get('en')} full")
    fr = [("ait " + x if not x.startswith("soit ") else x) for x in fr]
    en = [("have " + x if not x.startswith("be ") else x) for x in en]
    return T(f"Il faut que {d.fr} {' et '.join(fr)}.", f"{d.get('en')[0].upper()}{d.get('en')[1:]} must "
             f"{' and '.join(en)}.")


def _free_fact(p, ev) -> Text:
    d = _drive(p["mountpoint"])
    if _not_mounted(p, ev):
        return _partition_fact(p, ev)
    f = _facts(ev)
    free = size(f.get("free"))
    used = fmt.text(fmt.unit, float(f.get("used") or 0), "%", places=1, trim=True)
    return T(f"{d.fr[0].upper()}{d.fr[1:]} a {free.fr} d'espace libre ({used.fr} occupés).",
             f"{d.get('en')[0].upper()}{d.get('en')[1:]} has {free.get('en')} of free space ({used.get('en')} used).")


says("free_space", _free_want, _free_fact)


def _battery_want(p) -> Text:
    if p.get("present", True) is False:
        return T("Il faut que le poste n'ait pas de batterie.", "The PC must have no battery.")
    fr, en = ["ait une batterie"], ["have a battery"]
    if p.get("plugged") is not None:
        fr.append("soit branché sur secteur" if p["plugged"] else "fonctionne sur batterie")
        en.append("be on mains power" if p["plugged"] else "run on battery")
    if p.get("min_percent") is not None:
        pct = fmt.text(fmt.unit, float(p["min_percent"]), "%", places=1, trim=True)
        fr.append(f"soit chargé à au moins {pct.fr}")
        en.append(f"be charged to at least {pct.get('en')}")
    return T(f"Il faut que le poste {', '.join(fr)}.", f"The PC must {', '.join(en)}.")


says("battery", _battery_want,
     lambda p, ev: T(f"Batterie : {_found(ev).fr}.", f"Battery: {_found(ev).get('en')}."))
says("rebooted_since_start",
     lambda p: T("Il faut que le poste ait redémarré depuis le début de l'exercice.",
                 "The PC must have restarted since the exercise began."),
     lambda p, ev: T("Le poste a redémarré depuis le début de l'exercice.",
                     "The PC has restarted since the exercise began.") if ev.ok
     else T(f"Le poste n'a pas redémarré depuis le début de l'exercice "
            f"({_found(ev).fr.replace('démarré le ', 'dernier démarrage le ')}).",
            f"The PC has not restarted since the exercise began "
            f"({_found(ev).get('en').replace('booted ', 'last started ')})."))


def _os_want(p) -> Text:
    fr, en = [], []
    if p.get("system") or p.get("release"):
        what = " ".join(str(x) for x in (p.get("system"), p.get("release")) if x)
        fr.append(what)
        en.append(what)
    if p.get("name_contains"):
        fr.append(f"édition « {p['name_contains']} »")
        en.append(f"edition \"{p['name_contains']}\"")
    if p.get("min_build") is not None:
        fr.append(f"numéro de version {p['min_build']} ou plus récent")
        en.append(f"version number {p['min_build']} or newer")
    return T(f"Il faut que le système du poste soit : {', '.join(fr)}.", f"The PC's system must be: {', '.join(en)}.")


says("os_version", _os_want,
     lambda p, ev: T(f"Le système du poste est {_found(ev).fr.replace('build', 'version')}.",
                     f"The PC's system is {_found(ev).get('en').replace('build', 'version')}."))
says("clock_offset",
     lambda p: T(f"Il faut que l'horloge du poste soit à l'heure du serveur {p['server']} "
                 f"(à {fmt.unit(p.get('max_seconds') or 5.0, 's', 'fr')} près).",
                 f"The PC's clock must match the server {p['server']} "
                 f"(within {fmt.unit(p.get('max_seconds') or 5.0, 's', 'en')})."),
     lambda p, ev: T(f"Horloge du poste : {_found(ev).fr.replace('horloge ', '')}.",
                     f"The PC's clock: {_found(ev).get('en').replace('clock ', '')}."))


# --------------------------------------------------------------------------- added check types


def _after(text: str, sep: str) -> str:
    return text.split(sep, 1)[1] if sep in text else text


def _fen(ev) -> tuple[str, str]:
    f = _found(ev)
    return f.fr, f.get("en")


says("password_change_required",
     lambda p: T(f"Il faut que le compte « {p['name']} » soit obligé de changer son mot de passe à sa prochaine "
                 f"ouverture de session.",
                 f"The account \"{p['name']}\" must be made to change its password at its next sign-in."),
     lambda p, ev: T(f"Le compte « {p['name']} » n'existe pas sur le poste.",
                     f"The account \"{p['name']}\" does not exist on the PC.")
     if _found(ev).get("en") == "no such account"
     else T(f"Le compte « {p['name']} » devra changer son mot de passe à sa prochaine ouverture de session.",
            f"The account \"{p['name']}\" will have to change its password at its next sign-in.") if ev.ok
     else T(f"Le compte « {p['name']} » n'est pas obligé de changer son mot de passe à sa prochaine ouverture de "
            f"session.",
            f"The account \"{p['name']}\" is not made to change its password at its next sign-in."))


def _owner_fact(p, ev) -> Text:
    fr, en = _fen(ev)
    if en == "absent":
        return _file_state(p, ev)
    return T(f"Le fichier « {p['path']} » appartient au compte « {_after(fr, 'appartient à ')} ».",
             f"The file \"{p['path']}\" belongs to the account \"{_after(en, 'belongs to ')}\".")


says("file_owner",
     lambda p: T(f"Il faut que le fichier « {p['path']} » appartienne au compte « {p['owner']} ».",
                 f"The file \"{p['path']}\" must belong to the account \"{p['owner']}\"."),
     _owner_fact)
says("dhcp_enabled",
     lambda p: T(f"Il faut que la carte « {_iface(p)} » reçoive son adresse automatiquement (DHCP activé).",
                 f"The adapter \"{_iface(p)}\" must get its address automatically (DHCP enabled)."),
     iface_fact(lambda p, ev: T(f"La carte « {_iface(p)} » reçoit son adresse automatiquement (DHCP activé).",
                                f"The adapter \"{_iface(p)}\" gets its address automatically (DHCP enabled).")
                if ev.ok else T(f"La carte « {_iface(p)} » a une adresse fixe, tapée à la main (DHCP désactivé).",
                                f"The adapter \"{_iface(p)}\" has a fixed address typed by hand (DHCP disabled).")),
     lambda p: T(f"Il faut que la carte « {_iface(p)} » ait une adresse fixe, tapée à la main (DHCP désactivé).",
                 f"The adapter \"{_iface(p)}\" must have a fixed address typed by hand (DHCP disabled)."))


def _share_want(p) -> Text:
    if p.get("path"):
        return T(f"Il faut que le poste partage le dossier « {p['path']} » sur le réseau sous le nom « {p['name']} ».",
                 f"The PC must share the folder \"{p['path']}\" on the network under the name \"{p['name']}\".")
    return T(f"Il faut que le poste ait un partage réseau nommé « {p['name']} ».",
             f"The PC must have a network share named \"{p['name']}\".")


def _share_fact(p, ev) -> Text:
    fr, en = _fen(ev)
    if en.startswith("sharing server stopped"):
        return T("Le service de partage de fichiers du poste est arrêté : aucun dossier n'est partagé.",
                 "The PC's file sharing service is stopped: no folder is shared.")
    if en.startswith("no such share"):
        others = _after(fr, "partages : ").rstrip(")")
        if others == "—":
            return T(f"Le poste n'a pas de partage « {p['name']} » : il ne partage aucun dossier.",
                     f"The PC has no share \"{p['name']}\": it shares no folder.")
        return T(f"Le poste n'a pas de partage « {p['name']} » (partages du poste : {others}).",
                 f"The PC has no share \"{p['name']}\" (the PC's shares: {others}).")
    where = _after(fr, " → ")
    if ev.ok:
        return T(f"Le poste partage le dossier « {where} » sous le nom « {p['name']} ».",
                 f"The PC shares the folder \"{where}\" under the name \"{p['name']}\".")
    return T(f"Le partage « {p['name']} » donne le dossier « {where} », pas le dossier demandé.",
             f"The share \"{p['name']}\" gives the folder \"{where}\", not the folder asked for.")


says("smb_share", _share_want, _share_fact)

_VIA = {"usb": T(" branchée en USB", " connected by USB"), "network": T(" reliée par le réseau", " on the network")}


def _queue_want(p) -> Text:
    via = _VIA.get(p.get("connection") or "any", T("", ""))
    if p.get("name"):
        return T(f"Il faut que le poste ait une imprimante « {p['name']} »{via.fr}.",
                 f"The PC must have a printer \"{p['name']}\"{via.get('en')}.")
    return T(f"Il faut que le poste ait une imprimante{via.fr}.", f"The PC must have a printer{via.get('en')}.")


def _queue_fact(p, ev) -> Text:
    fr, en = _fen(ev)
    if en.startswith("spooler stopped"):
        return T("Le service d'impression (spouleur) est arrêté : aucune imprimante ne fonctionne.",
                 "The print service (spooler) is stopped: no printer works.")
    shown = _after(fr, "files : ")
    if shown == "—":
        return T("Le poste n'a aucune imprimante.", "The PC has no printer.")
    return T(f"Imprimantes du poste (et leur port) : {shown}.", f"The PC's printers (and their port): {shown}.")


says("printer_queue", _queue_want, _queue_fact)


def _printer_want(p) -> Text:
    from .care import PORT_WORDS
    fr, en = [], []
    if p.get("port_kind"):
        w = PORT_WORDS.get(p["port_kind"], PORT_WORDS["other"])
        fr.append(f"sur un {w.fr}" if w.fr.startswith("port") else f"en {w.fr}")
        en.append(f"on a {w.get('en')}")
    if p.get("address"):
        fr.append(f"à l'adresse {p['address']}")
        en.append(f"at the address {p['address']}")
    if p.get("driver_contains"):
        fr.append(f"avec un pilote « {p['driver_contains']} »")
        en.append(f"with a \"{p['driver_contains']}\" driver")
    if p.get("queue_empty") is not None:
        fr.append("sans document en attente" if p["queue_empty"] else "avec des documents en attente")
        en.append("with no document waiting" if p["queue_empty"] else "with documents waiting")
    if p.get("default") is not None:
        fr.append("comme imprimante par défaut" if p["default"] else "pas comme imprimante par défaut")
        en.append("as the default printer" if p["default"] else "not as the default printer")
    tail_fr = (", " + ", ".join(fr)) if fr else ""
    tail_en = (", " + ", ".join(en)) if en else ""
    return T(f"Il faut que l'imprimante « {p['name']} » soit installée{tail_fr}.",
             f"The printer \"{p['name']}\" must be installed{tail_en}.")


def _printer_fact(p, ev) -> Text:
    fr, en = _fen(ev)
    if en.startswith("no printer "):
        return T(f"Le poste n'a pas d'imprimante « {p['name']} ».", f"The PC has no printer \"{p['name']}\".")
    rest_fr, rest_en = _after(fr, ", ") if ", " in fr else "", _after(en, ", ") if ", " in en else ""
    if not rest_fr:
        return T(f"L'imprimante « {p['name']} » est installée.", f"The printer \"{p['name']}\" is installed.")
    return T(f"L'imprimante « {p['name']} » est installée : {rest_fr}.",
             f"The printer \"{p['name']}\" is installed: {rest_en}.")


says("printer", _printer_want, _printer_fact)
says("startup_entry",
     lambda p: T(f"Il faut que le programme « {p['name']} » se lance à l'ouverture de session.",
                 f"The program \"{p['name']}\" must start when a session opens."),
     lambda p, ev: T(f"Le programme « {p['name']} » se lance à l'ouverture de session.",
                     f"The program \"{p['name']}\" starts when a session opens.") if ev.ok
     else T(f"Le programme « {p['name']} » est dans la liste du démarrage, mais désactivé : il ne se lance pas.",
            f"The program \"{p['name']}\" is in the startup list, but disabled: it does not start.")
     if _found(ev).get("en").endswith("present but disabled")
     else T(f"Le programme « {p['name']} » ne se lance pas à l'ouverture de session.",
            f"The program \"{p['name']}\" does not start when a session opens."),
     lambda p: T(f"Il faut que le programme « {p['name']} » ne se lance plus à l'ouverture de session.",
                 f"The program \"{p['name']}\" must no longer start when a session opens."))
def _program_fact(p, ev) -> Text:
    f = _facts(ev)
    name = f.get("name") or p["name"]
    if f.get("version"):
        return T(f"Le programme « {name} » est installé sur le poste (version {f['version']}).",
                 f"The program \"{name}\" is installed on the PC (version {f['version']}).")
    return T(f"Le programme « {name} » est installé sur le poste.", f"The program \"{name}\" is installed on the PC.")


says("program_installed",
     lambda p: T(f"Il faut que le programme « {p['name']} » soit installé sur le poste.",
                 f"The program \"{p['name']}\" must be installed on the PC."),
     lambda p, ev: _program_fact(p, ev) if ev.ok else T(f"Aucun programme « {p['name']} » n'est installé sur le poste.",
                     f"No program \"{p['name']}\" is installed on the PC."),
     lambda p: T(f"Il faut que le programme « {p['name']} » soit désinstallé du poste.",
                 f"The program \"{p['name']}\" must be removed from the PC."))


_BL_WANT = {  # (param, value): what the drive must be or have
    ("protection", "on"): T("ait la protection BitLocker active", "have BitLocker protection on"),
    ("protection", "off"): T("ait la protection BitLocker suspendue ou absente",
                             "have BitLocker protection suspended or off"),
    ("unlocked", True): T("soit déverrouillé", "be unlocked"), ("unlocked", False): T("soit verrouillé", "be locked"),
    ("recovery_password", True): T("ait une clé de récupération", "have a recovery key"),
    ("recovery_password", False): T("n'ait pas de clé de récupération", "have no recovery key"),
    ("tpm", True): T("s'ouvre au démarrage grâce à la puce TPM", "open at startup with the TPM chip"),
    ("tpm", False): T("n'utilise pas la puce TPM", "not use the TPM chip"),
}
_BL_FOUND = {  # a part of the check's finding -> a plain phrase about the drive
    "protection on": T("a la protection BitLocker active", "has BitLocker protection on"),
    "protection off": T("a la protection BitLocker suspendue ou absente", "has BitLocker protection suspended or off"),
    "déverrouillé": T("est déverrouillé", "is unlocked"), "unlocked": T("est déverrouillé", "is unlocked"),
    "verrouillé": T("est verrouillé", "is locked"), "locked": T("est verrouillé", "is locked"),
    "clé de récupération présente": T("a une clé de récupération", "has a recovery key"),
    "recovery password present": T("a une clé de récupération", "has a recovery key"),
    "sans clé de récupération": T("n'a pas de clé de récupération", "has no recovery key"),
    "no recovery password": T("n'a pas de clé de récupération", "has no recovery key"),
    "protecteur TPM présent": T("s'ouvre au démarrage grâce à la puce TPM", "opens at startup with the TPM chip"),
    "TPM protector present": T("s'ouvre au démarrage grâce à la puce TPM", "opens at startup with the TPM chip"),
    "sans protecteur TPM": T("n'utilise pas la puce TPM", "does not use the TPM chip"),
    "no TPM protector": T("n'utilise pas la puce TPM", "does not use the TPM chip"),
}


def _and(parts: list[str], lang: str) -> str:
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + (" et " if lang == "fr" else " and ") + parts[-1]


def _bitlocker_want(p) -> Text:
    parts = [_BL_WANT[(k, p[k])] for k in ("protection", "unlocked", "recovery_password", "tpm")
             if (k, p.get(k)) in _BL_WANT]
    return T(f"Il faut que le lecteur {p['volume']} {_and([x.fr for x in parts], 'fr')}.",
             f"The drive {p['volume']} must {_and([x.get('en') for x in parts], 'en')}.")


def _bitlocker_fact(p, ev) -> Text:
    fr, en = _fen(ev)
    if en.startswith("no volume"):
        return T(f"Le poste n'a pas de lecteur {p['volume']}.", f"The PC has no drive {p['volume']}.")
    out = {}
    for lang, text, sep in (("fr", fr, " : "), ("en", en, ": ")):
        text = re.sub(r" \((protecteurs|protectors) ?:[^)]*\)", "", _after(text, sep))
        words = [_BL_FOUND.get(w.strip(), T(w.strip(), w.strip())) for w in text.split(", ") if w.strip()]
        out[lang] = _and([w.fr if lang == "fr" else w.get("en") for w in words], lang)
    return T(f"Le lecteur {p['volume']} {out['fr']}.", f"The drive {p['volume']} {out['en']}.")


says("bitlocker", _bitlocker_want, _bitlocker_fact)
_HEALTH = {"bon état": T("est en bon état", "is healthy"),
           "avertissement": T("donne une alerte : il risque de tomber en panne", "gives a warning: it may fail soon"),
           "défaillant": T("est défaillant : il tombe en panne", "is failing")}


def _health_fact(p, ev) -> Text:
    fr = _found(ev).fr
    if _found(ev).get("en").startswith("no disk "):
        return T(f"Le poste n'a pas de disque « {p['disk']} ».", f"The PC has no disk \"{p['disk']}\".")
    out_fr, out_en = [], []
    for part in fr.split(", "):
        name, _, state = part.partition(" : ")
        w = _HEALTH.get(state, T(f"est dans l'état « {state} »", f"is in the state \"{state}\""))
        out_fr.append(f"Le disque « {name} » {w.fr}.")
        out_en.append(f"The disk \"{name}\" {w.get('en')}.")
    return T(" ".join(out_fr), " ".join(out_en))


says("disk_health",
     lambda p: T(f"Il faut que le disque « {p['disk']} » soit en bon état (aucune panne annoncée).",
                 f"The disk \"{p['disk']}\" must be healthy (no failure announced).") if p.get("disk")
     else T("Il faut que tous les disques du poste soient en bon état (aucune panne annoncée).",
            "Every disk of the PC must be healthy (no failure announced)."),
     _health_fact)


def _temp_want(p) -> Text:
    lim = fmt.text(fmt.unit, float(p["max_celsius"]), "°C", places=1, trim=True)
    if p.get("sensor"):
        return T(f"Il faut que la température du capteur « {p['sensor']} » reste sous {lim.fr}.",
                 f"The temperature of the sensor \"{p['sensor']}\" must stay below {lim.get('en')}.")
    return T(f"Il faut que les températures du poste (processeur, disques) restent sous {lim.fr}.",
             f"The PC's temperatures (processor, disks) must stay below {lim.get('en')}.")


def _temp_fact(p, ev) -> Text:
    fr, en = _fen(ev)
    lim = fmt.text(fmt.unit, float(p["max_celsius"]), "°C", places=1, trim=True)
    if ev.ok:
        return T(f"La température la plus haute relevée est de {_after(fr, 'la plus haute : ')} : c'est sous "
                 f"{lim.fr}.",
                 f"The highest temperature measured is {_after(en, 'highest: ')}: that is below {lim.get('en')}.")
    return T(f"La température la plus haute relevée est de {_after(fr, 'la plus haute : ')} : ce n'est pas sous "
             f"{lim.fr}.",
             f"The highest temperature measured is {_after(en, 'highest: ')}: that is not below {lim.get('en')}.")


says("temperature_below", _temp_want, _temp_fact)
says("user_profile",
     lambda p: T(f"Il faut que le profil de « {p['name']} » s'ouvre normalement (pas de profil temporaire).",
                 f"The profile of \"{p['name']}\" must open normally (no temporary profile)."),
     lambda p, ev: T(f"Le profil de « {p['name']} » s'ouvre normalement.",
                     f"The profile of \"{p['name']}\" opens normally.") if ev.ok
     else T(f"Le poste n'a pas de profil pour « {p['name']} ».", f"The PC has no profile for \"{p['name']}\".")
     if _found(ev).get("en").startswith("no profile ")
     else T(f"Le profil de « {p['name']} » ne s'ouvre pas normalement : {_found(ev).fr}.",
            f"The profile of \"{p['name']}\" does not open normally: {_found(ev).get('en')}."))


# --------------------------------------------------------------------------- putting it together

_DONE = T("C'est ce qui est demandé.", "That is what is asked.")


def negate(want: Text) -> Text:
    """"Il faut que …" -> "Il ne faut pas que …"; "… must …" -> "… must not …"."""
    fr = want.fr.replace("Il faut qu", "Il ne faut pas qu", 1)
    en = want.get("en")
    en = en.replace(" must not ", " must ", 1) if " must not " in en else en.replace(" must ", " must not ", 1)
    return Text(fr, en)


def want_of(type_: str, p: dict, expect: bool = True) -> Text:
    say = SAY.get(type_)
    if say is None:
        return T("Vérification demandée par l'exercice.", "A check the exercise asks for.")
    if not expect and say.unwant is not None:
        return say.unwant(p)
    w = say.want(p)
    return w if expect else negate(w)


def sentence(type_: str, p: dict, outcome: str, ev=None, expect: bool = True, reason: Text | None = None) -> Text:
    """The sentence a trainee reads for one check (not `all` / `any`).

    outcome: "PASS", "FAIL", "ERROR" or "UNSUPPORTED"; ev: the check type's Evidence (PASS / FAIL);
    reason: why it could not be read (ERROR / UNSUPPORTED), already in plain words."""
    want = want_of(type_, p, expect)
    if outcome in ("PASS", "FAIL") and ev is not None and type_ in SAY:
        fact = SAY[type_].fact(p, ev)
        if outcome == "PASS":
            return Text(f"{fact.fr} {_DONE.fr}", f"{fact.get('en')} {_DONE.get('en')}")
        return Text(f"{fact.fr} {want.fr}", f"{fact.get('en')} {want.get('en')}")
    why = reason or PROBE_ERROR_TEXT[FAILED]
    if outcome == "UNSUPPORTED":
        if why == PROBE_ERROR_TEXT[UNSUPPORTED]:  # says nothing more than the sentence
            return Text(f"{want.fr} Ce poste ne permet pas de le vérifier.", f"{want.get('en')} This PC cannot check it.")
        return Text(f"{want.fr} Ce poste ne permet pas de le vérifier : {why.fr}.",
                    f"{want.get('en')} This PC cannot check it: {why.get('en')}.")
    return Text(f"{want.fr} Le poste n'a pas pu être lu pour le vérifier : {why.fr}. Appelez le formateur.",
                f"{want.get('en')} The PC could not be read to check it: {why.get('en')}. Call the trainer.")


def other_platform(platform: str) -> Text:
    name = {"windows": "Windows", "linux": "Linux"}.get(platform, platform)
    return T(f"Cette vérification ne concerne pas ce poste ({name}).",
             f"This check is not for this PC ({name}).")


def composite(kind: str, outcome: str, met: int, total: int, expect: bool = True) -> Text:
    """`all` / `any` as an "il faut …" sentence about the points listed under it."""
    if kind == "all":
        if not expect:
            return T("Il ne faut pas que tous les points ci-dessous soient vrais en même temps.",
                     "The points below must not all be true at once.")
        if outcome == "PASS":
            return T("Tous les points ci-dessous sont bons : c'est ce qui est demandé.",
                     "Every point below is right: that is what is asked.")
        if outcome == "FAIL":
            return T(f"Il faut que tous les points ci-dessous soient bons : {met} sur {total} le sont.",
                     f"Every point below must be right: {met} of {total} are.")
        return T("Il faut que tous les points ci-dessous soient bons ; certains n'ont pas pu être vérifiés.",
                 "Every point below must be right; some could not be checked.")
    if not expect:
        if outcome == "PASS":
            return T("Aucun des points ci-dessous n'est vrai : c'est ce qui est demandé.",
                     "None of the points below is true: that is what is asked.")
        return T("Il faut qu'aucun des points ci-dessous ne soit vrai.", "None of the points below must be true.")
    if outcome == "PASS":
        return T("Un des points ci-dessous est bon, cela suffit : c'est ce qui est demandé.",
                 "One of the points below is right, which is enough: that is what is asked.")
    if outcome == "FAIL":
        return T("Il faut qu'au moins un des points ci-dessous soit bon : aucun ne l'est.",
                 "At least one of the points below must be right: none is.")
    return T("Il faut qu'au moins un des points ci-dessous soit bon ; certains n'ont pas pu être vérifiés.",
             "At least one of the points below must be right; some could not be checked.")
