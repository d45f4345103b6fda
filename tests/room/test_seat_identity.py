"""A lab PC's identity as the room records it, on Windows: MachineGuid from the registry, MACs as
psutil spells them there. Raw shapes: psutil/arch/windows/net.c formats a MAC with "%.2X-" (upper
case, dashes; tunnel adapters have 8 bytes) and reports family -1, turned into psutil.AF_LINK;
MachineGuid is a REG_SZ under HKLM\\SOFTWARE\\Microsoft\\Cryptography (winreg.QueryValueEx returns
(value, type), REG_SZ = 1, per the Python winreg documentation)."""

from __future__ import annotations

import socket
import sys
import types

import psutil

from aimm_lab.machine.normalize import mac
from aimm_lab.room import seat as seat_mod

GUID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"


def snic(family, address, netmask=None):
    return type(next(iter(psutil.net_if_addrs().values()))[0])(family, address, netmask, None, None)  # snicaddr


WINDOWS_NICS = {
    "Ethernet": [snic(psutil.AF_LINK, "52-54-00-12-34-56"), snic(socket.AF_INET, "192.168.10.112", "255.255.255.0"),
                 snic(socket.AF_INET6, "fe80::1c2b:3a4d:5e6f:7081", None)],
    "Wi-Fi": [snic(psutil.AF_LINK, "9C-B6-D0-AA-BB-CC")],
    "Connexion au réseau local* 1": [snic(psutil.AF_LINK, "00-00-00-00-00-00-00-E0")],  # a tunnel adapter
    "Loopback Pseudo-Interface 1": [snic(socket.AF_INET, "127.0.0.1", "255.0.0.0")],
}


def fake_winreg(value=GUID, missing=False):
    class Key:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

    def open_key(root, path):
        assert root == "HKLM" and path == r"SOFTWARE\Microsoft\Cryptography"
        if missing:
            raise FileNotFoundError(2, "Le fichier spécifié est introuvable")
        return Key()

    return types.SimpleNamespace(HKEY_LOCAL_MACHINE="HKLM", OpenKey=open_key,
                                 QueryValueEx=lambda k, name: (value, 1) if name == "MachineGuid" else None)


def test_a_windows_pcs_identity_is_its_machine_guid_and_its_adapters_macs(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "winreg", fake_winreg())
    monkeypatch.setattr(psutil, "net_if_addrs", lambda: WINDOWS_NICS)
    ident = seat_mod.machine_identity("windows")
    assert ident["machine_id"] == GUID
    # spelled as a Windows reading's adapters are (Get-NetAdapter's MacAddress is 52-54-00-12-34-56 too)
    assert ident["macs"] == ["52:54:00:12:34:56", "9c:b6:d0:aa:bb:cc"] == sorted([mac("52-54-00-12-34-56"),
                                                                                  mac("9C-B6-D0-AA-BB-CC")])


def test_without_a_machine_guid_the_identity_has_no_machine_id_but_still_its_macs(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "winreg", fake_winreg(missing=True))
    monkeypatch.setattr(psutil, "net_if_addrs", lambda: WINDOWS_NICS)
    ident = seat_mod.machine_identity("windows")
    assert ident["machine_id"] == "" and len(ident["macs"]) == 2


def test_the_room_starts_where_there_is_no_file_limit_to_raise(monkeypatch):
    """Windows has no `resource` module: the room serves without raising the limit."""
    from aimm_lab.room import server

    monkeypatch.setitem(sys.modules, "resource", None)  # import resource -> ImportError, as on Windows
    assert server._raise_file_limit() is None
