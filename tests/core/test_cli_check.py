"""`aimm-lab check`: exit codes, the stable JSON shape, --record round trip, languages, usage errors."""

from __future__ import annotations

import json

from aimm_lab.cli import main

SCENARIO = """\
schema = 1
id = "t-static"
version = 1
block = "B2"
competences = ["B2.2"]
kind = "network"
title.fr = "Adresse fixe"
title.en = "Static address"
brief.fr = "Poste sans réseau."

[variables]
address = "{lab.subnet_prefix}.{seat+100}"

[[preconditions]]
type = "ipv4_address"
interface = "{lab.interface}"
address = "{address}"
expect = false

[[tasks]]
id = "adresse"
points = 2
title.fr = "Adresse"
  [[tasks.checks]]
  type = "ipv4_address"
  interface = "{lab.interface}"
  address = "{address}"
  prefix = 24
"""


def state(addr: str, prefix: int) -> dict:
    return {
        "format": "aimm-lab-state", "schema": 1, "platform": "linux",
        "lab": {"interface": "eth0", "seat": 12, "subnet": "192.168.10.0/24"},
        "sections": {"network": {"interfaces": [
            {"name": "eth0", "mac": "52:54:00:12:34:56", "ipv4": [{"address": addr, "prefix": prefix}],
             "ipv6": [], "up": True, "speed_mbps": 1000, "duplex": "full", "mtu": 1500}], "gateways": []}},
        "errors": {}, "lookups": {},
    }


def setup(tmp_path):
    sc = tmp_path / "t.toml"
    sc.write_text(SCENARIO, encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(state("169.254.20.7", 16)))
    solved = tmp_path / "solved.json"
    solved.write_text(json.dumps(state("192.168.10.112", 24)))
    return sc, broken, solved


def test_failed_check_exits_1_with_evidence(tmp_path, capsys):
    sc, broken, _ = setup(tmp_path)
    assert main(["check", str(sc), "--state", str(broken), "--json", "--lang", "fr"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["scenario"] == "t-static"
    task = out["tasks"][0]
    assert task["id"] == "adresse" and task["outcome"] == "FAIL"
    check = task["checks"][0]
    assert set(check) >= {"type", "outcome", "expected", "found", "message"}
    assert check["expected"] == "192.168.10.112/24"
    assert check["found"] == "169.254.20.7/16"
    assert check["message"] == "attendu 192.168.10.112/24, trouvé 169.254.20.7/16"
    assert out["preconditions"]["outcome"] == "PASS"


def test_passed_check_exits_0_and_english(tmp_path, capsys):
    sc, _, solved = setup(tmp_path)
    assert main(["check", str(sc), "--state", str(solved), "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "1/1 task(s) passed" in text and "PASSED" in text


def test_record_round_trip(tmp_path, capsys):
    sc, broken, _ = setup(tmp_path)
    rec = tmp_path / "rec.json"
    assert main(["check", str(sc), "--state", str(broken), "--record", str(rec)]) == 1
    recorded = json.loads(rec.read_text(encoding="utf-8"))
    assert recorded["format"] == "aimm-lab-state" and "network" in recorded["sections"]
    assert recorded["lab"]["interface"] == "eth0"
    capsys.readouterr()
    assert main(["check", str(sc), "--state", str(rec), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["tasks"][0]["checks"][0]["found"] == "169.254.20.7/16"


def test_usage_errors_exit_2_without_traceback(tmp_path, capsys):
    sc, _, _ = setup(tmp_path)
    assert main(["check", "no-such-scenario"]) == 2
    err = capsys.readouterr().err
    assert "scénario inconnu" in err and "Traceback" not in err
    bad_state = tmp_path / "bad.json"
    bad_state.write_text("{not json")
    assert main(["check", str(sc), "--state", str(bad_state)]) == 2
    assert "JSON invalide" in capsys.readouterr().err
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({**state("1.2.3.4", 24), "schema": 99}))
    assert main(["--lang", "en", "check", str(sc), "--state", str(newer)]) == 2
    assert "state schema 99" in capsys.readouterr().err
    assert main(["check"]) == 2
    assert main(["no-such-command"]) == 2


def test_missing_lab_value_is_reported_with_the_key_path(tmp_path, capsys):
    sc, broken, _ = setup(tmp_path)
    st = json.loads(broken.read_text(encoding="utf-8"))
    st["lab"] = {"seat": 12}
    st["sections"]["network"]["interfaces"][0]["up"] = True
    st["sections"]["network"]["gateways"] = []
    st["sections"]["network"]["interfaces"] = []  # nothing to detect a subnet or interface from
    broken.write_text(json.dumps(st))
    assert main(["--lang", "en", "check", str(sc), "--state", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "variables.address" in err and "has no value" in err
