"""The trainer PIN: set on first use, stored hashed, with a growing delay after wrong tries.

The PIN guards the trainer screens and, during an exam attempt, the actions a trainee must
not take alone: ending, pausing, adding time, quitting.

Storage. Only a scrypt digest is kept, in the database's settings (`trainer_pin`): the
algorithm, its cost parameters, a random salt drawn when the PIN is set, and the digest.
The PIN itself is never written anywhere. Comparison is constant-time (`hmac.compare_digest`).

Delay. The first FREE_TRIES wrong PINs in a row cost nothing; each further wrong PIN doubles
the wait before the next try is even looked at (5 s, 10 s, 20 s ... up to MAX_DELAY_S). The
count and the end of the wait are stored in the database (`trainer_pin_lock`) in the same
transaction that reads them, so closing and reopening the program, or trying from the
command line at the same time, does not reset or bypass it. A right PIN clears them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import AimmError
from ..i18n import T

PIN_KEY = "trainer_pin"
LOCK_KEY = "trainer_pin_lock"
PIN_RE = re.compile(r"^\d{4,12}$")
FREE_TRIES = 3
FIRST_DELAY_S = 5
MAX_DELAY_S = 300
# scrypt cost: about 0.1 s on a lab PC, 32 MiB of memory.
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
MAXMEM = 64 * 1024 * 1024
DKLEN = 32


class PinError(AimmError):
    """A PIN problem the user can act on."""


class PinNotSet(PinError):
    def __init__(self):
        super().__init__(T("aucun code formateur n'est défini sur ce poste : définissez-le d'abord",
                           "no trainer PIN is set on this PC: set it first"))


class PinInvalid(PinError):
    """A new PIN that does not follow the rules."""


class PinWrong(PinError):
    def __init__(self, failures: int, wait_s: float):
        self.failures = failures
        self.wait_s = wait_s
        if wait_s > 0:
            super().__init__(T(f"code formateur incorrect. Attendez {fmt_wait(wait_s)} avant de réessayer.",
                               f"wrong trainer PIN. Wait {fmt_wait(wait_s)} before trying again."))
        else:
            left = FREE_TRIES - failures
            super().__init__(T(f"code formateur incorrect ({left} essai(s) avant un délai d'attente)",
                               f"wrong trainer PIN ({left} try/tries before a waiting delay)"))


class PinLocked(PinError):
    def __init__(self, wait_s: float):
        self.wait_s = wait_s
        super().__init__(T(f"trop de codes incorrects : attendez {fmt_wait(wait_s)} avant de réessayer",
                           f"too many wrong PINs: wait {fmt_wait(wait_s)} before trying again"))


def fmt_wait(seconds: float) -> str:
    s = max(1, math.ceil(seconds))
    if s < 60:
        return f"{s} s"
    m, s = divmod(s, 60)
    return f"{m} min {s:02d} s" if s else f"{m} min"


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (failures - FREE_TRIES))


def check_new_pin(pin: str) -> str:
    pin = str(pin or "").strip()
    if not PIN_RE.match(pin):
        raise PinInvalid(T("le code formateur est fait de 4 à 12 chiffres", "the trainer PIN is 4 to 12 digits"))
    if len(set(pin)) == 1 or pin in "0123456789012" or pin in "9876543210987":
        raise PinInvalid(T("code trop facile à deviner (chiffres tous identiques ou qui se suivent)",
                           "PIN too easy to guess (all the same digit, or consecutive digits)"))
    return pin


def _digest(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=MAXMEM, dklen=DKLEN)


def hash_pin(pin: str, salt: bytes | None = None) -> dict:
    salt = salt or os.urandom(16)
    return {"alg": "scrypt", **SCRYPT, "salt": salt.hex(), "hash": _digest(pin, salt, **SCRYPT).hex()}


def pin_matches(pin: str, record: dict) -> bool:
    try:
        if record.get("alg") != "scrypt":
            return False
        got = _digest(str(pin), bytes.fromhex(record["salt"]), int(record["n"]), int(record["r"]), int(record["p"]))
        return hmac.compare_digest(got, bytes.fromhex(record["hash"]))
    except (KeyError, TypeError, ValueError):
        return False


@dataclass(frozen=True)
class LockState:
    failures: int
    locked_until: float

    def wait_s(self, now: float) -> float:
        return max(0.0, self.locked_until - now)


class PinGuard:
    """The trainer PIN of one database (`aimm_lab.store.db.Store`)."""

    def __init__(self, store, now: Callable[[], float] | None = None):
        self.store = store
        self._now = now or time.time

    # -- reading
    def is_set(self) -> bool:
        return bool(self.store.get_setting(PIN_KEY))

    def lock_state(self) -> LockState:
        raw = self.store.get_setting(LOCK_KEY) or {}
        return LockState(int(raw.get("failures", 0)), float(raw.get("locked_until", 0.0)))

    def wait_s(self) -> float:
        """Seconds before a PIN will be looked at again (0: now)."""
        return self.lock_state().wait_s(self._now())

    # -- writing
    def _setting(self, db, key):
        row = db.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return None if row is None else json.loads(row[0])

    def _put(self, db, key, value) -> None:
        db.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                        "value = excluded.value", [key, json.dumps(value)])

    def verify(self, pin: str) -> None:
        """Return if `pin` is the trainer PIN; raise PinLocked (too soon), PinWrong or PinNotSet.
        The digest is computed outside the write lock; the count is updated under it."""
        record = self.store.get_setting(PIN_KEY)
        if not record:
            raise PinNotSet()
        wait = self.wait_s()
        if wait > 0:
            raise PinLocked(wait)
        ok = pin_matches(str(pin or "").strip(), record)
        with self.store.transaction() as db:
            raw = self._setting(db, LOCK_KEY) or {}
            now = self._now()
            failures = int(raw.get("failures", 0))
            wait = max(0.0, float(raw.get("locked_until", 0.0)) - now)
            if wait > 0:  # another program counted a wrong PIN meanwhile
                raise PinLocked(wait)
            if ok:
                if failures:
                    self._put(db, LOCK_KEY, {"failures": 0, "locked_until": 0.0})
                return
            failures += 1
            delay = delay_after(failures)
            self._put(db, LOCK_KEY, {"failures": failures, "locked_until": now + delay})
        raise PinWrong(failures, delay)

    def set_pin(self, new_pin: str, current: str | None = None) -> None:
        """Set the PIN: on first use freely; afterwards only with the current PIN."""
        new_pin = check_new_pin(new_pin)
        if self.is_set():
            self.verify(current or "")
        record = hash_pin(new_pin)
        with self.store.transaction() as db:
            self._put(db, PIN_KEY, record)
            self._put(db, LOCK_KEY, {"failures": 0, "locked_until": 0.0})

    def clear(self) -> None:
        """Forget the PIN (administrator's reset from the command line; the next use sets a new one)."""
        with self.store.transaction() as db:
            db.conn.execute("DELETE FROM settings WHERE key IN (?, ?)", [PIN_KEY, LOCK_KEY])
