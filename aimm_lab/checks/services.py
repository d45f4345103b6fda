"""Process and service check types."""

from __future__ import annotations

from ..i18n import T, Text
from ..machine.base import Machine
from .base import CheckType, Context, Evidence, Param, register
from .common import base_name, known, known_list, need_one_of, none_unread, number_text, unread

PROC = Param("name", "str", T("nom du processus (ex. cupsd, svchelper.exe ; .exe facultatif)",
                              "process name (e.g. cupsd, svchelper.exe; .exe optional)"))


def matching_processes(m: Machine, name: str) -> list[dict]:
    """Processes of that name: case-insensitive, `svchelper` matches `svchelper.exe`. When none matches
    and some process's name could not be read, whether one runs cannot be told: ERROR."""
    want = base_name(name)
    procs = known_list(m.section("processes"), "processes", T("liste des processus", "process list"))
    hits = [p for p in procs if base_name(p.get("name")) == want]
    if not hits:
        blind = [p for p in procs if p.get("name") is None or "name" in (p.get("unknown") or {})]
        if blind:
            raise unread(T(f"nom de {len(blind)} processus", f"name of {len(blind)} process(es)"), blind[0], "name")
    return hits


def _pids(procs: list[dict]) -> str:
    pids = [str(p["pid"]) for p in procs if p.get("pid") is not None]
    return ", ".join(pids[:5]) + (" …" if len(pids) > 5 else "")


def _running_text(procs: list[dict]) -> Text:
    name = procs[0].get("name")
    pids = _pids(procs)
    if pids:
        return T(f"{name} en cours d'exécution (PID {pids})", f"{name} running (PID {pids})")
    return T(f"{name} en cours d'exécution", f"{name} running")


@register
class ProcessRunning(CheckType):
    type = "process_running"
    category = "services"
    description = T("Un processus de ce nom est en cours d'exécution", "A process of this name is running")
    params = (PROC,)

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        procs = matching_processes(m, p["name"])
        expected = T(f"{p['name']} en cours d'exécution", f"{p['name']} running")
        if not procs:
            return Evidence(False, expected, T(f"aucun processus {p['name']}", f"no {p['name']} process"))
        return Evidence(True, expected, _running_text(procs))


@register
class ProcessAbsent(CheckType):
    type = "process_absent"
    category = "services"
    description = T("Aucun processus de ce nom ne tourne", "No process of this name is running")
    params = (PROC,)

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        procs = matching_processes(m, p["name"])
        expected = T(f"aucun processus {p['name']}", f"no {p['name']} process")
        if procs:
            return Evidence(False, expected, _running_text(procs))
        return Evidence(True, expected, T(f"aucun processus {p['name']}", f"no {p['name']} process"))


@register
class CpuLoadBelow(CheckType):
    type = "cpu_load_below"
    category = "services"
    live = True
    description = T("La charge du processeur (ou d'un processus) reste sous le seuil, mesurée sur quelques secondes",
                    "The processor load (or one process's) stays below the limit, measured over a few seconds")
    params = (
        Param("percent", "float", T("seuil en % de tout le processeur (ex. 30)",
                                    "limit in % of the whole processor (e.g. 30)"), min=0, max=100),
        Param("window", "float", T("durée de la mesure en secondes", "measuring time in seconds"),
              required=False, default=2.0, min=0.5, max=30),
        Param("process", "str", T("mesurer ce processus seulement (ex. svchelper.exe)",
                                  "measure this process only (e.g. svchelper.exe)"), required=False),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        load = m.cpu_load(p.get("window", 2.0))
        total = known(load, "total_percent", T("charge du processeur", "processor load"))
        top_all = known_list(load, "top", T("processus les plus actifs", "busiest processes")) \
            if p.get("process") else load.get("top") or []
        limit = number_text(float(p["percent"]), "%")
        if p.get("process"):
            want = base_name(p["process"])
            # Per-process figures are already on Task Manager's scale; a process not in the top is idle.
            value = sum(float(t.get("percent") or 0.0) for t in top_all if base_name(t.get("name")) == want)
            who = p["process"]
            v = number_text(round(value, 1), "%")
            expected = T(f"{who} sous {limit.fr}", f"{who} below {limit.get('en')}")
            found = T(f"{who} à {v.fr}", f"{who} at {v.get('en')}")
        else:
            value = float(total)
            v = number_text(round(value, 1), "%")
            expected = T(f"charge sous {limit.fr}", f"load below {limit.get('en')}")
            found = T(f"charge à {v.fr}", f"load at {v.get('en')}")
            top = [t for t in load.get("top") or [] if (t.get("percent") or 0) >= 5]
            if top and value >= p["percent"]:
                t = top[0]
                tp = number_text(round(float(t["percent"]), 1), "%")
                found = T(f"{found.fr} (surtout {t.get('name')} : {tp.fr})",
                          f"{found.get('en')} (mostly {t.get('name')}: {tp.get('en')})")
        return Evidence(value < p["percent"], expected, found)


STATUS = {
    "running": T("en cours d'exécution", "running"),
    "stopped": T("arrêté", "stopped"),
    "failed": T("en échec", "failed"),
    "paused": T("suspendu", "paused"),
    "starting": T("démarrage en cours", "starting"),
    "stopping": T("arrêt en cours", "stopping"),
    "other": T("état inconnu", "unknown state"),
}
START = {
    "automatic": T("démarrage automatique", "automatic start"),
    "manual": T("démarrage manuel", "manual start"),
    "disabled": T("désactivé", "disabled"),
    "other": T("type de démarrage inconnu", "unknown start type"),
}


def find_service(m: Machine, name: str) -> dict | None:
    """By name (case-insensitive, `cups` matches `cups.service`), else by display name."""
    services = known_list(m.section("services"), "services", T("liste des services", "service list"))
    want = base_name(name, (".service",))
    for s in services:
        if base_name(s.get("name"), (".service",)) == want:
            return s
    for s in services:
        if str(s.get("display_name") or "").strip().lower() == name.strip().lower():
            return s
    none_unread(services, "name", T("nom d'un service", "a service's name"))
    return None


def _state_text(name: str, status: str | None, start: str | None) -> Text:
    parts = [x for x in (STATUS.get(status or "", STATUS["other"]) if status is not None else None,
                         START.get(start or "", START["other"]) if start is not None else None) if x]
    return Text(f"{name} : " + ", ".join(x.fr for x in parts), f"{name}: " + ", ".join(x.get("en") for x in parts))


@register
class ServiceState(CheckType):
    type = "service_state"
    category = "services"
    description = T("Le service est dans l'état et le type de démarrage attendus",
                    "The service is in the expected state and start type")
    params = (
        Param("name", "str", T("nom du service (ex. Spooler, cups ; pas le nom affiché)",
                               "service name (e.g. Spooler, cups; not the display name)")),
        Param("status", "enum", T("état attendu : running (en cours d'exécution) ou stopped (arrêté)",
                                  "expected state: running or stopped"),
              required=False, choices=("running", "stopped")),
        Param("start_type", "enum", T("type de démarrage attendu : automatic, manual ou disabled",
                                      "expected start type: automatic, manual or disabled"),
              required=False, choices=("automatic", "manual", "disabled")),
    )
    requires_one_of = ("status", "start_type")

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        need_one_of(self, p)
        expected = _state_text(p["name"], p.get("status"), p.get("start_type"))
        s = find_service(m, p["name"])
        if s is None:
            return Evidence(False, expected, T("service absent", "no such service"))
        name = s.get("name") or p["name"]
        # A state or start type that could not be read (null, or a word with no equivalent: "other")
        # is an ERROR with its reason, never "unknown state" graded as a fail.
        status = _read(s, "status", T(f"état du service {name}", f"state of service {name}")) \
            if p.get("status") is not None else s.get("status")
        start = _read(s, "start_type", T(f"type de démarrage du service {name}", f"start type of service {name}")) \
            if p.get("start_type") is not None else s.get("start_type")
        ok = ((p.get("status") is None or status == p["status"])
              and (p.get("start_type") is None or start == p["start_type"]))
        found = _state_text(name, status, start)
        words = _systemd_words(s) if p.get("start_type") is not None else None
        if words:
            found = Text(f"{found.fr} ({words.fr})", f"{found.get('en')} ({words.get('en')})")
        return Evidence(ok, expected, found, facts={"status": status, "start_type": start})


def _read(s: dict, field: str, what: Text) -> str:
    value = known(s, field, what)
    if value == "other":  # recorded before unknown fields were marked: no reading either
        raise unread(what)
    return value


def _systemd_words(s: dict) -> Text | None:
    """systemd's own words behind a start type: the unit file state, and the trigger units."""
    w = s.get("systemd")
    if not isinstance(w, dict) or not w.get("unit_file_state"):
        return None
    fr = [f"systemd : {w['unit_file_state']}"]
    en = [f"systemd: {w['unit_file_state']}"]
    for t in w.get("triggered_by") or []:
        state = "/".join(x for x in (t.get("unit_file_state"), t.get("active_state")) if x)
        fr.append(f"démarré à la demande par {t.get('unit')} ({state})")
        en.append(f"started on demand by {t.get('unit')} ({state})")
    return Text(", ".join(fr), ", ".join(en))
