"""A trainee's quote or invoice as HTML in the usual French layout: seller block and document
title with its number and dates, customer block, the lines table, totals with the VAT of each
rate, deposit and net amount, the mentions, and on a quote the "Bon pour accord" box for the
customer's signature. Printed to PDF by `ui/pdf.write_pdf` (QTextDocument's HTML subset) and
shown in the results page; only what the trainee wrote is printed, and the totals are the
program's computation from it (`aimm_lab.commercial.typed_totals`)."""

from __future__ import annotations

from html import escape

from aimm_lab import fmt
from aimm_lab.commercial import NumberRefused, blank_line, mentions_for, read_line, read_number, typed_totals
from aimm_lab.exam.scoring import parse_when
from aimm_lab.i18n import T

GREY = "#e8e8e8"
HEAD_DATES = {"issue_date": T("Date", "Date"), "validity": T("Validité", "Valid for"),
              "service_date": T("Date de la prestation", "Date of service"), "due_date": T("Échéance", "Due date")}


def _text(value) -> str:
    return escape(str(value or "").strip()).replace("\n", "<br/>")


def _colon(lang: str) -> str:
    return "\u00a0: " if lang == "fr" else ": "


def _num(field: str, value, lang: str, exempt: bool) -> str:
    try:
        d = read_number(field, value, exempt)
    except NumberRefused:
        return "—"
    if d is None:
        return "—"
    if field == "unit_price":
        return fmt.money(d, lang)
    if field == "vat_rate":
        return f"{fmt.number(d.normalize(), lang)}\u00a0%"
    return fmt.number(d.normalize(), lang)


def document_html(spec: dict, kind: str, doc: dict, lang: str, page: bool = True) -> str:
    """The document as HTML. `page`: a whole printable page (PDF); otherwise a fragment for the
    results page (no page title)."""
    doc = doc if isinstance(doc, dict) else {}
    spec = spec if isinstance(spec, dict) else {}
    exempt = bool(spec.get("vat_exempt", False))
    quote = kind == "quote"
    mentions = doc.get("mentions") if isinstance(doc.get("mentions"), dict) else {}
    title = T("DEVIS", "QUOTE") if quote else T("FACTURE", "INVOICE")
    number = str(doc.get("number") or "").strip()
    out = []

    # Head: seller on the left; title, number and dates on the right.
    dates = []
    for mid, label in HEAD_DATES.items():
        value = str(mentions.get(mid) or "").strip()
        when = parse_when(value) if mid != "validity" else None
        if when is not None:
            value = fmt.day(when, lang)  # 1/2/2026 and 2026-02-01 both print 01/02/2026
        if value:
            dates.append(f"{escape(label.get(lang))}{_colon(lang)}<b>{escape(value)}</b>")
    seller = _text(doc.get("seller")) or "<i>" + escape(T("(émetteur non renseigné)", "(seller not filled in)")
                                                        .get(lang)) + "</i>"
    client = _text(doc.get("client")) or "<i>" + escape(T("(client non renseigné)", "(customer not filled in)")
                                                        .get(lang)) + "</i>"
    out.append('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
               f'<td width="55%" valign="top">{seller}</td>'
               f'<td width="45%" valign="top" align="right"><span style="font-size:20pt"><b>'
               f'{escape(title.get(lang))}</b></span><br/>'
               + escape(T("N° ", "No. ").get(lang)) + f"<b>{escape(number) or '—'}</b><br/>"
               + "<br/>".join(dates) + "</td></tr></table>")
    out.append('<p></p><table width="100%" cellspacing="0" cellpadding="0"><tr><td width="50%"></td>'
               f'<td width="50%"><table width="100%" border="1" style="border-collapse:collapse" cellspacing="0" cellpadding="6"><tr><td>'
               f'<b>{escape(T("Client", "Customer").get(lang))}</b><br/>{client}</td></tr></table></td></tr></table>')

    # Lines.
    heads = [T("Désignation", "Description"), T("Qté", "Qty"), T("Unité", "Unit"), T("PU HT", "Unit price excl. VAT")]
    if not exempt:
        heads.append(T("TVA", "VAT"))
    heads.append(T("Total HT", "Total excl. VAT"))
    out.append('<p></p><table width="100%" border="1" style="border-collapse:collapse" cellspacing="0" cellpadding="4">')
    out.append("<tr>" + "".join(f'<th bgcolor="{GREY}">{escape(h.get(lang))}</th>' for h in heads) + "</tr>")
    lines = doc.get("lines") if isinstance(doc.get("lines"), list) else []
    shown = 0
    for raw in lines:
        if not isinstance(raw, dict) or blank_line(raw):
            continue
        shown += 1
        line = read_line(raw, exempt).line
        name = _text(raw.get("designation")) or "—"
        if raw.get("labour"):
            name += " <i>(" + escape(T("main-d'œuvre", "labour").get(lang)) + ")</i>"
        cells = [name, _num("quantity", raw.get("quantity"), lang, exempt), _text(raw.get("unit")),
                 _num("unit_price", raw.get("unit_price"), lang, exempt)]
        if not exempt:
            cells.append(_num("vat_rate", raw.get("vat_rate"), lang, exempt))
        cells.append(fmt.money(line.total, lang) if line is not None else "—")
        out.append("<tr>" + "".join(f'<td{"" if i in (0, 2) else " align=right"}>{c}</td>'
                                    for i, c in enumerate(cells)) + "</tr>")
    if not shown:
        out.append(f'<tr><td colspan="{len(heads)}"><i>' + escape(T("Aucune ligne.", "No line.").get(lang))
                   + "</i></td></tr>")
    out.append("</table>")

    # Totals, computed by the program from what was written.
    t = typed_totals(doc, exempt)
    terms = {}
    for key in ("labour_discount_percent", "deposit_percent", "deposit_paid"):
        try:
            terms[key] = read_number(key, doc.get(key))
        except NumberRefused:
            terms[key] = None
    rows = [(T("Sous-total HT", "Subtotal excl. VAT"), t.subtotal_ht, False)]
    if terms["labour_discount_percent"]:
        rows.append((T(f"Remise main-d'œuvre {fmt.number(terms['labour_discount_percent'].normalize(), 'fr')} %",
                       f"Labour discount {fmt.number(terms['labour_discount_percent'].normalize(), 'en')}%"),
                     -t.discount, False))
    rows.append((T("Total HT", "Total excl. VAT"), t.total_ht, True))
    if not exempt:
        rows.append((T("Total TVA", "Total VAT"), t.vat, False))
    rows.append((T("Total TTC", "Total incl. VAT"), t.total_ttc, True))
    if terms["deposit_percent"]:
        rows.append((T(f"Acompte à la commande ({fmt.number(terms['deposit_percent'].normalize(), 'fr')} %)",
                       f"Deposit on order ({fmt.number(terms['deposit_percent'].normalize(), 'en')}%)"),
                     t.deposit, False))
    if terms["deposit_paid"] or not quote:
        if terms["deposit_paid"]:
            rows.append((T("Acompte déjà versé", "Deposit already paid"), -terms["deposit_paid"], False))
        rows.append((T("Net à payer", "Net amount due"), t.net_due, True))
    # Left: the VAT of each rate (base excl. VAT, VAT, total incl. VAT); right: the document's totals.
    recap = ""
    if not exempt and t.vat_by_rate:
        recap = ('<table width="100%" border="1" style="border-collapse:collapse" cellspacing="0" cellpadding="4">'
                 "<tr>" + "".join(f'<th bgcolor="{GREY}">{escape(h.get(lang))}</th>' for h in (
                     T("Taux TVA", "VAT rate"), T("Base HT", "Base excl. VAT"), T("TVA", "VAT"),
                     T("TTC", "Incl. VAT"))) + "</tr>")
        for rate, (base, vat) in sorted(t.vat_by_rate.items()):
            recap += (f"<tr><td align=right>{fmt.number(rate.normalize(), lang)}\u00a0%</td>"
                      f"<td align=right>{fmt.money(base, lang)}</td><td align=right>{fmt.money(vat, lang)}</td>"
                      f"<td align=right>{fmt.money(base + vat, lang)}</td></tr>")
        recap += "</table>"
    out.append('<p></p><table width="100%" cellspacing="0" cellpadding="0"><tr>'
               f'<td width="48%" valign="top">{recap}</td><td width="4%"></td><td width="48%" valign="top">'
               '<table width="100%" border="1" style="border-collapse:collapse" cellspacing="0" cellpadding="4">')
    for label, value, strong in rows:
        b, eb = ("<b>", "</b>") if strong else ("", "")
        bg = f' bgcolor="{GREY}"' if strong else ""
        out.append(f"<tr><td{bg}>{b}{escape(label.get(lang))}{eb}</td>"
                   f"<td{bg} align=right>{b}{fmt.money(value, lang)}{eb}</td></tr>")
    out.append("</table></td></tr></table>")

    # Mentions the trainee wrote.
    written = [(m, str(mentions.get(m.id) or "").strip()) for m in mentions_for(kind, spec)
               if m.id not in HEAD_DATES]
    items = [f"<li>{escape(m.label.get(lang))}{_colon(lang)}{escape(v)}</li>" for m, v in written if v]
    if str(doc.get("notes") or "").strip():
        items.append(f"<li>{_text(doc.get('notes'))}</li>")
    if items:
        out.append('<p></p><p><b>' + escape(T("Conditions et mentions", "Terms and mentions").get(lang))
                   + "</b></p><ul>" + "".join(items) + "</ul>")

    if quote:
        out.append('<p></p><table width="100%" cellspacing="0" cellpadding="0"><tr><td width="45%"></td>'
                   '<td width="55%"><table width="100%" border="1" style="border-collapse:collapse" cellspacing="0" cellpadding="8"><tr><td>'
                   "<b>" + escape(T("Bon pour accord", "Approved (« Bon pour accord »)").get(lang)) + "</b><br/>"
                   + escape(T("Date, signature et cachet du client, précédés de la mention manuscrite "
                              "« Bon pour accord » :",
                              "Date, the customer's signature and stamp, after the handwritten words "
                              "« Bon pour accord »:").get(lang))
                   + "<br/><br/><br/><br/><br/></td></tr></table></td></tr></table>")
    if page:
        head = escape(f"{title.get(lang).capitalize()} {number}".strip())
        return f"<html><head><title>{head}</title></head><body>{''.join(out)}</body></html>"
    return "".join(out)
