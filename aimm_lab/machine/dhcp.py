"""Whether each network interface takes its IPv4 address from DHCP: the `dhcp` section.

Shape: ``{"interfaces": [{"name": "eth0", "dhcp": true, "source": "dhclient"}]}``; `dhcp` is null, with the
reason in the item's `unknown` map, when nothing that manages the interface could be read.

Windows: the fixed PowerShell script of `POWERSHELL_DHCP` (Get-NetIPInterface -AddressFamily IPv4: its
InterfaceAlias and Dhcp, "Enabled" or "Disabled" as the cmdlet prints them).

Linux: the first of these that manages the interface says it:

1. NetworkManager: the device's connection (``nmcli -t -f DEVICE,CON-UUID device``) and its
   ``ipv4.method`` (``nmcli -g ipv4.method connection show uuid <uuid>``): ``auto`` is DHCP;
2. systemd-networkd: ``/run/systemd/netif/links/<ifindex>`` names the interface's ``NETWORK_FILE``, whose
   ``[Network] DHCP=`` is ``yes``, ``ipv4`` or ``true`` for DHCPv4 (systemd.network(5));
3. a DHCP client running for the interface in this network namespace (dhclient, dhcpcd, udhcpc: the
   interface name is one of its arguments);
4. ifupdown: ``/etc/network/interfaces`` (and the files it ``source``s): ``iface <name> inet dhcp``.
"""

from __future__ import annotations

import configparser
import errno
import glob
import json
import os
from collections.abc import Iterable, Mapping

from .normalize import mark_unknown

DHCP_CLIENTS = {"dhclient", "dhcpcd", "dhcpcd-bin", "udhcpc"}
NETWORKD_DHCP4 = {"yes", "true", "1", "on", "ipv4", "v4"}

POWERSHELL_DHCP = r"""
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
$rows = @(Get-NetIPInterface -AddressFamily IPv4 | ForEach-Object {
    [pscustomobject]@{ InterfaceAlias = $_.InterfaceAlias; Dhcp = [string]$_.Dhcp } })
ConvertTo-Json -Compress -InputObject $rows
"""


def _item(name: str, dhcp: bool | None, source: str | None, why: str | None = None,
          kind: str = "unsupported") -> dict:
    row = {"name": name, "dhcp": dhcp, "source": source}
    if dhcp is None:
        mark_unknown(row, "dhcp", kind, why or "no DHCP setting found for this interface")
    return row


def windows_dhcp(payload: str | list | dict) -> dict:
    """The JSON of POWERSHELL_DHCP -> the section. Dhcp is "Enabled" / "Disabled" (the enum's names, as
    Get-NetIPInterface prints them); 1 / 0 (the CIM values) are taken too. The loopback is left out."""
    data = json.loads(payload) if isinstance(payload, str) else payload
    rows = data if isinstance(data, list) else [data] if data else []
    out = []
    for r in rows:
        name = str(r.get("InterfaceAlias") or "")
        if not name or name.lower().startswith("loopback pseudo-interface"):
            continue
        raw = r.get("Dhcp")
        value = {"enabled": True, "disabled": False, "1": True, "0": False}.get(str(raw).strip().lower())
        out.append(_item(name, value, "Get-NetIPInterface", f"Get-NetIPInterface Dhcp: {raw!r}", "failed"))
    return {"interfaces": out}


def _terse_fields(line: str) -> list[str]:
    """One line of nmcli's terse output: fields split on ':', with '\\:' and '\\\\' unescaped."""
    fields, cur, i = [], [], 0
    while i < len(line):
        c = line[i]
        if c == "\\" and i + 1 < len(line):
            cur.append(line[i + 1])
            i += 2
            continue
        if c == ":":
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    fields.append("".join(cur))
    return fields


def parse_nmcli_devices(text: str) -> dict[str, str | None]:
    """``nmcli -t -f DEVICE,CON-UUID device`` -> {device: connection uuid, or None when it has none}."""
    out = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        fields = _terse_fields(line)
        dev, uuid = fields[0], fields[1] if len(fields) > 1 else ""
        out[dev] = uuid if uuid and uuid != "--" else None
    return out


def nm_method_is_dhcp(method: str) -> bool:
    """``nmcli -g ipv4.method connection show ...`` -> whether IPv4 comes from DHCP (``auto``)."""
    return method.strip().lower() == "auto"


def parse_network_file(text: str) -> bool:
    """A systemd-networkd .network file -> whether it asks for DHCPv4 (``[Network] DHCP=``)."""
    cp = configparser.ConfigParser(strict=False, interpolation=None, allow_no_value=True)
    cp.optionxform = str
    try:
        cp.read_string(text)
    except configparser.Error:
        return False
    value = cp.get("Network", "DHCP", fallback="no") or "no"
    return value.strip().lower() in NETWORKD_DHCP4


def parse_link_state(text: str) -> dict[str, str]:
    """/run/systemd/netif/links/<ifindex> (KEY=value lines) -> dict."""
    out = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and not line.startswith("#"):
            out[key.strip()] = value.strip()
    return out


def parse_ifupdown(text: str, read=None) -> dict[str, str]:
    """/etc/network/interfaces -> {iface: method} for ``iface <name> inet <method>`` stanzas, following
    ``source`` / ``source-directory`` lines through `read(path) -> text` (globs allowed)."""
    out: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        words = line.split()
        if words[0] == "iface" and len(words) >= 4 and words[2] == "inet":
            out[words[1]] = words[3]
        elif words[0] in ("source", "source-directory") and len(words) >= 2 and read is not None:
            pattern = words[1] if words[0] == "source" else os.path.join(words[1], "*")
            for path in sorted(glob.glob(pattern)):
                try:
                    out.update(parse_ifupdown(read(path), read))
                except OSError:
                    continue
    return out


def client_for(iface: str, procs: Iterable[Mapping]) -> str | None:
    """The DHCP client (its name) running for `iface` among process rows {name, cmdline, same_netns}."""
    for p in procs:
        name = os.path.basename(str(p.get("name") or ""))
        if name not in DHCP_CLIENTS or p.get("same_netns") is False:
            continue
        args = [a for a in (p.get("cmdline") or [])[1:] if a]
        # dhclient eth0 / dhcpcd -4 eth0 / udhcpc -i eth0 / -i=eth0
        if iface in args or f"-i{iface}" in args or f"--interface={iface}" in args:
            return name
    return None


def linux_dhcp(names: Iterable[str], *, nm_devices: Mapping[str, str | None] | None,
               nm_methods: Mapping[str, str], networkd: Mapping[str, bool | None], procs: list[Mapping],
               ifupdown: Mapping[str, str]) -> dict:
    """The section from what was read, one source after the other (see the module's docstring).
    `nm_devices` is None when NetworkManager is not running; `networkd` maps an interface to whether its
    .network file asks for DHCPv4 (None: managed but its file unreadable)."""
    out = []
    for name in names:
        uuid = (nm_devices or {}).get(name)
        if uuid is not None and uuid in nm_methods:
            method = nm_methods[uuid]
            out.append(_item(name, nm_method_is_dhcp(method), f"NetworkManager (ipv4.method {method.strip()})"))
            continue
        if name in networkd:
            out.append(_item(name, networkd[name], "systemd-networkd", "systemd-networkd: .network file unreadable",
                             "failed"))
            continue
        client = client_for(name, procs)
        if client:
            out.append(_item(name, True, client))
            continue
        method = ifupdown.get(name)
        if method is not None:
            out.append(_item(name, method == "dhcp", f"ifupdown (inet {method})"))
            continue
        out.append(_item(name, None, None, "no NetworkManager connection, systemd-networkd link, DHCP client or "
                                          "ifupdown stanza for this interface"))
    return {"interfaces": out}


def read_linux(names: list[str], run_tool, if_index: Mapping[str, int]) -> dict:
    """Read every source for `names` on this Linux machine (run_tool: real.run_tool, fixed argument lists)."""
    import psutil  # noqa: PLC0415 - only where a real machine is read

    from .base import ProbeError, read_bounded  # noqa: PLC0415

    nm_devices, nm_methods = None, {}
    try:
        nm_devices = parse_nmcli_devices(run_tool(["nmcli", "-t", "-f", "DEVICE,CON-UUID", "device"]))
        for uuid in {u for u in nm_devices.values() if u}:
            try:
                nm_methods[uuid] = run_tool(["nmcli", "-g", "ipv4.method", "connection", "show", "uuid", uuid])
            except ProbeError:
                continue
    except ProbeError:  # no nmcli, or NetworkManager not running
        nm_devices = None
    networkd: dict[str, bool | None] = {}
    for name in names:
        state = f"/run/systemd/netif/links/{if_index.get(name, -1)}"
        try:
            link = parse_link_state(read_bounded(state).decode("utf-8", "replace"))
        except (OSError, ProbeError):
            continue
        network_file = link.get("NETWORK_FILE")
        if not network_file:
            continue
        try:
            networkd[name] = parse_network_file(read_bounded(network_file).decode("utf-8", "replace"))
        except (OSError, ProbeError):
            networkd[name] = None
    try:
        own = os.readlink("/proc/self/ns/net")
    except OSError:
        own = None
    procs = []
    for p in psutil.process_iter(["name", "cmdline"]):
        name = os.path.basename(str(p.info.get("name") or ""))
        if name not in DHCP_CLIENTS:
            continue
        try:
            same = os.readlink(f"/proc/{p.pid}/ns/net") == own if own else None
        except OSError:
            same = None
        procs.append({"name": name, "cmdline": p.info.get("cmdline") or [], "same_netns": same})

    def read(path):  # a sourced file over the limit is skipped as an unreadable one is
        try:
            return read_bounded(path).decode("utf-8", "replace")
        except ProbeError as e:
            raise OSError(errno.EFBIG, e.detail) from None

    try:
        ifupdown = parse_ifupdown(read("/etc/network/interfaces"), read)
    except OSError:
        ifupdown = {}
    return linux_dhcp(names, nm_devices=nm_devices, nm_methods=nm_methods, networkd=networkd, procs=procs,
                      ifupdown=ifupdown)
