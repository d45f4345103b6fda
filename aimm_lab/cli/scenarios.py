"""aimm-lab scenarios list|show|validate|test|coverage."""

from __future__ import annotations

import click

from .. import fmt
from ..errors import AimmError
from ..i18n import tr
from ..labprofile import LabProfile
from ..machine import MachineView
from ..machine.real import RealMachine
from ..scenarios import referential as ref
from ..scenarios.model import REPORT_FIELDS
from ..scenarios.resolve import resolve
from ..scenarios.variables import render_text
from ..selftest import test_scenario
from .checks import refuse_during_exam
from .common import echo_json, find_scenario, lang, library, report_file_errors
from .options import Group, json_option, lang_option

PATHS = click.argument("paths", nargs=-1, type=click.Path())


def seat_values(s) -> dict:
    """The lab profile's values on this seat and the scenario's variables, for texts shown to people."""
    try:
        profile = LabProfile.load(machine=MachineView(RealMachine()))
    except AimmError:
        return {}
    values = profile.variables()
    try:
        values.update(resolve(s, profile).variables)
    except AimmError:
        pass
    return values




@click.group("scenarios", cls=Group)
def scenarios_command():
    """Trouver, afficher, valider et tester les scénarios / find, show, validate and test scenarios."""

@scenarios_command.command("list")
@PATHS
@json_option
@lang_option
@click.pass_context
def list_(ctx, paths, as_json):
    """Liste les scénarios (intégrés, de l'utilisateur, ou PATH…)."""
    lib = library(paths)
    if as_json:
        echo_json([s.summary() for s in lib.scenarios])
    else:
        for s in lib.scenarios:
            click.echo(f"{s.id:<32} v{s.version:<3} {s.block}  {','.join(s.competences):<22} "
                       f"{s.kind:<11} {s.title.get(lang())}")
        click.echo(tr(f"{len(lib.scenarios)} scénario(s)", f"{len(lib.scenarios)} scenario(s)")
                   + (tr(f", {len(lib.errors)} fichier(s) en erreur", f", {len(lib.errors)} file(s) with errors")
                      if lib.errors else ""), err=True)
    report_file_errors(lib.errors)
    ctx.exit(2 if lib.errors else 0)

@scenarios_command.command("show")
@click.argument("scenario")
@json_option
@lang_option
@click.pass_context
def show(ctx, scenario, as_json):
    """Affiche un scénario (par identifiant ou chemin). Refusé pour le scénario d'un examen en cours
    sur ce poste : ses vérifications montrent les valeurs attendues."""
    s = find_scenario(scenario)
    refuse_during_exam(ctx, s, same_only=True)
    L = lang()
    if as_json:
        d = s.summary()
        d.update({
            "brief": s.brief.as_dict(), "setup": s.setup.as_dict() if s.setup else None,
            "variables": s.variables,
            "preconditions": [{"type": c.type, "params": c.params, "expect": c.expect} for c in s.preconditions],
            "tasks": [{"id": t.id, "kind": t.kind, "points": t.points, "title": t.title.as_dict(),
                       "checks": [{"type": c.type, "params": c.params, "expect": c.expect} for c in t.checks],
                       "rubric": [{"id": r.id, **r.text.as_dict(), "points": r.points} for r in t.rubric]}
                      for t in s.tasks],
            "fixtures": {k: str(v) for k, v in s.fixtures.items()},
        })
        echo_json(d)
        ctx.exit(0)
    click.echo(f"{s.title.get(L)}  [{s.id} v{s.version}]")
    click.echo(f"{tr('Bloc', 'Block')} {s.block} · {', '.join(s.competences)} · {s.kind} · "
               f"{tr('difficulté', 'difficulty')} {s.difficulty}/3 · {s.duration_minutes} min · "
               f"{', '.join(s.platforms)}")
    values = seat_values(s)
    click.echo("\n" + tr("Demande du client", "Customer's request") + ":\n"
               + render_text(s.brief.get(L).strip(), values))
    if s.setup:
        click.echo("\n" + tr("Préparation (formateur), valeurs de ce poste",
                              "Set-up (trainer), with this seat's values") + ":\n"
                   + render_text(s.setup.get(L).strip(), values))
    if s.preconditions:
        click.echo("\n" + tr("Préconditions (panne en place)", "Preconditions (fault in place)") + ":")
        for c in s.preconditions:
            click.echo(f"  - {c.type} {c.params}" + ("" if c.expect else " (expect = false)"))
    click.echo("\n" + tr("Tâches", "Tasks") + ":")
    for t in s.tasks:
        click.echo(f"  [{t.id}] {t.title.get(L)} — {fmt.points(t.points, L)} pt ({t.kind})")
        for c in t.checks:
            click.echo(f"      · {c.type} {c.params}" + ("" if c.expect else " (expect = false)"))
        for r in t.rubric:
            click.echo(f"      · {r.text.get(L)} ({fmt.points(r.points, L)} pt)")
        if t.kind == "report":
            click.echo("      · " + ", ".join(label.get(L) for _, label, req in REPORT_FIELDS if req))
    ctx.exit(0)

@scenarios_command.command("validate")
@PATHS
@json_option
@lang_option
@click.pass_context
def validate(ctx, paths, as_json):
    """Valide des fichiers de scénario ; toutes les erreurs d'un fichier à la fois (code 2 si erreur)."""
    lib = library(paths)
    if as_json:
        echo_json({"valid": [str(s.path) for s in lib.scenarios],
                   "errors": [{"path": str(e.path), "problems": [
                       {"line": p.line, "keypath": p.keypath, "message": p.text.get(lang())}
                       for p in e.problems]} for e in lib.errors]})
    else:
        report_file_errors(lib.errors)
        click.echo(tr(f"{len(lib.scenarios)} valide(s), {len(lib.errors)} en erreur",
                      f"{len(lib.scenarios)} valid, {len(lib.errors)} with errors"))
    ctx.exit(2 if lib.errors else 0)

@scenarios_command.command("test")
@PATHS
@json_option
@lang_option
@click.pass_context
def test(ctx, paths, as_json):
    """Rejoue les jeux d'essai de chaque scénario : broken échoue, solved réussit."""
    lib = library(paths)
    results = [r for s in lib.scenarios for r in test_scenario(s)]
    bad = [r for r in results if not r.ok]
    if as_json:
        echo_json({"results": [r.as_dict(lang()) for r in results],
                   "errors": [e.message(lang()) for e in lib.errors]})
    else:
        for r in results:
            mark = "ok " if r.ok else "KO "
            click.echo(f"{mark} {r.scenario_id} [{r.fixture}]")
            for p in r.problems:
                click.echo(f"      {p.get(lang())}")
        report_file_errors(lib.errors)
        click.echo(tr(f"{len(results) - len(bad)} jeu(x) d'essai réussi(s), {len(bad)} en échec",
                      f"{len(results) - len(bad)} fixture(s) passed, {len(bad)} failed"))
    ctx.exit(2 if lib.errors else (1 if bad else 0))

@scenarios_command.command("coverage")
@PATHS
@json_option
@lang_option
@click.pass_context
def coverage(ctx, paths, as_json):
    """Matrice de couverture : compétences du référentiel × scénarios."""
    lib = library(paths)
    matrix = {cid: [s.id for s in lib.scenarios if cid in s.competences or
                    any(cid in t.competences for t in s.tasks)] for cid in ref.COMPETENCES}
    per_block = {b: sum(1 for s in lib.scenarios if s.block == b) for b in ref.BLOCKS}
    if as_json:
        echo_json({"competences": {c: {"title": ref.COMPETENCES[c].title.as_dict(), "scenarios": ids,
                                       "count": len(ids)} for c, ids in matrix.items()},
                   "blocks": per_block, "total": len(lib.scenarios)})
    else:
        for cid, ids in matrix.items():
            flag = "" if len(ids) >= 3 else "  <-- " + tr("moins de 3", "fewer than 3")
            click.echo(f"{cid:<5} {len(ids):>3}  {ref.COMPETENCES[cid].title.get(lang())}{flag}")
        click.echo("  ".join(f"{b}: {n}" for b, n in per_block.items()) + f"  total: {len(lib.scenarios)}")
    report_file_errors(lib.errors)
    ctx.exit(2 if lib.errors else 0)

