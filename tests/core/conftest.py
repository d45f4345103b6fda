"""Core tests: no Qt. Each test gets its own data folder so nothing leaks into the user's."""

import pytest


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    monkeypatch.setenv("AIMM_LAB_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("AIMM_LAB_DB", raising=False)
    monkeypatch.delenv("AIMM_LAB_PROFILE", raising=False)
    monkeypatch.delenv("AIMM_LAB_SCENARIOS", raising=False)
    return tmp_path / "home"
