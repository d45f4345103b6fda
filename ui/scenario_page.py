"""A scenario's page: the customer's ticket (Markdown), the tasks, the duration and
what will be checked; from here the trainee starts a practice or an exam attempt."""

from __future__ import annotations

import re

from aimm_lab.i18n import current_lang
from aimm_lab.scenarios import referential as ref

from . import labels, theme
from .qt import (
    QCheckBox,
    QEvent,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from .richtext import keep_line_breaks

# Parameters that say where a check looks (not what it expects): they tell apart two checks that
# read the same, such as a Windows and a Linux branch ("C:\\" and "/").
WHERE = ("path", "mountpoint", "drive", "volume", "share", "interface", "name", "host", "url")


def _check_text(spec, lang: str) -> str:
    from aimm_lab.checks import COMPOSITES, REGISTRY  # on first use: keeps start-up short

    if spec.label:
        text = spec.label.get(lang)
    elif spec.type == "all":
        text = translate("ScenarioPage", "Il faut tous les points suivants :")
    elif spec.type == "any":
        text = translate("ScenarioPage", "Il faut au moins un des points suivants :")
    elif spec.type in COMPOSITES:
        text = COMPOSITES[spec.type].get(lang)
    elif spec.type in REGISTRY:
        text = REGISTRY[spec.type].description.get(lang)
    else:
        text = spec.type
    if not spec.expect:
        text = translate("ScenarioPage", "à éviter : %1").replace("%1", text[0].lower() + text[1:])
    return text


def _where(spec) -> str:
    return next((str(spec.params[k]) for k in WHERE if isinstance(spec.params.get(k), str | int)), "")


def _system_of(spec) -> str:
    """The system a check (or the first of its checks that names a place) is about, from that place."""
    if spec.type == "os_version" and str(spec.params.get("system", "")).lower() in ("windows", "linux"):
        return str(spec.params["system"]).capitalize()
    where = _where(spec)
    if where:
        return _system(where)
    return next((x for x in (_system_of(c) for c in spec.children) if x), "")


def _system(where: str) -> str:
    """"Windows" for C:\\…, "Linux" for /…, else ""."""
    if re.match(r"^[A-Za-z]:\\", where):
        return "Windows"
    return "Linux" if where.startswith("/") else ""


def check_lines(spec, lang: str, depth: int = 0, text: str | None = None) -> list[str]:
    """Plain words for a check (its label, else its type's description), nested ones indented.

    Checks side by side that read the same are told apart when they are one system's and the other's
    (a Windows and a Linux branch: each with the place it reads, "C:\\" and "/"); otherwise they are
    said once with their number ("× 4"): where else they look may be what the trainee has to find."""
    pad = "  " * depth
    out = [f"{pad}- {text if text is not None else _check_text(spec, lang)}"]
    out += child_lines(spec.children, lang, depth + 1)
    return out


def child_lines(specs, lang: str, depth: int = 0) -> list[str]:
    texts = [_check_text(c, lang) for c in specs]
    out: list[str] = []
    for i, (child, t) in enumerate(zip(specs, texts, strict=True)):
        same = [c for c, x in zip(specs, texts, strict=True) if x == t]
        if len(same) > 1:
            systems = [_system_of(c) for c in same]
            where = _where(child)
            if all(systems) and len(set(systems)) == len(systems) and "`" not in where:
                system = _system_of(child)
                sep = " : " if lang == "fr" else ": "
                t = f"{t} ({system}{sep}`{where}`)" if where else f"{system} — {t[0].lower()}{t[1:]}"
            elif any(c.children for c in same):
                n = next(k for k, c in enumerate(same) if c is child) + 1
                t = translate("ScenarioPage", "n° %1 — %2").replace("%1", str(n)).replace("%2", t[0].lower() + t[1:])
            elif texts.index(t) != i:
                continue  # said once, with the number of checks
            else:
                t = f"{t} (× {len(same)})"
        out += check_lines(child, lang, depth, t)
    return out


class ScenarioPage(QWidget):
    start_requested = Signal(str, str)  # scenario id, mode ("practice" | "exam")
    back_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scenarioPage")
        self.scenario = None
        self.trainee_name = ""
        self.readiness = None  # this scenario's Readiness on this seat, once known
        self.open_exam = None  # the exam attempt open on this PC, if any: nothing else may start

        self.title = QLabel(objectName="pageHeading")
        theme.heading(self.title)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel(objectName="scenarioMeta")
        self.meta.setWordWrap(True)
        self.brief_box = QGroupBox()
        self.brief = QTextBrowser(objectName="brief")
        self.brief.setOpenExternalLinks(False)
        QVBoxLayout(self.brief_box).addWidget(self.brief)
        self.tasks_box = QGroupBox()
        self.tasks = QTextBrowser(objectName="tasks")
        QVBoxLayout(self.tasks_box).addWidget(self.tasks)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.brief_box)
        split.addWidget(self.tasks_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)

        self.who = QLabel(objectName="traineeLine")
        self.back = QPushButton(objectName="backToLibrary")
        self.back.clicked.connect(self.back_requested)
        self.practice = QPushButton(objectName="startPractice")
        self.practice.setDefault(True)
        self.practice.clicked.connect(lambda: self._start("practice"))
        self.timed = QCheckBox(objectName="practiceTimed")
        self.timed.setChecked(True)
        self.exam = QPushButton(objectName="startExam")
        self.exam.clicked.connect(lambda: self._start("exam"))
        self.who.setWordWrap(True)
        self.blocked = QLabel(objectName="startBlocked")  # why the scenario cannot start here, in plain words
        self.blocked.setWordWrap(True)
        self.blocked.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.blocked.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.timed)
        buttons.addWidget(self.practice)
        buttons.addWidget(self.exam)

        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.meta)
        lay.addWidget(split, 1)
        lay.addWidget(self.who)
        lay.addWidget(self.blocked)
        lay.addLayout(buttons)
        self.retranslate()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.brief_box.setTitle(self.tr("La demande du client"))
        self.brief.setAccessibleName(self.tr("Demande du client"))
        self.tasks_box.setTitle(self.tr("Tâches et vérifications"))
        self.tasks.setAccessibleName(self.tr("Tâches et ce qui sera vérifié"))
        self.back.setText(self.tr("← &Bibliothèque"))
        self.back.setToolTip(self.tr("Revenir à la liste des scénarios"))
        self.practice.setText(self.tr("Commencer l'&entraînement"))
        self.practice.setToolTip(self.tr("Vérifications et indices disponibles pendant le travail"))
        self.timed.setText(self.tr("&Chronométrer l'entraînement"))
        self.timed.setToolTip(self.tr("Entraînement avec le compte à rebours de l'épreuve ; décochez pour "
                                      "travailler sans limite de temps"))
        self.exam.setText(self.tr("Commencer en mode e&xamen"))
        self.exam.setToolTip(self.tr("Temps limité, aucun résultat affiché avant la remise"))
        self._update_start()
        self.set_trainee(self.trainee_name)
        if self.scenario is not None:
            self.show_scenario(self.scenario)

    def set_readiness(self, readiness):
        """The scenario's Readiness on this seat (None: not known yet; the engine checks at start)."""
        self.readiness = readiness
        self._update_start()

    def set_exam(self, exam):
        """The exam attempt open on this PC (None: none): while it runs nothing else may start."""
        self.open_exam = exam
        self._update_start()

    def start_blocked(self) -> str:
        """Why a trainee cannot start this scenario here, in plain words; "" when they can."""
        lang = current_lang()
        x = self.open_exam
        own = (x is not None and self.scenario is not None and x.scenario_id == self.scenario.id
               and x.trainee == self.trainee_name)
        if x is not None and not own:  # the exam's own trainee and scenario: "Commencer" offers to resume it
            return (self.tr("Un examen est en cours sur ce poste (%1, « %2 ») : aucune autre tentative avant sa "
                            "remise.").replace("%1", x.trainee).replace("%2", x.title.get(lang)))
        r = self.readiness
        if r is not None and not r.ready:
            return "\n".join([self.tr("Ce scénario ne peut pas commencer sur ce poste :")]
                             + [f"• {x.get(lang)}" for x in r.reasons])
        return ""

    def _update_start(self):
        why = self.start_blocked()
        for b in (self.practice, self.exam, self.timed):
            b.setEnabled(not why)
        self.blocked.setText(why)
        self.blocked.setVisible(bool(why))
        self.blocked.setStyleSheet(f"QLabel {{ color: {theme.color('ERROR')}; font-weight: bold; }}" if why else "")
        if why:
            self.practice.setToolTip(why)
            self.exam.setToolTip(why)
        else:
            self.practice.setToolTip(self.tr("Vérifications et indices disponibles pendant le travail"))
            self.exam.setToolTip(self.tr("Temps limité, aucun résultat affiché avant la remise"))

    def set_trainee(self, name: str):
        self.trainee_name = name
        self.who.setText(self.tr("Stagiaire : %1").replace("%1", name) if name
                         else self.tr("Aucun stagiaire choisi : il vous sera demandé au démarrage."))
        if self.scenario is not None:
            self._update_start()  # the open exam's own trainee may resume it from here

    def show_scenario(self, s):
        self.scenario = s
        lang = current_lang()
        self.title.setText(s.title.get(lang))
        comps = ", ".join(f"{c}" for c in s.competences)
        self.meta.setText(" · ".join([
            self.tr("Bloc %1").replace("%1", s.block),
            comps,
            labels.kind(s.kind),
            self.tr("difficulté %1").replace("%1", labels.difficulty(s.difficulty)),
            self.tr("durée %1 min").replace("%1", str(s.duration_minutes)),
            ", ".join(labels.platform(p) for p in s.platforms),
        ]))
        self.meta.setToolTip("\n".join(f"{c} — {ref.COMPETENCES[c].title.get(lang)}"
                                       for c in s.competences if c in ref.COMPETENCES))
        self.brief.setMarkdown(keep_line_breaks(s.brief.get(lang)))
        self.tasks.setMarkdown(self.tasks_markdown(s, lang))

    def tasks_markdown(self, s, lang: str) -> str:
        parts = [self.tr("**Durée : %1 minutes** — %2 points au total.")
                 .replace("%1", str(s.duration_minutes)).replace("%2", labels.points(s.max_points)), ""]
        for i, t in enumerate(s.tasks, 1):
            parts.append(f"{i}. **{t.title.get(lang)}** — {labels.points(t.points)} pt ({labels.task_kind(t.kind)})")
            sub = []
            if t.description:
                sub += [t.description.get(lang).strip(), ""]
            if t.kind == "checks":
                sub += [self.tr("Vérifié sur le poste :"), ""]
                sub += child_lines(t.checks, lang)
            elif t.kind == "rubric":
                sub += [self.tr("Observé par le formateur :"), ""]
                sub += [f"- {r.text.get(lang)} ({labels.points(r.points)} pt)" for r in t.rubric]
            elif t.kind == "report":
                sub.append(self.tr("Le rapport d'intervention (tous les champs obligatoires remplis)."))
            elif t.kind in ("quote", "invoice"):
                sub.append(self.tr("Les lignes et les totaux HT, TVA et TTC du document."))
            elif t.kind == "quiz":
                sub.append(self.tr("%n question(s).", "", len(t.questions)))
            if t.hint and t.hint_penalty:
                sub += ["", self.tr("Indice disponible en entraînement (coût : %1 pt).")
                        .replace("%1", labels.points(t.hint_penalty))]
            parts += ["", *[("   " + ln) if ln else "" for ln in sub], ""]
        return "\n".join(parts)

    def _start(self, mode: str):
        if self.scenario is not None and not self.start_blocked():
            self.start_requested.emit(self.scenario.id, mode)
