"""Live look-ups keep their timeout, name resolution included, with a dead DNS server.

    sudo .venv/bin/python benchmarks/bench_live_deadline.py [--timeout 1] [--runs 3]

Builds a throw-away network namespace whose /etc/resolv.conf names a DNS server that never answers
(its MAC is pinned to one nobody has: queries leave and nothing comes back), then runs, inside it, through the
product's real entry points:
1. in-process: the scenario loaded and resolved as `aimm-lab check` does, then `run_pass` against a
   RealMachine: `tcp_reachable` to a host *name*, `name_resolves` through the system resolver and
   through the dead server, `clock_offset` against a time server given by name, each with the same
   timeout; the pass must finish within timeout + 10 % (they run at once: about the slowest one);
2. the command line: `aimm-lab check <scenario> --json`, wall time (Python's start-up included) and the
   `ms` each look-up recorded.
Without the fix the name look-up alone (glibc: 5 s per try, 2 tries) made `tcp_reachable` last ~10 s.
Needs root (network namespaces) and iproute2. Figures, not a test; exits 1 when the budget is not met.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEAD_DNS = "192.168.77.53"

SCENARIO = '''schema = 1
id = "bench-deadline"
version = 1
block = "B3"
competences = ["B3.1"]
kind = "diagnosis"
platforms = ["linux", "windows"]
title = "Banc d'essai des délais"
brief = "Chaque recherche en direct tient son délai, résolution du nom comprise."

[[tasks]]
id = "tcp"
title = "TCP par nom"
  [[tasks.checks]]
  type = "tcp_reachable"
  host = "intranet.lab.local"
  port = 80
  timeout = {t}

[[tasks]]
id = "dns"
title = "Nom par le résolveur du système"
  [[tasks.checks]]
  type = "name_resolves"
  name = "srv.lab.local"
  timeout = {t}

[[tasks]]
id = "dns-server"
title = "Nom par le serveur mort"
  [[tasks.checks]]
  type = "name_resolves"
  name = "nas.lab.local"
  server = "{dead}"
  timeout = {t}

[[tasks]]
id = "ntp"
title = "Horloge par nom"
  [[tasks.checks]]
  type = "clock_offset"
  server = "ntp.lab.local"
  max_seconds = 5
  timeout = {t}
'''


def inner(path: str, runs: int, timeout: float) -> int:
    from aimm_lab.grade import run_pass
    from aimm_lab.labprofile import LabProfile
    from aimm_lab.machine.real import RealMachine
    from aimm_lab.scenarios.loader import load_file
    from aimm_lab.scenarios.resolve import resolve

    rs = resolve(load_file(path), LabProfile({"interface": "lan0", "seat": 1, "subnet": "192.168.77.0/24"}))
    worst = 0.0
    for i in range(runs):
        t0 = time.perf_counter()
        res = run_pass(rs, RealMachine())
        ms = (time.perf_counter() - t0) * 1000
        worst = max(worst, ms)
        found = "; ".join(f"{c.type}: {c.outcome.value} ({c.found.get('en') if hasattr(c.found, 'get') else c.found})"
                          for t in res.tasks for c in t.checks)
        print(f"   pass {i + 1}: {ms:.0f} ms — {found}")
    budget = timeout * 1000 * 1.1
    print(f"   slowest pass {worst:.0f} ms; budget timeout + 10 % = {budget:.0f} ms: "
          f"{'met' if worst <= budget else 'NOT met'}")
    return 0 if worst <= budget else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--timeout", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--inner", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inner:
        return inner(args.inner, args.runs, args.timeout)
    if os.geteuid() != 0 or shutil.which("ip") is None:
        print("needs root and iproute2 (a network namespace with a dead DNS server)")
        return 2
    ns = f"aimmbench{os.getpid()}"
    etc = Path("/etc/netns") / ns
    code = 0
    with tempfile.TemporaryDirectory() as d:
        scen = Path(d) / "deadline.toml"
        scen.write_text(SCENARIO.format(t=args.timeout, dead=DEAD_DNS), encoding="utf-8")
        try:
            etc.mkdir(parents=True)
            (etc / "resolv.conf").write_text(f"nameserver {DEAD_DNS}\n", encoding="utf-8")
            (etc / "hosts").write_text("127.0.0.1 localhost\n", encoding="utf-8")
            for cmd in (["ip", "netns", "add", ns], ["ip", "-n", ns, "link", "set", "lo", "up"],
                        ["ip", "-n", ns, "link", "add", "lan0", "type", "veth", "peer", "name", "far0"],
                        ["ip", "-n", ns, "addr", "add", "192.168.77.2/24", "dev", "lan0"],
                        ["ip", "-n", ns, "link", "set", "far0", "up"],
                        ["ip", "-n", ns, "link", "set", "lan0", "up"],
                        # The DNS server's MAC is known and nobody has it: queries leave, nothing answers.
                        ["ip", "-n", ns, "neigh", "add", DEAD_DNS, "lladdr", "02:00:00:00:00:53", "dev", "lan0",
                         "nud", "permanent"]):
                subprocess.run(cmd, check=True, capture_output=True)
            run = ["ip", "netns", "exec", ns, sys.executable]
            print(f"Dead DNS server {DEAD_DNS}; every look-up has timeout = {args.timeout:g} s")
            print("1. In-process pass (run_pass on a RealMachine), 4 live look-ups by name:")
            code = subprocess.run([*run, __file__, "--inner", str(scen), "--runs", str(args.runs),
                                   "--timeout", str(args.timeout)], cwd=REPO).returncode
            env = dict(os.environ, AIMM_LAB_HOME=str(Path(d) / "home"), AIMM_LAB_PROFILE=str(Path(d) / "lab.json"))
            (Path(d) / "lab.json").write_text(json.dumps({"interface": "lan0", "seat": 1,
                                                          "subnet": "192.168.77.0/24"}), encoding="utf-8")
            t0 = time.perf_counter()
            cp = subprocess.run([*run, "-m", "aimm_lab.cli", "check", str(scen), "--json", "--record",
                                 str(Path(d) / "rec.json")], cwd=REPO, env=env, capture_output=True, text=True)
            wall = (time.perf_counter() - t0) * 1000
            print(f"2. `aimm-lab check --json` in the namespace: {wall:.0f} ms wall (start-up included), "
                  f"exit {cp.returncode}")
            try:
                lookups = json.loads((Path(d) / "rec.json").read_text(encoding="utf-8"))["lookups"]
                for kind, answers in lookups.items():
                    for key, a in answers.items():
                        if isinstance(a, dict) and "ms" in a:
                            print(f"   {kind} {key}: {a['ms']:.0f} ms, error {a.get('error')!r}")
            except (OSError, ValueError, KeyError) as e:
                print(f"   no recorded look-ups ({e}); stderr: {cp.stderr.strip()[:300]}")
        finally:
            subprocess.run(["ip", "netns", "del", ns], capture_output=True)
            shutil.rmtree(etc, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
