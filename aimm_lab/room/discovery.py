"""Finding the room on the lab network: DNS-SD over multicast DNS (python-zeroconf).

The room advertises `_aimm-lab._tcp.local.` with its name, id and the first 16 hex digits of its
certificate fingerprint in the TXT record; a lab PC lists the rooms it hears for a moment
(`browse`). Nothing here is trusted: the pairing code proves the room (protocol.py). Where
multicast does not pass (some school networks), the trainer's screen shows the address to type.
"""

from __future__ import annotations

import socket
import time

from zeroconf import IPVersion, ServiceBrowser, ServiceInfo, Zeroconf

from .protocol import SERVICE_TYPE


def lan_addresses() -> list[str]:
    """This PC's IPv4 addresses other than loopback (psutil.net_if_addrs): where lab PCs reach the room."""
    import psutil

    return [a.address for addrs in psutil.net_if_addrs().values() for a in addrs
            if a.family == socket.AF_INET and not a.address.startswith("127.")]


class Advertiser:
    """Announce one room while it serves."""

    def __init__(self, info: dict, port: int, fingerprint: str, addresses: list[str] | None = None):
        self.info = ServiceInfo(
            SERVICE_TYPE, f"{info['name'][:40]} ({info['id'][:6]}).{SERVICE_TYPE}",
            addresses=[socket.inet_aton(a) for a in addresses or lan_addresses()], port=port,
            properties={"id": info["id"], "name": info["name"], "fp": fingerprint[:16], "v": "1"})
        self.zc: Zeroconf | None = None

    def start(self) -> None:
        self.zc = Zeroconf(ip_version=IPVersion.V4Only)
        self.zc.register_service(self.info, allow_name_change=True)

    def stop(self) -> None:
        if self.zc is not None:
            self.zc.unregister_service(self.info)
            self.zc.close()
            self.zc = None


def browse(seconds: float = 3.0) -> list[dict]:
    """The rooms heard on the network within `seconds`: [{"name", "id", "address", "port", "fp"}]."""
    found: dict[str, dict] = {}
    zc = Zeroconf(ip_version=IPVersion.V4Only)

    class Listener:
        def add_service(self, zc_, type_, name):
            info = zc_.get_service_info(type_, name, timeout=1500)
            if info is None or not info.parsed_addresses():
                return
            props = {k.decode(): (v or b"").decode() for k, v in info.properties.items()}
            found[name] = {"name": props.get("name", name), "id": props.get("id", ""),
                           "address": info.parsed_addresses()[0], "port": info.port, "fp": props.get("fp", "")}

        def update_service(self, zc_, type_, name):
            self.add_service(zc_, type_, name)

        def remove_service(self, zc_, type_, name):
            found.pop(name, None)

    try:
        ServiceBrowser(zc, SERVICE_TYPE, Listener())
        time.sleep(seconds)
    finally:
        zc.close()
    return sorted(found.values(), key=lambda r: r["name"])
