"""The machine the program runs on, read for real.

Each section is read on its own: raw reads (psutil, netifaces, dnspython, `platform`, os-release,
fixed `systemctl` argument lists; on Windows `winreg` and one fixed PowerShell script) are handed to
the pure functions of `normalize.py`, which give the shapes of docs/machine-state.md. A part that
cannot be read raises ProbeError(kind) with kind denied / unsupported / timeout / failed, and the
other sections are still read. Calls that can hang (disk usage of a network drive, a system tool, a
name resolution) run with a timeout. No scenario can choose a command: every argument list is here.
"""

from __future__ import annotations

import errno
import hashlib
import ipaddress
import json
import os
import platform
import shutil
import socket
import stat
import subprocess
import sys
import threading
import time
from typing import TYPE_CHECKING

import netifaces
import psutil

from . import care
from . import normalize as nz
from .base import (
    DENIED,
    FAILED,
    FILE_DIGEST_LIMIT,
    FILE_TEXT_LIMIT,
    NOT_FOUND,
    SECTION_PARTS,
    SECTIONS,
    TIMEOUT,
    UNSUPPORTED,
    Machine,
    ProbeError,
    read_bounded,
)

if TYPE_CHECKING:
    import dns.resolver

# dnspython (some 25 ms to import, more than a tenth of a short check's start-up) is imported by the
# look-ups that use it: a pass without a DNS look-up does not load it.

WINDOWS = sys.platform.startswith("win")
MACOS = sys.platform == "darwin"

DEFAULT_TIMEOUT = 2.0


def _tool_timeout(default: float = 8.0) -> float:
    """Seconds a system tool may take (systemctl, gsettings): AIMM_LAB_TOOL_TIMEOUT if set, for a lab PC
    far slower than a real one (a virtual machine without hardware acceleration), else `default`."""
    try:
        v = float(os.environ.get("AIMM_LAB_TOOL_TIMEOUT") or default)
    except ValueError:
        return default
    return v if 0 < v <= 600 else default


TOOL_TIMEOUT = _tool_timeout()  # systemctl; PowerShell starts slowly on a cold lab PC
POWERSHELL_TIMEOUT = 20.0
SERVICES_TIMEOUT = 10.0

# The fixed argument lists of the system tools this module runs. Nothing else is ever run.
SYSTEMCTL_UNITS = ["systemctl", "list-units", "--type=service", "--all", "--no-legend", "--no-pager", "--plain"]
SYSTEMCTL_UNIT_FILES = ["systemctl", "list-unit-files", "--type=service", "--no-legend", "--no-pager"]
# + unit names systemctl gave (services, then the sockets/paths/timers that trigger them)
SYSTEMCTL_SHOW = ["systemctl", "show",
                  "--property=Id,LoadState,ActiveState,SubState,UnitFileState,TriggeredBy,MainPID", "--"]
SYSTEMCTL_SHOW_BATCH = 200  # unit names per systemctl call (argument lists stay short)
GSETTINGS_PROXY = ["gsettings", "list-recursively", "org.gnome.system.proxy"]
RESOLVECTL_STATUS = ["resolvectl", "status", "--no-pager"]
NETSH_WINHTTP = ["netsh", "winhttp", "show", "proxy"]
NM_NO_STUB = "/run/NetworkManager/no-stub-resolv.conf"  # the servers NetworkManager gives its local resolver
NMCLI_ACTIVE = ["nmcli", "-t", "-f", "UUID", "connection", "show", "--active"]
NMCLI_PROXY = ["nmcli", "-t", "-f", "connection.id,proxy.method,proxy.pac-url", "connection", "show", "uuid"]
NMCLI_DNS = ["nmcli", "-t", "-f", "GENERAL.DEVICE,GENERAL.STATE,GENERAL.CONNECTION,IP4.DNS,IP6.DNS,IP4.DOMAIN",
             "dev", "show"]
IP_BATCH = ["ip", "-j", "-force", "-batch", "-"]  # reads the fixed commands below on stdin
IP_BATCH_NETWORK = ["route show table all", "rule show", "route get 1.1.1.1", "route get fibmatch 1.1.1.1",
                    "route get 2606:4700:4700::1111", "route get fibmatch 2606:4700:4700::1111"]
IP_ROUTE_GET = ["ip", "-j", "route", "get"]  # + one address, checked by ipaddress first
IP_ROUTE_FIBMATCH = ["ip", "-j", "route", "get", "fibmatch"]  # + the same address

# DNS servers per adapter, adapters' status and duplex mode (psutil does not read it on Windows), and the route to "outside" (Find-NetRoute: the same
# decision the stack makes; nothing is sent). One item is still a list (@(...)); enums as text.
POWERSHELL_NETWORK = r"""
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
$dns = @(Get-DnsClientServerAddress | ForEach-Object {
    [pscustomobject]@{ InterfaceAlias = $_.InterfaceAlias; InterfaceIndex = $_.InterfaceIndex;
                       AddressFamily = [int]$_.AddressFamily; ServerAddresses = @($_.ServerAddresses) } })
$adapters = @(Get-NetAdapter | ForEach-Object {
    [pscustomobject]@{ Name = $_.Name; ifIndex = $_.ifIndex; Status = [string]$_.Status;
                       MediaConnectionState = [string]$_.MediaConnectionState; FullDuplex = $_.FullDuplex;
                       MediaDuplexState = $_.MediaDuplexState; LinkSpeed = [string]$_.LinkSpeed; Speed = $_.Speed } })
$route = @()
try { $route = @(Find-NetRoute -RemoteIPAddress '1.1.1.1' | Select-Object IPAddress, InterfaceAlias,
                 InterfaceIndex, DestinationPrefix, NextHop, RouteMetric) } catch { $route = @() }
ConvertTo-Json -Compress -Depth 4 -InputObject ([pscustomobject]@{ Dns = $dns; Adapters = $adapters; Route = $route })
"""
# Find-NetRoute for one destination (the address is checked by ipaddress, then quoted).
POWERSHELL_ROUTE = r"""
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
Find-NetRoute -RemoteIPAddress '{dest}' | Format-List IPAddress, InterfaceAlias, InterfaceIndex,
    DestinationPrefix, NextHop, RouteMetric
"""

# Local accounts and groups, members by SID; one item is still a list (-InputObject @(...)).
# Per user, the WinNT provider's PasswordExpired (1 when "User must change password at next logon" is set).
# Get-LocalGroupMember fails on a group holding an orphaned SID (a PC taken out of a domain) or an
# Entra ID member ("Failed to compare two elements in the array", PowerShell issues 2996 and 21617):
# the group's members are then read through the ADSI WinNT provider, and if that fails too the
# group says so (Members null, MembersError) instead of looking empty.
POWERSHELL_ACCOUNTS = r"""
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
$users = @(Get-LocalUser | ForEach-Object {
    $expired = $null; $expiredErr = $null
    try { $expired = [int](([ADSI]("WinNT://$env:COMPUTERNAME/" + $_.Name + ',user')).PasswordExpired.Value) }
    catch { $expiredErr = $_.Exception.Message }
    [pscustomobject]@{ Name = $_.Name; SID = $_.SID.Value; Enabled = [bool]$_.Enabled; PasswordExpired = $expired;
                       PasswordExpiredError = $expiredErr } })
$groups = @(Get-LocalGroup | ForEach-Object {
    $g = $_
    $members = $null; $source = $null; $err = $null
    try {
        $members = @(Get-LocalGroupMember -SID $g.SID.Value | ForEach-Object {
            [pscustomobject]@{ Name = $_.Name; SID = $_.SID.Value } })
        $source = 'Get-LocalGroupMember'
    } catch {
        $err = $_.Exception.Message
        try {
            $adsi = [ADSI]("WinNT://$env:COMPUTERNAME/" + $g.Name + ',group')
            $members = @($adsi.Invoke('Members') | ForEach-Object {
                $t = $_.GetType()
                $bytes = $t.InvokeMember('objectSid', 'GetProperty', $null, $_, $null)
                $sid = (New-Object System.Security.Principal.SecurityIdentifier($bytes, 0)).Value
                [pscustomobject]@{ Name = $t.InvokeMember('Name', 'GetProperty', $null, $_, $null); SID = $sid } })
            $source = 'ADSI'
        } catch { $members = $null; $err = $err + ' | ADSI: ' + $_.Exception.Message }
    }
    [pscustomobject]@{ Name = $g.Name; SID = $g.SID.Value; Members = $members; MembersSource = $source;
                       MembersError = $err } })
ConvertTo-Json -Compress -Depth 4 -InputObject ([pscustomobject]@{ Users = $users; Groups = $groups })
"""


def owner_of(st: os.stat_result) -> dict:
    """`{"owner": name}` of a stat result: the account name of st_uid (POSIX, pwd), its number when no
    account has it. On Windows the owner (a security descriptor) is not read: null, named in `unknown`."""
    if WINDOWS:
        return {"owner": None, "unknown": {"owner": {"kind": "unsupported",
                                                     "message": "file owner not read on Windows"}}}
    import pwd  # noqa: PLC0415 - POSIX only

    try:
        return {"owner": pwd.getpwuid(st.st_uid).pw_name}
    except KeyError:
        return {"owner": str(st.st_uid)}


# Printers, their ports and queues; the default printer from WMI (Get-Printer does not say).
POWERSHELL_PRINTERS = r"""
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
$running = (Get-Service -Name Spooler).Status -eq 'Running'
$printers = @(); $ports = @(); $default = $null; $defaultError = $null
if ($running) {
    $printers = @(Get-Printer | ForEach-Object {
        [pscustomobject]@{ Name = $_.Name; DriverName = $_.DriverName; PortName = $_.PortName; JobCount = [int]$_.JobCount } })
    $ports = @(Get-PrinterPort | ForEach-Object {
        [pscustomobject]@{ Name = $_.Name; Monitor = [string]$_.PortMonitor; Host = [string]$_.PrinterHostAddress } })
    try { $default = (Get-CimInstance -ClassName Win32_Printer -Filter 'Default=TRUE' | Select-Object -First 1).Name }
    catch { $defaultError = $_.Exception.Message }
}
ConvertTo-Json -Compress -Depth 4 -InputObject ([pscustomobject]@{ SpoolerRunning = $running; Printers = $printers;
    Ports = $ports; Default = $default; DefaultError = $defaultError })
"""
# BitLocker volumes (administrator only: otherwise access is denied and the section says so).
POWERSHELL_BITLOCKER = r"""
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
$vols = @(Get-BitLockerVolume | ForEach-Object {
    [pscustomobject]@{ MountPoint = $_.MountPoint; VolumeStatus = [string]$_.VolumeStatus;
        ProtectionStatus = [string]$_.ProtectionStatus; LockStatus = [string]$_.LockStatus;
        EncryptionPercentage = $_.EncryptionPercentage;
        KeyProtector = @($_.KeyProtector | ForEach-Object { [string]$_.KeyProtectorType }) } })
ConvertTo-Json -Compress -Depth 4 -InputObject $vols
"""
# Physical disks' health (and temperature when the reliability counters can be read), thermal zones.
POWERSHELL_HEALTH = r"""
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
$disks = @(Get-PhysicalDisk | ForEach-Object {
    $t = $null; $terr = $null
    try { $t = ($_ | Get-StorageReliabilityCounter).Temperature } catch { $terr = $_.Exception.Message }
    [pscustomobject]@{ FriendlyName = $_.FriendlyName; HealthStatus = [string]$_.HealthStatus; Temperature = $t;
                       TemperatureError = $terr } })
$zones = $null; $zonesError = $null
try { $zones = @(Get-CimInstance -Namespace root/wmi -ClassName MSAcpi_ThermalZoneTemperature |
    ForEach-Object { [pscustomobject]@{ InstanceName = $_.InstanceName; CurrentTemperature = $_.CurrentTemperature;
                                        CriticalTripPoint = $_.CriticalTripPoint } }) }
catch { $zonesError = $_.Exception.Message }
ConvertTo-Json -Compress -Depth 4 -InputObject ([pscustomobject]@{ Disks = $disks; Zones = $zones;
    ZonesError = $zonesError })
"""
CUPS_PRINTERS_CONF = "/etc/cups/printers.conf"
LPSTAT_JOBS = ["lpstat", "-o"]
DPKG_QUERY = ["dpkg-query", "-W", "-f", "${Package}\\t${Version}\\t${db:Status-Abbrev}\\n"]
LSBLK_DISKS = ["lsblk", "-d", "-n", "-P", "-o", "NAME,TYPE,RM,TRAN"]
SMARTCTL = ["smartctl", "--json", "-H", "-i"]  # + /dev/<a disk lsblk listed>
XDG_AUTOSTART_SYSTEM = "/etc/xdg/autostart"
WINDOWS_RUN_KEYS = (  # (hive, key, StartupApproved key, scope)
    ("HKEY_LOCAL_MACHINE", r"SOFTWARE\Microsoft\Windows\CurrentVersion\Run",
     r"SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run", "machine"),
    ("HKEY_LOCAL_MACHINE", r"SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Run",
     r"SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run32", "machine"),
    ("HKEY_CURRENT_USER", r"Software\Microsoft\Windows\CurrentVersion\Run",
     r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run", "user"),
)
WINDOWS_PROFILE_LIST = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList"
WINDOWS_UNINSTALL_KEYS = (
    ("HKEY_LOCAL_MACHINE", r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall"),
    ("HKEY_LOCAL_MACHINE", r"SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall"),
    ("HKEY_CURRENT_USER", r"Software\Microsoft\Windows\CurrentVersion\Uninstall"),
)


def current_platform() -> str:
    if WINDOWS:
        return "windows"
    if MACOS:
        return "darwin"
    return "linux"


def call_with_timeout(fn, timeout: float, what: str):
    """Run `fn` in a daemon thread and wait at most `timeout` seconds. A call that hangs (a dead
    network drive, a stuck resolver) is left behind rather than waited for: a daemon thread does
    not keep the program from exiting."""
    box: dict = {}
    done = threading.Event()

    def run():
        try:
            box["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - handed back to the caller below
            box["error"] = e
        finally:
            done.set()

    threading.Thread(target=run, name=f"aimm-probe-{what}", daemon=True).start()
    if not done.wait(timeout):
        raise ProbeError(TIMEOUT, f"{what} > {timeout:g} s")
    if "error" in box:
        raise box["error"]
    return box["value"]


def run_tool(args: list[str], timeout: float = TOOL_TIMEOUT, accept: tuple[int, ...] = (0,),
             c_locale: bool = False) -> str:
    """Run one of the fixed argument lists above; its output as text, or ProbeError. `accept`: the exit
    codes whose output is still the answer (testparm exits 1 on a configuration it warns about); `c_locale`:
    run it with LC_ALL=C, for a tool whose output wording follows the user's language (lpstat)."""
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if WINDOWS else 0
    try:
        env = dict(os.environ, LC_ALL="C", LANG="C") if c_locale else None
        cp = subprocess.run(args, capture_output=True, timeout=timeout, check=False,
                            stdin=subprocess.DEVNULL, creationflags=flags, env=env)
    except FileNotFoundError:
        raise ProbeError(UNSUPPORTED, f"{os.path.basename(args[0])} absent") from None
    except subprocess.TimeoutExpired:
        raise ProbeError(TIMEOUT, f"{os.path.basename(args[0])} > {timeout:g} s") from None
    except OSError as e:  # by its numbers: "denied" only when access really was denied
        err = nz.os_error(e.errno, getattr(e, "winerror", None), e.strerror)
        raise ProbeError(err["kind"], f"{os.path.basename(args[0])}: {err['message']}") from None
    if cp.returncode not in accept or (cp.returncode != 0 and not cp.stdout.strip()):
        err = cp.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ProbeError(FAILED, f"{os.path.basename(args[0])}: {err[0] if err else cp.returncode}")
    return cp.stdout.decode("utf-8", "replace")


def _ip_batch(commands: list[str], timeout: float) -> tuple[list[str], list[str]]:
    """`ip -j -force -batch -` with fixed commands: one process for several reads. Returns the JSON
    lines printed (one per command that succeeded, in order) and the error lines; ([], [why]) when
    `ip` could not run."""
    try:
        cp = subprocess.run(IP_BATCH, input="\n".join(commands).encode() + b"\n", capture_output=True,
                            timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        return [], [str(e)]
    out = [x for x in cp.stdout.decode("utf-8", "replace").splitlines() if x.strip().startswith("[")]
    return out, cp.stderr.decode("utf-8", "replace").splitlines()


def _is_ipv6_route(r: dict) -> bool:
    """`ip -j route show table all` lists both families; IPv6 routes carry `pref`, and addresses with ':'."""
    return "pref" in r or ":" in str(r.get("dst", "")) or ":" in str(r.get("gateway", "")) or any(
        ":" in str(h.get("gateway", "")) for h in r.get("nexthops") or [])


def decode_text(raw: bytes) -> str:
    """A text file as Windows and Linux write them: UTF-8 (with or without BOM), or UTF-16 with BOM."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", "replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8", "replace")


def proxies_environment(environ) -> dict[str, str]:
    """{scheme: proxy} from the `*_proxy` variables, as urllib.request.getproxies_environment() reads them
    (CPython 3.11-3.13, Lib/urllib/request.py): any case, the lower-case one preferred, an empty lower-case one
    removing it; HTTP_PROXY ignored under CGI (REQUEST_METHOD set). Here to spare a check the import of
    urllib.request and http.client; tests/core/test_lean_start.py compares the two."""
    proxies: dict[str, str] = {}
    for name, value in environ.items():
        name = name.lower()
        if value and name[-6:] == "_proxy":
            proxies[name[:-6]] = value
    if "REQUEST_METHOD" in environ:
        proxies.pop("http", None)
    for name, value in environ.items():
        if name[-6:] == "_proxy":
            name = name.lower()
            if value:
                proxies[name[:-6]] = value
            else:
                proxies.pop(name[:-6], None)
    return proxies


def too_big(size: int) -> dict:
    """The `unknown` reason of a digest not computed: the file is over FILE_DIGEST_LIMIT."""
    return {"kind": UNSUPPORTED, "message": f"{size} bytes, over the {FILE_DIGEST_LIMIT // 1048576} MiB read "
                                            "for a digest"}


def read_text_file(path: str) -> str:
    """A configuration file's text, read whole up to CONFIG_FILE_LIMIT (else ProbeError UNSUPPORTED)."""
    try:
        return decode_text(read_bounded(path))
    except OSError as e:
        err = nz.os_error(e.errno, getattr(e, "winerror", None), e.strerror)
        raise ProbeError(err["kind"], f"{path}: {err['message']}") from None


def _powershell() -> str:
    return os.path.join(os.environ.get("SystemRoot", r"C:\Windows"), "System32", "WindowsPowerShell", "v1.0",
                        "powershell.exe")


def hosts_path() -> str:
    if WINDOWS:
        root = os.environ.get("SystemRoot", r"C:\Windows")
        return os.path.join(root, "System32", "drivers", "etc", "hosts")
    return "/etc/hosts"


def _winreg_values(hive_name: str, key: str, names: tuple[str, ...]) -> dict:
    """Values of one registry key (Windows only); missing values are left out."""
    import winreg  # noqa: PLC0415 - Windows only

    hive = getattr(winreg, hive_name)
    out = {}
    try:
        with winreg.OpenKey(hive, key) as k:
            for n in names:
                try:
                    out[n] = winreg.QueryValueEx(k, n)[0]
                except FileNotFoundError:
                    pass
    except FileNotFoundError:
        pass
    except OSError as e:
        err = nz.os_error(e.errno, getattr(e, "winerror", None), e.strerror)
        raise ProbeError(err["kind"], f"{key}: {err['message']}") from None
    return out


def _winreg_all_values(hive_name: str, key: str) -> dict:
    """Every value of one registry key ({name: data}); {} when the key does not exist (Windows only)."""
    import winreg  # noqa: PLC0415 - Windows only

    out = {}
    try:
        with winreg.OpenKey(getattr(winreg, hive_name), key) as k:
            i = 0
            while True:
                try:
                    name, data, _kind = winreg.EnumValue(k, i)
                except OSError:  # ERROR_NO_MORE_ITEMS
                    break
                out[name] = data
                i += 1
    except FileNotFoundError:
        pass
    except OSError as e:
        err = nz.os_error(e.errno, getattr(e, "winerror", None), e.strerror)
        raise ProbeError(err["kind"], f"{key}: {err['message']}") from None
    return out


def _winreg_subkeys(hive_name: str, key: str, with_key: bool = False) -> list[dict]:
    """The values of each subkey of one registry key (the Uninstall list, ProfileList); `with_key`: each
    with its subkey's name as "Key"."""
    import winreg  # noqa: PLC0415 - Windows only

    out = []
    try:
        with winreg.OpenKey(getattr(winreg, hive_name), key) as k:
            i = 0
            while True:
                try:
                    sub = winreg.EnumKey(k, i)
                except OSError:
                    break
                i += 1
                try:
                    values = _winreg_all_values(hive_name, f"{key}\\{sub}")
                    if with_key:
                        values["Key"] = sub
                    out.append(values)
                except ProbeError:
                    continue  # one unreadable program never sinks the list
    except FileNotFoundError:
        pass
    except OSError as e:
        err = nz.os_error(e.errno, getattr(e, "winerror", None), e.strerror)
        raise ProbeError(err["kind"], f"{key}: {err['message']}") from None
    return out


def _powershell_json(script: str, what: str):
    """What a PowerShell script prints as JSON (Windows PowerShell 5.1, no profile), decoded; ProbeError
    FAILED naming `what` when it is not JSON."""
    out = run_tool([_powershell(), "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
                    "-Command", script], POWERSHELL_TIMEOUT)
    try:
        return json.loads(out.lstrip("\ufeff") or "null")
    except ValueError as e:
        raise ProbeError(FAILED, f"{what}: {e}") from None


def _homes() -> list[str]:
    """Home folders of the accounts that can sign in (uid >= 1000) and root's."""
    import pwd  # noqa: PLC0415 - POSIX only

    return [p.pw_dir for p in pwd.getpwall() if (p.pw_uid >= 1000 or p.pw_uid == 0) and p.pw_dir
            and os.path.isdir(p.pw_dir)]


class RealMachine(Machine):
    """This machine, now. `timeout` bounds every call that can hang (default 2 s)."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT):
        self.platform = current_platform()
        self.timeout = timeout
        self._ps_lock = threading.Lock()
        self._ps_network: dict | None = None

    # ------------------------------------------------------------------ sections

    def section(self, name: str, parts=None) -> dict:
        if name not in SECTIONS:
            raise ProbeError(UNSUPPORTED, name)
        reader = getattr(self, f"_read_{name}")
        try:
            if name in SECTION_PARTS:
                every = set(SECTION_PARTS[name])
                return reader(every if parts is None else every & set(parts))
            return reader()
        except ProbeError:
            raise
        except Exception as e:  # noqa: BLE001 - the last net: one unreadable part never stops a probe
            raise ProbeError(FAILED, f"{type(e).__name__}: {e}") from e

    def _read_system(self) -> dict:
        if WINDOWS:
            reg = _winreg_values("HKEY_LOCAL_MACHINE", r"SOFTWARE\Microsoft\Windows NT\CurrentVersion",
                                 ("ProductName", "DisplayVersion"))
            build = sys.getwindowsversion().build
            os_info = nz.windows_os(reg.get("ProductName"), build, platform.release(), platform.version(),
                                    reg.get("DisplayVersion"))
        elif MACOS:
            os_info = {"system": "Darwin", "release": platform.release(), "version": platform.mac_ver()[0],
                       "name": f"macOS {platform.mac_ver()[0]}", "build": None}
        else:
            try:
                release = platform.freedesktop_os_release()
            except OSError:  # no os-release file: a very bare system
                release = {}
            os_info = nz.linux_os(release, platform.release(), platform.version())
        return nz.system_section(socket.gethostname(), os_info, psutil.boot_time())

    def _read_cpu(self) -> dict:
        try:
            freq = psutil.cpu_freq()
        except (NotImplementedError, OSError):  # no frequency exposed (some VMs, ARM boards)
            freq = None
        return nz.cpu_section(psutil.cpu_count(), psutil.cpu_count(logical=False), freq)

    def _read_memory(self) -> dict:
        try:
            swap = psutil.swap_memory()
        except (RuntimeError, OSError):  # swap accounting missing in some containers
            swap = None
        return nz.memory_section(psutil.virtual_memory(), swap)

    def _read_disks(self) -> dict:
        # all=True: network drives (Windows "remote" letters, Linux cifs/nfs) and tmpfs are "nodev"
        # and left out otherwise; disks_section keeps the mounts a user calls a drive.
        parts = [p for p in psutil.disk_partitions(all=True)
                 if nz._drive_kind(p.device, p.fstype, p.opts, WINDOWS, p.mountpoint) is not None]
        # Every usage is asked at once, each in its own thread: a dead network drive costs one
        # timeout for the whole section, not one per drive.
        results: dict[str, object] = {}
        lock = threading.Lock()

        def usage(mountpoint: str):
            try:
                value: object = psutil.disk_usage(mountpoint)
            except OSError as e:  # a CD drive with no disc, a dead share, a vanished mount: by its numbers
                value = nz.os_error(e.errno, getattr(e, "winerror", None), e.strerror)
            with lock:
                results[mountpoint] = value

        threads = [threading.Thread(target=usage, args=(p.mountpoint,), daemon=True,
                                    name="aimm-probe-disk") for p in parts]
        for t in threads:
            t.start()
        deadline = time.monotonic() + self.timeout
        for t in threads:
            t.join(max(0.0, deadline - time.monotonic()))
        with lock:
            usages = {p.mountpoint: results.get(p.mountpoint, {"kind": TIMEOUT, "message": f"> {self.timeout:g} s"})
                      for p in parts}
        remote = _windows_remote_paths([p.mountpoint for p in parts if "remote" in p.opts]) if WINDOWS else None
        return nz.disks_section(parts, usages, WINDOWS, remote)

    def _read_network(self, parts=frozenset(SECTION_PARTS["network"])) -> dict:
        """Interfaces and gateways; with "routes", every routing table, rule and the system's decision for
        "outside" too (Linux: one `ip -batch` process; Windows: from the network PowerShell script)."""
        addrs = psutil.net_if_addrs()
        stats = psutil.net_if_stats()
        gws = netifaces.gateways()
        ids_addrs = {}
        for family, entries in gws.items():
            if family == "default":
                continue
            for entry in entries:
                iface_id = entry[1]
                if iface_id not in addrs and iface_id not in ids_addrs:
                    try:  # Windows: netifaces names adapters by GUID; their MAC tells which one
                        ids_addrs[iface_id] = netifaces.ifaddresses(iface_id)
                    except ValueError:  # the adapter went away between the two calls
                        ids_addrs[iface_id] = {}
        fam = nz.Families(int(socket.AF_INET), int(socket.AF_INET6), int(psutil.AF_LINK))
        nf = nz.Families(netifaces.AF_INET, netifaces.AF_INET6, netifaces.AF_LINK)
        out = nz.mark_library_defaults(nz.network_section(addrs, stats, gws, fam, nf, ids_addrs), self.platform,
                                       set(addrs) - set(stats))
        out["routes"] = out["rules"] = out["effective"] = None
        out["parts"] = []
        if WINDOWS:
            out["parts"] = ["routes"]
            try:
                ps = self._windows_network()
                nz.windows_adapter_duplex(out, nz._as_list(ps.get("Adapters")))
                route = nz._as_list(ps.get("Route"))
                if route:
                    out["effective"] = {"ipv4": nz.windows_find_netroute(route, nz.OUTSIDE["ipv4"])}
            except ProbeError:
                pass  # the adapters are known without it; checks that need it say it was not read
        elif "routes" in parts and not MACOS and shutil.which("ip") is not None:
            out["parts"] = ["routes"]
            self._linux_routes(out)
        return out

    def _linux_routes(self, out: dict) -> None:
        """Every routing table and rule, and the kernel's own decision for "outside": the gateways
        are those of the routes (several defaults and multipath next hops all kept, with metric and
        table), not a guess from the main table. One `ip -batch` process for all of it."""
        lines, errors = _ip_batch(IP_BATCH_NETWORK, self.timeout)
        if len(lines) < 2:
            return  # keep netifaces' gateways
        try:
            rows = [json.loads(x) for x in lines]
        except ValueError:
            return
        v4 = [r for r in rows[0] if not _is_ipv6_route(r)]
        v6 = [r for r in rows[0] if _is_ipv6_route(r)]
        routes = nz.linux_routes(v4, "ipv4") + nz.linux_routes(v6, "ipv6")
        out["routes"] = routes
        out["rules"] = nz.linux_rules(rows[1])
        out["gateways"] = nz.gateways_from_routes(routes)
        got: dict[str, list] = {}
        fib: dict[str, list] = {}
        for r in rows[2:]:
            if not r:
                continue
            dst = str(r[0].get("dst"))
            fam_name = next((f for f, d in nz.OUTSIDE.items() if d == dst), None)
            if fam_name:
                got[fam_name] = r
            else:
                fib["ipv6" if _is_ipv6_route(r[0]) else "ipv4"] = r
        out["effective"] = {}
        for fam_name, dest in nz.OUTSIDE.items():
            if fam_name in got:
                out["effective"][fam_name] = nz.linux_route_decision(got[fam_name], dest, fib.get(fam_name))
            elif fam_name == "ipv4":  # no route at all: a decision too
                why = next((e for e in errors if "unreachable" in e.lower()), "no route")
                out["effective"][fam_name] = {
                    "destination": dest, "gateway": None, "interface": None, "source": None, "table": None,
                    "route": None, "nexthops": [], "type": None, "via": "ip route get",
                    "error": why.split(": ", 1)[-1].strip().lower()}

    def _read_dns(self) -> dict:
        if WINDOWS:
            return self._windows_dns()
        try:
            text = read_text_file("/etc/resolv.conf")
        except ProbeError as e:
            if e.kind != NOT_FOUND:  # a file that is there and cannot be read is no "no server"
                raise
            text = ""  # no resolv.conf: no DNS server configured
        rc = nz.parse_resolv_conf(text)
        status = self._resolvectl_status()
        devices = self._nmcli_devices()
        interfaces = None
        if status is not None:
            interfaces = {lk["name"]: {"servers": lk["servers"], "search": lk["domains"],
                                       "connected": lk["dns_scope"]} for lk in status["links"]}
        elif devices is not None:
            interfaces = {d["device"]: {"servers": d["servers"], "search": d["domains"],
                                        "connected": str(d["state"] or "").startswith("100")} for d in devices}
        if not nz.only_local(rc["servers"]):
            return nz.dns_section(rc["servers"], rc["search"], "resolv.conf", interfaces, rc["ignored"])
        via = rc["servers"][0]
        # Programs ask a local forwarder; the servers it asks belong to whoever runs it.
        if nz.only_stub(rc["servers"]):
            if status is not None:
                search = [d for b in [status["global"] or {}, *status["links"]] for d in b.get("domains", [])]
                return nz.dns_section(nz.resolved_servers(status), search or rc["search"], "systemd-resolved",
                                      interfaces, via=via)
            if os.path.exists("/run/systemd/resolve/resolv.conf"):
                up = nz.parse_resolv_conf(read_text_file("/run/systemd/resolve/resolv.conf"))
                return nz.dns_section(up["servers"], up["search"] or rc["search"], "systemd-resolved",
                                      interfaces, up["ignored"], via=via)
        elif devices is not None and any(d["servers"] for d in devices):
            connected = [d for d in devices if str(d["state"] or "").startswith("100")] or devices
            servers = [a for d in connected for a in d["servers"]]
            search = [x for d in connected for x in d["domains"]]
            return nz.dns_section(servers, search or rc["search"], "NetworkManager", interfaces, via=via)
        elif os.path.exists(NM_NO_STUB):  # NetworkManager's copy of what it hands its dnsmasq
            up = nz.parse_resolv_conf(read_text_file(NM_NO_STUB))
            if up["servers"]:
                return nz.dns_section(up["servers"], up["search"] or rc["search"], "NetworkManager",
                                      interfaces, up["ignored"], via=via)
        if not nz.only_stub(rc["servers"]):
            ups = self._dnsmasq_upstreams()
            if ups:
                return nz.dns_section(ups, rc["search"], "dnsmasq", interfaces, via=via)
        out = nz.dns_section([], rc["search"], "resolv.conf", interfaces, via=via)
        out["servers"] = None  # behind a local forwarder whose servers could not be read: unknown
        return out

    def _resolvectl_status(self) -> dict | None:
        """systemd-resolved's own view (per link), or None when it is not running here."""
        if not os.path.isdir("/run/systemd/resolve") or shutil.which(RESOLVECTL_STATUS[0]) is None:
            return None
        try:
            return nz.resolvectl_status(run_tool(RESOLVECTL_STATUS, self.timeout))
        except ProbeError:
            return None

    def _nmcli_devices(self) -> list | None:
        """NetworkManager's per-device DNS servers, or None when it is not running here."""
        if not os.path.isdir("/run/NetworkManager") or shutil.which(NMCLI_DNS[0]) is None:
            return None
        try:
            return nz.nmcli_devices(run_tool(NMCLI_DNS, self.timeout))
        except ProbeError:
            return None

    @staticmethod
    def _dnsmasq_upstreams() -> list[str]:
        """A local dnsmasq's upstream servers from its configuration (/etc/dnsmasq.conf,
        /etc/dnsmasq.d/*) or its resolv-file."""
        texts = []
        paths = ["/etc/dnsmasq.conf"]
        if os.path.isdir("/etc/dnsmasq.d"):
            paths += sorted(os.path.join("/etc/dnsmasq.d", n) for n in os.listdir("/etc/dnsmasq.d")
                            if not n.startswith(".") and not n.endswith(("~", ".dpkg-dist", ".dpkg-old")))
        for path in paths:
            try:
                texts.append(read_text_file(path))
            except ProbeError:
                continue
        resolv_file = None
        for text in texts:
            for line in text.splitlines():
                if line.strip().startswith("resolv-file="):
                    resolv_file = line.split("=", 1)[1].strip()
        resolv_text = None
        if resolv_file:
            try:
                resolv_text = read_text_file(resolv_file)
            except ProbeError:
                resolv_text = None
        return nz.dnsmasq_upstreams(texts, resolv_text)

    def _windows_dns(self) -> dict:
        import dns.name  # noqa: PLC0415 - see the module's imports
        import dns.resolver  # noqa: PLC0415

        try:
            r = dns.resolver.Resolver()  # dnspython reads the registry: every adapter's servers
            servers, search = list(r.nameservers), (r.search or ([r.domain] if r.domain != dns.name.root else []))
        except dns.resolver.NoResolverConfiguration:
            servers, search = [], []
        try:
            ps = self._windows_network()
            interfaces = nz.windows_dns_adapters(nz._as_list(ps.get("Dns")), nz._as_list(ps.get("Adapters")))
        except ProbeError:
            interfaces = None
        if interfaces:
            # The machine-wide list is what connected adapters hold, not a Wi-Fi out of range's last lease.
            live = {a for i in interfaces.values() if i.get("connected") is not False for a in i["servers"]}
            servers = [s for s in servers if str(s) in live] or [a for i in interfaces.values()
                                                               if i.get("connected") for a in i["servers"]]
        return nz.dns_section(servers, search, "registry", interfaces)

    def _windows_network(self) -> dict:
        """The one fixed PowerShell script of the network readings, run once per RealMachine."""
        with self._ps_lock:
            if self._ps_network is None:
                out = run_tool([_powershell(), "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
                                "-Command", POWERSHELL_NETWORK], POWERSHELL_TIMEOUT)
                try:
                    self._ps_network = json.loads(out)
                except ValueError as e:
                    raise ProbeError(FAILED, f"Get-DnsClientServerAddress: {e}") from None
            return self._ps_network

    def _read_hosts(self) -> dict:
        path = hosts_path()
        return nz.parse_hosts(read_text_file(path), path)

    def _read_proxy(self) -> dict:
        """Every place a proxy can be set for this user, each read on its own (one unreadable place is
        left out, the others still count). Windows: WinINET (HKCU Internet Settings: ProxyEnable,
        ProxyServer, ProxyOverride, AutoConfigURL) then WinHTTP (`netsh winhttp show proxy`).
        Linux: this process's environment, /etc/environment, GNOME (gsettings, in a desktop session),
        NetworkManager's PAC settings of the active connections, apt's Acquire::*::Proxy."""
        sources = []
        if WINDOWS:
            v = _winreg_values("HKEY_CURRENT_USER",
                               r"Software\Microsoft\Windows\CurrentVersion\Internet Settings",
                               ("ProxyEnable", "ProxyServer", "ProxyOverride", "AutoConfigURL"))
            sources.append(nz.windows_proxy(v.get("ProxyEnable"), v.get("ProxyServer"), v.get("ProxyOverride"),
                                            v.get("AutoConfigURL")))
            try:
                sources.append(nz.netsh_winhttp_proxy(run_tool(NETSH_WINHTTP, self.timeout)))
            except ProbeError:
                pass
            return nz.proxy_section(sources)
        sources.append(nz.env_proxy(proxies_environment(os.environ)))
        if MACOS:
            return nz.proxy_section(sources)
        try:
            sources.append(nz.environment_file_proxy(read_text_file("/etc/environment")))
        except ProbeError:
            pass
        # GNOME's proxy settings apply to the programs of a desktop session; outside one (ssh, a
        # service) asking gsettings would cost a process for nothing.
        desktop = os.environ.get("XDG_CURRENT_DESKTOP") or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        if desktop and shutil.which(GSETTINGS_PROXY[0]) is not None:
            try:
                gnome = nz.gsettings_proxy(run_tool(GSETTINGS_PROXY, self.timeout))
                if gnome is not None:
                    sources.append(gnome)
            except ProbeError:
                pass
        if os.path.isdir("/run/NetworkManager") and shutil.which(NMCLI_ACTIVE[0]) is not None:
            try:
                uuids = [u.strip() for u in run_tool(NMCLI_ACTIVE, self.timeout).splitlines() if u.strip()]
                text = "\n".join(run_tool(NMCLI_PROXY + [u], self.timeout) for u in uuids[:8])
                sources.append(nz.nmcli_proxy(text))
            except ProbeError:
                pass
        texts = []
        for path in ["/etc/apt/apt.conf"] + (sorted(os.path.join("/etc/apt/apt.conf.d", n)
                                                     for n in os.listdir("/etc/apt/apt.conf.d"))
                                              if os.path.isdir("/etc/apt/apt.conf.d") else []):
            try:
                texts.append(read_text_file(path))
            except ProbeError:
                continue
        if texts:
            sources.append(nz.apt_proxy(texts))
        return nz.proxy_section(sources)

    def _read_sockets(self, parts=frozenset(SECTION_PARTS["sockets"])) -> dict:
        """Listening TCP and bound UDP sockets; with "owners", the process of each (psutil.net_connections,
        which on Linux walks every process's open files to find the owners, the costly part). On Linux
        without owners: the kernel's socket diagnostics for listening TCP sockets, /proc/net/udp{,6}."""
        fam = nz.Families(int(socket.AF_INET), int(socket.AF_INET6), int(psutil.AF_LINK))
        if "owners" not in parts and not WINDOWS and not MACOS and os.path.exists("/proc/net/udp"):
            return nz.sockets_section(_linux_sockets(fam), {}, fam, int(socket.SOCK_STREAM), int(socket.SOCK_DGRAM),
                                      owners=False)
        try:
            conns = psutil.net_connections(kind="inet")
        except psutil.AccessDenied:  # macOS without root
            raise ProbeError(DENIED, "net_connections") from None
        names = {}
        for pid in {c.pid for c in conns if c.pid is not None}:
            try:
                names[pid] = psutil.Process(pid).name()
            except (psutil.NoSuchProcess, psutil.AccessDenied):  # gone, or not ours to see
                names[pid] = None
        return nz.sockets_section(conns, names, fam, int(socket.SOCK_STREAM), int(socket.SOCK_DGRAM))

    def _read_processes(self, parts=frozenset(SECTION_PARTS["processes"])) -> dict:
        """Every process's pid and name; with "details", its user name and executable path too."""
        if "details" not in parts:
            return nz.processes_section(self._process_names(), details=False)
        # One pass over the process table. A field psutil may not read comes back as nz.UNREAD (then null,
        # named in the process's `unknown`); a process that fails as a whole is marked, the others read.
        # cpu_percent is not asked: a first reading is always 0.0 (see cpu_load for a measure).
        infos = []
        for p in psutil.process_iter():
            try:
                infos.append(p.as_dict(["pid", "name", "username", "exe"], ad_value=nz.UNREAD))
            except psutil.NoSuchProcess:  # gone while listed
                continue
            except Exception as e:  # noqa: BLE001 - one process never sinks the list
                infos.append({"pid": p.pid, "error": nz.exception_error(e)})
        return nz.processes_section(infos)

    @staticmethod
    def _process_names() -> list[dict]:
        """pid and name of every process. Linux: /proc/<pid>/comm (and the command line for a name of 15
        characters, as psutil's Process.name() does), without the Process objects; elsewhere psutil."""
        infos: list[dict] = []
        if WINDOWS or MACOS or not os.path.isdir("/proc/self"):
            for p in psutil.process_iter():
                try:
                    infos.append(p.as_dict(["pid", "name"], ad_value=nz.UNREAD))
                except psutil.NoSuchProcess:
                    continue
                except Exception as e:  # noqa: BLE001 - one process never sinks the list
                    infos.append({"pid": p.pid, "error": nz.exception_error(e)})
            return infos
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                name = nz.proc_comm_name(_read_small(f"/proc/{entry}/comm", 256))
                if len(name) >= 15:
                    try:
                        name = nz.proc_long_name(name, _read_small(f"/proc/{entry}/cmdline", 1 << 20))
                    except PermissionError:  # psutil keeps the short name too
                        pass
            except (FileNotFoundError, ProcessLookupError):  # gone while listed
                continue
            except OSError as e:  # one process never sinks the list
                infos.append({"pid": int(entry), "error": nz.os_error(e.errno, None, e.strerror)})
                continue
            infos.append({"pid": int(entry), "name": name})
        return infos

    def _read_services(self) -> dict:
        if WINDOWS:
            return call_with_timeout(self._windows_services, SERVICES_TIMEOUT, "services")
        if MACOS:
            raise ProbeError(UNSUPPORTED, "launchd")
        if not os.path.isdir("/run/systemd/system"):  # sd_booted(): systemd is not the service manager
            raise ProbeError(UNSUPPORTED, "systemd")
        units = run_tool(SYSTEMCTL_UNITS)
        files = run_tool(SYSTEMCTL_UNIT_FILES)
        names = [f"{s['name']}.service" for s in nz.systemd_services(units, files)["services"]]
        try:  # systemd's own words for every service, then for the sockets/paths/timers that start them
            show = self._systemctl_show(names)
            triggers = nz.systemd_triggers(show)
            if triggers:
                show += "\n\n" + self._systemctl_show(triggers)
        except ProbeError as e:  # the listings still tell state and unit file state
            data = nz.systemd_services(units, files)
            data["show_error"] = e.as_dict()
            return data
        return nz.systemd_services(units, files, show)

    @staticmethod
    def _systemctl_show(units: list[str]) -> str:
        out = []
        for i in range(0, len(units), SYSTEMCTL_SHOW_BATCH):
            out.append(run_tool(SYSTEMCTL_SHOW + units[i:i + SYSTEMCTL_SHOW_BATCH]))
        return "\n\n".join(out)

    @staticmethod
    def _windows_services() -> dict:
        # Field by field, never as_dict(): as_dict() also reads the description, which raises a bare
        # FileNotFoundError / OSError 1168 from QueryServiceConfig2W for some services (psutil issues
        # 2383 and 2607), and one such service would sink the whole list.
        items = []
        for s in psutil.win_service_iter():
            item: dict = {"name": s.name(), "display_name": s.display_name()}
            try:
                for field, read in (("start_type", s.start_type), ("status", s.status), ("pid", s.pid)):
                    try:
                        item[field] = read()
                    except psutil.NoSuchProcess:
                        raise
                    except Exception as e:  # noqa: BLE001 - marked on this service, the others read
                        item.setdefault("unknown", {})[field] = nz.exception_error(e)
            except psutil.NoSuchProcess:  # removed while we were listing
                continue
            items.append(item)
        return nz.windows_services(items)

    def _read_users(self) -> dict:
        return nz.users_section(psutil.users())

    def _read_dhcp(self) -> dict:
        """Whether each interface takes its IPv4 address from DHCP (machine/dhcp.py)."""
        from . import dhcp  # noqa: PLC0415

        if WINDOWS:
            data = _powershell_json(dhcp.POWERSHELL_DHCP, "Get-NetIPInterface")
            try:
                return dhcp.windows_dhcp(data)
            except (ValueError, AttributeError) as e:
                raise ProbeError(FAILED, f"Get-NetIPInterface: {e}") from None
        if MACOS:
            raise ProbeError(UNSUPPORTED, "dhcp")
        names = [n for n, st in psutil.net_if_stats().items() if n != "lo"]
        index = {}
        for n in names:
            try:
                with open(f"/sys/class/net/{n}/ifindex", encoding="ascii") as f:
                    index[n] = int(f.read().strip())
            except (OSError, ValueError):
                continue
        return dhcp.read_linux(sorted(names), run_tool, index)

    def _read_shares(self) -> dict:
        """The SMB shares this machine serves (machine/shares.py)."""
        from . import shares  # noqa: PLC0415

        if WINDOWS:
            data = _powershell_json(shares.POWERSHELL_SHARES, "Get-SmbShare")
            try:
                return shares.windows_shares(data)
            except (ValueError, AttributeError) as e:
                raise ProbeError(FAILED, f"Get-SmbShare: {e}") from None
        if MACOS:
            raise ProbeError(UNSUPPORTED, "shares")
        try:
            # testparm exits 1 when it warns about the configuration, and still prints it: Samba runs with it.
            text = run_tool(["testparm", "-s", "--suppress-prompt"], accept=(0, 1))
        except ProbeError as e:
            if e.kind != UNSUPPORTED or any(os.path.exists(p) for p in ("/usr/sbin/smbd", "/sbin/smbd")):
                raise
            text = None  # no testparm and no smbd: Samba is not installed, nothing is shared
        try:
            own = os.readlink("/proc/self/ns/net")
        except OSError:
            own = None
        running = False
        for p in psutil.process_iter(["name"]):
            if (p.info.get("name") or "") != "smbd":
                continue
            try:  # an smbd of another network namespace (a container, a test lab) serves nothing here
                running = own is None or os.readlink(f"/proc/{p.pid}/ns/net") == own
            except OSError:
                running = True
            if running:
                break
        return shares.linux_shares(text, running)

    def _read_accounts(self) -> dict:
        if WINDOWS:
            exe = os.path.join(os.environ.get("SystemRoot", r"C:\Windows"), "System32", "WindowsPowerShell",
                               "v1.0", "powershell.exe")
            out = run_tool([exe, "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
                            "-Command", POWERSHELL_ACCOUNTS], POWERSHELL_TIMEOUT)
            try:
                data = json.loads(out.lstrip("\ufeff"))
                section = nz.windows_accounts(data)
            except (ValueError, AttributeError) as e:
                raise ProbeError(FAILED, f"Get-LocalUser: {e}") from None
            if section.get("admin_source") is None and section.get("admin_group"):
                # Neither Get-LocalGroupMember nor ADSI listed the administrators: net.exe by the group's
                # localised name (Administrateurs on a French Windows).
                net_admins, net_error = _net_localgroup(section["admin_group"], self.timeout)
                section = nz.windows_accounts(data, net_admins, net_error)
            return section
        import grp  # noqa: PLC0415 - POSIX only
        import pwd  # noqa: PLC0415

        shadow_error = None
        try:
            shadow = nz.parse_shadow(read_bounded("/etc/shadow").decode("utf-8", "replace"))
        except OSError as e:  # not root: who is locked cannot be told
            shadow = None
            shadow_error = nz.os_error(e.errno, None, e.strerror)
        return nz.linux_accounts(pwd.getpwall(), grp.getgrall(), shadow, int(time.time() // 86400), shadow_error)

    def _read_battery(self) -> dict:
        if not hasattr(psutil, "sensors_battery"):
            raise ProbeError(UNSUPPORTED, "battery")
        return nz.battery_section(psutil.sensors_battery(), psutil.POWER_TIME_UNLIMITED,
                                  psutil.POWER_TIME_UNKNOWN)

    def _read_printers(self) -> dict:
        """The print queues, one section for every printer check (machine/care.py, machine/printers.py):
        whether the spooler serves them, each queue's driver, port, kind of port, connection (usb,
        network, virtual), address, default and jobs waiting."""
        from . import printers  # noqa: PLC0415

        if WINDOWS:
            data = _powershell_json(POWERSHELL_PRINTERS, "Get-Printer")
            return printers.with_connections(care.windows_printers(data or {}), (data or {}).get("SpoolerRunning"))
        if MACOS:
            raise ProbeError(UNSUPPORTED, "printers")
        running = any((p.info.get("name") or "") == "cupsd" for p in psutil.process_iter(["name"]))
        if not os.path.exists(CUPS_PRINTERS_CONF):
            if not os.path.isdir("/etc/cups") and shutil.which("lpstat") is None:
                return printers.linux_printers(None, False)  # CUPS is not installed: no queue
            return printers.with_connections({"printers": [], "source": "cups"}, running)  # CUPS, no queue
        try:
            conf = read_text_file(CUPS_PRINTERS_CONF)
        except ProbeError:
            # printers.conf is root's: an account without the right lists the queues with `lpstat -v`.
            try:
                text = run_tool(["lpstat", "-v"], accept=(0, 1), c_locale=True) if running else ""
            except ProbeError as e:
                if "No destinations" not in e.detail:
                    raise
                text = ""
            return printers.linux_printers(text, running)
        try:
            jobs, err = run_tool(LPSTAT_JOBS), None
        except ProbeError as e:
            jobs, err = None, e.as_dict()
        return printers.with_connections(care.linux_printers(conf, jobs, err), running)

    def _read_startup(self) -> dict:
        entries: list[dict] = []
        errors: dict[str, dict] = {}
        if WINDOWS:
            for hive, key, approved_key, scope in WINDOWS_RUN_KEYS:
                try:
                    values = _winreg_all_values(hive, key)
                    approved = _winreg_all_values(hive, approved_key)
                except ProbeError as e:
                    errors[key] = e.as_dict()
                    continue
                entries += care.windows_run_entries(values, approved, key, scope)
            folders = [(os.path.join(os.environ.get("ProgramData", r"C:\ProgramData"),
                                     r"Microsoft\Windows\Start Menu\Programs\StartUp"), "machine"),
                       (os.path.join(os.environ.get("APPDATA", ""), r"Microsoft\Windows\Start Menu\Programs\Startup"),
                        "user")]
            for folder, scope in folders:
                try:
                    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
                except OSError as e:
                    errors[folder] = nz.os_error(e.errno, getattr(e, "winerror", None), e.strerror)
                    continue
                for n in names:
                    if n.lower() == "desktop.ini":
                        continue
                    entries.append({"name": os.path.splitext(n)[0], "display_name": None,
                                    "command": os.path.join(folder, n), "location": folder, "scope": scope,
                                    "enabled": True})
            return care.startup_section(entries, "registry", errors)
        places = [(XDG_AUTOSTART_SYSTEM, "machine")] + [(os.path.join(h, ".config", "autostart"), "user")
                                                         for h in _homes()]
        for folder, scope in places:
            try:
                names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
            except OSError as e:
                errors[folder] = nz.os_error(e.errno, None, e.strerror)
                continue
            for n in names:
                if not n.endswith(".desktop"):
                    continue
                try:
                    text = read_text_file(os.path.join(folder, n))
                except ProbeError as e:
                    errors[os.path.join(folder, n)] = e.as_dict()
                    continue
                entries.append(care.autostart_entry(n, text, folder, scope))
        return care.startup_section(entries, "xdg-autostart", errors)

    def _read_programs(self) -> dict:
        if WINDOWS:
            keys: list[dict] = []
            for hive, key in WINDOWS_UNINSTALL_KEYS:
                keys += _winreg_subkeys(hive, key)
            return {"programs": care.windows_programs(keys), "source": "registry"}
        if MACOS:
            raise ProbeError(UNSUPPORTED, "programs")
        return {"programs": care.dpkg_programs(run_tool(DPKG_QUERY)), "source": "dpkg"}

    def _read_profiles(self) -> dict:
        if not WINDOWS:
            raise ProbeError(UNSUPPORTED, "ProfileList")
        return care.windows_profiles(_winreg_subkeys("HKEY_LOCAL_MACHINE", WINDOWS_PROFILE_LIST, with_key=True))

    def _read_encryption(self) -> dict:
        if not WINDOWS:
            raise ProbeError(UNSUPPORTED, "BitLocker")
        rows = _powershell_json(POWERSHELL_BITLOCKER, "Get-BitLockerVolume")
        return care.windows_bitlocker(rows if isinstance(rows, list) else [rows] if rows else [])

    def _read_health(self) -> dict:
        if WINDOWS:
            data = _powershell_json(POWERSHELL_HEALTH, "Get-PhysicalDisk") or {}
            zones = data.get("Zones")
            temps = care.windows_thermal_zones(zones) if zones is not None else None
            zerr = {"kind": "unsupported", "message": str(data.get("ZonesError") or "MSAcpi_ThermalZoneTemperature")}
            return care.health_section(care.windows_disks(data.get("Disks") or []), None, temps, zerr)
        if MACOS:
            raise ProbeError(UNSUPPORTED, "health")
        disks, disks_error = None, None
        try:
            names = care.lsblk_fixed_disks(run_tool(LSBLK_DISKS))
            disks = [care.smartctl_disk(n, self._smartctl(n)) for n in names]
        except ProbeError as e:
            disks_error = e.as_dict()
        temps, temps_error = None, None
        if hasattr(psutil, "sensors_temperatures"):
            temps = care.psutil_temperatures(psutil.sensors_temperatures())
        else:
            temps_error = {"kind": "unsupported", "message": "sensors_temperatures"}
        return care.health_section(disks, disks_error, temps, temps_error)

    @staticmethod
    def _smartctl(name: str) -> str:
        """smartctl's JSON for one disk; its exit status carries health bits, so it is not an error."""
        args = SMARTCTL + [f"/dev/{name}"]
        try:
            cp = subprocess.run(args, capture_output=True, timeout=TOOL_TIMEOUT, check=False,
                                stdin=subprocess.DEVNULL)
        except FileNotFoundError:
            raise ProbeError(UNSUPPORTED, "smartctl absent") from None
        except subprocess.TimeoutExpired:
            raise ProbeError(TIMEOUT, f"smartctl > {TOOL_TIMEOUT:g} s") from None
        return cp.stdout.decode("utf-8", "replace")

    # ------------------------------------------------------------------ look-ups

    def resolve(self, name, rdtype="A", server=None, timeout=DEFAULT_TIMEOUT):
        rdtype = rdtype.upper()
        t0 = time.perf_counter()
        out = {"name": name.lower().rstrip("."), "rdtype": rdtype, "server": server or None,
               "addresses": [], "error": None, "ms": 0.0}
        try:
            if server is None and rdtype in ("A", "AAAA"):
                out["addresses"] = self._getaddrinfo(name, rdtype, timeout)
            else:  # dnspython may sleep between tries past its lifetime: the deadline is kept here
                import dns.resolver  # noqa: F401, PLC0415 - loaded before the deadline starts, not within it

                out["addresses"] = call_with_timeout(lambda: self._dns_query(name, rdtype, server, timeout),
                                                     timeout, "dns")
        except ProbeError as e:
            out["error"] = ({"kind": "timeout", "message": f"no answer within {timeout:g} s"} if e.kind == TIMEOUT
                            else {"kind": "failed", "message": e.detail})
        except _LookupFailed as e:
            out["error"] = {"kind": e.kind, "message": e.message}
        out["ms"] = round((time.perf_counter() - t0) * 1000, 1)
        return out

    @staticmethod
    def _getaddrinfo(name: str, rdtype: str, timeout: float) -> list[str]:
        """The system resolver, as a user's programs see it: the hosts file counts."""
        family = socket.AF_INET if rdtype == "A" else socket.AF_INET6
        try:
            infos = call_with_timeout(lambda: socket.getaddrinfo(name.rstrip("."), None, family,
                                                                 socket.SOCK_STREAM),
                                      timeout, "getaddrinfo")
        except ProbeError:
            raise _LookupFailed("timeout", f"no answer within {timeout:g} s") from None
        except socket.gaierror as e:
            raise _LookupFailed(_gai_kind(e.errno), e.strerror or str(e)) from None
        except (UnicodeError, OSError) as e:
            raise _LookupFailed("failed", str(e)) from None
        seen = []
        for info in infos:
            addr = nz.strip_scope(info[4][0])
            if addr not in seen:
                seen.append(addr)
        return seen

    @staticmethod
    def _dns_query(name: str, rdtype: str, server: str | None, timeout: float) -> list[str]:
        import dns.exception  # noqa: PLC0415 - see the module's imports
        import dns.name  # noqa: PLC0415
        import dns.resolver  # noqa: PLC0415

        try:
            if server:
                r = dns.resolver.Resolver(configure=False)
                r.nameservers = [server]
            else:
                r = dns.resolver.Resolver()
            r.timeout = r.lifetime = timeout
            answer = r.resolve(dns.name.from_text(name.rstrip(".")), rdtype, search=False)
        except dns.resolver.NXDOMAIN:
            raise _LookupFailed("nxdomain", f"{name}: no such name") from None
        except dns.resolver.NoAnswer:
            raise _LookupFailed("noanswer", f"{name}: no {rdtype} record") from None
        except dns.exception.Timeout:
            raise _LookupFailed("timeout", f"no answer within {timeout:g} s") from None
        except dns.resolver.NoNameservers as e:
            raise _LookupFailed(_no_nameservers_kind(e), str(e)) from None
        except dns.resolver.NoResolverConfiguration:
            raise _LookupFailed("failed", "no DNS server configured") from None
        except (dns.exception.DNSException, ValueError, OSError) as e:
            raise _LookupFailed("failed", str(e)) from None
        out = []
        for rr in answer:
            text = getattr(rr, "address", None) or rr.to_text()
            if text not in out:
                out.append(text)
        return out

    def tcp_connect(self, host, port, timeout=DEFAULT_TIMEOUT):
        """One TCP connection, with one deadline for everything: the name's resolution and every
        address tried (a dead DNS server cannot make it last longer than `timeout`)."""
        t0 = time.perf_counter()
        deadline = time.monotonic() + float(timeout)
        out = {"host": host, "port": int(port), "ok": False, "error": None, "ms": 0.0}
        try:
            infos = _addresses_for(host, int(port), socket.SOCK_STREAM, deadline)
            last: Exception | None = None
            for family, socktype, proto, _, sockaddr in infos:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError
                try:
                    with socket.socket(family, socktype, proto) as sock:
                        sock.settimeout(left)
                        sock.connect(sockaddr)
                    out["ok"] = True
                    break
                except OSError as e:  # this address failed: try the next one in the time left
                    last = e
            if not out["ok"] and last is not None:
                raise last
        except _ResolveTimeout:
            out["error"] = "name not resolved (timed out)"
        except TimeoutError:
            out["error"] = "timed out"
        except ConnectionRefusedError:
            out["error"] = "connection refused"
        except socket.gaierror as e:
            out["error"] = f"name not resolved ({e.strerror or e})"
        except OSError as e:
            out["error"] = _SOCKET_ERRORS.get(e.errno) or (e.strerror or str(e)).lower()
        out["ms"] = round((time.perf_counter() - t0) * 1000, 1)
        return out

    def route(self, destination):
        """The system's routing decision for one address (see Machine.route)."""
        try:
            dest = str(ipaddress.ip_address(str(destination).strip()))
        except ValueError:
            raise ProbeError(FAILED, f"{destination}: not an address") from None
        if WINDOWS:
            out = run_tool([_powershell(), "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
                            "-Command", POWERSHELL_ROUTE.replace("{dest}", dest)], POWERSHELL_TIMEOUT)
            return nz.windows_find_netroute(out, dest)
        if MACOS or shutil.which("ip") is None:
            raise ProbeError(UNSUPPORTED, "ip route get")
        return self._linux_route_get(dest)

    def _linux_route_get(self, dest: str) -> dict:
        try:
            got = run_tool(IP_ROUTE_GET + [dest], self.timeout)
        except ProbeError as e:
            if e.kind != FAILED:
                raise
            # "RTNETLINK answers: Network is unreachable": a decision too (no route)
            return {"destination": dest, "gateway": None, "interface": None, "source": None, "table": None,
                    "route": None, "nexthops": [], "type": None, "error": e.detail.split(": ", 1)[-1].lower(),
                    "via": "ip route get"}
        try:
            fib = run_tool(IP_ROUTE_FIBMATCH + [dest], self.timeout)
        except ProbeError:
            fib = None
        return nz.linux_route_decision(got, dest, fib)

    def clock(self, server, timeout=DEFAULT_TIMEOUT):
        """One SNTP (RFC 4330) exchange over UDP: the offset of this machine's clock."""
        host, _, port = server.rpartition(":") if server.count(":") == 1 else (server, "", "")
        host, port = host or server, int(port) if port.isdigit() else 123
        out = {"server": server, "offset_s": None, "stratum": None, "error": None, "ms": 0.0}
        t_start = time.perf_counter()
        deadline = time.monotonic() + float(timeout)
        try:
            family, socktype, proto, _, sockaddr = _addresses_for(host, port, socket.SOCK_DGRAM, deadline)[0]
            with socket.socket(family, socktype, proto) as sock:
                sock.settimeout(max(0.001, deadline - time.monotonic()))
                sock.connect(sockaddr)  # a closed port then answers "refused" at once
                t0 = time.time()
                sock.send(b"\x23" + bytes(47))  # LI 0, version 4, mode 3 (client)
                data = sock.recv(512)
                t3 = time.time()
        except _ResolveTimeout:
            out["error"] = "name not resolved (timed out)"
        except TimeoutError:
            out["error"] = "timed out"
        except socket.gaierror as e:
            out["error"] = f"name not resolved ({e.strerror or e})"
        except OSError as e:
            out["error"] = _SOCKET_ERRORS.get(e.errno) or (e.strerror or str(e)).lower()
        else:
            if len(data) < 48 or data[0] & 0x07 != 4 or data[1] == 0:
                out["error"] = "invalid answer from the time server"
            else:
                def stamp(i):
                    return int.from_bytes(data[i:i + 4], "big") - 2208988800 + int.from_bytes(data[i + 4:i + 8],
                                                                                               "big") / 2**32
                t1, t2 = stamp(32), stamp(40)
                out["offset_s"] = round(((t1 - t0) + (t2 - t3)) / 2, 3)
                out["stratum"] = data[1]
        out["ms"] = round((time.perf_counter() - t_start) * 1000, 1)
        return out

    def file(self, path, text=False, digest=False):
        try:
            return call_with_timeout(lambda: self._file(path, text, digest), max(self.timeout, 5.0), "file")
        except ProbeError as e:
            return {"path": path, "exists": None, "is_file": None, "size": None, "sha256": None,
                    "mtime": None, "text": None, "error": {"kind": e.kind, "message": e.detail}}

    @staticmethod
    def _file(path: str, text: bool = False, digest: bool = False) -> dict:
        """os.stat() for presence, kind, size, date and owner; the content is opened only for `text` (its
        first FILE_TEXT_LIMIT bytes) or `digest` (SHA-256 of a file up to FILE_DIGEST_LIMIT)."""
        out = {"path": path, "exists": False, "is_file": False, "size": None, "sha256": None, "mtime": None,
               "text": None, "error": None}
        real = os.path.expandvars(os.path.expanduser(path))
        try:
            st = os.stat(real)
        except OSError as e:  # by its numbers: a locked file or a dead share is neither "denied" nor "absent"
            err = nz.os_error(e.errno, getattr(e, "winerror", None), e.strerror)
            if err["kind"] == "not_found":  # ENOENT, ENOTDIR; WinError 2, 3, 15 (not 53/67: the share is away)
                return out
            out["exists"] = None
            out["error"] = err
            return out
        out.update(exists=True, is_file=stat.S_ISREG(st.st_mode), mtime=st.st_mtime)
        out.update(owner_of(st))
        if not out["is_file"]:
            return out
        out["size"] = st.st_size
        if digest and st.st_size > FILE_DIGEST_LIMIT:
            out["unknown"] = {**(out.get("unknown") or {}), "sha256": too_big(st.st_size)}
            digest = False
        if not (text or digest):
            return out
        h = hashlib.sha256() if digest else None
        head = bytearray()
        done = 0
        more = False
        try:
            with open(real, "rb") as f:
                while True:
                    if h is None and (not text or len(head) >= FILE_TEXT_LIMIT):  # all that was asked is read
                        more = text and (more or f.read(1) != b"")
                        break
                    chunk = f.read(1024 * 1024)
                    if not chunk:
                        break
                    done += len(chunk)
                    if text and len(head) < FILE_TEXT_LIMIT:
                        head += chunk[: FILE_TEXT_LIMIT - len(head)]
                    if h is not None:
                        if done > FILE_DIGEST_LIMIT:  # it grew after os.stat(): still not read past the limit
                            out["unknown"] = {**(out.get("unknown") or {}), "sha256": too_big(done)}
                            h = None
                        else:
                            h.update(chunk)
        except OSError as e:
            out["error"] = nz.os_error(e.errno, getattr(e, "winerror", None), e.strerror)
            return out
        if h is not None:
            out["sha256"] = h.hexdigest()
        if text:
            out["text"] = decode_text(bytes(head))
            out["text_truncated"] = more or done > FILE_TEXT_LIMIT
        return out

    def cpu_load(self, window_s=2.0):
        """The CPU load over a window: every process is primed, the window passes, every process
        is read again. Per-process percent is divided by the logical CPU count (Task Manager's scale)."""
        procs = []
        psutil.cpu_percent(None)
        for p in psutil.process_iter(["name"]):
            try:
                p.cpu_percent(None)
                procs.append(p)
            except (psutil.NoSuchProcess, psutil.AccessDenied):  # gone, or not ours to measure
                pass
        time.sleep(float(window_s))
        total = psutil.cpu_percent(None)
        samples = []
        for p in procs:
            try:
                samples.append((p.pid, p.info.get("name") or "", p.cpu_percent(None)))
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                pass
        return {"window_s": float(window_s), "total_percent": float(total),
                "top": nz.cpu_top(samples, psutil.cpu_count() or 1)}


# Why a connection failed, in the short words of docs/machine-state.md (POSIX and Windows numbers).
_SOCKET_ERRORS = {
    errno.ENETUNREACH: "network unreachable", 10051: "network unreachable",
    errno.EHOSTUNREACH: "host unreachable", 10065: "host unreachable",
    errno.ECONNRESET: "connection reset", 10054: "connection reset",
}


def _addresses_for(host: str, port: int, socktype: int, deadline: float) -> list:
    """getaddrinfo() for a connection, within what is left until `deadline` (time.monotonic()).
    An address needs no resolution; a name's resolution that outlives the deadline raises
    TimeoutError (the system resolver cannot be interrupted: its thread is left behind)."""
    try:
        return socket.getaddrinfo(host, port, 0, socktype, 0, socket.AI_NUMERICHOST)
    except (socket.gaierror, UnicodeError):
        pass
    left = deadline - time.monotonic()
    if left <= 0:
        raise _ResolveTimeout
    try:
        infos = call_with_timeout(lambda: socket.getaddrinfo(host, port, 0, socktype), left, "getaddrinfo")
    except ProbeError:
        raise _ResolveTimeout from None
    if not infos:
        raise socket.gaierror(socket.EAI_NONAME, "no address")
    return infos


class _ResolveTimeout(TimeoutError):
    """The name was not resolved before the look-up's deadline."""


class _LookupFailed(Exception):
    def __init__(self, kind: str, message: str):
        self.kind = kind
        self.message = message
        super().__init__(message)


def _gai_kind(errno: int | None) -> str:
    """getaddrinfo's error as one of nxdomain / noanswer / failed (Linux EAI_* and Windows WSA*)."""
    nx = {getattr(socket, "EAI_NONAME", None), 11001}  # WSAHOST_NOT_FOUND
    nodata = {getattr(socket, "EAI_NODATA", None), getattr(socket, "EAI_ADDRFAMILY", None), 11004}  # WSANO_DATA
    if errno in nx - {None}:
        return "nxdomain"
    if errno in nodata - {None}:
        return "noanswer"
    return "failed"


def _no_nameservers_kind(e: dns.resolver.NoNameservers) -> str:
    """Every server failed: REFUSED (or an ICMP "port unreachable") is a refusal, anything else a failure."""
    for err in e.kwargs.get("errors") or []:
        detail = err[3] if len(err) > 3 else None
        if isinstance(detail, ConnectionRefusedError) or "REFUSED" in str(detail):
            return "refused"
    return "failed"


def _linux_sockets(fam: nz.Families) -> list:
    """Listening TCP sockets from the kernel's socket diagnostics (netlink; /proc/net/tcp{,6} if netlink
    cannot answer) and UDP sockets from /proc/net/udp{,6}, shaped as psutil's connections, without owners."""
    conns: list = []
    for family, v6 in ((socket.AF_INET, False), (socket.AF_INET6, True)):
        try:
            conns += _inet_diag(int(family), socket.IPPROTO_TCP, nz.TCPF_LISTEN, fam)
        except OSError:  # no netlink diagnostics here (a sandbox, a kernel without them): the same, slower
            conns += _proc_net(f"tcp{'6' if v6 else ''}", "tcp", v6, fam)
    for fname, v6 in (("udp", False), ("udp6", True)):
        conns += _proc_net(fname, "udp", v6, fam)
    return conns


def _read_small(path: str, limit: int) -> bytes:
    """A small kernel file in one read (no buffered file object: this runs once per process)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        return os.read(fd, limit)
    finally:
        os.close(fd)


def _proc_net(fname: str, proto: str, v6: bool, fam: nz.Families) -> list:
    try:
        with open(f"/proc/net/{fname}", encoding="ascii", errors="replace") as f:
            text = f.read()
    except FileNotFoundError:  # no IPv6 in this kernel
        if v6:
            return []
        raise
    return nz.proc_net_sockets(text, proto, v6, fam, int(socket.SOCK_STREAM), int(socket.SOCK_DGRAM),
                               sys.byteorder == "little")


def _inet_diag(family: int, protocol: int, states: int, fam: nz.Families) -> list:
    """One SOCK_DIAG_BY_FAMILY dump over netlink; OSError when the kernel cannot answer."""
    with socket.socket(socket.AF_NETLINK, socket.SOCK_RAW | socket.SOCK_CLOEXEC, nz.NETLINK_SOCK_DIAG) as s:
        s.settimeout(DEFAULT_TIMEOUT)
        s.sendall(nz.inet_diag_request(family, protocol, states))
        out: list = []
        while True:
            chunk = s.recv(65536)
            if not chunk:
                raise OSError(errno.EIO, "netlink: no answer")
            got, done, err = nz.inet_diag_sockets(chunk, "tcp" if protocol == socket.IPPROTO_TCP else "udp", fam,
                                                  int(socket.SOCK_STREAM), int(socket.SOCK_DGRAM))
            out += got
            if err:
                raise OSError(-err, os.strerror(-err))
            if done:
                return out


def _windows_remote_paths(letters: list[str]) -> dict[str, str]:
    """{"P:\\": "\\\\nas\\compta"} for the network drive letters given: WNetGetConnectionW (mpr.dll), the
    path Explorer shows. A letter it cannot tell (disconnected, not ours) is left out."""
    import ctypes  # noqa: PLC0415 - Windows only

    out = {}
    try:
        get = ctypes.WinDLL("mpr").WNetGetConnectionW
    except OSError:
        return out
    for letter in letters:
        buf = ctypes.create_unicode_buffer(1024)
        size = ctypes.c_ulong(len(buf))
        # 1201 ERROR_CONNECTION_UNAVAIL: a remembered drive not connected now; its path is still given
        if get(letter.rstrip("\\"), buf, ctypes.byref(size)) in (0, 1201) and buf.value:
            out[letter] = buf.value
    return out


def _net_localgroup(group: str, timeout: float) -> tuple[list[str] | None, str | None]:
    """`net localgroup <group>` (net.exe writes in the OEM code page: cp850 on a French Windows)."""
    exe = os.path.join(os.environ.get("SystemRoot", r"C:\Windows"), "System32", "net.exe")
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        cp = subprocess.run([exe, "localgroup", group], capture_output=True, timeout=max(timeout, 5.0),
                            check=False, stdin=subprocess.DEVNULL, creationflags=flags)
    except subprocess.TimeoutExpired:
        return None, "timed out"
    except OSError as e:
        return None, nz.os_error(e.errno, getattr(e, "winerror", None), e.strerror)["message"]
    try:
        import ctypes  # noqa: PLC0415 - Windows only

        codepage = f"cp{ctypes.windll.kernel32.GetOEMCP()}"
    except (ImportError, AttributeError, OSError):
        codepage = "cp850"
    text = cp.stdout.decode(codepage, "replace")
    if cp.returncode != 0:
        err = cp.stderr.decode(codepage, "replace").strip().splitlines()
        return None, f"exit {cp.returncode}: {err[0] if err else ''}".strip()
    try:
        return nz.parse_net_localgroup(text), None
    except ValueError as e:
        return None, str(e)
