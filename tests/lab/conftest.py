"""Real network namespaces: a lab PC, a router, a DNS server. Root only; skipped with the reason
otherwise. Every test gets its own lab, torn down even when the test fails."""

from __future__ import annotations

import pytest
from netlab import NetLab, unavailable_reason

_REASON: list[str | None] = []


def _reason() -> str | None:
    if not _REASON:
        _REASON.append(unavailable_reason())
    return _REASON[0]


@pytest.fixture
def netlab(tmp_path):
    reason = _reason()
    if reason:
        pytest.skip(reason)
    lab = NetLab(tmp_path / "lab")
    try:
        lab.up()
        yield lab
    finally:
        lab.down()


@pytest.fixture(scope="module")
def module_netlab(tmp_path_factory):
    """One lab shared by a module's read-only tests."""
    reason = _reason()
    if reason:
        pytest.skip(reason)
    lab = NetLab(tmp_path_factory.mktemp("lab"))
    try:
        lab.up()
        yield lab
    finally:
        lab.down()
