"""Check types for a workstation's upkeep: printers and queues, programs started with the session,
installed programs, BitLocker, disk health and temperatures (sections of machine/care.py)."""

from __future__ import annotations

from ..i18n import T, Text
from ..machine.base import UNSUPPORTED, Machine
from .base import CheckType, Context, Evidence, Param, register
from .common import CheckProbeError, known, known_list, none_unread, number_text, unread

PORT_WORDS = {
    "tcpip": T("port TCP/IP standard", "Standard TCP/IP port"),
    "wsd": T("port WSD (détection automatique)", "WSD port (automatic discovery)"),
    "usb": T("port USB", "USB port"),
    "ipp": T("IPP (sans pilote / découverte réseau)", "IPP (driverless / network discovery)"),
    "file": T("impression vers un fichier", "print to file"),
    "other": T("autre port", "other port"),
}


def _find(items: list[dict], name: str, what: Text) -> dict | None:
    want = name.strip().lower()
    for it in items:
        if str(it.get("name") or "").strip().lower() == want:
            return it
    none_unread(items, "name", what)
    return None


def _join(parts: list[Text]) -> Text:
    return Text(", ".join(p.fr for p in parts), ", ".join(p.get("en") for p in parts))


@register
class Printer(CheckType):
    type = "printer"
    category = "software"
    description = T("L'imprimante (file d'attente) existe, avec le port, l'adresse, le pilote et la file attendus",
                    "The printer (queue) exists, with the expected port, address, driver and queue")
    params = (
        Param("name", "str", T("nom de l'imprimante tel qu'affiché (ex. Accueil-Laser)",
                               "printer name as shown (e.g. Accueil-Laser)")),
        Param("port_kind", "enum", T("type de port : tcpip, wsd, usb, ipp, file ou other",
                                     "port kind: tcpip, wsd, usb, ipp, file or other"),
              required=False, choices=("tcpip", "wsd", "usb", "ipp", "file", "other")),
        Param("address", "str", T("adresse (IP ou nom) de l'imprimante sur son port", "printer's address on its port"),
              required=False),
        Param("driver_contains", "str", T("texte que le nom du pilote doit contenir (ex. PCL6)",
                                          "text the driver's name must contain (e.g. PCL6)"), required=False),
        Param("queue_empty", "bool", T("true : aucun document en attente", "true: no document waiting"),
              required=False),
        Param("default", "bool", T("true : imprimante par défaut", "true: default printer"), required=False),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        items = known_list(m.section("printers"), "printers", T("liste des imprimantes", "printer list"))
        name = p["name"]
        want: list[Text] = [T(f"imprimante {name}", f"printer {name}")]
        if p.get("port_kind"):
            want.append(PORT_WORDS[p["port_kind"]])
        if p.get("address"):
            want.append(T(f"adresse {p['address']}", f"address {p['address']}"))
        if p.get("driver_contains"):
            want.append(T(f"pilote « {p['driver_contains']} »", f"driver \"{p['driver_contains']}\""))
        if p.get("queue_empty") is not None:
            want.append(T("file d'attente vide", "empty queue") if p["queue_empty"]
                        else T("documents en attente", "documents waiting"))
        if p.get("default") is not None:
            want.append(T("par défaut", "default") if p["default"] else T("pas par défaut", "not default"))
        expected = _join(want)
        pr = _find(items, name, T("nom d'une imprimante", "a printer's name"))
        if pr is None:
            return Evidence(False, expected, T(f"aucune imprimante {name}", f"no printer {name}"))
        ok = True
        found: list[Text] = [T(f"imprimante {pr['name']}", f"printer {pr['name']}")]
        if p.get("port_kind"):
            kind = known(pr, "port_kind", T(f"port de {name}", f"port of {name}"))
            ok &= kind == p["port_kind"]
            found.append(T(f"{PORT_WORDS.get(kind, PORT_WORDS['other']).fr} ({pr.get('port')})",
                           f"{PORT_WORDS.get(kind, PORT_WORDS['other']).get('en')} ({pr.get('port')})"))
        if p.get("address"):
            addr = pr.get("address")
            if "address" in (pr.get("unknown") or {}):
                raise unread(T(f"adresse de {name}", f"address of {name}"), pr, "address")
            ok &= str(addr or "").lower() == p["address"].strip().lower()
            found.append(T(f"adresse {addr}", f"address {addr}") if addr else T("sans adresse", "no address"))
        if p.get("driver_contains"):
            drv = known(pr, "driver", T(f"pilote de {name}", f"driver of {name}"))
            ok &= p["driver_contains"].lower() in str(drv).lower()
            found.append(T(f"pilote « {drv} »", f"driver \"{drv}\""))
        if p.get("queue_empty") is not None:
            jobs = known(pr, "jobs", T(f"file d'attente de {name}", f"queue of {name}"))
            ok &= (jobs == 0) == p["queue_empty"]
            n = number_text(jobs)
            found.append(T(f"{n.fr} document(s) en attente", f"{n.get('en')} document(s) waiting"))
        if p.get("default") is not None:
            d = known(pr, "default", T(f"imprimante par défaut ({name})", f"default printer ({name})"))
            ok &= bool(d) == p["default"]
            found.append(T("par défaut", "default") if d else T("pas par défaut", "not default"))
        return Evidence(ok, expected, _join(found))


def _matches(entry: dict, want: str) -> bool:
    w = want.strip().lower()
    return any(w in str(entry.get(k) or "").lower() for k in ("name", "display_name", "command"))


@register
class StartupEntry(CheckType):
    type = "startup_entry"
    category = "software"
    description = T("Un programme de ce nom démarre avec la session (entrée de démarrage active)",
                    "A program of this name starts with the session (an enabled startup entry)")
    params = (
        Param("name", "str", T("texte cherché dans le nom ou la commande de l'entrée (ex. PCSpeedBoost)",
                               "text looked for in the entry's name or command (e.g. PCSpeedBoost)")),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        sec = m.section("startup")
        entries = known_list(sec, "entries", T("programmes au démarrage", "startup programs"))
        name = p["name"]
        expected = T(f"{name} lancé au démarrage", f"{name} started with the session")
        hits = [e for e in entries if _matches(e, name)]
        active = []
        for e in hits:
            if known(e, "enabled", T(f"état de l'entrée {e.get('name')}", f"state of entry {e.get('name')}")):
                active.append(e)
        if active:
            e = active[0]
            return Evidence(True, expected, T(f"{e.get('name')} actif au démarrage ({e.get('location')})",
                                              f"{e.get('name')} enabled at startup ({e.get('location')})"))
        blind = sec.get("unread_places") or {}
        if blind:
            where, why = next(iter(blind.items()))
            raise CheckProbeError(why.get("kind", "failed"),
                                  T(f"emplacement de démarrage {where} illisible : {why.get('message')}",
                                    f"startup place {where} unreadable: {why.get('message')}"))
        none_unread(entries, "name", T("nom d'une entrée de démarrage", "a startup entry's name"))
        if hits:
            return Evidence(False, expected, T(f"{hits[0].get('name')} présent mais désactivé",
                                               f"{hits[0].get('name')} present but disabled"))
        return Evidence(False, expected, T(f"aucune entrée de démarrage {name}", f"no startup entry {name}"))


@register
class ProgramInstalled(CheckType):
    type = "program_installed"
    category = "software"
    description = T("Un programme dont le nom contient ce texte est installé (Applications installées, paquets)",
                    "A program whose name contains this text is installed (Installed apps, packages)")
    params = (
        Param("name", "str", T("texte cherché dans le nom du programme (ex. LibreOffice, vlc)",
                               "text looked for in the program's name (e.g. LibreOffice, vlc)")),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        progs = known_list(m.section("programs"), "programs", T("programmes installés", "installed programs"))
        want = p["name"].strip().lower()
        expected = T(f"{p['name']} installé", f"{p['name']} installed")
        hits = [x for x in progs if want in str(x.get("name") or "").lower()]
        if hits:
            x = hits[0]
            v = f" {x['version']}" if x.get("version") else ""
            return Evidence(True, expected, T(f"{x['name']}{v} installé", f"{x['name']}{v} installed"),
                            facts={"name": x["name"], "version": x.get("version")})
        none_unread(progs, "name", T("nom d'un programme installé", "an installed program's name"))
        return Evidence(False, expected, T(f"aucun programme {p['name']}", f"no program {p['name']}"))


@register
class Bitlocker(CheckType):
    type = "bitlocker"
    category = "software"
    platforms = ("windows",)
    description = T("Le volume est déverrouillé et sa protection BitLocker dans l'état attendu",
                    "The volume is unlocked and its BitLocker protection in the expected state")
    params = (
        Param("volume", "str", T("lettre du volume (ex. C:)", "volume letter (e.g. C:)")),
        Param("protection", "enum", T("protection attendue : on (active) ou off (suspendue ou absente)",
                                      "expected protection: on or off (suspended or none)"),
              required=False, choices=("on", "off")),
        Param("unlocked", "bool", T("true : le volume doit être déverrouillé", "true: the volume must be unlocked"),
              required=False),
        Param("recovery_password", "bool", T("true : une clé de récupération (48 chiffres) protège le volume",
                                             "true: a recovery password (48 digits) protects the volume"),
              required=False),
        Param("tpm", "bool", T("true : la puce TPM déverrouille le volume au démarrage (sans demander la clé)",
                                "true: the TPM unlocks the volume at start-up (without asking for the key)"),
              required=False),
    )
    requires_one_of = ("protection", "unlocked", "recovery_password", "tpm")

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        if m.platform != "windows":
            raise CheckProbeError(UNSUPPORTED, T("BitLocker n'existe que sous Windows", "BitLocker is Windows only"))
        vols = known_list(m.section("encryption"), "volumes", T("volumes BitLocker", "BitLocker volumes"))
        name = p["volume"].strip().rstrip("\\").upper()
        want, found = [], []
        ok = True
        v = _find(vols, name, T("lettre d'un volume", "a volume's letter"))
        if p.get("protection"):
            want.append(T(f"protection {p['protection']}", f"protection {p['protection']}"))
        if p.get("unlocked") is not None:
            want.append(T("déverrouillé", "unlocked") if p["unlocked"] else T("verrouillé", "locked"))
        if p.get("recovery_password") is not None:
            want.append(T("clé de récupération présente", "recovery password present") if p["recovery_password"]
                        else T("sans clé de récupération", "no recovery password"))
        if p.get("tpm") is not None:
            want.append(T("protecteur TPM présent", "TPM protector present") if p["tpm"]
                        else T("sans protecteur TPM", "no TPM protector"))
        expected = Text(f"{name} : " + ", ".join(x.fr for x in want), f"{name}: " + ", ".join(x.get("en") for x in want))
        if v is None:
            return Evidence(False, expected, T(f"aucun volume {name}", f"no volume {name}"))
        if p.get("protection"):
            prot = known(v, "protection", T(f"protection BitLocker de {name}", f"BitLocker protection of {name}"))
            ok &= prot == p["protection"]
            found.append(T(f"protection {prot}", f"protection {prot}"))
        if p.get("unlocked") is not None:
            locked = known(v, "locked", T(f"verrouillage de {name}", f"lock state of {name}"))
            ok &= (not locked) == p["unlocked"]
            found.append(T("verrouillé", "locked") if locked else T("déverrouillé", "unlocked"))
        if p.get("recovery_password") is not None:
            prot = known(v, "protectors", T(f"protecteurs de clé de {name}", f"key protectors of {name}"))
            has = any(str(x).lower() == "recoverypassword" for x in prot)
            ok &= has == p["recovery_password"]
            found.append(T("clé de récupération présente", "recovery password present") if has
                         else T(f"sans clé de récupération (protecteurs : {', '.join(prot) or 'aucun'})",
                                f"no recovery password (protectors: {', '.join(prot) or 'none'})"))
        if p.get("tpm") is not None:
            prot = known(v, "protectors", T(f"protecteurs de clé de {name}", f"key protectors of {name}"))
            has = any(str(x).lower().startswith("tpm") for x in prot)  # Tpm, TpmPin, TpmStartupKey...
            ok &= has == p["tpm"]
            found.append(T("protecteur TPM présent", "TPM protector present") if has
                         else T("sans protecteur TPM", "no TPM protector"))
        return Evidence(ok, expected, Text(f"{name} : " + ", ".join(x.fr for x in found),
                                           f"{name}: " + ", ".join(x.get("en") for x in found)))


HEALTH = {"ok": T("bon état", "healthy"), "warning": T("avertissement", "warning"),
          "failing": T("défaillant", "failing")}


@register
class DiskHealth(CheckType):
    type = "disk_health"
    category = "system"
    description = T("L'état de santé des disques (SMART, Get-PhysicalDisk) est bon",
                    "The disks' health (SMART, Get-PhysicalDisk) is good")
    params = (
        Param("disk", "str", T("nom du disque (ex. sda, nvme0n1, ou le nom affiché) ; sinon tous",
                               "disk name (e.g. sda, nvme0n1, or the name shown); else every disk"), required=False),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        disks = known_list(m.section("health"), "disks", T("état des disques", "disks' health"))
        expected = T(f"{p['disk']} en bon état", f"{p['disk']} healthy") if p.get("disk") \
            else T("tous les disques en bon état", "every disk healthy")
        if p.get("disk"):
            d = _find(disks, p["disk"], T("nom d'un disque", "a disk's name"))
            if d is None:
                return Evidence(False, expected, T(f"aucun disque {p['disk']}", f"no disk {p['disk']}"))
            disks = [d]
        if not disks:
            raise CheckProbeError(UNSUPPORTED, T("aucun disque dont l'état se lit", "no disk whose health can be read"))
        parts, ok = [], True
        for d in disks:
            h = known(d, "health", T(f"état SMART de {d.get('name')}", f"SMART health of {d.get('name')}"))
            ok &= h == "ok"
            w = HEALTH.get(h, T(str(h), str(h)))
            parts.append(T(f"{d.get('name')} : {w.fr}", f"{d.get('name')}: {w.get('en')}"))
        return Evidence(ok, expected, _join(parts))


@register
class TemperatureBelow(CheckType):
    type = "temperature_below"
    category = "system"
    description = T("Les températures lues (processeur, disques) restent sous le seuil",
                    "The temperatures read (processor, disks) stay below the limit")
    params = (
        Param("max_celsius", "float", T("seuil en °C (ex. 80)", "limit in °C (e.g. 80)"), min=20, max=120),
        Param("sensor", "str", T("capteur dont le nom contient ce texte (ex. coretemp, Package) ; sinon tous",
                                 "sensor whose name contains this text (e.g. coretemp, Package); else all"),
              required=False),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        sec = m.section("health")
        temps = known_list(sec, "temperatures", T("températures", "temperatures"))
        rows = [(t.get("name"), t, "current") for t in temps]
        for d in sec.get("disks") or []:
            if isinstance(d, dict) and d.get("temperature") is not None:
                rows.append((f"disque {d.get('name')}", d, "temperature"))
        if p.get("sensor"):
            want = p["sensor"].lower()
            none_unread(temps, "name", T("nom d'un capteur", "a sensor's name"))
            rows = [r for r in rows if want in str(r[0] or "").lower()]
        limit = number_text(p["max_celsius"], "°C")
        expected = T(f"températures sous {limit.fr}", f"temperatures below {limit.get('en')}")
        if not rows:
            raise CheckProbeError(UNSUPPORTED, T("aucun capteur de température lisible sur ce poste",
                                                 "no readable temperature sensor on this machine"))
        values = []
        for name, holder, field in rows:
            v = known(holder, field, T(f"température de {name}", f"temperature of {name}"))
            values.append((float(v), name))
        hottest, where = max(values)
        h = number_text(round(hottest, 1), "°C")
        return Evidence(hottest < p["max_celsius"], expected,
                        T(f"la plus haute : {h.fr} ({where})", f"highest: {h.get('en')} ({where})"))


@register
class UserProfile(CheckType):
    type = "user_profile"
    category = "accounts"
    platforms = ("windows",)
    description = T("Le profil Windows du compte est chargé normalement (pas de profil temporaire ni de copie .bak)",
                    "The account's Windows profile loads normally (no temporary profile, no .bak copy)")
    params = (
        Param("name", "str", T("nom du dossier de profil (ex. m.durand pour C:\\Users\\m.durand)",
                               "profile folder name (e.g. m.durand for C:\\Users\\m.durand)")),
    )

    def evaluate(self, m: Machine, p: dict, ctx: Context) -> Evidence:
        if m.platform != "windows":
            raise CheckProbeError(UNSUPPORTED, T("profils Windows : Windows seulement", "Windows profiles: Windows only"))
        profiles = known_list(m.section("profiles"), "profiles", T("liste des profils", "profile list"))
        want = p["name"].strip().lower()
        expected = T(f"profil {p['name']} chargé normalement", f"profile {p['name']} loading normally")
        mine = [x for x in profiles if str(x.get("name") or "").lower() == want]
        if not mine:
            none_unread(profiles, "name", T("dossier d'un profil", "a profile's folder"))
            return Evidence(False, expected, T(f"aucun profil {p['name']}", f"no profile {p['name']}"))
        def read(x: dict, field: str):
            return known(x, field, T(f"profil {x.get('path') or x.get('sid')} : {field}",
                                     f"profile {x.get('path') or x.get('sid')}: {field}"))

        sids = {read(x, "sid") for x in mine}
        same_sid = [x for x in profiles if read(x, "sid") in sids]
        bak = [x for x in same_sid if read(x, "backup")]
        temp = [x for x in same_sid if read(x, "temporary") and not x.get("backup")]
        live = [x for x in mine if not x.get("backup")]
        if bak or temp or not live:
            why = []
            if bak:
                why.append(T("profil renommé en .bak", "profile renamed .bak"))
            if temp:
                why.append(T(f"session ouverte sur un profil temporaire ({temp[0].get('path')})",
                             f"signed in on a temporary profile ({temp[0].get('path')})"))
            if not why:
                why.append(T("aucune entrée active pour ce profil", "no active entry for this profile"))
            return Evidence(False, expected, _join(why))
        return Evidence(True, expected, T(f"profil {live[0].get('path')} chargé normalement",
                                          f"profile {live[0].get('path')} loading normally"))
