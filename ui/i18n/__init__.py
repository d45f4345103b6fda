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


# Texts of Qt's own dialogs that PySide6's qtbase_fr.qm lacks (their English source changed in
# Qt 6 and the French catalogue kept the old one): the file dialog's "Look in" and "Files of
# type". `python -m tools.i18n_update` compiles them into qtgaps_<lang>.qm beside our own.
QT_GAPS = {
    "fr": {
        ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
        ("QFileDialog", "Files of &type:"): "Fichiers de &type\u00a0:",
        ("QAbstractFileIconProvider", "Folder"): "Dossier",
        ("QAbstractFileIconProvider", "Drive"): "Lecteur",
    },
}


def gaps_qm_path(lang: str) -> Path:
    return HERE / f"qtgaps_{lang}.qm"


def qt_translator(lang: str) -> QTranslator | None:
    """Qt's own texts (standard buttons, the file dialog's "Look in", "File name", "Save"...) in
    `lang`, from PySide6's translations folder: `qtbase_<lang>.qm`. `qt_<lang>.qm` only points
    to the catalogues of every Qt module and fails to load when one of them is not installed
    (PySide6-Essentials ships qtbase but not qtmultimedia...). None when neither loads."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    t = QTranslator(QCoreApplication.instance())
    for name in (f"qtbase_{lang}", f"qt_{lang}"):
        if t.load(name, folder):
            return t
    return None


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
    qt_own = qt_translator(lang)  # Qt's standard buttons and dialogs
    if qt_own is not None:
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    gaps = QTranslator(app)
    if gaps_qm_path(lang).is_file() and gaps.load(str(gaps_qm_path(lang))):
        app.installTranslator(gaps)
        _installed.append(gaps)
    ours = QTranslator(app)
    if ours.load(str(qm_path(lang))):
        app.installTranslator(ours)
        _installed.append(ours)
    _current = lang
    return lang
