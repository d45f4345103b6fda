"""System and hardware check types: memory, processors, volumes, battery, boot, operating system."""

from __future__ import annotations

from .. import fmt
from ..i18n import T, Text
from ..machine.base import FAILED, UNSUPPORTED, Machine
from .base import CheckType, Context, Evidence, Param, Shown, register
from .common import (
    join,
    known,
    known_list,
    need_one_of,
    none_unread,
    number_text,
    probe_error,
    size_text,
    unread,
    when_text,
)


@register
class MemoryTotal(CheckType):
    type = "memory_total"
    category = "system"
    description = T("La mémoire vive utilisable correspond à la quantité installée attendue (à la tolérance près)",
                    "Usable RAM matches the expected installed amount (within the tolerance)")
    params = (
        Param("size", "size", T("mémoire installée attendue (ex. 16 GiB)", "expected installed memory (e.g. 16 GiB)"),
              min=1),
        Param("tolerance", "float", T("écart permis, en fraction de la taille (0.07 = 7 % : réserve du firmware "
                                      "et de la carte graphique intégrée)",
                                      "allowed gap, as a fraction of the size (0.07 = 7 %: firmware and "
                                      "integrated graphics reserve)"),
              required=False, default=0.07, min=0, max=1),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        total = m.section("memory").get("total")
        if total is None:
            raise probe_error(FAILED, "mémoire totale", "total memory")
        size, tol = p["size"], p.get("tolerance", 0.07)
        pct = number_text(round(tol * 100, 1), "%")
        want = size_text(size)
        expected = Text(f"{want.fr} (± {pct.fr})", f"{want.get('en')} (± {pct.get('en')})")
        return Evidence(abs(total - size) <= tol * size, expected, size_text(total), facts={"total": total})


@register
class SwapTotal(CheckType):
    type = "swap_total"
    category = "system"
    description = T("Le fichier d'échange (swap) ne dépasse pas la taille donnée",
                    "The swap (page file) is no larger than the given size")
    params = (Param("max_size", "size", T("taille maximale permise (ex. 2 GiB)", "largest size allowed (e.g. 2 GiB)")),)

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        swap = m.section("memory").get("swap_total")
        if swap is None:
            raise probe_error(FAILED, "taille du fichier d'échange", "swap size")
        most = size_text(p["max_size"])
        return Evidence(swap <= p["max_size"], T(f"au plus {most.fr}", f"at most {most.get('en')}"), size_text(swap),
                        facts={"swap": swap})


def _cores_text(logical, physical) -> Text:
    parts = []
    if physical is not None:
        parts.append(T(f"{physical} cœurs physiques", f"{physical} physical cores"))
    if logical is not None:
        parts.append(T(f"{logical} processeurs logiques", f"{logical} logical processors"))
    return join(parts)


@register
class CpuCores(CheckType):
    type = "cpu_cores"
    category = "system"
    description = T("Le processeur présente le nombre de cœurs et de processeurs logiques attendu",
                    "The processor shows the expected number of cores and logical processors")
    params = (
        Param("logical", "int", T("processeurs logiques (threads) attendus", "expected logical processors (threads)"),
              required=False, min=1),
        Param("physical", "int", T("cœurs physiques attendus", "expected physical cores"), required=False, min=1),
    )
    requires_one_of = ("logical", "physical")

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        need_one_of(self, p)
        cpu = m.section("cpu")
        logical, physical = cpu.get("logical"), cpu.get("physical")
        if p.get("physical") is not None and physical is None:
            raise probe_error(UNSUPPORTED, "nombre de cœurs physiques", "physical core count")
        if p.get("logical") is not None and logical is None:
            raise probe_error(FAILED, "nombre de processeurs logiques", "logical processor count")
        ok = ((p.get("logical") is None or logical == p["logical"])
              and (p.get("physical") is None or physical == p["physical"]))
        found = _cores_text(logical if p.get("logical") is not None else None,
                            physical if p.get("physical") is not None else None)
        return Evidence(ok, _cores_text(p.get("logical"), p.get("physical")), found)


def _same_mount(a: str, b: str, windows: bool) -> bool:
    if windows:
        a, b = a.lower().rstrip("\\/"), b.lower().rstrip("\\/")  # C:\ and c: are the same volume
        return a == b
    return (a.rstrip("/") or "/") == (b.rstrip("/") or "/")


def find_partition(m: Machine, mountpoint: str) -> dict | None:
    windows = m.platform == "windows"
    items = known_list(m.section("disks"), "partitions", T("liste des volumes", "volume list"))
    for part in items:
        if _same_mount(str(part.get("mountpoint") or ""), mountpoint, windows):
            return part
    none_unread(items, "mountpoint", T("point de montage d'un volume", "a volume's mount point"))
    return None


def _not_mounted(mp: str) -> Text:
    return T(f"aucun volume monté sur {mp}", f"no volume mounted on {mp}")


def _usage_unread(part: dict):
    err = part.get("error")
    if isinstance(err, dict):  # {kind, message}: the operating system's error, classified by its number
        return unread(T(f"occupation de {part.get('mountpoint')}", f"usage of {part.get('mountpoint')}"), part)
    return probe_error(FAILED, f"occupation de {part.get('mountpoint')} : {err or 'inconnue'}",
                       f"usage of {part.get('mountpoint')}: {err or 'unknown'}")


@register
class Partition(CheckType):
    type = "partition"
    category = "system"
    description = T("Un volume est monté à cet emplacement (avec le système de fichiers, la taille et les options "
                    "attendus)",
                    "A volume is mounted at this place (with the expected file system, size and options)")
    params = (
        Param("mountpoint", "str", T("point de montage ou lecteur (ex. /data, D:\\)",
                                     "mount point or drive (e.g. /data, D:\\)")),
        Param("fstype", "str", T("système de fichiers (ex. NTFS, ext4, vfat)", "file system (e.g. NTFS, ext4, vfat)"),
              required=False),
        Param("min_size", "size", T("taille minimale du volume (ex. 200 GB)", "smallest volume size (e.g. 200 GB)"),
              required=False),
        Param("opts", "str", T("options qui doivent toutes y être, séparées par des virgules (ex. rw,fixed)",
                               "options that must all be there, comma-separated (e.g. rw,fixed)"), required=False),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        mp = p["mountpoint"]
        want = [T(mp, mp)]
        if p.get("fstype"):
            want.append(T(p["fstype"], p["fstype"]))
        if p.get("min_size") is not None:
            s = size_text(p["min_size"])
            want.append(T(f"au moins {s.fr}", f"at least {s.get('en')}"))
        wanted_opts = [o.strip().lower() for o in (p.get("opts") or "").split(",") if o.strip()]
        if wanted_opts:
            want.append(T(f"options {','.join(wanted_opts)}", f"options {','.join(wanted_opts)}"))
        expected = join(want, " ")
        part = find_partition(m, mp)
        if part is None:
            return Evidence(False, expected, _not_mounted(mp))
        ok = True
        where = part.get("mountpoint")
        if p.get("fstype") and str(known(part, "fstype", T(f"système de fichiers de {where}",
                                                            f"file system of {where}"))).lower() != p["fstype"].lower():
            ok = False
        if wanted_opts:
            opts = known(part, "opts", T(f"options de {where}", f"options of {where}"))
            have_opts = {o.strip().lower() for o in str(opts).split(",")}
            if {"rw", "ro"} & set(wanted_opts) and not {"rw", "ro"} & have_opts:
                # psutil on Windows writes rw/ro only when GetVolumeInformationW could read the volume
                raise unread(T(f"lecture seule ou non de {where}", f"read-only or not of {where}"), part, "fstype")
            if any(o not in have_opts for o in wanted_opts):
                ok = False
        if p.get("min_size") is not None:
            if part.get("total") is None:
                raise _usage_unread(part)
            if part["total"] < p["min_size"]:
                ok = False
        size = size_text(part.get("total")) if part.get("total") is not None else T("taille inconnue", "size unknown")
        got = [T(str(part.get("mountpoint")), str(part.get("mountpoint"))),
               T(str(part.get("fstype") or "?"), str(part.get("fstype") or "?")), size]
        if wanted_opts:  # the options only when asked: a Linux mount has many
            got.append(T(f"options {part.get('opts') or ''}", f"options {part.get('opts') or ''}"))
        found = join(got, " ")
        return Evidence(ok, expected, found, facts={"fstype": part.get("fstype"), "total": part.get("total"),
                                                    "opts": part.get("opts")})


@register
class FreeSpace(CheckType):
    type = "free_space"
    category = "system"
    description = T("Le volume a assez d'espace libre (et n'est pas trop rempli)",
                    "The volume has enough free space (and is not too full)")
    params = (
        Param("mountpoint", "str", T("point de montage ou lecteur (ex. C:\\, /)", "mount point or drive (e.g. C:\\, /)")),
        Param("min_free", "size", T("espace libre minimal (ex. 10 GiB)", "least free space (e.g. 10 GiB)"),
              required=False),
        Param("max_used_percent", "float", T("taux d'occupation maximal en % (ex. 85)", "highest use in % (e.g. 85)"),
              required=False, min=0, max=100),
    )
    requires_one_of = ("min_free", "max_used_percent")

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        need_one_of(self, p)
        want = []
        if p.get("min_free") is not None:
            s = size_text(p["min_free"])
            want.append(T(f"au moins {s.fr} libres", f"at least {s.get('en')} free"))
        if p.get("max_used_percent") is not None:
            pct = number_text(float(p["max_used_percent"]), "%")
            want.append(T(f"au plus {pct.fr} utilisés", f"at most {pct.get('en')} used"))
        expected = join(want)
        part = find_partition(m, p["mountpoint"])
        if part is None:
            return Evidence(False, expected, _not_mounted(p["mountpoint"]))
        free, total = part.get("free"), part.get("total")
        if free is None or total is None:
            raise _usage_unread(part)
        used = part.get("percent")
        if used is None:
            used = round(100.0 * (total - free) / total, 1) if total else 0.0
        ok = ((p.get("min_free") is None or free >= p["min_free"])
              and (p.get("max_used_percent") is None or used <= p["max_used_percent"]))
        f, u = size_text(free), number_text(float(used), "%")
        return Evidence(ok, expected, T(f"{f.fr} libres, {u.fr} utilisés", f"{f.get('en')} free, {u.get('en')} used"),
                        facts={"free": free, "used": used})


@register
class Battery(CheckType):
    type = "battery"
    category = "system"
    description = T("La batterie est présente (ou absente), sur secteur et assez chargée, comme attendu",
                    "The battery is present (or absent), on mains power and charged enough, as expected")
    params = (
        Param("present", "bool", T("true : une batterie doit être détectée ; false : aucune",
                                   "true: a battery must be detected; false: none"),
              required=False, default=True),
        Param("plugged", "bool", T("true : sur secteur (chargeur branché) ; false : sur batterie",
                                   "true: on mains power (charger plugged in); false: on battery"), required=False),
        Param("min_percent", "float", T("charge minimale en % (ex. 50)", "least charge in % (e.g. 50)"),
              required=False, min=0, max=100),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        b = m.section("battery")
        present = bool(known(b, "present", T("présence d'une batterie", "battery presence")))
        want_present = p.get("present", True) is not False
        if not want_present:
            found: Shown = T("batterie détectée", "battery detected") if present else T("pas de batterie", "no battery")
            return Evidence(not present, T("pas de batterie", "no battery"), found)
        want = [T("batterie présente", "battery present")]
        if p.get("plugged") is not None:
            want.append(T("sur secteur", "on mains power") if p["plugged"] else T("sur batterie", "on battery"))
        if p.get("min_percent") is not None:
            pct = number_text(float(p["min_percent"]), "%")
            want.append(T(f"au moins {pct.fr}", f"at least {pct.get('en')}"))
        expected = join(want)
        if not present:
            return Evidence(False, expected, T("pas de batterie détectée", "no battery detected"))
        plugged, percent = b.get("plugged"), b.get("percent")
        if p.get("plugged") is not None and plugged is None:
            raise probe_error(FAILED, "état du chargeur", "charger state")
        if p.get("min_percent") is not None and percent is None:
            raise probe_error(FAILED, "niveau de charge", "charge level")
        got = [T("batterie présente", "battery present")]
        if plugged is not None:
            got.append(T("sur secteur", "on mains power") if plugged else T("sur batterie", "on battery"))
        if percent is not None:
            got.append(number_text(float(percent), "%"))
        ok = ((p.get("plugged") is None or plugged == p["plugged"])
              and (p.get("min_percent") is None or percent >= p["min_percent"]))
        return Evidence(ok, expected, join(got))


@register
class RebootedSinceStart(CheckType):
    type = "rebooted_since_start"
    category = "system"
    description = T("Le poste a redémarré depuis le début de l'épreuve",
                    "The machine was restarted since the attempt began")
    params = ()

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        if ctx.started_at is None:
            raise probe_error(FAILED, "heure de début de l'épreuve inconnue : le redémarrage ne peut pas être "
                              "vérifié", "the attempt's start time is unknown: the restart cannot be checked",
                              bare=True)
        boot = m.section("system").get("boot_time")
        if boot is None:
            raise probe_error(FAILED, "heure de démarrage du poste", "the machine's boot time")
        start, booted = when_text(ctx.started_at), when_text(boot)
        return Evidence(boot > ctx.started_at,
                        T(f"démarrage après {start.fr}", f"booted after {start.get('en')}"),
                        T(f"démarré le {booted.fr}", f"booted {booted.get('en')}"))


@register
class OsVersion(CheckType):
    type = "os_version"
    category = "system"
    description = T("Le système d'exploitation est celui attendu (famille, version, numéro de version minimal, nom)",
                    "The operating system is the expected one (family, release, least version number, name)")
    params = (
        Param("system", "str", T("famille : Windows ou Linux", "family: Windows or Linux"), required=False),
        Param("release", "str", T("version (ex. 11, 22.04)", "release (e.g. 11, 22.04)"), required=False),
        Param("min_build", "int", T("numéro de version (build) minimal (Windows, ex. 22631)", "least build "
                                    "number (Windows, e.g. 22631)"), required=False, min=0),
        Param("name_contains", "str", T("texte que le nom complet doit contenir (ex. Pro, Ubuntu)",
                                        "text the full name must contain (e.g. Pro, Ubuntu)"), required=False),
    )
    requires_one_of = ("system", "release", "min_build", "name_contains")

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        need_one_of(self, p)
        os_ = known(m.section("system"), "os", T("système d'exploitation", "operating system"))
        for field, what in (("system", T("famille du système", "system family")),
                            ("release", T("version du système", "system release")),
                            ("name_contains", T("nom du système", "system name"))):
            if p.get(field) is not None:
                known(os_, "name" if field == "name_contains" else field, what)
        want: list[Text] = []
        ok = True
        if p.get("system"):
            want.append(T(p["system"], p["system"]))
            ok &= str(os_.get("system") or "").lower() == p["system"].lower()
        if p.get("release"):
            want.append(T(f"version {p['release']}", f"release {p['release']}"))
            ok &= str(os_.get("release") or "").lower() == str(p["release"]).lower()
        if p.get("min_build") is not None:
            want.append(T(f"build {p['min_build']} ou plus", f"build {p['min_build']} or later"))
            build = os_.get("build")
            if build is None:
                raise probe_error(UNSUPPORTED, "numéro de build", "build number")
            ok &= int(build) >= p["min_build"]
        if p.get("name_contains"):
            want.append(T(f"nom contenant « {p['name_contains']} »", f'name containing "{p["name_contains"]}"'))
            ok &= p["name_contains"].lower() in str(os_.get("name") or "").lower()
        desc = f"{os_.get('system') or '?'} {os_.get('release') or ''}".strip()
        build = f", build {os_['build']}" if os_.get("build") is not None else ""
        name = os_.get("name") or desc
        return Evidence(bool(ok), join(want), T(f"{name} ({desc}{build})", f"{name} ({desc}{build})"))


def _seconds_text(s: float) -> Text:
    sign = "+" if s >= 0 else "−"
    a = abs(s)
    if a >= 86400:
        return T(f"{sign}{fmt.number(a / 86400, 'fr', 1)} jour(s)", f"{sign}{fmt.number(a / 86400, 'en', 1)} day(s)")
    if a >= 60:
        return fmt.text(lambda lang: sign + fmt.unit(a / 60, "min", lang, trim=False))
    return fmt.text(lambda lang: sign + fmt.unit(a, "s", lang, trim=False))


@register
class ClockOffset(CheckType):
    type = "clock_offset"
    category = "system"
    live = True
    description = T("L'horloge du poste est à l'heure du serveur de temps (écart SNTP sous le seuil)",
                    "The machine's clock agrees with the time server (SNTP offset under the limit)")
    params = (
        Param("server", "str", T("serveur de temps (ex. ntp.lab.local, ou hôte:port)",
                                 "time server (e.g. ntp.lab.local, or host:port)")),
        Param("max_seconds", "float", T("écart maximal toléré en secondes (ex. 5)",
                                        "largest offset allowed, in seconds (e.g. 5)"),
              required=False, default=5.0, min=0),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        limit = p.get("max_seconds") or 5.0
        ans = m.clock(p["server"], p.get("timeout", 2.0))
        expected = T(f"écart de moins de {fmt.unit(limit, 's', 'fr')} avec {p['server']}",
                     f"offset under {fmt.unit(limit, 's', 'en')} from {p['server']}")
        if ans.get("error"):
            return Evidence(False, expected, T(f"serveur de temps injoignable ({ans['error']})",
                                               f"time server unreachable ({ans['error']})"))
        offset = float(known(ans, "offset_s", T("écart d'horloge", "clock offset")))
        # offset > 0: the server is ahead, so this machine's clock is behind.
        late = T("en retard", "behind") if offset > 0 else T("en avance", "ahead")
        shown = _seconds_text(-offset)
        found = T(f"horloge {late.fr} ({shown.fr})", f"clock {late.get('en')} ({shown.get('en')})")
        return Evidence(abs(offset) <= limit, expected, found)
