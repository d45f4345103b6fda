"""A run of the virtual lab PC: the image, the lab network, the saved state, and clean clones.

    LabRun.start()   image (cached) -> lab network -> cold boot on the golden overlay -> product
                     wheel installed -> lab profile set as a trainer does -> RAM state saved
    LabRun.clone()   a LabPC resumed from that state on a new overlay (a clean machine)
    LabRun.stop()    QEMU and every lab process killed (SIGKILL), the run directory removed
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import labvm_image
import labvm_net as net
import labvm_qemu as q

REPO = labvm_image.REPO
log = labvm_image._log
# Under QEMU's emulation (TCG) the guest runs some 50 times slower than a real PC: `systemctl
# list-unit-files` takes 7-12 s there, over the product's 8 s for a system tool. The product's own
# setting for slow lab PCs gives its tools more time; no verdict depends on it.
GUEST_ENV = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME=/root",
             "LANG=C.UTF-8", "AIMM_LAB_LANG=fr", "USER=root", "LOGNAME=root", "AIMM_LAB_TOOL_TIMEOUT=120"]
# Checks that look something up live (their timeout is the scenario's): a timeout is a verdict there.
LIVE_CHECKS = {"name_resolves", "tcp_reachable", "clock_offset", "cpu_load_below"}


class SlowGuest(RuntimeError):
    """A local reading of the product timed out in the guest. Most often the emulated PC was too slow,
    which says nothing of the product's verdicts: it is an expected failure only where a test names
    the product's reading as the cause (xfail raises=SlowGuest)."""


def local_timeouts(data: dict | None) -> list[str]:
    out: list[str] = []

    def walk(checks):
        for c in checks:
            if (c.get("outcome") == "ERROR" and c.get("type") not in LIVE_CHECKS
                    and "délai dépassé" in str(c.get("message"))):
                out.append(f"{c.get('type')}: {c.get('message')}")
            walk(c.get("checks", []))

    if data:
        walk(data.get("preconditions", {}).get("checks", []))
        for t in data.get("tasks", []):
            walk(t.get("checks", []))
    return out
VENV = "/opt/aimm-lab"


def lab_of_variables(variables: dict) -> dict:
    """The lab profile, keyed as `check --record` writes it, from the variables an attempt froze at its start
    (lab.<key>, lab.servers.<name>, seat; the derived ones, lab.prefix and the like, are left out)."""
    from aimm_lab.labprofile import KEYS  # noqa: PLC0415 - the product, on the host

    out: dict = {}
    servers: dict = {}
    for k, v in variables.items():
        if k.startswith("lab.servers."):
            servers[k[len("lab.servers."):]] = v
        elif k.startswith("lab.") and k[4:] in KEYS and k[4:] != "servers":
            out[k[4:]] = v
        elif k in KEYS:
            out[k] = v
    if servers:
        out["servers"] = servers
    return out


def in_session(cmd: str) -> str:
    """A shell command run as in the user's desktop session: a session bus (dconf, GNOME's settings store,
    is reached through it) and XDG_CURRENT_DESKTOP set as GNOME sets it. The guest has GNOME's settings
    store and schemas but no desktop; the settings persist in the user's dconf database between sessions."""
    return f"dbus-run-session -- env XDG_CURRENT_DESKTOP=GNOME bash -c {shlex.quote(cmd)}"
# What a trainer sets on the seat after `aimm-lab lab detect --save` (the rest is detected: interface,
# seat from the host name pc-atl-12, subnet, gateway, DNS, domain).
PROFILE_SET = {"server": net.SERVER, "ntp": net.SERVER, "servers": f"nas={net.NAS},imprimante={net.PRINTER}"}


def build_product_wheel(dest: Path) -> Path:
    """A wheel of the working tree, built from a copy (the tree is left untouched)."""
    src = dest / "src"
    shutil.copytree(REPO, src, ignore=shutil.ignore_patterns(
        ".venv", ".git", "tests", "benchmarks", "build", "dist", "*.egg-info", "__pycache__", ".ruff_cache"))
    cp = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                         "-w", str(dest), str(src)], capture_output=True, text=True)
    if cp.returncode != 0:
        raise RuntimeError(f"building the product's wheel failed:\n{cp.stderr[-3000:]}")
    shutil.rmtree(src)
    wheels = sorted(dest.glob("aimm_lab-*.whl"))
    if not wheels:
        raise RuntimeError("no wheel built")
    return wheels[-1]


@dataclass
class CheckRun:
    """What `aimm-lab check SCENARIO --json` said in the guest."""

    returncode: int
    data: dict | None
    stdout: str
    stderr: str
    seconds: float

    def outcomes(self) -> dict[str, str]:
        return {t["id"]: t["outcome"] for t in (self.data or {}).get("tasks", [])}

    def task(self, task_id: str) -> dict:
        return next(t for t in self.data["tasks"] if t["id"] == task_id)

    def messages(self, task_id: str) -> str:
        """Every message of the task's checks, nested ones ("any", "all") included."""
        out: list[str] = []

        def walk(checks):
            for c in checks:
                out.append(c["message"])
                walk(c.get("checks", []))

        walk(self.task(task_id)["checks"])
        return "\n".join(out)

    def preconditions(self) -> str:
        return self.data["preconditions"]["outcome"]

    def summary(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, indent=1)[:6000] if self.data else \
            f"rc={self.returncode} stdout={self.stdout[-1500:]} stderr={self.stderr[-1500:]}"


class LabPC:
    """One clean lab PC: run shell commands as root and the product, in the guest."""

    def __init__(self, run: LabRun, qemu: q.Qemu, workdir: Path):
        self.run_ = run
        self.qemu = qemu
        self.dir = workdir
        self.timings: dict[str, float] = {}
        self.db: str | None = None  # the product's database elsewhere than its data folder (`aimm-lab --db`)

    @property
    def agent(self) -> q.Agent:
        return self.qemu.agent

    def sh(self, script: str, check: bool = True, timeout: float = 120, stdin: str | None = None) -> q.ExecResult:
        """A root shell command in the guest (bash -c), as a trainer or trainee types it."""
        r = self.agent.run(["/bin/bash", "-c", script], timeout=timeout, stdin=stdin, env=GUEST_ENV)
        return r.check() if check else r

    def write(self, path: str, text: str) -> None:
        self.sh(f"mkdir -p {shlex.quote(str(Path(path).parent))} && cat > {shlex.quote(path)}", stdin=text)

    def read(self, path: str) -> str:
        return self.sh(f"cat {shlex.quote(path)}").stdout

    def aimm(self, *args: str, check: bool = False, timeout: float = 180, session: bool = False) -> q.ExecResult:
        cmd = shlex.join(["aimm-lab", *(["--db", self.db] if self.db else []), *args])
        return self.sh(in_session(cmd) if session else cmd, check=check, timeout=timeout)

    def check(self, scenario: str, record: Path | None = None, timeout: float = 180,
              allow_timeouts: bool = False, session: bool = False) -> CheckRun:
        """`aimm-lab check SCENARIO --json` in the guest; with record, the state the checks read is
        recorded in the guest (`--record`) and copied to that host path. With session, run in a desktop
        session's bus (see in_session), where the user's GNOME settings apply. A local reading that
        timed out raises SlowGuest unless allow_timeouts."""
        args = ["check", scenario, "--json"]
        guest_rec = f"/root/record-{scenario}.json"
        if record is not None:
            args += ["--record", guest_rec]
        r = self.aimm(*args, timeout=timeout, session=session)
        try:
            data = json.loads(r.stdout) if r.stdout.strip() else None
        except json.JSONDecodeError:
            data = None
        if record is not None:
            rec = self.sh(f"cat {guest_rec} && rm -f {guest_rec}", check=False)
            if rec.returncode == 0:
                record.parent.mkdir(parents=True, exist_ok=True)
                record.write_text(rec.stdout if rec.stdout.endswith("\n") else rec.stdout + "\n", encoding="utf-8")
        slow = local_timeouts(data)
        if slow and not allow_timeouts:
            raise SlowGuest(f"{scenario}: local readings timed out in the guest: {slow}")
        return CheckRun(r.returncode, data, r.stdout, r.stderr, r.seconds)

    def probe(self, *sections: str) -> dict:
        args = ["probe", "--json"]
        for s in sections:
            args += ["--section", s]
        r = self.aimm(*args)
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)

    def reboot(self, timeout: float = 600) -> float:
        """Restart the guest as a trainee does (`systemctl reboot`) and wait until it is back with its
        lease; returns the seconds it took."""
        t = time.monotonic()
        old = self.sh("cat /proc/sys/kernel/random/boot_id").stdout.strip()
        self.sh("systemd-run --no-block --on-active=1 systemctl reboot")
        self.agent.close()
        deadline = time.monotonic() + timeout
        while True:
            time.sleep(2)
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"the guest did not come back from its restart within {timeout:.0f} s")
            try:
                self.agent.connect(timeout=min(60.0, left))
                new = self.sh("cat /proc/sys/kernel/random/boot_id", timeout=30).stdout.strip()
            except (TimeoutError, OSError, ConnectionError, q.QmpError):
                self.agent.close()
                continue
            if new != old:
                break
            self.agent.close()
        self.wait_for("systemctl is-system-running | grep -qE 'running|degraded'", timeout=300, interval=1)
        self.wait_for(f"ip -4 -o addr show | grep -q {net.PC_ADDR} && ip route | grep -q '^default'",
                      timeout=120, interval=1)
        return time.monotonic() - t

    def power_off(self, timeout: float = 600) -> None:
        """Switch the guest off as a trainee does (`systemctl poweroff`); QEMU exits with it."""
        self.sh("systemd-run --no-block --on-active=1 systemctl poweroff")
        self.agent.close()
        self.qemu.proc.wait(timeout=timeout)
        self.qemu.kill()

    def power_cycle(self, off: float = 5, timeout: float = 600, **parts) -> float:
        """Switch the guest off, leave it off a few seconds, then switch it on: a cold boot, as after a part
        was replaced. The same machine, but for what `parts` change (see power_on). Waits until it is back
        with its lease; returns the seconds it took."""
        t = time.monotonic()
        self.power_off(timeout)
        time.sleep(off)
        self.power_on(timeout=timeout, **parts)
        return time.monotonic() - t

    def power_on(self, timeout: float = 600, **parts) -> None:
        """Switch the powered-off guest on and wait until it is back with its lease. `parts`, as q.Qemu
        takes them, change the machine from how it was: `disk` (another system disk), `disk_bus`,
        `memory_mb`, `smp`, `kernel_args`, `cpu`."""
        old = self.qemu
        keep = {"disk_bus": old.disk_bus, "memory_mb": old.memory_mb, "smp": old.smp, "kernel_args": old.kernel_args,
                "cpu": old.cpu}
        disk = parts.pop("disk", None) or old.disk
        for tries in (1, 2):
            self.qemu = q.Qemu(self.dir, old.image, old.net, disk, old.data_disk, link=old.link, **{**keep, **parts})
            try:
                self._wait_boot(timeout / 2)
                return
            except (TimeoutError, RuntimeError) as e:
                # The emulated machine, not the product: a cold boot on SATA under TCG stopped once in its
                # initramfs with no disk found. The power button again, once, as a technician would.
                if tries == 2:
                    raise
                log(f"the cold boot did not come up ({e}); switching the PC off and on again")
                self.agent.close()
                self.qemu.kill()

    def _wait_boot(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.agent.connect(timeout=min(30.0, max(1.0, deadline - time.monotonic())))
                break
            except TimeoutError:
                if "Dropping to a shell" in self.qemu.tail("console.log", 40):  # initramfs: no root disk
                    raise RuntimeError(f"the guest stopped in its initramfs:\n{self.qemu.tail('console.log')}") from None
                if time.monotonic() > deadline:
                    raise
        self.wait_for("systemctl is-system-running | grep -qE 'running|degraded'", timeout=300, interval=1)
        self.wait_for(f"ip -4 -o addr show | grep -q {net.PC_ADDR} && ip route | grep -q '^default'",
                      timeout=120, interval=1)

    def clone_system_disk(self, size_bytes: int, source: Path | None = None, name: str = "ssd") -> Path:
        """The powered-off guest's system disk (or `source`: the lab's master image, for a clean install)
        copied block for block onto a new, larger disk, as a disk-to-disk cloning tool does from its USB
        stick (every block the source holds; the rest of the new disk left empty). The new disk's path, to
        power on from."""
        assert self.qemu.proc.poll() is not None, "clone a disk only with the PC off"
        new = self.dir / f"{name}.qcow2"
        cp = subprocess.run(["qemu-img", "convert", "-O", "qcow2", str(source or self.qemu.disk), str(new)],
                            capture_output=True, text=True)
        assert cp.returncode == 0, cp.stderr
        cp = subprocess.run(["qemu-img", "resize", "-q", str(new), str(size_bytes)], capture_output=True, text=True)
        assert cp.returncode == 0, cp.stderr
        return new

    # -- attempts (`aimm-lab run`): for tasks that need the attempt's start time (a restart)
    TRAINEE = "stagiaire"

    def attempt(self, scenario: str, *commands: str) -> q.ExecResult:
        """`aimm-lab run SCENARIO` (practice) with commands on its standard input; the first call starts
        the attempt (its baseline state is recorded), later ones resume it."""
        lines = "".join(f"{c}\n" for c in (*commands, "quit"))
        db = f"--db {shlex.quote(self.db)} " if self.db else ""
        return self.sh(f"printf '{lines}' | aimm-lab {db}run {shlex.quote(scenario)} --mode practice "
                       f"--trainee {self.TRAINEE}", timeout=300)

    def attempt_check(self, scenario: str) -> tuple[CheckRun, dict]:
        """`check` in the trainee's attempt, then that check as attempt_last_check gives it."""
        self.attempt(scenario, "check").check()
        return self.attempt_last_check(scenario)

    def attempt_last_check(self, scenario: str) -> tuple[CheckRun, dict]:
        """The last check of the trainee's attempt, from `aimm-lab attempts show --json --states`:
        its result (as a CheckRun) and the machine state the product recorded for it."""
        rows = json.loads(self.aimm("attempts", "list", "--json", "--scenario", scenario, check=True).stdout)
        aid = rows[0]["id"]
        shown = json.loads(self.aimm("attempts", "show", aid, "--json", "--states", check=True).stdout)
        checks = [e for e in shown["events"] if e["kind"] == "check" and e["data"].get("purpose") == "check"]
        assert checks, shown["events"]
        data = checks[-1]["data"]
        def french(c: dict) -> dict:  # the journal keeps both languages; the CLI's JSON shows one
            return {**c, "message": c["message"]["fr"], "checks": [french(k) for k in c.get("checks", [])]}

        tasks = [{**t, "checks": [french(c) for c in t["checks"]]} for t in data["result"]["tasks"]]
        passed = all(t["outcome"] == "PASS" for t in tasks)
        result = {"tasks": tasks, "passed": passed, "preconditions": {"outcome": "-", "checks": []}}
        state = dict(data.get("state") or {})
        if "lab" not in state:
            # The journal keeps the lab values apart too, frozen at the attempt's start; a state replayed on
            # its own needs them as `check --record` writes them (the profile's keys).
            frozen = next((e["data"]["lab"] for e in shown["events"]
                           if isinstance(e.get("data"), dict) and isinstance(e["data"].get("lab"), dict)), None)
            if frozen:
                state["lab"] = lab_of_variables(frozen)
        if "attempt_started_at" not in state and rows[0].get("started_at"):
            # The journal keeps the state apart from the attempt's start; a state replayed on its own
            # (a fixture) needs it to judge "restarted since the attempt began".
            state["attempt_started_at"] = datetime.fromisoformat(rows[0]["started_at"]).timestamp()
        return CheckRun(0 if passed else 1, result, "", "", 0.0), state

    def wait_for(self, script: str, timeout: float = 60, interval: float = 0.5) -> q.ExecResult:
        """Run a shell test in the guest until it succeeds (bounded)."""
        deadline = time.monotonic() + timeout
        while True:
            r = self.sh(script, check=False, timeout=max(5.0, timeout))
            if r.returncode == 0:
                return r
            if time.monotonic() > deadline:
                raise AssertionError(f"in the guest, still failing after {timeout} s: {script}\n{r.stdout}\n{r.stderr}")
            time.sleep(interval)


@dataclass
class LabRun:
    workdir: Path
    image: labvm_image.Image | None = None
    network: net.LabNetwork | None = None
    state: Path | None = None
    golden: Path | None = None
    data_disk: Path | None = None
    interface: str | None = None
    profile: dict = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    clones: int = 0

    @classmethod
    def start(cls) -> LabRun:
        run = cls(Path(tempfile.mkdtemp(prefix="aimm-labvm-")))
        try:
            run._start()
        except BaseException:
            run.stop()
            raise
        return run

    def _start(self) -> None:
        t = time.monotonic()
        self.image = labvm_image.ensure_image()
        self.timings["image"] = time.monotonic() - t
        if self.image.build_seconds is not None:
            self.timings["image_build"] = self.image.build_seconds
        t = time.monotonic()
        wheel = build_product_wheel(self.workdir / "wheel")
        self.timings["product_wheel"] = time.monotonic() - t
        log(f"product wheel {wheel.name}; starting the lab network")
        self.network = net.LabNetwork(self.workdir / "net").up()
        self.golden = q.overlay(self.image.disk, self.workdir / "golden.qcow2")
        blank = q.blank(self.workdir / "data-blank.qcow2")
        self.data_disk = blank
        t = time.monotonic()
        boot_dir = self.workdir / "boot"
        vm = q.Qemu(boot_dir, self.image, self.network, self.golden, q.overlay(blank, boot_dir.parent / "data-boot.qcow2"))
        self.accelerator = vm.accel_why
        log(f"cold boot ({vm.accel_why}), console: {vm.console}")
        try:
            vm.agent.connect(timeout=600)
            self.timings["cold_boot_to_agent"] = time.monotonic() - t
            log(f"guest agent answers after {self.timings['cold_boot_to_agent']:.0f} s")
            pc = LabPC(self, vm, boot_dir)
            pc.wait_for("systemctl is-system-running | grep -qE 'running|degraded'", timeout=300, interval=1)
            pc.wait_for(f"ip -4 -o addr show | grep -q {net.PC_ADDR} && ip route | grep -q '^default'",
                        timeout=120, interval=1)
            self.timings["cold_boot"] = time.monotonic() - t
            log(f"booted with its lease after {self.timings['cold_boot']:.0f} s; installing the product")
            t = time.monotonic()
            pc.agent.write_file(f"/root/{wheel.name}", wheel.read_bytes())
            pc.sh(f"{VENV}/bin/pip install -q --no-index --no-deps /root/{wheel.name} && rm /root/{wheel.name}",
                  timeout=600)
            self.timings["product_install"] = time.monotonic() - t
            t = time.monotonic()
            self.interface = pc.sh("ip -o -4 route show default | awk '{print $5}'").stdout.strip()
            # As the sheets say: detect and save the profile on the healthy PC, then set what cannot
            # be detected (the lab's servers).
            pc.aimm("lab", "detect", "--save", check=True)
            for k, v in PROFILE_SET.items():
                pc.aimm("lab", "set", k, v, check=True)
            shown = json.loads(pc.aimm("lab", "show", "--json", check=True).stdout)
            self.profile = {k: v["value"] for k, v in shown.items()}
            want = {"interface": self.interface, "seat": net.SEAT, "subnet": net.SUBNET, "gateway": net.GATEWAY,
                    "dns": [net.SERVER], "domain": net.DOMAIN}
            wrong = {k: (self.profile.get(k), v) for k, v in want.items() if self.profile.get(k) != v}
            if wrong:
                raise RuntimeError(f"lab detect --save in the guest got (found, expected): {wrong}")
            self.timings["profile_and_first_probe"] = time.monotonic() - t
            pc.sh("sync")
            t = time.monotonic()
            self.state = self.workdir / "state.bin"
            vm.save_state(self.state)
            self.timings["snapshot_save"] = time.monotonic() - t
            log(f"state saved in {self.timings['snapshot_save']:.0f} s")
        finally:
            vm.kill()

    def clone(self, name: str) -> LabPC:
        assert self.state and self.golden and self.data_disk and self.image and self.network
        self.clones += 1
        d = self.workdir / f"clone-{self.clones}"
        d.mkdir()
        t = time.monotonic()
        disk = q.overlay(self.golden, d / "disk.qcow2")
        data = q.overlay(self.data_disk, d / "data.qcow2")
        vm = q.Qemu(d, self.image, self.network, disk, data, incoming=self.state)
        try:
            vm.wait_incoming()
            vm.agent.connect(timeout=120)
            vm.agent.set_time()
            pc = LabPC(self, vm, d)
            pc.timings["resume"] = time.monotonic() - t
            return pc
        except BaseException:
            vm.kill()
            raise

    def discard(self, pc: LabPC) -> None:
        pc.qemu.kill()
        shutil.rmtree(pc.dir, ignore_errors=True)

    def stop(self) -> None:
        if self.network is not None:
            self.network.down()
        shutil.rmtree(self.workdir, ignore_errors=True)
