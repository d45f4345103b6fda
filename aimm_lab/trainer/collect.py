"""Collecting result bundles from the lab PCs: chosen files, or every bundle in a folder (a USB
key, a network share where each PC drops its file). Each bundle is checked and merged on its
own (store/bundles.py): a tampered or foreign file is refused with its reason and the others
still come in; importing the same files again changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import AimmError
from ..exam.bundles import FORMAT, BundleError, ImportResult, import_bundle
from ..i18n import T, Text

PEEK_BYTES = 4096


@dataclass
class Collected:
    path: Path
    result: ImportResult | None = None
    error: Text | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def text(self, lang: str | None = None) -> str:
        if self.result is not None:
            return self.result.summary().get(lang)
        return self.error.get(lang) if self.error else ""


def looks_like_bundle(path: Path) -> bool:
    """A quick look at the start of a file: is it meant to be a results bundle?"""
    try:
        with open(path, "rb") as f:
            head = f.read(PEEK_BYTES).decode("utf-8", "replace")
    except OSError:
        return False
    return f'"{FORMAT}"' in head or path.name.startswith("aimm-lab-resultats")


def bundle_files(paths: list[str | Path], unique: bool = True) -> list[Path]:
    """Files as given; for a folder, the results bundles it holds (and in its sub-folders), by name.
    `unique`: a file reached twice (named, and inside a folder given too) is listed once."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted((f for f in p.rglob("*.json") if f.is_file() and looks_like_bundle(f)),
                          key=lambda f: str(f).lower())
        else:
            out.append(p)
    if not unique:
        return out
    seen, once = set(), []
    for p in out:
        key = str(p.resolve()) if p.exists() else str(p)
        if key not in seen:
            seen.add(key)
            once.append(p)
    return once


def collect(engine, paths: list[str | Path], secret: bytes) -> list[Collected]:
    """Import every bundle found under `paths`; one result per file, in order."""
    files = bundle_files(paths)
    if not files:
        return []
    out = []
    for f in files:
        try:
            out.append(Collected(f, import_bundle(engine, f, secret)))
        except BundleError as e:
            out.append(Collected(f, error=e.text))
        except AimmError as e:  # the database refused the write: said as it is, the next file is tried
            out.append(Collected(f, error=e.text))
    return out


def summary(results: list[Collected]) -> Text:
    added = sum(len(r.result.added) for r in results if r.result)
    extended = sum(len(r.result.extended) for r in results if r.result)
    refused = sum(1 for r in results if not r.ok)
    return T(f"{len(results)} fichier(s) : {added} tentative(s) ajoutée(s), {extended} complétée(s), "
             f"{refused} fichier(s) refusé(s)",
             f"{len(results)} file(s): {added} attempt(s) added, {extended} completed, {refused} file(s) refused")
