"""Built-in scenarios played end to end on a real Debian 12 lab PC (a virtual machine).

Each test takes a clean machine, sets the fault with the Linux commands of the scenario's set-up sheet
(as root, as the trainer does), runs `aimm-lab check SCENARIO --json` in the guest (preconditions in
place, every machine-checked task failing with the right evidence), applies the trainee's fix with the
tools a trainee uses on Debian (nmcli, systemctl, timedatectl, ip, nft, adduser...), and runs the check
again (every machine-checked task passing). With --labvm-record the two states are recorded by the
product in the guest (`check --record`) and become the scenario's Linux fixtures.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time

import labvm_net as net
import labvm_qemu as q
import pytest
from labvm_pc import REPO, in_session
from labvm_play import Recorder, assert_broken, assert_fixed, load_scenario

CON = "Connexion filaire 1"  # the NetworkManager connection of the lab PC's wired card


@pytest.fixture
def rec(tmp_path, record_fixtures):
    return Recorder(tmp_path / "rec", record_fixtures)


def nm_up(pc, con: str = CON) -> None:
    pc.sh(f'nmcli connection up "{con}"', timeout=180)


def check_outcomes(run, task_id: str) -> dict[str, str]:
    """A task's checks, by type, with their outcomes (the last one of a type if it appears twice)."""
    return {c["type"]: c["outcome"] for c in run.task(task_id)["checks"]}


def test_the_prepared_lab_pc_passes_the_network_scenarios(lab_pc):
    """The lab PC as the trainer prepared it (DHCP lease, lab DNS, profile set): no fault, so every
    machine-checked task passes and no precondition holds."""
    for sid in ("b2-ip-statique", "b3-apipa", "b3-passerelle", "b3-dns-errone", "b3-hosts-detourne",
                "b3-service-injoignable", "b3-carte-desactivee"):
        run = lab_pc.check(sid)
        assert_fixed(run)
        assert run.preconditions() == "FAIL", (sid, run.data["preconditions"])


def test_b2_ip_statique(lab_pc, rec):
    sid = "b2-ip-statique"
    # the sheet: a static APIPA address, no gateway, no DNS, through NetworkManager
    lab_pc.sh(f'nmcli con mod "{CON}" ipv4.method manual ipv4.addresses 169.254.20.7/16 ipv4.gateway "" ipv4.dns ""')
    nm_up(lab_pc)
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"adresse": "169.254.20.7", "passerelle": "aucune"})
    # the trainee follows the addressing plan: .100 + seat 12, gateway .254, the lab DNS
    lab_pc.sh(f'nmcli con mod "{CON}" ipv4.method manual ipv4.addresses {net.PC_ADDR}/24 '
              f'ipv4.gateway {net.GATEWAY} ipv4.dns {net.SERVER}')
    nm_up(lab_pc)
    run = lab_pc.check(sid, record=rec.path(sid, "solved"))
    assert_fixed(run)
    assert "manual" in lab_pc.sh(f'nmcli -g ipv4.method con show "{CON}"').stdout
    rec.commit(sid)


def test_b3_dns_errone(lab_pc, rec):
    sid = "b3-dns-errone"
    # no Internet in the lab: "a non-existent address of the network" as the DNS server
    lab_pc.sh(f'nmcli connection modify "{CON}" ipv4.ignore-auto-dns yes ipv4.dns 192.168.10.99')
    nm_up(lab_pc)
    assert "192.168.10.99" in lab_pc.read("/etc/resolv.conf")  # NetworkManager owns resolv.conf
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"serveurs-dns": "192.168.10.99"})
    lab_pc.sh(f'nmcli connection modify "{CON}" ipv4.ignore-auto-dns no ipv4.dns ""')
    nm_up(lab_pc)
    run = lab_pc.check(sid, record=rec.path(sid, "solved"))
    assert_fixed(run)
    assert net.SERVER in run.messages("resolution-intranet")
    rec.commit(sid)


@pytest.mark.parametrize("variant", ["wrong", "missing"])
def test_b3_passerelle(lab_pc, rec, variant):
    sid = "b3-passerelle"
    gw = "192.168.10.1" if variant == "wrong" else '""'
    lab_pc.sh(f'nmcli connection modify "{CON}" ipv4.method manual ipv4.addresses {net.PC_ADDR}/24 '
              f'ipv4.gateway {gw} ipv4.dns {net.SERVER}')
    nm_up(lab_pc)
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"passerelle": "192.168.10.1" if variant == "wrong" else "aucune"})
    # the trainee puts the lab gateway back (static plan kept)
    lab_pc.sh(f'nmcli connection modify "{CON}" ipv4.gateway {net.GATEWAY}')
    nm_up(lab_pc)
    run = lab_pc.check(sid, record=rec.path(sid, "solved"))
    assert_fixed(run)
    if variant == "wrong":
        rec.commit(sid)


def test_b3_apipa_link_local(lab_pc, rec):
    """Variant C of the sheet: NetworkManager in link-local mode takes a 169.254.x.x address."""
    sid = "b3-apipa"
    lab_pc.sh(f'nmcli connection modify "{CON}" ipv4.method link-local')
    lab_pc.sh(f'nmcli connection down "{CON}"')
    nm_up(lab_pc)
    lab_pc.wait_for("ip -4 -o addr show | grep -q ' 169\\.254\\.'", timeout=60)
    apipa = lab_pc.sh("ip -4 -o addr show | grep -o '169\\.254\\.[0-9.]*' | head -1").stdout.strip()
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"plus-apipa": apipa, "passerelle": "aucune"})
    lab_pc.sh(f'nmcli connection modify "{CON}" ipv4.method auto')
    nm_up(lab_pc)
    run = lab_pc.check(sid, record=rec.path(sid, "solved"))
    assert_fixed(run)
    rec.commit(sid)


def test_b3_hosts_detourne(lab_pc, rec):
    sid = "b3-hosts-detourne"
    lab_pc.sh("cp /etc/hosts /root/hosts.labo")
    lab_pc.sh(f'echo "10.10.10.66    intranet.{net.DOMAIN}" >> /etc/hosts')
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"hosts-nettoye": "10.10.10.66", "resolution": "10.10.10.66"})
    # the trainee deletes the hijacking line and leaves the rest of the file alone
    lab_pc.sh("sed -i '/10\\.10\\.10\\.66/d' /etc/hosts")
    run = lab_pc.check(sid, record=rec.path(sid, "solved"))
    assert_fixed(run)
    assert net.SERVER in run.messages("resolution")
    rec.commit(sid)


def test_b3_carte_desactivee(lab_pc, lab_run, rec):
    sid = "b3-carte-desactivee"
    iface = lab_run.interface
    lab_pc.sh(f"ip link set {iface} down")
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"carte-active": "down"})
    # the sheet: NetworkManager must not bring the card back by itself
    assert "state DOWN" in lab_pc.sh(f"sleep 5; ip link show {iface}").stdout
    lab_pc.sh(f"ip link set {iface} up")
    lab_pc.wait_for(f"ip -4 -o addr show {iface} | grep -q {net.PC_ADDR}", timeout=120, interval=1)
    run = lab_pc.check(sid, record=rec.path(sid, "solved"))
    assert_fixed(run)
    rec.commit(sid)


def test_b3_service_injoignable(lab_pc, rec):
    sid = "b3-service-injoignable"
    lab_pc.sh("cp /etc/nftables.conf /root/nftables.conf.labo")
    lab_pc.sh("nft add table inet filtrage")
    lab_pc.sh("nft add chain inet filtrage sortie '{ type filter hook output priority 0 ; policy accept ; }'")
    lab_pc.sh(f"nft add rule inet filtrage sortie ip daddr {net.SERVER} tcp dport 80 reject")
    lab_pc.sh("nft list table inet filtrage >> /etc/nftables.conf && systemctl enable nftables")
    lab_pc.sh(f"ping -c 1 -W 5 {net.SERVER}")  # the sheet: only port 80 is blocked
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"application": f"{net.SERVER}"})
    # the trainee removes the rule, for now and for the next start
    lab_pc.sh("nft delete table inet filtrage && cp /root/nftables.conf.labo /etc/nftables.conf")
    run = lab_pc.check(sid, record=rec.path(sid, "solved"))
    assert_fixed(run)
    rec.commit(sid)


def test_b3_horloge(lab_pc, rec):
    sid = "b3-horloge"
    assert lab_pc.sh("systemctl is-enabled systemd-timesyncd").stdout.strip() == "enabled"
    lab_pc.sh("timedatectl set-ntp false")
    lab_pc.sh('timedatectl set-time "2019-03-14 09:30:00"')
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"synchro": "systemd-timesyncd"})
    # the trainee turns time synchronisation back on; timesyncd steps the clock from the lab server
    lab_pc.sh("timedatectl set-ntp true")
    lab_pc.wait_for("timedatectl show -p NTPSynchronized --value | grep -qx yes && test $(date +%Y) -ge 2025",
                    timeout=180, interval=2)
    run = lab_pc.check(sid, record=rec.path(sid, "solved"))
    assert_fixed(run)
    rec.commit(sid)


def test_b1_compte_utilisateur(lab_pc, rec):
    sid = "b1-compte-utilisateur"
    # the lab PC's administrator account, whose password the trainee gets
    lab_pc.sh('adduser --disabled-password --gecos "Technicien" techadmin && usermod -aG sudo techadmin')
    # the sheet: m.durand created as an administrator, never signed in with. Debian's adduser refuses a
    # name with a dot unless told (--allow-bad-names): the sheet's plain `adduser m.durand` fails.
    assert lab_pc.sh('adduser --disabled-password --gecos "Marion Durand" m.durand', check=False).returncode != 0
    lab_pc.sh('adduser --allow-bad-names --disabled-password --gecos "Marion Durand" m.durand')
    lab_pc.sh("usermod -aG sudo m.durand")
    lab_pc.sh("echo 'm.durand:Provisoire2025!' | chpasswd")
    lab_pc.sh("test ! -e /home/m.durand/.config/user-dirs.dirs")
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"droits": "m.durand"})
    # the trainee (the corrected sheet): m.durand out of the sudo group, and her password change forced at her
    # first sign-in; nobody signs in in her place
    lab_pc.sh("gpasswd -d m.durand sudo")
    lab_pc.sh("passwd -e m.durand")
    run = lab_pc.check(sid, record=rec.path(sid, "solved"))
    assert_fixed(run)
    rec.commit(sid)


def disque_plein_fault(pc) -> bytes:
    """The b3-disque-plein sheet, Linux: the customer's data, then the system disk filled down to
    ~200 MB free with two files."""
    bilan = (REPO / "assets" / "files" / "b3" / "Bilan_2024.csv").read_bytes()
    pc.sh("mkdir -p /home/partage/Comptabilite")
    pc.agent.write_file("/home/partage/Comptabilite/Bilan_2024.csv", bilan)
    pc.sh("fallocate -l 1200M /home/partage/Archives_clients_2019.zip && chmod -R a+rwX /home/partage")
    pc.sh("mkdir -p /var/tmp/.cache-maj")
    free = int(pc.sh("df -B1 --output=avail / | tail -1").stdout)
    pc.sh(f"fallocate -l {free - 1073741824} /var/tmp/.cache-maj/fill01.bin")
    left = int(pc.sh("df -B1 --output=avail / | tail -1").stdout)
    pc.sh(f"fallocate -l {left - 209715200} /var/tmp/.cache-maj/fill02.bin")
    return bilan


def test_b3_disque_plein(lab_pc, rec):
    """The disk really full (fill files of many GB, the customer's 1.2 GB archive), then freed: file look-ups
    read the metadata only, so the fill files and the archive are seen at once; the balance sheet's digest is
    the one content read."""
    sid = "b3-disque-plein"
    bilan = disque_plein_fault(lab_pc)
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"espace-libre": "Mio libres", "nettoyage": "présent"})
    # the trainee finds the fill files and deletes them, keeping the customer's data
    lab_pc.sh("rm -rf /var/tmp/.cache-maj")
    run = lab_pc.check(sid, record=rec.path(sid, "solved"))
    assert_fixed(run)
    assert hashlib.sha256(bilan).hexdigest() in lab_pc.sh(
        "sha256sum /home/partage/Comptabilite/Bilan_2024.csv").stdout
    assert "1,2" in run.messages("nettoyage") and "Gio" in run.messages("nettoyage")  # the archive's size, read
    rec.commit(sid)


def spouleur_fault(pc) -> None:
    """The b3-spouleur sheet, Linux: a queue with a job left waiting, then CUPS stopped and disabled
    with its socket and path units."""
    pc.sh(f"lpadmin -p bureau -E -v socket://{net.PRINTER}:9100")  # the prerequisite: a print queue
    pc.sh("cupsdisable bureau && lp -d bureau /usr/share/cups/data/testprint")
    assert "bureau-1" in pc.sh("lpstat -o").stdout
    pc.sh("systemctl disable --now cups.service cups.socket cups.path", timeout=300)
    assert pc.sh("systemctl is-active cups", check=False).stdout.strip() == "inactive"


def spouleur_fix(pc) -> None:
    pc.sh("systemctl enable --now cups.service cups.socket cups.path", timeout=300)
    pc.sh("cupsenable bureau && cancel -a bureau")
    assert pc.sh("lpstat -o").stdout.strip() == ""


def test_b3_spouleur_preconditions(lab_pc):
    spouleur_fault(lab_pc)
    run = lab_pc.check("b3-spouleur")
    assert run.data is not None, run.summary()
    assert run.preconditions() == "PASS", run.summary()


def test_b3_spouleur(lab_pc, rec):
    """The task fails with CUPS stopped and passes once CUPS runs and starts at boot (real systemd)."""
    sid = "b3-spouleur"
    spouleur_fault(lab_pc)
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"service-impression": "cups"})
    assert "stopped" in run.messages("service-impression") or "arrêté" in run.messages("service-impression")
    spouleur_fix(lab_pc)
    run = lab_pc.check(sid, record=rec.path(sid, "solved"))
    assert_fixed(run)
    rec.commit(sid)


def test_b2_partage_smb(lab_pc, lab_run, rec):
    sid = "b2-partage-smb"
    # the sheet (Debian): samba is installed; the folder exists, the sharing service is stopped and
    # disabled, no [Scans] section, no test file
    lab_pc.sh("install -d -m 2770 -g users /srv/partages/scans")
    lab_pc.sh("systemctl disable --now smbd nmbd", timeout=300)
    lab_pc.sh("! grep -q '^\\[Scans\\]' /etc/samba/smb.conf && rm -f /srv/partages/scans/test-accueil.txt")
    lab_pc.sh("adduser --disabled-password --gecos Accueil accueil && usermod -aG users accueil")
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"service": "smbd", "partage": "absent"})
    # the trainee shares the folder for the reception account and starts the service for good
    lab_pc.sh("printf '\\n[Scans]\\n   path = /srv/partages/scans\\n   read only = no\\n   valid users = accueil\\n"
              "   create mask = 0660\\n' >> /etc/samba/smb.conf && testparm -s > /dev/null")
    lab_pc.sh("(echo 'Accueil2025!'; echo 'Accueil2025!') | smbpasswd -s -a accueil")
    lab_pc.sh("systemctl enable --now smbd nmbd", timeout=300)
    lab_pc.wait_for("ss -ltn | grep -q ':445 '", timeout=60)
    # from the other PC (the lab network's side), the test file is dropped into \\pc\Scans
    src = lab_run.workdir / "test-accueil.txt"
    src.write_text("Scan de test depuis le poste du formateur\n")
    put = lab_run.network.run(["smbclient", f"//{net.PC_ADDR}/Scans", "-U", "accueil%Accueil2025!",
                               "-m", "SMB3", "-c", f"put {src} test-accueil.txt"])
    assert put.returncode == 0, put.stdout + put.stderr
    run = lab_pc.check(sid, record=rec.path(sid, "solved"))
    assert_fixed(run)
    rec.commit(sid)


# ----------------------------------------------------------------------------- scenarios with a restart
# Their tasks ask for a restart since the attempt began: they are played as an attempt (`aimm-lab run`),
# and the states come from the attempt's journal (recorded by the product at each check).


def test_b1_second_disque(lab_pc, rec):
    sid = "b1-second-disque"
    # the sheet: a blank disk (not the system disk), no /data in fstab, nothing on /data
    assert lab_pc.sh("lsblk -dno NAME,SIZE /dev/vdb").stdout.split() == ["vdb", "240G"]
    lab_pc.sh("wipefs -a /dev/vdb && ! grep -q /data /etc/fstab && ! mountpoint -q /data")
    run = lab_pc.check(sid)
    assert run.preconditions() == "PASS", run.summary()
    lab_pc.attempt(sid).check()
    run, state = lab_pc.attempt_check(sid)
    assert_broken(run, {"volume": "/data", "permanent": "/data"}, preconditions=False)
    rec.save(sid, "broken", state)
    # the trainee: a GPT partition over the whole disk, ext4, mounted on /data by UUID, a check file
    lab_pc.sh("parted -s /dev/vdb mklabel gpt mkpart DONNEES ext4 1MiB 100% && udevadm settle")
    lab_pc.sh("mkfs.ext4 -q -L DONNEES /dev/vdb1", timeout=300)
    lab_pc.sh("mkdir -p /data && echo \"UUID=$(blkid -s UUID -o value /dev/vdb1) /data ext4 defaults 0 2\" >> /etc/fstab")
    # /data belongs to the customer's account, and the check file is written as them, not as root
    lab_pc.sh("id hlemaire >/dev/null 2>&1 || adduser --disabled-password --gecos 'H. Lemaire' hlemaire")
    lab_pc.sh("systemctl daemon-reload && mount /data && chown hlemaire: /data "
              "&& sudo -u hlemaire sh -c \"echo 'Disque DONNEES opérationnel' > /data/controle.txt\"")
    lab_pc.reboot()
    assert "/dev/vdb1" in lab_pc.sh("findmnt -n -o SOURCE /data").stdout
    run, state = lab_pc.attempt_check(sid)
    assert_fixed(run)
    rec.save(sid, "solved", state)
    rec.commit(sid)


def test_b2_lecteur_reseau_share_and_restart(lab_pc, rec):
    """The CIFS share really mounted at boot from fstab with a credentials file; the parts the product
    reads today (the test file on the share, no password in fstab, the restart)."""
    sid = "b2-lecteur-reseau"
    run = lecteur_reseau(lab_pc, sid)
    assert run.task("ecriture")["outcome"] == "PASS", run.summary()
    checks = {c["type"]: c for c in run.task("persistance")["checks"]}
    assert checks["rebooted_since_start"]["outcome"] == "PASS", run.summary()
    assert checks["file_contains"]["outcome"] == "PASS", run.summary()


def test_b2_lecteur_reseau(lab_pc, rec):
    sid = "b2-lecteur-reseau"
    run = lecteur_reseau(lab_pc, sid, rec)
    assert_fixed(run)
    rec.commit(sid)


def lecteur_reseau(pc, sid: str, rec: Recorder | None = None):
    # the sheet, Linux: the mount point exists, no fstab line, a stale credentials file (mode 644)
    pc.sh("install -d /mnt/compta && sed -i '\\#/mnt/compta#d' /etc/fstab")
    pc.write("/etc/samba/credentials-compta", "username=jerome\npassword=AncienMotDePasse1\n")
    pc.sh("chmod 644 /etc/samba/credentials-compta")
    pc.attempt(sid).check()
    pc.attempt(sid, "check").check()
    run, state = pc.attempt_last_check(sid)
    assert set(run.outcomes().values()) == {"FAIL"}, run.summary()
    if rec is not None:
        # An attempt's checks do not read the preconditions (the NAS answering on 445): the broken state is
        # the plain check's, which reads them, with the attempt's start (for "restarted since").
        plain = pc.check(sid, record=rec.path(sid, "broken"))
        assert plain.preconditions() == "PASS", plain.summary()
        broken = json.loads(rec.path(sid, "broken").read_text(encoding="utf-8"))
        rec.save(sid, "broken", {**broken, "attempt_started_at": state["attempt_started_at"]})
    # the trainee: the account given on paper in a root-only credentials file, an fstab line that
    # mounts at boot once the network is up, a test file at the root of the share, then a restart
    pc.write("/etc/samba/credentials-compta", f"username={net.SHARE_USER}\npassword={net.SHARE_PASSWORD}\n")
    pc.sh("chmod 600 /etc/samba/credentials-compta")
    pc.sh(f"echo '//{net.NAS}/{net.SHARE} /mnt/compta cifs credentials=/etc/samba/credentials-compta,"
          "vers=3.1.1,_netdev,nofail,uid=0,gid=0 0 0' >> /etc/fstab")
    pc.sh("systemctl daemon-reload && mount /mnt/compta", timeout=120)
    pc.sh("echo 'Poste 12' > /mnt/compta/test-poste-12.txt")
    pc.reboot()
    pc.wait_for("findmnt -n -o FSTYPE /mnt/compta | grep -qx cifs", timeout=120, interval=2)
    pc.attempt(sid, "check").check()
    run, state = pc.attempt_last_check(sid)
    if rec is not None:
        rec.save(sid, "solved", state)
    return run


def test_b2_dhcp_reservation(lab_pc, lab_run, rec):
    """A static address typed by hand inside the lab DHCP's dynamic range, then the trainer's real
    reservation on the lab DHCP server for the MAC the trainee wrote on the sheet, and a real lease."""
    sid = "b2-dhcp-reservation"
    reserved = "192.168.10.162"  # the sheet: address number 150 + seat 12 of the network
    old, old_gw = "192.168.10.130", "192.168.10.1"  # inside the dynamic range (.100-.199), free; no such router
    iface = lab_run.interface
    con = f'"$(nmcli -g GENERAL.CONNECTION device show {iface})"'  # as the sheet finds the connection
    lab_pc.sh("install -d -m 1777 /srv/aimm")
    lab_pc.sh(f"nmcli con mod {con} ipv4.method manual ipv4.addresses {old}/24 ipv4.gateway {old_gw} "
              "ipv4.dns 8.8.8.8")
    lab_pc.sh(f"nmcli con up {con}", timeout=180)
    lab_pc.sh("rm -f /srv/aimm/fiche-reseau.txt")
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"bail": old, "reseau": [old_gw, "8.8.8.8"]})
    assert check_outcomes(run, "bail")["dhcp_enabled"] == "FAIL", run.summary()  # typed by hand
    # the trainee writes the sheet with the wired card's MAC; the trainer reserves the address for it
    mac = lab_pc.read(f"/sys/class/net/{iface}/address").strip()
    assert mac == net.PC_MAC
    lab_pc.write("/srv/aimm/fiche-reseau.txt", f"Poste : pc-atl-12 (comptoir 2)\nCarte filaire {iface}, "
                                                f"adresse MAC : {mac}\nAdresse demandée : {reserved}\n")
    lab_run.network.reserve(f"{mac},{reserved},pc-atl-12,12h")
    try:
        # then puts the card back on DHCP (address, gateway and DNS automatic) and renews the lease
        lab_pc.sh(f'nmcli con mod {con} ipv4.method auto ipv4.addresses "" ipv4.gateway "" ipv4.dns ""')
        lab_pc.sh(f"nmcli con up {con}", timeout=180)
        lab_pc.wait_for(f"ip -4 -o addr show {iface} | grep -q ' {reserved}/24 '", timeout=120, interval=1)
        run = lab_pc.check(sid, record=rec.path(sid, "solved"))
        assert_fixed(run)
        # the trainer's side: the lease is on the DHCP server, at the reserved address, for that MAC
        leases = (lab_run.network.dir / "dnsmasq.leases").read_text()
        assert any(f" {mac} {reserved} " in f" {line} " for line in leases.splitlines()), leases
    finally:
        lab_run.network.reserve()
    rec.commit(sid)


def test_b3_ip_double(lab_pc, lab_run, rec):
    """A second device on the lab switch (a printer answering on 9100) given the PC's address while the PC
    holds it: both answer ARP for it. Fixed on the printer's side, as the plan says."""
    sid = "b3-ip-double"
    printer_addr = "192.168.10.212"  # the plan: network + 200 + seat 12
    # before the session: the PC on its static address from the plan
    lab_pc.sh(f'nmcli connection modify "{CON}" ipv4.method manual ipv4.addresses {net.PC_ADDR}/24 '
              f"ipv4.gateway {net.GATEWAY} ipv4.dns {net.SERVER}")
    nm_up(lab_pc)
    # the fault, the PC being up: the delivery man sets the printer on the PC's address
    printer = lab_run.network.device("imprimante", net.PC_ADDR)
    try:
        lab_pc.sh(f"ip neigh flush dev {lab_run.interface}")
        answers = lab_run.network.arp_who_has(net.PC_ADDR)
        assert len(answers) == 2 and net.PC_MAC in answers, answers  # a real conflict: two MACs
        run = lab_pc.check(sid, record=rec.path(sid, "broken"))
        assert_broken(run, {"conflit": printer_addr})
        assert check_outcomes(run, "conflit")["ipv4_address"] == "PASS", run.summary()  # the PC kept it
        # the trainee finds the printer by its MAC and puts it back on its own address (its panel)
        printer.set_address(printer_addr)
        assert lab_run.network.arp_who_has(net.PC_ADDR) == {net.PC_MAC}
        run = lab_pc.check(sid, record=rec.path(sid, "solved"))
        assert_fixed(run)
    finally:
        printer.down()
    rec.commit(sid)


GNOME_PROXY = "org.gnome.system.proxy"


def gnome_proxy(pc, host: str, port: int) -> None:
    """The proxy set as GNOME's Settings > Network > Network Proxy (manual) sets it, in the user's session."""
    pc.sh(in_session(" && ".join([
        f"gsettings set {GNOME_PROXY}.http host '{host}'", f"gsettings set {GNOME_PROXY}.http port {port}",
        f"gsettings set {GNOME_PROXY}.https host '{host}'", f"gsettings set {GNOME_PROXY}.https port {port}",
        f"gsettings set {GNOME_PROXY} mode 'manual'"])))
    # kept in the user's dconf database: a later session sees it
    assert pc.sh(in_session(f"gsettings get {GNOME_PROXY}.http host")).stdout.strip() == f"'{host}'"


def test_b3_proxy_errone(lab_pc, rec):
    sid = "b3-proxy-errone"
    gnome_proxy(lab_pc, "10.10.10.66", 3128)
    run = lab_pc.check(sid, record=rec.path(sid, "broken"), session=True)
    assert_broken(run, {"proxy": ["10.10.10.66:3128", "GNOME"]})
    # outside a desktop session (a service, ssh) GNOME's settings do not apply and are not read
    assert lab_pc.check(sid).preconditions() == "FAIL"
    # the trainee: Settings > Network > Network Proxy > Off
    lab_pc.sh(in_session(f"gsettings set {GNOME_PROXY} mode 'none'"))
    run = lab_pc.check(sid, record=rec.path(sid, "solved"), session=True)
    assert_fixed(run)
    assert "GNOME" in run.messages("proxy")  # read, and found off
    rec.commit(sid)


LAB_PROXY = "192.168.10.3:3128"  # the sheet's example of the lab's proxy, set in the lab profile


def test_b2_proxy_labo(lab_pc, rec):
    sid = "b2-proxy-labo"
    lab_pc.aimm("lab", "set", "proxy", LAB_PROXY, check=True)  # the trainer, before the fault
    # the fault: Castel's proxy in the user's session, and their intranet in the hosts file
    gnome_proxy(lab_pc, "10.20.0.5", 8080)
    lab_pc.sh(f'echo "10.20.0.40 intranet.{net.DOMAIN}" >> /etc/hosts')
    run = lab_pc.check(sid, record=rec.path(sid, "broken"), session=True)
    assert_broken(run, {"proxy": "10.20.0.5:8080", "intranet": "10.20.0.40"})
    # the trainee sets the lab's proxy for HTTP and HTTPS and removes Castel's line from the hosts file
    host, port = LAB_PROXY.split(":")
    gnome_proxy(lab_pc, host, int(port))
    lab_pc.sh("sed -i '/^10\\.20\\.0\\.40[[:space:]]/d' /etc/hosts")
    run = lab_pc.check(sid, record=rec.path(sid, "solved"), session=True)
    assert_fixed(run)
    assert net.SERVER in run.messages("intranet")
    rec.commit(sid)


def test_b3_processus_cpu(lab_pc, rec):
    """The sheet's busy `svchelper` processes (a copy of yes, one per processor) started from the user's
    session, played as an attempt (the fix ends with a restart)."""
    sid = "b3-processus-cpu"
    files = REPO / "assets" / "files" / "b3"
    lab_pc.sh("cp /usr/bin/yes /usr/local/bin/svchelper")
    lab_pc.agent.write_file("/root/svchelper-start", (files / "svchelper-start").read_bytes())
    lab_pc.sh("install -m 755 /root/svchelper-start /usr/local/bin/svchelper-start && rm /root/svchelper-start")
    lab_pc.sh("mkdir -p /etc/xdg/autostart")
    lab_pc.agent.write_file("/etc/xdg/autostart/svchelper.desktop", (files / "svchelper.desktop").read_bytes())
    # the guest has no desktop to open a session in: the sheet's other way, started from the user's session
    lab_pc.sh("adduser --disabled-password --gecos 'Pierre Lefevre' p.lefevre --allow-bad-names")
    lab_pc.sh("runuser -u p.lefevre -- setsid -f /usr/local/bin/svchelper-start </dev/null >/dev/null 2>&1")
    lab_pc.wait_for("test $(pgrep -cx svchelper) -eq $(nproc)", timeout=60)
    lab_pc.attempt(sid).check()
    run, state = lab_pc.attempt_check(sid)
    assert_broken(run, {"processus": "svchelper", "charge": "svchelper"}, preconditions=False)
    rec.save(sid, "broken", state)
    # the trainee ends the processes (the starter first, or it would wait on nothing), removes the autostart
    # entry and the programs, and restarts the PC
    lab_pc.sh("kill -KILL $(pgrep -x svchelper-start) && kill -KILL $(pgrep -x svchelper)")
    lab_pc.sh("rm /etc/xdg/autostart/svchelper.desktop /usr/local/bin/svchelper /usr/local/bin/svchelper-start")
    lab_pc.reboot()
    run, state = lab_pc.attempt_check(sid)
    assert_fixed(run)
    rec.save(sid, "solved", state)
    rec.commit(sid)


# ----------------------------------------------------------------------------- the wired link
# The lab PC's virtio card announces a link speed and duplex (QEMU's speed/duplex, 1000 Mb/s full) and takes
# forced modes from ethtool, as a real card does; its cable is pulled out and plugged back with QEMU's
# set_link (the guest loses its carrier, then reads the link's speed again).


def link_of(pc, iface: str) -> tuple[str, str, str]:
    """(carrier, speed, duplex) as the kernel shows them in /sys/class/net."""
    r = pc.sh(f"cat /sys/class/net/{iface}/carrier; cat /sys/class/net/{iface}/speed /sys/class/net/{iface}/duplex "
              "2>/dev/null || true")
    out = r.stdout.split() + ["", "", ""]
    return out[0], out[1], out[2]


def replug(pc, iface: str) -> None:
    """The cable pulled out and plugged back in: the link is negotiated again, the lease renewed."""
    pc.qemu.set_link(False)
    pc.wait_for(f"test $(cat /sys/class/net/{iface}/carrier) = 0", timeout=30)
    time.sleep(2)
    pc.qemu.set_link(True)
    pc.wait_for(f"ip -4 -o addr show {iface} | grep -q ' {net.PC_ADDR}/' && ip route | grep -q '^default'",
                timeout=120, interval=1)


def test_b3_lien_100m(lab_pc, lab_run, rec):
    """Variant B of the sheet (speed forced through NetworkManager). The virtio card applies the forced mode
    and announces 100 Mb/s; putting auto-negotiation back is refused by it (it has no negotiation of its own):
    a real card renegotiates its link at that moment, here the link is renegotiated by replugging it."""
    sid = "b3-lien-100m"
    iface = lab_run.interface
    con = f'"$(nmcli -g GENERAL.CONNECTION device show {iface})"'
    assert link_of(lab_pc, iface) == ("1", "1000", "full")  # the sheet: the healthy PC links at 1000 Mb/s
    lab_pc.sh(f"nmcli connection modify {con} 802-3-ethernet.auto-negotiate no 802-3-ethernet.speed 100 "
              "802-3-ethernet.duplex full")
    lab_pc.sh(f"nmcli connection up {con}", timeout=180)
    lab_pc.wait_for(f"test $(cat /sys/class/net/{iface}/speed) = 100", timeout=60)
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"vitesse": "100"})
    # the trainee puts auto-negotiation back (the sheet's undo line) and the link renegotiates
    lab_pc.sh(f'nmcli connection modify {con} 802-3-ethernet.auto-negotiate yes 802-3-ethernet.speed 0 '
              '802-3-ethernet.duplex ""')
    lab_pc.sh(f"nmcli connection up {con}", timeout=180)
    replug(lab_pc, iface)
    assert link_of(lab_pc, iface) == ("1", "1000", "full")
    run = lab_pc.check(sid, record=rec.path(sid, "solved"))
    assert_fixed(run)
    rec.commit(sid)


@pytest.mark.parametrize("sid", ["b2-cordon-rj45", "b2-prise-brassage", "b2-switch-bureau"])
def test_link_made_by_the_trainee(lab_pc, lab_run, rec, sid):
    """The three sheets start with the PC's card enabled and no cable (cord taken away, wall socket not
    punched down, office switch in its box): no carrier. The trainee's work ends with a cable plugged in: the
    link at 1000 Mb/s full duplex and a lease from the lab DHCP. The crimping, the punch-down and the switch
    are the trainer's to watch; the guest sees their result, the link."""
    iface = lab_run.interface
    lab_pc.qemu.set_link(False)
    lab_pc.wait_for(f"test $(cat /sys/class/net/{iface}/carrier) = 0", timeout=30)
    lab_pc.wait_for(f"! ip -4 -o addr show {iface} | grep -q inet", timeout=120, interval=2)  # lease dropped
    assert "UP" in lab_pc.sh(f"ip -o link show {iface}").stdout.split("<")[1].split(">")[0].split(",")
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"lien": "inactive (down)"})
    lab_pc.qemu.set_link(True)
    lab_pc.wait_for(f"ip -4 -o addr show {iface} | grep -q ' {net.PC_ADDR}/' && ip route | grep -q '^default'",
                    timeout=120, interval=1)
    assert link_of(lab_pc, iface) == ("1", "1000", "full")
    run = lab_pc.check(sid, record=rec.path(sid, "solved"))
    assert_fixed(run)
    rec.commit(sid)


def test_b2_imprimante_reseau(lab_pc, lab_run, rec):
    """A network printer reset to its factory settings (a link-local address, not the plan's) and CUPS
    stopped and disabled on the PC; the trainee gives the printer its address from the plan, starts CUPS
    for good, adds the queue and prints a test page, which reaches the printer."""
    sid = "b2-imprimante-reseau"
    planned = "192.168.10.212"  # the plan: address number 200 + seat 12
    printer = lab_run.network.device("etude", "169.254.77.20", 16)
    try:
        lab_pc.sh("lpadmin -x Etude 2>/dev/null; systemctl disable --now cups.service cups.socket cups.path",
                  timeout=300)
        run = lab_pc.check(sid, record=rec.path(sid, "broken"))
        assert_broken(run, {"imprimante": planned, "spouleur": "cups"})
        # the printer's panel: the planned address; the PC: CUPS back, the queue, a test page
        printer.set_address(planned)
        lab_pc.sh("systemctl enable --now cups.service cups.socket cups.path", timeout=300)
        lab_pc.sh(f"lpadmin -p Etude -E -v socket://{planned}:9100 && lp -d Etude /usr/share/cups/data/testprint")
        lab_pc.wait_for("test -z \"$(lpstat -o Etude)\"", timeout=120, interval=1)
        assert printer.received() and printer.received()[-1] > 0, printer.received()
        run = lab_pc.check(sid, record=rec.path(sid, "solved"))
        assert_fixed(run)
    finally:
        printer.down()
    rec.commit(sid)


# ----------------------------------------------------------------------------- block 1, on the lab PC


def test_b1_assistance_distance(lab_pc, lab_run, rec):
    sid = "b1-assistance-distance"
    # the sheet (Linux): SSH installed but stopped and disabled, no support account
    lab_pc.sh("systemctl disable --now ssh", timeout=300)
    lab_pc.sh("! id support 2>/dev/null || deluser --remove-home support")
    lab_pc.wait_for("! ss -Hltn 'sport = :22' | grep -q .", timeout=30)
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"acces": "22", "compte": "support"})
    # the trainee: a standard account for the remote help, SSH started and started at boot
    lab_pc.sh("adduser --disabled-password --gecos 'Assistance a distance' support")
    lab_pc.sh("echo 'support:Assist2025!' | chpasswd")
    lab_pc.sh("systemctl enable --now ssh", timeout=300)
    lab_pc.wait_for("ss -Hltn 'sport = :22' | grep -q .", timeout=60)
    # the trainer's PC, on the lab network, reaches the PC's SSH server
    hello = lab_run.network.run([sys.executable, "-c", f"import socket; s = socket.create_connection(('{net.PC_ADDR}', "
                                 "22), 20); print(s.recv(64).decode())"])
    assert hello.stdout.startswith("SSH-2.0-OpenSSH"), hello.stdout + hello.stderr
    run = lab_pc.check(sid, record=rec.path(sid, "solved"))
    assert_fixed(run)
    rec.commit(sid)


def test_b1_restauration_fichier(lab_pc, rec):
    """Linux variant of the sheet: the workbook deleted from the file manager goes to the user's trash (the
    desktop's trash, `gio trash`, as the file manager does); the trainee restores it from there."""
    sid = "b1-restauration-fichier"
    files = REPO / "assets" / "files" / "b1"
    docs = "/home/c.bernard/Documents"
    lab_pc.sh("adduser --allow-bad-names --disabled-password --gecos 'Claire Bernard' c.bernard")
    lab_pc.sh(f"runuser -u c.bernard -- mkdir -p {docs}")
    for name in ("Devis_2025.xlsx", "Planning_conges_2025.xlsx"):
        lab_pc.agent.write_file(f"{docs}/{name}", (files / name).read_bytes())
    lab_pc.sh(f"chown c.bernard: {docs}/*.xlsx")
    lab_pc.sh(f"runuser -u c.bernard -- env HOME=/home/c.bernard gio trash {docs}/Devis_2025.xlsx")
    trash = "/home/c.bernard/.local/share/Trash"
    lab_pc.sh(f"test -f {trash}/files/Devis_2025.xlsx && grep -q '^Path=' {trash}/info/Devis_2025.xlsx.trashinfo")
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"restauration": "fichier absent"})
    # the trainee: the file manager's Trash > Restore (the file back where it was, its record gone)
    lab_pc.sh(f"runuser -u c.bernard -- mv {trash}/files/Devis_2025.xlsx {docs}/Devis_2025.xlsx && "
              f"runuser -u c.bernard -- rm {trash}/info/Devis_2025.xlsx.trashinfo")
    run = lab_pc.check(sid, record=rec.path(sid, "solved"))
    assert_fixed(run)
    assert "c.bernard" in lab_pc.sh(f"stat -c %U {docs}/Devis_2025.xlsx").stdout
    rec.commit(sid)


def test_b1_habilitation_br(lab_pc, rec):
    """The attempt started on the running PC, then the PC switched off for the power supply's replacement
    and switched on again: a real power cycle of the virtual PC (a cold boot of the same disks)."""
    sid = "b1-habilitation-br"
    lab_pc.attempt(sid).check()
    run, state = lab_pc.attempt_check(sid)
    assert_broken(run, {"remise-en-service": ""}, preconditions=False)
    rec.save(sid, "broken", state)
    old = lab_pc.sh("cat /proc/sys/kernel/random/boot_id").stdout
    lab_pc.power_cycle()
    assert lab_pc.sh("cat /proc/sys/kernel/random/boot_id").stdout != old
    run, state = lab_pc.attempt_check(sid)
    assert_fixed(run)
    rec.save(sid, "solved", state)
    rec.commit(sid)


def test_b3_pc_ne_demarre_pas(lab_pc, rec):
    """The PC's disks on a SATA controller, whose disks answer ATA SMART commands (virtio disks have no SMART):
    the trainer switches the PC on and starts the attempt, then switches it off for the fault (the CPU's power
    connector pulled, a hardware fault the virtual PC has no part for); the trainee finds it and the PC starts
    again: a real cold boot, the disks' health read by smartctl before and after."""
    sid = "b3-pc-ne-demarre-pas"
    lab_pc.power_cycle(off=1, disk_bus="sata")
    assert lab_pc.sh("lsblk -dno NAME,TRAN").stdout.split() == ["sda", "sata", "sdb", "sata"]
    # A USB stick left in (a real removable SCSI disk: the kernel's scsi_debug, RM 1) and zram swap (lsblk lists
    # it as a disk): neither has SMART, and neither is one of the PC's disks whose health is graded.
    lab_pc.sh("modprobe scsi_debug removable=1 dev_size_mb=64 && modprobe zram && echo 64M > /sys/block/zram0/disksize "
              "&& udevadm settle")
    rows = lab_pc.sh("lsblk -dno NAME,TYPE,RM").stdout.split("\n")
    assert any(r.split()[1:] == ["disk", "1"] for r in rows if r.strip()), rows
    assert any(r.startswith("zram0") for r in rows), rows
    lab_pc.attempt(sid).check()
    run, state = lab_pc.attempt_check(sid)
    assert_broken(run, {"demarrage": "", "disque": "bon état"}, preconditions=False)
    disks = state["sections"]["health"]["disks"]
    assert [(d["name"], d["health"], d["source"]) for d in disks] == [("sda", "ok", "smartctl"),
                                                                    ("sdb", "ok", "smartctl")], disks
    rec.save(sid, "broken", state)
    old = lab_pc.sh("cat /proc/sys/kernel/random/boot_id").stdout
    lab_pc.power_cycle(off=1)
    assert lab_pc.sh("cat /proc/sys/kernel/random/boot_id").stdout != old
    # what the hint asks the trainee to type, as root
    assert "PASSED" in lab_pc.sh("smartctl -H /dev/sda").stdout
    run, state = lab_pc.attempt_check(sid)
    assert_fixed(run)
    rec.save(sid, "solved", state)
    rec.commit(sid)


def test_b1_migration_ssd(lab_pc, rec):
    """The system on a 20 GB disk, filled as the sheet says; the PC switched off, its disk cloned block for
    block onto a 1 TB disk (what a disk-to-disk cloning tool does from its USB stick, with the PC off its own
    system), the old disk taken out, the PC started from the new one and its file system grown online. The
    image's file system spans the whole disk (no partition table), so there is no partition to grow first
    and no swap in the way: the sheet's hurdles on a partitioned disk are not played here."""
    sid = "b1-migration-ssd"
    home = "/home/c.fontaine"
    # the sheet: account c.fontaine, the PC's name, both workbooks as shipped, the customer's videos
    lab_pc.sh("adduser --allow-bad-names --disabled-password --gecos 'Chloe Fontaine' c.fontaine >/dev/null "
              "&& hostnamectl set-hostname pc-fontaine")
    for name in ("Comptes_clients_2024.xlsx", "Inventaire_materiel.xlsx"):
        lab_pc.agent.write_file(f"/root/{name}", (REPO / "assets" / "files" / "b1" / name).read_bytes())
        lab_pc.sh(f"install -D -o c.fontaine -g c.fontaine -m 644 /root/{name} {home}/Documents/{name}")
    # the videos fill the small disk past the 70 % the scenario accepts (the ticket's full disk)
    lab_pc.sh(f"install -d -o c.fontaine -g c.fontaine {home}/Vidéos && "
              f"fallocate -l $(df -B1 --output=size,used / | awk 'NR==2 {{printf \"%.0f\", $1*0.8 - $2}}') "
              f"{home}/Vidéos/rushs.bin && chown c.fontaine: {home}/Vidéos/rushs.bin")
    run = lab_pc.check(sid)
    assert run.preconditions() == "PASS", run.summary()
    lab_pc.attempt(sid).check()
    run, state = lab_pc.attempt_check(sid)
    assert_broken(run, {"clonage": "", "espace": ""}, preconditions=False)
    rec.save(sid, "broken", state)
    # the trainee: PC off, disk to disk clone onto the SSD, the hard disk out, started from the SSD
    lab_pc.power_off()
    ssd = lab_pc.clone_system_disk(1_000_000_000_000)
    lab_pc.power_on(disk=ssd)
    assert lab_pc.sh("lsblk -bdno SIZE /dev/vda").stdout.strip() == "1000000000000"
    lab_pc.sh("resize2fs /dev/vda", timeout=600)
    run, state = lab_pc.attempt_check(sid)
    assert_fixed(run)
    assert lab_pc.sh("hostname").stdout.strip() == "pc-fontaine"
    rec.save(sid, "solved", state)
    rec.commit(sid)


def test_b1_barrette_coeurs_assemblage(lab_pc, rec):
    """Faults of the parts inside, on one PC and three attempts, each a real cold boot of the machine the
    scenarios' variables describe (16 GiB, 6 cores / 12 threads, a 500 GB SSD):
    - b1-barrette-manquante: a memory module not seen (the machine starts with 8 GiB of its 16 GiB);
    - b1-coeurs-desactives: the processors limited at boot (the kernel starts with `maxcpus=2`, as the sheet's
      GRUB line passes it; the virtual PC's kernel is given by QEMU, not by GRUB: `update-grub` is not played);
    - b1-assemblage-complet: the kit's first start, on the SSD the trainer prepared (the system copied onto a
      500 GB disk and grown to it), with a module not seated. Its broken state also has the processors
      limited: the other scenario's fault, on the same PC.
    The trainee reseats the module and removes the setting; the PC starts with all its memory and cores."""
    sids = ("b1-barrette-manquante", "b1-coeurs-desactives", "b1-assemblage-complet")
    smp = "12,sockets=1,cores=6,threads=2"
    cpu = q.CPU_SMT["kvm" if lab_pc.qemu.accel_why.startswith("KVM") else "tcg"]
    lab_pc.power_off()
    ssd = lab_pc.clone_system_disk(500_107_862_016)  # a "500 GB" NVMe SSD's size in bytes
    lab_pc.power_on(disk=ssd, memory_mb=8192, smp=smp, cpu=cpu, kernel_args="maxcpus=2")
    lab_pc.sh("resize2fs /dev/vda", timeout=600)
    assert lab_pc.sh("nproc").stdout.strip() == "2"
    failing = {"b1-barrette-manquante": {"memoire": "trouvé 7,"}, "b1-coeurs-desactives": {"processeur": "12"},
               "b1-assemblage-complet": {"inventaire": ["trouvé 7,", "12"]}}
    for sid in sids:
        run = lab_pc.check(sid)
        assert run.preconditions() == "PASS", run.summary()
        lab_pc.attempt(sid).check()
        run, state = lab_pc.attempt_check(sid)
        assert_broken(run, failing[sid], preconditions=False)
        rec.save(sid, "broken", state)
    lab_pc.power_cycle(off=1, memory_mb=16384, kernel_args="")
    assert lab_pc.sh("nproc").stdout.strip() == "12"
    assert re.search(r"Thread\(s\) per core:\s+2\n", lab_pc.sh("lscpu").stdout)
    for sid in sids:
        run, state = lab_pc.attempt_check(sid)
        assert_fixed(run)
        rec.save(sid, "solved", state)
    for sid in sids:
        rec.commit(sid)


def test_b1_devis_portable_martin(lab_pc, lab_run, rec):
    """The laptop "before": 8 GB of memory, its system on a 256 GB SSD (the PC's disk copied onto one and grown),
    p.martin's workbooks and a former contractor's account; the attempt's database on a USB disk, as the sheet
    asks (the data disk here, `aimm-lab --db`). The trainee backs the documents up on that disk, then the PC is
    switched off: a second module, a 1 TB SSD with a clean system (the lab's master image, with AIMM Lab and the
    lab profile, written onto it: a deployment, not the installer's screens), the account created again and
    the documents copied back. Both are real cold boots; the old SSD is not plugged in again."""
    sid = "b1-devis-portable-martin"
    home = "/home/p.martin"
    lab_pc.power_off()
    old = lab_pc.clone_system_disk(256_060_514_304, name="ssd-256")  # a "256 GB" SSD's size in bytes
    lab_pc.power_on(disk=old, memory_mb=8192)
    lab_pc.sh("resize2fs /dev/vda", timeout=600)
    # the sheet: both accounts, the workbooks, the disk filled over 90 %
    lab_pc.sh("adduser --allow-bad-names --disabled-password --gecos 'P. Martin' p.martin >/dev/null && "
              "adduser --allow-bad-names --disabled-password --gecos 'Ancien prestataire' ancien.presta >/dev/null")
    names = ("Comptes_clients_2024.xlsx", "Inventaire_materiel.xlsx")
    for name in names:
        lab_pc.agent.write_file(f"/root/{name}", (REPO / "assets" / "files" / "b1" / name).read_bytes())
        lab_pc.sh(f"install -D -o p.martin -g p.martin -m 644 /root/{name} {home}/Documents/{name}")
    lab_pc.sh(f"fallocate -l $(df -B1 --output=size,used / | awk 'NR==2 {{printf \"%.0f\", $1*0.92 - $2}}') "
              f"{home}/remplissage.bin")
    # the attempt's database on the USB disk
    lab_pc.sh("mkfs.ext4 -q -L CLE /dev/vdb && mkdir -p /media/cle && mount /dev/vdb /media/cle", timeout=300)
    lab_pc.db = "/media/cle/aimm-lab.db"
    run = lab_pc.check(sid)
    assert run.preconditions() == "PASS", run.summary()
    lab_pc.attempt(sid).check()
    run, state = lab_pc.attempt_check(sid)
    assert_broken(run, {"memoire": "trouvé 7,", "systeme": "ancien.presta"}, preconditions=False)
    rec.save(sid, "broken", state)
    # the trainee: documents backed up on the USB disk before the SSD is swapped
    lab_pc.sh(f"mkdir -p /media/cle/sauvegarde && cp -a {home}/Documents /media/cle/sauvegarde/ && umount /media/cle")
    lab_pc.power_off()
    new = lab_pc.clone_system_disk(1_000_204_886_016, source=lab_run.golden, name="ssd-1to")  # "1 TB"
    lab_pc.power_on(disk=new, memory_mb=16384)
    lab_pc.sh("resize2fs /dev/vda", timeout=600)
    assert "ancien.presta" not in lab_pc.sh("getent passwd").stdout
    lab_pc.sh("mkdir -p /media/cle && mount /dev/disk/by-label/CLE /media/cle")
    lab_pc.sh("adduser --allow-bad-names --disabled-password --gecos 'P. Martin' p.martin >/dev/null && "
              f"install -d {home}/Documents && cp -a /media/cle/sauvegarde/Documents/. {home}/Documents/ && "
              f"chown -R p.martin: {home}/Documents")
    run, state = lab_pc.attempt_check(sid)
    assert_fixed(run)
    rec.save(sid, "solved", state)
    rec.commit(sid)


def test_b2_point_acces_wifi(lab_pc, lab_run, rec):
    """The access point reset to its factory address (outside the lab network), answering on 443 for its
    administration; the trainee reaches it through a temporary second address on the PC's card, gives it its
    planned management address, saves its configuration in the working folder, and removes the temporary
    address. The Wi-Fi settings themselves (name, security, WPS) are the trainer's to check."""
    sid = "b2-point-acces-wifi"
    planned = "192.168.10.242"  # the plan: address number 230 + seat 12
    factory = "192.168.0.254"
    iface = lab_run.interface
    ap = lab_run.network.device("borne", factory, listen=443)
    try:
        lab_pc.sh("install -d -m 1777 /srv/aimm && rm -f /srv/aimm/sauvegarde-borne.bin")
        run = lab_pc.check(sid, record=rec.path(sid, "broken"))
        assert_broken(run, {"gestion": planned, "sauvegarde": "absent"})
        # the sheet's way in: a temporary second address on the card, in the factory network
        lab_pc.sh(f"ip addr add 192.168.0.10/24 dev {iface}")
        lab_pc.sh(f"python3 -c \"import socket; socket.create_connection(('{factory}', 443), 10)\"")
        ap.set_address(planned)  # its administration page: management address from the plan
        lab_pc.write("/srv/aimm/sauvegarde-borne.bin", "configuration LAB-STAFF-12 (sauvegarde de la borne)\n")
        lab_pc.sh(f"ip addr del 192.168.0.10/24 dev {iface}")
        run = lab_pc.check(sid, record=rec.path(sid, "solved"))
        assert_fixed(run)
        assert "192.168.0.10" not in lab_pc.sh(f"ip -4 -o addr show {iface}").stdout
    finally:
        ap.down()
    rec.commit(sid)


def test_b2_smartphone_pro(lab_pc, lab_run, rec):
    """The phone does not run the product: what the PC shows is the lab mail server answering (its IMAPS
    port; here a host of the lab network listening on 993, not a mail server) and the hand-over sheet the
    trainee saves, with the phone's IMEI and the MAC it uses on the lab Wi-Fi."""
    sid = "b2-smartphone-pro"
    mail = "192.168.10.25"  # the sheet's example
    lab_pc.aimm("lab", "set", "servers", f"nas={net.NAS},imprimante={net.PRINTER},mail={mail}", check=True)
    server = lab_run.network.device("mail", mail, listen=993)
    try:
        lab_pc.sh("install -d -m 1777 /srv/aimm && rm -f /srv/aimm/remise-smartphone.txt")
        run = lab_pc.check(sid, record=rec.path(sid, "broken"))
        assert_broken(run, {"fiche": "absent"})
        lab_pc.write("/srv/aimm/remise-smartphone.txt",
                     "Remise smartphone - secretariat-12\nIMEI : 356938035643809\n"
                     "Adresse MAC Wi-Fi (LAB-STAFF) : 9a:3f:1c:52:e0:7b\nMessagerie : IMAPS 993, envoi 587\n")
        run = lab_pc.check(sid, record=rec.path(sid, "solved"))
        assert_fixed(run)
    finally:
        server.down()
    rec.commit(sid)


# ----------------------------------------------------------------------------- Wi-Fi on emulated radios

WIFI_SSID = "LAB-STAFF"
WIFI_KEY = "Horizons-2026"    # the key given to the trainee on paper
WIFI_WRONG_KEY = "Salon2025!"  # the sheet's wrong key
HOSTAPD_CONF = """interface={radio}
bridge=br0
driver=nl80211
ssid={ssid}
hw_mode=g
channel=6
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase={key}
ctrl_interface=/run/hostapd-ap
"""


def wifi_access_point(pc, wired: str) -> str:
    """The lab's access point, in the guest: the kernel's emulated radios (mac80211_hwsim, two radios, one
    medium), the first one moved with the PC's wired card into a network namespace `ap` of the guest, bridged
    there, and hostapd broadcasting LAB-STAFF in WPA2-Personal on it. The laptop (the guest's own namespace,
    where NetworkManager and the product run) keeps the second radio and no cable: its only way to the lab
    network is the access point. NetworkManager sees only its own namespace. Returns the laptop's Wi-Fi card."""
    pc.sh("modprobe mac80211_hwsim radios=2")
    pc.wait_for("test -e /sys/class/net/wlan0 && test -e /sys/class/net/wlan1", timeout=30)
    pc.sh("nmcli device set wlan0 managed no")
    phy = pc.sh("cat /sys/class/net/wlan0/phy80211/name").stdout.strip()
    pc.sh(f"ip netns add ap && iw phy {phy} set netns name ap && ip link set {wired} netns ap")
    pc.sh(f"ip -n ap link set lo up && ip -n ap link add br0 type bridge && ip -n ap link set {wired} master br0 "
          f"&& ip -n ap link set {wired} up && ip -n ap link set br0 up")
    pc.write("/etc/hostapd/lab-staff.conf", HOSTAPD_CONF.format(radio="wlan0", ssid=WIFI_SSID, key=WIFI_KEY))
    pc.sh("ip netns exec ap hostapd -B -P /run/hostapd-ap.pid -f /var/log/hostapd-ap.log /etc/hostapd/lab-staff.conf",
          timeout=60)
    pc.wait_for("grep -q AP-ENABLED /var/log/hostapd-ap.log", timeout=60)
    assert not pc.sh(f"test -e /sys/class/net/{wired}", check=False).returncode == 0  # no cable on the laptop
    return "wlan1"


def wifi_connect(pc, iface: str, key: str) -> None:
    """What the trainee does in the network menu: pick LAB-STAFF and type the key (a new profile)."""
    pc.wait_for(f"nmcli device wifi rescan ifname {iface} 2>/dev/null; "
                f"nmcli -t -f SSID device wifi list ifname {iface} | grep -qx {WIFI_SSID}", timeout=120, interval=3)
    pc.sh(f"nmcli device wifi connect {WIFI_SSID} password '{key}' ifname {iface}", timeout=180)
    pc.wait_for(f"ip -4 -o addr show {iface} | grep -q ' 192.168.10.' && ip route | grep -q '^default .* {iface}'",
                timeout=120, interval=1)


def test_b2_portable_wifi(lab_pc, lab_run, rec):
    """The laptop on the lab's Wi-Fi through a real access point (emulated radios, a real WPA2 handshake, the
    lease from the lab DHCP through the access point's bridge). The sheet: connected once with the right key,
    then a wrong key stored in the profile and the radio switched off. The trainee switches the radio on (the
    wrong key then fails for real: no association, no address at all, not even 169.254), forgets the profile
    and connects again with the key on paper."""
    sid = "b2-portable-wifi"
    iface = wifi_access_point(lab_pc, lab_run.interface)
    lab_pc.aimm("lab", "set", "interface", iface, check=True)  # the sheet: the Wi-Fi card, set by hand
    wifi_connect(lab_pc, iface, WIFI_KEY)
    assert lab_pc.sh(f"iw dev {iface} link").stdout.split("SSID: ")[1].split()[0] == WIFI_SSID
    # the sheet's fault: a wrong key in the profile, the radio off
    lab_pc.sh(f"nmcli con mod {WIFI_SSID} wifi-sec.psk '{WIFI_WRONG_KEY}'")
    lab_pc.sh("nmcli radio wifi off")
    lab_pc.wait_for(f"! ip -o link show {iface} | grep -q 'state UP'", timeout=60)
    assert "Soft blocked: yes" in lab_pc.sh("rfkill list wlan").stdout  # what `rfkill list` shows the trainee
    run = lab_pc.check(sid, record=rec.path(sid, "broken"))
    assert_broken(run, {"radio": "inactive", "adresse": "", "intranet": ""})
    # the trainee switches the radio on: NetworkManager tries the stored profile, whose key is wrong.
    # Its radio switch is a soft rfkill block of every Wi-Fi radio of the machine (rfkill is not per
    # namespace): the access point's radio went off with it and comes back with it.
    lab_pc.sh("nmcli radio wifi on")
    lab_pc.wait_for("ip netns exec ap hostapd_cli -p /run/hostapd-ap status | grep -qx state=ENABLED", timeout=60)
    lab_pc.wait_for(f"nmcli -t -f SSID device wifi list ifname {iface} | grep -qx {WIFI_SSID}", timeout=120, interval=3)
    tried = lab_pc.sh(f"nmcli --wait 90 connection up {WIFI_SSID} ifname {iface}", check=False, timeout=180)
    journal = lab_pc.sh(f"journalctl -b -u NetworkManager --no-pager | grep 'device ({iface})' | tail -12").stdout
    hostapd = lab_pc.read("/var/log/hostapd-ap.log")
    # the wrong key: associated, then the 4-way handshake fails; NetworkManager asks for the key again (a
    # desktop's password dialog; no one to answer here) and gives up: no connection, no address at all
    assert tried.returncode != 0 and "Secrets were required" in tried.stderr, (tried.stdout, tried.stderr)
    assert "4way_handshake -> disconnected" in journal and "asking for new key" in journal, journal
    assert "AP-STA-POSSIBLE-PSK-MISMATCH" in hostapd.split("rfkill: WLAN unblocked")[-1], hostapd
    assert lab_pc.sh(f"iw dev {iface} link").stdout.strip().startswith("Not connected")
    assert "inet " not in lab_pc.sh(f"ip -4 -o addr show {iface}").stdout  # not even 169.254
    middle = lab_pc.check(sid)
    # the card is enabled but not connected (no carrier): it reads down, as the radio task says
    assert "UP" in lab_pc.sh(f"ip -o link show {iface}").stdout.split("<")[1].split(">")[0].split(",")
    assert middle.outcomes() == {"radio": "FAIL", "adresse": "FAIL", "intranet": "FAIL"}, middle.summary()
    assert "trouvé aucune" in middle.messages("adresse"), middle.messages("adresse")
    # so the radio task still fails with the radio on: its hint must lead the trainee on to the key
    hint = next(t.hint for t in load_scenario(sid).tasks if t.id == "radio")
    assert "clé" in hint.fr and "key" in hint.en, hint
    # forget the profile, connect again with the right key
    lab_pc.sh(f"nmcli connection delete {WIFI_SSID}")
    wifi_connect(lab_pc, iface, WIFI_KEY)
    run = lab_pc.check(sid, record=rec.path(sid, "solved"))
    assert_fixed(run)
    assert lab_pc.sh(f"nmcli -g ipv4.method connection show {WIFI_SSID}").stdout.strip() == "auto"
    rec.commit(sid)
