"""Where things live: built-in scenarios and assets, the user's data and settings."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import click

APP = "AIMM Lab"
_HERE = Path(__file__).resolve().parent


def _builtin(name: str) -> Path:
    # A checkout: scenarios/ and assets/ sit beside the aimm_lab package.
    checkout = _HERE.parent / name
    if checkout.is_dir():
        return checkout
    # An installed wheel: they are shipped as the data packages aimm_lab_scenarios / aimm_lab_assets
    # (folders without __init__.py, so namespace packages: take their one location).
    spec = importlib.util.find_spec(f"aimm_lab_{name}")
    if spec is not None and spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
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
