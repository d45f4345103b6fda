"""'Did you mean …?' hints, from difflib."""

from __future__ import annotations

import difflib

from .i18n import Text


def did_you_mean(word: str, choices) -> Text:
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    if not close:
        return Text("", "")
    return Text(f" (vouliez-vous dire « {close[0]} » ?)", f' (did you mean "{close[0]}"?)')
