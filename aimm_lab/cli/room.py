"""aimm-lab room …: the room exam from the command line.

On the trainer's PC: `serve` (open the room and serve it), `code`, `test`, `console`, and the
trainer's actions on a seat (`admit`, `drop`, `pause`, `resume`, `add-time`, `end`), each asking the
trainer PIN.
On a lab PC: `find`, `join`, `status`, `start`, `check`, `report`, `submit`, `flush`, `leave`.
"""

from __future__ import annotations

import asyncio
import getpass
import json
import signal
import socket
import sys
import threading
from pathlib import Path

import click

from .. import names, words
from ..errors import AimmError
from ..exam import clock as clk
from ..i18n import T, tr
from .attempts import pin_stdin_option, require_pin
from .common import echo_json, lang, local_time, say, store_of
from .options import Group, json_option, lang_option


@click.group("room", cls=Group)
def room_command():
    """Salle d'examen : le poste du formateur fait autorité / room exam: the trainer's PC is the authority."""


def _room(store):
    from ..room.hall import Room

    return Room(store)


def _addresses() -> list[str]:
    from ..room.discovery import lan_addresses

    return lan_addresses() or ["127.0.0.1"]


# --------------------------------------------------------------------------- the trainer's PC
@room_command.command("serve")
@click.option("--name", default=None, help="Nom de la salle (la première fois).")
@click.option("--host", default="0.0.0.0", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
@click.option("--no-advertise", is_flag=True, help="Ne pas s'annoncer sur le réseau (DNS-SD).")
@click.option("--stats-file", type=click.Path(dir_okay=False), default=None,
              help="Écrire la latence de la boucle et la mémoire (JSON) à l'arrêt / write loop latency and memory.")
@lang_option
@click.pass_context
def serve(ctx, name, host, port, no_advertise, stats_file):
    """Ouvrir la salle et la servir jusqu'à Ctrl+C / open the room and serve it until Ctrl+C."""
    from ..room.server import RoomServer

    store = store_of(ctx)
    room = _room(store)
    info = room.open(name or (room.info() or {}).get("name") or socket.gethostname())
    server = RoomServer(room, host, port, advertise=not no_advertise)
    stop = threading.Event()
    printed: list[str | None] = [None]  # the pairing code last shown

    def ready(srv):
        say(T(f"Salle « {info['name']} » ouverte : adresse {', '.join(f'{a}:{srv.bound_port}' for a in _addresses())}",
              f"Room \"{info['name']}\" open: address {', '.join(f'{a}:{srv.bound_port}' for a in _addresses())}"))
        say(T(f"Empreinte du certificat : {info['fingerprint'][:16]}…", f"Certificate fingerprint: "
              f"{info['fingerprint'][:16]}…"))
        from ..room.protocol import show_code
        printed[0] = room.pairing_code()
        say(T(f"Code d'appairage : {show_code(printed[0])}", f"Pairing code: {show_code(printed[0])}"))
        sys.stdout.flush()

    async def codes():
        """Each pairing code serves one PC: show the next one as soon as it changes."""
        from ..room.protocol import show_code

        while True:
            await asyncio.sleep(0.5)
            try:
                code = await asyncio.get_running_loop().run_in_executor(None, room.pairing_code)
            except AimmError:
                continue
            if printed[0] is not None and code != printed[0]:
                say(T(f"Nouveau code d'appairage : {show_code(code)}", f"New pairing code: {show_code(code)}"))
                sys.stdout.flush()
                printed[0] = code

    async def main():
        loop = asyncio.get_running_loop()
        watcher = loop.create_task(codes())
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, lambda: loop.call_soon(server._stop.set) if server._stop else None)
            except (NotImplementedError, RuntimeError):  # Windows: Ctrl+C raises KeyboardInterrupt instead
                pass
        try:
            await server.run(ready)
        finally:
            watcher.cancel()

    try:
        asyncio.run(main())
    except OSError as e:
        raise AimmError(T(f"la salle ne peut pas écouter sur le port {port} : {e.strerror}",
                          f"the room cannot listen on port {port}: {e.strerror}")) from None
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        if stats_file:
            Path(stats_file).write_text(json.dumps(server.stats(), indent=2))
        server._pool.shutdown(wait=True)
    ctx.exit(0)


@room_command.command("code")
@lang_option
@click.pass_context
def code(ctx):
    """Le code d'appairage à afficher pour les postes / the pairing code to show the lab PCs."""
    from ..room.protocol import show_code

    with store_of(ctx) as store:
        room = _room(store)
        room._require()
        click.echo(show_code(room.pairing_code()))
    ctx.exit(0)


@room_command.command("test")
@click.argument("scenario", required=False)
@click.option("--minutes", type=click.IntRange(1, 600), default=None, help="Durée (défaut : celle du scénario).")
@click.option("--close", is_flag=True, help="Fermer l'épreuve ouverte (aucun nouveau départ).")
@click.option("--session", "session_id", default=None, help="Session d'examen blanc (identifiant).")
@click.option("--block", type=click.Choice(["B1", "B2", "B3"]), default=None, help="Épreuve de la session.")
@click.option("--by", default=None, help="Nom du formateur.")
@pin_stdin_option
@lang_option
@click.pass_context
def test(ctx, scenario, minutes, close, session_id, block, by, pin_stdin):
    """Ouvrir l'épreuve que les postes commencent / open the test the lab PCs start."""
    with store_of(ctx) as store:
        room = _room(store)
        room._require()
        if not close and not scenario and not session_id:
            t = room.test()
            say(T(f"Épreuve ouverte : {t['scenario']} ({t['minutes']} min)" if t else "Aucune épreuve ouverte.",
                  f"Open test: {t['scenario']} ({t['minutes']} min)" if t else "No test open."))
            ctx.exit(0)
        require_pin(store, pin_stdin)
        if close:
            room.close_test()
            say(T("Épreuve fermée : aucun nouveau départ.", "Test closed: no new start."))
        else:
            t = room.open_test(scenario, minutes, by or getpass.getuser(), session=session_id, block=block)
            say(T(f"Épreuve ouverte : « {t['title']['fr']} », {t['minutes']} min",
                  f"Test open: \"{t['title']['en']}\", {t['minutes']} min"))
    ctx.exit(0)


ALERT_TEXT = words.ROOM_ALERT_TEXT
COLUMNS = (("id", 4), ("number", 5), ("label", 16), ("address", 15), ("trainee", 20), ("connected", 12),
           ("status", 12))  # terminal columns


def console_lines(rows, alerts: list[dict]) -> list[str]:
    """The live console as lines of a terminal, in the current language: a line per seat (its id, its
    number — "?" when the trainer has not confirmed it —, PC name, network address, trainee, connected
    or not, status — "à admettre" before admission —, time left, readings) and one per alert under it. Each text
    is cut to its column by the columns it takes (names.elide: a 255-character PC name or a name in
    wide characters keeps the table straight) and shows no hidden character (names.visible)."""
    out = []
    wrong = [a for a in alerts if a["seat_id"] is None and a["kind"] == "pairing_failed"]
    if wrong:
        out.append(tr(f"⚠ codes d'appairage faux : {len(wrong)} (dernier {local_time(wrong[-1]['at'])})",
                      f"⚠ wrong pairing codes: {len(wrong)} (latest {local_time(wrong[-1]['at'])})"))
    for r in rows:
        st = words.STATUS_TEXT[r.attempt.status].get(lang()) if r.attempt else tr("pas commencé", "not started")
        left = clk.format_remaining(int(r.remaining_s * 1000)) if r.remaining_s is not None else "-"
        con = tr("connecté", "connected") if r.connected else tr("déconnecté", "disconnected")
        if not r.admitted:
            st = tr("à admettre", "to admit")
        num = (f"n°{r.number}" if r.number else "n°") + ("" if r.number and r.number_confirmed else "?")
        cells = dict(zip([c for c, _ in COLUMNS], (r.id, num, r.label, r.address or "-", r.trainee or "-", con, st),
                         strict=True))
        line = " ".join(names.elide(names.visible(cells[c]), w) for c, w in COLUMNS)
        out.append(f"{line} {left:>8}  {tr('relevés', 'readings')} {r.readings}")
        for al in r.alerts:
            text = ALERT_TEXT.get(al["kind"], T(al["kind"], al["kind"])).get(lang())
            out.append(f"      ⚠ {local_time(al['at'])} {text}" + _alert_detail(al["data"]))
    return out


def _alert_detail(d: dict) -> str:
    """What an alert names (words.alert_subject), in brackets, hidden characters shown."""
    what = words.alert_subject(d)
    return f" ({names.visible(what)})" if what else ""


@room_command.command("console")
@json_option
@lang_option
@click.pass_context
def console(ctx, as_json):
    """Les postes de la salle : qui, quelle épreuve, connecté, temps restant, alertes / every seat."""
    with store_of(ctx) as store:
        room = _room(store)
        room._require()
        rows = room.console()
        if as_json:
            echo_json([r.as_dict() for r in rows])
            ctx.exit(0)
        if not rows:
            say(T("Aucun poste n'a rejoint la salle.", "No seat has joined the room."))
        for line in console_lines(rows, room.alerts()):
            click.echo(line)
    ctx.exit(0)


@room_command.command("admit")
@click.argument("seat", required=False)
@click.option("--trainee", default=None, help="Nom du stagiaire assis à ce poste (défaut : celui que le poste a donné).")
@click.option("--number", type=click.IntRange(1, 250), default=None,
              help="Numéro du poste dans la salle (défaut : celui que le poste a donné).")
@click.option("--all", "every", is_flag=True, help="Admettre tous les postes en attente, avec le nom et le numéro donnés.")
@click.option("--by", default=None, help="Nom du formateur.")
@pin_stdin_option
@lang_option
@click.pass_context
def admit(ctx, seat, trainee, number, every, by, pin_stdin):
    """Valider un poste : qui y est assis, son numéro / admit a seat: who sits there, its number.

    Un poste ne commence une épreuve qu'une fois admis ; le nom et le numéro viennent alors d'ici.
    A seat starts a test only once admitted; its name and number then come from here."""
    if bool(seat) == every:
        raise click.UsageError(tr("donnez un poste (P01…) ou --all", "give a seat (P01…) or --all"))
    with store_of(ctx) as store:
        room = _room(store)
        room._require()
        require_pin(store, pin_stdin)
        by = by or getpass.getuser()
        if every:
            if trainee or number:
                raise click.UsageError(tr("--trainee et --number vont avec un seul poste",
                                          "--trainee and --number go with one seat"))
            done, left = room.admit_waiting(by)
        else:
            done, left = [room.admit(seat, by, trainee, number)], []
        for r in done:
            say(T(f"{r['id']} ({r['label']}) admis : {r['trainee']}, poste n° {r['number']}",
                  f"{r['id']} ({r['label']}) admitted: {r['trainee']}, seat number {r['number']}"))
        for sid, e in left:
            click.echo(f"{sid} : {e.text.get(lang())}" if lang() == "fr" else f"{sid}: {e.text.get('en')}", err=True)
        if every and not done and not left:
            say(T("Aucun poste en attente.", "No seat waiting."))
    ctx.exit(2 if left else 0)


@room_command.command("drop")
@click.argument("seat")
@click.option("--to", "to", default=None, help="Poste où le stagiaire continue son épreuve (PC en panne).")
@click.option("--free", is_flag=True, help="Rendre l'épreuve de session au stagiaire nommé (poste usurpé).")
@click.option("--by", default=None, help="Nom du formateur.")
@pin_stdin_option
@lang_option
@click.pass_context
def drop(ctx, seat, to, free, by, pin_stdin):
    """Retirer un poste de la salle / remove a seat from the room.

    Son identifiant ne sert plus ; une épreuve en cours se termine (formateur), ou continue sur le poste
    --to. Its credential stops working; a test in progress ends (trainer), or goes on at seat --to."""
    with store_of(ctx) as store:
        room = _room(store)
        room._require()
        require_pin(store, pin_stdin)
        out = room.drop(seat, by or getpass.getuser(), free=free, to=to)
        say(T(f"Poste {out['seat']} retiré de la salle.", f"Seat {out['seat']} removed from the room."))
        a = out["attempt"]
        if out["moved_to"]:
            say(T(f"L'épreuve de {a.trainee} continue sur le poste {out['moved_to']}.",
                  f"{a.trainee}'s test goes on at seat {out['moved_to']}."))
        elif a is not None:
            say(T(f"Épreuve de {a.trainee} : {words.STATUS_TEXT[a.status].fr}",
                  f"{a.trainee}'s test: {words.STATUS_TEXT[a.status].get('en')}"))
        if out["freed"]:
            say(T(f"L'épreuve de la session est rendue : {a.trainee} peut la passer à un poste admis.",
                  f"The session's test is freed: {a.trainee} can take it at an admitted seat."))
    ctx.exit(0)


def _seat_action(name: str, help_fr: str, act):
    @room_command.command(name, help=help_fr)
    @click.argument("seat")
    @click.option("--by", default=None, help="Nom du formateur.")
    @pin_stdin_option
    @lang_option
    @click.pass_context
    def command(ctx, seat, by, pin_stdin, **kw):
        with store_of(ctx) as store:
            require_pin(store, pin_stdin)
            a = act(_room(store), seat, by or getpass.getuser(), **kw)
            st = words.STATUS_TEXT[a.status]
            say(T(f"{seat.upper()} ({a.trainee}) : {st.fr}, échéance {local_time(a.deadline)}",
                  f"{seat.upper()} ({a.trainee}): {st.get('en')}, deadline {local_time(a.deadline)}"), a.events)
        ctx.exit(0)
    return command


_seat_action("pause", "Mettre en pause l'épreuve d'un poste / pause a seat's test.",
             lambda r, s, by: r.pause(s, by))
_seat_action("resume", "Reprendre l'épreuve d'un poste / resume a seat's test.", lambda r, s, by: r.resume(s, by))
_seat_action("end", "Terminer l'épreuve d'un poste / end a seat's test.", lambda r, s, by: r.end(s, by))
add_time = _seat_action("add-time", "Ajouter du temps à un poste / add time to a seat.",
                        lambda r, s, by, minutes: r.add_time(s, minutes, by))
add_time.params.insert(1, click.Argument(["minutes"], type=click.FloatRange(1, 600)))


# --------------------------------------------------------------------------- a lab PC
def _link(ctx):
    from ..room.seat import SeatLink, env_timeout

    return SeatLink(store_of(ctx), timeout=env_timeout())


def _answer(ans, as_json=False) -> int:
    if ans is None:
        say(T("Pas encore reçu par la salle (injoignable, ou elle demande d'attendre) : c'est gardé sur ce poste et "
              "sera envoyé dès que possible.", "Not received by the room yet (unreachable, or it asks to wait): it is "
              "kept on this PC and will be sent as soon as possible."))
        return 3
    if as_json:
        echo_json(ans)
    if ans.get("over"):  # the test ended: nothing was sent, a normal outcome
        if not as_json:
            note = ans.get("note") or {}
            click.echo(note.get(lang()) or note.get("fr"))
        return 0
    if not ans.get("ok", True):
        err = ans.get("error") or {}
        click.echo(tr("Refusé : ", "Refused: ") + (err.get(lang()) or err.get("fr") or "?"), err=True)
        return 2
    if not as_json:
        say(T("Reçu par la salle.", "Received by the room."))
    return 0


@room_command.command("find")
@click.option("--seconds", type=click.FloatRange(0.5, 30), default=3.0, show_default=True)
@json_option
@lang_option
@click.pass_context
def find(ctx, seconds, as_json):
    """Chercher les salles sur le réseau (DNS-SD) / look for rooms on the network."""
    from ..room.discovery import browse

    rooms = browse(seconds)
    if as_json:
        echo_json(rooms)
    else:
        for r in rooms:
            click.echo(f"{r['name']}  {r['address']}:{r['port']}")
        if not rooms:
            say(T("Aucune salle entendue : tapez l'adresse affichée sur l'écran du formateur.",
                  "No room heard: type the address shown on the trainer's screen."))
    ctx.exit(0)


@room_command.command("join")
@click.argument("address")
@click.argument("code")
@click.option("--trainee", default="", help="Nom du stagiaire à ce poste.")
@lang_option
@click.pass_context
def join(ctx, address, code, trainee):
    """Rejoindre la salle avec le code affiché par le formateur / join the room with the trainer's code."""
    link = _link(ctx).join(address, code, trainee)
    say(T(f"Poste {link['seat']} dans la salle « {link['room'].get('name', '?')} ».",
          f"Seat {link['seat']} in room \"{link['room'].get('name', '?')}\"."))
    ctx.exit(0)


@room_command.command("status")
@json_option
@lang_option
@click.pass_context
def status(ctx, as_json):
    """Où en est ce poste dans la salle / where this seat stands in the room."""
    link = _link(ctx)
    st = link.status()
    if as_json:
        echo_json(st)
        ctx.exit(0)
    a = st.get("attempt")
    say(T(f"Poste {st['seat']} ({st.get('trainee') or '-'})", f"Seat {st['seat']} ({st.get('trainee') or '-'})"))
    if a:
        left = clk.format_remaining(int(a["remaining_s"] * 1000)) if a.get("remaining_s") is not None else "-"
        say(T(f"« {a['scenario']['title']['fr']} » : {a['status']}, reste {left}",
              f"\"{a['scenario']['title']['en']}\": {a['status']}, {left} left"))
    elif st.get("test"):
        say(T(f"Épreuve ouverte : « {st['test']['title']['fr']} » : aimm-lab room start",
              f"Open test: \"{st['test']['title']['en']}\": aimm-lab room start"))
    else:
        say(T("Aucune épreuve ouverte pour l'instant.", "No test open yet."))
    n = link.pending()
    if n:
        say(T(f"{n} message(s) en attente d'envoi", f"{n} message(s) waiting to be sent"))
    ctx.exit(0)


@room_command.command("start")
@click.option("--trainee", default=None)
@json_option
@lang_option
@click.pass_context
def start(ctx, trainee, as_json):
    """Commencer l'épreuve ouverte par le formateur / start the test the trainer opened."""
    ctx.exit(_answer(_link(ctx).start(trainee), as_json))


@room_command.command("check")
@json_option
@lang_option
@click.pass_context
def check(ctx, as_json):
    """Envoyer un relevé de ce poste à la salle (pas de résultat) / send a reading (no result)."""
    ctx.exit(_answer(_link(ctx).reading(), as_json))


@room_command.command("report")
@click.argument("fields", nargs=-1, required=True)
@json_option
@lang_option
@click.pass_context
def report(ctx, fields, as_json):
    """Enregistrer des champs du rapport : champ=valeur … / save report fields: field=value …"""
    d = {}
    for f in fields:
        k, sep, v = f.partition("=")
        if not sep:
            raise AimmError(T(f"« {f} » : attendu champ=valeur", f'"{f}": expected field=value'))
        d[k.strip()] = v
    ctx.exit(_answer(_link(ctx).report(d), as_json))


@room_command.command("submit")
@json_option
@lang_option
@click.pass_context
def submit(ctx, as_json):
    """Remettre l'épreuve / submit the test."""
    ctx.exit(_answer(_link(ctx).submit(), as_json))


@room_command.command("flush")
@lang_option
@click.pass_context
def flush(ctx):
    """Envoyer ce qui attend / send what is waiting."""
    from ..room.seat import Busy, Offline

    link = _link(ctx)
    try:
        answers = link.flush()
    except Busy:
        say(T(f"La salle demande d'attendre quelques secondes : {link.pending()} message(s) en attente, gardé(s) ici.",
              f"The room asks to wait a few seconds: {link.pending()} message(s) waiting, kept here."))
        ctx.exit(3)
    except Offline:
        say(T(f"Salle injoignable : {link.pending()} message(s) en attente, gardé(s) sur ce poste.",
              f"Room unreachable: {link.pending()} message(s) waiting, kept on this PC."))
        ctx.exit(3)
    say(T(f"{len(answers)} message(s) envoyé(s), {link.pending()} en attente",
          f"{len(answers)} message(s) sent, {link.pending()} waiting"))
    ctx.exit(0)


@room_command.command("leave")
@lang_option
@click.pass_context
def leave(ctx):
    """Quitter la salle (oublier son certificat et l'identifiant) / leave the room."""
    _link(ctx).leave()
    say(T("Ce poste a quitté la salle.", "This PC left the room."))
    ctx.exit(0)
