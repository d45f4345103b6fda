"""RNCP 24787 (AIMM): competence lines, blocks, exam format and weights."""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import Text


@dataclass(frozen=True)
class Competence:
    id: str
    block: str  # B1, B2, B3, "all" (relational), "annex"
    title: Text


COMPETENCES: dict[str, Competence] = {c.id: c for c in [
    Competence("B1.1", "B1", Text("Assembler et intégrer un système micro-informatique",
                                  "Assemble and integrate a PC system")),
    Competence("B1.2", "B1", Text("Réaliser la mise en production logicielle d'un système poste client ou mobile",
                                  "Deploy the software of a client or mobile system")),
    Competence("B1.3", "B1", Text("Adapter les différents éléments d'un système poste client ou mobile",
                                  "Adapt the elements of a client or mobile system")),
    Competence("B1.4", "B1", Text("Assister au 1er niveau l'utilisateur ou le client",
                                  "First-level user or customer assistance")),
    Competence("B2.1", "B2", Text("Réaliser le câblage réseau", "Network cabling")),
    Competence("B2.2", "B2", Text("Mettre en réseau un poste de travail micro-informatique",
                                  "Put a workstation on the network")),
    Competence("B2.3", "B2", Text("Mettre en service un équipement ou un périphérique sur un réseau local",
                                  "Commission a device or peripheral on a LAN")),
    Competence("B2.4", "B2", Text("Connecter un client fixe ou mobile sur une solution réseau locale ou distante",
                                  "Connect a fixed or mobile client to a local or remote network solution")),
    Competence("B3.1", "B3", Text("Intervenir sur un dysfonctionnement d'un système micro-informatique",
                                  "Intervene on a malfunction")),
    Competence("B3.2", "B3", Text("Réaliser le suivi de l'intervention", "Follow up the intervention (reporting)")),
    Competence("R.1", "all", Text("Appliquer avec maîtrise les techniques de communication et de dialogue",
                                  "Communication and dialogue")),
    Competence("R.2", "all", Text("Appliquer avec maîtrise les techniques de conseil et d'assistance technique "
                                  "à l'utilisateur", "Advice and technical assistance to the user")),
    Competence("A.1", "annex", Text("Réalisation de devis, de factures et de rapports d'interventions",
                                    "Quotes, invoices and intervention reports")),
]}

BLOCKS: dict[str, Text] = {
    "B1": Text("Installer, configurer et mettre en service un matériel micro-informatique fixe ou mobile "
               "et ses périphériques",
               "Install, configure and commission a fixed or mobile PC and its peripherals"),
    "B2": Text("Installer, configurer et mettre en service un équipement micro-informatique fixe ou mobile "
               "sur un réseau local",
               "Install, configure and commission a fixed or mobile PC on a local network"),
    "B3": Text("Diagnostiquer, intervenir et assurer la continuité de service du matériel micro-informatique "
               "fixe ou mobile",
               "Diagnose, intervene and ensure continuity of service of fixed or mobile PCs"),
}

KINDS = ("assembly", "deployment", "network", "diagnosis", "assistance", "commercial")
PLATFORMS = ("windows", "linux")

# The certificate's final weighting (training route) and exam format.
JURY_WEIGHTS = {
    "continuous": 30,  # contrôle continu
    "social": 10,  # compétences sociales
    "tutor": 30,  # note du tuteur de stage
    "exam": 30,  # examen final (3 épreuves pratiques + entretien)
}
EXAM_TEST_MINUTES = 60
JURY_MINUTES = 30
BLOCK_VALIDITY_YEARS = 5
