"""The print queues of this machine: the `printers` section.

Shape: ``{"spooler_running": true, "source": "Get-Printer", "printers": [{"name": "HP LaserJet M15",
"port": "USB001", "driver": "HP LaserJet M14-M17 PCLmS", "connection": "usb"}]}``; `connection` is usb, network
or virtual (Microsoft Print to PDF, XPS, fax, a file), told from the port or device URI.

Windows: the fixed PowerShell script `POWERSHELL_PRINTERS`: the Spooler service's state, then, when it runs,
Get-Printer's Name, PortName and DriverName (a stopped spooler serves no queue).
Linux: CUPS's ``lpstat -v`` ("device for <queue>: <uri>", read with LC_ALL=C) and whether a cupsd process runs;
no lpstat: CUPS is not installed, no queue.
"""

from __future__ import annotations

import json
import re

POWERSHELL_PRINTERS = r"""
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
$running = (Get-Service -Name Spooler).Status -eq 'Running'
$printers = @()
if ($running) {
    $printers = @(Get-Printer | ForEach-Object {
        [pscustomobject]@{ Name = $_.Name; PortName = $_.PortName; DriverName = $_.DriverName } })
}
ConvertTo-Json -Compress -Depth 3 -InputObject ([pscustomobject]@{ SpoolerRunning = $running; Printers = $printers })
"""

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


def windows_printers(payload: str | dict) -> dict:
    """The JSON of POWERSHELL_PRINTERS -> the section."""
    data = json.loads(payload) if isinstance(payload, str) else payload
    rows = data.get("Printers")
    rows = rows if isinstance(rows, list) else [rows] if rows else []
    printers = [{"name": str(r.get("Name") or ""), "port": r.get("PortName") or None,
                 "driver": r.get("DriverName") or None, "connection": connection_of(r.get("PortName"))}
                for r in rows if r.get("Name")]
    return {"spooler_running": bool(data.get("SpoolerRunning")), "source": "Get-Printer", "printers": printers}


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
    return {"spooler_running": cupsd_running, "source": "lpstat", "printers": parse_lpstat_v(lpstat_out)}
