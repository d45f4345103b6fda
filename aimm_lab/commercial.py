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


# --------------------------------------------------------------------------- grading a trainee's document
#
# A trainee's quote or invoice (what `Engine.save_document` stores):
#   {"number": "F-2025-0107",
#    "lines": [{"designation": "...", "quantity": "1.5", "unit": "h", "unit_price": "48.00", "vat_rate": "20",
#               "labour": true, "total": "72.00"}],
#    "subtotal_ht": "310.40", "discount": "14.40", "total_ht": "296.00",
#    "vat_by_rate": {"20": {"base": "296.00", "vat": "59.20"}}, "vat": "59.20", "total_ttc": "355.20",
#    "deposit": "106.56", "net_due": "...",
#    "mentions": {"validity": "30 jours", ...}, "notes": "..."}
# Amounts are text or numbers ("48,00" is accepted). Missing amounts are graded as missing.

DOC_AMOUNTS = ("subtotal_ht", "discount", "total_ht", "vat", "total_ttc", "deposit", "net_due")
LINE_NUMBERS = ("quantity", "unit_price", "vat_rate", "total")


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


def _amount(value) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return money(value)
    except (InvalidOperation, ValueError, TypeError):
        return None


def _shown(value) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return "—"
    return str(value)


def _rate_key(rate: Decimal) -> str:
    return f"{rate.normalize():f}"


def document_problems(doc) -> list[Text]:
    """What makes a trainee's document unusable (not numbers where numbers go); empty when fine.
    Empty values are allowed: a document is saved as it is being written."""
    if not isinstance(doc, dict):
        return [T("le document doit être un objet (lignes, totaux, mentions)",
                  "the document must be an object (lines, totals, mentions)")]
    out = []
    lines = doc.get("lines", [])
    if not isinstance(lines, list):
        out.append(T("« lines » doit être une liste de lignes", '"lines" must be a list of lines'))
        lines = []
    for i, line in enumerate(lines, start=1):
        if not isinstance(line, dict):
            out.append(T(f"ligne {i} : attendu un objet", f"line {i}: expected an object"))
            continue
        for key in LINE_NUMBERS:
            v = line.get(key)
            if v not in (None, "") and _amount(v) is None:
                out.append(T(f"ligne {i} : {key} « {v} » n'est pas un nombre",
                             f'line {i}: {key} "{v}" is not a number'))
    for key in DOC_AMOUNTS:
        v = doc.get(key)
        if v not in (None, "") and _amount(v) is None:
            out.append(T(f"{key} « {v} » n'est pas un montant", f'{key} "{v}" is not an amount'))
    vbr = doc.get("vat_by_rate", {})
    if not isinstance(vbr, dict):
        out.append(T("« vat_by_rate » doit associer un taux à {base, vat}",
                     '"vat_by_rate" must map a rate to {base, vat}'))
    mentions = doc.get("mentions", {})
    if not isinstance(mentions, dict):
        out.append(T("« mentions » doit associer un nom de mention à son texte",
                     '"mentions" must map a mention name to its text'))
    return out


def next_number(previous: str) -> str | None:
    """The number that follows `previous` in a continuous sequence: F-2025-0106 -> F-2025-0107."""
    m = re.search(r"(\d+)(\D*)$", str(previous))
    if not m:
        return None
    digits = m.group(1)
    return previous[: m.start(1)] + str(int(digits) + 1).zfill(len(digits)) + m.group(2)


def grade_document(spec: dict, kind: str, doc: dict) -> list[DocItem]:
    """The automatic part of a quote or invoice task, item by item.

    - every line of the scenario's document is there (same quantity, unit price, VAT rate, labour or not;
      the wording of the designation is free), and no line is added;
    - every typed line total is quantity × unit price rounded half-up to the cent;
    - the typed sub-total, labour discount, base and VAT of each rate, total VAT, total incl. VAT, deposit
      and net amount due are right, computed from the trainee's own lines (an earlier slip is not counted
      twice) with the scenario's terms;
    - every required mention is filled in; an invoice number continues the previous one; a VAT-exempt
      document carries the art. 293 B mention.
    """
    items: list[DocItem] = []
    exp_lines = [Line.from_dict(x) for x in spec.get("lines") or []]
    raw_lines = [x for x in (doc.get("lines") or []) if isinstance(x, dict)]
    got: list[tuple[dict, Line]] = []
    for raw in raw_lines:
        if all(_amount(raw.get(k)) is not None for k in ("quantity", "unit_price")) and (
                raw.get("vat_rate") in (None, "") or _amount(raw.get("vat_rate")) is not None):
            got.append((raw, Line.from_dict({k: v for k, v in raw.items() if v not in (None, "")})))
    unmatched = list(got)
    for i, el in enumerate(exp_lines, start=1):
        match = next((g for g in unmatched if g[1].quantity == el.quantity and g[1].unit_price == el.unit_price
                      and g[1].vat_rate == el.vat_rate and g[1].labour == el.labour), None)
        want = f"{el.designation} : {el.quantity:f} × {el.unit_price:f} € HT, TVA {_rate_key(el.vat_rate)} %" + (
            " (main-d'œuvre)" if el.labour else "")
        if match:
            unmatched.remove(match)
            items.append(DocItem(f"line.{i}", T(f"ligne « {el.designation} »", f'line "{el.designation}"'), True,
                                 want, want))
        else:
            items.append(DocItem(f"line.{i}", T(f"ligne « {el.designation} »", f'line "{el.designation}"'), False,
                                 want, "—"))
    extra = [ln.designation or "?" for _, ln in unmatched] + ["?"] * (len(raw_lines) - len(got))
    items.append(DocItem("lines.extra", T("aucune ligne en trop ou illisible", "no extra or unreadable line"),
                         not extra, "—", ", ".join(extra) or "—"))
    for i, (raw, ln) in enumerate(got, start=1):
        typed = _amount(raw.get("total"))
        items.append(DocItem(f"line_total.{i}", T(f"total de la ligne {i} ({ln.designation})",
                                                   f"total of line {i} ({ln.designation})"),
                             typed == ln.total, str(ln.total), _shown(raw.get("total"))))

    vat_exempt = bool(spec.get("vat_exempt", False))
    totals = compute([ln for _, ln in got], spec.get("labour_discount_percent", 0), spec.get("deposit_percent", 0),
                     spec.get("deposit_paid", 0), vat_exempt)

    def amount_item(key: str, label, want: Decimal):
        typed = _amount(doc.get(key))
        items.append(DocItem(key, label, typed == want, str(want), _shown(doc.get(key))))

    amount_item("subtotal_ht", T("sous-total HT", "subtotal excl. VAT"), totals.subtotal_ht)
    if money(spec.get("labour_discount_percent", 0) or 0):
        amount_item("discount", T("remise sur la main-d'œuvre", "labour discount"), totals.discount)
    amount_item("total_ht", T("total HT", "total excl. VAT"), totals.total_ht)
    if not vat_exempt:
        typed_rates = doc.get("vat_by_rate") if isinstance(doc.get("vat_by_rate"), dict) else {}
        typed_by_rate = {}
        for k, v in typed_rates.items():
            r = _amount(k)
            if r is not None:
                typed_by_rate[r] = v if isinstance(v, dict) else {}
        for rate, (base, vat) in sorted(totals.vat_by_rate.items()):
            t = typed_by_rate.get(rate, {})
            rk = _rate_key(rate)
            items.append(DocItem(f"vat_base.{rk}", T(f"base HT au taux de {rk} %", f"base excl. VAT at {rk}%"),
                                 _amount(t.get("base")) == base, str(base), _shown(t.get("base"))))
            items.append(DocItem(f"vat.{rk}", T(f"TVA à {rk} %", f"VAT at {rk}%"),
                                 _amount(t.get("vat")) == vat, str(vat), _shown(t.get("vat"))))
    amount_item("vat", T("total TVA", "total VAT"), totals.vat)
    amount_item("total_ttc", T("total TTC", "total incl. VAT"), totals.total_ttc)
    if money(spec.get("deposit_percent", 0) or 0):
        amount_item("deposit", T("acompte", "deposit"), totals.deposit)
    if kind == "invoice" or money(spec.get("deposit_paid", 0) or 0):
        amount_item("net_due", T("net à payer", "net amount due"), totals.net_due)

    mentions = doc.get("mentions") if isinstance(doc.get("mentions"), dict) else {}
    for m in spec.get("required_mentions") or []:
        if isinstance(m, dict):
            mid = str(m.get("id") or m.get("fr") or "?")
            label = T(str(m.get("fr") or mid), str(m.get("en") or m.get("fr") or mid))
        else:
            mid = str(m)
            label = T(mid, mid)
        value = mentions.get(mid)
        filled = isinstance(value, str | int | float) and str(value).strip() != ""
        items.append(DocItem(f"mention.{mid}", T(f"mention : {label.fr}", f"mention: {label.get('en')}"), filled,
                             "—", _shown(value)))
    if kind == "invoice" and isinstance(spec.get("previous_number"), str):
        want = next_number(spec["previous_number"])
        items.append(DocItem("number", T(f"numéro de facture à la suite de {spec['previous_number']}",
                                         f"invoice number following {spec['previous_number']}"),
                             want is not None and str(doc.get("number") or "").strip() == want, want or "?",
                             _shown(doc.get("number"))))
    if vat_exempt:
        texts = [str(v) for v in mentions.values()] + [str(doc.get("notes") or "")]
        ok = any(re.search(r"293\s*B", t, re.I) for t in texts)
        items.append(DocItem("mention.293b", T("mention « TVA non applicable, art. 293 B du CGI »",
                                               'mention "VAT not applicable, art. 293 B of the CGI"'), ok,
                             "TVA non applicable, art. 293 B du CGI", "—" if not ok else "293 B"))
    return items
