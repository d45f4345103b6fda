"""aimm-lab probe | checks list | check | lab show|set|detect."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..checks import describe_all
from ..checks.base import OUTCOME_TEXT, Outcome
from ..errors import AimmError
from ..i18n import T, tr
from ..labprofile import KEYS, LabProfile
from ..machine import SECTION_GROUPS, SECTIONS, MachineView, RecordedMachine, read_all
from ..paths import lab_profile_path
from .common import echo_json, find_scenario, lang

MARK = {Outcome.PASS: "✔", Outcome.FAIL: "✘", Outcome.ERROR: "!", Outcome.UNSUPPORTED: "–"}


def real_machine():
    from ..machine.real import RealMachine

    return RealMachine()


def write_json(path: str, data) -> None:
    p = Path(path)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(p.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
        tmp.replace(p)
    except OSError as e:
        raise AimmError(T(f"écriture impossible de {path} : {e.strerror}", f"cannot write {path}: {e.strerror}")) from None


def format_value(v) -> str:
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, list):
        if v and isinstance(v[0], dict):
            return ""
        return ", ".join(map(str, v))
    return str(v)


def profile_value(v) -> str:
    """A lab profile value as a trainer types it: lists comma-separated, maps as name=address."""
    if v in (None, "", [], {}):
        return "-"
    if isinstance(v, dict):
        return ", ".join(f"{a}={b}" for a, b in v.items())
    return format_value(v)


def print_state(state: dict, sections, full_lists: bool = False) -> None:
    from .probe_view import format_state

    for line in format_state(state, sections, lang(), full_lists):
        click.echo(line)


def print_result(res, scenario) -> None:
    L = lang()
    if res.preconditions:
        pre = res.preconditions_outcome
        click.echo(tr("Préconditions (panne en place)", "Preconditions (fault in place)") +
                   f" — {OUTCOME_TEXT[pre].get(L)}")
        for c in res.preconditions:
            label = f" ({c.label.get(L)})" if c.label else ""
            click.echo(f"  {MARK[c.outcome]} {c.type}{label}: {c.message.get(L)}")
    for t in res.tasks:
        task = scenario.task(t.task_id)
        click.echo(f"[{t.task_id}] {task.title.get(L)} — {OUTCOME_TEXT[t.outcome].get(L).upper()}")
        for c in t.checks:
            label = f" ({c.label.get(L)})" if c.label else ""
            click.echo(f"  {MARK[c.outcome]} {c.type}{label}: {c.message.get(L)}")
            for k in c.children:
                click.echo(f"      {MARK[k.outcome]} {k.type}: {k.message.get(L)}")
    passed = sum(t.outcome is Outcome.PASS for t in res.tasks)
    click.echo(tr(f"{passed}/{len(res.tasks)} tâche(s) réussie(s) en {res.duration_ms:.0f} ms",
                  f"{passed}/{len(res.tasks)} task(s) passed in {res.duration_ms:.0f} ms"))


def register(cli):
    from ..cli import lang_option

    @cli.command("probe")
    @click.option("--json", "as_json", is_flag=True, help="Écrit l'état comme état enregistré (JSON).")
    @click.option("--section", "-s", "section_names", multiple=True,
                  type=click.Choice(sorted(set(SECTIONS) | set(SECTION_GROUPS))),
                  help="Limite à une partie (network, hardware, storage, processes, services, accounts, "
                       "ou une section).")
    @click.option("--out", "-o", type=click.Path(dir_okay=False), help="Écrit le JSON dans ce fichier.")
    @lang_option
    @click.pass_context
    def probe(ctx, as_json, section_names, out):
        """Lit le poste comme un technicien : réseau, matériel, stockage, processus, services, comptes."""
        wanted: list[str] = []
        for s in section_names or SECTIONS:
            for name in SECTION_GROUPS.get(s, (s,)):
                if name not in wanted:
                    wanted.append(name)
        machine = real_machine()
        state = read_all(machine, wanted)
        try:
            state["lab"] = LabProfile.load(machine=RecordedMachine(state)).merged()
        except AimmError:
            pass
        if out:
            write_json(out, state)
        if as_json:
            if not out:
                echo_json(state)
        else:
            # A part asked for by name is shown whole; a full probe cuts the long lists.
            print_state(state, wanted, full_lists=bool(section_names))
        ctx.exit(0)

    @cli.group("checks", cls=type(cli))
    def checks():
        """Les types de vérification / check types."""

    @checks.command("list")
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

    @cli.command("check")
    @click.argument("scenario")
    @click.option("--state", type=click.Path(exists=True, dir_okay=False),
                  help="Évalue un état enregistré au lieu de ce poste.")
    @click.option("--record", type=click.Path(dir_okay=False),
                  help="Enregistre tout ce que les vérifications ont lu (jeu d'essai).")
    @click.option("--json", "as_json", is_flag=True)
    @click.option("--no-preconditions", is_flag=True, help="N'évalue pas les préconditions.")
    @lang_option
    @click.pass_context
    def check(ctx, scenario, state, record, as_json, no_preconditions):
        """Évalue un scénario sur ce poste maintenant (ou sur un état enregistré)."""
        from ..grade import run_pass
        from ..scenarios.resolve import resolve
        from ..scenarios.selftest import profile_for_state

        s = find_scenario(scenario)
        if state:
            machine = RecordedMachine.load(state)
            profile = profile_for_state(machine)
        else:
            machine = real_machine()
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

    @cli.group("lab", cls=type(cli))
    def lab():
        """Le profil du labo : interface évaluée, poste, réseau, passerelle, DNS, serveurs, proxy."""

    @lab.command("show")
    @click.option("--json", "as_json", is_flag=True)
    @lang_option
    @click.pass_context
    def lab_show(ctx, as_json):
        """Affiche le profil (valeurs réglées, sinon détectées sur ce poste)."""
        profile = LabProfile.load(machine=MachineView(real_machine()))
        if as_json:
            echo_json({k: {"value": profile.get(k), "source": profile.source(k)} for k in KEYS})
            ctx.exit(0)
        src = {"set": tr("réglé", "set"), "detected": tr("détecté", "detected"), "unset": tr("non défini", "unset")}
        width = max(len(profile_value(profile.get(k))) for k in KEYS) + 2
        for k in KEYS:
            click.echo(f"{k:<10} {profile_value(profile.get(k)):<{width}} ({src[profile.source(k)]})")
        path = lab_profile_path()
        click.echo(tr(f"Profil : {path}" + ("" if path.exists() else " (pas encore créé : tout est détecté)"),
                      f"Profile: {path}" + ("" if path.exists() else " (not created yet: everything is detected)")))
        ctx.exit(0)

    @lab.command("set")
    @click.argument("key")
    @click.argument("value")
    @lang_option
    @click.pass_context
    def lab_set(ctx, key, value):
        """Règle une valeur du profil (une valeur vide revient à la détection)."""
        profile = LabProfile.load()
        profile.set(key, value)
        path = profile.save()
        v = profile.values.get(key)
        if v in (None, "", [], {}):
            click.echo(tr(f"{key} effacé dans {path} : la valeur sera détectée sur le poste",
                          f"{key} cleared in {path}: the value will be detected on the machine"))
        else:
            click.echo(tr(f"{key} = {profile_value(v)} enregistré dans {path}",
                          f"{key} = {profile_value(v)} saved in {path}"))
        ctx.exit(0)

    @lab.command("detect")
    @click.option("--save", is_flag=True, help="Enregistre les valeurs détectées dans le profil.")
    @click.option("--json", "as_json", is_flag=True)
    @lang_option
    @click.pass_context
    def lab_detect(ctx, save, as_json):
        """Détecte le profil depuis ce poste."""
        profile = LabProfile.load(machine=MachineView(real_machine()))
        saved = []
        if save:
            for k, v in profile.detected.items():
                if profile.values.get(k) in (None, "", [], {}):  # a value the trainer set is kept
                    profile.values[k] = v
                    saved.append(k)
            path = profile.save()
        if as_json:
            echo_json(profile.detected)
        else:
            for k, v in profile.detected.items():
                click.echo(f"{k:<10} {profile_value(v)}")
            if not profile.detected:
                click.echo(tr("Rien n'a pu être détecté sur ce poste.", "Nothing could be detected on this machine."))
            if save:
                click.echo(tr(f"Enregistré dans {path} : {', '.join(saved) or 'rien de nouveau'}",
                              f"Saved in {path}: {', '.join(saved) or 'nothing new'}"))
        ctx.exit(0)
