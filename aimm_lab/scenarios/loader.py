"""Loading and validating scenario files (TOML). Every problem of a file is
reported at once with file:line, key path and a hint; a bad file never stops
the others from loading; no code ever runs from a scenario."""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
from dataclasses import dataclass, field
from decimal import InvalidOperation
from pathlib import Path

from .. import checks as _checks
from .. import fmt
from ..commercial import document_totals, money
from ..errors import Problem, ScenarioFileError
from ..i18n import T, Text
from ..labprofile import KNOWN_NAMES, is_known_name
from ..paths import assets_dir, builtin_scenarios_dir, user_scenarios_dir
from ..suggest import did_you_mean
from . import referential as ref
from .locate import line_of, locate
from .model import QUESTION_TYPES, TASK_KINDS, CheckSpec, Question, RubricItem, Scenario, Task
from .variables import VariableError, names_in

SCHEMA = 1
MAX_BYTES = 2 * 1024 * 1024
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
TASK_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
VAR_RE = re.compile(r"^[a-z_][a-z0-9_]*$")
FIXTURE_RE = re.compile(r"^(broken|solved)(_[a-z0-9]+)?$")

TOP_KEYS = ("schema", "id", "version", "block", "competences", "kind", "difficulty", "duration_minutes",
            "platforms", "title", "brief", "setup", "variables", "preconditions", "tasks", "fixtures", "tags")
TASK_KEYS = ("id", "kind", "points", "title", "description", "hint", "hint_penalty", "match", "scoring",
             "checks", "rubric", "competences", "root_cause", "root_causes", "document", "questions")
DOC_KEYS = ("seller", "client", "number", "previous_number", "vat_exempt", "labour_discount_percent",
            "deposit_percent", "deposit_paid", "lines", "expected", "required_mentions", "validity_days",
            "due_days", "notes")
DOC_LINE_KEYS = ("designation", "quantity", "unit", "unit_price", "vat_rate", "labour")
DOC_PARTY_KEYS = ("name", "legal_form", "address", "siren", "siret", "rcs", "vat_number", "capital",
                  "professional", "contact")
DOC_EXPECTED_KEYS = ("subtotal_ht", "discount", "total_ht", "vat", "total_ttc", "deposit", "net_due")


class _File:
    """Gathers the problems of one file."""

    def __init__(self, path: Path, text: str):
        self.path = path
        self.where = locate(text)
        self.problems: list[Problem] = []

    def add(self, keypath: str, text: Text):
        self.problems.append(Problem(line_of(self.where, keypath), keypath, text))


def _type_name(v) -> Text:
    names = {bool: ("booléen", "boolean"), int: ("nombre entier", "integer"), float: ("nombre", "number"),
             str: ("texte", "string"), list: ("liste", "list"), dict: ("table", "table")}
    fr, en = names.get(type(v), (type(v).__name__, type(v).__name__))
    return Text(fr, en)


class _Validator:
    def __init__(self, f: _File, data: dict, check_files: bool = True):
        self.f = f
        self.data = data
        self.check_files = check_files
        self.var_names: set[str] = set()

    # ------------------------------------------------------------------ small helpers
    def unknown_keys(self, d: dict, allowed, kp: str):
        for k in d:
            if k not in allowed:
                hint = did_you_mean(k, allowed)
                path = f"{kp}.{k}" if kp else k
                self.f.add(path, T(f"clé inconnue « {k} »{hint.fr} ; clés permises : {', '.join(allowed)}",
                                   f'unknown key "{k}"{hint.en}; allowed keys: {", ".join(allowed)}'))

    def want(self, d: dict, key: str, kp: str, types, required=True, default=None):
        path = f"{kp}.{key}" if kp else key
        if key not in d:
            if required:
                self.f.add(kp or key, T(f"clé obligatoire manquante « {key} »", f'missing required key "{key}"'))
            return default
        v = d[key]
        if isinstance(v, bool) and bool not in types:
            ok = False
        else:
            ok = isinstance(v, types)
        if not ok:
            want = " / ".join(_type_name(t()).fr for t in types)
            want_en = " / ".join(_type_name(t()).en for t in types)
            got = _type_name(v)
            self.f.add(path, T(f"attendu {want}, trouvé {got.fr} ({v!r:.60})",
                               f"expected {want_en}, found {got.en} ({v!r:.60})"))
            return default
        return v

    def text(self, d: dict, key: str, kp: str, required=True) -> Text | None:
        path = f"{kp}.{key}" if kp else key
        if key not in d:
            if required:
                self.f.add(kp or key, T(f"texte obligatoire manquant « {key} » (avec fr et en)",
                                        f'missing required text "{key}" (with fr and en)'))
            return None
        return self.text_value(d[key], path)

    def text_value(self, v, path: str) -> Text | None:
        if isinstance(v, str):
            if not v.strip():
                self.f.add(path, T("texte vide", "empty text"))
            return Text(v, None)
        if isinstance(v, dict):
            self.unknown_keys(v, ("fr", "en"), path)
            fr, en = v.get("fr"), v.get("en")
            if not isinstance(fr, str) or not fr.strip():
                self.f.add(path, T("le texte français « fr » est obligatoire et doit être un texte non vide",
                                   'the French text "fr" is required and must be a non-empty string'))
                return None
            if en is not None and not isinstance(en, str):
                self.f.add(f"{path}.en", T("« en » doit être un texte", '"en" must be a string'))
                en = None
            return Text(fr, en or None)
        self.f.add(path, T("attendu un texte ou une table { fr = …, en = … }",
                           "expected a string or a table { fr = ..., en = ... }"))
        return None

    def strings(self, items: list, path: str) -> list[str]:
        """The string items of a list; the others are reported."""
        out = []
        for i, v in enumerate(items):
            if isinstance(v, str):
                out.append(v)
            else:
                self.f.add(f"{path}[{i}]", T(f"attendu un texte, trouvé {_type_name(v).fr}",
                                             f"expected a string, found {_type_name(v).en}"))
        return out

    def number(self, d, key, kp, default, lo=None, hi=None, integer=False):
        types = (int,) if integer else (int, float)
        v = self.want(d, key, kp, types, required=False, default=default)
        if v is None:
            return default
        if (lo is not None and v < lo) or (hi is not None and v > hi):
            self.f.add(f"{kp}.{key}" if kp else key, T(f"valeur {v} hors limites ({lo} à {hi})",
                                                       f"value {v} out of range ({lo} to {hi})"))
            return default
        return v

    def array_of_tables(self, d: dict, key: str, kp: str, required=False) -> list[tuple[str, dict]]:
        path = f"{kp}.{key}" if kp else key
        v = d.get(key)
        if v is None:
            if required:
                self.f.add(kp or key, T(f"au moins un [[{path}]] est nécessaire", f"at least one [[{path}]] is needed"))
            return []
        if not isinstance(v, list):
            self.f.add(path, T(f"attendu une liste de tables [[{path}]]", f"expected an array of tables [[{path}]]"))
            return []
        out = []
        for i, item in enumerate(v):
            if not isinstance(item, dict):
                self.f.add(f"{path}[{i}]", T("attendu une table", "expected a table"))
                continue
            out.append((f"{path}[{i}]", item))
        return out

    # ------------------------------------------------------------------ checks
    def check_names(self, value, path):
        try:
            names = names_in(value)
        except VariableError as e:
            self.f.add(path, T(e.fr, e.en))
            return False
        ok = True
        for n in names:
            if n not in self.var_names and not is_known_name(n):
                hint = did_you_mean(n, sorted(self.var_names | KNOWN_NAMES))
                self.f.add(path, T(f"variable inconnue {{{n}}}{hint.fr}", f"unknown variable {{{n}}}{hint.en}"))
                ok = False
        return ok and bool(names)

    def check(self, d: dict, kp: str) -> CheckSpec | None:
        t = d.get("type")
        if not isinstance(t, str):
            self.f.add(kp, T("chaque vérification a besoin d'un « type » (voir aimm-lab checks list)",
                             'every check needs a "type" (see aimm-lab checks list)'))
            return None
        expect = self.want(d, "expect", kp, (bool,), required=False, default=True)
        label = self.text(d, "label", kp, required=False)
        timeout = self.number(d, "timeout", kp, None, 0.05, 60)
        if t in _checks.COMPOSITES:
            self.unknown_keys(d, ("type", "checks", "expect", "label"), kp)
            children = [c for c in (self.check(x, p) for p, x in self.array_of_tables(d, "checks", kp, True)) if c]
            return CheckSpec(t, {}, kp, bool(expect), label, None, children)
        cls = _checks.REGISTRY.get(t)
        if cls is None:
            hint = did_you_mean(t, list(_checks.REGISTRY) + list(_checks.COMPOSITES))
            self.f.add(f"{kp}.type", T(f"type de vérification inconnu « {t} »{hint.fr}",
                                       f'unknown check type "{t}"{hint.en}'))
            return None
        allowed = tuple(p.name for p in cls.params) + _checks.COMMON_PARAMS
        self.unknown_keys(d, allowed, kp)
        params = {}
        for p in cls.params:
            path = f"{kp}.{p.name}"
            if p.name not in d:
                if p.required:
                    self.f.add(kp, T(f"paramètre obligatoire manquant « {p.name} » pour {t} ({p.doc.fr})",
                                     f'missing required parameter "{p.name}" for {t} ({p.doc.en})'))
                continue
            value = d[p.name]
            if self.check_names(value, path):
                params[p.name] = value  # converted once the lab profile is known
                continue
            try:
                params[p.name] = p.convert(value)
            except _checks.ParamError as e:
                self.f.add(path, e.text)
        if cls.requires_one_of and not any(n in d for n in cls.requires_one_of):
            names = ", ".join(cls.requires_one_of)
            self.f.add(kp, T(f"{t} : indiquez au moins un de ces paramètres : {names}",
                             f"{t}: give at least one of these parameters: {names}"))
        return CheckSpec(t, params, kp, bool(expect), label, timeout)

    # ------------------------------------------------------------------ scenario
    def scenario(self) -> dict:
        d = self.data
        self.unknown_keys(d, TOP_KEYS, "")
        schema = self.want(d, "schema", "", (int,))
        if isinstance(schema, int) and schema > SCHEMA:
            self.f.add("schema", T(f"schéma {schema} plus récent que celui de ce programme ({SCHEMA}) : "
                                   f"mettez AIMM Lab à jour", f"schema {schema} is newer than this program's "
                                   f"({SCHEMA}): update AIMM Lab"))
            raise _Stop
        if isinstance(schema, int) and schema < 1:
            self.f.add("schema", T("le schéma doit valoir 1", "schema must be 1"))
        sid = self.want(d, "id", "", (str,))
        if isinstance(sid, str) and not ID_RE.match(sid):
            self.f.add("id", T(f"identifiant {sid!r} invalide : lettres minuscules, chiffres et tirets",
                               f"invalid id {sid!r}: lowercase letters, digits and hyphens"))
        version = self.want(d, "version", "", (int,))
        if isinstance(version, int) and version < 1:
            self.f.add("version", T("la version commence à 1", "version starts at 1"))
        block = self.want(d, "block", "", (str,))
        if isinstance(block, str) and block not in ref.BLOCKS:
            hint = did_you_mean(block, ref.BLOCKS)
            self.f.add("block", T(f"bloc inconnu « {block} »{hint.fr} ; B1, B2 ou B3",
                                  f'unknown block "{block}"{hint.en}; B1, B2 or B3'))
        comps = self.strings(self.want(d, "competences", "", (list,)) or [], "competences")
        for i, c in enumerate(comps):
            if c not in ref.COMPETENCES:
                hint = did_you_mean(c, ref.COMPETENCES)
                self.f.add(f"competences[{i}]", T(f"compétence inconnue « {c} »{hint.fr}",
                                                  f'unknown competence "{c}"{hint.en}'))
        if "competences" in d and not comps:
            self.f.add("competences", T("au moins une compétence du référentiel", "at least one competence"))
        kind = self.want(d, "kind", "", (str,))
        if isinstance(kind, str) and kind not in ref.KINDS:
            hint = did_you_mean(kind, ref.KINDS)
            self.f.add("kind", T(f"nature inconnue « {kind} »{hint.fr} ; permises : {', '.join(ref.KINDS)}",
                                 f'unknown kind "{kind}"{hint.en}; allowed: {", ".join(ref.KINDS)}'))
        difficulty = self.number(d, "difficulty", "", 1, 1, 3, integer=True)
        duration = self.number(d, "duration_minutes", "", 60, 1, 600, integer=True)
        platforms = self.strings(self.want(d, "platforms", "", (list,), required=False,
                                           default=list(ref.PLATFORMS)) or [], "platforms")
        for i, p in enumerate(platforms or []):
            if p not in ref.PLATFORMS:
                hint = did_you_mean(p, ref.PLATFORMS)
                self.f.add(f"platforms[{i}]", T(f"plate-forme inconnue « {p} »{hint.fr}",
                                                f'unknown platform "{p}"{hint.en}'))
        tags = self.strings(self.want(d, "tags", "", (list,), required=False, default=[]) or [], "tags")
        title = self.text(d, "title", "")
        brief = self.text(d, "brief", "")
        setup = self.text(d, "setup", "", required=False)

        variables = self.want(d, "variables", "", (dict,), required=False, default={}) or {}
        for name, value in variables.items():
            path = f"variables.{name}"
            if not VAR_RE.match(name):
                self.f.add(path, T(f"nom de variable {name!r} invalide (minuscules, chiffres, _)",
                                   f"invalid variable name {name!r} (lowercase, digits, _)"))
            elif not isinstance(value, str | int | float | list) or isinstance(value, bool):
                self.f.add(path, T("une variable vaut un texte, un nombre ou une liste",
                                   "a variable is a string, a number or a list"))
            self.var_names.add(name)
        for name, value in variables.items():
            self.check_names(value, f"variables.{name}")
        self._cycles(variables)

        pre = [c for c in (self.check(x, p) for p, x in self.array_of_tables(d, "preconditions", "")) if c]
        tasks = []
        seen = set()
        for kp, td in self.array_of_tables(d, "tasks", "", required=True):
            task = self.task(td, kp)
            if task is None:
                continue
            if task.id in seen:
                self.f.add(f"{kp}.id", T(f"identifiant de tâche en double « {task.id} »",
                                         f'duplicate task id "{task.id}"'))
            seen.add(task.id)
            tasks.append(task)

        fixtures = {}
        fx = self.want(d, "fixtures", "", (dict,), required=False, default={}) or {}
        base = self.f.path.parent.resolve()
        for name, rel in fx.items():
            path = f"fixtures.{name}"
            if not FIXTURE_RE.match(name):
                self.f.add(path, T(f"nom de jeu d'essai {name!r} invalide : broken, solved, broken_windows, …",
                                   f"invalid fixture name {name!r}: broken, solved, broken_windows, ..."))
                continue
            if not isinstance(rel, str):
                self.f.add(path, T("attendu un chemin relatif (texte)", "expected a relative path (string)"))
                continue
            target = (base / rel).resolve()
            if not target.is_relative_to(base):
                self.f.add(path, T(f"le chemin {rel!r} sort du dossier du scénario : interdit",
                                   f"path {rel!r} leaves the scenario's folder: not allowed"))
                continue
            if self.check_files and not target.is_file():
                self.f.add(path, T(f"fichier introuvable : {rel}", f"file not found: {rel}"))
                continue
            fixtures[name] = target
        return dict(schema=schema, id=sid, version=version, block=block, competences=comps, kind=kind,
                    difficulty=difficulty, duration_minutes=duration, platforms=platforms or [],
                    title=title, brief=brief, setup=setup, variables=variables, preconditions=pre,
                    tasks=tasks, fixtures=fixtures, tags=[str(t) for t in tags])

    def _cycles(self, variables: dict):
        graph = {}
        for name, value in variables.items():
            try:
                graph[name] = [n for n in names_in(value) if n in variables]
            except VariableError:
                graph[name] = []
        state: dict[str, int] = {}

        def visit(n, stack):
            if state.get(n) == 1:
                self.f.add(f"variables.{n}", T(f"variables circulaires : {' → '.join(stack + [n])}",
                                               f"circular variables: {' -> '.join(stack + [n])}"))
                return
            if state.get(n) == 2:
                return
            state[n] = 1
            for m in graph.get(n, []):
                visit(m, stack + [n])
            state[n] = 2

        for n in graph:
            visit(n, [])

    def task(self, d: dict, kp: str) -> Task | None:
        self.unknown_keys(d, TASK_KEYS, kp)
        tid = self.want(d, "id", kp, (str,))
        if isinstance(tid, str) and not TASK_ID_RE.match(tid):
            self.f.add(f"{kp}.id", T(f"identifiant de tâche {tid!r} invalide", f"invalid task id {tid!r}"))
        kind = self.want(d, "kind", kp, (str,), required=False, default="checks")
        if kind not in TASK_KINDS:
            hint = did_you_mean(kind, TASK_KINDS)
            self.f.add(f"{kp}.kind", T(f"nature de tâche inconnue « {kind} »{hint.fr} ; permises : "
                                       f"{', '.join(TASK_KINDS)}", f'unknown task kind "{kind}"{hint.en}; '
                                       f'allowed: {", ".join(TASK_KINDS)}'))
            kind = "checks"
        points = self.number(d, "points", kp, 1, 0, 1000)
        title = self.text(d, "title", kp)
        description = self.text(d, "description", kp, required=False)
        hint = self.text(d, "hint", kp, required=False)
        penalty = self.number(d, "hint_penalty", kp, 0, 0, 1000)
        if penalty and points is not None and penalty > points:
            self.f.add(f"{kp}.hint_penalty", T("la pénalité d'indice dépasse les points de la tâche",
                                               "the hint penalty exceeds the task's points"))
        match = self.want(d, "match", kp, (str,), required=False, default="all")
        if match not in ("all", "any"):
            self.f.add(f"{kp}.match", T("match vaut « all » ou « any »", 'match is "all" or "any"'))
        scoring = self.want(d, "scoring", kp, (str,), required=False, default="all_or_nothing")
        if scoring not in ("all_or_nothing", "proportional"):
            self.f.add(f"{kp}.scoring", T("scoring vaut « all_or_nothing » ou « proportional »",
                                          'scoring is "all_or_nothing" or "proportional"'))
        comps = self.strings(self.want(d, "competences", kp, (list,), required=False, default=[]) or [],
                             f"{kp}.competences")
        for i, c in enumerate(comps):
            if c not in ref.COMPETENCES:
                self.f.add(f"{kp}.competences[{i}]", T(f"compétence inconnue « {c} »", f'unknown competence "{c}"'))

        def only(key, kinds):
            if key in d and kind not in kinds:
                self.f.add(f"{kp}.{key}", T(f"« {key} » ne s'emploie pas dans une tâche « {kind} »",
                                            f'"{key}" does not belong in a "{kind}" task'))

        only("checks", ("checks",))
        only("match", ("checks",))
        only("scoring", ("checks",))
        only("rubric", ("rubric",))
        only("root_cause", ("report",))
        only("root_causes", ("report",))
        only("document", ("quote", "invoice"))
        only("questions", ("quiz",))
        task = Task(id=tid or "", kind=kind, points=points, title=title or Text(tid or ""), keypath=kp,
                    description=description, hint=hint, hint_penalty=penalty, match=match or "all",
                    scoring=scoring or "all_or_nothing", competences=comps)
        if kind == "checks":
            task.checks = [c for c in (self.check(x, p) for p, x in self.array_of_tables(d, "checks", kp, True)) if c]
        elif kind == "rubric":
            for i, (p, item) in enumerate(self.array_of_tables(d, "rubric", kp, True)):
                self.unknown_keys(item, ("id", "fr", "en", "points"), p)
                text = self.text_value({k: v for k, v in item.items() if k in ("fr", "en")}, p)
                pts = self.number(item, "points", p, 1, 0, 1000)
                rid = item.get("id") if isinstance(item.get("id"), str) else f"r{i + 1}"
                if text:
                    task.rubric.append(RubricItem(rid, text, pts))
            total = sum(r.points for r in task.rubric)
            if task.rubric and points is not None and abs(total - points) > 1e-9:
                self.f.add(f"{kp}.points", T(f"les items de la grille totalisent {fmt.points(total, 'fr')} points, la tâche {fmt.points(points, 'fr')}",
                                             f"the rubric items add up to {fmt.points(total, 'en')} points, the task {fmt.points(points, 'en')}"))
        elif kind == "report":
            rc = self.want(d, "root_cause", kp, (str,), required=False)
            task.root_cause = rc
            for p, item in self.array_of_tables(d, "root_causes", kp):
                self.unknown_keys(item, ("id", "fr", "en"), p)
                rid = self.want(item, "id", p, (str,))
                text = self.text_value({k: v for k, v in item.items() if k in ("fr", "en")}, p)
                if rid and text:
                    task.root_causes.append((rid, text))
            if rc and task.root_causes and rc not in [r for r, _ in task.root_causes]:
                self.f.add(f"{kp}.root_cause", T(f"« {rc} » n'est pas dans root_causes", f'"{rc}" is not in root_causes'))
        elif kind in ("quote", "invoice"):
            doc = self.want(d, "document", kp, (dict,))
            if doc is not None:
                task.document = self.document(doc, f"{kp}.document", kind)
        elif kind == "quiz":
            for p, q in self.array_of_tables(d, "questions", kp, True):
                question = self.question(q, p)
                if question:
                    task.questions.append(question)
        return task

    def document(self, doc: dict, kp: str, kind: str) -> dict:
        self.unknown_keys(doc, DOC_KEYS, kp)
        for party in ("seller", "client"):
            v = self.want(doc, party, kp, (dict,), required=True)
            if isinstance(v, dict):
                self.unknown_keys(v, DOC_PARTY_KEYS, f"{kp}.{party}")
        for key in ("labour_discount_percent", "deposit_percent", "deposit_paid"):
            if key in doc:
                try:
                    money(doc[key])
                except (InvalidOperation, ValueError, TypeError):
                    self.f.add(f"{kp}.{key}", T("attendu un montant (ex. \"10\" ou \"106.56\")",
                                                'expected an amount (e.g. "10" or "106.56")'))
        ok = True
        for p, line in self.array_of_tables(doc, "lines", kp, True):
            self.unknown_keys(line, DOC_LINE_KEYS, p)
            if not isinstance(line.get("designation"), str):
                self.f.add(p, T("chaque ligne a une « designation »", 'every line has a "designation"'))
            for key in ("quantity", "unit_price", "vat_rate"):
                if key in line:
                    try:
                        money(line[key])
                    except (InvalidOperation, ValueError, TypeError):
                        self.f.add(f"{p}.{key}", T("attendu un nombre décimal", "expected a decimal number"))
                        ok = False
                elif key != "vat_rate":
                    self.f.add(p, T(f"clé obligatoire manquante « {key} »", f'missing required key "{key}"'))
                    ok = False
        expected = self.want(doc, "expected", kp, (dict,), required=False)
        if isinstance(expected, dict) and ok and doc.get("lines"):
            self.unknown_keys(expected, DOC_EXPECTED_KEYS, f"{kp}.expected")
            try:
                totals = document_totals(doc).as_dict()
                for key, value in expected.items():
                    if key in totals and money(value) != money(totals[key]):
                        self.f.add(f"{kp}.expected.{key}", T(
                            f"le scénario annonce {value} mais les lignes donnent {totals[key]}",
                            f"the scenario states {value} but the lines give {totals[key]}"))
            except (InvalidOperation, ValueError, TypeError):
                self.f.add(f"{kp}.expected", T("montants attendus invalides", "invalid expected amounts"))
        if kind == "invoice" and "previous_number" in doc and not isinstance(doc["previous_number"], str):
            self.f.add(f"{kp}.previous_number", T("attendu un texte (ex. F-2025-0106)",
                                                  "expected a string (e.g. F-2025-0106)"))
        return doc

    def question(self, q: dict, kp: str) -> Question | None:
        self.unknown_keys(q, ("type", "prompt", "points", "choices", "answer", "pairs", "image", "explanation"), kp)
        qtype = self.want(q, "type", kp, (str,))
        if qtype not in QUESTION_TYPES:
            if qtype is not None:
                hint = did_you_mean(qtype, QUESTION_TYPES)
                self.f.add(f"{kp}.type", T(f"type de question inconnu « {qtype} »{hint.fr}",
                                           f'unknown question type "{qtype}"{hint.en}'))
            return None
        prompt = self.text(q, "prompt", kp)
        points = self.number(q, "points", kp, 1, 0, 100)
        question = Question(qtype, prompt or Text(""), points)
        image = self.want(q, "image", kp, (str,), required=False)
        if image:
            target = (assets_dir() / image).resolve()
            if not target.is_relative_to(assets_dir().resolve()) or self.check_files and not target.is_file():
                self.f.add(f"{kp}.image", T(f"image introuvable dans assets/ : {image}",
                                            f"image not found in assets/: {image}"))
            question.image = image
        question.explanation = self.text(q, "explanation", kp, required=False)
        if qtype in ("single", "multiple", "order"):
            choices = self.want(q, "choices", kp, (list,)) or []
            for i, c in enumerate(choices):
                t = self.text_value(c, f"{kp}.choices[{i}]")
                if t:
                    question.choices.append(t)
            if len(choices) < 2:
                self.f.add(f"{kp}.choices", T("au moins deux choix", "at least two choices"))
        if qtype in ("single", "multiple"):
            answer = self.want(q, "answer", kp, (list, int))
            answer = [answer] if isinstance(answer, int) else (answer or [])
            if not answer or not all(isinstance(a, int) and not isinstance(a, bool)
                                     and 0 <= a < len(question.choices) for a in answer):
                self.f.add(f"{kp}.answer", T(f"réponse(s) : numéros de choix de 0 à {len(question.choices) - 1}",
                                             f"answer(s): choice numbers from 0 to {len(question.choices) - 1}"))
            elif qtype == "single" and len(answer) != 1:
                self.f.add(f"{kp}.answer", T("une question « single » a une seule bonne réponse",
                                             'a "single" question has exactly one right answer'))
            question.answer = [a for a in answer if isinstance(a, int)]
        if qtype == "match":
            for p, pair in self.array_of_tables(q, "pairs", kp, True):
                self.unknown_keys(pair, ("left", "right"), p)
                left = self.text(pair, "left", p)
                right = self.text(pair, "right", p)
                if left and right:
                    question.pairs.append((left, right))
            if len(question.pairs) < 2:
                self.f.add(f"{kp}.pairs", T("au moins deux paires", "at least two pairs"))
        return question


class _Stop(Exception):
    """Stop validating a file whose other problems would only be noise."""


def load_text(text: str, path: Path, raw: bytes | None = None, check_files: bool = True) -> Scenario:
    """Validate a scenario's text. `check_files=False` skips the existence of fixture and picture
    files: for the copy of a scenario kept with an attempt, graded without its folder."""
    f = _File(path, text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"line (\d+)", str(e))
        f.problems.append(Problem(int(m.group(1)) if m else 1, "",
                                  T(f"TOML invalide : {e}", f"invalid TOML: {e}")))
        raise ScenarioFileError(path, f.problems) from None
    if not data:
        f.problems.append(Problem(1, "", T("fichier vide : un scénario a au moins schema, id, title, tasks",
                                           "empty file: a scenario has at least schema, id, title, tasks")))
        raise ScenarioFileError(path, f.problems)
    v = _Validator(f, data, check_files)
    try:
        fields = v.scenario()
    except _Stop:
        raise ScenarioFileError(path, f.problems) from None
    except RecursionError:
        f.problems.append(Problem(1, "", T("imbrication trop profonde", "nesting too deep")))
        raise ScenarioFileError(path, f.problems) from None
    if f.problems:
        raise ScenarioFileError(path, sorted(f.problems, key=lambda p: p.line))
    digest = hashlib.sha256(raw if raw is not None else text.encode()).hexdigest()
    return Scenario(path=path, sha256=digest, lines=f.where, **fields)


def load_file(path: str | Path) -> Scenario:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ScenarioFileError(path, [Problem(1, "", T(
                f"fichier trop gros ({size // 1024} Kio, maximum {MAX_BYTES // 1024} Kio)",
                f"file too large ({size // 1024} KiB, at most {MAX_BYTES // 1024} KiB)"))])
        raw = path.read_bytes()
    except OSError as e:
        raise ScenarioFileError(path, [Problem(1, "", T(f"lecture impossible : {e.strerror}",
                                                        f"cannot read: {e.strerror}"))]) from None
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise ScenarioFileError(path, [Problem(line, "", T("fichier binaire, pas un texte TOML",
                                                           "binary file, not TOML text"))])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise ScenarioFileError(path, [Problem(line, "", T(
            "le fichier n'est pas en UTF-8 (enregistrez-le en UTF-8)",
            "the file is not UTF-8 (save it as UTF-8)"))]) from None
    return load_text(text, path, raw)


@dataclass
class Library:
    """What a discovery found: scenarios that loaded, and files that did not."""

    scenarios: list[Scenario] = field(default_factory=list)
    errors: list[ScenarioFileError] = field(default_factory=list)

    def get(self, key: str) -> Scenario | None:
        for s in self.scenarios:
            if s.id == key or str(s.path) == key:
                return s
        return None


def default_roots() -> list[Path]:
    roots = [builtin_scenarios_dir(), user_scenarios_dir()]
    extra = os.environ.get("AIMM_LAB_SCENARIOS")
    if extra:
        roots += [Path(p) for p in extra.split(os.pathsep) if p]
    return roots


def scenario_files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out += sorted(x for x in p.rglob("*.toml") if x.is_file())
        else:
            out.append(p)
    return out


_TOP_ID = re.compile(r"""^\s*id\s*=\s*(?:"([^"\\]*)"|'([^']*)')\s*(?:#.*)?$""")


def declared_id(text: str) -> str | None:
    """A scenario file's top-level `id = "…"`, read from its lines before the first table header (where
    TOML puts top-level keys) without parsing the file; None when it has none written so."""
    for line in text.splitlines():
        if line.lstrip().startswith("["):
            return None
        m = _TOP_ID.match(line)
        if m:
            return m.group(1) if m.group(1) is not None else m.group(2)
    return None


def find(key: str, paths: list[Path] | None = None) -> Scenario | None:
    """The scenario of this id, as `discover(paths).get(key)` gives it, loading only its file: the first file
    in discover's order that declares the id. A one-scenario command (`aimm-lab check ID`) starts without
    loading and validating the whole library (some 200 ms for 50 scenarios). When that first file does not
    load, or says another id once parsed, the whole library is loaded instead (the same answer)."""
    for file in scenario_files(paths if paths else [r for r in default_roots() if r.exists()]):
        try:
            if file.stat().st_size > MAX_BYTES:
                continue  # discover refuses it too
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # discover cannot load it either
        if declared_id(text) != key:
            continue
        try:
            s = load_file(file)
        except ScenarioFileError:
            return discover(paths).get(key)
        return s if s.id == key else discover(paths).get(key)
    return None


def discover(paths: list[Path] | None = None) -> Library:
    """Load every scenario under `paths` (default: built-in, the user's, AIMM_LAB_SCENARIOS)."""
    lib = Library()
    seen: dict[str, Path] = {}
    for file in scenario_files(paths if paths else [r for r in default_roots() if r.exists()]):
        try:
            s = load_file(file)
        except ScenarioFileError as e:
            lib.errors.append(e)
            continue
        if s.id in seen and seen[s.id] != s.path:
            lib.errors.append(ScenarioFileError(file, [Problem(line_of(s.lines, "id"), "id", T(
                f"identifiant « {s.id} » déjà pris par {seen[s.id]}", f'id "{s.id}" already used by {seen[s.id]}'))]))
            continue
        seen[s.id] = s.path
        lib.scenarios.append(s)
    lib.scenarios.sort(key=lambda s: (s.block, s.id))
    return lib
