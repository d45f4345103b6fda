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
import io
import os
import platform
import shutil
import socket
import stat
import subprocess
import sys
import threading
import time
import urllib.request

import dns.exception
import dns.name
import dns.rcode
import dns.resolver
import netifaces
import psutil

from . import normalize as nz
from .base import DENIED, FAILED, SECTIONS, TIMEOUT, UNSUPPORTED, Machine, ProbeError

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
TEXT_LIMIT = 1024 * 1024  # a file's text is read up to 1 MiB

# The fixed argument lists of the system tools this module runs. Nothing else is ever run.
SYSTEMCTL_UNITS = ["systemctl", "list-units", "--type=service", "--all", "--no-legend", "--no-pager", "--plain"]
SYSTEMCTL_UNIT_FILES = ["systemctl", "list-unit-files", "--type=service", "--no-legend", "--no-pager"]
SYSTEMCTL_SHOW = ["systemctl", "show", "--property=Id,MainPID", "--"]  # + unit names systemctl gave
GSETTINGS_PROXY = ["gsettings", "list-recursively", "org.gnome.system.proxy"]

# Local accounts and groups, members by SID; one item is still a list (-InputObject @(...)).
POWERSHELL_ACCOUNTS = r"""
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
$users = @(Get-LocalUser | ForEach-Object {
    [pscustomobject]@{ Name = $_.Name; SID = $_.SID.Value; Enabled = [bool]$_.Enabled } })
$groups = @(Get-LocalGroup | ForEach-Object {
    $g = $_
    $members = @()
    try {
        $members = @(Get-LocalGroupMember -SID $g.SID.Value | ForEach-Object {
            [pscustomobject]@{ Name = $_.Name; SID = $_.SID.Value } })
    } catch { $members = @() }
    [pscustomobject]@{ Name = $g.Name; SID = $g.SID.Value; Members = $members } })
ConvertTo-Json -Compress -Depth 4 -InputObject ([pscustomobject]@{ Users = $users; Groups = $groups })
"""


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


def run_tool(args: list[str], timeout: float = TOOL_TIMEOUT) -> str:
    """Run one of the fixed argument lists above; its output as text, or ProbeError."""
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if WINDOWS else 0
    try:
        cp = subprocess.run(args, capture_output=True, timeout=timeout, check=False,
                            stdin=subprocess.DEVNULL, creationflags=flags)
    except FileNotFoundError:
        raise ProbeError(UNSUPPORTED, f"{os.path.basename(args[0])} absent") from None
    except PermissionError:
        raise ProbeError(DENIED, os.path.basename(args[0])) from None
    except subprocess.TimeoutExpired:
        raise ProbeError(TIMEOUT, f"{os.path.basename(args[0])} > {timeout:g} s") from None
    if cp.returncode != 0:
        err = cp.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ProbeError(FAILED, f"{os.path.basename(args[0])}: {err[0] if err else cp.returncode}")
    return cp.stdout.decode("utf-8", "replace")


def decode_text(raw: bytes) -> str:
    """A text file as Windows and Linux write them: UTF-8 (with or without BOM), or UTF-16 with BOM."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", "replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8", "replace")


def read_text_file(path: str) -> str:
    try:
        with open(path, "rb") as f:
            return decode_text(f.read())
    except FileNotFoundError:
        raise ProbeError(FAILED, f"{path}: absent") from None
    except PermissionError:
        raise ProbeError(DENIED, path) from None


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
    except PermissionError:
        raise ProbeError(DENIED, key) from None
    return out


class RealMachine(Machine):
    """This machine, now. `timeout` bounds every call that can hang (default 2 s)."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT):
        self.platform = current_platform()
        self.timeout = timeout

    # ------------------------------------------------------------------ sections

    def section(self, name: str) -> dict:
        if name not in SECTIONS:
            raise ProbeError(UNSUPPORTED, name)
        reader = getattr(self, f"_read_{name}")
        try:
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
        parts = psutil.disk_partitions(all=False)
        # Every usage is asked at once, each in its own thread: a dead network drive costs one
        # timeout for the whole section, not one per drive.
        results: dict[str, object] = {}
        lock = threading.Lock()

        def usage(mountpoint: str):
            try:
                value: object = psutil.disk_usage(mountpoint)
            except PermissionError:
                value = "denied"
            except OSError as e:  # a CD drive with no disc, a vanished mount
                value = e.strerror or type(e).__name__
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
            usages = {p.mountpoint: results.get(p.mountpoint, f"timeout > {self.timeout:g} s") for p in parts}
        return nz.disks_section(parts, usages)

    def _read_network(self) -> dict:
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
        return nz.network_section(addrs, stats, gws, fam, nf, ids_addrs)

    def _read_dns(self) -> dict:
        if WINDOWS:
            try:
                r = dns.resolver.Resolver()  # dnspython reads the registry
            except dns.resolver.NoResolverConfiguration:
                return nz.dns_section([], [], "registry")
            search = r.search or ([r.domain] if r.domain != dns.name.root else [])
            return nz.dns_section(r.nameservers, search, "registry")
        servers, search = self._resolv_conf("/etc/resolv.conf")
        if nz.only_stub(servers) and os.path.exists("/run/systemd/resolve/resolv.conf"):
            up_servers, up_search = self._resolv_conf("/run/systemd/resolve/resolv.conf")
            return nz.dns_section(up_servers, up_search or search, "systemd-resolved")
        return nz.dns_section(servers, search, "resolv.conf")

    @staticmethod
    def _resolv_conf(path: str) -> tuple[list, list]:
        try:
            text = read_text_file(path)
        except ProbeError as e:
            if e.kind == DENIED:
                raise
            return [], []  # no resolv.conf: no DNS server configured
        r = dns.resolver.Resolver(configure=False)
        try:
            r.read_resolv_conf(io.StringIO(text))
        except dns.resolver.NoResolverConfiguration:  # a file with no nameserver line
            pass
        servers = list(r.nameservers) if any(
            line.split()[:1] == ["nameserver"] for line in text.splitlines()) else []
        search = list(r.search)
        if not search and any(line.split()[:1] == ["domain"] for line in text.splitlines()):
            search = [r.domain]
        return servers, search

    def _read_hosts(self) -> dict:
        path = hosts_path()
        return nz.parse_hosts(read_text_file(path), path)

    def _read_proxy(self) -> dict:
        if WINDOWS:
            v = _winreg_values("HKEY_CURRENT_USER",
                               r"Software\Microsoft\Windows\CurrentVersion\Internet Settings",
                               ("ProxyEnable", "ProxyServer", "ProxyOverride"))
            return nz.windows_proxy(v.get("ProxyEnable"), v.get("ProxyServer"), v.get("ProxyOverride"))
        env = nz.env_proxy(urllib.request.getproxies_environment())
        # GNOME's proxy settings apply to the programs of a desktop session; outside one (ssh, a
        # service) only the environment counts, and asking gsettings would cost a process for nothing.
        desktop = os.environ.get("XDG_CURRENT_DESKTOP") or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        if env["enabled"] or MACOS or not desktop or shutil.which(GSETTINGS_PROXY[0]) is None:
            return env
        try:  # GNOME's settings, best effort: absent or unreadable means "not configured there"
            gnome = nz.gsettings_proxy(run_tool(GSETTINGS_PROXY, self.timeout))
        except ProbeError:
            gnome = None
        return gnome or env

    def _read_sockets(self) -> dict:
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
        fam = nz.Families(int(socket.AF_INET), int(socket.AF_INET6), int(psutil.AF_LINK))
        return nz.sockets_section(conns, names, fam, int(socket.SOCK_STREAM), int(socket.SOCK_DGRAM))

    def _read_processes(self) -> dict:
        # One pass over the process table; psutil fills a field it may not read with None.
        infos = [p.info for p in psutil.process_iter(["pid", "name", "username", "cpu_percent", "exe"])]
        return nz.processes_section(infos)

    def _read_services(self) -> dict:
        if WINDOWS:
            return call_with_timeout(self._windows_services, SERVICES_TIMEOUT, "services")
        if MACOS:
            raise ProbeError(UNSUPPORTED, "launchd")
        if not os.path.isdir("/run/systemd/system"):  # sd_booted(): systemd is not the service manager
            raise ProbeError(UNSUPPORTED, "systemd")
        units = run_tool(SYSTEMCTL_UNITS)
        files = run_tool(SYSTEMCTL_UNIT_FILES)
        data = nz.systemd_services(units, files)
        running = [f"{s['name']}.service" for s in data["services"] if s["status"] == "running"]
        if running:
            try:
                pids = nz.systemd_pids(run_tool(SYSTEMCTL_SHOW + running))
            except ProbeError:  # pids are a detail: the services are known without them
                pids = {}
            for s in data["services"]:
                s["pid"] = pids.get(s["name"])
        return data

    @staticmethod
    def _windows_services() -> dict:
        items = []
        for s in psutil.win_service_iter():
            try:
                items.append(s.as_dict())
            except psutil.NoSuchProcess:  # removed while we were listing
                continue
            except psutil.AccessDenied:  # listed but not readable with our rights
                items.append({"name": s.name(), "display_name": s.display_name(), "status": None,
                              "start_type": None, "pid": None})
        return nz.windows_services(items)

    def _read_users(self) -> dict:
        return nz.users_section(psutil.users())

    def _read_accounts(self) -> dict:
        if WINDOWS:
            exe = os.path.join(os.environ.get("SystemRoot", r"C:\Windows"), "System32", "WindowsPowerShell",
                               "v1.0", "powershell.exe")
            out = run_tool([exe, "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
                            "-Command", POWERSHELL_ACCOUNTS], POWERSHELL_TIMEOUT)
            try:
                return nz.windows_accounts(out)
            except ValueError as e:
                raise ProbeError(FAILED, f"Get-LocalUser: {e}") from None
        import grp  # noqa: PLC0415 - POSIX only
        import pwd  # noqa: PLC0415

        try:
            with open("/etc/shadow", encoding="utf-8", errors="replace") as f:
                shadow = nz.parse_shadow(f.read())
        except OSError:  # not root: who is locked cannot be told
            shadow = None
        return nz.linux_accounts(pwd.getpwall(), grp.getgrall(), shadow, int(time.time() // 86400))

    def _read_battery(self) -> dict:
        if not hasattr(psutil, "sensors_battery"):
            raise ProbeError(UNSUPPORTED, "battery")
        return nz.battery_section(psutil.sensors_battery(), psutil.POWER_TIME_UNLIMITED,
                                  psutil.POWER_TIME_UNKNOWN)

    # ------------------------------------------------------------------ look-ups

    def resolve(self, name, rdtype="A", server=None, timeout=DEFAULT_TIMEOUT):
        rdtype = rdtype.upper()
        t0 = time.perf_counter()
        out = {"name": name.lower().rstrip("."), "rdtype": rdtype, "server": server or None,
               "addresses": [], "error": None, "ms": 0.0}
        try:
            if server is None and rdtype in ("A", "AAAA"):
                out["addresses"] = self._getaddrinfo(name, rdtype, timeout)
            else:
                out["addresses"] = self._dns_query(name, rdtype, server, timeout)
        except ProbeError as e:
            out["error"] = {"kind": "timeout" if e.kind == TIMEOUT else "failed", "message": e.detail}
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
        t0 = time.perf_counter()
        out = {"host": host, "port": int(port), "ok": False, "error": None, "ms": 0.0}
        try:
            with socket.create_connection((host, int(port)), timeout=timeout):
                out["ok"] = True
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

    def clock(self, server, timeout=DEFAULT_TIMEOUT):
        """One SNTP (RFC 4330) exchange over UDP: the offset of this machine's clock."""
        host, _, port = server.rpartition(":") if server.count(":") == 1 else (server, "", "")
        host, port = host or server, int(port) if port.isdigit() else 123
        out = {"server": server, "offset_s": None, "stratum": None, "error": None, "ms": 0.0}
        t_start = time.perf_counter()
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
                sock.settimeout(timeout)
                sock.connect((host, port))  # a closed port then answers "refused" at once
                t0 = time.time()
                sock.send(b"\x23" + bytes(47))  # LI 0, version 4, mode 3 (client)
                data = sock.recv(512)
                t3 = time.time()
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

    def file(self, path, text=False):
        try:
            return call_with_timeout(lambda: self._file(path, text), max(self.timeout, 5.0), "file")
        except ProbeError as e:
            return {"path": path, "exists": None, "is_file": None, "size": None, "sha256": None,
                    "mtime": None, "text": None, "error": "timeout" if e.kind == TIMEOUT else e.detail}

    @staticmethod
    def _file(path: str, text: bool) -> dict:
        out = {"path": path, "exists": False, "is_file": False, "size": None, "sha256": None, "mtime": None,
               "text": None, "error": None}
        real = os.path.expandvars(os.path.expanduser(path))
        try:
            st = os.stat(real)
        except FileNotFoundError:
            return out
        except NotADirectoryError:
            return out
        except PermissionError:
            out["exists"] = None
            out["error"] = "denied"
            return out
        except OSError as e:
            out["exists"] = None
            out["error"] = e.strerror or str(e)
            return out
        out.update(exists=True, is_file=stat.S_ISREG(st.st_mode), mtime=st.st_mtime)
        if not out["is_file"]:
            return out
        out["size"] = st.st_size
        digest = hashlib.sha256()
        head = bytearray()
        try:
            with open(real, "rb") as f:
                for chunk in iter(lambda: f.read(1024 * 1024), b""):
                    digest.update(chunk)
                    if text and len(head) < TEXT_LIMIT:
                        head += chunk[: TEXT_LIMIT - len(head)]
        except PermissionError:
            out["error"] = "denied"
            return out
        except OSError as e:
            out["error"] = e.strerror or str(e)
            return out
        out["sha256"] = digest.hexdigest()
        if text:
            out["text"] = decode_text(bytes(head))
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
