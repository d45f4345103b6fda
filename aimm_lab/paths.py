"""Where things live: built-in scenarios and assets, the user's data and settings."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import click

APP = "AIMM Lab"
_HERE = Path(__file__).resolve().parent


def _builtin(name: str) -> Path:
    # A checkout: scenarios/ and assets/ sit beside the aimm_lab package.
    checkout = _HERE.parent / name
    if checkout.is_dir():
        return checkout
    # An installed wheel: they are shipped as the data packages aimm_lab_scenarios / aimm_lab_assets.
    try:
        return Path(str(resources.files(f"aimm_lab_{name}")))
    except ModuleNotFoundError:  # pragma: no cover - broken install
        return checkout


def builtin_scenarios_dir() -> Path:
    return _builtin("scenarios")


def assets_dir() -> Path:
    return _builtin("assets")


def data_dir() -> Path:
    """The user's data folder (database, lab profile, own scenarios). AIMM_LAB_HOME overrides it."""
    home = os.environ.get("AIMM_LAB_HOME")
    path = Path(home) if home else Path(click.get_app_dir(APP, roaming=False))
    return path


def user_scenarios_dir() -> Path:
    return data_dir() / "scenarios"


def default_db_path() -> Path:
    env = os.environ.get("AIMM_LAB_DB")
    return Path(env) if env else data_dir() / "aimm-lab.db"


def lab_profile_path() -> Path:
    env = os.environ.get("AIMM_LAB_PROFILE")
    return Path(env) if env else data_dir() / "lab.json"
