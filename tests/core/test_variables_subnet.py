"""Address arithmetic in the variable language works for any prefix, not only a /24, and an address
that leaves the lab network is an error naming the scenario's file and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aimm_lab.errors import ScenarioFileError
from aimm_lab.labprofile import LabProfile
from aimm_lab.scenarios.loader import load_file
from aimm_lab.scenarios.resolve import resolve
from aimm_lab.scenarios.variables import VariableError, host_in, names_in, render_text, substitute

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


def profile(subnet: str, seat: int) -> LabProfile:
    return LabProfile({"interface": "eth0", "seat": seat, "subnet": subnet, "gateway": "10.20.0.254",
                       "dns": ["10.20.0.10"], "server": "10.20.0.10", "domain": "lab.local"})


@pytest.mark.parametrize(("subnet", "seat", "want"), [
    ("192.168.10.0/24", 12, "192.168.10.112"),
    ("10.20.0.0/16", 12, "10.20.0.112"),
    ("10.20.0.0/16", 200, "10.20.1.44"),  # past the third octet: carries over like an address does
    ("172.16.8.0/22", 7, "172.16.8.107"),
])
def test_static_address_follows_the_lab_network(subnet, seat, want):
    s = load_file(SCENARIOS / "b2" / "b2-ip-statique.toml")
    rs = resolve(s, profile(subnet, seat))
    addrs = [c.params.get("address") for cs in rs.tasks.values() for c in cs if c.params.get("address")]
    assert want in addrs


def test_every_converted_scenario_resolves_in_a_slash_16():
    for rel in ("b2/b2-ip-statique", "b2/b2-imprimante-reseau", "b2/b2-dhcp-reservation",
                "b2/b2-point-acces-wifi", "b3/b3-ip-double"):
        s = load_file(SCENARIOS / f"{rel}.toml")
        rs = resolve(s, profile("10.20.0.0/16", 12))
        addresses = [v for v in rs.variables.values() if re.fullmatch(r"[0-9.]+", str(v))]
        assert addresses and all(a.startswith("10.20.") for a in addresses), rel


def test_no_scenario_uses_the_slash_24_only_form():
    offenders = [p.name for p in SCENARIOS.rglob("*.toml") if "subnet_prefix" in p.read_text(encoding="utf-8")]
    assert offenders == []


def test_leaving_the_subnet_names_file_and_line():
    s = load_file(SCENARIOS / "b2" / "b2-imprimante-reseau.toml")  # printer = network + seat + 200
    with pytest.raises(ScenarioFileError) as e:
        resolve(s, profile("192.168.10.0/24", 60))
    text = e.value.message("fr")
    assert "b2-imprimante-reseau.toml:" in text and "hors du réseau 192.168.10.0/24" in text
    line = text.split("b2-imprimante-reseau.toml:", 1)[1].split(":", 1)[0]
    assert line.isdigit() and "{lab.subnet + seat + 200}" in (
        s.path.read_text(encoding="utf-8").splitlines()[int(line) - 1])


@pytest.mark.parametrize(("net", "offset", "ok"), [
    ("192.168.10.0/24", 0, False),    # the network's own address
    ("192.168.10.0/24", 1, True),
    ("192.168.10.0/24", 254, True),
    ("192.168.10.0/24", 255, False),  # broadcast
    ("192.168.10.0/24", -1, False),
    ("10.0.0.0/31", 0, True),         # RFC 3021: both addresses are hosts
    ("10.0.0.0/31", 2, False),
])
def test_host_in_bounds(net, offset, ok):
    if ok:
        host_in(net, offset)
    else:
        with pytest.raises(VariableError):
            host_in(net, offset)


def test_sums_of_names_and_numbers():
    v = {"lab.subnet": "10.20.0.0/16", "seat": 12, "n": "3", "lab.gateway": "10.20.0.254", "word": "x"}
    assert substitute("{lab.subnet + seat + 100 - n}", v.__getitem__) == "10.20.0.109"
    assert substitute("{seat+100}", v.__getitem__) == 112  # a number alone stays a number
    assert substitute("{lab.gateway - 4}", v.__getitem__) == "10.20.0.250"
    assert substitute("ip {lab.subnet + seat + 1}/16", v.__getitem__) == "ip 10.20.0.13/16"
    with pytest.raises(VariableError):
        substitute("{word + 1}", v.__getitem__)
    with pytest.raises(VariableError):
        names_in("{lab.subnet * 2}")
    assert names_in("{lab.subnet + seat + n + 4}") == ["lab.subnet", "seat", "n"]


def test_sheets_render_sums_and_keep_what_they_cannot():
    values = {"lab.subnet": "10.20.0.0/16", "seat": 7, "lab.prefix": 16}
    assert render_text("poste {lab.subnet + seat + 100}/{lab.prefix}", values) == "poste 10.20.0.107/16"
    assert render_text("{lab.subnet + seat + 70000} {unknown + 1} { a }", values) == (
        "{lab.subnet + seat + 70000} {unknown + 1} { a }")


def test_profile_gives_netmask_and_prefix():
    v = profile("10.20.0.0/16", 1).variables()
    assert v["lab.netmask"] == "255.255.0.0" and v["lab.prefix"] == 16
