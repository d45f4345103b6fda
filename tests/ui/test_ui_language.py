"""French first, English available: every text goes through Qt's translation system, the
shipped English .qm translates every one of them, and switching language retranslates
the open window (menus, pages, the scenario's own texts) without losing anything."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest
from ui_helpers import add_trainee_when_asked, state_copy

from ui.i18n import qm_path
from ui.qt import QCoreApplication, QTranslator


def extracted(tmp_path) -> list[tuple[str, str, bool]]:
    """Every (context, source, has a count) the code holds, extracted afresh by pyside6-lupdate."""
    from tools import i18n_update as update

    ts = tmp_path / "fresh.ts"
    subprocess.run([update.tool("pyside6-lupdate"), *update.sources(), "-locations", "none", "-ts", str(ts)],
                   check=True, capture_output=True)
    out = []
    for ctx in ET.parse(ts).getroot().findall("context"):
        for msg in ctx.findall("message"):
            out.append((ctx.findtext("name"), msg.findtext("source"), msg.get("numerus") == "yes"))
    return out


def test_lupdate_and_lrelease_come_with_pyside6():
    from tools import i18n_update as update

    for name in ("pyside6-lupdate", "pyside6-lrelease"):
        assert update.tool(name)


def test_the_english_translation_covers_every_text_of_the_code(app, tmp_path):
    texts = extracted(tmp_path)
    assert len(texts) > 250
    t = QTranslator()
    assert t.load(str(qm_path("en")))
    missing = []
    for ctx, src, numerus in texts:
        got = t.translate(ctx, src, None, 2 if numerus else -1)
        if not got:
            missing.append(f"[{ctx}] {src}")
    assert not missing, "untranslated (run python -m tools.i18n_update --check):\n" + "\n".join(missing)


def test_french_plural_forms(app):
    t = QTranslator()
    assert t.load(str(qm_path("fr")))
    assert t.translate("LibraryPage", "%n scénario(s)", None, 1) == "%n scénario"
    assert t.translate("LibraryPage", "%n scénario(s)", None, 3) == "%n scénarios"


class Recorder(QTranslator):
    """Installed last, asked first: notes every text the window asks Qt to translate."""

    def __init__(self):
        super().__init__()
        self.asked: set[tuple[str, str]] = set()
        self.kept: list = []

    def translate(self, context, source, disambiguation=None, n=-1):
        # PySide6 releases the `disambiguation` argument (None) once too often on each call of a
        # Python translate(): thousands of calls free None itself ("none_dealloc") later in the run.
        # Keeping one reference per call balances it.
        self.kept.append(disambiguation)
        self.asked.add((context, source))
        return None  # a null string: "not translated here", ask the next translator

    def isEmpty(self):  # noqa: N802 - Qt's name
        return False


def test_every_text_shown_while_working_is_translated(window_factory, qtbot, tmp_path):
    """Drive the main screens in English and check each text Qt was asked for."""
    from ui import i18n as ui_i18n

    ui_i18n.install("en")
    rec = Recorder()
    QCoreApplication.instance().installTranslator(rec)
    try:
        state = state_copy(tmp_path, "b3-apipa", "broken")
        w = window_factory(state)
        w.show_scenario("b3-apipa")
        add_trainee_when_asked("Robin Roy")
        w.scenario_page.practice.click()
        qtbot.waitUntil(lambda: w.current_page() == "attempt", timeout=15000)
        ap = w.attempt_page
        ap.check_all.click()
        qtbot.waitUntil(lambda: not ap.checking, timeout=15000)
        for key in list(ap.items):
            ap.select_task(key) if key != "__brief__" else None
        w.show_history()
        qtbot.waitUntil(lambda: w.current_page() == "history", timeout=10000)
    finally:
        QCoreApplication.instance().removeTranslator(rec)
    t = QTranslator()
    assert t.load(str(qm_path("en")))
    ours = {ctx for ctx, _src, _n in extracted(tmp_path)}
    asked = {(c, s) for c, s in rec.asked if c in ours}
    assert len(asked) > 100
    missing = sorted(f"[{c}] {s}" for c, s in asked if not t.translate(c, s, None, 2) and not t.translate(c, s))
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_window_starts_in_the_chosen_language(window_factory, monkeypatch, lang):
    monkeypatch.setenv("AIMM_LAB_LANG", lang)
    from ui.app import make_app

    make_app()
    w = window_factory()
    assert w.menus["file"].title() == ("&Fichier" if lang == "fr" else "&File")
    assert w.library.heading.text() == ("Bibliothèque de scénarios" if lang == "fr" else "Scenario library")


def test_switching_language_retranslates_the_open_window(window_factory, qtbot, tmp_path):
    state = state_copy(tmp_path, "b3-apipa", "broken")
    w = window_factory(state)
    assert w.menus["file"].title() == "&Fichier"
    w.show_scenario("b3-apipa")
    add_trainee_when_asked("Alex Moreau")
    w.scenario_page.practice.click()
    qtbot.waitUntil(lambda: w.current_page() == "attempt", timeout=15000)
    ap = w.attempt_page
    report = next(t for t in ap.scenario.tasks if t.kind == "report")
    ap.panels[report.id].fields["request"].setPlainText("Plus d'Internet")

    w.actions["lang_en"].trigger()
    qtbot.waitUntil(lambda: w.menus["file"].title() == "&File", timeout=3000)  # LanguageChange is posted
    assert w.actions["check_all"].text() == "&Check all tasks"
    assert ap.check_all.text() == "&Check all"
    assert ap.title.text() == "Workstation on APIPA (169.254.x.x): DHCP no longer answers"  # the scenario's own text
    assert "Customer's request" in ap.items["__brief__"].text()
    assert "Fournier bakery" in ap.panels["__brief__"].browser.toPlainText()
    assert ap.panels[report.id].labels["diagnosis"].text().startswith("Findings and diagnosis")
    # What the trainee typed is still there, and is saved.
    assert ap.panels[report.id].fields["request"].toPlainText() == "Plus d'Internet"
    qtbot.waitUntil(lambda: w.session.engine().facts(ap.attempt.id).report.get("request") == "Plus d'Internet",
                    timeout=5000)
    w.show_library()
    assert w.library.heading.text() == "Scenario library"
    assert w.library.table.horizontalHeaderItem(0).text() == "Scenario"

    w.actions["lang_fr"].trigger()
    qtbot.waitUntil(lambda: w.menus["file"].title() == "&Fichier", timeout=3000)
    assert w.library.heading.text() == "Bibliothèque de scénarios"
    from ui import settings as opts

    assert opts.get("ui/language") == "fr"

