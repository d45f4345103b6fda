"""Test-wide settings. Qt needs a platform before any Qt import: offscreen, no screen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AIMM_LAB_LANG", "fr")
