"""Variables in scenario values: `{name}` and sums `{name + term - term ...}`. Nothing else.

Names come from the scenario's [variables] table and the lab profile (`lab.*`,
and `seat`). There is no expression language: a name followed by whole numbers or
names added or subtracted. `{{` and `}}` stand for literal braces.

Address arithmetic: when the first name's value is a network (`lab.subnet`, e.g.
`10.20.0.0/16`) the sum is a host address of that network, counted from its network
address: `{lab.subnet + seat + 100}` is 10.20.0.112 for seat 12 in 10.20.0.0/16 and
192.168.10.112 in 192.168.10.0/24. A result outside the network's host addresses is an
error (the scenario's file and line are named where it is resolved). When the first value
is an address (`lab.gateway`), the sum is that address moved by the offset.
"""

from __future__ import annotations

import ipaddress
import re

_NAME = r"[A-Za-z_][A-Za-z0-9_.]*"
_TERM = rf"[+-]\s*(?:\d+|{_NAME})\s*"
PLACEHOLDER = re.compile(rf"\{{\{{|\}}\}}|\{{\s*({_NAME})\s*((?:{_TERM})*)\}}|\{{[^{{}}]*\}}?")
_TERMS = re.compile(rf"([+-])\s*(\d+|{_NAME})")


class VariableError(Exception):
    def __init__(self, fr: str, en: str):
        self.fr, self.en = fr, en
        super().__init__(fr)


def _terms(text: str | None) -> list[tuple[str, str]]:
    """`+ seat + 100` -> [("+", "seat"), ("+", "100")]."""
    return _TERMS.findall(text or "")


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
                    f"variable mal écrite {tok!r} : seuls {{nom}} et les sommes {{nom+N}}, {{nom-N}}, "
                    f"{{lab.subnet + seat + N}} sont permis",
                    f"malformed variable {tok!r}: only {{name}} and sums {{name+N}}, {{name-N}}, "
                    f"{{lab.subnet + seat + N}} are allowed")
            out.append(m.group(1))
            out += [t for _, t in _terms(m.group(2)) if not t.isdigit()]
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


def _network(v):
    if isinstance(v, str) and "/" in v:
        try:
            return ipaddress.ip_network(v.strip(), strict=False)
        except ValueError:
            return None
    return None


def _address(v):
    if isinstance(v, str) and "/" not in v and not re.fullmatch(r"-?\d+", v.strip()):
        try:
            return ipaddress.ip_address(v.strip())
        except ValueError:
            return None
    return None


def host_in(network: str, offset: int) -> str:
    """The host address `offset` places after a network's address: host_in("10.20.0.0/16", 112)
    -> "10.20.0.112". Raises VariableError when it is not a host address of that network (the
    network address itself, the broadcast address, or beyond)."""
    net = ipaddress.ip_network(network, strict=False)
    size = net.num_addresses
    first, last = (0, size - 1) if net.prefixlen >= net.max_prefixlen - 1 else (1, size - 2)
    if not first <= offset <= last:
        where_fr = "hors du réseau" if offset > last or offset < 0 else "adresse du réseau lui-même,"
        where_en = "outside the network" if offset > last or offset < 0 else "the network's own address,"
        raise VariableError(
            f"{net} + {offset} : {where_fr} {net} (adresses d'hôte : +{first} à +{last})",
            f"{net} + {offset}: {where_en} {net} (host addresses: +{first} to +{last})")
    return str(net.network_address + offset)


def _evaluate(name: str, terms: list[tuple[str, str]], lookup):
    """The value of `{name terms...}`; lookup(name) raises KeyError for an unknown name and
    may give None for a name without a value (VariableError either way)."""

    def value(n):
        try:
            v = lookup(n)
        except KeyError:
            raise VariableError(f"variable inconnue {{{n}}}", f"unknown variable {{{n}}}") from None
        if v is None:
            raise VariableError(f"la variable {{{n}}} n'a pas de valeur (profil du labo incomplet ?)",
                                f"variable {{{n}}} has no value (lab profile incomplete?)")
        return v

    v = value(name)
    if not terms:
        return v
    offset = 0
    for sign, t in terms:
        n = int(t) if t.isdigit() else _as_int(t, value(t))
        offset += n if sign == "+" else -n
    net = _network(v)
    if net is not None:
        return host_in(str(net), offset)
    addr = _address(v)
    if addr is not None:
        try:
            return str(addr + offset)
        except ipaddress.AddressValueError:
            raise VariableError(f"{{{name}}} {offset:+d} : hors des adresses possibles",
                                f"{{{name}}} {offset:+d}: beyond the possible addresses") from None
    return _as_int(name, v) + offset


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
        if m.group(1) is None:
            raise VariableError(f"variable mal écrite {tok!r}", f"malformed variable {tok!r}")
        return _evaluate(m.group(1), _terms(m.group(2)), lookup)

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
    this seat. Lenient, unlike `substitute`: unknown names, missing values, sums that cannot be
    made and braces that are not placeholders (a firewall rule's `{ }`) are left as written."""

    def one(m):
        tok = m.group(0)
        if m.group(1) is None:
            return tok
        try:
            return _flat(_evaluate(m.group(1), _terms(m.group(2)), lambda n: values[n]))
        except VariableError:
            return tok

    return PLACEHOLDER.sub(one, text)
