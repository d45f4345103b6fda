"""The check library as a whole: every type documented in both languages, every type reports
ERROR / UNSUPPORTED (never a pass or a fail) when its part of the machine cannot be read,
negation and all/any with errors mixed in, the generated reference, `checks list`, and
scenario files that use the library."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from states import (
    account,
    accounts,
    disks,
    gateway,
    iface,
    linux_state,
    network,
    partition,
    resolved,
    run,
    service,
    services,
    windows_state,
)

from aimm_lab import i18n
from aimm_lab.checks import (
    REGISTRY,
    Context,
    Outcome,
    ResolvedCheck,
    describe_all,
    evaluate,
    evaluate_many,
    markdown_reference,
)
from aimm_lab.errors import ScenarioFileError
from aimm_lab.machine import RecordedMachine

PASS, FAIL, ERROR, UNSUPPORTED = Outcome.PASS, Outcome.FAIL, Outcome.ERROR, Outcome.UNSUPPORTED
ROOT = Path(__file__).resolve().parents[2]

# For every check type: parameters that make a valid check, and the section it reads
# (or the kind of live look-up it asks for).
SAMPLES = {
    "interface_present": ({"interface": "eth0"}, "network"),
    "interface_up": ({"interface": "eth0"}, "network"),
    "link_speed": ({"interface": "eth0", "mbps": 1000}, "network"),
    "link_duplex": ({"interface": "eth0"}, "network"),
    "mtu": ({"interface": "eth0", "mtu": 1500}, "network"),
    "ipv4_address": ({"interface": "eth0", "address": "192.168.10.112"}, "network"),
    "ipv6_address": ({"interface": "eth0"}, "network"),
    "ipv4_in_subnet": ({"interface": "eth0", "subnet": "192.168.10.0/24"}, "network"),
    "not_apipa": ({"interface": "eth0"}, "network"),
    "dhcp_enabled": ({"interface": "eth0"}, "dhcp"),
    "smb_share": ({"name": "Scans"}, "shares"),
    "printer_queue": ({"connection": "usb"}, "printers"),
    "mac_address": ({"interface": "eth0", "mac": "52:54:00:12:34:56"}, "network"),
    "default_gateway": ({"address": "192.168.10.254"}, "network"),
    "dns_servers": ({"servers": ["192.168.10.10"]}, "dns"),
    "name_resolves": ({"name": "intranet.lab.local"}, "lookup:dns"),
    "tcp_reachable": ({"host": "192.168.10.20", "port": 445}, "lookup:tcp"),
    "route_to": ({"destination": "192.168.10.20", "local": True}, "lookup:route"),
    "port_listening": ({"port": 22}, "sockets"),
    "hosts_entry": ({"name": "intranet"}, "hosts"),
    "proxy": ({"enabled": False}, "proxy"),
    "hostname": ({"name": "PC-ATL-07"}, "system"),
    "memory_total": ({"size": "16 GiB"}, "memory"),
    "swap_total": ({"max_size": "2 GiB"}, "memory"),
    "cpu_cores": ({"logical": 4}, "cpu"),
    "partition": ({"mountpoint": "/"}, "disks"),
    "free_space": ({"mountpoint": "/", "min_free": "1 GiB"}, "disks"),
    "battery": ({}, "battery"),
    "rebooted_since_start": ({}, "system"),
    "os_version": ({"system": "Linux"}, "system"),
    "process_running": ({"name": "sshd"}, "processes"),
    "process_absent": ({"name": "svchelper"}, "processes"),
    "cpu_load_below": ({"percent": 50}, "lookup:cpu_load"),
    "clock_offset": ({"server": "ntp.lab.local"}, "lookup:ntp"),
    "service_state": ({"name": "ssh", "status": "running"}, "services"),
    "file_exists": ({"path": "/etc/fstab"}, "lookup:files"),
    "file_owner": ({"path": "/data", "owner": "hlemaire"}, "lookup:files"),
    "file_absent": ({"path": "/etc/fstab"}, "lookup:files"),
    "file_contains": ({"path": "/etc/fstab", "pattern": "UUID"}, "lookup:files"),
    "file_sha256": ({"path": "/etc/fstab", "sha256": "0" * 64}, "lookup:files"),
    "user_exists": ({"name": "m.durand"}, "accounts"),
    "user_not_admin": ({"name": "m.durand"}, "accounts"),
    "user_logged_in": ({"name": "m.durand"}, "users"),
    "password_change_required": ({"name": "m.durand"}, "accounts"),
    "printer": ({"name": "Accueil-Laser", "port_kind": "tcpip"}, "printers"),
    "startup_entry": ({"name": "PCSpeedBoost"}, "startup"),
    "program_installed": ({"name": "LibreOffice"}, "programs"),
    "bitlocker": ({"volume": "C:", "protection": "on"}, "encryption"),
    "disk_health": ({}, "health"),
    "temperature_below": ({"max_celsius": 80}, "health"),
    "user_profile": ({"name": "m.durand"}, "profiles"),
}
CTX = Context(started_at=1_764_320_000.0)


@pytest.fixture(autouse=True)
def reset_language():
    yield
    i18n.set_lang(None)


def test_the_library_has_at_least_30_types_and_every_one_has_a_sample():
    assert len(REGISTRY) >= 30
    assert set(SAMPLES) == set(REGISTRY)


@pytest.mark.parametrize("type_", sorted(REGISTRY))
def test_every_type_is_documented_in_french_and_english(type_):
    cls = REGISTRY[type_]
    assert cls.category in ("network", "system", "services", "files", "accounts", "software")
    assert cls.description.fr.strip() and (cls.description.en or "").strip()
    assert cls.description.fr != cls.description.en
    for p in cls.params:
        assert p.doc.fr.strip() and (p.doc.en or "").strip(), (type_, p.name)
        if p.kind == "enum":
            assert p.choices and (p.default is None or p.default in p.choices)
    for name in cls.requires_one_of:
        assert any(p.name == name and not p.required for p in cls.params), (type_, name)


@pytest.mark.parametrize("type_", sorted(SAMPLES))
def test_unreadable_or_unrecorded_parts_are_errors_never_pass_or_fail(type_):
    params, source = SAMPLES[type_]
    if source.startswith("lookup:"):
        # The look-up was not recorded: an error, whatever `expect` says.
        assert run(type_, linux_state(), ctx=CTX, **params).outcome is ERROR
        assert run(type_, linux_state(), expect=False, ctx=CTX, **params).outcome is ERROR
        return
    if REGISTRY[type_].platforms and "linux" not in REGISTRY[type_].platforms:  # read on Windows only
        assert run(type_, linux_state(), ctx=CTX, **params).outcome is UNSUPPORTED
        r = run(type_, windows_state(), ctx=CTX, **params)
        assert r.outcome is ERROR and "absent de l'état enregistré" in r.message.fr
        r = run(type_, windows_state(errors={source: "denied"}), ctx=CTX, **params)
        assert r.outcome is ERROR and r.message.fr.startswith("accès refusé")
        return
    r = run(type_, linux_state(), ctx=CTX, **params)
    assert r.outcome is ERROR and "absent de l'état enregistré" in r.message.fr
    r = run(type_, windows_state(errors={source: "denied"}), ctx=CTX, **params)
    assert r.outcome is ERROR and r.message.fr.startswith("accès refusé")
    assert run(type_, linux_state(errors={source: "timeout"}), expect=False, ctx=CTX, **params).outcome is ERROR
    r = run(type_, linux_state(errors={source: "unsupported"}), ctx=CTX, **params)
    assert r.outcome is UNSUPPORTED
    assert r.message.get("en").startswith("unsupported on this system")


def test_negation_swaps_pass_and_fail_and_says_so():
    st = linux_state(network=network(iface("eth0")))
    r = run("ipv4_address", st, expect=False, interface="eth0", address="192.168.10.112")
    assert r.outcome is FAIL
    assert r.as_dict("fr")["message"] == "attendu pas 192.168.10.112, trouvé 192.168.10.112/24"
    assert run("ipv4_address", st, expect=False, interface="eth0", address="10.0.0.1").outcome is PASS
    assert run("interface_up", linux_state(errors={"network": "unsupported"}), expect=False,
               interface="eth0").outcome is UNSUPPORTED


def composite(kind: str, *children: ResolvedCheck, expect: bool = True) -> ResolvedCheck:
    return ResolvedCheck(kind, {}, expect, children=list(children))


def test_all_and_any_never_count_an_error_as_pass_or_fail():
    st = linux_state(network=network(iface("eth0"), gateways=[gateway()]))  # no `dns` section
    ok = resolved("interface_up", interface="eth0")
    bad = resolved("mtu", interface="eth0", mtu=9000)
    err = resolved("dns_servers", servers="192.168.10.10")
    m = RecordedMachine(st)

    def outcome(check):
        return evaluate(check, m, CTX).outcome

    assert outcome(err) is ERROR
    assert outcome(composite("all", ok, err)) is ERROR  # undecided, not a pass
    assert outcome(composite("all", bad, err)) is FAIL  # one fail decides `all`
    assert outcome(composite("any", ok, err)) is PASS  # one pass decides `any`
    assert outcome(composite("any", bad, err)) is ERROR  # undecided, not a fail
    assert outcome(composite("all", ok, err, expect=False)) is ERROR  # negating "undecided" stays undecided
    assert outcome(composite("any", bad, bad, expect=False)) is PASS
    r = evaluate(composite("all", ok, bad, err), m, CTX)
    assert [c.outcome for c in r.children] == [PASS, FAIL, ERROR]
    assert r.as_dict("fr")["found"] == "1 réussie(s) sur 3"


def test_a_check_pass_reads_each_section_once_and_keeps_order():
    st = windows_state(
        network=network(iface("Ethernet", ipv4=("192.168.10.112/24",), mac="00-1A-2B-3C-4D-5E"),
                        gateways=[gateway(interface="Ethernet")]),
        disks=disks(partition("C:\\", "NTFS", opts="rw,fixed", device="C:\\")),
        services=services(service("Spooler", "stopped", "disabled"), manager="windows"),
        accounts=accounts(account("m.durand", "S-1-5-21-1-2-3-1002")),
    )
    checks = [
        resolved("ipv4_in_subnet", interface="ethernet", subnet="192.168.10.0/24"),
        resolved("mac_address", interface="Ethernet", mac="00:1a:2b:3c:4d:5e"),
        resolved("default_gateway", address="192.168.10.254", interface="Ethernet"),
        resolved("partition", mountpoint="c:", fstype="ntfs", opts="fixed"),
        resolved("service_state", name="spooler", status="running", start_type="automatic"),
        resolved("user_not_admin", name="M.Durand"),
        resolved("battery"),
    ]
    results = evaluate_many(checks, RecordedMachine(st), CTX)
    assert [r.outcome for r in results] == [PASS, PASS, PASS, PASS, FAIL, PASS, ERROR]
    assert [r.type for r in results] == [c.type for c in checks]


def test_docs_checks_md_is_the_generated_reference():
    text = markdown_reference()
    for type_ in REGISTRY:
        assert f"### `{type_}`" in text
    assert (ROOT / "docs" / "checks.md").read_text(encoding="utf-8") == text, (
        "docs/checks.md is stale: regenerate it with "
        "python -c 'from aimm_lab.checks import markdown_reference as m; print(m(), end=\"\")' > docs/checks.md")


# --------------------------------------------------------------------------- aimm-lab checks list

def cli_run(*args):
    from aimm_lab.cli import cli

    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_checks_list_json_shape():
    r = cli_run("checks", "list", "--json")
    assert r.exit_code == 0
    items = json.loads(r.output)
    assert isinstance(items, list)
    types = [c["type"] for c in items]
    assert set(REGISTRY) | {"all", "any"} == set(types)
    for c in items:
        assert isinstance(c["type"], str)
        assert set(c["description"]) == {"fr", "en"} and all(c["description"].values())
        assert isinstance(c["params"], list)
        for p in c["params"]:
            assert {"name", "kind", "required", "description"} <= set(p)
            assert set(p["description"]) == {"fr", "en"} and all(p["description"].values())
    by_type = {c["type"]: c for c in items}
    assert by_type["cpu_cores"]["requires_one_of"] == ["logical", "physical"]
    mode = next(p for p in by_type["dns_servers"]["params"] if p["name"] == "mode")
    assert mode["choices"] == ["exact", "contains", "first"] and mode["default"] == "contains"
    assert items == describe_all()


def test_checks_list_human_output_in_french_and_english():
    fr = cli_run("--lang", "fr", "checks", "list")
    assert fr.exit_code == 0
    assert "link_speed" in fr.output
    assert "Le lien de l'interface est négocié à la vitesse attendue" in fr.output
    assert "(facultatif)" in fr.output and "Paramètres communs" in fr.output
    en = cli_run("checks", "list", "--lang", "en")
    assert en.exit_code == 0
    assert "The interface's link is negotiated at the expected speed" in en.output
    assert "(optional)" in en.output and "Common parameters" in en.output
    assert "facultatif" not in en.output


# --------------------------------------------------------------------------- scenario files

SCENARIO = """schema = 1
id = "t-library"
version = 1
block = "B3"
competences = ["B3.1"]
kind = "diagnosis"
title = {{ fr = "Essai", en = "Trial" }}
brief = {{ fr = "Essai de la bibliothèque", en = "Library trial" }}

[[tasks]]
id = "poste"
points = 1
title = {{ fr = "Poste", en = "Workstation" }}
{checks}
"""


def scenario(tmp_path, checks: str) -> Path:
    p = tmp_path / "s.toml"
    p.write_text(SCENARIO.format(checks=checks), encoding="utf-8")
    return p


def test_the_loader_reports_a_check_missing_all_of_its_one_of_parameters(tmp_path):
    from aimm_lab.scenarios.loader import load_file

    p = scenario(tmp_path, """
  [[tasks.checks]]
  type = "service_state"
  name = "Spooler"

  [[tasks.checks]]
  type = "cpu_cores"
  logical = 12

  [[tasks.checks]]
  type = "free_space"
  mountpoint = 'C:\\'
""")
    with pytest.raises(ScenarioFileError) as e:
        load_file(p)
    lines = e.value.lines("fr")
    assert lines == [
        f"{p}:15: tasks[0].checks[0]: service_state : indiquez au moins un de ces paramètres : status, start_type",
        f"{p}:23: tasks[0].checks[2]: free_space : indiquez au moins un de ces paramètres : "
        "min_free, max_used_percent",
    ]
    assert e.value.lines("en")[0].endswith("service_state: give at least one of these parameters: status, start_type")


def test_a_scenario_using_the_library_grades_a_recorded_windows_state(tmp_path):
    from aimm_lab.grade import run_pass
    from aimm_lab.scenarios.loader import load_file
    from aimm_lab.scenarios.resolve import resolve

    p = scenario(tmp_path, """
  [[tasks.checks]]
  type = "service_state"
  name = "Spooler"
  status = "running"
  start_type = "automatic"

  [[tasks.checks]]
  type = "dns_servers"
  servers = ["{lab.server}", "1.1.1.1"]
  mode = "first"

  [[tasks.checks]]
  type = "free_space"
  mountpoint = 'C:\\'
  min_free = "10 GiB"
  max_used_percent = 85

  [[tasks.checks]]
  type = "hosts_entry"
  name = "intranet"
  expect = false
""")
    s = load_file(p)
    rs = resolve(s, {"lab.server": "192.168.10.10"})
    solved = windows_state(
        services=services(service("Spooler"), manager="windows"),
        dns={"servers": ["192.168.10.10", "1.1.1.1"], "search": [], "source": "registry"},
        disks=disks(partition("C:\\", "NTFS", total=476 * 2**30, free=120 * 2**30, opts="rw,fixed")),
        hosts={"path": r"C:\Windows\System32\drivers\etc\hosts", "entries": []},
    )
    broken = windows_state(
        services=services(service("Spooler", "stopped", "disabled"), manager="windows"),
        dns={"servers": ["1.1.1.1", "192.168.10.10"], "search": [], "source": "registry"},
        disks=disks(partition("C:\\", "NTFS", total=476 * 2**30, free=2**28, opts="rw,fixed")),
        hosts={"path": r"C:\Windows\System32\drivers\etc\hosts",
               "entries": [{"address": "10.66.66.66", "names": ["intranet"], "line": 22}]},
    )
    good = run_pass(rs, RecordedMachine(solved))
    assert good.all_passed, good.as_dict("fr")
    bad = run_pass(rs, RecordedMachine(broken))
    assert [c.outcome for c in bad.task("poste").checks] == [FAIL, FAIL, FAIL, FAIL]
