"""A real lab network in network namespaces, for tests run as root.

    PC namespace                       router namespace
    eth0 52:54:00:12:34:56    veth     lan0 192.168.10.254/24  (the gateway)
         192.168.10.112/24  <------>        192.168.10.10/24   (the lab server: dnsmasq on :53,
         default via .254                                        a web service on :80)
                                       lo   10.20.0.1/24        (a web host beyond the gateway, :80)

The PC namespace has its own /etc/resolv.conf and /etc/hosts (`ip netns exec` bind-mounts
/etc/netns/<ns>/*), so `aimm-lab check` run inside it sees a lab PC of its own. Names are unique per
run (aimm<pid>...); everything is torn down even when a test fails.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SUBNET = "192.168.10.0/24"
PC_ADDR = "192.168.10.112"
SEAT = 12
GATEWAY = "192.168.10.254"
SERVER = "192.168.10.10"
NAS = "192.168.10.20"
OUTSIDE = "10.20.0.1"
DOMAIN = "lab.local"
MAC = "52:54:00:12:34:56"
IFACE = "eth0"

DNS_RECORDS = f"{SERVER} intranet.{DOMAIN} srv.{DOMAIN}\n{NAS} nas.{DOMAIN}\n"
PC_RESOLV = f"nameserver {SERVER}\nsearch {DOMAIN}\n"
PC_HOSTS = "127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n"

_counter = itertools.count(1)


def unavailable_reason() -> str | None:
    """Why real network namespaces cannot be used here, or None."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "needs root (network namespaces)"
    for tool, package in (("ip", "iproute2"), ("ss", "iproute2"), ("dnsmasq", "dnsmasq-base")):
        if shutil.which(tool) is None:
            return f"{tool} not installed (Debian package {package})"
    name = f"aimm{os.getpid()}probe"
    made = subprocess.run(["ip", "netns", "add", name], capture_output=True, text=True)
    if made.returncode != 0:
        return f"ip netns unavailable: {made.stderr.strip()}"
    subprocess.run(["ip", "netns", "del", name], capture_output=True)
    return None


def sh(*args: str, check: bool = True, **kw) -> subprocess.CompletedProcess:
    cp = subprocess.run(list(args), capture_output=True, text=True, **kw)
    if check and cp.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} -> {cp.returncode}: {cp.stderr.strip()}")
    return cp


@dataclass
class CheckRun:
    """What `aimm-lab check --json` said inside the PC namespace."""

    returncode: int
    data: dict | None
    stdout: str
    stderr: str

    def checks(self) -> list[dict]:
        return [c for t in (self.data or {}).get("tasks", []) for c in t["checks"]]

    def by_label(self) -> dict[str, dict]:
        return {c.get("label"): c for c in self.checks()}

    def task(self, task_id: str) -> dict:
        return next(t for t in self.data["tasks"] if t["id"] == task_id)

    def evidence(self) -> str:
        """Every check's message, to assert on what the trainee reads."""
        return "\n".join(c["message"] for c in self.checks())


@dataclass
class NetLab:
    workdir: Path
    prefix: str = field(default_factory=lambda: f"aimm{os.getpid()}n{next(_counter)}")
    procs: list[subprocess.Popen] = field(default_factory=list)

    @property
    def pc(self) -> str:
        return f"{self.prefix}pc"

    @property
    def router(self) -> str:
        return f"{self.prefix}rt"

    # ------------------------------------------------------------------ building

    def up(self) -> NetLab:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.netns_dir(self.pc).mkdir(parents=True, exist_ok=True)
        self.write_pc_file("resolv.conf", PC_RESOLV)
        self.write_pc_file("hosts", PC_HOSTS)
        for ns in (self.pc, self.router):
            sh("ip", "netns", "add", ns)
            sh("ip", "-n", ns, "link", "set", "lo", "up")
        a, b = f"{self.prefix}a"[-15:], f"{self.prefix}b"[-15:]
        sh("ip", "link", "add", a, "type", "veth", "peer", "name", b)
        sh("ip", "link", "set", a, "netns", self.pc)
        sh("ip", "link", "set", b, "netns", self.router)
        sh("ip", "-n", self.pc, "link", "set", a, "name", IFACE)
        sh("ip", "-n", self.pc, "link", "set", IFACE, "address", MAC)
        sh("ip", "-n", self.router, "link", "set", b, "name", "lan0")
        sh("ip", "-n", self.pc, "addr", "add", f"{PC_ADDR}/24", "dev", IFACE)
        for addr in (GATEWAY, SERVER):
            sh("ip", "-n", self.router, "addr", "add", f"{addr}/24", "dev", "lan0")
        sh("ip", "-n", self.router, "addr", "add", f"{OUTSIDE}/24", "dev", "lo")  # a network beyond the gateway
        sh("ip", "-n", self.router, "link", "set", "lan0", "up")
        sh("ip", "-n", self.pc, "link", "set", IFACE, "up")
        sh("ip", "-n", self.pc, "route", "add", "default", "via", GATEWAY)
        self.start_dns()
        self.listen(self.router, SERVER, 80)
        self.listen(self.router, OUTSIDE, 80)
        return self

    def start_dns(self) -> None:
        records = self.workdir / "dns-records"
        records.write_text(DNS_RECORDS)
        log = self.workdir / "dnsmasq.log"
        self.spawn(self.router, ["dnsmasq", "--keep-in-foreground", "--conf-file=/dev/null", "--no-resolv",
                                 "--no-hosts", f"--addn-hosts={records}", f"--listen-address={SERVER}",
                                 "--bind-interfaces", f"--local=/{DOMAIN}/", f"--domain={DOMAIN}",
                                 "--user=root", f"--pid-file={self.workdir / 'dnsmasq.pid'}",
                                 f"--log-facility={log}", "--log-queries"])
        self.wait_listening(self.router, 53, "udp")

    def start_dhcp(self) -> None:
        """The lab's DHCP server on the router: the PC's MAC reserved at PC_ADDR, gateway and DNS handed out."""
        wd = self.workdir
        self.spawn(self.router, ["dnsmasq", "--keep-in-foreground", "--conf-file=/dev/null", "--port=0",
                                 "--interface=lan0", "--bind-interfaces", "--user=root",
                                 "--dhcp-range=192.168.10.150,192.168.10.160,255.255.255.0,1h",
                                 f"--dhcp-host={MAC},{PC_ADDR}", f"--dhcp-option=option:router,{GATEWAY}",
                                 f"--dhcp-option=option:dns-server,{SERVER}", f"--domain={DOMAIN}",
                                 f"--dhcp-leasefile={wd / 'dhcp.leases'}", f"--pid-file={wd / 'dhcp.pid'}"])
        self.wait_listening(self.router, 67, "udp")

    def dhcp_lease(self) -> None:
        """The PC takes its address from the lab's DHCP server with a real client (dhclient), as a PC
        set to "obtain an address automatically" does. Needs dhclient (isc-dhcp-client)."""
        if not (self.workdir / "dhcp.pid").exists():
            self.start_dhcp()
        self.stop_dhcp_client()
        self.ip_pc("addr", "flush", "dev", IFACE)
        self.pc_run(["dhclient", "-4", "-1", "-pf", str(self.workdir / "dhclient.pid"),
                     "-lf", str(self.workdir / "dhclient.leases"), IFACE], timeout=60)

    def stop_dhcp_client(self) -> None:
        pidfile = self.workdir / "dhclient.pid"
        try:
            os.kill(int(pidfile.read_text().strip()), signal.SIGTERM)
        except (OSError, ValueError):
            pass
        pidfile.unlink(missing_ok=True)

    def listen(self, ns: str, address: str, port: int) -> subprocess.Popen:
        """A TCP service that accepts and closes, as a web or file server would for a probe."""
        code = ("import socket,sys\n"
                "s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
                "s.bind((sys.argv[1], int(sys.argv[2]))); s.listen(16)\n"
                "while True:\n c,_=s.accept(); c.close()\n")
        p = self.spawn(ns, [sys.executable, "-c", code, address, str(port)])
        self.wait_listening(ns, port, "tcp")
        return p

    def spawn(self, ns: str, argv: list[str]) -> subprocess.Popen:
        p = subprocess.Popen(["ip", "netns", "exec", ns, *argv], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True)
        self.procs.append(p)
        return p

    def wait_listening(self, ns: str, port: int, proto: str, timeout: float = 10.0) -> None:
        flag = "-Hltn" if proto == "tcp" else "-Hlun"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            out = sh("ip", "netns", "exec", ns, "ss", flag, f"sport = :{port}", check=False).stdout
            if out.strip():
                return
            if any(p.poll() is not None for p in self.procs):
                break
            time.sleep(0.05)
        raise RuntimeError(f"nothing listens on {proto} {port} in {ns}")

    # ------------------------------------------------------------------ the PC's files

    @staticmethod
    def netns_dir(ns: str) -> Path:
        return Path("/etc/netns") / ns

    def write_pc_file(self, name: str, text: str) -> None:
        """Edit the PC's /etc file in place, as an editor saving over it would (same inode: the
        bind mount `ip netns exec` makes keeps pointing at it)."""
        path = self.netns_dir(self.pc) / name
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    def read_pc_file(self, name: str) -> str:
        return (self.netns_dir(self.pc) / name).read_text(encoding="utf-8")

    # ------------------------------------------------------------------ running things

    def ip_pc(self, *args: str) -> subprocess.CompletedProcess:
        """`ip ...` inside the PC, as a trainee types it."""
        return sh("ip", "-n", self.pc, *args)

    def pc_run(self, argv: list[str], check: bool = True, **kw) -> subprocess.CompletedProcess:
        return sh("ip", "netns", "exec", self.pc, *argv, check=check, **kw)

    def profile(self, **overrides) -> Path:
        values = {"interface": IFACE, "seat": SEAT, "subnet": SUBNET, "gateway": GATEWAY, "dns": [SERVER],
                  "domain": DOMAIN, "server": SERVER, "servers": {"nas": NAS}}
        values.update(overrides)
        path = self.workdir / "lab.json"
        path.write_text(json.dumps(values, indent=2), encoding="utf-8")
        return path

    def check(self, scenario: str | Path, *args: str, lang: str = "fr", profile: Path | None = None,
              timeout: float = 60) -> CheckRun:
        """`aimm-lab check <scenario> --json` inside the PC namespace."""
        env = dict(os.environ)
        env.update(AIMM_LAB_PROFILE=str(profile or self.profile()), AIMM_LAB_HOME=str(self.workdir / "home"),
                   AIMM_LAB_LANG=lang, PYTHONDONTWRITEBYTECODE="1")
        env.pop("AIMM_LAB_SCENARIOS", None)
        cp = sh("ip", "netns", "exec", self.pc, sys.executable, "-m", "aimm_lab.cli", "check", str(scenario),
                "--json", *args, check=False, env=env, cwd=str(REPO), timeout=timeout)
        try:
            data = json.loads(cp.stdout) if cp.stdout.strip() else None
        except json.JSONDecodeError:
            data = None
        return CheckRun(cp.returncode, data, cp.stdout, cp.stderr)

    # ------------------------------------------------------------------ tearing down

    def down(self) -> None:
        self.stop_dhcp_client()
        for p in self.procs:
            if p.poll() is None:
                try:
                    os.killpg(p.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for p in self.procs:
            try:
                p.wait(3)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait(3)
        for ns in (self.pc, self.router):
            sh("ip", "netns", "del", ns, check=False)
        shutil.rmtree(self.netns_dir(self.pc), ignore_errors=True)
        shutil.rmtree(self.netns_dir(self.router), ignore_errors=True)
        # A veth whose namespaces are gone is gone too; a half-built one may sit in the root namespace.
        for name in (f"{self.prefix}a"[-15:], f"{self.prefix}b"[-15:]):
            sh("ip", "link", "del", name, check=False)


def scenario_file(path: Path, checks_toml: str, sid: str = "lab-test", preconditions: str = "") -> Path:
    """A small valid scenario whose tasks are the given `[[tasks]]` blocks."""
    path.write_text(f'''schema = 1
id = "{sid}"
version = 1
block = "B3"
competences = ["B3.1"]
kind = "network"
platforms = ["linux"]
title = "Essai du labo réseau"
brief = "Essai des vérifications réseau dans un vrai réseau."
{preconditions}
{checks_toml}
''', encoding="utf-8")
    return path
