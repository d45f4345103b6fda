"""The trainer PIN: scrypt digest only, growing delay after wrong tries, kept across restarts."""

from __future__ import annotations

import pytest

from aimm_lab.store.db import Store
from aimm_lab.trainer.pin import (
    FREE_TRIES,
    LOCK_KEY,
    MAX_DELAY_S,
    PIN_KEY,
    PinGuard,
    PinInvalid,
    PinLocked,
    PinNotSet,
    PinWrong,
    delay_after,
)

PIN = "73915064"


class Clock:
    def __init__(self, t=1_800_000_000.0):
        self.t = t

    def __call__(self):
        return self.t


@pytest.fixture(autouse=True)
def cheap_digest(monkeypatch):
    """Fast digests here: the product's cost is measured in test_lone_exam.py."""
    monkeypatch.setattr("aimm_lab.trainer.pin.SCRYPT", {"n": 2**10, "r": 8, "p": 1})


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "lab.db")
    yield s
    s.close()


def test_first_use_sets_the_pin_then_it_is_required(store):
    g = PinGuard(store)
    assert not g.is_set()
    with pytest.raises(PinNotSet):
        g.verify(PIN)
    g.set_pin(PIN)
    assert g.is_set()
    g.verify(PIN)  # no exception: right PIN
    with pytest.raises(PinWrong):
        g.verify("00000000")


@pytest.mark.parametrize("bad", ["", "123", "12a4", "1234567890123", "0000", "123456", "98765", " "])
def test_new_pins_that_are_refused(store, bad):
    with pytest.raises(PinInvalid) as e:
        PinGuard(store).set_pin(bad)
    assert e.value.message("fr") and e.value.message("en")
    assert not PinGuard(store).is_set()


def test_changing_the_pin_needs_the_current_one(store):
    g = PinGuard(store)
    g.set_pin(PIN)
    with pytest.raises(PinWrong):
        g.set_pin("24681357", current="11112222")
    g.verify(PIN)  # unchanged
    g.set_pin("24681357", current=PIN)
    g.verify("24681357")
    with pytest.raises(PinWrong):
        g.verify(PIN)


def test_delay_grows_and_is_capped():
    assert [delay_after(n) for n in range(1, FREE_TRIES)] == [0] * (FREE_TRIES - 1)
    assert [delay_after(n) for n in range(FREE_TRIES, FREE_TRIES + 5)] == [5, 10, 20, 40, 80]
    assert delay_after(50) == MAX_DELAY_S


def test_wrong_pins_lock_out_even_the_right_one_until_the_delay_ends(store):
    clock = Clock()
    g = PinGuard(store, now=clock)
    g.set_pin(PIN)
    for n in range(1, FREE_TRIES):
        with pytest.raises(PinWrong) as e:
            g.verify("11112222")
        assert e.value.wait_s == 0 and e.value.failures == n
    with pytest.raises(PinWrong) as e:
        g.verify("11112222")
    assert e.value.wait_s == 5
    assert "5 s" in e.value.message("fr")
    # Locked: the right PIN is not even looked at.
    clock.t += 4
    with pytest.raises(PinLocked) as e:
        g.verify(PIN)
    assert e.value.wait_s == pytest.approx(1)
    clock.t += 1.01
    with pytest.raises(PinWrong) as e:
        g.verify("11112222")
    assert e.value.wait_s == 10  # grows
    clock.t += 10.01
    g.verify(PIN)
    assert g.lock_state().failures == 0  # a right PIN clears the count
    with pytest.raises(PinWrong) as e:
        g.verify("11112222")
    assert e.value.wait_s == 0


def test_the_delay_survives_closing_and_reopening(tmp_path):
    clock = Clock()
    path = tmp_path / "lab.db"
    with Store(path) as s:
        g = PinGuard(s, now=clock)
        g.set_pin(PIN)
        for _ in range(FREE_TRIES + 1):
            with pytest.raises(PinWrong):
                g.verify("11112222")
            clock.t += 6
        clock.t -= 6
    with Store(path) as s:
        g = PinGuard(s, now=clock)
        assert g.wait_s() > 0
        with pytest.raises(PinLocked):
            g.verify(PIN)
        assert g.lock_state().failures == FREE_TRIES + 1


def test_the_pin_is_never_stored_in_clear(tmp_path):
    path = tmp_path / "lab.db"
    with Store(path) as s:
        g = PinGuard(s)
        g.set_pin(PIN)
        g.verify(PIN)
        record = s.get_setting(PIN_KEY)
        assert set(record) == {"alg", "n", "r", "p", "salt", "hash", "set_at"}
        assert record["alg"] == "scrypt" and len(record["salt"]) == 32 and len(record["hash"]) == 64
        assert s.get_setting(LOCK_KEY) is None or s.get_setting(LOCK_KEY)["failures"] == 0
    for f in tmp_path.iterdir():  # the database, its WAL and anything beside it
        data = f.read_bytes()
        assert PIN.encode() not in data, f
        assert PIN.encode("utf-16-le") not in data, f


def test_two_installs_salt_the_same_pin_differently(tmp_path):
    with Store(tmp_path / "a.db") as a, Store(tmp_path / "b.db") as b:
        PinGuard(a).set_pin(PIN)
        PinGuard(b).set_pin(PIN)
        ra, rb = a.get_setting(PIN_KEY), b.get_setting(PIN_KEY)
        assert ra["salt"] != rb["salt"] and ra["hash"] != rb["hash"]
