"""Defects a trainer found, each replayed on a recorded state changed the way the real machine would
be: the check now tells the right work from the wrong one."""

from __future__ import annotations

import copy
import json

from aimm_lab.checks import Outcome
from aimm_lab.grade import run_pass
from aimm_lab.machine import RecordedMachine
from aimm_lab.paths import builtin_scenarios_dir
from aimm_lab.scenarios.loader import discover
from aimm_lab.scenarios.resolve import resolve
from aimm_lab.selftest import profile_for_state

LIB = discover([builtin_scenarios_dir()])


def tasks_on(scenario_id: str, fixture: str, edit=None) -> dict[str, Outcome]:
    """Each machine-checked task's outcome on a fixture of the scenario, changed by `edit(state)`."""
    s = LIB.get(scenario_id)
    state = json.loads(s.fixtures[fixture].read_text(encoding="utf-8"))
    if edit is not None:
        state = copy.deepcopy(state)
        edit(state)
    machine = RecordedMachine(state)
    res = run_pass(resolve(s, profile_for_state(machine)), machine)
    return {t.task_id: t.outcome for t in res.tasks}


def accounts(state) -> list[dict]:
    return state["sections"]["accounts"]["accounts"]


def test_an_in_place_upgrade_renamed_is_not_a_clean_reinstall():
    def upgraded(state):  # Windows 10 upgraded in place to 11 24H2 and renamed: the old account stays
        accounts(state).append({"name": "Utilisateur", "id": "S-1-5-21-1-2-3-1001", "admin": True,
                                "groups": ["Administrateurs"], "disabled": False, "must_change_password": False})

    assert tasks_on("b1-deploiement-poste", "solved_windows")["systeme"] is Outcome.PASS
    assert tasks_on("b1-deploiement-poste", "solved_windows", upgraded)["systeme"] is Outcome.FAIL

    def cloned(state):  # the old 256 GB system cloned onto the 1 TB SSD instead of a clean reinstall
        accounts(state).append({"name": "ancien.presta", "id": "1003", "admin": False, "groups": ["users"],
                                "disabled": False})

    assert tasks_on("b1-devis-portable-martin", "solved")["systeme"] is Outcome.PASS
    assert tasks_on("b1-devis-portable-martin", "solved", cloned)["systeme"] is Outcome.FAIL


def test_the_new_user_is_not_signed_in_by_the_technician_her_password_change_is_forced():
    def signed_in_but_not_forced(state):
        for a in accounts(state):
            a["must_change_password"] = False
        state["sections"]["users"] = {"sessions": [{"name": "m.durand", "terminal": "console", "host": None,
                                                    "started": 1773306000.0, "pid": None}]}

    for sid, task in (("b1-compte-utilisateur", "premiere-connexion"), ("b1-deploiement-poste", "remise")):
        for fixture in ("solved", "solved_windows"):
            assert tasks_on(sid, fixture)[task] is Outcome.PASS
            assert tasks_on(sid, fixture, signed_in_but_not_forced)[task] is Outcome.FAIL, (sid, fixture)


def test_a_running_antivirus_scan_does_not_fail_the_cpu_task_but_the_rogue_process_does():
    def rogue_renamed_copy_still_busy(state):
        state["lookups"]["cpu_load"]["2"]["top"].insert(0, {"name": "svchelper.exe", "pid": 9100, "percent": 40.0})

    assert tasks_on("b3-processus-cpu", "solved_scan")["charge"] is Outcome.PASS
    assert tasks_on("b3-processus-cpu", "solved_windows", rogue_renamed_copy_still_busy)["charge"] is Outcome.FAIL


def preconditions_on(scenario_id: str, fixture: str, edit=None) -> list[Outcome]:
    s = LIB.get(scenario_id)
    state = json.loads(s.fixtures[fixture].read_text(encoding="utf-8"))
    if edit is not None:
        edit(state)
    machine = RecordedMachine(state)
    return [c.outcome for c in run_pass(resolve(s, profile_for_state(machine)), machine, tasks=False).preconditions]


def test_the_battery_fault_offered_is_one_the_preconditions_see():
    # An under-rated charger is reported as plugged in (not charging): that state is not the fault, so the
    # set-up must not offer it as one.
    def weak_charger(state):
        state["sections"]["battery"].update({"present": True, "plugged": True, "percent": 41.0})

    assert Outcome.FAIL in preconditions_on("b1-portable-batterie", "solved", weak_charger)
    setup = LIB.get("b1-portable-batterie").setup
    assert "Variante :" not in setup.fr and "Variant:" not in setup.get("en")
    assert all(o is Outcome.PASS for o in preconditions_on("b1-portable-batterie", "broken"))


def test_remote_help_on_windows_is_not_remote_desktop_and_a_socket_activated_ssh_counts():
    assert tasks_on("b1-assistance-distance", "solved_windows")["acces"] is Outcome.PASS
    assert tasks_on("b1-assistance-distance", "broken_windows")["acces"] is Outcome.FAIL  # 3389 open
    assert tasks_on("b1-assistance-distance", "solved_socket")["acces"] is Outcome.PASS


def test_a_data_volume_left_to_root_fails_the_write_test_written_as_root():
    def as_root(state):
        for path in ("/data", "/data/controle.txt"):
            state["lookups"]["files"][path]["owner"] = "root"

    assert tasks_on("b1-second-disque", "solved")["ecriture"] is Outcome.PASS
    assert tasks_on("b1-second-disque", "solved", as_root)["ecriture"] is Outcome.FAIL


def test_a_fresh_install_with_the_two_workbooks_copied_is_not_a_clone():
    def reinstalled(state):  # new system on the SSD, the two workbooks copied back, nothing else
        state["sections"]["system"]["hostname"] = "DESKTOP-7QK2M1F"
        for path, answer in state["lookups"]["files"].items():
            if path.endswith("rushs.bin"):
                answer.update(exists=False, is_file=None, size=None, mtime=None)

    for fixture in ("solved", "solved_windows"):
        assert tasks_on("b1-migration-ssd", fixture)["clonage"] is Outcome.PASS
        assert tasks_on("b1-migration-ssd", fixture, reinstalled)["clonage"] is Outcome.FAIL


def test_an_assembly_the_program_cannot_run_before_is_not_proved_by_a_reboot_after_the_start():
    # AIMM Lab lives on the kit's disk: the attempt starts after the first boot, never before it.
    s = LIB.get("b1-assemblage-complet")
    assert not s.preconditions
    assert all(c.type != "rebooted_since_start" for t in s.tasks for c in t.checks)


def test_an_address_typed_by_hand_does_not_earn_the_dhcp_points():
    def typed(state):
        for item in state["sections"]["dhcp"]["interfaces"]:
            item.update(dhcp=False, source="Get-NetIPInterface" if state["platform"] == "windows"
                        else "NetworkManager (ipv4.method manual)")

    for sid, task in (("b2-dhcp-reservation", "bail"), ("b3-apipa", "plus-apipa")):
        for fixture in ("solved", "solved_windows"):
            assert tasks_on(sid, fixture)[task] is Outcome.PASS
            assert tasks_on(sid, fixture, typed)[task] is Outcome.FAIL, (sid, fixture)


def test_a_file_created_locally_without_the_share_does_not_pass():
    def no_share(state):  # the file written on the PC itself, the folder never shared
        shares = state["sections"]["shares"]
        shares["shares"] = [s for s in shares["shares"] if s["name"].lower() != "scans"]

    for fixture in ("solved", "solved_windows"):
        assert tasks_on("b2-partage-smb", fixture)["partage"] is Outcome.PASS
        assert tasks_on("b2-partage-smb", fixture, no_share)["partage"] is Outcome.FAIL


def test_only_microsoft_print_to_pdf_is_not_the_usb_printers_queue():
    def pdf_only(state):
        section = state["sections"]["printers"]
        section["printers"] = [p for p in section["printers"] if p["connection"] != "usb"]

    for fixture in ("solved", "solved_windows"):
        assert tasks_on("b1-imprimante-usb", fixture)["file-usb"] is Outcome.PASS
        assert tasks_on("b1-imprimante-usb", fixture, pdf_only)["file-usb"] is Outcome.FAIL
