"""The window's language. Source strings are French (the product's first language);
`aimm_lab_fr.qm` carries French plural forms, `aimm_lab_en.qm` the English texts.
`python -m tools.i18n_update` regenerates the .ts files from the code and the .qm files
from the .ts files. Scenario texts (core `Text` values) follow `aimm_lab.i18n`."""

from __future__ import annotations

from pathlib import Path

from aimm_lab import i18n as core_i18n

from ..qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

HERE = Path(__file__).resolve().parent
LANGS = ("fr", "en")
_installed: list[QTranslator] = []
_current: str | None = None


def qm_path(lang: str) -> Path:
    return HERE / f"aimm_lab_{lang}.qm"


def ts_path(lang: str) -> Path:
    return HERE / f"aimm_lab_{lang}.ts"


def current() -> str:
    return _current or core_i18n.current_lang()


def install(lang: str | None) -> str:
    """Install the translators for `lang` (None: the core's choice, i.e. AIMM_LAB_LANG or
    the system). Installing sends a LanguageChange event to every widget, which then
    retranslates itself. Returns the language now in use."""
    global _current
    app = QCoreApplication.instance()
    if lang not in LANGS:
        lang = core_i18n.current_lang()
    core_i18n.set_lang(lang)
    QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English,
                               QLocale.Country.France if lang == "fr" else QLocale.Country.UnitedKingdom))
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    qt_own = QTranslator(app)  # Qt's standard buttons and dialogs
    if qt_own.load(f"qt_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    ours = QTranslator(app)
    if ours.load(str(qm_path(lang))):
        app.installTranslator(ours)
        _installed.append(ours)
    _current = lang
    return lang
