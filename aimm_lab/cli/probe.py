"""aimm-lab probe: the machine as a technician reads it, or as a recorded state (JSON)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import AimmError
from ..i18n import T
from ..labprofile import LabProfile
from ..machine import SECTION_GROUPS, SECTIONS, RecordedMachine, read_all
from .common import echo_json, lang
from .options import lang_option
from .probe_view import format_state


def write_json(path: str, data) -> None:
    p = Path(path)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(p.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
        tmp.replace(p)
    except OSError as e:
        raise AimmError(T(f"écriture impossible de {path} : {e.strerror}", f"cannot write {path}: {e.strerror}")) from None


def print_state(state: dict, sections, full_lists: bool = False) -> None:

    for line in format_state(state, sections, lang(), full_lists):
        click.echo(line)


@click.command("probe")
@click.option("--json", "as_json", is_flag=True, help="Écrit l'état comme état enregistré (JSON).")
@click.option("--section", "-s", "section_names", multiple=True,
              type=click.Choice(sorted(set(SECTIONS) | set(SECTION_GROUPS))),
              help="Limite à une partie (network, hardware, storage, processes, services, accounts, "
                   "ou une section).")
@click.option("--out", "-o", type=click.Path(dir_okay=False), help="Écrit le JSON dans ce fichier.")
@lang_option
@click.pass_context
def probe_command(ctx, as_json, section_names, out):
    """Lit le poste comme un technicien : réseau, matériel, stockage, processus, services, comptes."""
    wanted: list[str] = []
    for s in section_names or SECTIONS:
        for name in SECTION_GROUPS.get(s, (s,)):
            if name not in wanted:
                wanted.append(name)
    from ..machine.real import RealMachine  # noqa: PLC0415 - `check --state` uses this module's writer only

    machine = RealMachine()
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

