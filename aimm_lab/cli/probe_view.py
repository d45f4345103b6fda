"""`aimm-lab probe` as a technician reads it: one block per part of the machine, in French or
English, sizes and dates made readable, the long lists (processes, services) cut to what matters
unless that part alone was asked for. The JSON (`--json`) stays the complete record."""

from __future__ import annotations

from datetime import datetime

from .. import fmt
from ..i18n import T, Text
from ..machine.base import PROBE_ERROR_TEXT

TITLES = {
    "system": T("Système", "System"),
    "cpu": T("Processeur", "Processor"),
    "memory": T("Mémoire", "Memory"),
    "battery": T("Batterie", "Battery"),
    "disks": T("Disques", "Disks"),
    "network": T("Réseau", "Network"),
    "dhcp": T("Adressage DHCP", "DHCP addressing"),
    "dns": T("DNS", "DNS"),
    "hosts": T("Fichier hosts", "Hosts file"),
    "proxy": T("Proxy", "Proxy"),
    "sockets": T("Ports en écoute", "Listening ports"),
    "shares": T("Partages réseau (SMB)", "Network shares (SMB)"),
    "processes": T("Processus", "Processes"),
    "services": T("Services", "Services"),
    "users": T("Sessions ouvertes", "Open sessions"),
    "accounts": T("Comptes locaux", "Local accounts"),
    "printers": T("Imprimantes", "Printers"),
    "startup": T("Programmes au démarrage", "Startup programs"),
    "programs": T("Programmes installés", "Installed programs"),
    "encryption": T("Chiffrement BitLocker", "BitLocker encryption"),
    "health": T("Santé du matériel", "Hardware health"),
    "profiles": T("Profils utilisateur", "User profiles"),
}

SHORT_LIST = 25  # processes / services shown when the whole machine is probed


size = fmt.size


def when(ts, lang: str, now: float | None = None) -> str:
    if not ts:
        return "?"
    stamp = fmt.moment(float(ts), lang)
    if now is None:
        now = datetime.now().timestamp()
    ago = int(max(0, now - float(ts)) // 60)
    days, rest = divmod(ago, 1440)
    hours, minutes = divmod(rest, 60)
    if days:
        span = f"{days} j {hours} h" if lang == "fr" else f"{days} d {hours} h"
    else:
        span = f"{hours} h {minutes:02d}" if hours else f"{minutes} min"
    return f"{stamp} ({'il y a ' if lang == 'fr' else ''}{span}{'' if lang == 'fr' else ' ago'})"


def table(rows: list[list[str]], indent: str = "  ") -> list[str]:
    if not rows:
        return []
    widths = [max(len(r[i]) for r in rows if i < len(r)) for i in range(max(len(r) for r in rows))]
    out = []
    for r in rows:
        cells = [c.ljust(widths[i]) if i < len(r) - 1 else c for i, c in enumerate(r)]
        out.append((indent + "  ".join(cells)).rstrip())
    return out


def _t(fr: str, en: str, lang: str) -> str:
    return fr if lang == "fr" else en


def _system(d, lang, full):
    os_ = d.get("os") or {}
    name = os_.get("name") or os_.get("system") or "?"
    detail = []
    if os_.get("system") == "Linux":
        detail.append(_t(f"noyau {os_.get('release')}", f"kernel {os_.get('release')}", lang))
    elif os_.get("build"):
        detail.append(f"build {os_['build']}")
    rows = [[_t("Nom du poste", "Computer name", lang), d.get("hostname") or "?"],
            [_t("Système", "System", lang), name + (f" ({', '.join(detail)})" if detail else "")],
            [_t("Démarré le", "Started", lang), when(d.get("boot_time"), lang)]]
    return table(rows)


def _cpu(d, lang, full):
    parts = [_t(f"{d.get('logical')} cœurs logiques", f"{d.get('logical')} logical cores", lang)]
    if d.get("physical"):
        parts.append(_t(f"{d['physical']} physiques", f"{d['physical']} physical", lang))
    f = d.get("freq_mhz")
    if f and f.get("current"):
        parts.append(f"{f['current']:.0f} MHz" + (f" (max {f['max']:.0f})" if f.get("max") else ""))
    return ["  " + ", ".join(parts)]


def _memory(d, lang, full):
    return table([[_t("Mémoire vive", "RAM", lang),
                   _t(f"{size(d.get('total'), lang)} (disponible : {size(d.get('available'), lang)})",
                      f"{size(d.get('total'), lang)} (available: {size(d.get('available'), lang)})", lang)],
                  [_t("Fichier d'échange", "Swap", lang), size(d.get("swap_total"), lang)]])


def _battery(d, lang, full):
    if not d.get("present"):
        return ["  " + _t("aucune (poste fixe)", "none (desktop)", lang)]
    plug = _t("sur secteur", "plugged in", lang) if d.get("plugged") else _t("sur batterie", "on battery", lang)
    left = ""
    if d.get("secsleft"):
        h, m = divmod(int(d["secsleft"]) // 60, 60)
        left = _t(f", reste {h} h {m:02d}", f", {h} h {m:02d} left", lang)
    return [f"  {d.get('percent', 0):.0f} %, {plug}{left}"]


def _disks(d, lang, full):
    rows = []
    for p in d.get("partitions") or []:
        if p.get("error"):
            err = p["error"].get("message") if isinstance(p["error"], dict) else p["error"]
            usage = _t(f"taille illisible ({err})", f"size unreadable ({err})", lang)
        else:
            usage = _t(f"{size(p['total'], lang)}, libre {size(p['free'], lang)} ({p['percent']:.0f} % utilisé)",
                       f"{size(p['total'], lang)}, {size(p['free'], lang)} free ({p['percent']:.0f} % used)", lang)
        rows.append([p.get("mountpoint") or "?", p.get("fstype") or "-", p.get("device") or p.get("remote") or "-",
                     usage])
    return table(rows) or ["  " + _t("aucun disque", "no disk", lang)]


def _network(d, lang, full):
    out = []
    ifaces = sorted(d.get("interfaces") or [], key=lambda i: (i.get("loopback", False), not i.get("up"),
                                                               i.get("name", "")))
    for i in ifaces:
        state = _t("active", "up", lang) if i.get("up") else _t("désactivée", "down", lang)
        bits = [state]
        if i.get("loopback"):
            bits.append(_t("bouclage", "loopback", lang))
        if i.get("mac"):
            bits.append(f"MAC {i['mac']}")
        if i.get("speed_mbps"):
            duplex = {"full": _t("duplex intégral", "full duplex", lang),
                      "half": _t("semi-duplex", "half duplex", lang)}.get(i.get("duplex"), "")
            bits.append(f"{i['speed_mbps']} Mbit/s" + (f" {duplex}" if duplex else ""))
        if i.get("mtu"):
            bits.append(f"MTU {i['mtu']}")
        out.append(f"  {i.get('name')}: " + ", ".join(bits))
        v4 = ", ".join(f"{a['address']}/{a['prefix']}" for a in i.get("ipv4") or [])
        v6 = ", ".join(f"{a['address']}/{a['prefix']}" if a.get("prefix") is not None else a["address"]
                       for a in i.get("ipv6") or [])
        out.append("      IPv4 " + (v4 or _t("aucune adresse", "no address", lang)))
        if v6:
            out.append("      IPv6 " + v6)
    gws = d.get("gateways") or []
    default = [g for g in gws if g.get("default") and g.get("family") == "ipv4"]
    if default:
        out.append("  " + _t("Passerelle par défaut : ", "Default gateway: ", lang) +
                   ", ".join(f"{g['address']} ({g['interface']})" for g in default))
    else:
        out.append("  " + _t("Passerelle par défaut : aucune", "Default gateway: none", lang))
    for g in gws:
        if g not in default:
            kind = _t("par défaut", "default", lang) if g.get("default") else _t("autre", "other", lang)
            sep = " : " if lang == "fr" else ": "
            out.append(f"    {g.get('family').replace('ip', 'IP')} {kind}{sep}{g['address']} ({g['interface']})")
    eff = (d.get("effective") or {}).get("ipv4")
    if eff:
        from ..checks.network import decision_text  # noqa: PLC0415 - words shared with the checks

        words = decision_text(eff)
        out.append("  " + _t("Trafic vers l'extérieur : ", "Traffic to the outside: ", lang)
                   + (words.fr if lang == "fr" else words.get("en")))
    return out


def _dns(d, lang, full):
    if d.get("servers") is None:
        servers = _t(f"inconnus (derrière {d.get('via')})", f"unknown (behind {d.get('via')})", lang)
    else:
        servers = ", ".join(d.get("servers") or []) or _t("aucun", "none", lang)
    search = ", ".join(d.get("search") or []) or _t("aucun", "none", lang)
    source = {"resolv.conf": "/etc/resolv.conf", "registry": _t("registre Windows", "Windows registry", lang)}.get(
        d.get("source"), d.get("source"))
    if d.get("via"):
        source = f"{source}, {_t('via', 'via', lang)} {d['via']}"
    rows = [[_t("Serveurs", "Servers", lang), f"{servers}  ({_t('source', 'from', lang)} {source})"],
            [_t("Suffixes", "Search", lang), search]]
    if d.get("ignored"):
        rows.append([_t("Jamais interrogés", "Never asked", lang), ", ".join(d["ignored"])])
    for name, item in (d.get("interfaces") or {}).items():
        if item.get("servers") or full:
            off = "" if item.get("connected") is not False else _t(" (déconnectée)", " (disconnected)", lang)
            rows.append([f"  {name}{off}", ", ".join(item.get("servers") or []) or "-"])
    return table(rows)


def _hosts(d, lang, full):
    out = [f"  {d.get('path')}"]
    rows = [[e["address"], " ".join(e["names"])] for e in d.get("entries") or []]
    return out + (table(rows, "    ") or ["    " + _t("aucune entrée", "no entry", lang)])


def _proxy(d, lang, full):
    if not d.get("enabled") and not any(x.get("enabled") for x in d.get("sources") or []):
        return ["  " + _t("aucun proxy configuré", "no proxy configured", lang)]
    from ..checks.network import _proxy_sources, _source_text  # noqa: PLC0415 - words shared with the checks

    rows = []
    for src in _proxy_sources(d):
        if src.get("enabled"):
            words = _source_text(src)
            rows.append([_t("Proxy", "Proxy", lang), words.fr if lang == "fr" else words.get("en")])
            if src.get("no_proxy"):
                rows.append([_t("  exceptions", "  bypass", lang), ", ".join(src["no_proxy"])])
    return table(rows)


def _sockets(d, lang, full):
    rows = []
    for s in d.get("listening") or []:
        addr = f"[{s['address']}]" if ":" in str(s["address"]) else s["address"]
        who = s.get("process") or (f"pid {s['pid']}" if s.get("pid") else _t("processus inconnu", "unknown process",
                                                                             lang))
        rows.append([s["proto"], f"{addr}:{s['port']}", who])
    return table(rows) or ["  " + _t("aucun port en écoute", "no listening port", lang)]


def _processes(d, lang, full):
    procs = sorted(d.get("processes") or [], key=lambda p: (str(p.get("name")).lower(), p.get("pid") or 0))
    out = ["  " + _t(f"{len(procs)} processus", f"{len(procs)} processes", lang)]
    if full:
        return out + table([[str(p.get("pid")), p.get("name") or "?", p.get("username") or "-"] for p in procs])
    # The short view: one line per program with how many copies run; kernel threads left out.
    counts: dict[str, int] = {}
    for p in procs:
        if p.get("exe") or p.get("username") not in ("root", None):
            counts[p.get("name") or "?"] = counts.get(p.get("name") or "?", 0) + 1
    names = [f"{n} ×{c}" if c > 1 else n for n, c in counts.items()]
    line, lines = "", []
    for n in names:
        if line and len(line) + len(n) > 96:
            lines.append(line)
            line = ""
        line = f"{line}, {n}" if line else n
    if line:
        lines.append(line)
    out += ["  " + x for x in lines]
    out.append("  " + _t("(aimm-lab probe -s processes pour la liste complète avec les PID)",
                         "(aimm-lab probe -s processes for the full list with PIDs)", lang))
    return out


STATUS = {"running": T("en cours", "running"), "stopped": T("arrêté", "stopped"), "failed": T("en échec", "failed"),
          "paused": T("suspendu", "paused"), "starting": T("démarrage", "starting"),
          "stopping": T("arrêt en cours", "stopping"), "other": T("autre", "other")}
START = {"automatic": T("automatique", "automatic"), "manual": T("manuel", "manual"),
         "disabled": T("désactivé", "disabled"), "other": T("autre", "other")}


def _services(d, lang, full):
    svcs = d.get("services") or []
    running = sum(s.get("status") == "running" for s in svcs)
    failed = sum(s.get("status") == "failed" for s in svcs)
    out = ["  " + _t(f"{len(svcs)} services : {running} en cours, {failed} en échec",
                     f"{len(svcs)} services: {running} running, {failed} failed", lang)]
    if full:
        shown = svcs
    else:
        # What a technician looks for first: what failed, and what should run but does not.
        shown = [s for s in svcs if s.get("status") == "failed" or
                 s.get("start_type") == "automatic" and s.get("status") != "running"][:SHORT_LIST]
        if shown:
            out.append("  " + _t("À regarder (en échec, ou automatique mais arrêté) :",
                                 "Worth a look (failed, or automatic but not running):", lang))
    rows = [[s.get("name") or "?", STATUS.get(s.get("status"), STATUS["other"]).get(lang),
             START.get(s.get("start_type"), START["other"]).get(lang),
             s.get("display_name") if s.get("display_name") != s.get("name") else ""] for s in shown]
    out += table(rows)
    if not full:
        out.append("  " + _t("(aimm-lab probe -s services pour la liste complète)",
                             "(aimm-lab probe -s services for the full list)", lang))
    return out


def _users(d, lang, full):
    rows = [[s.get("name") or "?", s.get("terminal") or "-", s.get("host") or "",
             when(s.get("started"), lang)] for s in d.get("sessions") or []]
    return table(rows) or ["  " + _t("aucune session ouverte", "no open session", lang)]


def _dhcp(d, lang, full):
    rows = []
    for i in d.get("interfaces") or []:
        state = (_t("DHCP", "DHCP", lang) if i.get("dhcp") else _t("adresse fixe", "static address", lang)
                 if i.get("dhcp") is False else _t("inconnu", "unknown", lang))
        rows.append([i.get("name") or "?", state, i.get("source") or ""])
    return table(rows) or ["  " + _t("aucune interface", "no interface", lang)]


def _shares(d, lang, full):
    out = ["  " + (_t("Serveur de partage : actif", "Sharing server: running", lang) if d.get("server_running")
                   else _t("Serveur de partage : arrêté", "Sharing server: stopped", lang))
           + f" ({d.get('source') or '?'})"]
    rows = [[s.get("name") or "?", s.get("path") or "", _t("(système)", "(system)", lang) if s.get("special") else ""]
            for s in d.get("shares") or []]
    return out + (table(rows) or ["  " + _t("aucun partage", "no share", lang)])


def _accounts(d, lang, full):
    rows = []
    for a in d.get("accounts") or []:
        flags = []
        if a.get("admin"):
            flags.append(_t("administrateur", "administrator", lang))
        if a.get("disabled"):
            flags.append(_t("désactivé", "disabled", lang))
        rows.append([a.get("name") or "?", str(a.get("id")), ", ".join(flags),
                     ", ".join(a.get("groups") or [])])
    out = table(rows) or ["  " + _t("aucun compte", "no account", lang)]
    if d.get("admin_group"):
        out.append("  " + _t(f"Groupe des administrateurs : {d['admin_group']}",
                             f"Administrators group: {d['admin_group']}", lang))
    return out


def _printers(d, lang, full):
    out = ["  " + (_t("Spouleur : actif", "Spooler: running", lang) if d.get("spooler_running", True)
                   else _t("Spouleur : arrêté", "Spooler: stopped", lang)) + f" ({d.get('source') or '?'})"]
    rows = [[x.get("name") or "?", x.get("port") or "?", x.get("connection") or "", x.get("driver") or "?",
             _t(f"{x.get('jobs')} en attente", f"{x.get('jobs')} waiting", lang) if x.get("jobs") is not None else "?",
             _t("par défaut", "default", lang) if x.get("default") else ""] for x in d.get("printers") or []]
    return out + (table(rows) or ["  " + _t("aucune file d'impression", "no print queue", lang)])


def _startup(d, lang, full):
    rows = [[x.get("name") or "?", _t("actif", "enabled", lang) if x.get("enabled") else _t("désactivé", "disabled", lang),
             x.get("command") or ""] for x in d.get("entries") or []]
    return table(rows) or ["  " + _t("aucun programme au démarrage", "no startup program", lang)]


def _programs(d, lang, full):
    progs = d.get("programs") or []
    out = ["  " + _t(f"{len(progs)} programmes installés", f"{len(progs)} installed programs", lang)]
    shown = progs if full else progs[:SHORT_LIST]
    return out + table([[x.get("name") or "?", x.get("version") or "", x.get("publisher") or ""] for x in shown])


def _encryption(d, lang, full):
    rows = [[x.get("name") or "?", _t(f"protection {x.get('protection')}", f"protection {x.get('protection')}", lang),
             _t("verrouillé", "locked", lang) if x.get("locked") else _t("déverrouillé", "unlocked", lang)]
            for x in d.get("volumes") or []]
    return table(rows) or ["  " + _t("aucun volume", "no volume", lang)]


def _health(d, lang, full):
    rows = [[x.get("name") or "?", x.get("health") or "?",
             f"{x['temperature']:g} °C" if x.get("temperature") is not None else ""] for x in d.get("disks") or []]
    rows += [[x.get("name") or "?", "", f"{x['current']:g} °C" if x.get("current") is not None else "?"]
             for x in d.get("temperatures") or []]
    return table(rows) or ["  " + _t("rien de lisible", "nothing readable", lang)]


def _profiles(d, lang, full):
    rows = [[x.get("path") or "?", x.get("sid") or "?",
             ", ".join(w for w, on in ((_t("copie .bak", ".bak copy", lang), x.get("backup")),
                                        (_t("temporaire", "temporary", lang), x.get("temporary"))) if on)]
            for x in d.get("profiles") or []]
    return table(rows) or ["  " + _t("aucun profil", "no profile", lang)]


FORMATTERS = {"system": _system, "cpu": _cpu, "memory": _memory, "battery": _battery, "disks": _disks,
              "network": _network, "dhcp": _dhcp, "dns": _dns, "hosts": _hosts, "proxy": _proxy, "sockets": _sockets,
              "shares": _shares, "processes": _processes, "services": _services, "users": _users,
              "accounts": _accounts, "printers": _printers, "startup": _startup, "programs": _programs,
              "encryption": _encryption, "health": _health, "profiles": _profiles}


def format_state(state: dict, sections, lang: str, full_lists: bool = False) -> list[str]:
    """The lines `aimm-lab probe` prints. `full_lists`: show every process and service."""
    out: list[str] = []
    for name in sections:
        title: Text = TITLES.get(name, Text(name, name))
        out.append(f"== {title.get(lang)} ==")
        if name in state.get("errors", {}):
            err = state["errors"][name]
            base = PROBE_ERROR_TEXT.get(err.get("kind"), PROBE_ERROR_TEXT["failed"]).get(lang)
            out.append(f"  ({base}{' : ' if lang == 'fr' else ': '}{err['message']})" if err.get("message")
                       else f"  ({base})")
            continue
        data = state.get("sections", {}).get(name)
        if data is None:
            out.append("  " + PROBE_ERROR_TEXT["not_recorded"].get(lang))
            continue
        out.extend(FORMATTERS[name](data, lang, full_lists))
    return out
