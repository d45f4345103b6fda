"""DHCP read for real: a DHCP server (dnsmasq) on the lab router, the PC's own /etc/network/interfaces,
and a real DHCP client (dhclient) taking a lease in the PC namespace."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from netlab import IFACE, REPO

READ = ("import json; from aimm_lab.machine.real import RealMachine; "
        "print(json.dumps(RealMachine().section('dhcp')))")


def read_dhcp(lab, etc) -> dict:
    """The section read inside the PC namespace, with `etc` (a copy of /etc holding the PC's own
    network/interfaces) mounted over /etc in a private mount namespace."""
    script = f"mount --bind {etc} /etc && exec {sys.executable} -c \"$0\""
    cp = lab.pc_run(["unshare", "-m", "--propagation", "private", "sh", "-c", script, READ], cwd=str(REPO),
                    timeout=60)
    return {i["name"]: i for i in json.loads(cp.stdout)["interfaces"]}


def test_a_static_stanza_then_a_real_dhcp_lease_are_read(netlab):
    if shutil.which("dhclient") is None:
        pytest.skip("dhclient not installed (Debian package isc-dhcp-client)")
    if shutil.which("unshare") is None:
        pytest.skip("unshare not installed")
    # The PC's own /etc/network/interfaces, in a copy of /etc mounted over /etc when the PC is read.
    etc = netlab.workdir / "etc"
    subprocess.run(["cp", "-a", "/etc", str(etc)], check=True)
    net = etc / "network"
    net.mkdir(exist_ok=True)
    (net / "interfaces").write_text(f"auto lo\niface lo inet loopback\n\nauto {IFACE}\niface {IFACE} inet static\n"
                                    f"    address 192.168.10.112/24\n    gateway 192.168.10.254\n", encoding="utf-8")
    before = read_dhcp(netlab, etc)[IFACE]
    assert before["dhcp"] is False and before["source"] == "ifupdown (inet static)"

    # The lab's DHCP server, then the PC switched to DHCP as a technician does it.
    wd = netlab.workdir
    netlab.spawn(netlab.router, ["dnsmasq", "--keep-in-foreground", "--conf-file=/dev/null", "--port=0",
                                 "--interface=lan0", "--bind-interfaces", "--dhcp-range=192.168.10.150,192.168.10.160,"
                                 "255.255.255.0,1h", f"--dhcp-leasefile={wd / 'dnsmasq.leases'}", "--user=root",
                                 f"--pid-file={wd / 'dhcp.pid'}"])
    netlab.wait_listening(netlab.router, 67, "udp")
    (net / "interfaces").write_text(f"auto lo\niface lo inet loopback\n\nauto {IFACE}\niface {IFACE} inet dhcp\n",
                                    encoding="utf-8")
    netlab.ip_pc("addr", "flush", "dev", IFACE)
    pidfile = wd / "dhclient.pid"
    try:
        netlab.pc_run(["dhclient", "-4", "-1", "-pf", str(pidfile), "-lf", str(wd / "dhclient.leases"), IFACE],
                      timeout=60)
        addr = netlab.ip_pc("-4", "-o", "addr", "show", "dev", IFACE).stdout
        assert "192.168.10.15" in addr or "192.168.10.160" in addr, addr  # a lease from the range
        after = read_dhcp(netlab, etc)[IFACE]
        assert after["dhcp"] is True and after["source"] == "dhclient"

        from aimm_lab.checks import Context, Outcome, ResolvedCheck, evaluate
        from aimm_lab.machine import RecordedMachine
        from aimm_lab.machine.base import make_state

        check = ResolvedCheck("dhcp_enabled", {"interface": IFACE})
        for item, outcome in ((before, Outcome.FAIL), (after, Outcome.PASS)):
            state = make_state("linux", {"dhcp": {"interfaces": [item]}}, {})
            assert evaluate(check, RecordedMachine(state), Context()).outcome is outcome
    finally:
        if pidfile.exists():
            try:
                os.kill(int(pidfile.read_text().strip()), signal.SIGTERM)
                time.sleep(0.2)
            except (ProcessLookupError, ValueError):
                pass
