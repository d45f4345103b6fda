"""Numbers, money, percentages, sizes and dates written for a language: the one place that
formats them, for the command line, the desktop application and the PDFs alike.

Built on Babel's CLDR data (`babel.numbers`, `babel.dates`): French gets a decimal comma, a
narrow no-break space between thousands and a no-break space before units and "€"; English gets
a decimal point. `lang` is "fr" or "en"; None means the current language (`i18n.current_lang`).
Every function also has a `both(...)`-style companion through `text(fn, ...)`, which returns a
bilingual `Text` for the core's results.

Values: numbers are int, float or Decimal; Decimal is never converted through float. Dates are
`datetime.date` / `datetime.datetime` (naive = local time) or epoch seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from .i18n import Text, current_lang

LOCALES = {"fr": "fr_FR", "en": "en_GB"}
NBSP = "\u00a0"  # before a unit or €, as French typography wants
DASH = "—"  # what a missing value shows


def _locale(lang: str | None) -> str:
    return LOCALES.get(lang or current_lang(), LOCALES["fr"])


def _dec(x) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def rounded(x, places: int = 2) -> Decimal:
    """`x` rounded half-up (the rule for marks and money) to `places` decimals, as a Decimal."""
    return _dec(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def number(x, lang: str | None = None, places: int | None = None, *, trim: bool = False,
           grouping: bool = True) -> str:
    """12,5 / 12.5. `places`: exactly that many decimals (rounded half-up); None: as many as the
    value has. `trim`: drop a decimal part that is all zeros (3,0 -> 3). `grouping=False` for
    files read by spreadsheets (no thousands separator)."""
    if x is None:
        return DASH
    from babel.numbers import format_decimal

    d = _dec(x)
    if places is not None:
        d = rounded(d, places)
        if trim and d == d.to_integral_value():
            d = d.quantize(Decimal(1))
        pattern = "#,##0" + ("." + "0" * places if places and not (trim and d == d.to_integral_value()) else "")
        return format_decimal(d, format=pattern, locale=_locale(lang), group_separator=grouping,
                              decimal_quantization=True)
    return format_decimal(d, locale=_locale(lang), group_separator=grouping, decimal_quantization=False)


def unit(x, unit_text: str, lang: str | None = None, places: int | None = 1, trim: bool = True) -> str:
    """A number and its unit: 12,5 % / 12.5 %, 4,7 s."""
    return f"{number(x, lang, places, trim=trim)}{NBSP}{unit_text}" if x is not None else DASH


def money(x, lang: str | None = None) -> str:
    """1 232,50 € / €1,232.50: euros to the cent (rounded half-up)."""
    if x is None:
        return DASH
    from babel.numbers import format_currency

    return format_currency(rounded(x, 2), "EUR", locale=_locale(lang))


def percent(x, lang: str | None = None, places: int = 1) -> str:
    """`x` in percent (0–100): 12,5 % / 12.5%."""
    if x is None:
        return DASH
    from babel import Locale
    from babel.numbers import format_percent

    base = Locale.parse(_locale(lang)).percent_formats[None].pattern  # fr: "#,##0 %", en: "#,##0%"
    pattern = base.replace("#,##0", "#,##0" + ("." + "0" * places if places else ""), 1)
    return format_percent(rounded(_dec(x) / 100, places + 2), format=pattern, locale=_locale(lang),
                          decimal_quantization=True)


def mark(x, lang: str | None = None) -> str:
    """A mark out of 20 to the hundredth: 12,42 / 12.42 (rounded half-up only here, at display)."""
    return number(x, lang, 2)


def points(x, lang: str | None = None) -> str:
    """Points of a task or a score: 3, 2,5 / 2.5 (no trailing zeros, at most two decimals)."""
    if x is None:
        return DASH
    d = rounded(x, 2).normalize()
    return number(d if d != d.to_integral_value() else d.quantize(Decimal(1)), lang)


_SIZE_UNITS = {"fr": ("o", "Kio", "Mio", "Gio", "Tio"), "en": ("B", "KiB", "MiB", "GiB", "TiB")}


def size(n, lang: str | None = None) -> str:
    """A size in bytes, in binary units: 512 o, 16,0 Gio / 16.0 GiB."""
    if n is None:
        return "?"
    units = _SIZE_UNITS.get(lang or current_lang(), _SIZE_UNITS["fr"])
    value = float(n)
    for u in units:
        if abs(value) < 1024 or u == units[-1]:
            return f"{number(value, lang, 0 if u == units[0] else 1)}{NBSP}{u}"
        value /= 1024
    raise AssertionError("unreachable")  # pragma: no cover


def _when(x) -> datetime | date:
    """A date, a local datetime, epoch seconds, or an ISO 8601 text (UTC "…Z" shown in local time)."""
    if isinstance(x, datetime):
        return x.astimezone().replace(tzinfo=None) if x.tzinfo else x
    if isinstance(x, date):
        return x
    if isinstance(x, str):
        d = datetime.fromisoformat(x.replace("Z", "+00:00"))
        return d.astimezone().replace(tzinfo=None) if d.tzinfo else d
    return datetime.fromtimestamp(float(x))


def day(x, lang: str | None = None, long: bool = False) -> str:
    """14/03/2026 (both languages: the certificate's documents are French), or 14 mars 2026 /
    14 March 2026 with `long`."""
    if x is None or x == "":
        return ""
    from babel.dates import format_date

    d = _when(x)
    if isinstance(d, datetime):
        d = d.date()
    return format_date(d, format="long" if long else "dd/MM/yyyy", locale=_locale(lang))


def moment(x, lang: str | None = None, seconds: bool = False) -> str:
    """14/03/2026 08:05 (local time), with seconds if asked."""
    if x is None or x == "":
        return ""
    from babel.dates import format_datetime

    d = _when(x)
    if not isinstance(d, datetime):
        d = datetime(d.year, d.month, d.day)
    return format_datetime(d, format="dd/MM/yyyy HH:mm" + (":ss" if seconds else ""), locale=_locale(lang))


def clock_time(x, lang: str | None = None, seconds: bool = False) -> str:
    """08:05 (local time)."""
    if x is None or x == "":
        return ""
    from babel.dates import format_time

    return format_time(_when(x), format="HH:mm" + (":ss" if seconds else ""), locale=_locale(lang))


def text(fn: Callable[..., str], *args, **kw) -> Text:
    """The same formatting in both languages, as a `Text` for the core's results."""
    return Text(fn(*args, lang="fr", **kw), fn(*args, lang="en", **kw))
