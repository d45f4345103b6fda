"""File check types: presence, content, fingerprint.

Presence, owner and size come from the file's metadata: a check reads a file's content only when it
needs it (file_contains: the first FILE_TEXT_LIMIT bytes; file_sha256: a digest of a file up to
FILE_DIGEST_LIMIT, UNSUPPORTED beyond, with the file's size).

A file that does not exist is machine state (a pass or a fail). A file that
could not be read (access denied, any other read error) is a probe error:
never a pass, never a fail. The answer's `error` is `null`, a short text, or
`{"kind": "denied|failed|timeout|not_found", "message": "..."}`.
"""

from __future__ import annotations

import re

from ..i18n import T, Text
from ..machine.base import (
    DENIED,
    FAILED,
    FILE_DIGEST_LIMIT,
    FILE_TEXT_LIMIT,
    PROBE_ERROR_TEXT,
    TIMEOUT,
    UNSUPPORTED,
    Machine,
    ProbeError,
)
from .base import CheckType, Context, Evidence, Param, register
from .common import known, probe_error, size_text

PATH = Param("path", "str", T("chemin complet du fichier (ex. C:\\Users\\Public\\test.txt, /etc/fstab)",
                              "full path of the file (e.g. C:\\Users\\Public\\test.txt, /etc/fstab)"))

PRESENT = T("présent", "present")
ABSENT = T("absent", "absent")
FILE_ABSENT = T("fichier absent", "file absent")

_NOT_FOUND = ("not_found", "notfound", "enoent", "missing", "no such file", "cannot find", "introuvable",
              "not found")
_DENIED = ("denied", "permission", "eacces", "eperm", "refusé")


def _error(r: dict) -> tuple[str, str] | None:
    """(kind, message) of the answer's read error, or None."""
    err = r.get("error")
    if not err:
        return None
    if isinstance(err, dict):
        kind = str(err.get("kind") or FAILED).lower()
        msg = str(err.get("message") or "")
        if kind == "not_found" or kind in PROBE_ERROR_TEXT:  # classified by its error number when read
            return kind, msg
    else:
        kind, msg = "", str(err)
    text = f"{kind} {msg}".lower()
    if any(w in text for w in _NOT_FOUND):
        return "not_found", msg
    if any(w in text for w in _DENIED):
        return DENIED, msg
    if kind == TIMEOUT or "timeout" in text or "timed out" in text:
        return TIMEOUT, msg
    return FAILED, msg


def _raise(kind: str, msg: str, path: str) -> None:
    raise ProbeError(kind, f"{path}: {msg}" if msg else path)


def read(m: Machine, path: str, text: bool = False, digest: bool = False) -> dict | None:
    """The answer for an existing file, with its text or digest when asked; None when it does not exist;
    ProbeError when unreadable."""
    r = m.file(path, text=text, digest=digest)
    err = _error(r)
    if (err and err[0] == "not_found") or (err is None and r.get("exists") is False):
        return None
    if err:
        _raise(err[0], err[1], path)
    if r.get("exists") is not True:
        _raise(FAILED, "", path)
    return r


def _exists_text(r: dict) -> Text:
    if r.get("is_file") is False:
        return T("présent (dossier)", "present (folder)")
    if r.get("size") is not None:
        s = size_text(r["size"])
        return T(f"présent ({s.fr})", f"present ({s.get('en')})")
    return PRESENT


def _exists_only(m: Machine, path: str) -> dict | None:
    """Whether the path exists; known even when the content could not be read."""
    r = m.file(path)
    err = _error(r)
    if r.get("exists") is True:
        return r
    if (err and err[0] == "not_found") or (err is None and r.get("exists") is False):
        return None
    _raise(err[0] if err else FAILED, err[1] if err else "", path)
    return None  # pragma: no cover - _raise always raises


@register
class FileExists(CheckType):
    type = "file_exists"
    category = "files"
    description = T("Le fichier (ou dossier) existe", "The file (or folder) exists")
    params = (PATH,)

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        r = _exists_only(m, p["path"])
        return Evidence(r is not None, PRESENT, _exists_text(r) if r else ABSENT)


@register
class FileOwner(CheckType):
    type = "file_owner"
    category = "files"
    description = T("Le fichier (ou dossier) appartient à ce compte (Linux)", "The file (or folder) belongs to this account (Linux)")
    params = (PATH, Param("owner", "str", T("compte propriétaire attendu (ex. hlemaire)",
                                             "expected owning account (e.g. hlemaire)")))

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        expected = T(f"appartient à {p['owner']}", f"belongs to {p['owner']}")
        r = _exists_only(m, p["path"])
        if r is None:
            return Evidence(False, expected, ABSENT)
        owner = known(r, "owner", T(f"propriétaire de {p['path']}", f"owner of {p['path']}"))
        found = T(f"appartient à {owner}", f"belongs to {owner}")
        return Evidence(str(owner).lower() == str(p["owner"]).lower(), expected, found)


@register
class FileAbsent(CheckType):
    type = "file_absent"
    category = "files"
    description = T("Le fichier n'existe pas (ou plus)", "The file does not exist (any more)")
    params = (PATH,)

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        r = _exists_only(m, p["path"])
        return Evidence(r is None, ABSENT, _exists_text(r) if r else ABSENT)


def _excerpt(line: str, width: int = 80) -> str:
    line = line.strip()
    return line if len(line) <= width else line[: width - 1] + "…"


@register
class FileContains(CheckType):
    type = "file_contains"
    category = "files"
    description = T("Le fichier contient le texte (ou l'expression régulière) donné",
                    "The file contains the given text (or regular expression)")
    params = (
        PATH,
        Param("pattern", "str", T("texte cherché (respecte la casse)", "text looked for (case-sensitive)")),
        Param("regex", "bool", T("true : le motif est une expression régulière (ligne par ligne avec ^ et $)",
                                 "true: the pattern is a regular expression (^ and $ match at each line)"),
              required=False, default=False),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        pattern = p["pattern"]
        expected = T(f"contient « {pattern} »", f'contains "{pattern}"')
        r = read(m, p["path"], text=True)
        if r is None:
            return Evidence(False, expected, FILE_ABSENT)
        if r.get("is_file") is False:
            return Evidence(False, expected, T("c'est un dossier", "it is a folder"))
        content = known(r, "text", T(f"contenu de {p['path']}", f"content of {p['path']}"))
        if p.get("regex"):
            try:
                match = re.search(pattern, content, re.MULTILINE)
            except re.error as e:
                raise probe_error(FAILED, f"expression régulière invalide : {e}",
                                  f"invalid regular expression: {e}", bare=True) from None
            start = match.start() if match else -1
        else:
            start = content.find(pattern)
        if start < 0 and r.get("text_truncated"):  # the rest of the file was not read: absent cannot be told
            limit, size = size_text(FILE_TEXT_LIMIT), size_text(r.get("size"))
            raise probe_error(UNSUPPORTED, f"motif absent du premier {limit.fr} lu d'un fichier de {size.fr}",
                              f"pattern not in the first {limit.get('en')} read of a {size.get('en')} file")
        if start < 0:
            return Evidence(False, expected, T("motif absent du fichier", "pattern not in the file"))
        line_no = content.count("\n", 0, start) + 1
        line = content.splitlines()[line_no - 1] if content.splitlines() else ""
        return Evidence(True, expected, T(f"ligne {line_no} : {_excerpt(line)}", f"line {line_no}: {_excerpt(line)}"))


@register
class FileSha256(CheckType):
    type = "file_sha256"
    category = "files"
    description = T("Le fichier a l'empreinte SHA-256 attendue (contenu intact)",
                    "The file has the expected SHA-256 digest (content unchanged)")
    params = (PATH, Param("sha256", "sha256", T("empreinte SHA-256 attendue (64 caractères hexadécimaux)",
                                                "expected SHA-256 digest (64 hex digits)")))

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        want = p["sha256"].lower()
        expected = f"SHA-256 {want[:16]}…"
        r = read(m, p["path"], digest=True)
        if r is None:
            return Evidence(False, expected, FILE_ABSENT)
        if r.get("is_file") is False:
            return Evidence(False, expected, T("c'est un dossier", "it is a folder"))
        reason = (r.get("unknown") or {}).get("sha256")
        if r.get("sha256") is None and isinstance(reason, dict) and reason.get("kind") == UNSUPPORTED \
                and isinstance(r.get("size"), int) and r["size"] > FILE_DIGEST_LIMIT:
            size, limit = size_text(r["size"]), size_text(FILE_DIGEST_LIMIT)
            raise probe_error(UNSUPPORTED, f"empreinte non calculée : fichier de {size.fr}, au-delà de {limit.fr}",
                              f"digest not computed: a {size.get('en')} file, over {limit.get('en')}")
        have = str(known(r, "sha256", T(f"empreinte SHA-256 de {p['path']}",
                                        f"SHA-256 digest of {p['path']}"))).lower()
        if have == want:
            return Evidence(True, expected, f"SHA-256 {have[:16]}…")
        return Evidence(False, expected, T(f"SHA-256 {have[:16]}… (contenu modifié)",
                                           f"SHA-256 {have[:16]}… (content changed)"))
