"""Network share check types (the `shares` section, machine/shares.py)."""

from __future__ import annotations

from ..i18n import T, Text
from ..machine.base import Machine
from .base import CheckType, Context, Evidence, Param, register
from .common import known, known_list, none_unread


def _path(value) -> str:
    return str(value or "").replace("/", "\\").rstrip("\\").lower()


@register
class SmbShare(CheckType):
    type = "smb_share"
    category = "network"
    description = T("Le poste partage ce dossier sur le réseau (partage SMB servi, vers ce chemin s'il est donné)",
                    "The machine shares this folder on the network (SMB share served, to this path if given)")
    params = (Param("name", "str", T("nom du partage (ex. Scans), sans tenir compte de la casse",
                                     "share name (e.g. Scans), case-insensitive")),
              Param("path", "str", T("dossier partagé attendu (ex. C:\\Partages\\Scans, /srv/partages/scans)",
                                     "expected shared folder (e.g. C:\\Partages\\Scans, /srv/partages/scans)"),
                    required=False))

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        section = m.section("shares")
        expected = T(f"partage {p['name']}" + (f" → {p['path']}" if p.get("path") else ""),
                     f"share {p['name']}" + (f" → {p['path']}" if p.get("path") else ""))
        items = known_list(section, "shares", T("liste des partages", "share list"))
        mine = next((s for s in items if str(s.get("name") or "").lower() == str(p["name"]).lower()), None)
        if mine is None:
            none_unread(items, "name", T("nom d'un partage", "a share's name"))
        running = known(section, "server_running", T("état du serveur de partage", "state of the sharing server"))
        if not running:
            return Evidence(False, expected, T("serveur de partage arrêté : aucun partage servi",
                                               "sharing server stopped: no share served"))
        if mine is None:
            others = ", ".join(str(s.get("name")) for s in items if not s.get("special")) or "—"
            return Evidence(False, expected, T(f"partage absent (partages : {others})",
                                               f"no such share (shares: {others})"))
        found: Text = T(f"partage {mine.get('name')} → {mine.get('path') or '?'}",
                        f"share {mine.get('name')} → {mine.get('path') or '?'}")
        if p.get("path") and _path(mine.get("path")) != _path(p["path"]):
            return Evidence(False, expected, found)
        return Evidence(True, expected, found)


CONNECTION_TEXT = {"usb": T("USB", "USB"), "network": T("réseau", "network"), "virtual": T("virtuelle", "virtual")}


@register
class PrinterQueue(CheckType):
    type = "printer_queue"
    category = "services"
    description = T("Une file d'impression servie par le spouleur existe (son nom contient ce texte ; reliée en USB "
                    "ou par le réseau, si c'est précisé)",
                    "A print queue served by the spooler exists (its name contains this text; connected by USB "
                    "or over the network, if given)")
    params = (Param("name", "str", T("texte contenu dans le nom de la file (ex. LaserJet), sans tenir compte de "
                                     "la casse ; vide : n'importe laquelle", "text in the queue's name (e.g. LaserJet), "
                                     "case-insensitive; empty: any"), required=False),
              Param("connection", "enum", T("usb, network (WSD, TCP/IP, IPP) ou any", "usb, network (WSD, TCP/IP, "
                                            "IPP) or any"), required=False, default="any",
                    choices=("usb", "network", "any")))

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        section = m.section("printers")
        want = str(p.get("name") or "").lower()
        how = p.get("connection") or "any"
        what = T(f"file « {p['name']} »" if want else "une file d'impression",
                 f'queue "{p["name"]}"' if want else "a print queue")
        via = CONNECTION_TEXT.get(how)
        expected = T(f"{what.fr} en {via.fr}" if via else what.fr, f"{what.get('en')} over {via.get('en')}"
                     if via else what.get("en"))
        items = known_list(section, "printers", T("liste des files d'impression", "print queue list"))
        if not known(section, "spooler_running", T("état du spouleur", "state of the spooler")):
            return Evidence(False, expected, T("spouleur arrêté : aucune file servie", "spooler stopped: no queue served"))
        named = [q for q in items if want in str(q.get("name") or "").lower()]
        if not named:
            none_unread(items, "name", T("nom d'une file", "a queue's name"))
        good = [q for q in named if how == "any" or q.get("connection") == how]
        shown = ", ".join(f"{q.get('name')} ({q.get('port')})" for q in (good or named or items)) or "—"
        return Evidence(bool(good), expected, T(f"files : {shown}", f"queues: {shown}"))
