"""The SMB shares this machine serves: the `shares` section.

Shape: ``{"server_running": true, "source": "Get-SmbShare", "shares": [{"name": "Scans",
"path": "C:\\\\Partages\\\\Scans", "special": false}]}``. `special` marks the shares the system makes by itself
(ADMIN$, C$, IPC$ on Windows; [printers], [print$] and [homes] in Samba).

Windows: the fixed PowerShell script `POWERSHELL_SHARES`: the Server service's state (LanmanServer), then, when it
runs, Get-SmbShare's Name, Path and Special (a stopped Server service serves no share).
Linux: Samba's own reading of its configuration, ``testparm -s --suppress-prompt`` (every section but
[global] is a share, with its ``path``), and whether an ``smbd`` process runs. No Samba installed: no share.
"""

from __future__ import annotations

import json

POWERSHELL_SHARES = r"""
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
$running = (Get-Service -Name LanmanServer).Status -eq 'Running'
$shares = @()
if ($running) {
    $shares = @(Get-SmbShare | ForEach-Object {
        [pscustomobject]@{ Name = $_.Name; Path = $_.Path; Special = [bool]$_.Special } })
}
ConvertTo-Json -Compress -Depth 3 -InputObject ([pscustomobject]@{ ServerRunning = $running; Shares = $shares })
"""

SAMBA_SPECIAL = {"printers", "print$", "homes"}


def windows_shares(payload: str | dict) -> dict:
    """The JSON of POWERSHELL_SHARES -> the section."""
    data = json.loads(payload) if isinstance(payload, str) else payload
    rows = data.get("Shares")
    rows = rows if isinstance(rows, list) else [rows] if rows else []
    shares = [{"name": str(r.get("Name") or ""), "path": r.get("Path") or None, "special": bool(r.get("Special"))}
              for r in rows if r.get("Name")]
    return {"server_running": bool(data.get("ServerRunning")), "source": "Get-SmbShare", "shares": shares}


def parse_testparm(text: str) -> list[dict]:
    """``testparm -s`` (its standard output: the configuration as Samba understands it) -> the shares."""
    shares, current = [], None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1].strip()
            current = None if name.lower() == "global" else {"name": name, "path": None,
                                                            "special": name.lower() in SAMBA_SPECIAL}
            if current is not None:
                shares.append(current)
            continue
        key, sep, value = line.partition("=")
        if current is not None and sep and key.strip().lower() == "path":
            current["path"] = value.strip() or None
    return shares


def linux_shares(testparm_out: str | None, smbd_running: bool) -> dict:
    """The section from testparm's output (None: Samba is not installed, so nothing is shared)."""
    if testparm_out is None:
        return {"server_running": False, "source": "samba not installed", "shares": []}
    return {"server_running": smbd_running, "source": "testparm", "shares": parse_testparm(testparm_out)}
