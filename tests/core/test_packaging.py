"""A built wheel finds its built-in scenarios and pictures from outside the repository."""

import json
import os
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The core's dependencies as pyproject.toml lists them, without Qt: the wheel's command line runs without it.
CORE_DEPS = [r for r in tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
             if not r.lower().startswith("pyside6")]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    # Built from a copy of the sources: a build/ folder left in a checkout by an earlier build would
    # otherwise put files that are no longer in the sources into the wheel.
    src = tmp_path_factory.mktemp("src") / "aimm-lab"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info",
                                                             "__pycache__", ".pytest_cache", ".ruff_cache"))
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(src)],
                   check=True, capture_output=True, cwd=tmp_path_factory.mktemp("cwd"))
    wheels = list(out.glob("aimm_lab-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_wheel_lists_builtin_scenarios_from_outside_the_repository(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")  # where venv puts programs on each system
    py = bindir / "python"
    pip = [str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run(pip + CORE_DEPS, check=True, capture_output=True)
    subprocess.run(pip + ["--no-deps", str(wheel)], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIMM_LAB", "PYTHON"))}
    env["AIMM_LAB_HOME"] = str(tmp_path / "home")
    run = subprocess.run([str(bindir / "aimm-lab"), "scenarios", "list", "--json"], cwd=elsewhere,
                         capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    items = json.loads(run.stdout)
    repo_ids = {p.stem for p in (ROOT / "scenarios").rglob("*.toml")}
    assert {i["id"] for i in items} == repo_ids
    for item in items:
        assert "site-packages" in item["path"] and str(ROOT) not in item["path"]
        assert {"id", "version", "block", "competences", "kind", "title", "path"} <= set(item)
    # the fixtures ship too: the installed program can replay them
    run = subprocess.run([str(bindir / "aimm-lab"), "scenarios", "test"], cwd=elsewhere,
                         capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stdout + run.stderr


def test_wheel_ships_no_developer_tools(wheel):
    """Screenshots and translation tools live in tools/ and stay out of the installed program;
    the compiled translations ship."""
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "ui/attempt_page.py" in names and "ui/i18n/aimm_lab_en.qm" in names
    assert not [n for n in names if n.startswith("tools/") or "screenshots" in n or n.endswith("i18n/update.py")]
    assert not [n for n in names if n.endswith(".ts")]
