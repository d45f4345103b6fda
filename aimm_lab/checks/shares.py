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
