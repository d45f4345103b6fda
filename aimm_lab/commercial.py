"""Quotes and invoices under French rules: Decimal, half-up rounding to the cent,
VAT computed per rate on the total excluding VAT of that rate."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .i18n import T, Text

CENT = Decimal("0.01")


def money(value) -> Decimal:
    """A Decimal from a TOML/JSON value ("48.00", 48, "48,00"); floats go through str()."""
    if isinstance(value, bool):
        raise InvalidOperation(value)
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        value = repr(value)
    s = str(value).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".").replace("€", "")
    if not s:
        raise InvalidOperation(value)
    d = Decimal(s)
    if not d.is_finite():
        raise InvalidOperation(value)
    return d


def half_up(d: Decimal) -> Decimal:
    return d.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class Line:
    designation: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal = Decimal("20")
    unit: str = ""
    labour: bool = False

    @property
    def total(self) -> Decimal:
        return half_up(self.quantity * self.unit_price)

    @classmethod
    def from_dict(cls, d: dict) -> Line:
        return cls(
            designation=str(d.get("designation", "")),
            quantity=money(d.get("quantity", 1)),
            unit_price=money(d.get("unit_price", 0)),
            vat_rate=money(d.get("vat_rate", 20)),
            unit=str(d.get("unit", "")),
            labour=bool(d.get("labour", False)),
        )


@dataclass
class Totals:
    subtotal_ht: Decimal
    discount: Decimal
    total_ht: Decimal
    vat_by_rate: dict[Decimal, tuple[Decimal, Decimal]] = field(default_factory=dict)  # rate -> (base, vat)
    vat: Decimal = Decimal("0")
    total_ttc: Decimal = Decimal("0")
    deposit: Decimal = Decimal("0")  # quote: deposit asked on acceptance
    net_due: Decimal = Decimal("0")  # invoice: what is left to pay

    def as_dict(self) -> dict:
        return {
            "subtotal_ht": str(self.subtotal_ht),
            "discount": str(self.discount),
            "total_ht": str(self.total_ht),
            "vat_by_rate": {f"{r.normalize():f}": {"base": str(b), "vat": str(v)}
                            for r, (b, v) in sorted(self.vat_by_rate.items())},
            "vat": str(self.vat),
            "total_ttc": str(self.total_ttc),
            "deposit": str(self.deposit),
            "net_due": str(self.net_due),
        }


def compute(lines: list[Line], labour_discount_percent=0, deposit_percent=0, deposit_paid=0,
            vat_exempt: bool = False) -> Totals:
    """Totals of a quote or invoice. The labour discount applies to labour lines only and
    is deducted from the base of each VAT rate in proportion to that rate's labour lines."""
    pct = money(labour_discount_percent or 0)
    subtotal = sum((ln.total for ln in lines), Decimal("0.00"))
    labour_by_rate: dict[Decimal, Decimal] = {}
    base_by_rate: dict[Decimal, Decimal] = {}
    for ln in lines:
        rate = Decimal("0") if vat_exempt else ln.vat_rate
        base_by_rate[rate] = base_by_rate.get(rate, Decimal("0.00")) + ln.total
        if ln.labour:
            labour_by_rate[rate] = labour_by_rate.get(rate, Decimal("0.00")) + ln.total
    discount = Decimal("0.00")
    for rate, labour in labour_by_rate.items():
        d = half_up(labour * pct / 100)
        base_by_rate[rate] -= d
        discount += d
    vat_by_rate = {}
    for rate, base in base_by_rate.items():
        vat_by_rate[rate] = (base, half_up(base * rate / 100))
    total_ht = sum((b for b, _ in vat_by_rate.values()), Decimal("0.00"))
    vat = sum((v for _, v in vat_by_rate.values()), Decimal("0.00"))
    ttc = total_ht + vat
    deposit = half_up(ttc * money(deposit_percent or 0) / 100)
    net_due = ttc - money(deposit_paid or 0)
    return Totals(subtotal, discount, total_ht, vat_by_rate, vat, ttc, deposit, net_due)


def document_totals(doc: dict) -> Totals:
    """Totals of a scenario's or a trainee's document table (lines + terms)."""
    return compute(
        [Line.from_dict(x) for x in doc.get("lines") or []],
        doc.get("labour_discount_percent", 0),
        doc.get("deposit_percent", 0),
        doc.get("deposit_paid", 0),
        bool(doc.get("vat_exempt", False)),
    )


def vat_key_ok(siren: str, vat_number: str) -> bool:
    """French VAT number: FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97."""
    s = "".join(ch for ch in str(siren) if ch.isdigit())
    v = str(vat_number).replace(" ", "").upper()
    if len(s) != 9 or not v.startswith("FR") or len(v) != 13:
        return False
    key = (12 + 3 * (int(s) % 97)) % 97
    return v == f"FR{key:02d}{s}"


def luhn_ok(number: str) -> bool:
    """SIREN (9 digits) and SIRET (14 digits) pass the Luhn check."""
    digits = [int(c) for c in str(number) if c.isdigit()]
    if len(digits) not in (9, 14) or len(digits) != len(str(number).replace(" ", "")):
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# --------------------------------------------------------------------------- what a trainee types
#
# A trainee's quote or invoice (what `Engine.save_document` stores), every value as typed:
#   {"number": "F-2025-0107",
#    "seller": "InfoDépann' SAS, 14 rue des Artisans…", "client": "Cabinet Martin SARL, …",
#    "lines": [{"designation": "...", "quantity": "1,5", "unit": "h", "unit_price": "48,00", "vat_rate": "20",
#               "labour": true, "as_typed": {"quantity": "quarante"}}],
#    "labour_discount_percent": "10", "deposit_percent": "30", "deposit_paid": "106,56",
#    "mentions": {"issue_date": "30/11/2026", "due_date": "30/12/2026", ...}, "notes": "..."}
# A number field holds only a value its `NumberField` accepts, or "" (not written yet). What the
# trainee typed that was refused stays in the line's `as_typed` map, so the editor can show it
# again; it is never graded. Totals are never stored as the trainee's: the program computes them
# (`typed_totals`), so they are never graded either.

VAT_RATES = (Decimal("20"), Decimal("10"), Decimal("5.5"), Decimal("2.1"))  # CGI art. 278 to 281 nonies
TERMS = ("labour_discount_percent", "deposit_percent", "deposit_paid")
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009\t")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]+)?|[.,][0-9]+)")


@dataclass(frozen=True)
class NumberField:
    """What one number field of a quote or invoice accepts: `low`..`high` (`low` itself excluded
    when `low_open`), at most `places` decimals, or one of `choices`."""

    id: str
    label: Text
    low: Decimal
    high: Decimal
    places: int
    example: str
    low_open: bool = False
    choices: tuple[Decimal, ...] = ()
    unit: str = ""  # `example`: shows the format, never a value a built-in task expects


NUMBER_FIELDS = {
    "quantity": NumberField("quantity", T("quantité", "quantity"), Decimal(0), Decimal(9999), 3, "2,5",
                            low_open=True),
    "unit_price": NumberField("unit_price", T("prix unitaire HT", "unit price excl. VAT"), Decimal(0),
                              Decimal("999999.99"), 4, "12,50", unit="€"),
    "vat_rate": NumberField("vat_rate", T("taux de TVA", "VAT rate"), Decimal(0), Decimal(20), 1, "20",
                            choices=VAT_RATES, unit="%"),
    "labour_discount_percent": NumberField("labour_discount_percent",
                                           T("remise sur la main-d'œuvre", "labour discount"), Decimal(0),
                                           Decimal(100), 2, "5", unit="%"),
    "deposit_percent": NumberField("deposit_percent", T("acompte demandé", "deposit asked"), Decimal(0),
                                   Decimal(100), 2, "40", unit="%"),
    "deposit_paid": NumberField("deposit_paid", T("acompte déjà versé", "deposit already paid"), Decimal(0),
                                Decimal("9999999.99"), 2, "100,00", unit="€"),
}


class NumberRefused(ValueError):
    """A typed value a number field does not accept; `text` says why and what to write, in the
    trainee's words (no exception name, no key)."""

    def __init__(self, text: Text):
        super().__init__(text.fr)
        self.text = text


def _fr(d: Decimal) -> str:
    return f"{d.normalize():f}".replace(".", ",")


def _en(d: Decimal) -> str:
    return f"{d.normalize():f}"


def _limits(f: NumberField) -> Text:
    from . import fmt

    if f.choices:
        return T("choisissez " + ", ".join(_fr(c) for c in f.choices[:-1]) + f" ou {_fr(f.choices[-1])} %",
                 "choose " + ", ".join(_en(c) for c in f.choices[:-1]) + f" or {_en(f.choices[-1])}%")
    unit = f"\u00a0{f.unit}" if f.unit else ""
    high_fr, high_en = fmt.number(f.high, "fr") + unit, fmt.number(f.high, "en") + unit
    if f.low_open:
        return T(f"attendu un nombre supérieur à {_fr(f.low)} et d'au plus {high_fr} ({f.places} décimales au plus)",
                 f"expected a number above {_en(f.low)} and at most {high_en} (at most {f.places} decimals)")
    return T(f"attendu un nombre de {_fr(f.low)} à {high_fr} ({f.places} décimales au plus)",
             f"expected a number from {_en(f.low)} to {high_en} (at most {f.places} decimals)")


def read_number(field: str, value, vat_exempt: bool = False) -> Decimal | None:
    """The value of number field `field` (a key of NUMBER_FIELDS) as typed: French decimal comma or
    point, spaces between thousands, a trailing "€" or "%" allowed. None when empty. Raises
    NumberRefused (and nothing else) for text that is not a plain decimal number, a value out of the
    field's bounds or with too many decimals, or a VAT rate outside the French rates (0 is accepted
    only for a VAT-exempt document, CGI art. 293 B)."""
    f = NUMBER_FIELDS[field]
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        raise NumberRefused(T(f"{f.label.fr} : attendu un nombre (ex. {f.example})",
                              f"{f.label.get('en')}: expected a number (e.g. {f.example.replace(',', '.')})"))
    text = value if isinstance(value, str) else (repr(value) if isinstance(value, float) else str(value))
    s = text.translate(_SPACES)
    if f.unit and s.endswith(f.unit):
        s = s[: -len(f.unit)]
    if not s:
        return None
    shown = text.strip()[:30] + ("…" if len(text.strip()) > 30 else "")
    if len(s) > 40 or not _NUMBER.fullmatch(s):
        raise NumberRefused(T(f"{f.label.fr} « {shown} » : ce n'est pas un nombre, écrivez par exemple {f.example}",
                              f'{f.label.get("en")} "{shown}": not a number, write for example '
                              f"{f.example.replace(',', '.')}"))
    d = Decimal(s.replace(",", "."))
    if f.choices:
        if d in f.choices or (vat_exempt and d == 0):
            return d
        raise NumberRefused(T(f"{f.label.fr} « {shown} » : {_limits(f).fr}",
                              f'{f.label.get("en")} "{shown}": {_limits(f).get("en")}'))
    below = d <= f.low if f.low_open else d < f.low
    if below or d > f.high or -d.as_tuple().exponent > f.places:
        raise NumberRefused(T(f"{f.label.fr} « {shown} » : {_limits(f).fr}",
                              f'{f.label.get("en")} "{shown}": {_limits(f).get("en")}'))
    return d


@dataclass
class TypedLine:
    """One line of a trainee's document as read: `line` when quantity, unit price and VAT rate
    are all written and accepted (the VAT rate may stay empty on a VAT-exempt document)."""

    raw: dict
    line: Line | None
    problems: dict[str, Text] = field(default_factory=dict)  # field -> why it was refused
    missing: tuple[str, ...] = ()  # number fields not written yet


def read_line(raw: dict, vat_exempt: bool = False) -> TypedLine:
    vals, problems, missing = {}, {}, []
    for key in ("quantity", "unit_price", "vat_rate"):
        try:
            vals[key] = read_number(key, raw.get(key), vat_exempt)
        except NumberRefused as e:
            vals[key], problems[key] = None, e.text
            continue
        if vals[key] is None and not (key == "vat_rate" and vat_exempt):
            missing.append(key)
    if problems or missing:
        return TypedLine(raw, None, problems, tuple(missing))
    rate = Decimal(0) if vat_exempt else vals["vat_rate"]
    return TypedLine(raw, Line(str(raw.get("designation") or ""), vals["quantity"], vals["unit_price"], rate,
                              str(raw.get("unit") or ""), bool(raw.get("labour", False))))


def _lines_of(doc) -> list[dict]:
    lines = doc.get("lines") if isinstance(doc, dict) else None
    return [x for x in lines if isinstance(x, dict)] if isinstance(lines, list) else []


LINE_TEXTS = ("designation", "quantity", "unit", "unit_price", "vat_rate")


def blank_line(raw: dict) -> bool:
    """A line with nothing written in it (the empty line an editor offers): not part of the document."""
    return not any(str(raw.get(k) or "").strip() for k in LINE_TEXTS) and not raw.get("as_typed")


def read_terms(doc: dict) -> tuple[dict[str, Decimal | None], dict[str, Text]]:
    """The discount, deposit and deposit paid the trainee wrote (None: not written), and why any
    was refused."""
    terms, problems = {}, {}
    for key in TERMS:
        try:
            terms[key] = read_number(key, doc.get(key) if isinstance(doc, dict) else None)
        except NumberRefused as e:
            terms[key], problems[key] = None, e.text
    return terms, problems


def typed_totals(doc: dict, vat_exempt: bool = False) -> Totals:
    """The totals the program computes from what the trainee wrote: the complete, accepted lines and
    the accepted terms (a term not written counts as 0). Never raises for any document."""
    lines = [t.line for t in (read_line(x, vat_exempt) for x in _lines_of(doc)) if t.line is not None]
    terms, _ = read_terms(doc)
    return compute(lines, terms["labour_discount_percent"] or 0, terms["deposit_percent"] or 0,
                   terms["deposit_paid"] or 0, vat_exempt)


# --------------------------------------------------------------------------- mentions

@dataclass(frozen=True)
class Mention:
    id: str
    label: Text
    kinds: tuple[str, ...]  # quote, invoice
    date: bool = False  # a date written dd/mm/yyyy
    example: str | Text = ""  # a format (a date) or a neutral example, never the answer a task grades


# What French law asks a quote or invoice to state beyond its lines and totals (Code de commerce
# L441-9 and D441-5, CGI art. 242 nonies A; a quote: arrêté du 2 mars 1990 for repair services).
# The seller's and customer's identities are fields of their own (`seller`, `client`).
MENTIONS = (
    Mention("issue_date", T("Date d'émission", "Issue date"), ("quote", "invoice"), True, "30/11/2026"),
    Mention("validity", T("Durée de validité du devis", "Validity of the quote"), ("quote",), False,
            T("3 mois", "3 months")),
    Mention("work_start", T("Date de début et durée prévue des travaux", "Start date and planned duration"),
            ("quote",), False, T("sous 5 jours ouvrés, durée 1 jour", "within 5 working days, 1 day's work")),
    Mention("service_date", T("Date de la vente ou de la prestation", "Date of the sale or service"), ("invoice",),
            True, "28/11/2026"),
    Mention("order_ref", T("Référence du devis ou du bon de commande", "Quote or purchase order reference"),
            ("invoice",), False, T("bon de commande n° 1234", "purchase order no. 1234")),
    Mention("operation", T("Nature de l'opération (biens, services ou les deux)",
                           "Nature of the operation (goods, services or both)"), ("invoice",)),
    Mention("due_date", T("Date d'échéance du paiement", "Payment due date"), ("invoice",), True, "30/12/2026"),
    Mention("payment_terms", T("Conditions et moyens de paiement", "Payment terms and means"), ("quote", "invoice"),
            False, T("chèque ou virement", "cheque or bank transfer")),
    Mention("early_payment", T("Escompte pour paiement anticipé", "Early-payment discount"), ("invoice",)),
    Mention("late_penalties", T("Taux des pénalités de retard", "Late-payment penalty rate"), ("invoice",)),
    Mention("recovery_fee", T("Indemnité forfaitaire pour frais de recouvrement", "Fixed recovery fee"),
            ("invoice",)),
)


def mentions_for(kind: str, spec: dict | None = None) -> list[Mention]:
    """The mention fields of a quote or invoice: the legal ones for its kind, then any other
    mention the scenario requires (`required_mentions`)."""
    out = [m for m in MENTIONS if kind in m.kinds]
    known = {m.id for m in MENTIONS}
    for m in (spec or {}).get("required_mentions") or []:
        if isinstance(m, dict):
            mid = str(m.get("id") or m.get("fr") or "?")
            label = T(str(m.get("fr") or mid), str(m.get("en") or m.get("fr") or mid))
        else:
            mid = str(m)
            label = T(mid, mid)
        if mid in known:
            continue
        known.add(mid)
        out.append(Mention(mid, label, (kind,)))
    return out


# --------------------------------------------------------------------------- grading a trainee's document


@dataclass
class DocItem:
    """One automatically graded point of a document: met or not, with what was expected and found."""

    id: str
    label: Text
    ok: bool
    expected: str = ""
    found: str = ""

    def as_dict(self) -> dict:
        return {"id": self.id, "label": self.label.as_dict(), "ok": self.ok, "expected": self.expected,
                "found": self.found}


def _shown(value) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return "—"
    return str(value)


def _rate_key(rate: Decimal) -> str:
    return f"{rate.normalize():f}"


def document_problems(doc) -> list[Text]:
    """What makes a trainee's document unstorable: a wrong shape, or a number field holding a value
    its `NumberField` refuses; empty when fine. Empty values are allowed: a document is saved as it
    is being written. Keys the program computes (totals) are not read."""
    if not isinstance(doc, dict):
        return [T("le document doit être un objet (lignes, conditions, mentions)",
                  "the document must be an object (lines, terms, mentions)")]
    out = []
    lines = doc.get("lines", [])
    if not isinstance(lines, list):
        out.append(T("« lines » doit être une liste de lignes", '"lines" must be a list of lines'))
        lines = []
    for i, line in enumerate(lines, start=1):
        if not isinstance(line, dict):
            out.append(T(f"ligne {i} : attendu un objet", f"line {i}: expected an object"))
            continue
        for key in ("quantity", "unit_price", "vat_rate"):
            try:
                read_number(key, line.get(key), vat_exempt=True)
            except NumberRefused as e:
                out.append(T(f"ligne {i} : {e.text.fr}", f"line {i}: {e.text.get('en')}"))
        typed = line.get("as_typed", {})
        if not isinstance(typed, dict) or not all(isinstance(v, str) for v in typed.values()):
            out.append(T(f"ligne {i} : « as_typed » associe un champ au texte refusé",
                         f'line {i}: "as_typed" maps a field to the refused text'))
    out += list(read_terms(doc)[1].values())
    for key in ("mentions", "as_typed"):
        value = doc.get(key, {})
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            out.append(T(f"« {key} » doit associer un nom à un texte", f'"{key}" must map a name to a text'))
    for key in ("number", "seller", "client", "notes"):
        if not isinstance(doc.get(key, ""), str):
            out.append(T(f"« {key} » doit être un texte", f'"{key}" must be a text'))
    return out


def next_number(previous: str) -> str | None:
    """The number that follows `previous` in a continuous sequence: F-2025-0106 -> F-2025-0107."""
    m = re.search(r"(\d+)(\D*)$", str(previous))
    if not m:
        return None
    digits = m.group(1)
    return previous[: m.start(1)] + str(int(digits) + 1).zfill(len(digits)) + m.group(2)


def _want_line(el: Line, vat_exempt: bool) -> str:
    rate = "" if vat_exempt else f", TVA {_rate_key(el.vat_rate)} %"
    return f"{el.designation} : {_fr(el.quantity)} × {_fr(el.unit_price)} € HT{rate}" + (
        " (main-d'œuvre)" if el.labour else "")


def _found_line(t: TypedLine) -> str:
    r = t.raw
    parts = [str(r.get("designation") or "?"), f"{_shown(r.get('quantity'))} × {_shown(r.get('unit_price'))} € HT"]
    if str(r.get("vat_rate") or "").strip():
        parts.append(f"TVA {r.get('vat_rate')} %")
    return " ; ".join(parts) + (" (main-d'œuvre)" if r.get("labour") else "")


def grade_document(spec: dict, kind: str, doc: dict) -> list[DocItem]:
    """The automatic part of a quote or invoice task, item by item. Only what the trainee wrote is
    graded, never a value the program computed or filled in (line totals, sub-total, VAT, totals,
    deposit and net amounts: they follow from what is graded here):

    - every line of the scenario's document is there, with its quantity, unit price excluding VAT, VAT
      rate and labour mark as the trainee typed them (the wording of the designation is free);
    - every other line the trainee wrote (extra, incomplete or refused) is an item not met;
    - the labour discount, the deposit asked and the deposit already paid, when the scenario has them;
    - the document's number (a quote: the scenario's number; an invoice: the one after the previous);
    - every mention the scenario requires is filled in; a VAT-exempt document carries the art. 293 B
      mention.
    Never raises for any document (a document saved by an older version, an unreadable value)."""
    items: list[DocItem] = []
    vat_exempt = bool(spec.get("vat_exempt", False))
    exp_lines = [Line.from_dict(x) for x in spec.get("lines") or []]
    typed = [read_line(x, vat_exempt) for x in _lines_of(doc) if not blank_line(x)]
    unmatched = [t for t in typed if t.line is not None]
    for i, el in enumerate(exp_lines, start=1):
        match = next((t for t in unmatched if t.line.quantity == el.quantity and t.line.unit_price == el.unit_price
                      and (vat_exempt or t.line.vat_rate == el.vat_rate) and t.line.labour == el.labour), None)
        want = _want_line(el, vat_exempt)
        label = T(f"ligne « {el.designation} »", f'line "{el.designation}"')
        if match:
            unmatched.remove(match)
        items.append(DocItem(f"line.{i}", label, match is not None, want, _found_line(match) if match else "—"))
    extra = [t for t in typed if t.line is None or t in unmatched]
    for n, t in enumerate(extra, start=1):
        items.append(DocItem(f"line.extra.{n}", T("ligne en trop, incomplète ou illisible",
                                                  "extra, incomplete or unreadable line"),
                             False, "—", _found_line(t)))

    terms, _ = read_terms(doc if isinstance(doc, dict) else {})
    term_labels = {"labour_discount_percent": T("remise sur la main-d'œuvre (%)", "labour discount (%)"),
                   "deposit_percent": T("acompte demandé à la commande (%)", "deposit asked on order (%)"),
                   "deposit_paid": T("acompte déjà versé (€)", "deposit already paid (€)")}
    for key in TERMS:
        want = money(spec.get(key) or 0)
        if want:
            items.append(DocItem(f"term.{key}", term_labels[key], terms[key] == want, _fr(want),
                                 _shown(doc.get(key) if isinstance(doc, dict) else None)))

    number = str(doc.get("number") or "").strip() if isinstance(doc, dict) else ""
    if kind == "invoice" and isinstance(spec.get("previous_number"), str):
        want = next_number(spec["previous_number"])
        items.append(DocItem("number", T(f"numéro de facture à la suite de {spec['previous_number']}",
                                         f"invoice number following {spec['previous_number']}"),
                             want is not None and number == want, want or "?", number or "—"))
    elif isinstance(spec.get("number"), str) and spec["number"].strip():
        want = spec["number"].strip()
        label = T("numéro du devis", "quote number") if kind == "quote" else T("numéro du document",
                                                                             "document number")
        items.append(DocItem("number", label, number.casefold() == want.casefold(), want, number or "—"))

    mentions = doc.get("mentions") if isinstance(doc, dict) and isinstance(doc.get("mentions"), dict) else {}
    for m in spec.get("required_mentions") or []:
        if isinstance(m, dict):
            mid = str(m.get("id") or m.get("fr") or "?")
            label = T(str(m.get("fr") or mid), str(m.get("en") or m.get("fr") or mid))
        else:
            mid = str(m)
            known = next((x for x in MENTIONS if x.id == mid), None)
            label = known.label if known else T(mid, mid)
        value = mentions.get(mid)
        filled = isinstance(value, str | int | float) and str(value).strip() != ""
        items.append(DocItem(f"mention.{mid}", T(f"mention : {label.fr}", f"mention: {label.get('en')}"), filled,
                             "—", _shown(value)))
    if vat_exempt:
        texts = [str(v) for v in mentions.values()] + [str(doc.get("notes") or "")]
        ok = any(re.search(r"293\s*B", t, re.I) for t in texts)
        items.append(DocItem("mention.293b", T("mention « TVA non applicable, art. 293 B du CGI »",
                                               'mention "VAT not applicable, art. 293 B of the CGI"'), ok,
                             "TVA non applicable, art. 293 B du CGI", "—" if not ok else "293 B"))
    return items
