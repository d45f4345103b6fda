"""Test-wide settings. Qt needs a platform before any Qt import: offscreen, no screen."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AIMM_LAB_LANG", "fr")


@pytest.fixture(autouse=True)
def _language_set_by_a_test_stays_in_that_test():
    """`aimm-lab … --lang en` run in-process sets the language for the interpreter: put it back."""
    yield
    from aimm_lab import i18n

    i18n.set_lang(None)
