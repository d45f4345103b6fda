"""Storage read for real: tmpfs and loop-device mounts made in a private mount namespace
(`unshare -m`, root only), read by RealMachine as a lab PC would read them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or os.geteuid() != 0 or shutil.which("unshare") is None,
    reason="needs Linux, root and unshare for a private mount namespace")

SCRIPT = r"""
import json, os, subprocess, sys, psutil
from aimm_lab.machine.real import RealMachine
base = sys.argv[1]
ram, data, runtime = (os.path.join(base, d) for d in ("ram", "data", "img"))
for d in (ram, data):
    os.makedirs(d)
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", ram], check=True)
loop = None
img = os.path.join(base, "disk.img")
with open(img, "wb") as f:
    f.truncate(16 * 1024 * 1024)
if subprocess.run(["mkfs.ext4", "-q", "-F", img], capture_output=True).returncode == 0 and \
        subprocess.run(["mount", "-o", "loop", img, data], capture_output=True).returncode == 0:
    loop = data
os.makedirs("/run/aimm-lab-test", exist_ok=True)
subprocess.run(["mount", "-t", "tmpfs", "tmpfs", "/run/aimm-lab-test"], check=True)
old = [p.mountpoint for p in psutil.disk_partitions(all=False)]
print(json.dumps({"disks": RealMachine().section("disks"), "old": old, "loop": loop, "ram": ram}))
"""


def test_tmpfs_and_loop_mounts_are_read(tmp_path):
    try:
        cp = subprocess.run(["unshare", "-m", "--propagation", "private", sys.executable, "-c", SCRIPT,
                             str(tmp_path)], capture_output=True, text=True, timeout=60)
    finally:
        if os.path.isdir("/run/aimm-lab-test"):  # the mount point outlives the namespace, the mount does not
            os.rmdir("/run/aimm-lab-test")
    if cp.returncode != 0 and "Operation not permitted" in cp.stderr:
        pytest.skip("mount namespaces are not allowed here: " + cp.stderr.strip().splitlines()[-1])
    assert cp.returncode == 0, cp.stderr
    out = json.loads(cp.stdout.strip().splitlines()[-1])
    by = {p["mountpoint"]: p for p in out["disks"]["partitions"]}
    ram = by[out["ram"]]
    assert ram["fstype"] == "tmpfs" and ram["kind"] == "memory" and ram["device_less"] and ram["device"] is None
    assert ram["total"] == 16 * 1024 * 1024 and ram["error"] is None
    assert out["ram"] not in out["old"]  # what the probe read before: the tmpfs was invisible
    assert "/run/aimm-lab-test" not in by  # the system's own memory file systems are no drive
    assert "/proc" not in by and "/sys/fs/cgroup" not in by
    print("loop device mount read:", bool(out["loop"]))
    if out["loop"]:  # loop devices may be missing in a container
        loop = by[out["loop"]]
        assert loop["fstype"] == "ext4" and loop["kind"] == "local" and loop["device"].startswith("/dev/loop")
        assert loop["total"] > 10 * 1024 * 1024
