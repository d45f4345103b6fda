"""The virtual lab PC: QEMU, its QMP monitor, its guest agent, and a clean machine per test.

One run: boot the image once on an overlay ("golden"), install the product's wheel, set the lab
profile as a trainer would, then save the VM's RAM state over QMP. Each test then gets a new qcow2
overlay on top of the golden disk and resumes from that state (a few seconds), so whatever a test
changes is gone for the next one.

Commands run through the QEMU guest agent (`guest-exec`): it needs no network, so a test may take the
network card down and still talk to the machine.

Accelerator: KVM only where /dev/kvm is writable and the CPU shows vmx or svm; QEMU's TCG otherwise
(a para-virtual /dev/kvm without them cannot run a stock Debian kernel).
"""

from __future__ import annotations

import base64
import json
import os
import random
import shlex
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

MEMORY_MB = 2048
CPUS = 2
# The lab PC's wired link as its card announces it (virtio-net's speed and duplex; without them the guest
# reads an unknown speed). The saved state is taken with these: the guest then knows the card reports them.
LINK = (1000, "full")
DATA_DISK = "240G"  # b1-second-disque asks for at least 200 GB
# The two disks (d0: the system, d1: the data disk) on virtio, or on a SATA (AHCI) controller.
DISK_DEVICES = {
    "virtio": ["-device", "virtio-blk-pci,drive=d0,addr=0x4", "-device", "virtio-blk-pci,drive=d1,addr=0x5"],
    "sata": ["-device", "ich9-ahci,id=ahci0,addr=0x7",
             "-device", "ide-hd,drive=d0,bus=ahci0.0", "-device", "ide-hd,drive=d1,bus=ahci0.1"],
}
# The kernel's root= per layout. On SATA by label, and without `quiet` (the disks' probing shows on the console
# if a boot stops in the initramfs); no rootdelay=, with which the initramfs' `udevadm settle` waited its
# whole delay under TCG.
ROOT_DEVICE = {"virtio": "root=/dev/vda quiet", "sata": "root=LABEL=aimmroot"}
# A processor whose threads the guest sees as threads of a core: under TCG, "max" has the host's vendor, and
# an AMD one shows no sibling threads without its topology leaf; Intel's (CPUID leaf 0xB) is always given.
CPU_SMT = {"tcg": "max,vendor=GenuineIntel", "kvm": "host"}


def accelerator() -> tuple[list[str], str]:
    """QEMU's accelerator arguments and a sentence saying why."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        flags = ""
    hw = " vmx " in flags.replace("\t", " ").replace("\n", " ") or " svm " in flags.replace("\n", " ")
    if os.access("/dev/kvm", os.R_OK | os.W_OK) and hw:
        return ["-accel", "kvm", "-cpu", "host"], "KVM (the CPU shows vmx/svm)"
    why = "no vmx/svm in /proc/cpuinfo" if not hw else "/dev/kvm not writable"
    return ["-accel", "tcg,thread=multi", "-cpu", "max"], f"TCG ({why})"


def unavailable_reason() -> str | None:
    """Why QEMU cannot run here at all, or None."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "needs root (image build, network namespace, tap device)"
    if not Path("/dev/net/tun").exists():
        return "no /dev/net/tun (tap device for the lab network)"
    need = {"qemu-system-x86_64": "qemu-system-x86", "qemu-img": "qemu-utils", "mmdebstrap": "mmdebstrap",
            "mkfs.ext4": "e2fsprogs", "smbd": "samba", "dnsmasq": "dnsmasq-base", "ip": "iproute2"}
    missing = sorted({pkg for tool, pkg in need.items() if shutil.which(tool) is None})
    if missing:
        return "missing Debian packages: " + " ".join(missing)
    return None


class QmpError(RuntimeError):
    pass


class JsonSocket:
    """A line-oriented JSON connection to a QEMU unix socket (QMP or the guest agent)."""

    def __init__(self, path: Path, timeout: float):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        self.sock.connect(str(path))
        self.buf = b""

    def send(self, obj: dict) -> None:
        self.sock.sendall(json.dumps(obj).encode() + b"\n")

    def recv(self, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer")
            self.sock.settimeout(left)
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("connection closed")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        line = line.replace(b"\xff", b"").strip()
        if not line:
            return self.recv(max(0.01, deadline - time.monotonic()))
        return json.loads(line)

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass


class Qmp:
    def __init__(self, path: Path, timeout: float = 30):
        self.c = JsonSocket(path, timeout)
        self.c.recv(timeout)  # greeting
        self.cmd("qmp_capabilities")

    def cmd(self, command: str, timeout: float = 60, **args) -> dict:
        self.c.send({"execute": command, **({"arguments": args} if args else {})})
        while True:
            r = self.c.recv(timeout)
            if "event" in r:
                continue
            if "error" in r:
                raise QmpError(f"{command}: {r['error']}")
            return r.get("return", {})

    def close(self) -> None:
        self.c.close()


@dataclass
class ExecResult:
    argv: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    def check(self) -> ExecResult:
        if self.returncode != 0:
            raise AssertionError(f"in the guest, {shlex.join(self.argv)} -> {self.returncode}\n"
                                 f"stdout: {self.stdout[-2000:]}\nstderr: {self.stderr[-2000:]}")
        return self


class Agent:
    """The QEMU guest agent (virtio-serial): guest-exec, file writes, set-time."""

    def __init__(self, path: Path):
        self.path = path
        self.c: JsonSocket | None = None

    def connect(self, timeout: float) -> None:
        """Connect and synchronise (guest-sync-delimited); waits for the agent to answer."""
        deadline = time.monotonic() + timeout
        last: Exception | None = None
        while time.monotonic() < deadline:
            try:
                if self.c is None:
                    self.c = JsonSocket(self.path, 5)
                token = random.randint(1, 2**31)
                self.c.sock.sendall(b"\xff")
                self.c.send({"execute": "guest-sync-delimited", "arguments": {"id": token}})
                end = time.monotonic() + 3
                while time.monotonic() < end:
                    r = self.c.recv(max(0.05, end - time.monotonic()))
                    if r.get("return") == token:
                        return
            except (OSError, TimeoutError, ConnectionError, ValueError) as e:
                last = e
                if self.c is not None:
                    self.c.close()
                    self.c = None
                time.sleep(0.5)
        raise TimeoutError(f"the guest agent did not answer within {timeout:.0f} s ({last})")

    def cmd(self, name: str, timeout: float = 30, **args) -> dict:
        assert self.c is not None
        self.c.send({"execute": name, **({"arguments": args} if args else {})})
        r = self.c.recv(timeout)
        if "error" in r:
            raise QmpError(f"guest agent {name}: {r['error']}")
        return r.get("return", {})

    def run(self, argv: list[str], timeout: float = 120, stdin: str | None = None,
            env: list[str] | None = None) -> ExecResult:
        t0 = time.monotonic()
        args: dict = {"path": argv[0], "arg": argv[1:], "capture-output": True}
        if env is not None:
            args["env"] = env
        if stdin is not None:
            args["input-data"] = base64.b64encode(stdin.encode()).decode()
        pid = self.cmd("guest-exec", **args)["pid"]
        delay = 0.02
        while True:
            st = self.cmd("guest-exec-status", pid=pid)
            if st.get("exited"):
                break
            if time.monotonic() - t0 > timeout:
                self.run(["/bin/kill", "-9", str(pid)], timeout=30)
                raise TimeoutError(f"in the guest, {shlex.join(argv)} still running after {timeout} s")
            time.sleep(delay)
            delay = min(delay * 1.5, 0.25)
        out = base64.b64decode(st.get("out-data", "")).decode(errors="replace")
        err = base64.b64decode(st.get("err-data", "")).decode(errors="replace")
        code = st.get("exitcode", -st.get("signal", 0) or -1)
        return ExecResult(argv, code, out, err, time.monotonic() - t0)

    def write_file(self, path: str, data: bytes, mode: str = "w") -> None:
        h = self.cmd("guest-file-open", path=path, mode=mode + "b" if "b" not in mode else mode)
        try:
            for i in range(0, len(data), 48 * 1024):
                self.cmd("guest-file-write", handle=h, **{"buf-b64": base64.b64encode(data[i:i + 48 * 1024]).decode()})
        finally:
            self.cmd("guest-file-close", handle=h)

    def set_time(self) -> None:
        self.cmd("guest-set-time", time=time.time_ns())

    def close(self) -> None:
        if self.c is not None:
            self.c.close()
            self.c = None


class Qemu:
    """One QEMU process running in the lab network's namespace."""

    def __init__(self, workdir: Path, image, net, disk: Path, data_disk: Path, incoming: Path | None = None,
                 link: tuple[int, str] = LINK, disk_bus: str = "virtio", memory_mb: int = MEMORY_MB,
                 smp: str = str(CPUS), kernel_args: str = "", cpu: str | None = None):
        """`disk_bus`: "virtio" (vda, vdb: the saved state's layout) or "sata", both disks on an AHCI
        controller (sda, sdb), which answers ATA SMART commands as a SATA disk does (QEMU's IDE core).
        `memory_mb`, `smp` (QEMU's -smp, e.g. "12,sockets=1,cores=6,threads=2"): the parts fitted;
        `kernel_args`: added to the kernel's command line, as the boot loader passes them; `cpu`: QEMU's
        -cpu, in place of the accelerator's (see CPU_SMT). Anything but the defaults is for a cold boot only:
        a saved state resumes only on the machine it was saved from."""
        self.dir = workdir
        self.dir.mkdir(parents=True, exist_ok=True)
        self.qmp_path = self.dir / "qmp.sock"
        self.qga_path = self.dir / "qga.sock"
        self.console = self.dir / "console.log"
        self.image, self.net, self.disk, self.data_disk, self.link = image, net, disk, data_disk, link
        self.disk_bus, self.memory_mb, self.smp, self.kernel_args, self.cpu = disk_bus, memory_mb, smp, kernel_args, cpu
        for sock in (self.qmp_path, self.qga_path):  # a previous QEMU's, in this directory
            sock.unlink(missing_ok=True)
        accel, self.accel_why = accelerator()
        if cpu is not None:
            accel = [*accel[:accel.index("-cpu") + 1], cpu, *accel[accel.index("-cpu") + 2:]]
        argv = ["qemu-system-x86_64", "-name", "aimm-labvm", "-machine", "pc", *accel,
                "-smp", smp, "-m", str(memory_mb), "-nodefaults", "-display", "none",
                "-serial", f"file:{self.console}", "-monitor", "none",
                "-kernel", str(image.kernel), "-initrd", str(image.initrd),
                "-append", f"{ROOT_DEVICE[disk_bus]} rw console=ttyS0 systemd.show_status=false {kernel_args}".strip(),
                "-drive", f"file={disk},if=none,id=d0,format=qcow2,cache=unsafe",
                "-drive", f"file={data_disk},if=none,id=d1,format=qcow2,cache=unsafe",
                *DISK_DEVICES[disk_bus],
                "-netdev", "tap,id=n0,ifname=tap0,script=no,downscript=no",
                "-device", f"virtio-net-pci,netdev=n0,id=nic0,mac=52:54:00:12:34:56,addr=0x3,"
                           f"speed={link[0]},duplex={link[1]}",
                "-device", "virtio-serial-pci,addr=0x6",
                "-chardev", f"socket,path={self.qga_path},server=on,wait=off,id=qga0",
                "-device", "virtserialport,chardev=qga0,name=org.qemu.guest_agent.0",
                "-qmp", f"unix:{self.qmp_path},server=on,wait=off",
                "-rtc", "base=utc,clock=host"]
        if incoming is not None:
            argv += ["-incoming", f"exec:cat {shlex.quote(str(incoming))}"]
        self.log = open(self.dir / "qemu.log", "ab")
        self.proc = subprocess.Popen(net.exec_argv(argv), stdout=self.log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, start_new_session=True)
        self.qmp = self._connect_qmp()
        self.agent = Agent(self.qga_path)

    def _connect_qmp(self, timeout: float = 60) -> Qmp:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"QEMU exited ({self.proc.returncode}): {self.tail('qemu.log')}")
            if self.qmp_path.exists():
                try:
                    return Qmp(self.qmp_path)
                except (OSError, ConnectionError, TimeoutError):
                    pass
            time.sleep(0.1)
        raise TimeoutError("QEMU's QMP socket did not come up")

    def tail(self, name: str, n: int = 20) -> str:
        try:
            return "\n".join((self.dir / name).read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    def wait_incoming(self, timeout: float = 120) -> None:
        """Wait for the saved state to be loaded, then resume (it was saved paused)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            st = self.qmp.cmd("query-status")
            if st.get("status") in ("paused", "postmigrate", "running") and not st.get("status") == "inmigrate":
                if st["status"] != "running":
                    self.qmp.cmd("cont")
                return
            if self.proc.poll() is not None:
                raise RuntimeError(f"QEMU exited while loading the state: {self.tail('qemu.log')}")
            time.sleep(0.1)
        raise TimeoutError("the saved state did not load")

    def set_link(self, up: bool) -> None:
        """The network cable of the lab PC's card plugged in (True) or pulled out (False). On plugging in,
        the guest's driver reads the link's speed and duplex again (what the card negotiated)."""
        self.qmp.cmd("set_link", name="nic0", up=up)

    def save_state(self, path: Path, timeout: float = 300) -> None:
        self.qmp.cmd("stop")
        self.qmp.cmd("migrate", uri=f"exec:cat > {shlex.quote(str(path))}")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            st = self.qmp.cmd("query-migrate")
            if st.get("status") == "completed":
                return
            if st.get("status") in ("failed", "cancelled"):
                raise RuntimeError(f"saving the state failed: {st}")
            time.sleep(0.2)
        raise TimeoutError("saving the state did not finish")

    def kill(self) -> None:
        """SIGKILL, always: nothing of the guest is worth keeping after a test."""
        self.agent.close()
        try:
            self.qmp.close()
        except Exception:
            pass
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            self.proc.wait(timeout=30)
        finally:
            self.log.close()


def overlay(backing: Path, path: Path) -> Path:
    cp = subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", "-b", str(backing), "-F", "qcow2", str(path)],
                        capture_output=True, text=True)
    if cp.returncode != 0:
        raise RuntimeError(f"qemu-img create {path.name} on {backing.name}: {cp.stderr.strip() or cp.stdout.strip()}")
    return path


def blank(path: Path, size: str = DATA_DISK) -> Path:
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(path), size], check=True, capture_output=True)
    return path
