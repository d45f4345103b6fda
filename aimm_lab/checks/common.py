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


# --------------------------------------------------------------------------- fields without a reading

def _reason(holder, field: str | None) -> tuple[str, str] | None:
    """(kind, message) of why `holder[field]` has no reading, from its `unknown` map or its `error`."""
    if not isinstance(holder, dict):
        return None
    r = (holder.get("unknown") or {}).get(field) if field else None
    if isinstance(r, dict):
        return str(r.get("kind") or FAILED), str(r.get("message") or "")
    err = holder.get("error")
    if isinstance(err, dict) and err:
        return str(err.get("kind") or FAILED), str(err.get("message") or "")
    return None


def unread(what: Text, holder=None, field: str | None = None) -> CheckProbeError:
    """The ERROR (UNSUPPORTED when the system cannot give it) for a field that has no reading."""
    kind, msg = _reason(holder, field) or (FAILED, "")
    if msg:
        # The reader's own words are technical and in English (a tool's or a library's); the sentence
        # around them says in the trainee's language why nothing was read.
        why = PROBE_ERROR_TEXT.get(kind, PROBE_ERROR_TEXT[FAILED])
        return CheckProbeError(kind, T(f"{what.fr} : {why.fr} (détail technique : {msg})",
                                       f"{what.get('en')}: {why.get('en')} (technical detail: {msg})"))
    return CheckProbeError(kind, T(f"{what.fr} non lu(e)", f"{what.get('en')} not read"))


def known(holder, field: str, what: Text):
    """`holder[field]` when it holds a reading; else raise ERROR / UNSUPPORTED with the reason.
    Never a pass or a fail from a field that was not read (null, or named in `unknown`)."""
    value = holder.get(field) if isinstance(holder, dict) else None
    if value is None or field in ((holder or {}).get("unknown") or {}):
        raise unread(what, holder, field)
    return value


def known_or_none(holder, field: str, what: Text):
    """For a field where null is itself a reading (no MAC, no pid): raise only when the holder says
    the field could not be read."""
    if isinstance(holder, dict) and field in (holder.get("unknown") or {}):
        raise unread(what, holder, field)
    return holder.get(field) if isinstance(holder, dict) else None


def known_list(section: dict, field: str, what: Text) -> list:
    """A section's list (interfaces, services, partitions...): a null list is unread, never empty."""
    value = known(section, field, what)
    if not isinstance(value, list):
        raise unread(what, section, field)
    return value


def none_unread(items: list, field: str, what: Text) -> None:
    """When looking an item up found nothing: if some item's `field` (its name, its mount point)
    could not be read, "absent" cannot be told: raise ERROR with the first such item's reason."""
    for item in items:
        if not isinstance(item, dict) or item.get(field) is None or field in (item.get("unknown") or {}):
            raise unread(what, item if isinstance(item, dict) else None, field)
