"""Check types: one small unit per type, registered by key; evidence, never bare booleans.

A check type declares its parameters (validated when a scenario loads) and an
`evaluate(machine, params, ctx)` that reads the machine *only* through the
Machine interface and returns `Evidence`. The framework around it applies
negation (`expect = false`), turns ProbeError into ERROR or UNSUPPORTED (never a
pass or a fail), catches anything unexpected as ERROR, and times every check.
"""

from __future__ import annotations

import ipaddress
import re
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

from .. import words
from ..i18n import T, Text
from ..machine.base import FAILED, PROBE_ERROR_TEXT, UNSUPPORTED, Machine, MachineView, ProbeError
from . import plain as plain_words


class Outcome(StrEnum):
    PASS = "PASS"
    FAIL = "FAIL"
    ERROR = "ERROR"
    UNSUPPORTED = "UNSUPPORTED"


OUTCOME_TEXT = {o: words.OUTCOME_TEXT[o.value] for o in Outcome}

Shown = str | Text  # what expected / found hold: a value, or words in two languages


def show(value: Shown | None, lang: str | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, Text):
        return value.get(lang)
    return str(value)


@dataclass
class Evidence:
    """What a check type returns: did the machine meet it, and the proof."""

    ok: bool
    expected: Shown
    found: Shown
    message: Text | None = None  # optional; the default says "attendu …, trouvé …"
    facts: dict = field(default_factory=dict)  # raw values the plain sentence needs (sizes in bytes...)


@dataclass
class CheckResult:
    type: str
    outcome: Outcome
    expected: Shown
    found: Shown
    message: Text
    duration_ms: float = 0.0
    params: dict = field(default_factory=dict)
    label: Text | None = None
    children: list[CheckResult] = field(default_factory=list)
    # One sentence a trainee reads (checks/plain.py); None only for results built by hand.
    plain: Text | None = None
    # UNSUPPORTED because the check is for the other operating system (the other branch of an
    # `any`): not shown to the trainee.
    other_platform: bool = False

    def as_dict(self, lang: str | None = None) -> dict:
        d = {
            "type": self.type,
            "outcome": self.outcome.value,
            "expected": show(self.expected, lang),
            "found": show(self.found, lang),
            "message": self.message.get(lang),
            "duration_ms": round(self.duration_ms, 3),
            "params": self.params,
        }
        if self.label:
            d["label"] = self.label.get(lang)
        if self.plain:
            d["plain"] = self.plain.get(lang)
        if self.other_platform:
            d["other_platform"] = True
        if self.children:
            d["checks"] = [c.as_dict(lang) for c in self.children]
        return d

    def as_record(self) -> dict:
        """Both languages, for the journal and bundles (lossless)."""

        def both(v):
            return v.as_dict() if isinstance(v, Text) else v

        d = {
            "type": self.type,
            "outcome": self.outcome.value,
            "expected": both(self.expected),
            "found": both(self.found),
            "message": self.message.as_dict(),
            "duration_ms": round(self.duration_ms, 3),
            "params": self.params,
        }
        if self.label:
            d["label"] = self.label.as_dict()
        if self.plain:
            d["plain"] = self.plain.as_dict()
        if self.other_platform:
            d["other_platform"] = True
        if self.children:
            d["checks"] = [c.as_record() for c in self.children]
        return d


# --------------------------------------------------------------------------- parameters


class ParamError(Exception):
    def __init__(self, text: Text):
        self.text = text
        super().__init__(text.fr)


_SIZE_RE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*([kmgt]?i?b?|o|[kmgt]i?o)?\s*$", re.I)
_UNITS = {"": 1, "b": 1, "o": 1}
for _i, _p in enumerate("kmgt", 1):
    _UNITS[_p] = _UNITS[_p + "b"] = _UNITS[_p + "o"] = 1000**_i
    _UNITS[_p + "i"] = _UNITS[_p + "ib"] = _UNITS[_p + "io"] = 1024**_i


def parse_size(value) -> int:
    """16 GiB, 500 GB, 240 Go, 1.5TiB or a plain number of bytes."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    m = _SIZE_RE.match(str(value))
    if not m:
        raise ValueError(value)
    number = float(m.group(1).replace(",", "."))
    unit = (m.group(2) or "").lower()
    return int(number * _UNITS[unit])




def normalize_mac(mac: str) -> str:
    hexdigits = re.sub(r"[^0-9a-fA-F]", "", mac or "")
    if len(hexdigits) != 12:
        raise ValueError(mac)
    return ":".join(hexdigits[i:i + 2] for i in range(0, 12, 2)).lower()


def _ipv4(v):
    return str(ipaddress.IPv4Address(str(v).strip()))


def _ipv6(v):
    return str(ipaddress.IPv6Address(str(v).strip()))


def _ip(v):
    return str(ipaddress.ip_address(str(v).strip()))


def _cidr(v):
    return str(ipaddress.ip_network(str(v).strip(), strict=False))


def _bool(v):
    if isinstance(v, bool):
        return v
    raise ValueError(v)


def _int(v):
    if isinstance(v, bool):
        raise ValueError(v)
    if isinstance(v, int):
        return v
    if isinstance(v, str) and re.fullmatch(r"\s*-?\d+\s*", v):
        return int(v)
    raise ValueError(v)


def _float(v):
    if isinstance(v, bool):
        raise ValueError(v)
    if isinstance(v, int | float):
        return float(v)
    if isinstance(v, str):
        return float(v.replace(",", "."))
    raise ValueError(v)


def _str(v):
    if isinstance(v, str) and v.strip():
        return v
    raise ValueError(v)


def _port(v):
    p = _int(v)
    if not 1 <= p <= 65535:
        raise ValueError(v)
    return p


def _regex(v):
    v = _str(v)
    re.compile(v)
    return v


def _sha256(v):
    v = _str(v).strip().lower()
    if not re.fullmatch(r"[0-9a-f]{64}", v):
        raise ValueError(v)
    return v


KINDS: dict[str, tuple[Callable[[Any], Any], Text]] = {
    "str": (_str, T("un texte non vide", "a non-empty string")),
    "int": (_int, T("un nombre entier", "a whole number")),
    "float": (_float, T("un nombre", "a number")),
    "bool": (_bool, T("true ou false", "true or false")),
    "ipv4": (_ipv4, T("une adresse IPv4 (ex. 192.168.10.50)", "an IPv4 address (e.g. 192.168.10.50)")),
    "ipv6": (_ipv6, T("une adresse IPv6", "an IPv6 address")),
    "ip": (_ip, T("une adresse IP", "an IP address")),
    "cidr": (_cidr, T("un réseau (ex. 192.168.10.0/24)", "a network (e.g. 192.168.10.0/24)")),
    "mac": (normalize_mac, T("une adresse MAC (ex. 00:1a:2b:3c:4d:5e)", "a MAC address (e.g. 00:1a:2b:3c:4d:5e)")),
    "port": (_port, T("un port entre 1 et 65535", "a port from 1 to 65535")),
    "size": (parse_size, T("une taille (ex. 16 GiB, 500 GB, ou un nombre d'octets)",
                           "a size (e.g. 16 GiB, 500 GB, or a number of bytes)")),
    "regex": (_regex, T("une expression régulière valide", "a valid regular expression")),
    "sha256": (_sha256, T("une empreinte SHA-256 (64 caractères hexadécimaux)",
                          "a SHA-256 digest (64 hex digits)")),
}


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # a key of KINDS, or "enum"
    doc: Text
    required: bool = True
    default: Any = None
    choices: tuple = ()
    many: bool = False  # a list of `kind` (a single value is accepted as a list of one)
    min: float | None = None
    max: float | None = None

    def convert(self, value):
        if self.many:
            values = value if isinstance(value, list) else [value]
            if not values:
                raise ParamError(T("la liste ne doit pas être vide", "the list must not be empty"))
            return [self._one(v) for v in values]
        return self._one(value)

    def _one(self, value):
        if self.kind == "enum":
            if value in self.choices:
                return value
            raise ParamError(T(f"valeur {value!r} invalide, attendu l'une de : {', '.join(map(str, self.choices))}",
                               f"invalid value {value!r}, expected one of: {', '.join(map(str, self.choices))}"))
        fn, what = KINDS[self.kind]
        try:
            out = fn(value)
        except (ValueError, TypeError, re.error):
            raise ParamError(T(f"valeur {value!r} invalide, attendu {what.fr}",
                               f"invalid value {value!r}, expected {what.get('en')}")) from None
        if self.min is not None and out < self.min or self.max is not None and out > self.max:
            raise ParamError(T(f"valeur {value!r} hors limites ({self.min} à {self.max})",
                               f"value {value!r} out of range ({self.min} to {self.max})"))
        return out

    def describe(self) -> dict:
        d = {"name": self.name, "kind": self.kind, "required": self.required,
             "description": self.doc.as_dict()}
        if self.many:
            d["list"] = True
        if self.default is not None:
            d["default"] = self.default
        if self.choices:
            d["choices"] = list(self.choices)
        return d


# Parameters every check accepts; the framework handles them.
COMMON_PARAMS = ("type", "expect", "label", "timeout")

# --------------------------------------------------------------------------- check types


@dataclass
class Context:
    """What a check may know besides the machine."""

    started_at: float | None = None  # epoch seconds; when the attempt started
    now: float = field(default_factory=time.time)
    default_timeout: float = 2.0


class CheckType:
    type: ClassVar[str]
    description: ClassVar[Text]
    params: ClassVar[tuple[Param, ...]] = ()
    platforms: ClassVar[tuple[str, ...] | None] = None  # None: everywhere
    live: ClassVar[bool] = False  # a live look-up: runs concurrently with the others
    category: ClassVar[str] = "system"
    # Optional parameters of which a scenario must give at least one (the loader says so, with file:line).
    requires_one_of: ClassVar[tuple[str, ...]] = ()
    # The costly optional parts of sections (machine.base.SECTION_PARTS) this type reads: {section: parts}.
    parts: ClassVar[dict[str, tuple[str, ...]]] = {}

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:  # pragma: no cover - interface
        raise NotImplementedError

    @classmethod
    def needs(cls, p: dict) -> dict[str, tuple[str, ...]]:
        """The optional section parts a check of this type with these parameters reads."""
        return cls.parts

    @classmethod
    def describe(cls) -> dict:
        d = {
            "type": cls.type,
            "category": cls.category,
            "params": [p.describe() for p in cls.params],
            "description": cls.description.as_dict(),
            "platforms": list(cls.platforms) if cls.platforms else ["linux", "windows"],
            "live": cls.live,
        }
        if cls.requires_one_of:
            d["requires_one_of"] = list(cls.requires_one_of)
        return d


REGISTRY: dict[str, type[CheckType]] = {}


def register(cls: type[CheckType]) -> type[CheckType]:
    if cls.type in REGISTRY:  # pragma: no cover - programming error
        raise RuntimeError(f"check type {cls.type} registered twice")
    REGISTRY[cls.type] = cls
    return cls


# Composite types, handled by the framework itself.
COMPOSITES = {
    "all": T("Toutes les vérifications imbriquées doivent réussir", "Every nested check must pass"),
    "any": T("Au moins une des vérifications imbriquées doit réussir", "At least one nested check must pass"),
}


@dataclass
class ResolvedCheck:
    """A check ready to run: type, converted parameters, negation, nested checks."""

    type: str
    params: dict
    expect: bool = True
    label: Text | None = None
    timeout: float | None = None
    children: list[ResolvedCheck] = field(default_factory=list)

    @property
    def is_live(self) -> bool:
        if self.type in COMPOSITES:
            return any(c.is_live for c in self.children)
        return REGISTRY[self.type].live


def not_text(t: Shown) -> Text:
    if isinstance(t, Text):
        return Text("pas " + t.fr, "not " + t.get("en"))
    return Text(f"pas {t}", f"not {t}")


def default_message(outcome: Outcome, expected: Shown, found: Shown) -> Text:
    e_fr, e_en = show(expected, "fr"), show(expected, "en")
    f_fr, f_en = show(found, "fr"), show(found, "en")
    if outcome is Outcome.PASS:
        return Text(f"conforme : trouvé {f_fr} (attendu {e_fr})", f"as expected: found {f_en} (expected {e_en})")
    return Text(f"attendu {e_fr}, trouvé {f_fr}", f"expected {e_en}, found {f_en}")


def combine(outcomes: list[Outcome], match: str = "all") -> Outcome:
    """How several outcomes make one. ERROR/UNSUPPORTED never count as a pass or a fail:
    with `all`, one FAIL fails; otherwise an ERROR leaves the result undecided."""
    if not outcomes:
        return Outcome.PASS
    if match == "any":
        if Outcome.PASS in outcomes:
            return Outcome.PASS
        if all(o is Outcome.FAIL for o in outcomes):
            return Outcome.FAIL
    else:
        if Outcome.FAIL in outcomes:
            return Outcome.FAIL
        if all(o is Outcome.PASS for o in outcomes):
            return Outcome.PASS
    if Outcome.ERROR in outcomes:
        return Outcome.ERROR
    return Outcome.UNSUPPORTED


def evaluate(check: ResolvedCheck, m: Machine, ctx: Context) -> CheckResult:
    """Run one check (and its nested checks) against a machine; never raises."""
    t0 = time.perf_counter()
    if check.type in COMPOSITES:
        children = [evaluate(c, m, ctx) for c in check.children]
        # A branch for the other operating system is not this PC's business: in `any` it is left out
        # of what the trainee sees; in `all` too when it passed (C:\... is absent on a Linux PC), as it
        # then changes nothing.
        other = [for_other_os(c, m.platform) for c in check.children]
        if not all(other):
            for child, o in zip(children, other, strict=True):
                child.other_platform = o and (check.type == "any" or child.outcome is Outcome.PASS)
        outcome = combine([c.outcome for c in children], check.type)
        met = sum(c.outcome is Outcome.PASS for c in children)
        expected: Shown = Text(f"{'toutes' if check.type == 'all' else 'au moins une'} ({len(children)})",
                               f"{check.type} of {len(children)}")
        found: Shown = Text(f"{met} réussie(s) sur {len(children)}", f"{met} of {len(children)} passed")
        result = CheckResult(check.type, outcome, expected, found, default_message(outcome, expected, found),
                             params={}, label=check.label, children=children)
        result = _negate(result) if not check.expect else result
        shown = [c for c in children if not c.other_platform]
        if len(shown) == 1 and check.expect:  # one branch for this PC: its own sentence says it all
            result.plain = shown[0].plain
        else:
            result.plain = plain_words.composite(check.type, result.outcome.value,
                                                 sum(c.outcome is Outcome.PASS for c in shown), len(shown),
                                                 check.expect)
        result.duration_ms = (time.perf_counter() - t0) * 1000
        return result

    cls = REGISTRY[check.type]
    params = dict(check.params)
    if cls.platforms and m.platform not in cls.platforms:
        text = T(f"non pris en charge sur ce système ({m.platform})", f"unsupported on this system ({m.platform})")
        return CheckResult(check.type, Outcome.UNSUPPORTED, "", "", text,
                           (time.perf_counter() - t0) * 1000, params, check.label,
                           plain=plain_words.other_platform(m.platform))
    if check.timeout is not None:
        params["timeout"] = check.timeout
    params.setdefault("timeout", ctx.default_timeout)
    try:
        ev = cls().evaluate(m, params, ctx)
    except ProbeError as e:
        outcome = Outcome.UNSUPPORTED if e.kind == UNSUPPORTED else Outcome.ERROR
        why = e.text() if getattr(e, "bare", False) else PROBE_ERROR_TEXT.get(e.kind, PROBE_ERROR_TEXT[FAILED])
        return CheckResult(check.type, outcome, "", "", e.text(), (time.perf_counter() - t0) * 1000,
                           check.params, check.label,
                           plain=plain_words.sentence(check.type, params, outcome.value, None, check.expect, why))
    except Exception as e:  # noqa: BLE001 - a check must never crash a pass; reported, not hidden
        text = T(f"erreur interne de la vérification : {type(e).__name__}: {e}",
                 f"internal check error: {type(e).__name__}: {e}")
        return CheckResult(check.type, Outcome.ERROR, "", "", text, (time.perf_counter() - t0) * 1000,
                           check.params, check.label,
                           plain=plain_words.sentence(check.type, params, "ERROR", None, check.expect,
                                                      T("erreur du programme", "program error")))
    outcome = Outcome.PASS if ev.ok else Outcome.FAIL
    expected, found = ev.expected, ev.found
    if not check.expect:
        outcome = Outcome.FAIL if ev.ok else Outcome.PASS
        expected = not_text(expected)
        message = default_message(outcome, expected, found)
    else:
        message = ev.message or default_message(outcome, expected, found)
    try:
        said = plain_words.sentence(check.type, params, outcome.value, ev, check.expect)
    except Exception:  # noqa: BLE001 - the sentence must never cost the result; the technical line stays
        said = None
    return CheckResult(check.type, outcome, expected, found, message, (time.perf_counter() - t0) * 1000,
                       check.params, check.label, plain=said)


_WINDOWS_PATH = re.compile(r"^\s*([A-Za-z]:[\\/]|[A-Za-z]:$|\\\\)")
_OS_LABEL = re.compile(r"^\s*(windows|linux)\b", re.I)


def for_other_os(check: ResolvedCheck, platform: str) -> bool:
    """Whether a check is meant for the other operating system than `platform` ("windows" or
    "linux"): its type does not run there, its path or mount point is the other system's
    (C:\\..., \\\\server\\share against /home/...), or its label starts with the other system's name
    ("Windows : C: en NTFS"). Used for the branches of `any`, which a trainee sees only for this PC."""
    if check.type in COMPOSITES:
        return bool(check.children) and all(for_other_os(c, platform) for c in check.children)
    cls = REGISTRY.get(check.type)
    if cls is not None and cls.platforms and platform not in cls.platforms:
        return True
    for key in ("path", "mountpoint"):
        value = check.params.get(key)
        if isinstance(value, str) and value.strip():
            windows_path = bool(_WINDOWS_PATH.match(value))
            if windows_path != (platform == "windows") and (windows_path or value.strip().startswith("/")):
                return True
    if check.label is not None:
        m = _OS_LABEL.match(check.label.fr) or _OS_LABEL.match(check.label.get("en"))
        if m and m.group(1).lower() != platform:
            return True
    return False


def _negate(r: CheckResult) -> CheckResult:
    if r.outcome in (Outcome.PASS, Outcome.FAIL):
        r.outcome = Outcome.FAIL if r.outcome is Outcome.PASS else Outcome.PASS
        r.expected = not_text(r.expected)
        r.message = default_message(r.outcome, r.expected, r.found)
    return r


def section_needs(checks: list[ResolvedCheck]) -> dict[str, set[str]]:
    """The optional section parts (machine.base.SECTION_PARTS) a set of checks reads, nested ones included:
    a pass reads only those (no socket owners, routing tables or process details no check asks for)."""
    out: dict[str, set[str]] = {}
    todo = list(checks)
    while todo:
        c = todo.pop()
        if c.type in COMPOSITES:
            todo += c.children
            continue
        cls = REGISTRY.get(c.type)
        for section, parts in (cls.needs(c.params) if cls else {}).items():
            out.setdefault(section, set()).update(parts)
    return out


def evaluate_many(checks: list[ResolvedCheck], m: Machine, ctx: Context | None = None,
                  max_workers: int = 16) -> list[CheckResult]:
    """One check pass. Every section is read at most once (a MachineView), live
    look-ups run concurrently, each with its own timeout, so a pass costs about
    its slowest look-up. Results come back in the order of `checks`."""
    ctx = ctx or Context()
    view = m if isinstance(m, MachineView) else MachineView(m)
    if view.plan is None:
        view.narrow(section_needs(checks))
    results: list[CheckResult | None] = [None] * len(checks)
    live = [i for i, c in enumerate(checks) if c.is_live]
    if len(live) > 1:
        with ThreadPoolExecutor(max_workers=min(max_workers, len(live)), thread_name_prefix="aimm-live") as pool:
            futures = {i: pool.submit(evaluate, checks[i], view, ctx) for i in live}
            for i, c in enumerate(checks):
                if i not in futures:
                    results[i] = evaluate(c, view, ctx)
            for i, f in futures.items():
                results[i] = f.result()
    else:
        for i, c in enumerate(checks):
            results[i] = evaluate(c, view, ctx)
    return results  # type: ignore[return-value]
