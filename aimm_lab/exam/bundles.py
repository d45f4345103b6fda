"""Result bundles: attempts carried from lab PCs to the trainer's database.

A bundle is one JSON file: every exported attempt with its whole journal (the hash
chain, each event's data exactly as hashed), the scenario copy it was graded with,
and its stored score; the whole is signed with an HMAC-SHA256 under the trainer's
secret. Importing checks everything before writing anything: the signature, the
shape, every chain, every scenario copy's hash, and that each stored score is the
one its journal gives. Then the whole bundle is merged in one transaction: new
attempts are added, known ones get the events they lack, and importing the same
bundle twice changes nothing. A journal that disagrees with the one already stored
(a different event at the same place) refuses the whole bundle.

Keys. The trainer's secret (AIMM_LAB_SECRET, or a file: `--secret-file`, by default
`trainer-secret` in the data folder) stays on the trainer's PC. Each lab PC gets its own seat
key, derived from it for that seat's name (`seat_key`, written by `aimm-lab attempts seat-key
NAME --out FILE` on the trainer's PC and copied as `seat-key` into the lab PC's data folder).
A lab PC signs its bundles with its seat key and names its seat in the signature; the trainer's
PC derives the key again from its secret to check it. Whoever reads one lab PC's seat key can
sign that seat's bundles only, never another seat's, and cannot derive the trainer's secret.
A bundle signed with the trainer's secret itself (no seat: the trainer's own PC, or bundles
made before seat keys) is still accepted.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import socket
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import AimmError
from ..i18n import T, Text
from ..paths import data_dir
from ..store.chain import GENESIS, Event, canonical, verify_chain
from .clock import iso
from .journal import Facts, derive_row, load_stored_scenario

FORMAT = "aimm-lab-results"
SCHEMA = 1
MAX_BYTES = 1024 * 1024 * 1024
MIN_SECRET = 8
ID_RE = re.compile(r"^[0-9a-f]{32}$")


class BundleError(AimmError):
    """A bundle that cannot be imported (malformed, tampered, another secret, conflicting)."""


def secret_path() -> Path:
    return data_dir() / "trainer-secret"


def load_secret(secret_file: str | Path | None = None) -> bytes:
    """The trainer's secret: AIMM_LAB_SECRET, else the given file, else the data folder's file."""
    env = os.environ.get("AIMM_LAB_SECRET")
    if env and secret_file is None:
        value = env
        where = "AIMM_LAB_SECRET"
    else:
        path = Path(secret_file) if secret_file else secret_path()
        try:
            value = path.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            raise BundleError(T(
                f"aucun secret du formateur : définissez AIMM_LAB_SECRET ou écrivez-le dans {path} "
                f"(le même sur chaque poste du labo)",
                f"no trainer secret: set AIMM_LAB_SECRET or write it in {path} (the same on every lab PC)")) from None
        except (OSError, UnicodeDecodeError) as e:
            raise BundleError(T(f"secret du formateur illisible ({path}) : {e}",
                                f"unreadable trainer secret ({path}): {e}")) from None
        where = str(path)
    if len(value) < MIN_SECRET:
        raise BundleError(T(f"secret du formateur trop court ({where}) : {MIN_SECRET} caractères au moins",
                            f"trainer secret too short ({where}): at least {MIN_SECRET} characters"))
    return value.encode("utf-8")


SEAT_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$")


@dataclass(frozen=True)
class SeatKey:
    """One lab PC's signing key: its seat's name and the key derived for it (`seat_key`)."""

    seat: str
    key: bytes


def seat_key(secret: bytes, seat: str) -> SeatKey:
    """The signing key of one seat (lab PC name: letters, digits, . _ -), derived from the trainer's secret."""
    if not SEAT_RE.match(seat or ""):
        raise BundleError(T(f"nom de poste invalide « {seat} » : lettres, chiffres, . _ - (63 au plus)",
                            f'invalid seat name "{seat}": letters, digits, . _ - (at most 63)'))
    return SeatKey(seat, hmac.new(secret, b"aimm-lab-seat\n" + seat.encode("utf-8"), hashlib.sha256).digest())


def seat_key_path() -> Path:
    return data_dir() / "seat-key"


def write_seat_key(key: SeatKey, path: str | Path) -> Path:
    """The seat key file to copy onto that lab PC (its data folder, as `seat-key`)."""
    path = Path(path)
    try:
        path.write_text(json.dumps({"format": "aimm-lab-seat-key", "seat": key.seat, "key": key.key.hex()}),
                        encoding="utf-8")
    except OSError as e:
        raise BundleError(T(f"écriture impossible de {path} : {e.strerror}", f"cannot write {path}: {e.strerror}")
                          ) from None
    return path


def load_seat_key(path: str | Path | None = None) -> SeatKey | None:
    """This lab PC's seat key: the given file, else `seat-key` in the data folder; None when there is none
    (and no file was named)."""
    p = Path(path) if path else seat_key_path()
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        if data.get("format") != "aimm-lab-seat-key" or not SEAT_RE.match(str(data.get("seat"))):
            raise ValueError("not a seat key")
        return SeatKey(data["seat"], bytes.fromhex(data["key"]))
    except FileNotFoundError:
        if path:
            raise BundleError(T(f"clé de poste introuvable : {p}", f"seat key not found: {p}")) from None
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise BundleError(T(f"clé de poste illisible ({p}) : {e}", f"unreadable seat key ({p}): {e}")) from None


def key_id(secret: bytes) -> str:
    """Names a secret without revealing it, so a bundle signed under another one is told apart."""
    return hashlib.sha256(b"aimm-lab-key\n" + secret).hexdigest()[:12]


def sign(body: dict, secret: bytes) -> str:
    return hmac.new(secret, canonical(body).encode("utf-8"), hashlib.sha256).hexdigest()


# --------------------------------------------------------------------------- export


def export_bundle(engine, out_dir: str | Path, secret: bytes | SeatKey, *, trainee: str | None = None,
                  scenario: str | None = None, now_iso: str | None = None) -> tuple[Path | None, int]:
    """Write one signed bundle of the attempts (all, or a trainee's, or a scenario's) into
    `out_dir`, signed with this lab PC's seat key (a SeatKey) or the trainer's secret (bytes: the
    trainer's own PC). Returns (path, number of attempts); (None, 0) when there is nothing to export."""
    store = engine.store
    rows = store.list_attempts(trainee=trainee, scenario=scenario, limit=None)
    if not rows:
        return None, 0
    attempts = []
    for r in sorted(rows, key=lambda x: (x["started_at"], x["id"])):
        row = store.attempt_row(r["id"])
        copy = store.scenario_copy(row["scenario_sha256"])
        attempts.append({
            "id": row["id"], "trainee": row["trainee"],
            "scenario": {"sha256": copy["sha256"], "id": copy["scenario_id"], "version": copy["version"],
                         "path": copy["path"], "text": copy["text"]},
            "events": [{"seq": e.seq, "at": e.at, "kind": e.kind, "data": e.data_text, "prev_hash": e.prev_hash,
                        "hash": e.hash} for e in store.events(row["id"])],
            "stored": {k: row[k] for k in ("status", "score", "max_score", "pending", "events", "head_hash",
                                           "score_hash")},
        })
    created = now_iso or iso(engine.now())
    body = {"format": FORMAT, "schema": SCHEMA, "created_at": created,
            "origin": {"db_id": store.db_id, "host": socket.gethostname()}, "attempts": attempts}
    if isinstance(secret, SeatKey):
        sig = {"alg": "HMAC-SHA256", "seat": secret.seat, "value": sign(body, secret.key)}
    else:
        sig = {"alg": "HMAC-SHA256", "key_id": key_id(secret), "value": sign(body, secret)}
    bundle = dict(body, signature=sig)
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        stamp = re.sub(r"[^0-9T]", "", created)[:15]
        host = re.sub(r"[^A-Za-z0-9_-]", "_", socket.gethostname())[:40] or "poste"
        path = out / f"aimm-lab-resultats-{host}-{stamp}.json"
        n = 1
        while path.exists():
            n += 1
            path = out / f"aimm-lab-resultats-{host}-{stamp}-{n}.json"
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(bundle, f, ensure_ascii=False, indent=1)
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(path)
    except OSError as e:
        raise BundleError(T(f"écriture impossible du lot dans {out} : {e.strerror}",
                            f"cannot write the bundle in {out}: {e.strerror}")) from None
    return path, len(attempts)


# --------------------------------------------------------------------------- import


@dataclass
class ImportResult:
    path: Path
    added: list[str] = field(default_factory=list)  # new attempts
    extended: dict[str, int] = field(default_factory=dict)  # attempt -> events added
    unchanged: list[str] = field(default_factory=list)

    def summary(self) -> Text:
        n_ev = sum(self.extended.values())
        return T(f"{self.path.name} : {len(self.added)} tentative(s) ajoutée(s), {len(self.extended)} complétée(s) "
                 f"({n_ev} événement(s)), {len(self.unchanged)} déjà à jour",
                 f"{self.path.name}: {len(self.added)} attempt(s) added, {len(self.extended)} completed "
                 f"({n_ev} event(s)), {len(self.unchanged)} already up to date")


def _bad(path: Path, fr: str, en: str) -> BundleError:
    return BundleError(T(f"{path.name} refusé : {fr}. Rien n'a été importé de ce lot.",
                         f"{path.name} refused: {en}. Nothing was imported from this bundle."))


def read_bundle(path: str | Path, secret: bytes) -> dict:
    """Read a bundle and check its signature and shape; raise BundleError saying what is wrong."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _bad(path, f"fichier trop gros ({size // 2**20} Mio)", f"file too large ({size // 2**20} MiB)")
        raw = path.read_bytes()
    except OSError as e:
        raise BundleError(T(f"{path} : lecture impossible ({e.strerror})", f"{path}: cannot read ({e.strerror})")
                          ) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise _bad(path, "ce n'est pas un texte UTF-8", "not UTF-8 text") from None
    except json.JSONDecodeError as e:
        raise _bad(path, f"JSON invalide (ligne {e.lineno}, colonne {e.colno} : {e.msg})",
                   f"invalid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _bad(path, "ce n'est pas un lot de résultats AIMM Lab", "not an AIMM Lab results bundle")
    if not isinstance(data.get("schema"), int) or data["schema"] > SCHEMA:
        raise _bad(path, f"version de lot {data.get('schema')!r} inconnue : mettez AIMM Lab à jour",
                   f"unknown bundle version {data.get('schema')!r}: update AIMM Lab")
    sig = data.get("signature")
    if not isinstance(sig, dict) or not isinstance(sig.get("value"), str):
        raise _bad(path, "lot non signé", "unsigned bundle")
    body = {k: v for k, v in data.items() if k != "signature"}
    if "seat" in sig:  # a lab PC's own key, derived here again from the trainer's secret
        if not isinstance(sig["seat"], str) or not SEAT_RE.match(sig["seat"]):
            raise _bad(path, "nom de poste de la signature invalide", "invalid seat name in the signature")
        if not hmac.compare_digest(sign(body, seat_key(secret, sig["seat"]).key), sig["value"]):
            raise _bad(path, f"signature du poste « {sig['seat']} » incorrecte (contenu modifié, autre poste, ou clé "
                             f"d'un autre formateur)", f'wrong signature for seat "{sig["seat"]}" (content changed, '
                             f"another seat, or another trainer's key)")
    elif not hmac.compare_digest(sign(body, secret), sig["value"]):
        if sig.get("key_id") != key_id(secret):
            raise _bad(path, "signé avec un autre secret du formateur que celui de ce poste",
                       "signed with another trainer secret than this PC's")
        raise _bad(path, "le contenu a été modifié après sa signature", "its content was changed after signing")
    attempts = data.get("attempts")
    if not isinstance(attempts, list):
        raise _bad(path, "liste des tentatives absente", "list of attempts missing")
    for i, a in enumerate(attempts):
        _check_shape(path, i, a)
    return data


def _check_shape(path: Path, i: int, a) -> None:
    def bad(fr, en):
        return _bad(path, f"tentative {i + 1} : {fr}", f"attempt {i + 1}: {en}")

    if not isinstance(a, dict) or not isinstance(a.get("id"), str) or not ID_RE.match(a["id"]):
        raise bad("identifiant manquant ou invalide", "missing or invalid id")
    if not isinstance(a.get("trainee"), str) or not a["trainee"].strip():
        raise bad("stagiaire manquant", "trainee missing")
    sc = a.get("scenario")
    if not isinstance(sc, dict) or not all(isinstance(sc.get(k), str) for k in ("sha256", "id", "text")) \
            or not isinstance(sc.get("version"), int):
        raise bad("copie du scénario manquante ou incomplète", "scenario copy missing or incomplete")
    evs = a.get("events")
    if not isinstance(evs, list) or not evs:
        raise bad("journal vide", "empty journal")
    for e in evs:
        if not isinstance(e, dict) or not isinstance(e.get("seq"), int) or not all(
                isinstance(e.get(k), str) for k in ("at", "kind", "data", "prev_hash", "hash")):
            raise bad("événement mal formé", "malformed event")
    if not isinstance(a.get("stored"), dict):
        raise bad("note enregistrée manquante", "stored score missing")


def _events(a: dict) -> list[Event]:
    return [Event(a["id"], e["seq"], e["at"], e["kind"], e["data"], e["prev_hash"], e["hash"]) for e in a["events"]]


def _check_attempt(path: Path, engine, a: dict):
    """Everything about one attempt that does not need the database; returns (facts, scenario)."""
    def bad(fr, en):
        return _bad(path, f"tentative {a['id'][:8]} ({a['trainee']}) : {fr}", f"attempt {a['id'][:8]} "
                    f"({a['trainee']}): {en}")

    sc = a["scenario"]
    if hashlib.sha256(sc["text"].encode("utf-8")).hexdigest() != sc["sha256"]:
        raise bad("copie du scénario modifiée", "scenario copy edited")
    events = _events(a)
    problems = verify_chain(a["id"], events)
    if problems:
        raise bad(problems[0].describe().fr, problems[0].describe().get("en"))
    try:
        rows = [{"seq": e.seq, "at": e.at, "kind": e.kind, "data": json.loads(e.data_text), "hash": e.hash}
                for e in events]
        if rows[0]["kind"] != "started":
            raise ValueError("the journal does not begin with the start")
        facts = Facts.from_journal(rows)
        st = facts.started or {}
        if (st.get("scenario") or {}).get("sha256") != sc["sha256"] or st.get("trainee") != a["trainee"]:
            raise ValueError("the journal names another scenario or trainee")
        scenario = load_stored_scenario(sc["text"], sc.get("path") or f"{sc['id']}.toml")
        row = derive_row(a["id"], facts, scenario, 0, "")
    except (AimmError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise bad(f"journal illisible ({e})", f"unreadable journal ({e})") from None
    if (facts.started or {}).get("supervision") == "room":
        raise bad("épreuve de salle : elle n'existe que sur le poste du formateur, elle ne vient jamais dans un lot",
                  "room test: it exists only on the trainer's PC, it never comes in a bundle")
    stored = a["stored"]
    if stored.get("score_hash") != row["score_hash"] or stored.get("head_hash") != row["head_hash"]:
        raise bad("la note enregistrée ne correspond pas à son journal", "the stored score does not match its journal")
    return facts, scenario


def import_bundle(engine, path: str | Path, secret: bytes) -> ImportResult:
    """Check a whole bundle, then merge it in one transaction (all of it or nothing)."""
    path = Path(path)
    data = read_bundle(path, secret)
    checked = [(a, *_check_attempt(path, engine, a)) for a in data["attempts"]]
    store = engine.store
    result = ImportResult(path)
    with engine._lock, store.transaction() as db:
        now = iso(engine.now())
        for a, facts, scenario in checked:
            aid = a["id"]
            have = [(r[0], r[1]) for r in db.conn.execute(
                "SELECT seq, hash FROM events WHERE attempt_id = ? ORDER BY seq", [aid]).fetchall()]
            theirs = _events(a)
            for (seq, h), ev in zip(have, theirs, strict=False):
                if h != ev.hash:
                    raise _bad(path, f"la tentative {aid[:8]} ({a['trainee']}) diffère de celle déjà enregistrée à "
                                     f"l'événement n° {seq} (journaux divergents)",
                               f"attempt {aid[:8]} ({a['trainee']}) differs from the one already stored at event "
                               f"#{seq} (diverging journals)")
            if have and db.conn.execute("SELECT 1 FROM events WHERE attempt_id = ? AND seq = 1 AND "
                                        "json_extract(data, '$.supervision') = 'room'", [aid]).fetchone():
                raise _bad(path, f"la tentative {aid[:8]} est une épreuve de salle de ce poste : un lot ne peut "
                                 f"pas la modifier", f"attempt {aid[:8]} is a room test of this PC: a bundle "
                                 f"cannot change it")
            if len(have) >= len(theirs):
                result.unchanged.append(aid)
                continue
            sc = a["scenario"]
            tid = store.ensure_trainee(db, a["trainee"], now)
            store.save_scenario_copy(db, sc["sha256"], sc["id"], sc["version"], sc.get("path") or "", sc["text"])
            if not have:
                store.write_attempt(db, derive_row(aid, facts, scenario, tid, now))
            for ev in theirs[len(have):]:
                store.insert_event(db, ev)
            full = Facts.from_journal(store.journal(aid, db=db))
            if full.head != (theirs[-1].hash if theirs else GENESIS):
                raise _bad(path, "fusion incohérente", "inconsistent merge")
            store.write_attempt(db, derive_row(aid, full, scenario, tid, now))
            store.write_rubric(db, aid, list(full.rubric.values()))
            if have:
                result.extended[aid] = len(theirs) - len(have)
            else:
                result.added.append(aid)
    return result
