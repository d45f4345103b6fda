"""Every setting of the desktop application, declared in one place (Picard's option
registry), stored with QSettings under the organisation "AIMM Lab" - or, when AIMM_LAB_HOME
names a data folder, in that folder's `settings.ini`, so two data folders on one account keep
their own window preferences."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .qt import QByteArray, QSettings

ORGANIZATION = "AIMM Lab"
APPLICATION = "AIMM Lab"


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    type: type


OPTIONS: dict[str, Option] = {o.key: o for o in [
    Option("ui/language", "", str),  # "", "fr" or "en"; "" follows the system
    Option("window/geometry", QByteArray(), QByteArray),
    Option("window/state", QByteArray(), QByteArray),
    # Where the trainee left the floating timer (its geometry). Not "timer/geometry": that one holds
    # where the former, framed timer stood (over the forms), which is not restored.
    Option("timer/place", QByteArray(), QByteArray),
    Option("timer/visible", False, bool),
    Option("trainee/last", 0, int),
    Option("library/block", "", str),
    Option("library/competence", "", str),
    Option("library/kind", "", str),
    Option("library/difficulty", 0, int),
    Option("library/platform", "", str),
    Option("export/folder", "", str),
    Option("room/port", 8765, int),  # the port the trainer's PC last served the exam room on
]}


SETTINGS_FILE = "settings.ini"


def store() -> QSettings:
    """The window's preferences: `$AIMM_LAB_HOME/settings.ini` (INI) when AIMM_LAB_HOME is set,
    else the account's own place for "AIMM Lab" (the registry on Windows, ~/.config on Linux)."""
    home = os.environ.get("AIMM_LAB_HOME")
    if home:
        return QSettings(str(Path(home) / SETTINGS_FILE), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


def get(key: str):
    opt = OPTIONS[key]
    value = store().value(key, opt.default)
    if value is None:
        return opt.default
    if opt.type is bool:
        return value in (True, "true", "1", 1)
    if opt.type in (int, str):
        try:
            return opt.type(value)
        except (TypeError, ValueError):
            return opt.default
    return value


def put(key: str, value) -> None:
    OPTIONS[key]  # a key that is not declared above is a programming error
    store().setValue(key, value)
