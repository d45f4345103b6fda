"""Kinds of faults a trainer found in the catalogue, looked for in every scenario: set-up sheets
that hard-code one lab's adapter names or addresses instead of the lab profile's placeholders,
commands that PowerShell would misread, dates and numbers from different years, spelling and
Windows 11 labels, and commercial documents whose parties disagree from one document to the next."""

from __future__ import annotations

import json
import re
import tomllib

import pytest

from aimm_lab.paths import builtin_scenarios_dir
from aimm_lab.scenarios.loader import discover

LIB = discover([builtin_scenarios_dir()])
DATA = {s.id: tomllib.loads(s.path.read_text(encoding="utf-8")) for s in LIB.scenarios}


def texts(value, path=""):
    """Every string of a scenario with its key path, but the check parameters and variables
    (those are values, not text shown to people)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            if k in ("variables", "preconditions", "checks", "fixtures", "document"):
                continue
            yield from texts(v, f"{path}.{k}" if path else k)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from texts(v, f"{path}[{i}]")


def offending(pattern: str, flags=0, allow=None):
    rx = re.compile(pattern, flags)
    out = []
    for sid, data in DATA.items():
        for path, text in texts(data):
            for m in rx.finditer(text):
                if allow is not None and allow(text, m):
                    continue
                out.append(f"{sid}: {path}: …{text[max(0, m.start() - 30):m.end() + 30]}…")
    return out


def test_the_finder_sees_set_up_sheets_hints_and_quizzes():
    paths = {p for _, d in DATA.items() for p, _ in texts(d)}
    assert "setup.fr" in paths and "setup.en" in paths
    assert any(p.endswith("hint.fr") for p in paths) and any(".questions[" in p for p in paths)


def test_set_up_sheets_name_the_profiles_adapter_not_one_labs():
    # "Ethernet" or "Wi-Fi" is one Windows's adapter name; the lab profile's `interface` is this seat's.
    bad = offending(r'(name=|-InterfaceAlias\s+|address\s+)"(Ethernet|Wi-Fi)\s*\d*"')
    assert not bad, "\n".join(bad)
    # NetworkManager names its connections in the system's language, and numbers them.
    bad = offending(r"(Connexion filaire|Wired connection) \d")
    assert not bad, "\n".join(bad)


def test_set_up_sheets_give_no_lab_address_but_as_an_example_of_a_profile_value():
    def example(text, m):  # `nas=192.168.10.20` given as an example of what to type in the profile
        before = text[max(0, m.start() - 40):m.start()]
        return ("ex." in before or "e.g." in before) and text[m.start() - 1] in "`="

    bad = offending(r"\b192\.168\.10\.\d{1,3}\b", allow=example)
    assert not bad, "\n".join(bad)
    # The lab's mask is the profile's prefix (a device's factory network, 192.168.0.x, keeps its own).
    bad = offending(r"\b255\.255\.255\.0\b", allow=lambda text, m: "192.168.0." in text[max(0, m.start() - 20):m.start()])
    assert not bad, "\n".join(bad)


def test_commands_with_braces_are_quoted_for_powershell():
    # In PowerShell, {current} unquoted is a script block: bcdedit then receives something else.
    bad = offending(r'bcdedit[^`»\n]*?(?<!")\{current\}')
    assert not bad, "\n".join(bad)


def test_tickets_and_documents_are_numbered_in_one_year():
    years = {}
    rx = re.compile(r"\b(?:Ticket n° |Ticket |Demande n° |Request |[DF]-|AT-|DEP-)(20\d\d)-\d{3,4}\b")
    for sid, data in DATA.items():
        for path, text in texts(data):
            for m in rx.finditer(text):
                years.setdefault(m.group(1), []).append(f"{sid}: {path}: {m.group(0)}")
        for t in data.get("tasks", []):
            doc = t.get("document") or {}
            for key in ("number", "previous_number"):
                if doc.get(key):
                    years.setdefault(re.search(r"20\d\d", doc[key]).group(0), []).append(f"{sid}: {doc[key]}")
    assert len(years) == 1, {y: v[:3] for y, v in years.items()}


def test_french_spelling_and_current_windows_labels():
    bad = offending(r"\bmain d['’]œuvre", re.IGNORECASE)  # « main-d'œuvre » takes a hyphen
    bad += offending(r"\bplug vu\b")
    bad += offending(r"Gestionnaire des tâches > Démarrage\b|Task Manager > Startup(?! apps)")
    bad += offending(r"centre de notifications \(Windows \+ A\)|notification centre \(Windows \+ A\)")
    bad += offending(r"Bureau à distance > Utilisateurs autorisés")
    assert not bad, "\n".join(bad)


def documents():
    for sid, data in DATA.items():
        for t in data.get("tasks", []):
            if t.get("kind") in ("quote", "invoice"):
                yield sid, t["id"], t["kind"], t["document"]


def test_every_commercial_document_gives_the_same_parties():
    sellers, clients = {}, {}
    for sid, tid, _kind, doc in documents():
        sellers.setdefault(doc["seller"]["siren"], []).append((f"{sid}/{tid}", doc["seller"]))
        clients.setdefault(doc["client"]["name"], []).append((f"{sid}/{tid}", doc["client"]))
    assert sellers and clients
    for table in (sellers, clients):
        for who, seen in table.items():
            first = seen[0][1]
            for where, other in seen[1:]:
                diff = {k for k in set(first) | set(other) if first.get(k) != other.get(k)}
                assert not diff, f"{who}: {seen[0][0]} and {where} differ on {sorted(diff)}"


@pytest.mark.parametrize("doc", [d for d in documents() if d[2] == "invoice"], ids=lambda d: d[0])
def test_an_invoice_deducting_a_deposit_names_the_deposits_invoice(doc):
    sid, _tid, _kind, spec = doc
    if not spec.get("deposit_paid"):
        return
    numbers = set(re.findall(r"\bF-\d{4}-\d{4}\b", spec.get("notes", "")))
    assert numbers, f"{sid}: the deposit is deducted but no deposit invoice is named in the notes"
    assert spec.get("previous_number") in numbers or numbers - {spec.get("number")}


def check_types(checks):
    for c in checks or []:
        yield c.get("type")
        yield from check_types(c.get("checks"))


def test_no_task_needs_the_technician_to_sign_in_as_the_user():
    # A session open in the user's name means the technician knows her password: check the account and
    # the forced password change instead; she signs in herself on day one.
    bad = [f"{sid}: {t['id']}" for sid, data in DATA.items() for t in data.get("tasks", [])
           if "user_logged_in" in set(check_types(t.get("checks")))]
    assert not bad, bad


def test_no_hint_blames_a_wrong_wifi_key_for_an_apipa_address():
    # A wrong key fails the WPA handshake: no connection at all. 169.254 on Wi-Fi means DHCP did not answer.
    def blames(text):
        return any("169.254" in sentence and re.search(r"\b(clé|key)\b", sentence, re.IGNORECASE)
                   for sentence in re.split(r"\.\s", text))

    assert blames("Connecté mais adresse 169.254.x.x ou pas de connexion : la clé enregistrée est fausse. Oubliez.")
    bad = [f"{sid}: {p}" for sid, d in DATA.items() for p, text in texts(d) if blames(text)]
    assert not bad, bad


def test_a_scenario_that_wipes_or_swaps_the_system_disk_says_where_the_attempt_lives():
    # The attempt's database is on the disk being wiped unless the trainer puts it elsewhere.
    wipes = [s for s in LIB.scenarios if re.search(r"réinstall\w* (le|proprement|le système)|changer le disque|"
                                                     r"remplacement du disque|clonage",
                                                     (s.brief.fr + (s.setup.fr if s.setup else "")), re.IGNORECASE)]
    assert {"b1-deploiement-poste", "b1-devis-portable-martin"} <= {s.id for s in wipes}
    bad = [s.id for s in wipes if "AIMM_LAB_HOME" not in (s.setup.fr if s.setup else "")
           and s.id != "b1-migration-ssd"]  # a clone keeps the database: it moves with the disk
    assert not bad, bad


def test_a_task_that_wants_a_dhcp_address_checks_that_dhcp_gave_it():
    # not_apipa means "DHCP answered"; without dhcp_enabled, an address typed by hand earns the points.
    bad = []
    for sid, data in DATA.items():
        for t in data.get("tasks", []):
            types = set(check_types(t.get("checks")))
            if "not_apipa" in types and "dhcp_enabled" not in types:
                bad.append(f"{sid}: {t['id']}")
    assert not bad, bad


def test_linux_accounts_with_a_dot_are_created_as_debian_allows():
    # Debian's adduser (and its installer) refuse a user name with a dot unless told: NAME_REGEX is
    # ^[a-z][-a-z0-9_]*$ (adduser.conf(5)); a sheet's plain `adduser m.durand` fails as typed (seen on the
    # lab VM, tests/labvm: b1-compte-utilisateur).
    bad = offending(r"\badduser\b(?:(?!--allow-bad-names)[^`»\n])*?\b[a-z]+\.[a-z]+\b")
    assert not bad, "\n".join(bad)
    # A command to type as a user: adduser is in /usr/sbin, out of a standard account's PATH, and needs root.
    bad = offending(r"(?<!sudo )\badduser --")
    assert not bad, "\n".join(bad)
    # A scenario run on Linux whose sheet has a dotted account created (named in backticks after
    # "compte"/"account", or whose files live in its home) says in that sheet how to create it.
    for sid, data in DATA.items():
        if "linux" not in data.get("platforms", []):
            continue
        homes = set(re.findall(r"/home/([a-z]+\.[a-z]+)/", json.dumps(data, ensure_ascii=False)))
        for lang in ("fr", "en"):
            sheet = data["setup"][lang]
            named = set(re.findall(r"(?:compte|account)[^`\n]{0,25}`([a-z]+\.[a-z]+)`", sheet))
            accounts = homes | named
            assert not accounts or "--allow-bad-names" in sheet, \
                f"{sid}: setup.{lang} does not say how to create {sorted(accounts)} on Debian"
