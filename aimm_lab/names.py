"""People's and PCs' names as a trainer reads them: checked, compared and fitted into a column.

A trainee's name is typed by the trainee (a room's lab PC, the lone-PC app) and read by a trainer
on a list or a console, where two names that look the same must be the same name. So a name is

- normalized with Unicode NFKC (full-width "Ｍａｒｉｅ" is "Marie", a ligature its letters) and its
  spaces collapsed (`clean`);
- refused (`problem` says why, in plain words) when it holds a character nobody sees or that only
  changes how the text around it is shown (Unicode categories Cc, Cf, Co, Cn, Cs, Zl, Zp, and the
  few letters and marks drawn as nothing: Hangul fillers, variation selectors...), letters of two
  scripts (a Cyrillic "а" in a Latin "Mаrie"), or more than MAX_MARKS combining marks on one letter;
  accented Latin ("Hélène Lefèvre-Ødegård") and a name wholly in another script ("Ελένη", "Анна",
  "山田 花子") are names;
- compared by `key`: NFKC, case folded, and the Cyrillic and Greek letters drawn like Latin ones
  read as those (a whole-Cyrillic "Рара" is taken for "Papa").

`visible` shows hidden characters as "�"; `width` and `elide` measure and cut a text for a column of
a terminal: East Asian wide and full-width characters take two columns, combining marks none
(unicodedata.east_asian_width).
"""

from __future__ import annotations

import unicodedata

from .i18n import T, Text

MAX_MARKS = 3  # combining marks on one letter (Thai, Hebrew and Devanagari use two or three)
ELLIPSIS = "…"
BAD_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cn", "Cs", "Zl", "Zp"})
# Drawn as nothing though not of those categories: the combining grapheme joiner, Hangul fillers,
# Khmer inherent vowels, Mongolian free variation selectors, variation selectors, the blank braille cell.
INVISIBLE = frozenset({0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x2800, 0x3164, 0xFFA0}
                      | set(range(0x180B, 0x1810)) | set(range(0xFE00, 0xFE10)) | set(range(0xE0100, 0xE01F0)))
# Scripts written together in one name: Chinese characters with kana (Japanese) or Hangul (Korean).
_SCRIPT_GROUP = {"CJK": "CJK", "HIRAGANA": "CJK", "KATAKANA": "CJK", "KATAKANA-HIRAGANA": "CJK", "HANGUL": "CJK",
                 "IDEOGRAPHIC": "CJK", "BOPOMOFO": "CJK", "HALFWIDTH": "CJK"}
_NEUTRAL = {"MODIFIER"}  # modifier letters (ʼ as an apostrophe) belong to no script of their own
# Cyrillic and Greek letters (case folded) drawn like a Latin one: read as it when names are compared.
_LOOKALIKE = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "ë", "һ": "h", "і": "i", "ї": "ï", "ј": "j", "к": "k", "ӏ": "l", "м": "m",
    "н": "h", "о": "o", "р": "p", "с": "c", "ԛ": "q", "ѕ": "s", "т": "t", "у": "y", "ԝ": "w", "х": "x", "ԁ": "d",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "ı": "i", "ɑ": "a", "ɡ": "g",
})

TEXT_INVISIBLE = T("il contient un caractère invisible ou d'un autre alphabet (par exemple une lettre cyrillique "
                   "ou grecque qui ressemble à une lettre latine) : tapez-le à nouveau au clavier",
                   "it holds an invisible character or one from another alphabet (for example a Cyrillic or "
                   "Greek letter that looks like a Latin one): type it again on the keyboard")
TEXT_MARKS = T("il porte trop d'accents sur une même lettre : tapez-le à nouveau au clavier",
               "it has too many accents on one letter: type it again on the keyboard")


def clean(name) -> str:
    """A name as kept and shown: NFKC, spaces (category Zs) collapsed to one, none at the ends ("" for
    None). Tabs, line breaks and line separators stay, for `problem` to refuse."""
    text = "".join(" " if unicodedata.category(c) == "Zs" else c for c in unicodedata.normalize("NFKC", str(name or "")))
    return " ".join(w for w in text.split(" ") if w)


def _script(ch: str) -> str | None:
    """The script a letter belongs to, from its Unicode name's first word (None: no script)."""
    first = unicodedata.name(ch, "").split(" ", 1)[0]
    if not first or first in _NEUTRAL:
        return None
    return _SCRIPT_GROUP.get(first, first)


def hidden(ch: str) -> bool:
    """A character nobody sees, or that changes how the text around it is shown."""
    return unicodedata.category(ch) in BAD_CATEGORIES or ord(ch) in INVISIBLE


def scripts(text: str) -> set[str]:
    """The scripts of the letters of `text` ("LATIN", "CYRILLIC", "GREEK", "CJK"...)."""
    return {s for ch in text if unicodedata.category(ch).startswith("L") and (s := _script(ch))}


def problem(name: str) -> Text | None:
    """Why this name (as `clean` gives it) is not one a trainer can tell from another, or None:
    an invisible or layout character, letters of two scripts, or stacked combining marks."""
    if any(hidden(ch) for ch in name) or len(scripts(name)) > 1:
        return TEXT_INVISIBLE
    run = 0
    for ch in name:
        run = run + 1 if unicodedata.category(ch) in ("Mn", "Me") else 0
        if run > MAX_MARKS:
            return TEXT_MARKS
    return None


def refused(why: Text) -> Text:
    """The sentence a person reads when their name is refused for `why` (problem's answer)."""
    return T(f"nom du stagiaire refusé : {why.fr}", f"trainee's name refused: {why.get('en')}")


def key(name) -> str:
    """The form two names are compared in: equal keys, the same name to a reader's eye (NFKC, spaces
    collapsed, case folded, Cyrillic and Greek look-alikes read as Latin letters)."""
    return unicodedata.normalize("NFKC", clean(name).casefold().translate(_LOOKALIKE))


def visible(text: str) -> str:
    """`text` with each character nobody sees (`hidden`) shown as "�": a name kept before these rules, or
    a value read from a PC, cannot hide part of itself or reorder the text around it on a console."""
    return "".join("\ufffd" if hidden(ch) else ch for ch in str(text))


def _cols(ch: str) -> int:
    if unicodedata.category(ch) in ("Mn", "Me") or hidden(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def width(text: str) -> int:
    """Columns `text` takes on a terminal (wide and full-width characters two, combining marks none)."""
    return sum(_cols(ch) for ch in str(text))


def elide(text: str, cols: int) -> str:
    """`text` cut to at most `cols` columns, ending with "…" when cut; spaces pad it to `cols` when
    shorter (a column of a table)."""
    text = str(text)
    w = width(text)
    if w <= cols:
        return text + " " * (cols - w)
    out, used = [], 0
    for ch in text:
        c = _cols(ch)
        if used + c > cols - 1:
            break
        out.append(ch)
        used += c
    return "".join(out) + ELLIPSIS + " " * (cols - 1 - used)
