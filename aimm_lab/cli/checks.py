"""aimm-lab checks list | check: the check types, and a scenario graded on this PC or a recorded state."""

from __future__ import annotations

from pathlib import Path

import click

from .. import words
from ..checks import describe_all
from ..checks.base import Outcome
from ..errors import AimmError
from ..grade import run_pass
from ..i18n import T, tr
from ..labprofile import LabProfile
from ..machine import MachineView, RecordedMachine
from ..paths import default_db_path
from ..scenarios.resolve import resolve
from ..selftest import profile_for_state
from .common import echo_json, engine_of, find_scenario, lang, store_of
from .options import Group, lang_option
from .probe import write_json


def _said(c, L: str, indent: str) -> None:
    """The plain sentence a trainee reads, under the technical line."""
    if c.plain is not None:
        click.echo(f"{indent}→ {c.plain.get(L)}")


def print_result(res, scenario) -> None:
    L = lang()
    if res.preconditions:
        pre = res.preconditions_outcome
        click.echo(tr("Préconditions (panne en place)", "Preconditions (fault in place)") +
                   f" — {words.outcome(pre, L)}")
        for c in res.preconditions:
            label = f" ({c.label.get(L)})" if c.label else ""
            click.echo(f"  {words.mark(c.outcome)} {c.type}{label}: {c.message.get(L)}")
            _said(c, L, "      ")
    for t in res.tasks:
        task = scenario.task(t.task_id)
        click.echo(f"[{t.task_id}] {task.title.get(L)} — {words.outcome(t.outcome, L).upper()}")
        for c in t.checks:
            label = f" ({c.label.get(L)})" if c.label else ""
            click.echo(f"  {words.mark(c.outcome)} {c.type}{label}: {c.message.get(L)}")
            _said(c, L, "      ")
            for k in c.children:
                click.echo(f"      {words.mark(k.outcome)} {k.type}: {k.message.get(L)}")
                if k.plain != c.plain and not k.other_platform:  # a trainee sees this PC's branch only
                    _said(k, L, "          ")
    passed = sum(t.outcome is Outcome.PASS for t in res.tasks)
    click.echo(tr(f"{passed}/{len(res.tasks)} tâche(s) réussie(s) en {res.duration_ms:.0f} ms",
                  f"{passed}/{len(res.tasks)} task(s) passed in {res.duration_ms:.0f} ms"))




def refuse_during_exam(ctx, scenario, *, same_only: bool = False) -> None:
    """No check with feedback while an exam attempt is open in this PC's database (docs/attempts.md,
    "One exam at a time"): it would show the expected values and the results the exam hides.
    `same_only`: refuse only for the exam's own scenario (showing a scenario's checks)."""
    db = (ctx.find_root().obj or {}).get("db")
    if not (Path(db) if db else default_db_path()).exists():
        return  # no database, no exam
    store = store_of(ctx)
    try:
        engine = engine_of(store)
        if engine.room_exam() is not None:
            engine.require_no_other_exam(None)  # says which room test, in the trainee's words
        exam = engine.open_exam()
    finally:
        store.close()
    if exam is None or same_only and exam.scenario_id != scenario.id:
        return
    same = exam.scenario_id == scenario.id
    raise AimmError(T(
        (f"un examen de ce scénario est en cours sur ce poste ({exam.trainee}, tentative {exam.id[:8]}) : "
         if same else f"un examen est en cours sur ce poste ({exam.trainee}, « {exam.title.fr} », tentative "
                      f"{exam.id[:8]}) : ")
        + "aucune vérification avec résultats ni valeurs attendues avant sa remise. Le formateur peut la "
          "suspendre ou la remettre (aimm-lab attempts).",
        (f"an exam of this scenario is in progress on this PC ({exam.trainee}, attempt {exam.id[:8]}): "
         if same else f'an exam is in progress on this PC ({exam.trainee}, "{exam.title.get("en")}", attempt '
                      f"{exam.id[:8]}): ")
        + "no check with results or expected values until it is submitted. The trainer can pause or submit "
          "it (aimm-lab attempts)."))


@click.group("checks", cls=Group)
def checks_command():
    """Les types de vérification / check types."""

@checks_command.command("list")
@click.option("--json", "as_json", is_flag=True)
@lang_option
@click.pass_context
def checks_list(ctx, as_json):
    """Liste chaque type de vérification avec ses paramètres."""
    items = describe_all()
    if as_json:
        echo_json(items)
        ctx.exit(0)
    L = lang()
    for c in items:
        click.echo(f"{c['type']:<22} {c['description'][L]}")
        for p in c["params"]:
            opt = "" if p["required"] else tr(" (facultatif)", " (optional)")
            click.echo(f"    {p['name']:<18} {p['kind']:<6} {p['description'][L]}{opt}")
    click.echo(tr("Paramètres communs : expect (true/false), label, timeout (secondes).",
                  "Common parameters: expect (true/false), label, timeout (seconds)."))
    ctx.exit(0)

@click.command("check")
@click.argument("scenario")
@click.option("--state", type=click.Path(exists=True, dir_okay=False),
              help="Évalue un état enregistré au lieu de ce poste.")
@click.option("--record", type=click.Path(dir_okay=False),
              help="Enregistre tout ce que les vérifications ont lu (jeu d'essai).")
@click.option("--json", "as_json", is_flag=True)
@click.option("--no-preconditions", is_flag=True, help="N'évalue pas les préconditions.")
@lang_option
@click.pass_context
def check_command(ctx, scenario, state, record, as_json, no_preconditions):
    """Évalue un scénario sur ce poste maintenant (ou sur un état enregistré). Refusé tant qu'un
    examen est en cours sur ce poste : les valeurs attendues ne se montrent pas pendant un examen."""
    s = find_scenario(scenario)
    refuse_during_exam(ctx, s)
    if state:
        machine = RecordedMachine.load(state)
        profile = profile_for_state(machine)
    else:
        from ..machine.real import RealMachine  # noqa: PLC0415 - a recorded state needs no live reading

        machine = RealMachine()
        profile = LabProfile.load(machine=MachineView(machine))
    rs = resolve(s, profile)
    view = MachineView(machine)
    res = run_pass(rs, view, preconditions=not no_preconditions)
    if record:
        out = view.to_state()
        out["lab"] = profile.merged()
        write_json(record, out)
    if as_json:
        echo_json(res.as_dict(lang()))
    else:
        print_result(res, s)
    ctx.exit(0 if res.all_passed else 1)

