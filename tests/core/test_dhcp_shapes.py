"""The `dhcp` section parsed from raw shapes as the tools print them (tests/data/real), and the
dhcp_enabled check on it. The same reading on a real DHCP lease: tests/lab/test_dhcp_netns.py."""

from __future__ import annotations

import json
from pathlib import Path

from states import linux_state, run, windows_state

from aimm_lab.checks import Outcome
from aimm_lab.machine import dhcp

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def real_text(name: str) -> str:
    text = (REAL / name).read_text(encoding="utf-8")
    assert text.startswith("# source: "), name
    return text.split("\n", 1)[1]


def console_rows(text: str) -> list[dict]:
    """Get-NetIPInterface's table -> the objects our PowerShell script writes (InterfaceAlias, Dhcp)."""
    lines = text.splitlines()
    header = lines[0]
    alias, family, dhcp_at, state = (header.index(h) for h in ("InterfaceAlias", "AddressFamily", "Dhcp",
                                                                  "ConnectionState"))
    rows = []
    for line in lines[2:]:
        if line[family:family + 13].strip() == "IPv4":  # the script asks -AddressFamily IPv4
            rows.append({"InterfaceAlias": line[alias:family].strip(), "Dhcp": line[dhcp_at:state].strip()})
    return rows


def test_windows_dhcp_from_get_netipinterface():
    payload = json.dumps(console_rows(real_text("get_netipinterface_console.txt")))
    section = dhcp.windows_dhcp(payload)
    by = {i["name"]: i for i in section["interfaces"]}
    assert set(by) == {"Ethernet", "VirtualBox Host-Only Network"}  # the loopback is no adapter
    assert by["Ethernet"]["dhcp"] is True and by["VirtualBox Host-Only Network"]["dhcp"] is False
    # One object (PowerShell 5.1 writes a single item unwrapped) and the CIM numbers are read too.
    one = dhcp.windows_dhcp({"InterfaceAlias": "Ethernet 2", "Dhcp": 0})
    assert one["interfaces"][0]["dhcp"] is False
    odd = dhcp.windows_dhcp([{"InterfaceAlias": "Wi-Fi", "Dhcp": None}])["interfaces"][0]
    assert odd["dhcp"] is None and "dhcp" in odd["unknown"]  # not read: never "static"
    st = windows_state(dhcp=section)
    assert run("dhcp_enabled", st, interface="ethernet").outcome is Outcome.PASS
    r = run("dhcp_enabled", st, interface="VirtualBox Host-Only Network")
    assert r.outcome is Outcome.FAIL and "adresse fixe" in r.message.fr
    assert run("dhcp_enabled", windows_state(dhcp={"interfaces": [odd]}), interface="Wi-Fi").outcome is Outcome.ERROR
    assert run("dhcp_enabled", st, interface="Ethernet 3").outcome is Outcome.FAIL  # no such adapter


def test_linux_sources_in_order_networkmanager_networkd_client_ifupdown():
    devices = dhcp.parse_nmcli_devices(real_text("nmcli_terse_device_con_uuid.txt"))
    assert devices == {"enp3s0": "3c1e2f60-2a4b-4a6c-9d2e-6b1a7f0c9e11",
                       "wlp2s0": "9b6f4f0e-0d7a-4c59-8d1c-2f6a0b3e7d55", "virbr0": None, "lo": None}
    assert dhcp.parse_nmcli_devices("my\\:dev:abc\n") == {"my:dev": "abc"}  # terse escaping
    assert dhcp.parse_network_file(real_text("systemd_network_dhcp_example.txt")) is True
    assert dhcp.parse_network_file("[Match]\nName=eth1\n[Network]\nAddress=192.168.10.112/24\n") is False
    assert dhcp.parse_network_file("[Network]\nDHCP=ipv6\n") is False  # DHCPv6 only
    ifupdown = dhcp.parse_ifupdown(real_text("debian_network_interfaces_installer.txt"), read=lambda p: "")
    assert ifupdown == {"lo": "loopback", "enp1s0": "dhcp"}
    procs = [{"name": "dhclient", "cmdline": ["/sbin/dhclient", "-4", "-v", "-i", "-pf", "/run/dhclient.eth2.pid",
                                             "-lf", "/var/lib/dhcp/dhclient.eth2.leases", "eth2"], "same_netns": True},
             {"name": "udhcpc", "cmdline": ["udhcpc", "-i", "eth3"], "same_netns": True},
             {"name": "dhclient", "cmdline": ["dhclient", "eth4"], "same_netns": False}]  # another namespace's
    section = dhcp.linux_dhcp(["enp3s0", "wlp2s0", "eth1", "eth2", "eth3", "eth4", "enp1s0"],
                              nm_devices=devices, nm_methods={devices["enp3s0"]: "auto\n",
                                                              devices["wlp2s0"]: "manual\n"},
                              networkd={"eth1": False}, procs=procs, ifupdown=ifupdown)
    by = {i["name"]: (i["dhcp"], i["source"]) for i in section["interfaces"]}
    assert by == {"enp3s0": (True, "NetworkManager (ipv4.method auto)"),
                  "wlp2s0": (False, "NetworkManager (ipv4.method manual)"),
                  "eth1": (False, "systemd-networkd"), "eth2": (True, "dhclient"), "eth3": (True, "udhcpc"),
                  "eth4": (None, None), "enp1s0": (True, "ifupdown (inet dhcp)")}
    st = linux_state(dhcp=section)
    assert run("dhcp_enabled", st, interface="enp3s0").outcome is Outcome.PASS
    assert run("dhcp_enabled", st, interface="wlp2s0").outcome is Outcome.FAIL
    # Nothing this program knows manages it: unsupported, never "static".
    assert run("dhcp_enabled", st, interface="eth4").outcome is Outcome.UNSUPPORTED
