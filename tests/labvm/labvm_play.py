"""Playing a scenario on the virtual lab PC: the verdicts expected of a broken and a fixed machine,
and the recording of the scenario's Linux fixtures from the guest."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from labvm_pc import REPO, CheckRun


def assert_broken(run: CheckRun, failing: dict[str, str | list[str]], preconditions: bool = True) -> None:
    """`aimm-lab check` exits 1; the preconditions hold (the fault is in place, as "Vérifier la
    préparation" shows it); every machine-checked task fails, each naming what it found."""
    assert run.data is not None, run.summary()
    assert run.returncode == 1, run.summary()
    if preconditions:
        assert run.preconditions() == "PASS", json.dumps(run.data["preconditions"], ensure_ascii=False, indent=1)
    got = run.outcomes()
    assert set(got.values()) == {"FAIL"}, (got, run.summary())
    for task_id, words in failing.items():
        msgs = run.messages(task_id)
        for w in [words] if isinstance(words, str) else words:
            assert w in msgs, (task_id, w, msgs)


def assert_fixed(run: CheckRun) -> None:
    """Exit 0 and every machine-checked task passes."""
    assert run.data is not None, run.summary()
    assert set(run.outcomes().values()) == {"PASS"}, (run.outcomes(), run.summary())
    assert run.returncode == 0, run.summary()
    assert run.data["passed"] is True


def fixture_dir(scenario: str) -> Path:
    block = scenario.split("-")[0]
    return REPO / "scenarios" / block / "fixtures" / scenario


class Recorder:
    """Where a test's recorded states go: a temporary directory, copied over the scenario's Linux
    fixtures (broken.json, solved.json) only when re-recording is asked for and the test reached its
    end (both states proven)."""

    def __init__(self, tmp: Path, enabled: bool):
        self.tmp = tmp
        self.enabled = enabled

    def path(self, scenario: str, name: str) -> Path:
        return self.tmp / scenario / f"{name}.json"

    def save(self, scenario: str, name: str, state: dict) -> Path:
        """A state the product recorded elsewhere (an attempt's journal) kept as this fixture."""
        p = self.path(scenario, name)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(state, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return p

    def commit(self, scenario: str, names: tuple[str, ...] = ("broken", "solved")) -> list[Path]:
        if not self.enabled:
            return []
        out = []
        dest = fixture_dir(scenario)
        for name in names:  # every state proven first: a scenario's fixtures are replaced together or not at all
            src = self.path(scenario, name)
            assert src.exists(), f"{src} was not recorded"
            state = json.loads(src.read_text(encoding="utf-8"))
            assert state.get("platform") == "linux", state.get("platform")
            problems = selftest(scenario, name, src)
            assert not problems, f"the recorded {name} state of {scenario} does not prove it: {problems}"
        for name in names:
            src = self.path(scenario, name)
            dest.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest / f"{name}.json")
            out.append(dest / f"{name}.json")
        return out


def selftest(scenario: str, name: str, path: Path) -> list[str]:
    """What `aimm-lab scenarios test` would say of this state as the scenario's `name` fixture."""
    from aimm_lab.selftest import test_fixture

    s = load_scenario(scenario)
    s.fixtures[name] = path
    return [p.get("en") for p in test_fixture(s, name).problems]


def load_scenario(scenario: str):
    from aimm_lab.scenarios.loader import load_file

    block = scenario.split("-")[0]
    return load_file(REPO / "scenarios" / block / f"{scenario}.toml")
