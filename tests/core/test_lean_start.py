"""`aimm-lab check` and `aimm-lab probe` start with what they use: no exam engine, no store (sqlite_utils),
no DNS library unless a look-up needs it. On a lab PC every verification is one such start-up; under
the lab VM's emulation the engine's import alone cost seconds per call."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("aimm_lab.exam.engine", "aimm_lab.store.db", "sqlite_utils", "dns.resolver", "dateutil", "urllib.request",
         "http.client")

CODE = """
import json, sys
from aimm_lab.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def start(tmp_path: Path, *args: str) -> tuple[int, set[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIMM_LAB")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               AIMM_LAB_DB=str(tmp_path / "lab.db"))
    r = subprocess.run([sys.executable, "-c", CODE, *args], capture_output=True, text=True, env=env, cwd=ROOT,
                       timeout=120)
    last = r.stderr.strip().splitlines()[-1]
    out = json.loads(last)
    return out["code"], set(out["modules"])


def test_check_of_a_recorded_state_loads_no_engine_no_store_no_live_reader(tmp_path):
    fixture = ROOT / "scenarios" / "b3" / "fixtures" / "b3-apipa" / "broken.json"
    code, mods = start(tmp_path, "check", "b3-apipa", "--state", str(fixture), "--json")
    assert code == 1  # the broken state fails, as its fixture test says
    assert "aimm_lab.grade" in mods and "aimm_lab.scenarios.loader" in mods
    assert not {m for m in mods if m.startswith(HEAVY)}
    assert "aimm_lab.machine.real" not in mods and "psutil" not in mods


def test_live_check_and_probe_load_no_engine_no_store(tmp_path):
    code, mods = start(tmp_path, "check", "b3-carte-desactivee", "--json")
    assert code in (0, 1) and "aimm_lab.machine.real" in mods
    assert not {m for m in mods if m.startswith(HEAVY)}
    code, mods = start(tmp_path, "probe", "--json", "--section", "network")
    assert code == 0
    assert not {m for m in mods if m.startswith(HEAVY)} and "aimm_lab.grade" not in mods


def test_check_still_refuses_during_an_exam_with_a_database(tmp_path):
    """With a database the exam engine is loaded to look for an open exam (none here): check still runs."""
    from aimm_lab.store.db import Store

    Store(str(tmp_path / "lab.db")).close()
    fixture = ROOT / "scenarios" / "b3" / "fixtures" / "b3-apipa" / "solved.json"
    code, mods = start(tmp_path, "check", "b3-apipa", "--state", str(fixture), "--json")
    assert code == 0 and "aimm_lab.exam.engine" in mods


ENVIRONMENTS = [
    {},
    {"http_proxy": "http://10.0.0.1:3128", "HTTPS_PROXY": "http://10.0.0.1:3128", "no_proxy": "localhost,.lab.local"},
    {"HTTP_PROXY": "http://upper:8080", "http_proxy": "http://lower:3128"},
    {"HTTP_PROXY": "http://upper:8080", "http_proxy": ""},  # an empty lower-case one removes it
    {"HTTP_PROXY": "http://from-a-client-header:80", "REQUEST_METHOD": "GET"},  # CGI: HTTP_PROXY ignored
    {"http_proxy": "http://kept:3128", "REQUEST_METHOD": "GET", "ALL_PROXY": "socks5://10.0.0.9:1080"},
    {"Ftp_Proxy": "ftp://mixed:21", "PATH": "/usr/bin", "proxy": "not-a-proxy-variable"},
]


def test_the_proxy_environment_is_read_as_urllib_reads_it():
    import urllib.request
    from unittest import mock

    from aimm_lab.machine.real import proxies_environment

    for env in ENVIRONMENTS:
        with mock.patch.dict(os.environ, env, clear=True):
            assert proxies_environment(os.environ) == urllib.request.getproxies_environment(), env


def test_a_scenario_found_by_id_is_the_one_the_library_gives(tmp_path, monkeypatch):
    """`aimm-lab check ID` loads only that scenario's file, and gets the same scenario as the whole library
    would: the first file declaring the id; a later duplicate is ignored; an id whose first file does not
    load falls back to the library."""
    from aimm_lab.scenarios.loader import declared_id, discover, find

    monkeypatch.setenv("AIMM_LAB_SCENARIOS", str(tmp_path / "extra"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    extra = tmp_path / "extra"
    extra.mkdir()
    text = (ROOT / "scenarios" / "b3" / "b3-apipa.toml").read_text(encoding="utf-8")
    text = text[: text.index("\n[fixtures]")] + "\n"  # its fixtures stay with the built-in one
    (extra / "copie.toml").write_text(text, encoding="utf-8")  # the same id, later in the order
    (extra / "casse.toml").write_text('schema = 1\nid = "t-casse"\n[title]\nfr = 3\n', encoding="utf-8")
    (extra / "a-casse.toml").write_text('schema = 1\nid = "b3-double"\n[title]\nfr = 3\n', encoding="utf-8")
    (extra / "b-bon.toml").write_text(text.replace('id = "b3-apipa"', 'id = "b3-double"', 1), encoding="utf-8")
    lib = discover()
    assert any("copie.toml" in str(e.path) and "déjà pris" in str(e.lines("fr")) for e in lib.errors)
    assert lib.get("b3-double").path.name == "b-bon.toml" and find("b3-double").path.name == "b-bon.toml"
    for s in lib.scenarios:
        found = find(s.id)
        assert found is not None and found.path == s.path and found.sha256 == s.sha256, s.id
    assert find("t-casse") is None and lib.get("t-casse") is None
    assert find("b9-inconnu") is None
    assert declared_id("schema = 1\nid = 'b1-x' # commentaire\n") == "b1-x"
    assert declared_id('schema = 1\n[title]\nid = "b1-x"\n') is None
