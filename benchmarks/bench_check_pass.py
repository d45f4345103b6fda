"""What one check pass costs against this machine.

    .venv/bin/python benchmarks/bench_check_pass.py [--runs 100] [--dead-host 192.0.2.77]

1. A 30-check scenario of local checks (network, system, disks, processes, sockets, accounts, files),
   loaded and resolved as `aimm-lab check` does, then passed N times against a fresh RealMachine
   view each time: median and 90th percentile, and how often each section was read per pass (the
   costly ones, processes and sockets, must be read once per pass however many checks use them).
   Side by side, in the same run and interleaved pass by pass (so both see the same load on the
   machine): the same 30 checks written with pytest-testinfra's in-process API on the `local://`
   host (one host for every pass, as a pytest session keeps it), and the ratio of the medians.
   pytest-testinfra is needed for that half only (`.venv/bin/pip install pytest-testinfra`); it is
   not a dependency of the program. Without it the comparison is skipped, saying so.
2. A pass with live look-ups to dead or closed targets (TCP connects and DNS queries that time out,
   each with its own timeout): it should cost about its slowest look-up, not the sum of them.
   `--dead-host` must be an address that does not answer from here (192.0.2.0/24 is reserved for
   documentation and normally goes nowhere).
Figures, not a test.
"""

from __future__ import annotations

import argparse
import collections
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aimm_lab.grade import run_pass  # noqa: E402
from aimm_lab.labprofile import LabProfile, detect  # noqa: E402
from aimm_lab.machine import MachineView  # noqa: E402
from aimm_lab.machine.real import RealMachine  # noqa: E402
from aimm_lab.scenarios.loader import load_file  # noqa: E402
from aimm_lab.scenarios.resolve import resolve  # noqa: E402

HEADER = '''schema = 1
id = "bench-{name}"
version = 1
block = "B3"
competences = ["B3.1"]
kind = "diagnosis"
platforms = ["linux", "windows"]
title = "Banc d'essai"
brief = "Mesure du coût d'un passage de vérifications."
'''

LOCAL_CHECKS = [
    'type = "interface_present"\ninterface = "{lab.interface}"',
    'type = "interface_up"\ninterface = "{lab.interface}"',
    'type = "ipv4_in_subnet"\ninterface = "{lab.interface}"\nsubnet = "{lab.subnet}"',
    'type = "not_apipa"\ninterface = "{lab.interface}"',
    'type = "mtu"\ninterface = "{lab.interface}"\nmtu = 1500',
    'type = "link_duplex"\ninterface = "{lab.interface}"',
    'type = "default_gateway"\naddress = "{lab.gateway}"',
    'type = "dns_servers"\nservers = "{lab.dns}"',
    'type = "hosts_entry"\nname = "localhost"',
    'type = "proxy"\nenabled = false',
    'type = "hostname"\nname = "PC-ATL-07"',
    'type = "os_version"\nname_contains = "Linux"',
    'type = "cpu_cores"\nlogical = 2',
    'type = "memory_total"\nsize = "16 GiB"',
    'type = "swap_total"\nmax_size = "8 GiB"',
    'type = "battery"\npresent = false',
    'type = "free_space"\nmountpoint = "/"\nmin_free = "1 GiB"',
    'type = "partition"\nmountpoint = "/"\nfstype = "ext4"',
    'type = "process_running"\nname = "python"',
    'type = "process_absent"\nname = "xmrig"',
    'type = "process_absent"\nname = "svchelper.exe"',
    'type = "port_listening"\nport = 22',
    'type = "port_listening"\nport = 3389',
    'type = "port_listening"\nport = 53\nproto = "udp"',
    'type = "user_exists"\nname = "root"',
    'type = "user_not_admin"\nname = "m.durand"',
    'type = "user_logged_in"\nname = "m.durand"',
    'type = "service_state"\nname = "cups"\nstatus = "running"',
    'type = "file_exists"\npath = "/etc/hosts"',
    'type = "file_contains"\npath = "/etc/hosts"\npattern = "localhost"',
]


def _testinfra_checks(h) -> list:
    """The 30 LOCAL_CHECKS, one by one, in testinfra's words (what each needs to read to decide)."""
    def duplex():
        return h.file("/sys/class/net/lo/duplex").exists and h.file("/sys/class/net/lo/duplex").content_string
    def not_admin():
        u = h.user("m.durand")
        return u.exists and "sudo" not in u.groups
    return [
        lambda: h.interface("lo").exists,
        lambda: "UP" in h.interface("lo").link[0].get("flags", []),
        lambda: h.interface("lo").addresses,
        lambda: [a for a in h.interface("lo").addresses if a.startswith("169.254.")],
        lambda: h.interface("lo").link[0].get("mtu") == 1500,
        duplex,
        lambda: h.interface.default(),
        lambda: "192.0.2.53" in h.file("/etc/resolv.conf").content_string,
        lambda: "localhost" in h.file("/etc/hosts").content_string,
        lambda: "http_proxy" not in h.environment(),
        lambda: h.check_output("hostname") == "PC-ATL-07",
        lambda: "Linux" in h.system_info.type,
        lambda: h.check_output("nproc") == "2",
        lambda: "MemTotal" in h.file("/proc/meminfo").content_string,
        lambda: "SwapTotal" in h.file("/proc/meminfo").content_string,
        lambda: h.file("/sys/class/power_supply").is_directory,
        lambda: h.check_output("df -P /"),
        lambda: h.mount_point("/").filesystem == "ext4",
        lambda: bool(h.process.filter(comm="python")),
        lambda: not h.process.filter(comm="xmrig"),
        lambda: not h.process.filter(comm="svchelper.exe"),
        lambda: h.socket("tcp://22").is_listening,
        lambda: h.socket("tcp://3389").is_listening,
        lambda: h.socket("udp://53").is_listening,
        lambda: h.user("root").exists,
        not_admin,
        lambda: "m.durand" in h.check_output("who"),
        lambda: h.service("cups").is_running,
        lambda: h.file("/etc/hosts").exists,
        lambda: h.file("/etc/hosts").contains("localhost"),
    ]


def testinfra_pass(checks: list) -> tuple[float, list[int]]:
    """One pass of the testinfra checks: (ms, the numbers of those that raised)."""
    raised = []
    t0 = time.perf_counter()
    for i, c in enumerate(checks):
        try:
            c()
        except Exception:  # noqa: BLE001 - a check that cannot run is counted, not fatal
            raised.append(i)
    return (time.perf_counter() - t0) * 1000, raised


def scenario(folder: Path, name: str, checks: list[str]) -> Path:
    body = [HEADER.format(name=name)]
    for i, c in enumerate(checks, 1):
        body.append(f'[[tasks]]\nid = "t{i:02d}"\ntitle = "vérification {i}"\n  [[tasks.checks]]\n' +
                    "\n".join("  " + line for line in c.splitlines()) + "\n")
    path = folder / f"{name}.toml"
    path.write_text("\n".join(body), encoding="utf-8")
    return path


def profile() -> LabProfile:
    detected = detect(MachineView(RealMachine()))
    values = {"interface": "lo", "subnet": "127.0.0.0/8", "gateway": "192.0.2.1", "dns": ["192.0.2.53"],
              "domain": "lab.local", "server": "192.0.2.10", "seat": 7}
    return LabProfile({k: v for k, v in values.items() if not detected.get(k)}, detected)


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def local_pass(folder: Path, runs: int) -> None:
    path = scenario(folder, "local", LOCAL_CHECKS)
    rs = resolve(load_file(path), profile())
    n_checks = sum(len(c) for c in rs.tasks.values())
    times, reads = [], collections.Counter()
    run_pass(rs, RealMachine())  # warm-up: imports, psutil's first process scan
    try:
        import testinfra  # noqa: PLC0415 - for the comparison only
        ti_checks = _testinfra_checks(testinfra.get_host("local://"))
        testinfra_pass(ti_checks)  # warm-up: its imports, the commands it looks up once
    except ImportError:
        ti_checks = None
    ti_times: list[float] = []
    ti_raised: list[int] = []
    outcomes = collections.Counter()
    for _ in range(runs):
        view = MachineView(RealMachine())
        t0 = time.perf_counter()
        res = run_pass(rs, view)
        times.append((time.perf_counter() - t0) * 1000)
        reads.update(view.timings.keys())
        outcomes.update(c.outcome.value for t in res.tasks for c in t.checks)
        if ti_checks is not None:
            ms, raised = testinfra_pass(ti_checks)
            ti_times.append(ms)
            ti_raised = raised
    med = statistics.median(times)
    print(f"1. Local pass: {n_checks} checks, {runs} passes against this machine")
    print(f"   median {med:.2f} ms, p90 {percentile(times, 0.9):.2f} ms, min {min(times):.2f} ms "
          f"(target < 25 ms: {'met' if med < 25 else 'NOT met'}); "
          f"{med / n_checks:.3f} ms per check")
    print("   outcomes per pass: " + ", ".join(f"{k} {v // runs}" for k, v in sorted(outcomes.items())))
    print("   section reads per pass: " + ", ".join(f"{k} {v / runs:g}" for k, v in sorted(reads.items())))
    view = MachineView(RealMachine())
    run_pass(rs, view)
    costly = sorted(view.timings.items(), key=lambda kv: -kv[1])[:4]
    print("   costliest reads in one pass: " + ", ".join(f"{k} {v:.2f} ms" for k, v in costly))
    if ti_checks is None:
        print("   pytest-testinfra is not installed: no side-by-side figures (pip install pytest-testinfra)")
        return
    ti_med = statistics.median(ti_times)
    ratio = med / ti_med
    print(f"   pytest-testinfra, same {len(ti_checks)} checks, same run, in-process on local://: "
          f"median {ti_med:.2f} ms, p90 {percentile(ti_times, 0.9):.2f} ms, min {min(ti_times):.2f} ms "
          f"({len(ti_raised)} of its checks raised here: "
          f"{', '.join(LOCAL_CHECKS[i].split(chr(10))[0].split('= ')[1] for i in ti_raised) or 'none'})")
    print(f"   ratio of medians aimm-lab / testinfra = {ratio:.3f}× (goal ≤ 0.1×: {'met' if ratio <= 0.1 else 'NOT met'}); "
          f"ratio of minimums {min(times) / min(ti_times):.3f}×")


def live_pass(folder: Path, runs: int, dead: str) -> None:
    timeouts = [0.4, 0.5, 0.6, 0.7, 0.8, 1.0]
    checks = [f'type = "tcp_reachable"\nhost = "{dead}"\nport = {80 + i}\ntimeout = {t}'
              for i, t in enumerate(timeouts)]
    checks += [f'type = "name_resolves"\nname = "intranet{i}.lab.local"\nserver = "{dead}"\ntimeout = {t}'
               for i, t in enumerate((0.5, 0.9))]
    checks += ['type = "tcp_reachable"\nhost = "127.0.0.1"\nport = 1']  # closed: refused at once
    checks += LOCAL_CHECKS[:5]
    every = timeouts + [0.5, 0.9]
    rs = resolve(load_file(scenario(folder, "live", checks)), profile())
    times, found = [], collections.Counter()
    for _ in range(runs):
        t0 = time.perf_counter()
        res = run_pass(rs, RealMachine())
        times.append((time.perf_counter() - t0) * 1000)
        found.update(c.found if isinstance(c.found, str) else c.found.get("en")
                     for t in res.tasks for c in t.checks if c.type in ("tcp_reachable", "name_resolves"))
    med = statistics.median(times)
    slowest, total = max(every) * 1000, sum(every) * 1000
    print(f"2. Live pass: {len(every)} look-ups to the dead host {dead} (timeouts "
          f"{', '.join(f'{t:g}' for t in every)} s), 1 closed port, 5 local checks; {runs} passes")
    print(f"   median {med:.0f} ms; slowest look-up {slowest:.0f} ms; sum of timeouts {total:.0f} ms")
    print(f"   pass / slowest = {med / slowest:.2f}; pass / sum = {med / total:.2f}")
    print("   what the look-ups found: " + "; ".join(f"{k} ×{v // runs}" for k, v in found.most_common()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=100)
    ap.add_argument("--live-runs", type=int, default=5)
    ap.add_argument("--dead-host", default="192.0.2.77")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        local_pass(Path(d), args.runs)
        live_pass(Path(d), args.live_runs, args.dead_host)
    return 0


if __name__ == "__main__":
    sys.exit(main())
