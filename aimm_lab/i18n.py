"""Bilingual texts. French first; English falls back to French.

The core never formats for a screen: it hands out `Text` values (fr + en) and the
CLI or the UI picks the language. `current_lang()` follows the system locale
unless `AIMM_LAB_LANG` or an explicit choice says otherwise.
"""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass

LANGS = ("fr", "en")
_forced: str | None = None


@dataclass(frozen=True)
class Text:
    fr: str
    en: str | None = None

    def get(self, lang: str | None = None) -> str:
        lang = lang or current_lang()
        if lang == "en" and self.en:
            return self.en
        return self.fr

    def format(self, **kw) -> Text:
        return Text(self.fr.format(**kw), self.en.format(**kw) if self.en else None)

    def as_dict(self) -> dict:
        return {"fr": self.fr, "en": self.en or self.fr}

    def __str__(self) -> str:  # pragma: no cover - convenience for debugging
        return self.get()


def T(fr: str, en: str) -> Text:  # noqa: N802 - short constructor used everywhere
    return Text(fr, en)


def text_from(value) -> Text | None:
    """Build a Text from a scenario value: a plain string (French) or {fr, en}."""
    if value is None:
        return None
    if isinstance(value, Text):
        return value
    if isinstance(value, str):
        return Text(value, None)
    if isinstance(value, dict):
        return Text(value.get("fr", ""), value.get("en"))
    return Text(str(value), None)


def set_lang(lang: str | None) -> None:
    global _forced
    if lang is not None and lang not in LANGS:
        raise ValueError(lang)
    _forced = lang


def current_lang() -> str:
    if _forced:
        return _forced
    env = os.environ.get("AIMM_LAB_LANG")
    if env in LANGS:
        return env
    # The environment first (POSIX); C/POSIX means "no preference": French, the product's language.
    loc = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    if not loc:
        try:
            loc = locale.getlocale()[0] or ""  # Windows: the user's display language
        except ValueError:
            loc = ""
    if loc.lower().startswith("en"):
        return "en"
    return "fr"


def tr(fr: str, en: str, lang: str | None = None) -> str:
    return Text(fr, en).get(lang)
