"""Upkeep readings (printers, startup programs, installed programs, BitLocker, disk health, temperatures):
normalized from real raw shapes kept under tests/data/real/care/, and read for real on this machine
where it can create the condition (dpkg, XDG autostart files and CUPS' printers.conf in a private mount
namespace)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import namedtuple
from pathlib import Path

import pytest
from states import run

from aimm_lab.checks import Outcome
from aimm_lab.machine import care, make_state
from aimm_lab.machine.normalize import powershell_list

REAL = Path(__file__).resolve().parent.parent / "data" / "real" / "care"
NEVER_GRADED = (Outcome.ERROR, Outcome.UNSUPPORTED)


def real_text(name: str) -> str:
    text = (REAL / name).read_text(encoding="utf-8")
    assert text.startswith("# source: "), name
    return text.split("\n", 1)[1]


def real_json(name: str) -> dict:
    data = json.loads((REAL / name).read_text(encoding="utf-8"))
    assert data.pop("_source"), name
    return data


def state(platform: str, **sections) -> dict:
    return make_state(platform, sections, {})


# --------------------------------------------------------------------------- BitLocker


def test_bitlocker_waiting_for_activation_is_not_protected():
    rows = powershell_list(real_text("get_bitlockervolume_waiting_activation.txt"))
    sec = care.windows_bitlocker(rows)
    vol = sec["volumes"][0]
    assert vol["name"] == "C:" and vol["protection"] == "off" and vol["locked"] is False
    assert vol["protectors"] == ["Tpm"] and "unknown" not in vol
    st = state("windows", encryption=sec)
    assert run("bitlocker", st, volume="C:", protection="on").outcome == Outcome.FAIL
    assert run("bitlocker", st, volume="c:", unlocked=True).outcome == Outcome.PASS
    r = run("bitlocker", st, volume="C:", recovery_password=True)
    assert r.outcome == Outcome.FAIL and "Tpm" in r.found.fr
    assert run("bitlocker", st, volume="C:", tpm=True).outcome == Outcome.PASS
    # The same state read as if it came from Linux: BitLocker is not there to be read.
    assert run("bitlocker", state("linux", encryption=sec), volume="C:", protection="on").outcome \
        == Outcome.UNSUPPORTED


def test_bitlocker_unknown_protection_is_never_graded():
    sec = care.windows_bitlocker([{"MountPoint": "C:", "ProtectionStatus": "Unknown", "LockStatus": "Locked",
                                   "KeyProtector": ["Tpm", "RecoveryPassword"]}])
    st = state("windows", encryption=sec)
    assert run("bitlocker", st, volume="C:", protection="on").outcome in NEVER_GRADED
    assert run("bitlocker", st, volume="C:", unlocked=True).outcome == Outcome.FAIL
    assert run("bitlocker", st, volume="C:", recovery_password=True).outcome == Outcome.PASS


# --------------------------------------------------------------------------- disk health, temperatures


def test_smartctl_healthy_nvme_and_a_failing_one():
    raw = real_json("smartctl_nvme_samsung_970_passed.json")
    d = care.smartctl_disk("nvme0n1", json.dumps(raw))
    assert d["health"] == "ok" and d["model"] == "Samsung SSD 970 EVO Plus 250GB" and d["temperature"] == 35.0
    raw["smart_status"]["passed"] = False  # what smartctl says of a disk whose SMART check failed
    bad = care.smartctl_disk("sda", json.dumps(raw))
    st = state("linux", health=care.health_section([d, bad], None, [], None))
    assert run("disk_health", st, disk="nvme0n1").outcome == Outcome.PASS
    r = run("disk_health", st)
    assert r.outcome == Outcome.FAIL and "défaillant" in r.found.fr


def test_smartctl_that_cannot_read_a_device_gives_no_verdict():
    d = care.smartctl_disk("sdz", json.dumps(real_json("smartctl_nonexistent_device.json")))
    assert d["health"] is None and "Unable to detect device type" in d["unknown"]["health"]["message"]
    st = state("linux", health=care.health_section([d], None, [], None))
    for expect in (True, False):
        assert run("disk_health", st, expect=expect).outcome in NEVER_GRADED
    no_tool = care.health_section(None, {"kind": "unsupported", "message": "smartctl absent"}, [], None)
    assert run("disk_health", state("linux", health=no_tool)).outcome == Outcome.UNSUPPORTED


@pytest.mark.skipif(shutil.which("lsblk") is None, reason="no lsblk")
def test_the_disks_whose_health_is_read_are_the_pcs_own():
    # This machine's own lsblk, as the reading runs it: a zram device (compressed RAM, listed by lsblk as a
    # disk) is not a disk with SMART, so "every disk healthy" must not become unreadable because of it. The
    # lab VM test of b3-pc-ne-demarre-pas adds a real zram device and a real removable disk to a PC whose
    # SATA disks answer SMART.
    import shlex

    from aimm_lab.machine.real import LSBLK_DISKS

    out = subprocess.run(LSBLK_DISKS, capture_output=True, text=True, check=True).stdout
    rows = [dict(p.split("=", 1) for p in shlex.split(ln)) for ln in out.splitlines()]
    fixed = care.lsblk_fixed_disks(out)
    assert fixed == [r["NAME"] for r in rows if r["TYPE"] == "disk" and r["RM"] == "0" and r["TRAN"] != "usb"
                     and not r["NAME"].startswith("zram")]
    assert not any(n.startswith("zram") for n in fixed)
    # Other PCs' devices, in lsblk's -P form (lsblk(8), --pairs): a SATA disk and an NVMe SSD stay; a USB
    # stick (RM 1), a USB external disk (RM 0, TRAN usb), zram and an eMMC's boot areas go; the eMMC itself
    # (the PC's disk, its SMART unreadable) stays, so that its health reads as unknown, not as good.
    other = "\n".join([
        'NAME="sda" TYPE="disk" RM="0" TRAN="sata"', 'NAME="sdb" TYPE="disk" RM="1" TRAN="usb"',
        'NAME="sdc" TYPE="disk" RM="0" TRAN="usb"', 'NAME="sr0" TYPE="rom" RM="1" TRAN="sata"',
        'NAME="zram0" TYPE="disk" RM="0" TRAN=""', 'NAME="nvme0n1" TYPE="disk" RM="0" TRAN="nvme"',
        'NAME="mmcblk0" TYPE="disk" RM="0" TRAN=""', 'NAME="mmcblk0boot0" TYPE="disk" RM="0" TRAN=""',
        'NAME="mmcblk0boot1" TYPE="disk" RM="0" TRAN=""'])
    assert care.lsblk_fixed_disks(other) == ["sda", "nvme0n1", "mmcblk0"]


def _psutil_doc_temperatures() -> dict:
    shwtemp = namedtuple("shwtemp", ["label", "current", "high", "critical"])  # psutil's own field names
    return eval(real_text("psutil_sensors_temperatures_doc.txt"), {"shwtemp": shwtemp})  # noqa: S307 - our file


def test_psutil_temperatures_from_the_documented_shape():
    temps = care.psutil_temperatures(_psutil_doc_temperatures())
    names = [t["name"] for t in temps]
    assert "coretemp/Physical id 0" in names and "acpitz" in names and "asus" in names
    asus = next(t for t in temps if t["name"] == "asus")
    assert asus["high"] is None and asus["critical"] is None
    st = state("linux", health=care.health_section([], None, temps, None))
    assert run("temperature_below", st, max_celsius=80).outcome == Outcome.PASS
    r = run("temperature_below", st, max_celsius=50, sensor="coretemp")
    assert r.outcome == Outcome.FAIL and "52" in r.found.fr
    # No sensor at all (psutil's empty dict: a VM, most Windows PCs) is no reading, not a pass.
    none = state("linux", health=care.health_section([], None, care.psutil_temperatures({}), None))
    assert run("temperature_below", none, max_celsius=80).outcome == Outcome.UNSUPPORTED


def test_windows_thermal_zone_tenths_of_kelvin():
    z = care.windows_thermal_zones([{"InstanceName": r"ACPI\ThermalZone\TZ00_0", "CurrentTemperature": 3282,
                                     "CriticalTripPoint": 3732}])
    assert z[0]["current"] == pytest.approx(55.05, abs=0.1) and z[0]["critical"] == pytest.approx(100.05, abs=0.1)


# --------------------------------------------------------------------------- printers


WINDOWS_PRINTERS = {  # the JSON POWERSHELL_PRINTERS builds (its own property names)
    "Printers": [{"Name": "Accueil-Laser", "DriverName": "Microsoft IPP Class Driver",
                  "PortName": "WSD-6a1b2c3d-0000-1111-2222-333344445555", "JobCount": 3},
                 {"Name": "Microsoft Print to PDF", "DriverName": "Microsoft Print To PDF", "PortName": "PORTPROMPT:",
                  "JobCount": 0}],
    "Ports": [{"Name": "WSD-6a1b2c3d-0000-1111-2222-333344445555", "Monitor": "WSD Port", "Host": ""},
              {"Name": "PORTPROMPT:", "Monitor": "Local Port", "Host": ""}],
    "Default": "Accueil-Laser", "DefaultError": None}


def test_windows_wsd_printer_then_tcpip():
    sec = care.windows_printers(WINDOWS_PRINTERS)
    st = state("windows", printers=sec)
    r = run("printer", st, name="Accueil-Laser", port_kind="tcpip", address="192.168.10.30")
    assert r.outcome == Outcome.FAIL and "WSD" in r.found.fr
    assert run("printer", st, name="accueil-laser", queue_empty=True).outcome == Outcome.FAIL
    assert run("printer", st, name="Microsoft Print to PDF", port_kind="file").outcome == Outcome.PASS
    fixed = json.loads(json.dumps(WINDOWS_PRINTERS))
    fixed["Printers"][0].update(PortName="192.168.10.30", DriverName="HP Universal Printing PCL 6", JobCount=0)
    fixed["Ports"].append({"Name": "192.168.10.30", "Monitor": "Standard TCP/IP Port", "Host": "192.168.10.30"})
    st = state("windows", printers=care.windows_printers(fixed))
    assert run("printer", st, name="Accueil-Laser", port_kind="tcpip", address="192.168.10.30",
               driver_contains="PCL", queue_empty=True, default=True).outcome == Outcome.PASS
    assert run("printer", st, name="Bureau-Jet").outcome == Outcome.FAIL


def test_windows_printer_whose_default_could_not_be_read():
    data = dict(WINDOWS_PRINTERS, Default=None, DefaultError="Accès refusé")
    st = state("windows", printers=care.windows_printers(data))
    assert run("printer", st, name="Accueil-Laser", default=True).outcome in NEVER_GRADED


def test_cups_uris():
    assert care.cups_port_kind("socket://192.168.10.30:9100") == ("tcpip", "192.168.10.30")
    assert care.cups_port_kind("implicitclass://HP_LaserJet/") == ("ipp", "HP_LaserJet")
    assert care.cups_port_kind("dnssd://HP%20DeskJet%205820%20series%20%5B7AABDC%5D._ipp._tcp.local/")[0] == "ipp"
    assert care.cups_port_kind("usb://HP/LaserJet?serial=1") == ("usb", None)
    assert care.lpstat_jobs("Accueil-Laser-12 marie 1024 lun. 30 nov. 2026\nAutre-3 x 1 y\n",
                            ["Accueil-Laser"]) == {"Accueil-Laser": 1}


# --------------------------------------------------------------------------- startup entries, programs


def test_windows_run_entries_and_task_manager_switch():
    approved = {"PCSpeedBoost": bytes([3]) + bytes(11), "OneDrive": bytes([2]) + bytes(11)}
    entries = care.windows_run_entries({"PCSpeedBoost": r"C:\Program Files\PCSB\pcsb.exe /tray",
                                        "OneDrive": r"C:\Users\m\OneDrive.exe /background",
                                        "SecurityHealth": r"%windir%\system32\SecurityHealthSystray.exe"},
                                       approved, r"HKCU\...\Run", "user")
    by = {e["name"]: e["enabled"] for e in entries}
    assert by == {"PCSpeedBoost": False, "OneDrive": True, "SecurityHealth": True}
    st = state("windows", startup=care.startup_section(entries, "registry"))
    r = run("startup_entry", st, name="pcspeedboost")
    assert r.outcome == Outcome.FAIL and "désactivé" in r.found.fr
    assert run("startup_entry", st, name="OneDrive").outcome == Outcome.PASS
    blind = care.startup_section([], "registry", {r"HKLM\...\Run": {"kind": "denied", "message": "accès refusé"}})
    assert run("startup_entry", state("windows", startup=blind), name="x", expect=False).outcome in NEVER_GRADED


def test_windows_installed_programs_as_the_settings_page_lists_them():
    progs = care.windows_programs([
        {"DisplayName": "PC Speed Boost Pro", "DisplayVersion": "3.2", "Publisher": "Optimizer Ltd"},
        {"DisplayName": "Microsoft Visual C++ 2015-2022 Redistributable (x64)", "SystemComponent": 1},
        {"DisplayName": "Security Update for Office (KB1)", "ParentKeyName": "Office16.PROPLUS"},
        {"DisplayVersion": "1.0"}])
    assert [p["name"] for p in progs] == ["PC Speed Boost Pro"]
    st = state("windows", programs={"programs": progs, "source": "registry"})
    assert run("program_installed", st, name="speed boost").outcome == Outcome.PASS
    assert run("program_installed", st, name="AnyDesk").outcome == Outcome.FAIL


needs_linux = pytest.mark.skipif(sys.platform != "linux" or shutil.which("dpkg-query") is None,
                                 reason="needs Linux with dpkg")


@needs_linux
def test_dpkg_programs_read_for_real():
    from aimm_lab.machine.real import RealMachine  # noqa: PLC0415

    sec = RealMachine().section("programs")
    names = {p["name"] for p in sec["programs"]}
    assert "dpkg" in names and len(names) > 20
    st = state("linux", programs=sec)
    assert run("program_installed", st, name="dpkg").outcome == Outcome.PASS
    assert run("program_installed", st, name="pc-speed-boost-pro").outcome == Outcome.FAIL


NS_SCRIPT = r"""
import json, os, subprocess, sys
from aimm_lab.machine.real import RealMachine
for d in ("/etc/xdg/autostart", "/etc/cups"):
    os.makedirs(d, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "tmpfs", d], check=True)
with open("/etc/xdg/autostart/pcspeedboost.desktop", "w") as f:
    f.write("[Desktop Entry]\nType=Application\nName=PC Speed Boost\nExec=/opt/pcsb/pcsb --tray\n")
with open("/etc/xdg/autostart/blueman.desktop", "w") as f:
    f.write("[Desktop Entry]\nType=Application\nName=Blueman\nExec=blueman-applet\nHidden=true\n")
with open("/etc/cups/printers.conf", "w") as f:
    f.write(sys.argv[1])
m = RealMachine()
print(json.dumps({"startup": m.section("startup"), "printers": m.section("printers")}))
"""
PRINTERS_CONF = """# Printer configuration file for CUPS v2.4.2
# Written by cupsd
<DefaultPrinter Accueil-Laser>
PrinterId 2
UUID urn:uuid:1d5c3a52-70c8-3c1a-6b43-1b1d2a0f2e11
Info Accueil-Laser
MakeModel HP LaserJet Pro M404-M405 Postscript (recommended)
DeviceURI socket://192.168.10.30:9100
State Idle
Type 8564756
Accepting Yes
Shared No
</DefaultPrinter>
<Printer Bureau>
MakeModel Local Raw Printer
DeviceURI implicitclass://Bureau/
</Printer>
"""


@pytest.mark.skipif(sys.platform != "linux" or os.geteuid() != 0 or shutil.which("unshare") is None,
                    reason="needs Linux, root and unshare for a private mount namespace")
def test_autostart_files_and_printers_conf_read_for_real():
    # The mounts stay in the namespace, but a mount point made for them outlives it: remove what was made.
    made = [d for d in ("/etc/cups", "/etc/xdg/autostart", "/etc/xdg") if not os.path.exists(d)]
    try:
        cp = subprocess.run(["unshare", "-m", "--propagation", "private", sys.executable, "-c", NS_SCRIPT,
                             PRINTERS_CONF], capture_output=True, text=True, timeout=60)
    finally:
        for d in made:
            if os.path.isdir(d) and not os.listdir(d):
                os.rmdir(d)
    if cp.returncode != 0 and "Operation not permitted" in cp.stderr:
        pytest.skip("mount namespaces are not allowed here")
    assert cp.returncode == 0, cp.stderr
    out = json.loads(cp.stdout.strip().splitlines()[-1])
    by = {e["name"]: e for e in out["startup"]["entries"]}
    assert by["pcspeedboost"]["enabled"] and by["pcspeedboost"]["command"] == "/opt/pcsb/pcsb --tray"
    assert by["blueman"]["enabled"] is False
    st = state("linux", startup=out["startup"], printers=out["printers"])
    assert run("startup_entry", st, name="PC Speed Boost").outcome == Outcome.PASS
    assert run("startup_entry", st, name="blueman").outcome == Outcome.FAIL
    pr = {p["name"]: p for p in out["printers"]["printers"]}
    assert pr["Accueil-Laser"]["port_kind"] == "tcpip" and pr["Accueil-Laser"]["default"] is True
    assert pr["Bureau"]["port_kind"] == "ipp"
    assert run("printer", st, name="Accueil-Laser", port_kind="tcpip", address="192.168.10.30",
               driver_contains="LaserJet", default=True).outcome == Outcome.PASS
    # lpstat is not installed here: the queue is not read, and says so.
    if shutil.which("lpstat") is None:
        assert run("printer", st, name="Accueil-Laser", queue_empty=True).outcome in NEVER_GRADED


# --------------------------------------------------------------------------- Windows user profiles


def test_temporary_profile_and_its_bak_key():
    # ProfileList as Microsoft support pages and windowsexplored.com ("TEMP Profiles vs Username.domain Profiles")
    # describe it: the real profile's SID key renamed "<SID>.bak", the session on C:\Users\TEMP under the plain SID.
    sid = "S-1-5-21-3623811015-3361044348-30300820-1013"
    keys = [{"Key": "S-1-5-18", "ProfileImagePath": r"%systemroot%\system32\config\systemprofile", "State": 0},
            {"Key": sid + ".bak", "ProfileImagePath": r"C:\Users\n.caron", "State": 0, "RefCount": 0},
            {"Key": sid, "ProfileImagePath": r"C:\Users\TEMP", "State": 2052, "RefCount": 1},
            {"Key": "S-1-5-21-3623811015-3361044348-30300820-1001", "ProfileImagePath": r"C:\Users\labadmin", "State": 0}]
    sec = care.windows_profiles(keys)
    assert [p["name"] for p in sec["profiles"]] == ["n.caron", "TEMP", "labadmin"]  # system profiles left out
    st = state("windows", profiles=sec)
    r = run("user_profile", st, name="n.caron")
    assert r.outcome == Outcome.FAIL and ".bak" in r.found.fr and "TEMP" in r.found.fr
    assert run("user_profile", st, name="labadmin").outcome == Outcome.PASS
    fixed = care.windows_profiles([{"Key": sid, "ProfileImagePath": r"C:\Users\n.caron", "State": 0}])
    assert run("user_profile", state("windows", profiles=fixed), name="N.Caron").outcome == Outcome.PASS
    assert run("user_profile", state("linux", profiles=fixed), name="n.caron").outcome == Outcome.UNSUPPORTED
