"""The lab network the virtual lab PC is plugged into: a network namespace on the host.

    host network namespace aimmvm<pid>
      tap0 (QEMU's virtio-net)  --- br0  192.168.10.254/24  the gateway
                                         192.168.10.10/24   the lab server: DNS + DHCP (dnsmasq),
                                                            NTP (a small SNTP responder), web :80 :443,
                                                            Samba :445 (the NAS's smbd)
                                         192.168.10.20/24   the NAS: Samba, share "compta"
                                         192.168.10.50/24   the network printer (:9100)
      lo  10.20.0.1/24                                      a web host beyond the gateway (:80)
      v<name> (veth)  --- another namespace: an appliance a test adds (LabNetwork.device)

The lab PC takes 192.168.10.112 by DHCP (a reservation for its MAC, which a test may change). Nothing
leaves the namespace: the guest reaches only these services. The tap device is persistent, so the lab
network lives for the whole test run while each test's QEMU plugs into it and leaves. Every process
started here runs in its own session and is killed with SIGKILL at teardown.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

SUBNET = "192.168.10.0/24"
PC_ADDR = "192.168.10.112"
SEAT = 12
GATEWAY = "192.168.10.254"
SERVER = "192.168.10.10"
NAS = "192.168.10.20"
PRINTER = "192.168.10.50"
OUTSIDE = "10.20.0.1"
DOMAIN = "lab.local"
SHARE = "compta"
SHARE_USER = "compta"
SHARE_PASSWORD = "Compta2025!"

PC_MAC = "52:54:00:12:34:56"
# The lab PC's DHCP reservation (dnsmasq's dhcp-hostsfile, read again on SIGHUP).
RESERVATION = f"{PC_MAC},{PC_ADDR},pc-atl-12,12h"

DNS_RECORDS = (f"{SERVER} intranet.{DOMAIN} srv.{DOMAIN} ntp.{DOMAIN}\n"
               f"{NAS} nas.{DOMAIN}\n{PRINTER} imprimante.{DOMAIN}\n")

# A minimal SNTP server (RFC 4330): answers each request with the host's clock, stratum 2.
SNTP_SERVER = textwrap.dedent("""
    import socket, struct, sys, time
    EPOCH = 2208988800
    def ts(t):
        return struct.pack("!II", int(t) + EPOCH, int((t % 1) * 2**32))
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((sys.argv[1], 123))
    while True:
        data, addr = s.recvfrom(512)
        if len(data) < 48:
            continue
        rx = time.time()
        vn = (data[0] >> 3) & 7 or 4
        head = bytes([(0 << 6) | (vn << 3) | 4, 2, data[2], 0xEC])
        head += struct.pack("!II", 0x00000100, 0x00000100) + b"LAB0"
        now = time.time()
        s.sendto(head + ts(now - 8) + data[40:48] + ts(rx) + ts(time.time()), addr)
""")


# An ARP request for one address sent on the lab switch, and the MAC addresses that answer (one line each):
# two answers are an address conflict.
ARP_WHO_HAS = textwrap.dedent("""
    import socket, struct, sys, time
    iface, target, source = sys.argv[1], socket.inet_aton(sys.argv[2]), socket.inet_aton(sys.argv[3])
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x0806))
    s.bind((iface, 0))
    mac = s.getsockname()[4]
    s.send(b"\\xff" * 6 + mac + b"\\x08\\x06" + struct.pack("!HHBBH", 1, 0x0800, 6, 4, 1) + mac + source
           + b"\\x00" * 6 + target)
    s.settimeout(0.2)
    seen, end = set(), time.time() + 2
    while time.time() < end:
        try:
            f = s.recv(128)
        except socket.timeout:
            continue
        if f[20:22] == b"\\x00\\x02" and f[28:32] == target:
            seen.add(f[22:28].hex(":"))
    print("\\n".join(sorted(seen)))
""")


def _sh(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    cp = subprocess.run(list(args), capture_output=True, text=True)
    if check and cp.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} -> {cp.returncode}: {cp.stderr.strip()}")
    return cp


class LabNetwork:
    def __init__(self, workdir: Path):
        self.dir = workdir
        self.dir.mkdir(parents=True, exist_ok=True)
        self.ns = f"aimmvm{os.getpid()}"
        self.procs: dict[str, subprocess.Popen] = {}
        self.devices: list[LabDevice] = []

    # -- plumbing ------------------------------------------------------------------------------
    def ip(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return _sh("ip", "-n", self.ns, *args, check=check)

    def exec_argv(self, argv: list[str]) -> list[str]:
        return ["ip", "netns", "exec", self.ns, *argv]

    def run(self, argv: list[str], timeout: float = 120) -> subprocess.CompletedProcess:
        """A command on the lab network's side (another PC of the lab)."""
        return subprocess.run(self.exec_argv(argv), capture_output=True, text=True, timeout=timeout)

    def spawn(self, name: str, argv: list[str], **kw) -> subprocess.Popen:
        log = open(self.dir / f"{name}.log", "ab")
        p = subprocess.Popen(self.exec_argv(argv), stdout=log, stderr=subprocess.STDOUT,
                             stdin=subprocess.DEVNULL, start_new_session=True, **kw)
        log.close()
        self.procs[name] = p
        return p

    def kill(self, name: str) -> None:
        p = self.procs.pop(name, None)
        if p is None:
            return
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.wait(timeout=10)

    def wait_port(self, address: str, port: int, proto: str = "tcp", timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        flag = "-ltn" if proto == "tcp" else "-lun"
        while time.monotonic() < deadline:
            out = _sh("ip", "netns", "exec", self.ns, "ss", "-H", flag, check=False).stdout
            if f"{address}:{port} " in out or f"*:{port} " in out or f"0.0.0.0:{port} " in out:
                return
            time.sleep(0.1)
        raise RuntimeError(f"nothing listens on {address}:{port}/{proto} in {self.ns}")

    # -- life cycle ----------------------------------------------------------------------------
    def up(self) -> LabNetwork:
        _sh("ip", "netns", "add", self.ns)
        try:
            self.ip("link", "set", "lo", "up")
            self.ip("addr", "add", f"{OUTSIDE}/24", "dev", "lo")
            self.ip("link", "add", "br0", "type", "bridge")
            for a in (GATEWAY, SERVER, NAS, PRINTER):
                self.ip("addr", "add", f"{a}/24", "dev", "br0")
            self.ip("tuntap", "add", "dev", "tap0", "mode", "tap")
            self.ip("link", "set", "tap0", "master", "br0")
            self.ip("link", "set", "tap0", "up")
            self.ip("link", "set", "br0", "up")
            _sh("ip", "netns", "exec", self.ns, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1")
            self.start_dns_dhcp()
            self.start_ntp()
            self.start_web()
            self.start_printer()
            self.start_samba()
        except BaseException:
            self.down()
            raise
        return self

    def start_dns_dhcp(self) -> None:
        hosts = self.dir / "dns-records"
        hosts.write_text(DNS_RECORDS)
        leases = self.dir / "dnsmasq.leases"
        leases.write_text("")
        self.reservations = self.dir / "dhcp-hosts"
        self.reservations.write_text(RESERVATION + "\n")
        self.spawn("dnsmasq", [
            "dnsmasq", "--keep-in-foreground", "--no-daemon", "--conf-file=/dev/null", "--no-resolv", "--no-hosts",
            f"--addn-hosts={hosts}", "--interface=br0", "--bind-dynamic", f"--listen-address={SERVER}",
            "--except-interface=lo", f"--domain={DOMAIN}", f"--local=/{DOMAIN}/",
            f"--dhcp-range={SUBNET.split('/')[0][:-1]}100,{SUBNET.split('/')[0][:-1]}199,255.255.255.0,12h",
            f"--dhcp-hostsfile={self.reservations}",
            f"--dhcp-option=option:router,{GATEWAY}", f"--dhcp-option=option:dns-server,{SERVER}",
            f"--dhcp-option=option:domain-name,{DOMAIN}", f"--dhcp-option=option:ntp-server,{SERVER}",
            f"--dhcp-leasefile={leases}", "--dhcp-authoritative", "--user=root", "--group=root",
            f"--pid-file={self.dir / 'dnsmasq.pid'}",
        ])
        self.wait_port(SERVER, 53, "udp")

    def reserve(self, line: str = RESERVATION) -> None:
        """Replace the DHCP server's reservations with this dnsmasq dhcp-host line (MAC,address[,name][,lease])
        and have it read them again, as a trainer does on the lab server (SIGHUP: a restart would drop the
        leases). reserve() alone puts the lab PC's own reservation back."""
        self.reservations.write_text(line + "\n")
        os.kill(self.procs["dnsmasq"].pid, signal.SIGHUP)  # `ip netns exec` execs dnsmasq: same pid

    def device(self, name: str, address: str, prefix: int = 24, listen: int = 9100) -> LabDevice:
        """Another appliance plugged into the lab switch (its own network namespace, a veth into br0),
        answering on one TCP port: 9100 like a network printer, 443 like an access point's administration."""
        d = LabDevice(self, name, listen)
        d.up(address, prefix)
        self.devices.append(d)
        return d

    def arp_who_has(self, address: str) -> set[str]:
        """The MAC addresses answering an ARP request for this address on the lab switch (2 s)."""
        cp = self.run([sys.executable, "-c", ARP_WHO_HAS, "br0", address, GATEWAY], timeout=30)
        if cp.returncode != 0:
            raise RuntimeError(f"ARP request: {cp.stderr.strip()}")
        return set(cp.stdout.split())

    def stop_dhcp(self) -> None:
        """The lab's DHCP server goes away (DNS with it: they are one dnsmasq, like a small box)."""
        self.kill("dnsmasq")

    def start_ntp(self) -> None:
        script = self.dir / "sntp.py"
        script.write_text(SNTP_SERVER)
        self.spawn("ntp", [sys.executable, str(script), SERVER])
        self.wait_port(SERVER, 123, "udp")

    def start_web(self) -> None:
        www = self.dir / "www"
        www.mkdir(exist_ok=True)
        (www / "index.html").write_text("<html><body>Intranet du labo</body></html>\n")
        for name, addr, port in (("web", SERVER, 80), ("web443", SERVER, 443), ("outside", OUTSIDE, 80)):
            self.spawn(name, [sys.executable, "-m", "http.server", "--bind", addr, "--directory", str(www),
                              str(port)])
            self.wait_port(addr, port)

    def start_printer(self) -> None:
        self.spawn("printer", [sys.executable, "-c",
                               f"import socket\ns=socket.create_server(('{PRINTER}',9100))\n"
                               "while True:\n c,_=s.accept()\n while c.recv(65536): pass\n c.close()"])
        self.wait_port(PRINTER, 9100)

    def start_samba(self) -> None:
        """smbd on the NAS's address and the lab server's (the server shares files too, as b2-switch-bureau's
        sheet asks), with its own state under the run directory, and the share
        backed by a small tmpfs-sized directory (sizes read by the guest are the host's)."""
        d = self.dir / "samba"
        for sub in ("private", "lock", "state", "cache", "pid", "share", "log"):
            (d / sub).mkdir(parents=True, exist_ok=True)
        share = d / "share"
        os.chmod(share, 0o777)
        (share / "LISEZMOI.txt").write_text("Partage comptabilité du NAS\n")
        conf = d / "smb.conf"
        conf.write_text(textwrap.dedent(f"""\
            [global]
              workgroup = LABO
              server role = standalone server
              interfaces = {NAS}/24 {SERVER}/24
              bind interfaces only = yes
              smb ports = 445
              disable netbios = yes
              private dir = {d / 'private'}
              lock directory = {d / 'lock'}
              state directory = {d / 'state'}
              cache directory = {d / 'cache'}
              pid directory = {d / 'pid'}
              log file = {d / 'log'}/smbd.log
              passdb backend = tdbsam:{d / 'private'}/passdb.tdb
              map to guest = never
              load printers = no
              printing = bsd
              printcap name = /dev/null
              server min protocol = SMB2_10
            [{SHARE}]
              path = {share}
              read only = no
              force user = root
              valid users = {SHARE_USER}
            """))
        self.smb_conf = conf
        if _sh("id", SHARE_USER, check=False).returncode != 0:
            _sh("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SHARE_USER)
        p = subprocess.run(["smbpasswd", "-c", str(conf), "-s", "-a", SHARE_USER],
                           input=f"{SHARE_PASSWORD}\n{SHARE_PASSWORD}\n", capture_output=True, text=True)
        if p.returncode != 0:
            raise RuntimeError(f"smbpasswd: {p.stderr.strip() or p.stdout.strip()}")
        self.spawn("smbd", ["smbd", "--foreground", "--no-process-group", "--debug-stdout", "-s", str(conf)])
        self.wait_port(NAS, 445, timeout=30)
        self.wait_port(SERVER, 445, timeout=30)

    def down(self) -> None:
        for d in list(self.devices):
            d.down()
        for name in list(self.procs):
            self.kill(name)
        _sh("ip", "netns", "del", self.ns, check=False)


class LabDevice:
    """An appliance of the lab network (a printer, an access point): a network namespace of its own whose
    eth0 is a veth plugged into the lab bridge, with a TCP listener (9100 unless told) on every address it
    holds; what each connection sent is counted (a print job).
    Its address is set as on the appliance's panel (`ip addr flush` then `ip addr add`)."""

    def __init__(self, lab: LabNetwork, name: str, listen: int = 9100):
        self.lab = lab
        self.name = name
        self.listen = listen
        self.ns = f"{lab.ns}-{name}"
        self.veth = f"v{name}"[:15]
        self.proc: subprocess.Popen | None = None

    def ip(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return _sh("ip", "-n", self.ns, *args, check=check)

    def up(self, address: str, prefix: int = 24) -> None:
        _sh("ip", "netns", "add", self.ns)
        try:
            self.lab.ip("link", "add", self.veth, "type", "veth", "peer", "name", "eth0", "netns", self.ns)
            self.lab.ip("link", "set", self.veth, "master", "br0")
            self.lab.ip("link", "set", self.veth, "up")
            self.ip("link", "set", "lo", "up")
            self.ip("link", "set", "eth0", "up")
            self.set_address(address, prefix)
            log = open(self.lab.dir / f"device-{self.name}.log", "ab")
            self.proc = subprocess.Popen(
                ["ip", "netns", "exec", self.ns, sys.executable, "-c",
                 f"import socket\ns=socket.create_server(('0.0.0.0',{self.listen}))\n"
                 "while True:\n c,_=s.accept()\n n=0\n while b:=c.recv(65536): n+=len(b)\n"
                 " c.close()\n print('received', n, flush=True)"],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
            log.close()
        except BaseException:
            self.down()
            raise

    def received(self) -> list[int]:
        """The bytes received, one figure per connection (a print job each)."""
        log = self.lab.dir / f"device-{self.name}.log"
        return [int(line.split()[1]) for line in log.read_text().splitlines() if line.startswith("received ")]

    def set_address(self, address: str, prefix: int = 24) -> None:
        self.ip("addr", "flush", "dev", "eth0")
        self.ip("addr", "add", f"{address}/{prefix}", "dev", "eth0")

    def down(self) -> None:
        if self.proc is not None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=10)
            self.proc = None
        self.lab.ip("link", "del", self.veth, check=False)
        _sh("ip", "netns", "del", self.ns, check=False)
        if self in self.lab.devices:
            self.lab.devices.remove(self)

