"""The trainer PIN: set on first use, stored hashed, with a growing delay after wrong tries.

The PIN guards the trainer screens and, during an exam attempt, the actions a trainee must
not take alone: ending, pausing, adding time, quitting.

The PIN is 6 to 12 digits, or a passphrase of 8 to 64 characters.

Storage. Only a scrypt digest is kept, in the database's settings (`trainer_pin`): the
algorithm, its cost parameters, a random salt drawn when the PIN is set, the digest and when
it was set. The PIN itself is never written anywhere. Comparison is constant-time
(`hmac.compare_digest`). The cost (N = 2^17, r = 8: 128 MiB and about half a second a guess on
a 2-core PC, measured in tests/core/test_lone_exam.py) makes guessing from a copied database
slow: every 6-digit PIN takes days of one core, a passphrase far longer.

Exams. A PIN cannot be set for the first time while an exam attempt is open on this database
(a PIN deleted from the database during an exam does not let anyone set a new one and add
time). A PIN set or changed while attempts are open is journaled in each of them (`pin_set`),
and every attempt keeps the fingerprint of the PIN in force at its start, so the review shows
a PIN removed or replaced outside the program.

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
from ..exam import clock as clk
from ..i18n import T
from ..store import db as store_db

PIN_KEY = store_db.PIN_KEY
LOCK_KEY = "trainer_pin_lock"
PIN_RE = re.compile(r"^\d{6,12}$")
MIN_PASSPHRASE, MAX_PASSPHRASE = 8, 64
FREE_TRIES = 3
FIRST_DELAY_S = 5
MAX_DELAY_S = 300
# scrypt cost: about half a second on a lab PC, 128 MiB of memory (see the module's docstring).
SCRYPT = {"n": 2**17, "r": 8, "p": 1}
MAXMEM = 256 * 1024 * 1024
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


class PinDuringExam(PinError):
    def __init__(self):
        super().__init__(T("un examen est en cours sur ce poste et aucun code formateur n'y est défini : le code se "
                           "définit avant l'examen, ou après sa fin. Si un code existait, il a été supprimé de la base : "
                           "la revue de l'examen le signale.",
                           "an exam is running on this PC and no trainer PIN is set here: the PIN is set before the "
                           "exam, or after it ends. If a PIN existed, it was removed from the database: the exam's "
                           "review shows it."))


def check_new_pin(pin: str) -> str:
    """A new PIN as it will be kept: 6 to 12 digits, or a passphrase of 8 to 64 characters."""
    pin = str(pin or "").strip()
    if not pin.isdigit():
        if MIN_PASSPHRASE <= len(pin) <= MAX_PASSPHRASE and not any(ord(c) < 32 for c in pin):
            if len(set(pin)) < 4:
                raise PinInvalid(T("phrase de passe trop facile à deviner (moins de 4 caractères différents)",
                                   "passphrase too easy to guess (fewer than 4 different characters)"))
            return pin
        raise PinInvalid(T(f"le code formateur est fait de 6 à 12 chiffres, ou d'une phrase de passe de "
                           f"{MIN_PASSPHRASE} à {MAX_PASSPHRASE} caractères",
                           f"the trainer PIN is 6 to 12 digits, or a passphrase of {MIN_PASSPHRASE} to "
                           f"{MAX_PASSPHRASE} characters"))
    if not PIN_RE.match(pin):
        raise PinInvalid(T(f"le code formateur est fait de 6 à 12 chiffres, ou d'une phrase de passe de "
                           f"{MIN_PASSPHRASE} à {MAX_PASSPHRASE} caractères",
                           f"the trainer PIN is 6 to 12 digits, or a passphrase of {MIN_PASSPHRASE} to "
                           f"{MAX_PASSPHRASE} characters"))
    if len(set(pin)) == 1 or pin in "0123456789012" or pin in "9876543210987":
        raise PinInvalid(T("code trop facile à deviner (chiffres tous identiques ou qui se suivent)",
                           "PIN too easy to guess (all the same digit, or consecutive digits)"))
    return pin


def _digest(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=MAXMEM, dklen=DKLEN)


def hash_pin(pin: str, salt: bytes | None = None, cost: dict | None = None) -> dict:
    salt = salt or os.urandom(16)
    cost = cost or SCRYPT
    return {"alg": "scrypt", **cost, "salt": salt.hex(), "hash": _digest(pin, salt, **cost).hex()}


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

    def set_pin(self, new_pin: str, current: str | None = None, by: str | None = None) -> None:
        """Set the PIN: on first use freely (never while an exam attempt is open on this database:
        PinDuringExam); afterwards only with the current PIN. Journaled in every open attempt."""
        new_pin = check_new_pin(new_pin)
        before = self.store.pin_fingerprint()
        if before is not None:
            self.verify(current or "")
        elif self.store.open_local_ids(self.store.db_id, "exam"):
            raise PinDuringExam()
        record = hash_pin(new_pin)
        record["set_at"] = clk.iso(clk.now_ms())
        with self.store.transaction() as db:
            if before is None and self.store.open_local_ids(self.store.db_id, "exam", db):
                raise PinDuringExam()
            self._put(db, PIN_KEY, record)
            self._put(db, LOCK_KEY, {"failures": 0, "locked_until": 0.0})
        self._journal(before, store_db.pin_id(record), by)

    def _journal(self, before: str | None, after: str, by: str | None) -> None:
        """A PIN set or changed: a `pin_set` event in every attempt open on this database."""
        ids = self.store.open_local_ids(self.store.db_id)
        if not ids:
            return
        from ..exam.engine import Engine

        e = Engine(self.store)
        for aid in ids:
            e._write(aid, lambda f, c, n: [("pin_set", {"before": before, "pin": after, "by": by})])

    def clear(self) -> None:
        """Forget the PIN (administrator's reset from the command line; the next use sets a new one)."""
        with self.store.transaction() as db:
            db.conn.execute("DELETE FROM settings WHERE key IN (?, ?)", [PIN_KEY, LOCK_KEY])
