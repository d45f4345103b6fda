"""The time a system tool may take (systemctl, gsettings) can be raised for a very slow lab PC."""

from aimm_lab.machine import real


def test_tool_timeout_default(monkeypatch):
    monkeypatch.delenv("AIMM_LAB_TOOL_TIMEOUT", raising=False)
    assert real._tool_timeout() == 8.0


def test_tool_timeout_from_the_environment(monkeypatch):
    monkeypatch.setenv("AIMM_LAB_TOOL_TIMEOUT", "120")
    assert real._tool_timeout() == 120.0


def test_tool_timeout_ignores_nonsense(monkeypatch):
    for bad in ("abc", "0", "-3", "100000"):
        monkeypatch.setenv("AIMM_LAB_TOOL_TIMEOUT", bad)
        assert real._tool_timeout() == 8.0
