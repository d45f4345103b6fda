"""The plain sentence of every check type (REGISTRY walked), in French and English, for a passing and a
failing result (with and without `expect = false`) and for ERROR / UNSUPPORTED: it names the key
values (address, file, service, account...) and says no internal word (type names, key paths,
bare digests, "imbriquées", binary unit words the tasks do not use).

The passing and failing states are FULL (tests/core/test_unread_everywhere.py, where every sample
check reads what it needs) and BROKEN below, where each sample gives the other verdict.
"""

from __future__ import annotations

import copy
import re

import pytest
from states import resolved
from test_unread_everywhere import (
    CTX,
    FULL_LOOKUPS,
    FULL_SECTIONS,
    PATH,
    PLATFORM_ONLY,
    SAMPLES,
    state_every_field_unread,
)

from aimm_lab.checks import REGISTRY, Outcome, ResolvedCheck, evaluate
from aimm_lab.checks.plain import SAY, size
from aimm_lab.i18n import T
from aimm_lab.machine import RecordedMachine
from aimm_lab.machine.base import SECTIONS, cpu_load_key, dns_key, make_state, ntp_key, route_key, tcp_key

BROKEN_SECTIONS = copy.deepcopy(FULL_SECTIONS)
BROKEN_SECTIONS["system"].update(hostname="pc-autre", boot_time=1_764_100_000.0)
BROKEN_SECTIONS["system"]["os"] = {"system": "Linux", "release": "5.10.0", "version": "#1", "name": "Ubuntu 20.04",
                                   "build": 0}
BROKEN_SECTIONS["cpu"] = {"logical": 4, "physical": 2, "freq_mhz": None}
BROKEN_SECTIONS["memory"] = {"total": 8_589_934_592, "available": 1_000_000_000, "swap_total": 8_589_934_592}
BROKEN_SECTIONS["disks"]["partitions"] = [dict(BROKEN_SECTIONS["disks"]["partitions"][0], mountpoint="/srv")]
BROKEN_SECTIONS["network"] = {
    "interfaces": [{"name": "eth0", "mac": "52:54:00:aa:bb:cc", "ipv4": [{"address": "169.254.37.201", "prefix": 16}],
                    "ipv6": [], "up": False, "speed_mbps": 100, "duplex": "half", "mtu": 1400, "loopback": False}],
    "gateways": []}
BROKEN_SECTIONS["dns"] = {"servers": ["8.8.8.8"], "search": [], "source": "resolv.conf"}
BROKEN_SECTIONS["hosts"] = {"path": "/etc/hosts", "entries": []}
BROKEN_SECTIONS["proxy"] = {"enabled": True, "http": "http://10.10.10.1:3128", "https": None, "no_proxy": [],
                            "source": "env"}
BROKEN_SECTIONS["sockets"] = {"listening": []}
BROKEN_SECTIONS["processes"] = {"processes": []}
BROKEN_SECTIONS["services"] = {"manager": "systemd", "services": [
    {"name": "cups", "display_name": "CUPS Scheduler", "status": "stopped", "start_type": "disabled", "pid": None}]}
BROKEN_SECTIONS["users"] = {"sessions": []}
BROKEN_SECTIONS["accounts"] = {"accounts": [{"name": "m.durand", "id": "1001", "admin": True, "groups": ["sudo"],
                                             "disabled": False, "must_change_password": False}],
                              "admin_group": "sudo", "admin_source": "/etc/group"}
BROKEN_SECTIONS["battery"] = {"present": False, "percent": None, "plugged": None, "secsleft": None}
BROKEN_SECTIONS["dhcp"] = {"interfaces": [{"name": "eth0", "dhcp": False, "source": "netplan"}]}
BROKEN_SECTIONS["shares"] = {"server_running": True, "source": "testparm",
                             "shares": [{"name": "Public", "path": "/srv/public", "special": False}]}
BROKEN_SECTIONS["printers"] = {"spooler_running": True, "source": "Get-Printer",
                               "printers": [{"name": "Accueil-Laser", "driver": "Microsoft IPP Class Driver",
                                             "port": "WSD-1234", "port_kind": "wsd", "address": "192.168.10.31",
                                             "default": False, "jobs": 3, "connection": "network"}]}
BROKEN_SECTIONS["startup"] = {"entries": [{"name": "PCSpeedBoost", "display_name": None, "command": "C:\\PCSB\\pcsb.exe",
                                           "location": "HKCU Run", "scope": "user", "enabled": False}],
                              "source": "registry", "unread_places": {}}
BROKEN_SECTIONS["programs"] = {"programs": [{"name": "VLC media player", "version": "3.0.21", "publisher": "VideoLAN"}],
                               "source": "registry"}
BROKEN_SECTIONS["encryption"] = {"volumes": [{"name": "C:", "protection": "off", "locked": True,
                                              "encryption_percent": 0, "status": "FullyDecrypted", "protectors": []}],
                                 "source": "Get-BitLockerVolume"}
BROKEN_SECTIONS["health"] = {"disks": [{"name": "sda", "model": "Samsung SSD 870", "health": "failing",
                                        "temperature": 48.0, "source": "smartctl"}],
                             "temperatures": [{"name": "coretemp/Package id 0", "current": 92.0, "high": 84.0,
                                               "critical": 100.0}]}
BROKEN_SECTIONS["profiles"] = {"profiles": [
    {"sid": "S-1-5-21-1-2-3-1001", "name": "m.durand", "path": "C:\\Users\\m.durand", "backup": True,
     "temporary": False, "state": 0},
    {"sid": "S-1-5-21-1-2-3-1001", "name": "TEMP", "path": "C:\\Users\\TEMP", "backup": False, "temporary": True,
     "state": 0}], "source": "ProfileList"}
BROKEN_LOOKUPS = {
    "dns": {dns_key("intranet.lab.local"): {"name": "intranet.lab.local", "rdtype": "A", "server": None,
                                            "addresses": ["10.6.6.6"], "error": None, "ms": 1.0}},
    "tcp": {tcp_key("192.168.10.20", 445): {"host": "192.168.10.20", "port": 445, "ok": False,
                                            "error": "connection refused", "ms": 1.0}},
    "files": {PATH: {"path": PATH, "exists": False, "is_file": False, "size": None, "sha256": None, "mtime": None,
                     "text": None, "error": None}},
    "cpu_load": {cpu_load_key(2.0): {"window_s": 2.0, "total_percent": 95.0,
                                     "top": [{"name": "cupsd", "pid": 700, "percent": 90.0}]}},
    "ntp": {ntp_key("192.168.10.10"): {"server": "192.168.10.10", "offset_s": 400.0, "stratum": 2, "error": None,
                                       "ms": 1.0}},
    "route": {route_key("192.168.10.20"): {"destination": "192.168.10.20", "gateway": "192.168.10.254",
                                           "interface": "eth0", "source": "192.168.10.112", "table": "main",
                                           "route": "0.0.0.0/0", "nexthops": [], "type": "unicast", "error": None,
                                           "via": "ip route get"}},
}

# What each sentence must name (both languages), whatever the outcome.
KEY = {
    "user_exists": [], "user_not_admin": ["m.durand"], "user_logged_in": ["m.durand"],
    "file_exists": [PATH], "file_absent": [PATH], "file_contains": [PATH], "file_sha256": [PATH],
    "interface_present": [], "interface_up": ["eth0"], "link_speed": ["eth0"], "link_duplex": ["eth0"],
    "mtu": ["eth0", "1500"], "ipv4_address": ["eth0", "192.168.10.112"], "ipv6_address": ["eth0"],
    "ipv4_in_subnet": ["eth0"], "not_apipa": ["eth0"], "mac_address": ["eth0"],
    "default_gateway": ["192.168.10.254"], "route_to": ["192.168.10.20"], "dns_servers": ["192.168.10.10"],
    "name_resolves": ["intranet.lab.local"], "tcp_reachable": ["192.168.10.20", "445"], "port_listening": ["22"],
    "hosts_entry": ["intranet.lab.local"], "proxy": ["proxy"], "hostname": ["pc-"], "process_running": ["cupsd"],
    "process_absent": ["cupsd"], "cpu_load_below": ["cupsd"], "service_state": ["cups"], "memory_total": [],
    "swap_total": [], "cpu_cores": [], "partition": ["/data"], "free_space": ["/data"], "battery": [],
    "rebooted_since_start": [], "os_version": [], "clock_offset": [],
    "password_change_required": ["m.durand"], "file_owner": [PATH], "dhcp_enabled": ["eth0"],
    "smb_share": ["Scans"], "printer_queue": ["Brother"], "printer": ["Accueil-Laser"],
    "startup_entry": ["PCSpeedBoost"], "program_installed": ["LibreOffice"], "bitlocker": ["C:"],
    "disk_health": ["sda"], "temperature_below": ["80"], "user_profile": ["m.durand"],
}
# What a failing sentence must also name: what the PC shows, and what the task asks.
FAIL_KEY = {
    "user_exists": ["j.petit"], "interface_present": ["wlan0"], "file_contains": ["bonjour"],
    "not_apipa": ["169.254.37.201", "APIPA"], "memory_total": ["8", "16"], "link_speed": ["100", "1000"],
    "mtu": ["1400"], "dns_servers": ["8.8.8.8"], "name_resolves": ["10.6.6.6"], "service_state": ["cups"],
    "ipv4_address": ["169.254.37.201"], "cpu_cores": ["4", "8"], "hostname": ["pc-autre", "pc-lab-12"],
    "dhcp_enabled": ["DHCP"], "smb_share": ["Public", "/srv/partages/scans"], "printer": ["192.168.10.31", "3"],
    "startup_entry": ["désactivé|disabled"], "bitlocker": ["TPM"], "disk_health": ["sda"],
    "temperature_below": ["92"], "user_profile": ["temporaire|temporary"],
}
ALL_TYPES = "|".join(sorted(t for t in REGISTRY if "_" in t))  # "proxy", "battery" are words too
FORBIDDEN = [
    re.compile(rf"\b({ALL_TYPES})\b"),  # a raw type name
    re.compile(r"SHA-?256", re.I), re.compile(r"[0-9a-f]{16}"),  # a digest
    re.compile(r"imbriqu|nested", re.I), re.compile(r"\{|\}|\[\[|\btasks\.|\bparams\b"),  # key paths, TOML
    re.compile(r"\b(Gio|GiB|Mio|MiB|None|null|True|False)\b"),
    re.compile(r"\b(attendu|expected)\b", re.I),  # the technical "attendu … trouvé …"
]


def _state(sections, lookups, platform="linux"):
    return make_state(platform, copy.deepcopy(sections), {}, copy.deepcopy(lookups))


# The samples, with a digest that matches FULL's file (so one state passes).
PARAMS = dict(SAMPLES, file_sha256={"path": PATH, "sha256": "b" * 64})
# In BROKEN the interface and the account are there: these two look for others.
BROKEN_PARAMS = dict(PARAMS, interface_present={"interface": "wlan0"}, user_exists={"name": "j.petit"})


def _run(type_, st, expect=True, params=None):
    return evaluate(resolved(type_, expect, **(params or PARAMS)[type_]), RecordedMachine(st), CTX)


def _clean(type_: str, sentence: str) -> None:
    assert sentence.strip(), type_
    for pat in FORBIDDEN:
        assert not pat.search(sentence), (type_, pat.pattern, sentence)


def _names(type_: str, sentence: str, keys: list[str]) -> None:
    for k in keys:  # "a|b": one of them (a word said in French or in English)
        assert any(x in sentence for x in k.split("|")), (type_, k, sentence)


def test_every_check_type_has_its_sentences():
    assert set(SAY) == set(REGISTRY), set(SAY) ^ set(REGISTRY)


@pytest.mark.parametrize("type_", sorted(REGISTRY))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pass_and_fail_sentences(type_, lang):
    on = PLATFORM_ONLY.get(type_, "linux")  # a Windows-only type is read on a Windows PC
    full = _run(type_, _state(FULL_SECTIONS, FULL_LOOKUPS, on))
    broken = _run(type_, _state(BROKEN_SECTIONS, BROKEN_LOOKUPS, on), params=BROKEN_PARAMS)
    # The two states give the two verdicts: the sentences of both are tested.
    assert {full.outcome, broken.outcome} == {Outcome.PASS, Outcome.FAIL}, (type_, full.message.fr,
                                                                           broken.message.fr)
    for r in (full, broken):
        said = r.plain.get(lang)
        _clean(type_, said)
        _names(type_, said, KEY[type_])
        if r.outcome is Outcome.FAIL:
            _names(type_, said, FAIL_KEY.get(type_, []))
            assert ("Il faut" in said or "Il ne faut" in said) if lang == "fr" else " must" in said, said
        else:
            assert said.endswith("C'est ce qui est demandé." if lang == "fr" else "That is what is asked."), said
    # Negated, the verdicts swap; a failure says the opposite demand.
    for st, was in ((_state(FULL_SECTIONS, FULL_LOOKUPS, on), full),
                    (_state(BROKEN_SECTIONS, BROKEN_LOOKUPS, on), broken)):
        r = _run(type_, st, expect=False, params=PARAMS if was is full else BROKEN_PARAMS)
        assert {r.outcome, was.outcome} == {Outcome.PASS, Outcome.FAIL}, type_
        said = r.plain.get(lang)
        _clean(type_, said)
        if r.outcome is Outcome.FAIL:
            _names(type_, said, KEY[type_])


@pytest.mark.parametrize("type_", sorted(REGISTRY))
def test_error_and_unsupported_sentences(type_):
    on = PLATFORM_ONLY.get(type_, "linux")  # on the other platform it only says "not for this PC"
    unread = _run(type_, state_every_field_unread(on, set()))
    kinds = ["unsupported"]
    blind = make_state(on, {}, {n: {"kind": kinds[0], "message": "test"} for n in SECTIONS}, {})
    unsupported = _run(type_, blind)
    assert unread.outcome in (Outcome.ERROR, Outcome.UNSUPPORTED), (type_, unread.outcome)
    assert unsupported.outcome in (Outcome.UNSUPPORTED, Outcome.ERROR), type_
    for r in (unread, unsupported):
        for lang in ("fr", "en"):
            said = r.plain.get(lang)
            _clean(type_, said)
            _names(type_, said, KEY[type_])
        if r.outcome is Outcome.ERROR:
            assert "Appelez le formateur" in r.plain.fr and "Call the trainer" in r.plain.get("en")
        else:
            assert "ne permet pas de le vérifier" in r.plain.fr and "cannot check it" in r.plain.get("en")


def test_apipa_sentence_reads_as_the_issue_asks():
    r = _run("not_apipa", _state(BROKEN_SECTIONS, BROKEN_LOOKUPS))
    assert r.plain.fr.startswith("L'adresse IP de la carte « eth0 » est 169.254.37.201/16 : c'est une adresse APIPA, "
                                 "le poste n'a pas obtenu d'adresse du serveur DHCP.")


def test_sizes_are_written_as_the_tasks_write_them():
    assert size(16 * 1024**3, True).fr == "16\u00a0Go" and size(16 * 1024**3, True).get("en") == "16\u00a0GB"
    assert size(240 * 10**9, True).fr == "240\u00a0Go"  # "240 Go" in a task stays 240 Go
    assert size(500 * 10**9).fr == "465,7\u00a0Go"  # read on the PC: as Windows shows a 500 GB disk
    r = _run("memory_total", _state(BROKEN_SECTIONS, BROKEN_LOOKUPS))
    assert "8\u00a0Go" in r.plain.fr and "16\u00a0Go" in r.plain.fr, r.plain.fr


def _check(type_, label=None, **params):
    c = resolved(type_, **params)
    c.label = label
    return c


def test_any_shows_only_this_pcs_branch():
    """The Windows branch of an `any` is not for a Linux PC: marked, and the compound says its branch."""
    win = _check("file_exists", path="C:\\Users\\m.durand\\NTUSER.DAT")
    lin = _check("file_exists", path=PATH)
    both = ResolvedCheck("any", {}, children=[win, lin])
    lookups = copy.deepcopy(BROKEN_LOOKUPS)  # a Linux PC answers that C:\... does not exist
    lookups["files"][win.params["path"]] = dict(lookups["files"][PATH], path=win.params["path"])
    r = evaluate(both, RecordedMachine(_state(BROKEN_SECTIONS, lookups)), CTX)
    assert r.outcome is Outcome.FAIL
    assert [c.other_platform for c in r.children] == [True, False]
    assert r.plain == r.children[1].plain and PATH in r.plain.fr and "NTUSER" not in r.plain.fr
    rec = r.as_record()
    assert rec["checks"][0]["other_platform"] is True and "plain" in rec
    # On Windows it is the other way round; by the label too.
    lin_label = _check("service_state", label=T("Linux : SSH démarré", "Linux: SSH running"), name="ssh",
                       status="running")
    win_label = _check("service_state", label=T("Windows : Bureau à distance", "Windows: Remote Desktop"),
                       name="TermService", status="running")
    r = evaluate(ResolvedCheck("any", {}, children=[win_label, lin_label]),
                 RecordedMachine(_state(FULL_SECTIONS, FULL_LOOKUPS, "windows")), CTX)
    assert [c.other_platform for c in r.children] == [False, True]


def test_all_and_any_become_il_faut_sentences():
    a = _check("file_exists", path=PATH)
    b = _check("service_state", name="cups", status="running")
    st = _state(BROKEN_SECTIONS, BROKEN_LOOKUPS)
    r_all = evaluate(ResolvedCheck("all", {}, children=[a, b]), RecordedMachine(st), CTX)
    r_any = evaluate(ResolvedCheck("any", {}, children=[a, b]), RecordedMachine(st), CTX)
    assert r_all.plain.fr == "Il faut que tous les points ci-dessous soient bons : 0 sur 2 le sont."
    assert r_any.plain.fr == "Il faut qu'au moins un des points ci-dessous soit bon : aucun ne l'est."
    assert r_any.plain.get("en") == "At least one of the points below must be right: none is."
    ok = evaluate(ResolvedCheck("all", {}, children=[a, b]), RecordedMachine(_state(FULL_SECTIONS, FULL_LOOKUPS)), CTX)
    assert ok.outcome is Outcome.PASS and ok.plain.fr.startswith("Tous les points ci-dessous sont bons")
    for r in (r_all, r_any, ok):
        _clean("all", r.plain.fr)
        _clean("all", r.plain.get("en"))


def test_all_leaves_out_a_passing_branch_for_the_other_os():
    win = _check("file_absent", path="C:\\Users\\c.bernard\\Documents\\Devis_2025 - Copie.xlsx")
    lin = _check("file_absent", path=PATH)
    lookups = copy.deepcopy(BROKEN_LOOKUPS)
    lookups["files"][win.params["path"]] = dict(lookups["files"][PATH], path=win.params["path"])
    r = evaluate(ResolvedCheck("all", {}, children=[win, lin]), RecordedMachine(_state(BROKEN_SECTIONS, lookups)),
                 CTX)
    assert r.outcome is Outcome.PASS and [c.other_platform for c in r.children] == [True, False]
    assert r.plain == r.children[1].plain


def test_the_json_shapes_only_gain_fields():
    r = _run("not_apipa", _state(BROKEN_SECTIONS, BROKEN_LOOKUPS))
    d = r.as_dict("en")
    assert {"type", "outcome", "expected", "found", "message", "duration_ms", "params"} < set(d)
    assert d["plain"].startswith("The IP address of the adapter \"eth0\" is 169.254.37.201/16")
    assert r.as_record()["plain"] == r.plain.as_dict()
