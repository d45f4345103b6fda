"""The built-in network scenarios, played for real: the fault is put in place in a lab PC's network
namespace as the trainer's set-up sheet says, `aimm-lab check <id>` must fail with the right
evidence; then the trainee's fix is applied with the tools a trainee uses on Linux (ip addr, ip route,
ip link, resolv.conf, the hosts file, nft) and the same command must pass."""

from __future__ import annotations

import re
import shutil

import pytest
from netlab import DOMAIN, GATEWAY, IFACE, PC_ADDR, PC_HOSTS, PC_RESOLV, SERVER, NetLab

pytestmark = pytest.mark.lab


def outcomes(run) -> dict[str, str]:
    return {t["id"]: t["outcome"] for t in run.data["tasks"]}


def messages(run, task_id: str) -> str:
    return "\n".join(c["message"] for c in run.task(task_id)["checks"])


def assert_broken(run, failing: dict[str, str]):
    """Exit 1, the fault seen by the preconditions, and each failing task naming what it found."""
    assert run.data is not None, run.stderr
    assert run.returncode == 1, run.stdout
    assert run.data["preconditions"]["outcome"] == "PASS", run.data["preconditions"]
    got = outcomes(run)
    for task_id, words in failing.items():
        assert got[task_id] == "FAIL", (task_id, run.task(task_id))
        assert words in messages(run, task_id), (task_id, messages(run, task_id))


def assert_fixed(run):
    assert run.data is not None, run.stderr
    assert run.returncode == 0, run.stdout
    assert set(outcomes(run).values()) == {"PASS"}, outcomes(run)
    assert run.data["passed"] is True


def set_static(lab: NetLab, cidr: str, gateway: str | None) -> None:
    lab.ip_pc("addr", "flush", "dev", IFACE)
    lab.ip_pc("addr", "add", cidr, "dev", IFACE)
    if gateway:
        lab.ip_pc("route", "replace", "default", "via", gateway)


def needs_dhclient():
    if shutil.which("dhclient") is None:
        pytest.skip("dhclient not installed (Debian package isc-dhcp-client): the lab PC cannot take a lease")


def test_the_healthy_lab_passes_every_network_scenario(netlab):
    """The lab as the trainer prepares it: no fault, so every machine-checked task passes and no
    precondition holds (a trainer's "check the set-up" would warn that the fault is not in place).
    The PC takes its address from the lab's DHCP server (reserved at the plan's address)."""
    needs_dhclient()
    netlab.dhcp_lease()
    for sid in ("b2-ip-statique", "b3-apipa", "b3-passerelle", "b3-dns-errone", "b3-hosts-detourne",
                "b3-service-injoignable", "b3-carte-desactivee"):
        run = netlab.check(sid)
        assert_fixed(run)
        assert run.data["preconditions"]["outcome"] == "FAIL", (sid, run.data["preconditions"])


def test_b2_ip_statique(netlab):
    set_static(netlab, "169.254.20.7/16", None)  # the previous provider's mess: APIPA, no gateway
    assert_broken(netlab.check("b2-ip-statique"), {"adresse": "169.254.20.7/16", "passerelle": "aucune"})
    set_static(netlab, f"{PC_ADDR}/24", GATEWAY)  # the addressing plan: .100 + seat 12, gateway .254
    assert_fixed(netlab.check("b2-ip-statique"))


@pytest.mark.parametrize("variant", ["apipa", "no-address"])
def test_b3_apipa(netlab, variant):
    needs_dhclient()
    if variant == "apipa":  # Windows, or NetworkManager in link-local mode
        set_static(netlab, "169.254.37.12/16", None)
        failing = {"plus-apipa": "169.254.37.12", "reseau-labo": "169.254.37.12", "passerelle": "aucune"}
    else:  # NetworkManager without a lease keeps no IPv4 address at all
        netlab.ip_pc("addr", "flush", "dev", IFACE)
        failing = {"plus-apipa": "aucune", "reseau-labo": "aucune", "passerelle": "aucune"}
    assert_broken(netlab.check("b3-apipa"), failing)
    # The address typed by hand: right address and gateway, but not from DHCP (nothing manages it here).
    set_static(netlab, f"{PC_ADDR}/24", GATEWAY)
    assert outcomes(netlab.check("b3-apipa"))["plus-apipa"] != "PASS"
    # The lease comes back for real: the lab address and the gateway the DHCP server hands out.
    netlab.dhcp_lease()
    assert_fixed(netlab.check("b3-apipa"))


@pytest.mark.parametrize("variant", ["wrong", "missing"])
def test_b3_passerelle(netlab, variant):
    if variant == "wrong":
        netlab.ip_pc("route", "replace", "default", "via", "192.168.10.1")
        words = "192.168.10.1"
    else:
        netlab.ip_pc("route", "del", "default")
        words = "aucune"
    assert_broken(netlab.check("b3-passerelle"), {"passerelle": words})
    netlab.ip_pc("route", "replace", "default", "via", GATEWAY)
    assert_fixed(netlab.check("b3-passerelle"))


def test_b3_dns_errone(netlab):
    # "a non-existent address of the network" as the DNS server: the intranet name no longer resolves
    netlab.write_pc_file("resolv.conf", f"nameserver 192.168.10.99\nsearch {DOMAIN}\n")
    run = netlab.check("b3-dns-errone")
    assert_broken(run, {"serveurs-dns": "192.168.10.99", "resolution-intranet": "délai dépassé"})
    netlab.write_pc_file("resolv.conf", PC_RESOLV)
    run = netlab.check("b3-dns-errone")
    assert_fixed(run)
    assert SERVER in messages(run, "resolution-intranet")


def test_b3_hosts_detourne(netlab):
    netlab.write_pc_file("hosts", PC_HOSTS + f"10.10.10.66    intranet.{DOMAIN}\n")
    assert_broken(netlab.check("b3-hosts-detourne"), {"hosts-nettoye": "10.10.10.66", "resolution": "10.10.10.66"})
    # the trainee deletes the hijacking line and leaves the rest of the file alone
    cleaned = "".join(line for line in netlab.read_pc_file("hosts").splitlines(keepends=True)
                      if "10.10.10.66" not in line)
    netlab.write_pc_file("hosts", cleaned)
    run = netlab.check("b3-hosts-detourne")
    assert_fixed(run)
    assert SERVER in messages(run, "resolution")


@pytest.mark.skipif(shutil.which("nft") is None, reason="nft not installed (Debian: nftables)")
def test_b3_service_injoignable(netlab):
    nft = ["nft"]
    netlab.pc_run([*nft, "add", "table", "inet", "filtrage"])
    netlab.pc_run([*nft, "add", "chain", "inet", "filtrage", "sortie",
                   "{ type filter hook output priority 0 ; policy accept ; }"])
    netlab.pc_run([*nft, "add", "rule", "inet", "filtrage", "sortie", "ip", "daddr", SERVER, "tcp", "dport", "80",
                   "reject"])
    assert_broken(netlab.check("b3-service-injoignable"), {"application": "injoignable"})
    # the trainee lists the rules with their handles and deletes the one that blocks the server
    listing = netlab.pc_run([*nft, "-a", "list", "chain", "inet", "filtrage", "sortie"]).stdout
    handle = re.search(rf"ip daddr {re.escape(SERVER)} tcp dport 80 reject.* # handle (\d+)", listing)
    assert handle, listing
    netlab.pc_run([*nft, "delete", "rule", "inet", "filtrage", "sortie", "handle", handle.group(1)])
    assert_fixed(netlab.check("b3-service-injoignable"))


def test_b3_carte_desactivee(netlab):
    needs_dhclient()
    netlab.dhcp_lease()  # the pharmacy's PC is on DHCP
    netlab.stop_dhcp_client()
    netlab.ip_pc("link", "set", IFACE, "down")
    assert_broken(netlab.check("b3-carte-desactivee"), {"carte-active": "inactive (down)", "adresse": "inactive (down)"})
    netlab.ip_pc("link", "set", IFACE, "up")
    netlab.dhcp_lease()  # the adapter back up, its DHCP client takes the lease again
    assert_fixed(netlab.check("b3-carte-desactivee"))
