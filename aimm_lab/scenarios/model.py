"""What a loaded scenario is: plain data, validated, with key paths kept for errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import Text

TASK_KINDS = ("checks", "rubric", "report", "quote", "invoice", "quiz")
MACHINE_KINDS = ("checks",)
QUESTION_TYPES = ("single", "multiple", "order", "match")

# The intervention report form (annex B of the scenario catalogue): field id -> label, required.
REPORT_FIELDS: list[tuple[str, Text, bool]] = [
    ("ticket", Text("N° d'intervention / ticket", "Intervention / ticket number"), True),
    ("quote_ref", Text("N° de devis lié", "Related quote number"), False),
    ("start", Text("Début (date et heure)", "Start (date and time)"), True),
    ("end", Text("Fin (date et heure)", "End (date and time)"), True),
    ("billable_minutes", Text("Temps facturable (minutes)", "Billable time (minutes)"), True),
    ("technician", Text("Technicien", "Technician"), True),
    ("client", Text("Client : nom / société, adresse, contact", "Customer: name / company, address, contact"), True),
    ("equipment", Text("Matériel : type, marque, modèle, N° de série, OS",
                       "Equipment: type, make, model, serial number, OS"), True),
    ("request", Text("Demande initiale / symptômes (mots du client)", "Initial request / symptoms (customer's words)"),
     True),
    ("diagnosis", Text("Constatations et diagnostic : tests réalisés et résultats",
                       "Findings and diagnosis: tests done and results"), True),
    ("root_cause", Text("Cause racine", "Root cause"), True),
    ("actions", Text("Actions réalisées", "Actions taken"), True),
    ("parts", Text("Pièces remplacées / fournies (réf., qté, N° de série)",
                   "Parts replaced / supplied (ref., qty, serial number)"), False),
    ("validation", Text("Tests de validation", "Validation tests"), True),
    ("final_state", Text("État final", "Final state"), True),
    ("recommendations", Text("Recommandations / conseils au client", "Recommendations / advice to the customer"),
     True),
    ("backup", Text("Sauvegarde effectuée avant intervention (oui/non, où)",
                    "Backup made before the intervention (yes/no, where)"), True),
]
FINAL_STATES = {
    "resolved": Text("Résolu", "Resolved"),
    "partial": Text("Partiellement résolu", "Partially resolved"),
    "escalated": Text("Escaladé", "Escalated"),
}


@dataclass
class CheckSpec:
    type: str
    params: dict
    keypath: str
    expect: bool = True
    label: Text | None = None
    timeout: float | None = None
    children: list[CheckSpec] = field(default_factory=list)


@dataclass
class RubricItem:
    id: str
    text: Text
    points: float


@dataclass
class Question:
    type: str
    prompt: Text
    points: float = 1.0
    choices: list[Text] = field(default_factory=list)
    answer: list[int] = field(default_factory=list)
    pairs: list[tuple[Text, Text]] = field(default_factory=list)
    image: str | None = None
    explanation: Text | None = None


@dataclass
class Task:
    id: str
    kind: str
    points: float
    title: Text
    keypath: str
    description: Text | None = None
    hint: Text | None = None
    hint_penalty: float = 0.0
    match: str = "all"
    scoring: str = "all_or_nothing"
    checks: list[CheckSpec] = field(default_factory=list)
    rubric: list[RubricItem] = field(default_factory=list)
    competences: list[str] = field(default_factory=list)
    root_cause: str | None = None
    root_causes: list[tuple[str, Text]] = field(default_factory=list)
    document: dict = field(default_factory=dict)
    questions: list[Question] = field(default_factory=list)

    @property
    def machine_checked(self) -> bool:
        return self.kind in MACHINE_KINDS


@dataclass
class Scenario:
    path: Path
    sha256: str
    schema: int
    id: str
    version: int
    block: str
    competences: list[str]
    kind: str
    difficulty: int
    duration_minutes: int
    platforms: list[str]
    title: Text
    brief: Text
    setup: Text | None
    variables: dict
    preconditions: list[CheckSpec]
    tasks: list[Task]
    fixtures: dict[str, Path]
    tags: list[str] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)  # key path -> line, for errors found later

    @property
    def max_points(self) -> float:
        return sum(t.points for t in self.tasks)

    def task(self, task_id: str) -> Task:
        for t in self.tasks:
            if t.id == task_id:
                return t
        raise KeyError(task_id)

    def summary(self, lang: str | None = None) -> dict:
        return {
            "id": self.id,
            "version": self.version,
            "block": self.block,
            "competences": list(self.competences),
            "kind": self.kind,
            "difficulty": self.difficulty,
            "duration_minutes": self.duration_minutes,
            "platforms": list(self.platforms),
            "title": self.title.as_dict(),
            "path": str(self.path),
            "sha256": self.sha256,
            "tasks": len(self.tasks),
            "max_points": self.max_points,
        }
