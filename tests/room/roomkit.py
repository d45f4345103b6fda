"""A real room on 127.0.0.1 (HTTPS, a free port) and lab PCs joined to it, each with its own database."""

from __future__ import annotations

from aimm_lab.labprofile import LabProfile
from aimm_lab.machine.recorded import RecordedMachine
from aimm_lab.room.hall import Room
from aimm_lab.room.seat import SeatLink
from aimm_lab.room.server import RoomServer
from aimm_lab.store.db import Store

LAB = {"subnet": "192.168.10.0/24", "gateway": "192.168.10.254", "dns": ["192.168.10.10"], "domain": "lab.local",
       "server": "192.168.10.10"}
FIXTURES = "scenarios/b3/fixtures/b3-passerelle"


def identity(n: int) -> dict:
    return {"machine_id": f"{n:032x}", "hostname": f"pc{n:02d}", "macs": [f"52:54:00:00:00:{n:02x}"],
            "platform": "linux"}


class RoomKit:
    def __init__(self, tmp_path, now=None):
        self.tmp = tmp_path
        self.room = Room(Store(tmp_path / "room.db"), profile=LabProfile(dict(LAB)), now=now)
        self.room.open("Salle 12")
        self.server = RoomServer(self.room, "127.0.0.1", 0).start()
        self.address = f"127.0.0.1:{self.server.bound_port}"
        self.links: list[SeatLink] = []

    def seat(self, n: int, machine=None, join=True, trainee=None, admit=True, **kw) -> SeatLink:
        link = SeatLink(Store(self.tmp / f"seat{n}.db"), machine or RecordedMachine.load(f"{FIXTURES}/broken.json"),
                        identity=identity(n), timeout=5, **kw)
        self.links.append(link)
        if join:
            link.join(self.address, self.room.pairing_code(), trainee or f"Stagiaire {n}")
            if admit:  # the trainer confirms who sits there (the seat's number: n)
                self.room.admit(link.link()["seat"], "Mme Martin", number=n)
        return link

    def restart(self, port=None):
        self.server.stop()
        self.server = RoomServer(self.room, "127.0.0.1", port if port is not None else self.server.bound_port).start()

    def close(self):
        for link in self.links:
            link.close()
        self.server.stop()


