"""RealMachine on the machine running the tests: every section is read or says why not, in the
documented shapes; look-ups answer with real sockets and files; `probe --json` loads back."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time

import pytest

from aimm_lab.cli import main
from aimm_lab.machine import SECTIONS, MachineView, ProbeError, RecordedMachine, read_all
from aimm_lab.machine.base import DENIED, FAILED, TIMEOUT, UNSUPPORTED
from aimm_lab.machine.real import RealMachine, call_with_timeout, current_platform, run_tool

# The keys docs/machine-state.md gives each section.
SHAPES = {
    "system": {"hostname", "os", "boot_time"},
    "cpu": {"logical", "physical", "freq_mhz"},
    "memory": {"total", "available", "swap_total"},
    "disks": {"partitions"},
    "network": {"interfaces", "gateways", "routes", "rules", "effective", "parts"},
    "dhcp": {"interfaces"},
    "shares": {"server_running", "source", "shares"},
    "printers": {"spooler_running", "source", "printers"},
    "dns": {"servers", "search", "source", "interfaces", "ignored", "via"},
    "hosts": {"path", "entries"},
    "proxy": {"enabled", "http", "https", "ftp", "socks", "pac", "no_proxy", "source", "sources"},
    "sockets": {"listening", "parts"},
    "processes": {"processes", "parts"},
    "services": {"manager", "services"},
    "users": {"sessions"},
    "accounts": {"accounts", "admin_group", "admin_source"},
    "battery": {"present", "percent", "plugged", "secsleft"},
    "startup": {"entries", "source", "unread_places"},
    "programs": {"programs", "source"},
    "encryption": {"volumes", "source"},
    "health": {"disks", "temperatures"},
    "profiles": {"profiles", "source"},
}
ITEM_SHAPES = {
    ("network", "interfaces"): {"name", "mac", "ipv4", "ipv6", "up", "speed_mbps", "duplex", "mtu", "loopback"},
    ("network", "gateways"): {"family", "address", "interface", "default", "table", "metric"},
    ("disks", "partitions"): {"device", "mountpoint", "fstype", "opts", "total", "free", "used", "percent",
                              "error", "kind", "device_less", "remote"},
    ("hosts", "entries"): {"address", "names", "line"},
    ("sockets", "listening"): {"proto", "address", "port", "pid", "process"},
    ("processes", "processes"): {"pid", "name", "username", "cpu_percent", "exe"},
    ("services", "services"): {"name", "display_name", "status", "start_type", "pid", "systemd"},
    ("users", "sessions"): {"name", "terminal", "host", "started"},
    ("accounts", "accounts"): {"name", "id", "admin", "groups", "disabled", "must_change_password"},
    ("dhcp", "interfaces"): {"name", "dhcp", "source"},
    ("shares", "shares"): {"name", "path", "special"},
    ("printers", "printers"): {"name", "driver", "port", "port_kind", "address", "default", "jobs", "connection"},
    ("startup", "entries"): {"name", "display_name", "command", "location", "scope", "enabled"},
    ("programs", "programs"): {"name", "version", "publisher"},
    ("encryption", "volumes"): {"name", "protection", "locked", "encryption_percent", "status", "protectors"},
    ("health", "disks"): {"name", "model", "health", "temperature", "source"},
    ("health", "temperatures"): {"name", "current", "high", "critical"},
    ("profiles", "profiles"): {"sid", "name", "path", "backup", "temporary", "state"},
}
# Keys an item may carry besides its fields: which fields have no reading and why, and a whole item that
# could not be read (docs/machine-state.md, "Items and fields without a reading").
# Windows interfaces also name where their duplex came from (`duplex_via`: Get-NetAdapter).
OPTIONAL_ITEM_KEYS = {"unknown", "error", "duplex_via"}
KINDS = {DENIED, UNSUPPORTED, TIMEOUT, FAILED}


@pytest.fixture(scope="module")
def state():
    return read_all(RealMachine())


def test_every_section_is_read_or_reports_why(state):
    for name in SECTIONS:
        assert (name in state["sections"]) != (name in state["errors"]), name
        if name in state["errors"]:
            assert state["errors"][name]["kind"] in KINDS, state["errors"][name]
    json.dumps(state)  # plain JSON all the way down


def test_sections_have_the_documented_shapes(state):
    for name, data in state["sections"].items():
        # a section may also say which of its fields were not read and why (docs/machine-state.md)
        assert set(data) - {"unknown", "show_error", "admin_error"} == SHAPES[name], name
    for (name, key), fields in ITEM_SHAPES.items():
        for item in state["sections"].get(name, {}).get(key) or []:  # a list may be unread (null)
            assert set(item) - (OPTIONAL_ITEM_KEYS - fields) == fields - ({"systemd"} if name == "services" and
                                                                state["sections"][name]["manager"] != "systemd"
                                                                else set()), (name, item)
            for field, why in (item.get("unknown") or {}).items():
                assert item[field] is None and why["kind"] and why["message"], (name, item)


def test_what_this_machine_must_answer(state):
    """The sections any Linux or Windows lab PC can read without administrator rights."""
    must = {"system", "cpu", "memory", "disks", "network", "dns", "hosts", "proxy", "processes", "users",
            "accounts", "battery"}
    assert must <= set(state["sections"]), state["errors"]
    if "services" in state["errors"]:  # a container or a machine without systemd
        assert state["errors"]["services"]["kind"] == UNSUPPORTED
    s = state["sections"]
    assert s["system"]["hostname"] == socket.gethostname()
    assert s["cpu"]["logical"] >= 1 and s["memory"]["total"] > s["memory"]["available"] > 0
    assert any(i["loopback"] for i in s["network"]["interfaces"])
    for i in s["network"]["interfaces"]:
        assert i["duplex"] in ("full", "half", "unknown") or "duplex" in i["unknown"]
        assert i["mac"] is None or (len(i["mac"]) == 17 and i["mac"] == i["mac"].lower())
        assert all(isinstance(a["prefix"], int) for a in i["ipv4"])
    assert os.getpid() in {p["pid"] for p in s["processes"]["processes"]}
    assert s["dns"]["source"] in ("resolv.conf", "systemd-resolved", "registry")


def test_a_listening_socket_shows_with_its_process():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    port = srv.getsockname()[1]
    try:
        data = RealMachine().section("sockets")
    finally:
        srv.close()
    mine = [s for s in data["listening"] if s["port"] == port]
    assert mine and mine[0]["proto"] == "tcp" and mine[0]["address"] == "127.0.0.1"
    if mine[0]["pid"] is not None:
        assert mine[0]["pid"] == os.getpid() and mine[0]["process"]


def test_tcp_connect_open_and_closed():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    port = srv.getsockname()[1]
    m = RealMachine()
    try:
        ok = m.tcp_connect("127.0.0.1", port, 1.0)
    finally:
        srv.close()
    assert ok["ok"] is True and ok["error"] is None and ok["port"] == port
    closed = m.tcp_connect("127.0.0.1", port, 1.0)
    assert closed["ok"] is False and closed["error"] == "connection refused"


def test_resolve_through_the_system_resolver():
    out = RealMachine().resolve("localhost", "A")
    assert out["addresses"] and out["addresses"][0].startswith("127.") and out["error"] is None
    assert out["server"] is None and out["rdtype"] == "A"


def test_resolve_a_dead_server_times_out_within_its_timeout():
    t0 = time.perf_counter()
    out = RealMachine().resolve("intranet.lab.local", "A", server="192.0.2.1", timeout=0.3)
    assert out["error"]["kind"] == "timeout" and out["addresses"] == []
    assert time.perf_counter() - t0 < 2.0


def test_file_lookup(tmp_path):
    f = tmp_path / "rapport.txt"
    body = "Intervention terminée\n".encode() * 10
    f.write_bytes(body)
    m = RealMachine()
    out = m.file(str(f), text=True, digest=True)
    assert out["exists"] and out["is_file"] and out["size"] == len(body) and out["error"] is None
    assert out["sha256"] == hashlib.sha256(body).hexdigest()
    assert out["text"] == body.decode() and out["text_truncated"] is False
    plain = m.file(str(f))  # presence only: the content is neither read nor hashed
    assert plain["text"] is None and plain["sha256"] is None and plain["size"] == len(body)
    assert m.file(str(f), text=True)["sha256"] is None
    assert m.file(str(tmp_path / "absent"))["exists"] is False
    d = m.file(str(tmp_path), text=True, digest=True)
    assert d["exists"] is True and d["is_file"] is False and d["sha256"] is None


def test_file_text_is_cut_at_one_mebibyte(tmp_path):
    f = tmp_path / "big.log"
    f.write_bytes(b"a" * (1024 * 1024 + 10))
    out = RealMachine().file(str(f), text=True)
    assert len(out["text"]) == 1024 * 1024 and out["size"] == 1024 * 1024 + 10 and out["text_truncated"] is True
    f.write_bytes(b"a" * (1024 * 1024))  # exactly the limit: all of it was read
    assert RealMachine().file(str(f), text=True)["text_truncated"] is False


@pytest.mark.skipif(sys.platform != "linux", reason="a sparse file of many gigabytes (Linux filesystems)")
def test_a_huge_file_is_looked_up_without_reading_it(tmp_path):
    """b3-disque-plein: the fill files and the customer's archive are gigabytes (fallocate). Presence, size
    and owner come from os.stat(); the text is its first MiB; the digest is not computed over the limit."""
    from aimm_lab.machine.base import FILE_DIGEST_LIMIT, MachineView

    huge = tmp_path / "fill01.bin"
    with open(huge, "wb") as f:
        f.truncate(64 * 1024**3)  # 64 GiB of holes: reading it whole would take minutes
    m = RealMachine()
    t0 = time.perf_counter()
    out = m.file(str(huge))
    assert out["exists"] is True and out["size"] == 64 * 1024**3 and out["sha256"] is None and out["text"] is None
    assert "unknown" not in out or "sha256" not in out["unknown"]  # not asked, not a failure
    out = m.file(str(huge), digest=True)
    assert out["sha256"] is None and out["unknown"]["sha256"]["kind"] == "unsupported"
    out = m.file(str(huge), text=True)
    assert len(out["text"]) == 1024 * 1024 and out["text_truncated"] is True
    assert time.perf_counter() - t0 < 2.0
    # At the limit itself the digest is computed.
    edge = tmp_path / "edge.bin"
    with open(edge, "wb") as f:
        f.truncate(FILE_DIGEST_LIMIT)
    assert m.file(str(edge), digest=True)["sha256"] is not None
    # One pass's view: presence first, then the digest: the file is read again for it, once.
    view = MachineView(m)
    assert view.file(str(edge))["sha256"] is None
    assert view.file(str(edge), digest=True)["sha256"] is not None
    assert view.file(str(edge))["sha256"] is not None
    assert view.file(str(edge), text=True)["text_truncated"] is True and view.file(str(edge))["sha256"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every file")
def test_file_denied(tmp_path):
    f = tmp_path / "secret"
    f.write_text("x")
    f.chmod(0)
    assert RealMachine().file(str(f), text=True)["error"] == "denied"


def test_cpu_load_sees_a_busy_process():
    stop = threading.Event()

    def spin():
        while not stop.is_set():
            pass

    t = threading.Thread(target=spin, daemon=True)
    t.start()
    try:
        out = RealMachine().cpu_load(0.5)
    finally:
        stop.set()
        t.join()
    me = [p for p in out["top"] if p["pid"] == os.getpid()]
    assert out["window_s"] == 0.5 and len(out["top"]) <= 10
    assert me and me[0]["percent"] > 100 / (os.cpu_count() or 1) / 3, out


def test_call_with_timeout_leaves_a_hung_call_behind():
    t0 = time.perf_counter()
    with pytest.raises(ProbeError) as e:
        call_with_timeout(lambda: time.sleep(5), 0.2, "disk usage")
    assert e.value.kind == TIMEOUT and time.perf_counter() - t0 < 1.0
    assert call_with_timeout(lambda: 42, 1.0, "x") == 42
    with pytest.raises(ZeroDivisionError):
        call_with_timeout(lambda: 1 / 0, 1.0, "x")


@pytest.mark.skipif(current_platform() != "linux", reason="POSIX tools")
def test_run_tool_errors_are_probe_errors():
    with pytest.raises(ProbeError) as e:
        run_tool(["/nonexistent/systemctl"])
    assert e.value.kind == UNSUPPORTED
    with pytest.raises(ProbeError) as e:
        run_tool(["false"])
    assert e.value.kind == FAILED
    with pytest.raises(ProbeError) as e:
        run_tool(["sleep", "5"], timeout=0.2)
    assert e.value.kind == TIMEOUT


@pytest.mark.skipif(shutil.which("gsettings") is None, reason="gsettings not installed")
def test_gnome_proxy_settings_are_read_in_a_desktop_session(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")  # settings in a file: no session bus needed
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    for args in (["org.gnome.system.proxy", "mode", "manual"],
                 ["org.gnome.system.proxy.http", "host", "10.10.10.66"],
                 ["org.gnome.system.proxy.http", "port", "3128"],
                 ["org.gnome.system.proxy", "ignore-hosts", "['*.lab.local', 'localhost']"]):
        subprocess.run(["gsettings", "set", *args], check=True)
    monkeypatch.delenv("XDG_CURRENT_DESKTOP", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    assert RealMachine().section("proxy")["source"] == "none"  # outside a desktop session: env only
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")
    px = RealMachine().section("proxy")
    assert (px["enabled"], px["http"], px["https"], px["no_proxy"], px["source"]) == (
        True, "http://10.10.10.66:3128", "http://10.10.10.66:3128", ["*.lab.local", "localhost"], "gsettings")
    assert [x["source"] for x in px["sources"] if x["enabled"]] == ["gsettings"]
    monkeypatch.setenv("https_proxy", "http://192.168.10.1:8080")  # the environment wins
    assert RealMachine().section("proxy")["source"] == "env"


def test_unknown_section_is_unsupported():
    with pytest.raises(ProbeError) as e:
        RealMachine().section("scanners")
    assert e.value.kind == UNSUPPORTED


def test_probe_json_round_trips_through_recorded_machine(tmp_path, capsys):
    out = tmp_path / "poste.json"
    assert main(["probe", "--json", "--out", str(out)]) == 0
    recorded = RecordedMachine.load(out)
    live = read_all(RealMachine(), ("network",))
    assert [i["name"] for i in recorded.section("network")["interfaces"]] == \
        [i["name"] for i in live["sections"]["network"]["interfaces"]]
    for name in SECTIONS:
        try:
            recorded.section(name)
        except ProbeError as e:
            assert recorded.state["errors"][name]["kind"] == e.kind
    # and the state answers checks as the live machine does
    view = MachineView(recorded)
    assert view.section("system")["hostname"] == socket.gethostname()
    capsys.readouterr()
    assert main(["probe", "--json", "-s", "hardware"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed["sections"]) | set(printed["errors"]) == {"system", "cpu", "memory", "battery", "health"}
    RecordedMachine(printed)


def test_probe_reads_well_in_both_languages(capsys):
    assert main(["probe", "-s", "network", "--lang", "fr"]) == 0
    fr = capsys.readouterr().out
    assert "== Réseau ==" in fr and "Passerelle par défaut" in fr and "IPv4" in fr
    assert main(["probe", "-s", "storage", "--lang", "en"]) == 0
    en = capsys.readouterr().out
    assert "== Disks ==" in en and "free" in en and "{" not in en


def test_importing_the_probe_never_imports_qt():
    code = "import sys, aimm_lab.machine.real; print(sorted(m for m in sys.modules if 'PySide' in m or 'Qt' in m))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_configuration_files_are_read_whole_up_to_their_limit(tmp_path):
    """resolv.conf, hosts, printers.conf, lease files...: read whole, but a file over 16 MiB (a runaway
    log written in the wrong place, a device node) is not read: UNSUPPORTED with the limit, never a hang."""
    from aimm_lab.machine.base import CONFIG_FILE_LIMIT, ProbeError, read_bounded
    from aimm_lab.machine.real import read_text_file

    ok = tmp_path / "hosts"
    ok.write_bytes(b"127.0.0.1 localhost\n" * 1000)
    assert read_text_file(str(ok)).count("localhost") == 1000
    big = tmp_path / "resolv.conf"
    with open(big, "wb") as f:
        f.truncate(CONFIG_FILE_LIMIT + 1)
    with pytest.raises(ProbeError) as e:
        read_text_file(str(big))
    assert e.value.kind == "unsupported" and "16 MiB" in e.value.detail
    with open(big, "wb") as f:
        f.truncate(CONFIG_FILE_LIMIT)
    assert len(read_bounded(str(big))) == CONFIG_FILE_LIMIT
    if os.path.exists("/dev/zero"):  # no size to stat: still bounded
        with pytest.raises(ProbeError):
            read_bounded("/dev/zero")
