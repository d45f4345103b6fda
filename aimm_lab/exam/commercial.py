"""Quotes and invoices under French rules: Decimal, half-up rounding to the cent,
VAT computed per rate on the total excluding VAT of that rate."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

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
