"""The print queues of this machine: the `printers` section.

Shape: ``{"spooler_running": true, "source": "Get-Printer", "printers": [{"name": "HP LaserJet M15",
"port": "USB001", "driver": "HP LaserJet M14-M17 PCLmS", "connection": "usb"}]}``; `connection` is usb, network
or virtual (Microsoft Print to PDF, XPS, fax, a file), told from the port or device URI.

Read by RealMachine._read_printers with machine/care.py's readers (Get-Printer and its ports on Windows after
the Spooler's state; /etc/cups/printers.conf and ``lpstat -o`` on Linux); this module adds the spooler's state and
each queue's `connection`. An account that cannot read printers.conf lists the queues with CUPS's ``lpstat -v``
("device for <queue>: <uri>", read with LC_ALL=C), driver and jobs then unknown; no CUPS at all: no queue.
"""

from __future__ import annotations

import re

NETWORK_SCHEMES = ("ipp", "ipps", "socket", "lpd", "dnssd", "http", "https", "implicitclass", "smb")
LPSTAT_V = re.compile(r"^\s*(?:device for|périphérique pour)\s+(.+?)\s?:\s+(\S.*?)\s*$", re.IGNORECASE)


def connection_of(port: str | None) -> str:
    """usb, network or virtual, from a Windows port name (USB001, WSD-…, IP_192.168.10.50, 192.168.10.50,
    PORTPROMPT:, SHRFAX:, FILE:, nul:) or a CUPS device URI (usb://…, hp:/usb/…, ipp://…, socket://…)."""
    p = str(port or "").strip()
    low = p.lower()
    scheme = low.split(":", 1)[0] if ":" in low else ""
    if low.startswith("usb") or scheme == "usb" or low.startswith(("hp:/usb", "hpfax:/usb")):
        return "usb"
    if low.startswith(("wsd-", "ip_")) or re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}(_\d+)?", low) \
            or scheme in NETWORK_SCHEMES or low.startswith(("hp:/net", "\\\\")):
        return "network"
    return "virtual"


def with_connections(section: dict, spooler_running) -> dict:
    """The printers section (machine/care.py) with the spooler's state and each queue's `connection`
    (usb, network or virtual) told from its port, for the checks that ask how a queue is reached."""
    section["spooler_running"] = bool(spooler_running) if spooler_running is not None else True
    for q in section.get("printers") or []:
        q["connection"] = connection_of(q.get("port"))
    return section


def parse_lpstat_v(text: str) -> list[dict]:
    """``lpstat -v`` -> the queues (English, as read with LC_ALL=C; the French wording is taken too)."""
    out = []
    for line in text.splitlines():
        m = LPSTAT_V.match(line)
        if m:
            out.append({"name": m.group(1), "port": m.group(2), "driver": None, "connection": connection_of(m.group(2))})
    return out


def linux_printers(lpstat_out: str | None, cupsd_running: bool) -> dict:
    if lpstat_out is None:
        return {"spooler_running": False, "source": "cups not installed", "printers": []}
    queues = parse_lpstat_v(lpstat_out)
    why = {"kind": "denied", "message": "/etc/cups/printers.conf is root's: lpstat -v gives the queues only"}
    for q in queues:
        q.update({"port_kind": None, "address": None, "default": None, "jobs": None})
        q["unknown"] = {f: dict(why) for f in ("driver", "port_kind", "address", "default", "jobs")}
    return {"spooler_running": cupsd_running, "source": "lpstat", "printers": queues}
