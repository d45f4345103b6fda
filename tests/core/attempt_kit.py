"""What the attempt tests share: a scenario with every kind of task, recorded machine
states (broken and solved), a lab profile, and a clock the test moves by hand."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from clock_kit import Clock  # noqa: F401 - the tests take it from here

from aimm_lab.labprofile import LabProfile
from aimm_lab.machine import RecordedMachine

SCENARIO = '''\
schema = 1
id = "t-depannage"
version = 1
block = "B3"
competences = ["B3.1", "B3.2"]
kind = "diagnosis"
difficulty = 2
duration_minutes = 60
platforms = ["linux", "windows"]

[title]
fr = "Dépannage réseau, rapport et devis"
en = "Network repair, report and quote"

[brief]
fr = "Le poste de Mme Leroy n'accède plus au serveur."
en = "Ms Leroy's PC no longer reaches the server."

[variables]
address = "{lab.subnet_prefix}.{seat+100}"

[[preconditions]]
type = "ipv4_address"
interface = "{lab.interface}"
address = "{address}"
expect = false

[[tasks]]
id = "adresse"
points = 4
competences = ["B2.2"]
title.fr = "Adresse IPv4 du poste"
title.en = "The PC's IPv4 address"
hint.fr = "Regardez « ip addr »."
hint.en = "Look at \\"ip addr\\"."
hint_penalty = 1
  [[tasks.checks]]
  type = "ipv4_address"
  interface = "{lab.interface}"
  address = "{address}"
  prefix = 24

[[tasks]]
id = "carte"
points = 2
scoring = "proportional"
title.fr = "Carte et adresse"
title.en = "Adapter and address"
  [[tasks.checks]]
  type = "interface_present"
  interface = "{lab.interface}"
  [[tasks.checks]]
  type = "ipv4_address"
  interface = "{lab.interface}"
  address = "{address}"

[[tasks]]
id = "client"
kind = "rubric"
points = 2
competences = ["R.1"]
title.fr = "Relation avec la cliente"
title.en = "Customer relationship"
  [[tasks.rubric]]
  id = "reformule"
  fr = "Reformule la demande"
  en = "Restates the request"
  points = 1
  [[tasks.rubric]]
  id = "explique"
  fr = "Explique sans jargon"
  en = "Explains without jargon"
  points = 1

[[tasks]]
id = "rapport"
kind = "report"
points = 3
title.fr = "Rapport d'intervention"
title.en = "Intervention report"
root_cause = "APIPA"
  [[tasks.root_causes]]
  id = "APIPA"
  fr = "Adresse automatique privée (APIPA)"
  en = "Automatic private address (APIPA)"
  [[tasks.root_causes]]
  id = "DNS"
  fr = "Serveur DNS faux"
  en = "Wrong DNS server"

[[tasks]]
id = "devis"
kind = "quote"
points = 4
competences = ["A.1"]
title.fr = "Devis D-2026-0042"
title.en = "Quote D-2026-0042"
  [tasks.document]
  labour_discount_percent = "10"
  deposit_percent = "30"
  required_mentions = ["validity", "payment_terms"]
  seller = { name = "InfoDépann'", legal_form = "SAS", siren = "732829320", vat_number = "FR44732829320" }
  client = { name = "Cabinet Martin SARL", professional = true }
    [[tasks.document.lines]]
    designation = "Diagnostic atelier"
    quantity = "1"
    unit = "forfait"
    unit_price = "39.00"
    [[tasks.document.lines]]
    designation = "Barrette SO-DIMM DDR4 8 Go"
    quantity = "1"
    unit = "u"
    unit_price = "32.50"
    [[tasks.document.lines]]
    designation = "SSD NVMe 1 To"
    quantity = "1"
    unit = "u"
    unit_price = "69.90"
    [[tasks.document.lines]]
    designation = "Main d'œuvre pose"
    quantity = "0.5"
    unit = "h"
    unit_price = "48.00"
    labour = true
    [[tasks.document.lines]]
    designation = "Réinstallation système"
    quantity = "1.5"
    unit = "h"
    unit_price = "48.00"
    labour = true
    [[tasks.document.lines]]
    designation = "Sauvegarde et transfert"
    quantity = "1"
    unit = "h"
    unit_price = "48.00"
    labour = true
    [[tasks.document.lines]]
    designation = "Déplacement zone 1"
    quantity = "1"
    unit = "forfait"
    unit_price = "25.00"
  [tasks.document.expected]
  subtotal_ht = "310.40"
  discount = "14.40"
  total_ht = "296.00"
  vat = "59.20"
  total_ttc = "355.20"
  deposit = "106.56"

[[tasks]]
id = "facture"
kind = "invoice"
points = 2
competences = ["A.1"]
title.fr = "Facture"
title.en = "Invoice"
  [tasks.document]
  previous_number = "F-2025-0106"
  deposit_paid = "106.56"
  seller = { name = "InfoDépann'" }
  client = { name = "Cabinet Martin SARL" }
    [[tasks.document.lines]]
    designation = "Câble HDMI 2 m"
    quantity = "1"
    unit = "u"
    unit_price = "9.90"
    [[tasks.document.lines]]
    designation = "Main d'œuvre"
    quantity = "2"
    unit = "h"
    unit_price = "48.00"
    labour = true

[[tasks]]
id = "quiz"
kind = "quiz"
points = 3
title.fr = "Questions"
title.en = "Questions"
  [[tasks.questions]]
  type = "single"
  prompt.fr = "Quelle plage est APIPA ?"
  choices = ["169.254.0.0/16", "10.0.0.0/8", "192.168.0.0/16"]
  answer = 0
  [[tasks.questions]]
  type = "multiple"
  prompt.fr = "Adresses privées ?"
  choices = ["10.1.2.3", "8.8.8.8", "172.16.0.1"]
  answer = [0, 2]
  [[tasks.questions]]
  type = "order"
  prompt.fr = "Ordre de la méthode"
  choices = ["Identifier", "Théorie", "Tester"]
  [[tasks.questions]]
  type = "match"
  points = 2
  prompt.fr = "Associez"
    [[tasks.questions.pairs]]
    left = "DNS"
    right = "53"
    [[tasks.questions.pairs]]
    left = "HTTPS"
    right = "443"
'''

# The full marks of the scenario above.
MAX_SCORE = 4 + 2 + 2 + 3 + 4 + 2 + 3

LAB = {"interface": "eth0", "seat": 12, "subnet": "192.168.10.0/24", "gateway": "192.168.10.254"}


def profile() -> LabProfile:
    p = LabProfile()
    for k, v in LAB.items():
        p.set(k, v)
    return p


def state(address: str = "169.254.20.7", prefix: int = 16, iface: str = "eth0", padding: int = 0) -> dict:
    """A recorded machine state; `padding` adds processes so that saving the state takes longer."""
    return {
        "format": "aimm-lab-state", "schema": 1, "captured_at": "2026-11-28T10:00:00+00:00", "platform": "linux",
        "lab": dict(LAB),
        "sections": {
            "network": {"interfaces": [{"name": iface, "mac": "52:54:00:12:34:56",
                                        "ipv4": [{"address": address, "prefix": prefix}], "ipv6": [], "up": True,
                                        "speed_mbps": 1000, "duplex": "full", "mtu": 1500, "loopback": False}],
                        "gateways": []},
            "processes": {"processes": [{"pid": 1000 + i, "name": f"proc-{i}", "username": "root",
                                         "cpu_percent": 0.0, "exe": f"/usr/bin/proc-{i}"} for i in range(padding)]},
        },
        "errors": {},
        "lookups": {"dns": {}, "tcp": {}, "files": {}, "cpu_load": {}},
    }


BROKEN = state()
SOLVED = state("192.168.10.112", 24)


def machine(st: dict) -> RecordedMachine:
    return RecordedMachine(copy.deepcopy(st))


def write_scenario(folder: Path, text: str = SCENARIO, name: str = "t-depannage.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def write_state(folder: Path, st: dict, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(json.dumps(st), encoding="utf-8")
    return p



    def advance(self, seconds: float) -> int:
        self.t += int(round(seconds * 1000))
        return self.t


# A right quote for the scenario's "devis" task (the catalogue's annex A.2).
GOOD_QUOTE = {
    "number": "D-2026-0042",
    "lines": [
        {"designation": "Diagnostic", "quantity": "1", "unit": "forfait", "unit_price": "39.00", "vat_rate": "20"},
        {"designation": "SO-DIMM 8 Go", "quantity": "1", "unit": "u", "unit_price": "32.50", "vat_rate": "20"},
        {"designation": "SSD 1 To", "quantity": "1", "unit": "u", "unit_price": "69,90", "vat_rate": "20"},
        {"designation": "Pose", "quantity": "0.5", "unit": "h", "unit_price": "48", "vat_rate": "20", "labour": True},
        {"designation": "Système", "quantity": "1.5", "unit": "h", "unit_price": "48", "vat_rate": "20",
         "labour": True},
        {"designation": "Sauvegarde", "quantity": "1", "unit": "h", "unit_price": "48", "vat_rate": "20",
         "labour": True},
        {"designation": "Déplacement", "quantity": "1", "unit": "forfait", "unit_price": "25", "vat_rate": "20"},
    ],
    "labour_discount_percent": "10", "deposit_percent": "30",
    "mentions": {"validity": "30 jours", "payment_terms": "à réception"},
}

GOOD_INVOICE = {
    "number": "F-2025-0107",
    "lines": [
        {"designation": "Câble HDMI", "quantity": "1", "unit": "u", "unit_price": "9.90", "vat_rate": "20"},
        {"designation": "MO", "quantity": "2", "unit": "h", "unit_price": "48.00", "vat_rate": "20", "labour": True},
    ],
    "deposit_paid": "106,56",
}

GOOD_REPORT = {
    "ticket": "2025-0412", "start": "28/11/2026 09:05", "end": "28/11/2026 09:50", "billable_minutes": "45",
    "technician": "A. Martin", "client": "Mme Leroy, Cabinet Leroy", "equipment": "PC fixe, Debian 12",
    "request": "Le serveur est introuvable", "diagnosis": "ip addr : 169.254.20.7/16 ; ping passerelle KO",
    "root_cause": "APIPA", "actions": "Adresse fixe remise selon le plan", "validation": "ping serveur OK",
    "final_state": "résolu", "recommendations": "Ne pas modifier la carte réseau", "backup": "non, pas de données",
}

GOOD_QUIZ = [0, [0, 2], [0, 1, 2], [0, 1]]


TRAINER_PIN = "739150"
CHEAP_SCRYPT = {"n": 2**10, "r": 8, "p": 1}  # tests only: the product's cost is measured in test_lone_exam.py


def set_trainer_pin(store, pin: str = TRAINER_PIN) -> None:
    """The trainer PIN of a test database, hashed at a low cost so that tests stay fast (the digest keeps its
    own cost parameters, so the program checks it as it checks any other)."""
    from aimm_lab.store.db import PIN_KEY
    from aimm_lab.trainer.pin import check_new_pin, hash_pin

    store.set_setting(PIN_KEY, hash_pin(check_new_pin(pin), cost=CHEAP_SCRYPT))
