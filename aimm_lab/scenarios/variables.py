"""Variables in scenario values: `{name}`, `{name+N}`, `{name-N}`. Nothing else.

Names come from the scenario's [variables] table and the lab profile (`lab.*`,
and `seat`). There is no expression language: only a name and an optional
integer offset. `{{` and `}}` stand for literal braces.
"""

from __future__ import annotations

import re

PLACEHOLDER = re.compile(r"\{\{|\}\}|\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*(?:([+-])\s*(\d+))?\s*\}|\{[^{}]*\}?")


class VariableError(Exception):
    def __init__(self, fr: str, en: str):
        self.fr, self.en = fr, en
        super().__init__(fr)


def names_in(value) -> list[str]:
    """Names used by a value (a string, or lists/dicts of strings). Raises VariableError on bad syntax."""
    out: list[str] = []
    if isinstance(value, str):
        for m in PLACEHOLDER.finditer(value):
            tok = m.group(0)
            if tok in ("{{", "}}"):
                continue
            if m.group(1) is None:
                raise VariableError(
                    f"variable mal écrite {tok!r} : seuls {{nom}}, {{nom+N}} et {{nom-N}} sont permis",
                    f"malformed variable {tok!r}: only {{name}}, {{name+N}} and {{name-N}} are allowed")
            out.append(m.group(1))
    elif isinstance(value, list):
        for v in value:
            out += names_in(v)
    elif isinstance(value, dict):
        for v in value.values():
            out += names_in(v)
    return out


def has_placeholders(value) -> bool:
    try:
        return bool(names_in(value))
    except VariableError:
        return True


def _as_int(name, v):
    if isinstance(v, bool):
        raise VariableError(f"{name} n'est pas un nombre entier", f"{name} is not a whole number")
    if isinstance(v, int):
        return v
    if isinstance(v, str) and re.fullmatch(r"-?\d+", v.strip()):
        return int(v)
    raise VariableError(f"{{{name}}} vaut {v!r}, pas un nombre entier : impossible d'y ajouter un nombre",
                        f"{{{name}}} is {v!r}, not a whole number: cannot add to it")


def substitute(value, lookup):
    """Replace placeholders using lookup(name) -> value (raises KeyError if unknown).
    A string made of one placeholder alone keeps the variable's own type (list, int)."""
    if isinstance(value, list):
        return [substitute(v, lookup) for v in value]
    if isinstance(value, dict):
        return {k: substitute(v, lookup) for k, v in value.items()}
    if not isinstance(value, str):
        return value

    def one(m):
        tok = m.group(0)
        if tok == "{{":
            return "{"
        if tok == "}}":
            return "}"
        name, sign, num = m.group(1), m.group(2), m.group(3)
        if name is None:
            raise VariableError(f"variable mal écrite {tok!r}", f"malformed variable {tok!r}")
        try:
            v = lookup(name)
        except KeyError:
            raise VariableError(f"variable inconnue {{{name}}}", f"unknown variable {{{name}}}") from None
        if v is None:
            raise VariableError(f"la variable {{{name}}} n'a pas de valeur (profil du labo incomplet ?)",
                                f"variable {{{name}}} has no value (lab profile incomplete?)")
        if sign:
            n = _as_int(name, v)
            return n + int(num) if sign == "+" else n - int(num)
        return v

    full = PLACEHOLDER.fullmatch(value.strip())
    if full and full.group(1):
        return one(full)
    return PLACEHOLDER.sub(lambda m: _flat(one(m)), value)


def _flat(v) -> str:
    if isinstance(v, list):
        return ",".join(map(str, v))
    return str(v)


def render_text(text: str, values: dict) -> str:
    """Fill the placeholders of a text shown to people (a set-up sheet) with the values known on
    this seat. Lenient, unlike `substitute`: unknown names, missing values and braces that are
    not placeholders (a firewall rule's `{ }`) are left as written."""

    def one(m):
        tok = m.group(0)
        name, sign, num = m.group(1), m.group(2), m.group(3)
        if name is None or values.get(name) is None:
            return tok
        v = values[name]
        if sign:
            try:
                n = _as_int(name, v)
            except VariableError:
                return tok
            return str(n + int(num) if sign == "+" else n - int(num))
        return _flat(v)

    return PLACEHOLDER.sub(one, text)
