"""Regenerate the window's translations.

    python -m tools.i18n_update           # .ts from the code (pyside6-lupdate), then .qm (pyside6-lrelease)
    python -m tools.i18n_update --check   # also fail if an English translation is missing

Source strings are French. `aimm_lab_fr.ts` is filled here: each text is its own
translation, and texts with a count (`%n scénario(s)`) get their French singular and plural
(`%n scénario`, `%n scénarios`). `aimm_lab_en.ts` holds the English texts, kept by
lupdate from one run to the next; new texts arrive "unfinished" and are listed by
`--check` until someone translates them (in Qt Linguist, or in the file itself).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "ui"
HERE = UI / "i18n"
LANGS = ("fr", "en")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: beside the running Python first (a virtualenv), then PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.prefix) / "bin", Path(sys.prefix) / "Scripts"):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    raise SystemExit(f"{name} not found: it comes with PySide6-Essentials (pip install PySide6-Essentials)")


def sources() -> list[str]:
    return sorted(str(p) for p in UI.rglob("*.py") if "i18n" not in p.relative_to(UI).parts)


def ts_path(lang: str) -> Path:
    return HERE / f"aimm_lab_{lang}.ts"


def qm_path(lang: str) -> Path:
    return HERE / f"aimm_lab_{lang}.qm"


def lupdate(ts_files: list[Path]) -> None:
    cmd = [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", *map(str, ts_files)]
    subprocess.run(cmd, check=True, capture_output=True, text=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True, text=True)


def french_plurals(source: str) -> tuple[str, str]:
    """"%n fichier(s) illisible(s)" -> ("%n fichier illisible", "%n fichiers illisibles")."""
    return re.sub(r"\(s\)", "", source), re.sub(r"\(s\)", "s", source)


def messages(ts: Path):
    """(context, source, numerus, message element) of every message of a .ts file."""
    root = ET.parse(ts).getroot()
    for ctx in root.findall("context"):
        name = ctx.findtext("name")
        for msg in ctx.findall("message"):
            yield name, msg.findtext("source"), msg.get("numerus") == "yes", msg


def fill_french(ts: Path) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "fr_FR")
    root.set("sourcelanguage", "fr_FR")
    for ctx in root.findall("context"):
        for msg in ctx.findall("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            for k in list(tr.attrib):
                del tr.attrib[k]
            for child in list(tr):
                tr.remove(child)
            if msg.get("numerus") == "yes":
                tr.text = None
                for form in french_plurals(src):
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = src
    _write(tree, ts)


def mark_english(ts: Path) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "en_GB")
    root.set("sourcelanguage", "fr_FR")
    _write(tree, ts)


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def write_qt_gaps() -> None:
    """qtgaps_<lang>.qm from `ui.i18n.QT_GAPS`: Qt's own texts its shipped catalogue lacks."""
    import tempfile

    from ui.i18n import QT_GAPS, gaps_qm_path

    for lang, texts in QT_GAPS.items():
        root = ET.Element("TS", version="2.1", language=f"{lang}_FR" if lang == "fr" else lang,
                          sourcelanguage="en")
        for context in sorted({c for c, _ in texts}):
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
            for (c, source), translation in sorted(texts.items()):
                if c == context:
                    msg = ET.SubElement(ctx, "message")
                    ET.SubElement(msg, "source").text = source
                    ET.SubElement(msg, "translation").text = translation
        with tempfile.TemporaryDirectory() as tmp:
            ts = Path(tmp) / f"qtgaps_{lang}.ts"
            _write(ET.ElementTree(root), ts)
            lrelease(ts, gaps_qm_path(lang))


def untranslated(ts: Path) -> list[tuple[str, str]]:
    out = []
    for ctx, src, numerus, msg in messages(ts):
        tr = msg.find("translation")
        if numerus:
            forms = [f.text for f in tr.findall("numerusform")]
            missing = not forms or not all(forms)
        else:
            missing = not (tr.text or "").strip()
        if missing or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            out.append((ctx, src))
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="fail if an English text is not translated")
    ns = p.parse_args(argv)
    lupdate([ts_path(lang) for lang in LANGS])
    fill_french(ts_path("fr"))
    mark_english(ts_path("en"))
    for lang in LANGS:
        lrelease(ts_path(lang), qm_path(lang))
    write_qt_gaps()
    missing = untranslated(ts_path("en"))
    total = sum(1 for _ in messages(ts_path("en")))
    print(f"{total} texts; {len(missing)} without an English translation")
    for ctx, src in missing:
        print(f"  [{ctx}] {src}")
    return 1 if ns.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
