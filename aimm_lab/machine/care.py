"""Pure functions for the sections a workstation's upkeep needs: printers and their queues, programs
that start with the session, installed programs, BitLocker volumes, disk health and temperatures.

Like `normalize.py`, nothing here reads the machine: `real.py` reads (CUPS' printers.conf, `lpstat`,
autostart `.desktop` files, `dpkg-query`, `smartctl --json`, psutil; on Windows one fixed PowerShell
script per section and `winreg`) and hands the raw text or values to these functions, which give the
shapes of docs/machine-state.md. A field that could not be read is null and named in the item's (or
the section's) `unknown` map with its reason.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterable, Mapping

from .normalize import mark_unknown

# --------------------------------------------------------------------------- printers

PORT_KINDS = ("tcpip", "wsd", "usb", "ipp", "file", "other")


def cups_port_kind(uri: str | None) -> tuple[str | None, str | None]:
    """(port kind, host) of a CUPS DeviceURI: socket://h:9100 and lpd:// -> tcpip; ipp(s)://, dnssd://,
    implicitclass:// (driverless, found on the network) -> ipp; usb:// -> usb; file:/ -> file."""
    if not uri:
        return None, None
    scheme, _, rest = uri.partition(":")
    scheme = scheme.lower()
    host = None
    if rest.startswith("//"):
        host = re.split(r"[/:?]", rest[2:], maxsplit=1)[0] or None
    if scheme in ("socket", "lpd"):
        return "tcpip", host
    if scheme in ("ipp", "ipps", "http", "https", "dnssd", "implicitclass", "mdns"):
        return "ipp", host
    if scheme == "usb":
        return "usb", None
    if scheme in ("file", "cups-pdf"):
        return "file", None
    return "other", host


_BLOCK_HEAD = re.compile(r"^<(Default)?Printer\s+(.+?)>\s*$")


def cups_printers_conf(text: str) -> list[dict]:
    """/etc/cups/printers.conf (written by cupsd; root-readable only) -> printers without their jobs:
    [{name, driver, port, port_kind, address, default, jobs: None}]. `driver` is MakeModel (the PPD's
    model, "Local Raw Printer" for a raw queue)."""
    out: list[dict] = []
    cur: dict | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head = _BLOCK_HEAD.match(line)
        if head:
            cur = {"name": head.group(2).strip(), "driver": None, "port": None, "port_kind": None,
                   "address": None, "default": bool(head.group(1)), "jobs": None}
            continue
        if line.startswith("</Printer") or line.startswith("</DefaultPrinter"):
            if cur is not None:
                out.append(cur)
            cur = None
            continue
        if cur is None:
            continue
        key, _, value = line.partition(" ")
        if key == "DeviceURI":
            cur["port"] = value.strip()
            cur["port_kind"], cur["address"] = cups_port_kind(value.strip())
        elif key == "MakeModel":
            cur["driver"] = value.strip()
    return out


def lpstat_jobs(text: str, names: Iterable[str]) -> dict[str, int]:
    """`lpstat -o` ("Queue-12 user 1024 Mon 30 Nov ...", one job a line) -> jobs per queue name."""
    counts = {n: 0 for n in names}
    for line in text.splitlines():
        job = line.split(None, 1)[0] if line.strip() else ""
        queue, sep, num = job.rpartition("-")
        if sep and num.isdigit() and queue in counts:
            counts[queue] += 1
    return counts


def linux_printers(conf_text: str, lpstat_text: str | None, lpstat_error: dict | None = None) -> dict:
    """The printers section on Linux; jobs are unread (with the reason) when `lpstat -o` did not run."""
    printers = cups_printers_conf(conf_text)
    jobs = lpstat_jobs(lpstat_text, [p["name"] for p in printers]) if lpstat_text is not None else None
    for p in printers:
        if jobs is None:
            err = lpstat_error or {"kind": "unsupported", "message": "lpstat"}
            mark_unknown(p, "jobs", err["kind"], err["message"])
        else:
            p["jobs"] = jobs.get(p["name"], 0)
    return {"printers": printers, "source": "cups"}


def windows_port_kind(name: str | None, monitor: str | None, host: str | None) -> str | None:
    """Windows' port of a queue: WSD-<guid> (WSD Port monitor) -> wsd; a Standard TCP/IP port (its own
    host address) -> tcpip; USB001 -> usb; FILE:, PORTPROMPT:, nul: -> file; IPP ports -> ipp."""
    n = (name or "").strip()
    mon = (monitor or "").lower()
    if not n:
        return None
    up = n.upper()
    if up.startswith("WSD-") or "wsd" in mon:
        return "wsd"
    if host or "tcp/ip" in mon:
        return "tcpip"
    if up.startswith("USB") or "usb" in mon:
        return "usb"
    if up.startswith(("HTTP://", "HTTPS://")) or "ipp" in mon:
        return "ipp"
    if up in ("FILE:", "PORTPROMPT:", "NUL:") or up.endswith((".PDF", ".XPS", ".PRN")):
        return "file"
    return "other"


def windows_printers(data: Mapping) -> dict:
    """The JSON of POWERSHELL_PRINTERS ({SpoolerRunning, Printers: [{Name, DriverName, PortName, JobCount}],
    Ports: [{Name, Monitor, Host}], Default: name or null, DefaultError}) -> the printers section."""
    ports = {str(p.get("Name") or "").lower(): p for p in data.get("Ports") or [] if isinstance(p, Mapping)}
    default = data.get("Default")
    printers = []
    for row in data.get("Printers") or []:
        if not isinstance(row, Mapping):
            continue
        port = row.get("PortName")
        info = ports.get(str(port or "").lower(), {})
        host = (info.get("Host") or "").strip() or None
        item = {"name": row.get("Name"), "driver": row.get("DriverName"), "port": port,
                "port_kind": windows_port_kind(port, info.get("Monitor"), host), "address": host,
                "default": None, "jobs": row.get("JobCount")}
        if data.get("DefaultError"):
            mark_unknown(item, "default", "failed", str(data["DefaultError"]))
        else:
            item["default"] = bool(default) and str(default).lower() == str(item["name"] or "").lower()
        if not isinstance(item["jobs"], int):
            mark_unknown(item, "jobs", "failed", "JobCount")
        if item["port_kind"] is None:
            mark_unknown(item, "port_kind", "failed", "PortName")
        printers.append(item)
    return {"printers": printers, "source": "Get-Printer"}


# --------------------------------------------------------------------------- startup entries


def desktop_entry(text: str) -> dict:
    """A .desktop file's [Desktop Entry] keys (Name, Exec, Hidden, X-GNOME-Autostart-enabled...)."""
    keys: dict[str, str] = {}
    in_entry = False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("["):
            in_entry = line == "[Desktop Entry]"
            continue
        if in_entry and "=" in line and not line.startswith("#"):
            k, _, v = line.partition("=")
            keys.setdefault(k.strip(), v.strip())
    return keys


def autostart_entry(file_name: str, text: str, location: str, scope: str) -> dict:
    """One XDG autostart file -> {name, command, location, scope, enabled}; Hidden=true or
    X-GNOME-Autostart-enabled=false turns it off (that is what the desktop's "startup" switch writes)."""
    keys = desktop_entry(text)
    stem = file_name[:-8] if file_name.endswith(".desktop") else file_name
    enabled = not (keys.get("Hidden", "").lower() == "true"
                   or keys.get("X-GNOME-Autostart-enabled", "").lower() == "false")
    return {"name": stem, "display_name": keys.get("Name"), "command": keys.get("Exec"), "location": location,
            "scope": scope, "enabled": enabled}


def startup_approved(value) -> bool | None:
    """A StartupApproved value (binary, 12 bytes) as Task Manager writes it: an even first byte (02, 06)
    is enabled, an odd one (03, 07) disabled. None when it is not such a value."""
    if isinstance(value, bytes | bytearray) and value:
        return value[0] % 2 == 0
    return None


def windows_run_entries(values: Mapping[str, object], approved: Mapping[str, object], location: str,
                        scope: str) -> list[dict]:
    """The values of one Run key ({name: command}) with the matching StartupApproved values."""
    out = []
    for name, command in values.items():
        state = startup_approved(approved.get(name)) if name in approved else True
        out.append({"name": name, "display_name": None, "command": str(command) if command is not None else None,
                    "location": location, "scope": scope, "enabled": True if state is None else state})
    return out


def startup_section(entries: list[dict], source: str, errors: Mapping[str, dict] | None = None) -> dict:
    """Entries from every place read; a place that could not be read is named in `unread_places` (a check
    that finds no entry must then say it could not tell)."""
    return {"entries": entries, "source": source, "unread_places": dict(errors or {})}


# --------------------------------------------------------------------------- installed programs


def dpkg_programs(text: str) -> list[dict]:
    """`dpkg-query -W -f '${Package}\\t${Version}\\t${db:Status-Abbrev}\\n'`: installed ("ii") packages."""
    out = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or not parts[0]:
            continue
        if parts[2].strip()[:2] not in ("ii", "hi"):
            continue
        out.append({"name": parts[0], "version": parts[1] or None, "publisher": None})
    return out


def windows_programs(keys: Iterable[Mapping]) -> list[dict]:
    """Uninstall-key values ({DisplayName, DisplayVersion, Publisher, SystemComponent, ParentKeyName}) ->
    what "Applications installées" lists: a DisplayName, not a system component, not an update."""
    seen = set()
    out = []
    for k in keys:
        name = k.get("DisplayName")
        if not name or k.get("SystemComponent") == 1 or k.get("ParentKeyName"):
            continue
        key = (str(name).lower(), str(k.get("DisplayVersion") or ""))
        if key in seen:
            continue
        seen.add(key)
        out.append({"name": str(name), "version": k.get("DisplayVersion"), "publisher": k.get("Publisher")})
    return out


# --------------------------------------------------------------------------- BitLocker

PROTECTION = {"on": "on", "off": "off", "1": "on", "0": "off", "unknown": None, "2": None}
LOCK = {"locked": True, "unlocked": False, "1": True, "0": False}


def windows_bitlocker(rows: Iterable[Mapping]) -> dict:
    """Get-BitLockerVolume rows ({MountPoint, VolumeStatus, ProtectionStatus, LockStatus,
    EncryptionPercentage, KeyProtector: [types]}, enums as text) -> {volumes: [{name, protection (on|off),
    locked, encryption_percent, status, protectors}]}."""
    vols = []
    for r in rows:
        protectors = r.get("KeyProtector") or []
        if isinstance(protectors, str):  # Format-List's "{Tpm, RecoveryPassword}"
            protectors = [x.strip() for x in protectors.strip("{} ").split(",") if x.strip()]
        item = {"name": str(r.get("MountPoint") or "").rstrip("\\") or None,
                "protection": PROTECTION.get(str(r.get("ProtectionStatus") or "").lower()),
                "locked": LOCK.get(str(r.get("LockStatus") or "").lower()),
                "encryption_percent": r.get("EncryptionPercentage"),
                "status": r.get("VolumeStatus"),
                "protectors": [str(x) for x in protectors]}
        for field, raw in (("protection", "ProtectionStatus"), ("locked", "LockStatus")):
            if item[field] is None:
                mark_unknown(item, field, "failed", f"{raw}: {r.get(raw)!r}")
        vols.append(item)
    return {"volumes": vols, "source": "Get-BitLockerVolume"}


# --------------------------------------------------------------------------- disk health, temperatures


def lsblk_fixed_disks(text: str) -> list[str]:
    """`lsblk -d -n -P -o NAME,TYPE,RM,TRAN` (one line of KEY="value" pairs per device) -> the names of the
    PC's own disks, whose SMART health is read: TYPE "disk". Left out, as not the PC's disks or not disks:
    removable media (RM 1: a USB stick, a USB card reader), anything on USB (TRAN usb: an external disk,
    whose bridge rarely passes SMART), zram devices (compressed RAM) and an eMMC's boot areas
    (mmcblk0boot0/1, listed beside mmcblk0). An internal disk whose SMART cannot be read (eMMC, an SD card in
    a built-in reader, behind a RAID card) stays in: its health is then unknown, not assumed."""
    out = []
    for ln in text.splitlines():
        try:
            f = dict(pair.split("=", 1) for pair in shlex.split(ln))
        except ValueError:
            continue
        name = f.get("NAME", "")
        if (f.get("TYPE") == "disk" and f.get("RM") == "0" and f.get("TRAN") != "usb" and name
                and not name.startswith("zram") and not re.fullmatch(r"mmcblk\d+boot\d+", name)):
            out.append(name)
    return out


def smartctl_disk(name: str, text: str) -> dict:
    """`smartctl --json -H -i /dev/X` -> {name, model, health (ok|failing), temperature, source}. smartctl
    sets bits in its exit status for failing disks, so its JSON is read whatever the status; no
    smart_status in it (a USB bridge, a VM disk) leaves health unread with smartctl's own message."""
    item = {"name": name, "model": None, "health": None, "temperature": None, "source": "smartctl"}
    try:
        data = json.loads(text)
    except ValueError as e:
        return mark_unknown(item, "health", "failed", f"smartctl: {e}")
    item["model"] = data.get("model_name") or data.get("model_family")
    temp = (data.get("temperature") or {}).get("current")
    item["temperature"] = float(temp) if isinstance(temp, int | float) else None
    status = data.get("smart_status")
    if isinstance(status, Mapping) and isinstance(status.get("passed"), bool):
        item["health"] = "ok" if status["passed"] else "failing"
    else:
        msgs = [m.get("string") for m in (data.get("smartctl") or {}).get("messages") or []
                if isinstance(m, Mapping) and m.get("string")]
        mark_unknown(item, "health", "unsupported", msgs[0] if msgs else "SMART")
    if item["temperature"] is None:
        item.setdefault("unknown", {})["temperature"] = {"kind": "unsupported", "message": "SMART temperature"}
    return item


WINDOWS_HEALTH = {"healthy": "ok", "warning": "warning", "unhealthy": "failing", "0": "ok", "1": "warning",
                  "2": "failing"}


def windows_disks(rows: Iterable[Mapping]) -> list[dict]:
    """Get-PhysicalDisk rows ({FriendlyName, HealthStatus, Temperature}) -> disks; Temperature comes from
    Get-StorageReliabilityCounter (administrator only), null when it could not be read."""
    out = []
    for r in rows:
        item = {"name": r.get("FriendlyName"), "model": r.get("FriendlyName"),
                "health": WINDOWS_HEALTH.get(str(r.get("HealthStatus") or "").lower()),
                "temperature": float(r["Temperature"]) if isinstance(r.get("Temperature"), int | float)
                and r["Temperature"] > 0 else None, "source": "Get-PhysicalDisk"}
        if item["health"] is None:
            mark_unknown(item, "health", "failed", f"HealthStatus: {r.get('HealthStatus')!r}")
        if item["temperature"] is None:
            mark_unknown(item, "temperature", "denied" if r.get("TemperatureError") else "unsupported",
                         str(r.get("TemperatureError") or "Get-StorageReliabilityCounter"))
        out.append(item)
    return out


def psutil_temperatures(sensors: Mapping[str, Iterable]) -> list[dict]:
    """psutil.sensors_temperatures() ({chip: [shwtemp(label, current, high, critical)]}) -> sensors
    [{name: "chip" or "chip/label", current, high, critical}] in °C; high/critical None when unknown."""
    out = []
    for chip, rows in sensors.items():
        for i, r in enumerate(rows):
            label, current, high, critical = tuple(r)[:4]
            name = f"{chip}/{label}" if label else (chip if i == 0 else f"{chip}/{i}")
            out.append({"name": name, "current": float(current) if current is not None else None,
                        "high": float(high) if high else None, "critical": float(critical) if critical else None})
    return out


def windows_thermal_zones(rows: Iterable[Mapping]) -> list[dict]:
    """MSAcpi_ThermalZoneTemperature rows ({InstanceName, CurrentTemperature in tenths of kelvin,
    CriticalTripPoint}) -> sensors in °C."""
    out = []
    for r in rows:
        cur = r.get("CurrentTemperature")
        crit = r.get("CriticalTripPoint")
        out.append({"name": r.get("InstanceName"),
                    "current": round(cur / 10 - 273.15, 1) if isinstance(cur, int | float) and cur > 0 else None,
                    "high": None,
                    "critical": round(crit / 10 - 273.15, 1) if isinstance(crit, int | float) and crit > 0 else None})
    return out


def health_section(disks: list[dict] | None, disks_error: dict | None, temps: list[dict] | None,
                   temps_error: dict | None) -> dict:
    out = {"disks": disks, "temperatures": temps}
    if disks is None:
        mark_unknown(out, "disks", **(disks_error or {"kind": "failed", "message": "disks"}))
    if temps is None:
        mark_unknown(out, "temperatures", **(temps_error or {"kind": "failed", "message": "temperatures"}))
    return out


# --------------------------------------------------------------------------- user profiles (Windows)


def windows_profiles(keys: Iterable[Mapping]) -> dict:
    """ProfileList subkeys ({Key: "S-1-5-21-…-1001" or "….bak", ProfileImagePath, State, RefCount}) ->
    {profiles: [{sid, name, path, backup, temporary, state}]}. `backup` is a `.bak` key (Windows renames
    the real profile so when it cannot load it, and signs the user in with a temporary profile);
    `temporary` a profile folder named TEMP (or TEMP.<domain>, TEMP.000…)."""
    out = []
    for k in keys:
        key = str(k.get("Key") or "")
        if not key.upper().startswith("S-1-5-21-"):  # system accounts (S-1-5-18, -19, -20) have no user profile
            continue
        path = k.get("ProfileImagePath")
        leaf = str(path).replace("/", "\\").rstrip("\\").rsplit("\\", 1)[-1] if path else None
        item = {"sid": key[:-4] if key.lower().endswith(".bak") else key, "name": leaf, "path": path,
                "backup": key.lower().endswith(".bak"),
                "temporary": bool(leaf) and (leaf.upper() == "TEMP" or leaf.upper().startswith("TEMP.")),
                "state": k.get("State") if isinstance(k.get("State"), int) else None}
        if path is None:
            mark_unknown(item, "name", "failed", "ProfileImagePath")
        out.append(item)
    return {"profiles": out, "source": "ProfileList"}
