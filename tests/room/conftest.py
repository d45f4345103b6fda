"""The room's tests: a real room on 127.0.0.1 per test (roomkit.py)."""

from __future__ import annotations

import pytest
from roomkit import RoomKit


@pytest.fixture
def kit(tmp_path):
    k = RoomKit(tmp_path)
    try:
        yield k
    finally:
        k.close()
