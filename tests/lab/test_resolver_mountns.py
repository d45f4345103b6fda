"""The resolver's servers, read for real from resolv.conf variants: each case runs the probe in a
private mount namespace (`unshare -m`) where a file is bind-mounted over /etc/resolv.conf and /run
is a fresh tmpfs holding what systemd-resolved or NetworkManager would have written there.
`resolvectl` and `nmcli` cannot run here (no systemd-resolved, no NetworkManager): where a case
needs them, a stand-in on PATH prints their real output shapes kept in tests/data/real/network/."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.lab

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "real" / "network"

PROBE = """
import json
from aimm_lab.labprofile import detect
from aimm_lab.machine import MachineView
from aimm_lab.machine.real import RealMachine
view = MachineView(RealMachine())
print(json.dumps({"dns": view.section("dns"), "lab": detect(view)}))
"""


def _reason() -> str | None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "needs root (mount namespaces)"
    if shutil.which("unshare") is None:
        return "unshare not installed (util-linux)"
    return None


def data(name: str) -> str:
    """A kept real output, without its first line (where its shape comes from)."""
    return DATA.joinpath(name).read_text(encoding="utf-8").split("\n", 1)[1]


def probe(tmp_path, resolv: str, run_files: dict[str, str] | None = None, tools: dict[str, str] | None = None) -> dict:
    reason = _reason()
    if reason:
        pytest.skip(reason)
    (tmp_path / "resolv.conf").write_text(resolv, encoding="utf-8")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for tool, output in (tools or {}).items():
        (tmp_path / f"{tool}.out").write_text(output, encoding="utf-8")
        script = bin_dir / tool
        script.write_text(f"#!/bin/sh\ncat '{tmp_path / (tool + '.out')}'\n", encoding="utf-8")
        script.chmod(0o755)
    lines = ["set -e", "mount --make-rprivate /", f"mount --bind '{tmp_path / 'resolv.conf'}' /etc/resolv.conf",
             "mount -t tmpfs tmpfs /run"]
    for path, text in (run_files or {}).items():
        src = tmp_path / path.replace("/", "_")
        src.write_text(text, encoding="utf-8")
        lines += [f"mkdir -p '{os.path.dirname(path)}'", f"cp '{src}' '{path}'"]
    for tool in tools or {}:
        lines.append({"resolvectl": "mkdir -p /run/systemd/resolve", "nmcli": "mkdir -p /run/NetworkManager"}[tool])
    lines.append(f"exec '{sys.executable}' -c '{PROBE}'")
    env = dict(os.environ, PATH=f"{bin_dir}:/usr/sbin:/usr/bin:/sbin:/bin")
    for var in ("XDG_CURRENT_DESKTOP", "DBUS_SESSION_BUS_ADDRESS"):
        env.pop(var, None)
    cp = subprocess.run(["unshare", "-m", "sh", "-c", "\n".join(lines)], capture_output=True, text=True,
                        cwd=str(REPO), env=env, timeout=60)
    assert cp.returncode == 0, cp.stderr
    return json.loads(cp.stdout)


def test_systemd_stub_with_search_dot_has_no_domain(tmp_path):
    out = probe(tmp_path, data("resolv.conf-stub-search-dot"),
                {"/run/systemd/resolve/resolv.conf": "nameserver 192.168.10.10\nnameserver 192.168.10.11\nsearch .\n"})
    dns = out["dns"]
    assert dns["servers"] == ["192.168.10.10", "192.168.10.11"] and dns["source"] == "systemd-resolved"
    assert dns["search"] == [] and dns["via"] == "127.0.0.53"
    assert "domain" not in out["lab"] and out["lab"]["dns"] == ["192.168.10.10", "192.168.10.11"]


def test_systemd_resolved_per_link_from_resolvectl(tmp_path):
    out = probe(tmp_path, data("resolv.conf-stub-search-dot"),
                tools={"resolvectl": data("resolvectl-status-wifi-lan.txt")})
    dns = out["dns"]
    assert dns["source"] == "systemd-resolved" and dns["servers"] == ["192.168.1.1", "fdb8:7b34:b3d9::1"]
    assert dns["search"] == ["lan"]
    assert dns["interfaces"]["wlp4s0"]["servers"] == ["192.168.1.1", "fdb8:7b34:b3d9::1"]
    assert dns["interfaces"]["enp0s31f6"] == {"servers": [], "search": [], "connected": False}


def test_networkmanager_dnsmasq_on_ubuntu_reads_no_stub_file(tmp_path):
    out = probe(tmp_path, data("resolv.conf-networkmanager-dnsmasq-ubuntu"),
                {"/run/NetworkManager/no-stub-resolv.conf": data("no-stub-resolv.conf-networkmanager")})
    dns = out["dns"]
    assert dns["servers"] == ["192.168.10.10", "192.168.10.11"] and dns["source"] == "NetworkManager"
    assert dns["via"] == "127.0.1.1" and dns["search"] == ["lab.local"]
    assert out["lab"]["dns"] == ["192.168.10.10", "192.168.10.11"] and out["lab"]["domain"] == "lab.local"


def test_networkmanager_dnsmasq_on_rhel_per_device_from_nmcli(tmp_path):
    out = probe(tmp_path, data("resolv.conf-networkmanager-dnsmasq-rhel"),
                tools={"nmcli": data("nmcli-dev-show-rhel.txt")})
    dns = out["dns"]
    assert dns["source"] == "NetworkManager" and dns["via"] == "127.0.0.1"
    assert dns["servers"] == ["10.16.36.29", "10.11.5.19", "10.5.30.160"]
    assert dns["interfaces"]["em3"]["servers"] == ["10.16.36.29", "10.11.5.19", "10.5.30.160"]
    assert dns["interfaces"]["em1"]["servers"] == []


def test_glibc_asks_three_servers_only(tmp_path):
    dns = probe(tmp_path, data("resolv.conf-four-nameservers"))["dns"]
    assert dns["servers"] == ["192.168.10.10", "192.168.10.11", "1.1.1.1"] and dns["ignored"] == ["9.9.9.9"]
    assert dns["source"] == "resolv.conf"


def test_a_local_forwarder_nobody_explains_is_unknown_not_wrong(tmp_path):
    dns = probe(tmp_path, "nameserver 127.0.0.1\n")["dns"]
    assert dns["servers"] is None and dns["via"] == "127.0.0.1"
