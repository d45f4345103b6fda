"""A machine answered from a recorded state (the JSON of `probe --json` / `check --record`)."""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import AimmError
from ..i18n import T
from .base import (
    LOOKUP_KINDS,
    NOT_RECORDED,
    STATE_FORMAT,
    STATE_SCHEMA,
    Machine,
    ProbeError,
    cpu_load_key,
    dns_key,
    file_holds,
    ntp_key,
    route_key,
    tcp_key,
)


class StateFileError(AimmError):
    pass


class RecordedMachine(Machine):
    def __init__(self, state: dict, source: str = "<state>"):
        if not isinstance(state, dict):
            raise StateFileError(T(f"{source}: l'état enregistré doit être un objet JSON",
                                   f"{source}: a recorded state must be a JSON object"))
        if state.get("format") != STATE_FORMAT:
            raise StateFileError(T(f"{source}: ce fichier n'est pas un état machine AIMM Lab",
                                   f"{source}: this file is not an AIMM Lab machine state"))
        schema = state.get("schema")
        if not isinstance(schema, int) or schema > STATE_SCHEMA:
            raise StateFileError(T(
                f"{source}: état de schéma {schema!r}, cette version lit jusqu'au schéma {STATE_SCHEMA}",
                f"{source}: state schema {schema!r}, this version reads up to schema {STATE_SCHEMA}"))
        self.state = state
        self.source = source
        self.platform = state.get("platform", "linux")
        self.sections = state.get("sections") or {}
        self.errors = state.get("errors") or {}
        self.lookups = {k: (state.get("lookups") or {}).get(k) or {} for k in LOOKUP_KINDS}
        #: When the attempt started, for states graded outside an attempt (fixtures).
        self.attempt_started_at = state.get("attempt_started_at")

    @classmethod
    def load(cls, path: str | Path) -> RecordedMachine:
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as e:
            raise StateFileError(T(f"{path}: lecture impossible ({e.strerror})",
                                   f"{path}: cannot read ({e.strerror})")) from None
        try:
            state = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise StateFileError(T(f"{path}: JSON invalide ({e})", f"{path}: invalid JSON ({e})")) from None
        return cls(state, str(path))

    def section(self, name, parts=None):  # a recorded state answers what it holds
        if name in self.sections:
            return self.sections[name]
        if name in self.errors:
            raise ProbeError.from_dict(self.errors[name])
        raise ProbeError(NOT_RECORDED, name)

    def _get(self, kind, key):
        try:
            return self.lookups[kind][key]
        except KeyError:
            raise ProbeError(NOT_RECORDED, f"{kind} {key}") from None

    def resolve(self, name, rdtype="A", server=None, timeout=2.0):
        return self._get("dns", dns_key(name, rdtype, server))

    def tcp_connect(self, host, port, timeout=2.0):
        return self._get("tcp", tcp_key(host, port))

    def file(self, path, text=False, digest=False):
        """The recorded answer; a content part asked for that was not recorded (a state recorded by a
        pass that did not need it) is named in `unknown` as not recorded."""
        answer = self._get("files", path)
        if file_holds(answer, text, digest):
            return answer
        missing = {k: {"kind": NOT_RECORDED, "message": ""}
                   for k, asked in (("text", text), ("sha256", digest))
                   if asked and answer.get(k) is None and k not in (answer.get("unknown") or {})}
        return {**answer, "unknown": {**(answer.get("unknown") or {}), **missing}}

    def cpu_load(self, window_s=2.0):
        return self._get("cpu_load", cpu_load_key(window_s))

    def clock(self, server, timeout=2.0):
        return self._get("ntp", ntp_key(server))

    def route(self, destination):
        return self._get("route", route_key(destination))
