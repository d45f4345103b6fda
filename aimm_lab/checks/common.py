"""Small helpers shared by the check modules: bilingual values and probe errors."""

from __future__ import annotations

import ipaddress

from .. import fmt
from ..i18n import T, Text
from ..machine.base import FAILED, PROBE_ERROR_TEXT, ProbeError


class CheckProbeError(ProbeError):
    """A ProbeError whose detail is written in both languages."""

    def __init__(self, kind: str, detail: Text, bare: bool = False):
        super().__init__(kind, detail.fr)
        self.detail_text = detail
        self.bare = bare  # the detail says it all (not a reading of the machine that failed)

    def text(self) -> Text:
        if self.bare:
            return self.detail_text
        base = PROBE_ERROR_TEXT.get(self.kind, PROBE_ERROR_TEXT[FAILED])
        return Text(f"{base.fr} ({self.detail_text.fr})", f"{base.get('en')} ({self.detail_text.get('en')})")


def probe_error(kind: str, fr: str, en: str, bare: bool = False) -> CheckProbeError:
    return CheckProbeError(kind, T(fr, en), bare)


def need_one_of(check, p: dict) -> None:
    """Guard for check types built outside the loader (which already rejects this)."""
    names = check.requires_one_of
    if names and all(p.get(n) is None for n in names):
        raise probe_error(FAILED, f"indiquez au moins un de ces paramètres : {', '.join(names)}",
                          f"give at least one of these parameters: {', '.join(names)}", bare=True)


def size_text(n: float | int | None) -> Text:
    """16,0 Gio / 16.0 GiB."""
    if n is None:
        return T("inconnue", "unknown")
    return fmt.text(fmt.size, n)


def number_text(x: float | int, unit: str = "") -> Text:
    """12,5 % / 12.5 %: one decimal, none when it is a whole number."""
    if unit:
        return fmt.text(fmt.unit, x, unit, places=1, trim=True)
    return fmt.text(fmt.number, x, places=1, trim=True)


def join(parts: list[Text], sep: str = ", ") -> Text:
    return Text(sep.join(p.fr for p in parts), sep.join(p.get("en") for p in parts))


def as_text(v) -> Text:
    return v if isinstance(v, Text) else Text(str(v), str(v))


def norm_ip(value) -> str | None:
    """An address in canonical form; zone suffixes (fe80::1%eth0) left out; None if not an address."""
    try:
        return str(ipaddress.ip_address(str(value).split("%")[0].strip()))
    except ValueError:
        return None


def when_text(epoch: float | None) -> Text:
    if epoch is None:
        return T("inconnue", "unknown")
    return fmt.text(fmt.moment, epoch, seconds=True)


def base_name(name: str | None, suffixes: tuple[str, ...] = (".exe",)) -> str:
    """Lower-case name without a suffix: `svchelper.exe` -> `svchelper`, `cups.service` -> `cups`."""
    n = (name or "").strip().lower()
    for s in suffixes:
        if n.endswith(s):
            return n[: -len(s)]
    return n
