"""Scenario texts as written: `code` shown as code in hints and task texts, and the line breaks
an author typed in a ticket kept while hard-wrapped paragraphs still flow."""

from __future__ import annotations

import tomllib

from ui_helpers import FIXTURES, state_copy

from ui.richtext import inline_html, keep_line_breaks


def test_inline_code_is_code_and_the_rest_is_escaped():
    assert inline_html("tapez `ip addr` puis <Entrée> & lisez") == (
        "tapez <code>ip addr</code> puis &lt;Entrée&gt; &amp; lisez")
    assert inline_html("deux\nlignes `a` `b`") == "deux<br>lignes <code>a</code> <code>b</code>"
    assert "`" not in inline_html("`Get-NetAdapter`, ou `ethtool`.")


def test_a_ticket_keeps_its_deliberate_breaks_and_its_paragraphs_flow():
    brief = tomllib.loads((FIXTURES / "b2" / "b2-cordon-rj45.toml").read_text(encoding="utf-8"))["brief"]["fr"]
    out = keep_line_breaks(brief)
    lines = out.split("\n")
    # The e-mail's header lines and "Merci !" stay on their own lines...
    assert any(line.startswith("> De :") and line.endswith("  ") for line in lines)
    demi = next(line for line in lines if line.endswith("mètre et demi.  "))
    assert lines[lines.index(demi) + 1] == "Merci !"
    # ...while a paragraph wrapped at the author's width flows (no forced break in it).
    wrapped = next(line for line in lines if line.startswith("En faisant le ménage"))
    assert not wrapped.endswith("  ")
    assert keep_line_breaks("- une\n- liste\n\n```\ncode  x\nsuite\n```") == "- une\n- liste\n\n```\ncode  x\nsuite\n```"


def test_every_builtin_ticket_wraps_most_lines_as_paragraphs():
    """The rule is for deliberate breaks only: in the built-in tickets, a few lines per ticket at most."""
    for path in sorted(FIXTURES.glob("b*/*.toml")):
        brief = tomllib.loads(path.read_text(encoding="utf-8"))["brief"]
        for lang in ("fr", "en"):
            lines = keep_line_breaks(brief[lang]).split("\n")
            breaks = [line for line in lines if line.endswith("  ") and not line.startswith(("**", ">", "---"))]
            assert len(breaks) <= 2, (path.name, lang, breaks)


def test_the_ticket_and_the_hint_on_screen(window_factory, qtbot, tmp_path):
    w = window_factory(state_copy(tmp_path, "b3-apipa"))
    w.set_trainee(w.session.add_trainee("Eva Roux"))
    w.show_scenario("b3-apipa")
    w.scenario_page.practice.click()
    qtbot.waitUntil(lambda: w.current_page() == "attempt", timeout=15000)
    ap = w.attempt_page
    task = next(t for t in ap.scenario.tasks if t.hint is not None and "`" in t.hint.fr)
    panel = ap.panels[task.id]
    panel.show_hint(task.hint.fr)
    assert "<code>" in panel.hint_label.text() and "`" not in panel.hint_label.text()
