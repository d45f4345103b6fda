"""The scenario loader: every problem of a file at once, with file:line, key path and a hint;
bad files never stop the others; only the project's own error type ever escapes."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aimm_lab.cli import main
from aimm_lab.errors import ScenarioFileError
from aimm_lab.scenarios.loader import MAX_BYTES, discover, load_file, load_text

GOOD = """\
schema = 1
id = "b2-test"
version = 2
block = "B2"
competences = ["B2.2"]
kind = "network"

[title]
fr = "Adresse fixe"
en = "Static address"

[brief]
fr = "Mme Leroy n'a plus de réseau."

[variables]
address = "{lab.subnet_prefix}.{seat+100}"

[[preconditions]]
type = "ipv4_address"
interface = "{lab.interface}"
address = "{address}"
expect = false

[[tasks]]
id = "adresse"
points = 4
title.fr = "Adresse IPv4"
  [[tasks.checks]]
  type = "ipv4_address"
  interface = "{lab.interface}"
  address = "{address}"
  prefix = 24

[[tasks]]
id = "client"
kind = "rubric"
points = 1
title.fr = "Relation client"
  [[tasks.rubric]]
  fr = "Reformule la demande"
  points = 1
"""


def write(tmp_path: Path, text: str | bytes, name="s.toml") -> Path:
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def test_good_file_loads(tmp_path):
    s = load_file(write(tmp_path, GOOD))
    assert s.id == "b2-test" and s.version == 2 and s.block == "B2"
    assert [t.id for t in s.tasks] == ["adresse", "client"]
    assert s.tasks[0].checks[0].params["prefix"] == 24
    assert s.title.get("en") == "Static address"
    assert s.brief.get("en") == s.brief.get("fr")  # en falls back to fr
    assert len(s.sha256) == 64


def test_typo_in_check_type_names_line_keypath_and_suggestion(tmp_path):
    bad = GOOD.replace('type = "ipv4_address"\n  interface', 'type = "ipv4_adress"\n  interface')
    with pytest.raises(ScenarioFileError) as e:
        load_file(write(tmp_path, bad))
    lines = e.value.lines("en")
    assert len(lines) == 1
    line_no = bad.splitlines().index('  type = "ipv4_adress"') + 1
    assert lines[0].startswith(f"{tmp_path / 's.toml'}:{line_no}: tasks[0].checks[0].type: ")
    assert 'did you mean "ipv4_address"' in lines[0]


def test_all_errors_of_a_file_at_once(tmp_path):
    bad = (GOOD.replace('block = "B2"', 'block = "B4"')
           .replace("prefix = 24", "prefix = 99\n  colour = \"red\"")
           .replace('competences = ["B2.2"]', 'competences = ["B2.9"]')
           .replace('address = "{lab.subnet_prefix}.{seat+100}"', 'address = "{lab.subnet_prefx}.{seat*2}"'))
    with pytest.raises(ScenarioFileError) as e:
        load_file(write(tmp_path, bad))
    text = "\n".join(e.value.lines("en"))
    for needle in ("block", "competences[0]", "tasks[0].checks[0].prefix", "tasks[0].checks[0].colour",
                   "variables.address"):
        assert needle in text, needle
    assert len(e.value.problems) >= 5
    # lines are real: the block error points at the block line
    block_line = bad.splitlines().index('block = "B4"') + 1
    assert any(p.keypath == "block" and p.line == block_line for p in e.value.problems)


def test_unknown_keys_are_errors(tmp_path):
    bad = GOOD.replace("points = 4\n", "points = 4\npionts = 3\n")
    with pytest.raises(ScenarioFileError) as e:
        load_file(write(tmp_path, bad))
    assert 'unknown key "pionts" (did you mean "points"?)' in e.value.message("en")


def test_french_messages_by_default(tmp_path):
    bad = GOOD.replace('kind = "network"', 'kind = "netwrk"')
    with pytest.raises(ScenarioFileError) as e:
        load_file(write(tmp_path, bad))
    assert "nature inconnue « netwrk » (vouliez-vous dire « network » ?)" in e.value.message("fr")


@pytest.mark.parametrize("content, needle", [
    ("", "empty file"),
    ("   \n# only a comment\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00binary", "binary file"),
    ("id = 'caf\xe9'".encode("latin-1"), "not UTF-8"),
    ("schema = 2\nid = 'x'\n", "newer than this program"),
    ("schema = 1\nid = [unclosed\n", "invalid TOML"),
])
def test_bad_files_get_a_clear_message(tmp_path, content, needle):
    with pytest.raises(ScenarioFileError) as e:
        load_file(write(tmp_path, content))
    assert needle in e.value.message("en")
    assert e.value.problems[0].line >= 1


def test_ten_megabyte_file_is_refused_quickly(tmp_path):
    p = tmp_path / "big.toml"
    p.write_text(GOOD + "# " + "x" * (10 * 1024 * 1024) + "\n", encoding="utf-8")
    assert p.stat().st_size > MAX_BYTES
    with pytest.raises(ScenarioFileError) as e:
        load_file(p)
    assert "too large" in e.value.message("en")


def test_fixture_path_outside_the_scenario_folder_is_refused(tmp_path):
    (tmp_path / "outside.json").write_text("{}")
    folder = tmp_path / "b2"
    folder.mkdir()
    bad = GOOD + '\n[fixtures]\nbroken = "../outside.json"\nsolved = "/etc/passwd"\n'
    with pytest.raises(ScenarioFileError) as e:
        load_file(write(folder, bad))
    msg = e.value.message("en")
    assert msg.count("leaves the scenario's folder") == 2


def test_a_bad_file_does_not_stop_the_others(tmp_path):
    write(tmp_path, GOOD, "good.toml")
    write(tmp_path, GOOD.replace('id = "b2-test"', 'id = "b2-other"').replace("schema = 1", "schema = 1\nfoo = 1"),
          "bad.toml")
    write(tmp_path, b"\xff\xfe\x00garbage", "garbage.toml")
    lib = discover([tmp_path])
    assert [s.id for s in lib.scenarios] == ["b2-test"]
    assert sorted(e.path.name for e in lib.errors) == ["bad.toml", "garbage.toml"]


def test_duplicate_ids_are_reported(tmp_path):
    write(tmp_path, GOOD, "a.toml")
    write(tmp_path, GOOD, "b.toml")
    lib = discover([tmp_path])
    assert len(lib.scenarios) == 1 and len(lib.errors) == 1
    assert "already used" in lib.errors[0].message("en")


def test_validate_cli_exits_2_with_file_and_line(tmp_path, capsys):
    p = write(tmp_path, GOOD.replace("points = 4", 'points = "four"'))
    assert main(["--lang", "en", "scenarios", "validate", str(p)]) == 2
    err = capsys.readouterr().err
    line_no = GOOD.splitlines().index("points = 4") + 1
    assert f"{p}:{line_no}: tasks[0].points: expected integer / number" in err


def test_validate_cli_exits_0_on_good_files(tmp_path, capsys):
    p = write(tmp_path, GOOD)
    assert main(["scenarios", "validate", str(p)]) == 0


def test_quote_document_totals_are_cross_checked(tmp_path):
    doc = GOOD + """
[[tasks]]
id = "devis"
kind = "quote"
points = 2
title.fr = "Devis"
  [tasks.document]
  seller = { name = "InfoDépann' SAS", siren = "732829320", vat_number = "FR44732829320" }
  client = { name = "Cabinet Martin SARL", professional = true }
  labour_discount_percent = "10"
  deposit_percent = "30"
  expected = { total_ht = "296.00", vat = "59.20", total_ttc = "355.21" }
    [[tasks.document.lines]]
    designation = "Diagnostic atelier"
    quantity = "1"
    unit_price = "39.00"
    [[tasks.document.lines]]
    designation = "Main d'œuvre"
    quantity = "5.5"
    unit_price = "48.00"
    labour = true
"""
    with pytest.raises(ScenarioFileError) as e:
        load_file(write(tmp_path, doc))
    msg = e.value.message("en")
    assert "tasks[2].document.expected.total_ht: the scenario states 296.00 but the lines give 276.60" in msg
    assert "expected.vat: the scenario states 59.20 but the lines give 55.32" in msg
    assert "expected.total_ttc: the scenario states 355.21 but the lines give 331.92" in msg


# --------------------------------------------------------------------------- fuzzing

toml_scalar = st.one_of(st.integers(-10**6, 10**6), st.booleans(), st.text(max_size=20),
                        st.floats(allow_nan=False, allow_infinity=False))
keys = st.sampled_from(["schema", "id", "version", "block", "competences", "kind", "title", "brief", "tasks",
                        "checks", "type", "points", "fr", "en", "expect", "interface", "address", "rubric",
                        "fixtures", "variables", "questions", "document", "lines", "match", "zz"])
toml_value = st.recursive(toml_scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=5)), max_leaves=25)


def to_toml(d: dict) -> str:
    """A tiny TOML writer for fuzzing (inline tables only)."""
    def val(v):
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int | float):
            return repr(v)
        if isinstance(v, str):
            return json.dumps(v)
        if isinstance(v, list):
            return "[" + ", ".join(val(x) for x in v) + "]"
        return "{" + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + "}"

    return "\n".join(f"{k} = {val(v)}" for k, v in d.items()) + "\n"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(keys, toml_value, max_size=10))
def test_fuzz_structures_only_raise_our_error(data):
    try:
        load_text(to_toml(data), Path("fuzz.toml"))
    except ScenarioFileError as e:
        assert e.problems and all(p.line >= 1 for p in e.problems)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.printable + "éà[]{}=\"'\n", max_size=400))
def test_fuzz_garbage_text_only_raises_our_error(text):
    try:
        load_text(text, Path("fuzz.toml"))
    except ScenarioFileError as e:
        assert e.problems


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(GOOD.splitlines()), st.text(max_size=30))
def test_fuzz_mutated_good_file(line, junk):
    text = GOOD.replace(line, line + junk, 1)
    try:
        load_text(text, Path("fuzz.toml"))
    except ScenarioFileError as e:
        assert e.problems


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_fuzz_binary_files_only_raise_our_error(tmp_path_factory, data):
    p = tmp_path_factory.mktemp("fz") / "x.toml"
    p.write_bytes(data)
    try:
        load_file(p)
    except ScenarioFileError as e:
        assert e.problems
