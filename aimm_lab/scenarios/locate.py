"""Where a key path sits in a TOML text, so errors can name file:line.

tomllib gives values, not positions. This reads the text line by line, following
[table] and [[array]] headers and `key = value` lines (dotted keys included),
and maps each key path ("tasks[1].checks[0].type") to its line. Multi-line
strings and arrays are skipped over. Paths it cannot place fall back to their
nearest placed parent.
"""

from __future__ import annotations

import re

_BARE = r"[A-Za-z0-9_-]+"
_KEY = rf'(?:{_BARE}|"[^"]*"|\'[^\']*\')'
_DOTTED = rf"{_KEY}(?:\s*\.\s*{_KEY})*"
_HEADER_RE = re.compile(rf"^\[\[\s*({_DOTTED})\s*\]\]|^\[\s*({_DOTTED})\s*\]")
_KV_RE = re.compile(rf"^({_DOTTED})\s*=\s*(.*)$")


def _parts(dotted: str) -> list[str]:
    return [p.strip().strip("\"'") for p in re.findall(_KEY, dotted)]


def _bracket_balance(value: str) -> int:
    depth, quote = 0, None
    i = 0
    while i < len(value):
        ch = value[i]
        if quote:
            if ch == "\\" and quote == '"':
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            break
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
        i += 1
    return depth


def locate(text: str) -> dict[str, int]:
    where: dict[str, int] = {}
    counts: dict[str, int] = {}  # indexed array path -> number of elements so far
    table: list[str] = []
    lines = text.splitlines()
    i = 0

    def resolve(parts: list[str]) -> list[str]:
        out: list[str] = []
        for part in parts:
            path = ".".join(out + [part])
            if path in counts:
                out.append(f"{part}[{counts[path] - 1}]")
            else:
                out.append(part)
        return out

    while i < len(lines):
        lineno = i + 1
        line = lines[i].strip()
        i += 1
        if not line or line.startswith("#"):
            continue
        m = _HEADER_RE.match(line)
        if m:
            if m.group(1):  # [[array]]
                parts = _parts(m.group(1))
                parent = resolve(parts[:-1])
                apath = ".".join(parent + [parts[-1]])
                counts[apath] = counts.get(apath, 0) + 1
                table = parent + [f"{parts[-1]}[{counts[apath] - 1}]"]
                where.setdefault(apath, lineno)
            else:
                table = resolve(_parts(m.group(2)))
            where[".".join(table)] = lineno
            continue
        m = _KV_RE.match(line)
        if not m:
            continue
        key = ".".join(table + _parts(m.group(1)))
        where.setdefault(key, lineno)
        value = m.group(2).strip()
        for delim in ('"""', "'''"):
            if value.startswith(delim) and value.count(delim) == 1:
                while i < len(lines) and delim not in lines[i]:
                    i += 1
                i += 1
                break
        else:
            depth = _bracket_balance(value)
            while depth > 0 and i < len(lines):
                depth += _bracket_balance(lines[i].strip())
                i += 1
    return where


def line_of(where: dict[str, int], keypath: str) -> int:
    """The line of a key path, or of its nearest placed parent; 1 if none."""
    path = keypath
    while path:
        if path in where:
            return where[path]
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return 1
