"""Scenario texts as a reader expects them: `code` shown as code, and the line breaks an author
typed in a ticket kept (an e-mail's "De :" and "Objet :" lines, "Merci !" on its own line)."""

from __future__ import annotations

import html
import re

_CODE = re.compile(r"`([^`\n]+)`")
_BLOCK_START = re.compile(r"^\s*([-*+]\s|#|\||\d+[.)]\s|```|>)")


def inline_html(text: str) -> str:
    """Plain text with `inline code` -> HTML for a QLabel: escaped, code in a monospace font,
    line breaks kept."""
    out, last = [], 0
    for m in _CODE.finditer(text):
        out.append(html.escape(text[last:m.start()]))
        out.append(f"<code>{html.escape(m.group(1))}</code>")
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", "<br>")


def _body(line: str) -> tuple[bool, str]:
    """(inside a quote, the line without its "> " marker)."""
    if line.lstrip().startswith(">"):
        return True, line.lstrip()[1:].lstrip()
    return False, line


def _deliberate(line: str, next_word: str, width: int) -> bool:
    fits = len(line) + 1 + len(next_word) < width
    starts = next_word[0].isupper() or next_word[0].isdigit() or next_word[0] in "«*"
    return fits and starts and (len(line) <= width - 12 or line.endswith((".", "!", "?", ":", ";", "»", "…")))


def keep_line_breaks(markdown: str) -> str:
    """Markdown whose hard-wrapped paragraphs still flow, but where the author broke a line on
    purpose the break stays (a Markdown hard break: two trailing spaces). A break is on purpose
    when the next word would have fitted on the line (the longest line of prose gives the
    wrap width), the next line starts like a new line (a capital, a digit, « or *) and the
    line is clearly short or ends a sentence. Code blocks, lists, headings and
    tables are left as they are."""
    lines = markdown.split("\n")
    prose = [line for line in lines if not _BLOCK_START.match(_body(line)[1]) and not line.startswith(" ")]
    width = max((len(line.rstrip()) for line in prose), default=0)
    out, fence = [], False
    for i, line in enumerate(lines):
        if line.lstrip().startswith("```"):
            fence = not fence
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        quoted, body = _body(line)
        next_quoted, next_body = _body(nxt)
        if (not fence and body.strip() and next_body.strip() and quoted == next_quoted
                and not _BLOCK_START.match(next_body) and not _BLOCK_START.match(body) and not body.startswith(" ")
                and _deliberate(line.rstrip(), next_body.split()[0], width)):
            line = line.rstrip() + "  "
        out.append(line)
    return "\n".join(out)
