"""Known trainees: listed by name for the "who are you" choice, added once whatever the spacing."""

import pytest

from aimm_lab.exam.attempt import AttemptError
from aimm_lab.exam.engine import Engine
from aimm_lab.store.db import Store


def test_trainees_are_listed_by_name_and_added_once(tmp_path):
    store = Store(tmp_path / "t.db")
    eng = Engine(store, machine=None)
    assert store.trainees() == []
    zoe = eng.add_trainee("  Zoé   Blanc ")
    adam = eng.add_trainee("adam Roux")
    assert eng.add_trainee("Zoé Blanc") == zoe
    assert [t["name"] for t in store.trainees()] == ["adam Roux", "Zoé Blanc"]
    assert {t["id"] for t in store.trainees()} == {zoe, adam}
    with pytest.raises(AttemptError):
        eng.add_trainee("   ")
    store.close()
