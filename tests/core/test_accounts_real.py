"""Local accounts read for real: a private copy of /etc mounted over /etc in a private mount namespace
(`unshare -m`, root only), accounts made with the system's own tools (useradd, usermod, passwd -e),
then read by RealMachine as a lab PC would read them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or os.geteuid() != 0 or shutil.which("unshare") is None
    or shutil.which("useradd") is None, reason="needs Linux, root, unshare and useradd")

SCRIPT = r"""
import json, subprocess, sys
base = sys.argv[1]
subprocess.run(["cp", "-a", "/etc", base + "/etc"], check=True)
subprocess.run(["mount", "--bind", base + "/etc", "/etc"], check=True)
subprocess.run(["groupadd", "-f", "sudo"], check=True)
for who in ("m.durand", "techadmin"):
    subprocess.run(["useradd", "-M", "-s", "/bin/sh", who], check=True)
    subprocess.run(["usermod", "-p", "$y$j9T$dummy$dummyhashdummyhashdummyhashdummyhash", who], check=True)
subprocess.run(["usermod", "-aG", "sudo", "techadmin"], check=True)
from aimm_lab.machine.real import RealMachine
before = RealMachine().section("accounts")
subprocess.run(["passwd", "-e", "m.durand"], check=True, capture_output=True)
after = RealMachine().section("accounts")
print(json.dumps({"before": before, "after": after}))
"""


def test_a_forced_password_change_is_read_from_the_real_shadow_file(tmp_path):
    cp = subprocess.run(["unshare", "-m", "--propagation", "private", sys.executable, "-c", SCRIPT, str(tmp_path)],
                        capture_output=True, text=True, timeout=120)
    if cp.returncode != 0 and "Operation not permitted" in cp.stderr:
        pytest.skip("mount namespaces are not allowed here: " + cp.stderr.strip().splitlines()[-1])
    assert cp.returncode == 0, cp.stderr
    out = json.loads(cp.stdout.strip().splitlines()[-1])
    before = {a["name"]: a for a in out["before"]["accounts"]}
    after = {a["name"]: a for a in out["after"]["accounts"]}
    assert before["m.durand"]["must_change_password"] is False and before["m.durand"]["admin"] is False
    assert after["m.durand"]["must_change_password"] is True  # passwd -e: a change at the next login
    assert after["techadmin"]["must_change_password"] is False and after["techadmin"]["admin"] is True

    from states import linux_state, run

    from aimm_lab.checks import Outcome

    def outcome(section):
        return run("password_change_required", linux_state(accounts=section), name="m.durand").outcome

    assert outcome(out["before"]) is Outcome.FAIL and outcome(out["after"]) is Outcome.PASS
