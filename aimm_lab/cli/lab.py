"""aimm-lab lab show | set | detect: the lab profile (graded interface, seat, subnet, gateway, DNS, servers, proxy)."""

from __future__ import annotations

import click

from ..i18n import tr
from ..labprofile import KEYS, LabProfile
from ..machine import MachineView
from ..machine.real import RealMachine
from ..paths import lab_profile_path
from .common import echo_json
from .options import Group, lang_option


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


@click.group("lab", cls=Group)
def lab_command():
    """Le profil du labo : interface évaluée, poste, réseau, passerelle, DNS, serveurs, proxy."""

@lab_command.command("show")
@click.option("--json", "as_json", is_flag=True)
@lang_option
@click.pass_context
def lab_show(ctx, as_json):
    """Affiche le profil (valeurs réglées, sinon détectées sur ce poste)."""
    profile = LabProfile.load(machine=MachineView(RealMachine()))
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

@lab_command.command("set")
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

@lab_command.command("detect")
@click.option("--save", is_flag=True, help="Enregistre les valeurs détectées dans le profil.")
@click.option("--json", "as_json", is_flag=True)
@lang_option
@click.pass_context
def lab_detect(ctx, save, as_json):
    """Détecte le profil depuis ce poste."""
    profile = LabProfile.load(machine=MachineView(RealMachine()))
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

