"""The local database: SQLite through sqlite-utils, one file in the user's data folder.

Durability. The database runs in WAL mode with `synchronous=FULL`: every event is
its own transaction and is on disk (WAL fsynced) before the call that journaled it
returns, so a crash, a kill or a power cut loses nothing that was acknowledged.
`synchronous=NORMAL` would be crash-safe for the program but may lose the last
commits on a power cut; an exam journal writes a few events a minute, so the cost
of one fsync per event is nothing next to losing a trainee's final evidence.

Threads. One writer connection, used under a lock (`Store.transaction()`); every
thread that reads gets its own connection, so the UI can read while a worker
writes (WAL lets readers and the writer run together). Every method is thread-safe.

Schema. `PRAGMA user_version` is the schema version; `MIGRATIONS[i]` brings a
database from version i to i + 1, each in one transaction. A database of a newer
version is refused with a clear message, never touched.

Errors. Every sqlite3 error becomes a `StoreError` (an AimmError: one bilingual
message, exit code 2) that says what happened and that nothing saved was lost.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from ..errors import AimmError
from ..i18n import T, Text
from ..paths import default_db_path
from .chain import Event

ATTEMPT_STATUSES = ("running", "paused", "submitted", "expired")
PIN_KEY = "trainer_pin"  # the trainer PIN's digest (aimm_lab.trainer.pin)
CLOCK_ANCHOR_KEY = "clock_anchor"  # the last time journaled, with the boot clock then (aimm_lab.exam.clock)
ROOM_LINK_KEY = "room_link"  # a lab PC joined to a room: its certificate and credential (aimm_lab.room.seat)
ROOM_OPEN_KEY = "room_open_attempt"  # the room test open on this lab PC, as the room last said
TRIGGERS = ("events_append_only_update", "events_append_only_delete")


class StoreError(AimmError):
    """The database cannot be used as asked (corrupt, locked, full, read-only, newer...)."""

    def __init__(self, message: Text, kind: str = "failed"):
        super().__init__(message)
        self.kind = kind


def _m1_initial(db: sqlite_utils.Database) -> None:
    db["settings"].create({"key": str, "value": str}, pk="key", not_null={"value"})
    db["trainees"].create({"id": int, "name": str, "created_at": str}, pk="id", not_null={"name", "created_at"})
    db["trainees"].create_index(["name"], unique=True)
    db["scenario_copies"].create({"sha256": str, "scenario_id": str, "version": int, "path": str, "text": str},
                                 pk="sha256", not_null={"scenario_id", "version", "text"})
    db["attempts"].create({
        "id": str, "trainee_id": int, "scenario_id": str, "scenario_version": int, "scenario_sha256": str,
        "title_fr": str, "title_en": str, "block": str, "mode": str, "status": str,
        "started_at": str, "duration_s": float, "deadline": str, "paused_remaining_s": float,
        "submitted_at": str, "submit_reason": str, "score": float, "max_score": float, "pending": int,
        "released": int, "origin": str, "events": int, "head_hash": str, "score_hash": str, "updated_at": str,
    }, pk="id", foreign_keys=[("trainee_id", "trainees", "id"), ("scenario_sha256", "scenario_copies", "sha256")],
        not_null={"trainee_id", "scenario_id", "scenario_version", "scenario_sha256", "mode", "status",
                  "started_at", "events", "head_hash", "origin"})
    # Listing a long history: newest first, by trainee, by scenario, by status; the open attempt of a
    # trainee at a scenario; the overdue ones at start-up.
    db["attempts"].create_index(["started_at", "id"], "idx_attempts_started")
    db["attempts"].create_index(["trainee_id", "started_at", "id"], "idx_attempts_trainee")
    db["attempts"].create_index(["scenario_id", "started_at", "id"], "idx_attempts_scenario")
    db["attempts"].create_index(["status", "started_at", "id"], "idx_attempts_status")
    db["attempts"].create_index(["status", "deadline"], "idx_attempts_deadline")
    db["attempts"].create_index(["trainee_id", "scenario_id", "status"], "idx_attempts_open")
    db["events"].create({"attempt_id": str, "seq": int, "at": str, "kind": str, "data": str,
                         "prev_hash": str, "hash": str}, pk=("attempt_id", "seq"),
                        foreign_keys=[("attempt_id", "attempts", "id")],
                        not_null={"at", "kind", "data", "prev_hash", "hash"})
    # The journal is append-only: SQLite itself refuses edits and deletions.
    db.execute("CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events "
               "BEGIN SELECT RAISE(ABORT, 'the journal of events is append-only'); END")
    db.execute("CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events "
               "BEGIN SELECT RAISE(ABORT, 'the journal of events is append-only'); END")
    db["rubric_grades"].create({"attempt_id": str, "task_id": str, "item_id": str, "points": float,
                                "comment": str, "graded_by": str, "graded_at": str},
                               pk=("attempt_id", "task_id", "item_id"),
                               foreign_keys=[("attempt_id", "attempts", "id")], not_null={"points"})
    db["settings"].insert({"key": "db_id", "value": json.dumps(uuid.uuid4().hex)})


def _m2_trainer(db: sqlite_utils.Database) -> None:
    """Trainer mode: mock exam sessions (three tests, trainees with extra time and a jury slot,
    the attempts started for them) and the jury marks typed in by the trainer. Marks are kept
    as decimal text ("12.50") so that the jury grid's arithmetic stays exact."""
    db["exam_sessions"].create({"id": str, "name": str, "day": str, "created_at": str, "platform": str,
                                "seed": int, "test_minutes": int, "jury_minutes": int, "updated_at": str},
                               pk="id", not_null={"name", "created_at", "platform", "seed", "test_minutes",
                                                  "jury_minutes"})
    db["session_tests"].create({"session_id": str, "block": str, "scenario_id": str, "how": str},
                               pk=("session_id", "block"), foreign_keys=[("session_id", "exam_sessions", "id")],
                               not_null={"scenario_id", "how"})
    db["session_trainees"].create({"session_id": str, "trainee_id": int, "extra_minutes": float, "jury_at": str,
                                   "interview_mark": str, "position": int},
                                  pk=("session_id", "trainee_id"),
                                  foreign_keys=[("session_id", "exam_sessions", "id"), ("trainee_id", "trainees", "id")],
                                  not_null={"extra_minutes"})
    db["session_attempts"].create({"session_id": str, "trainee_id": int, "block": str, "attempt_id": str},
                                  pk=("session_id", "trainee_id", "block"),
                                  foreign_keys=[("session_id", "exam_sessions", "id"),
                                                ("trainee_id", "trainees", "id"), ("attempt_id", "attempts", "id")],
                                  not_null={"attempt_id"})
    db["jury_marks"].create({"trainee_id": int, "component": str, "mark": str, "updated_at": str},
                            pk=("trainee_id", "component"), foreign_keys=[("trainee_id", "trainees", "id")],
                            not_null={"updated_at"})


def _m3_room(db: sqlite_utils.Database) -> None:
    """The room (aimm_lab.room). On the trainer's PC: the seats that joined (their credential's
    digest, the identity seen at joining), every message a seat sent (by its id: a message sent
    twice is applied once), the alerts the console shows. On a lab PC: the outbox of messages
    for the room, kept until the room acknowledged them (nothing typed is lost offline)."""
    db["room_seats"].create({"id": str, "token_sha256": str, "label": str, "trainee": str, "identity": str,
                             "joined_at": str, "last_seen": str, "last_seq": int, "attempt_id": str,
                             "clock_skew_ms": int, "state": str},
                            pk="id", not_null={"token_sha256", "identity", "joined_at", "last_seq"})
    db["room_seats"].create_index(["token_sha256"], unique=True)
    db["room_messages"].create({"seat_id": str, "msg_id": str, "seq": int, "kind": str, "received_at": str,
                                "seat_at": str, "offline": int, "attempt_id": str, "outcome": str, "answer": str,
                                "body": str},
                               pk=("seat_id", "msg_id"), foreign_keys=[("seat_id", "room_seats", "id")],
                               not_null={"seq", "kind", "received_at", "outcome"})
    db["room_alerts"].create({"id": int, "seat_id": str, "at": str, "kind": str, "data": str}, pk="id",
                             not_null={"at", "kind", "data"})
    db["room_alerts"].create_index(["seat_id", "id"])
    db["room_outbox"].create({"seq": int, "msg_id": str, "kind": str, "body": str, "created_at": str,
                              "sent_at": str, "answer": str}, pk="seq", not_null={"msg_id", "kind", "body",
                                                                                  "created_at"})


def _m4_room_admission(db: sqlite_utils.Database) -> None:
    """The trainer admits each seat before it starts a test: the trainee's name and the seat's number
    confirmed (or set) by the trainer, who did it and when; a seat the trainer removed keeps its row,
    marked. `room_hashes` remembers which seat first sent a reading's machine-specific part, so "the
    same reading as another seat" is still seen after the room restarts."""
    seats = db["room_seats"]
    # starting_at: a start in progress (admission and removal wait for it); number_by: "trainer" when
    # the trainer gave or saw the number, "seat" when it is the seat's own claim admitted in bulk;
    # address: the network address the seat joined from, and last_address the one it last sent from
    for col in ("claimed_trainee", "admitted_at", "admitted_by", "dropped_at", "dropped_by", "starting_at",
                "number_by", "address", "last_address"):
        seats.add_column(col, str)
    for col in ("number", "claimed_number"):
        seats.add_column(col, int)
    db["room_hashes"].create({"hash": str, "seat_id": str}, pk="hash", not_null={"seat_id"})
    # seats that joined before: what they said is a claim; those already in a test stay admitted
    db.execute("UPDATE room_seats SET claimed_trainee = trainee")
    db.execute("UPDATE room_seats SET admitted_at = joined_at, admitted_by = '', number_by = 'seat', "
               "number = CAST(substr(id, 2) AS INTEGER) WHERE attempt_id IS NOT NULL")
    db.execute("UPDATE room_seats SET trainee = NULL WHERE attempt_id IS NULL")


#: MIGRATIONS[i] brings the schema from version i to version i + 1.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_m1_initial, _m2_trainer, _m3_room, _m4_room_admission]
SCHEMA_VERSION = len(MIGRATIONS)
APP_TABLES = {"settings", "trainees", "scenario_copies", "attempts", "events", "rubric_grades",
              "exam_sessions", "session_tests", "session_trainees", "session_attempts", "jury_marks",
              "room_seats", "room_messages", "room_alerts", "room_outbox", "room_hashes"}

LIST_COLUMNS = ("a.id, a.scenario_id, a.scenario_version, t.name AS trainee, a.mode, a.status, a.started_at, "
                "a.deadline, a.duration_s, a.paused_remaining_s, a.submitted_at, a.submit_reason, a.score, "
                "a.max_score, a.pending, a.released, a.title_fr, a.title_en, a.block, a.events, a.scenario_sha256, "
                "a.origin")


def error_text(e: sqlite3.Error, path: Path) -> tuple[str, Text]:
    """What a sqlite3 error means for the user, in both languages."""
    msg = str(e).lower()
    kept_fr = " Rien de ce qui était déjà enregistré n'est perdu."
    kept_en = " Nothing saved before is lost."
    if "locked" in msg or "busy" in msg:
        return "locked", T(f"la base {path} est occupée par un autre programme AIMM Lab ; réessayez dans un instant."
                           + kept_fr, f"the database {path} is busy in another AIMM Lab program; try again in a "
                           f"moment." + kept_en)
    if "disk is full" in msg or "database or disk is full" in msg:
        return "full", T(f"le disque de la base {path} est plein : l'enregistrement a été annulé. Libérez de la "
                         f"place puis recommencez." + kept_fr,
                         f"the disk holding {path} is full: the write was cancelled. Free some space and try "
                         f"again." + kept_en)
    if "readonly" in msg or "read-only" in msg:
        return "readonly", T(f"la base {path} est en lecture seule (droits du fichier ou du dossier) : "
                             f"impossible d'enregistrer." + kept_fr,
                             f"the database {path} is read-only (file or folder permissions): cannot save."
                             + kept_en)
    if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
        return "corrupt", T(f"la base {path} est endommagée ou n'est pas une base AIMM Lab ({e}). Elle n'a pas "
                            f"été modifiée : restaurez une sauvegarde ou indiquez une autre base avec --db.",
                            f"the database {path} is damaged or not an AIMM Lab database ({e}). It was not "
                            f"changed: restore a backup or choose another database with --db.")
    if "unable to open" in msg:
        return "open", T(f"impossible d'ouvrir la base {path} (dossier absent ou droits insuffisants)",
                         f"cannot open the database {path} (missing folder or no permission)")
    if "disk i/o" in msg:
        return "io", T(f"erreur d'écriture sur le disque de la base {path} ({e})." + kept_fr,
                       f"disk write error on the database {path} ({e})." + kept_en)
    return "failed", T(f"erreur de la base {path} : {e}", f"database error on {path}: {e}")


class Store:
    """One AIMM Lab database. `Store(path)` opens (creating and migrating if needed)."""

    def __init__(self, path: str | Path | None = None, *, timeout: float = 10.0,
                 migrations: list[Callable[[sqlite_utils.Database], None]] | None = None):
        self.path = Path(path) if path else default_db_path()
        self.timeout = timeout
        self._migrations = MIGRATIONS if migrations is None else migrations
        self._lock = threading.RLock()
        self._local = threading.local()
        self._readers: list[sqlite_utils.Database] = []
        if path is None and not self.path.parent.exists():
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(T(f"impossible de créer le dossier de données {self.path.parent} : {e.strerror}",
                                   f"cannot create the data folder {self.path.parent}: {e.strerror}"),
                                 "open") from None
        if self.path.is_dir():
            raise StoreError(T(f"{self.path} est un dossier, pas un fichier de base de données",
                               f"{self.path} is a folder, not a database file"), "open")
        if not self.path.parent.is_dir():
            raise StoreError(T(f"le dossier de la base n'existe pas : {self.path.parent}",
                               f"the database's folder does not exist: {self.path.parent}"), "open")
        self._writer = self._connect(writer=True)
        try:
            self._migrate()
        except BaseException:
            self._writer.close()
            raise
        self.db_id: str = self.get_setting("db_id")

    # ------------------------------------------------------------------ connections
    def error(self, e: sqlite3.Error) -> StoreError:
        kind, text = error_text(e, self.path)
        if kind == "open" and self.path.exists() and self._read_only_place():
            kind, text = "readonly", T(
                f"la base {self.path} est sur un support en lecture seule (ou sans droit d'écriture sur son dossier) : "
                f"impossible de l'ouvrir pour enregistrer. Rien n'a été modifié.",
                f"the database {self.path} is on a read-only medium (or its folder is not writable): it cannot be "
                f"opened to save. Nothing was changed.")
        return StoreError(text, kind)

    def _read_only_place(self) -> bool:
        try:
            if os.statvfs(self.path.parent).f_flag & os.ST_RDONLY:
                return True
        except (OSError, AttributeError):  # no statvfs on Windows
            pass
        return not os.access(self.path.parent, os.W_OK) or not os.access(self.path, os.W_OK)

    @contextmanager
    def errors(self) -> Iterator[None]:
        """Turn sqlite3 errors raised inside into StoreError."""
        try:
            yield
        except sqlite3.Error as e:
            raise self.error(e) from None

    def _connect(self, writer: bool) -> sqlite_utils.Database:
        with self.errors():
            conn = sqlite3.connect(str(self.path), timeout=self.timeout, check_same_thread=False)
            try:
                db = sqlite_utils.Database(conn, execute_plugins=False)
                conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
                # A first read: a file that is not a database fails here, before anything is written.
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                if writer:
                    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
                    if str(mode).lower() != "wal":
                        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                conn.execute("PRAGMA synchronous = FULL")
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA cache_size = -16384")  # 16 MiB: a long history stays in memory
            except BaseException:
                conn.close()
                raise
        return db

    def reader(self) -> sqlite_utils.Database:
        """This thread's read connection."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._connect(writer=False)
            self._local.db = db
            with self._lock:
                self._readers.append(db)
        return db

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One write transaction (BEGIN IMMEDIATE ... COMMIT) on the writer connection, under the
        writer lock. Everything inside is committed together or not at all."""
        with self._lock:
            db = self._writer
            try:
                db.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as e:
                raise self.error(e) from None
            try:
                yield db
                db.conn.execute("COMMIT")
            except sqlite3.Error as e:
                self._rollback(db)
                raise self.error(e) from None
            except BaseException:
                self._rollback(db)
                raise

    @staticmethod
    def _rollback(db: sqlite_utils.Database) -> None:
        try:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
        except sqlite3.Error:  # the transaction may already be gone (disk full, I/O error)
            pass

    def close(self) -> None:
        with self._lock:
            for db in self._readers:
                try:
                    db.conn.close()
                except sqlite3.Error:
                    pass
            self._readers.clear()
            self._local = threading.local()
            try:
                self._writer.conn.close()
            except sqlite3.Error:
                pass

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ schema
    def _migrate(self) -> None:
        db = self._writer
        with self.errors():
            version = db.conn.execute("PRAGMA user_version").fetchone()[0]
            tables = set(db.table_names())
        if version > len(self._migrations):
            raise StoreError(T(
                f"la base {self.path} vient d'une version plus récente d'AIMM Lab (schéma {version}, cette version "
                f"connaît le schéma {len(self._migrations)}) : mettez AIMM Lab à jour. La base n'a pas été modifiée.",
                f"the database {self.path} comes from a newer AIMM Lab (schema {version}, this version knows "
                f"schema {len(self._migrations)}): update AIMM Lab. The database was not changed."), "newer")
        if version == 0 and tables - {"sqlite_sequence"}:
            raise StoreError(T(f"{self.path} est une base SQLite d'un autre programme, pas une base AIMM Lab : "
                               f"elle n'a pas été modifiée. Indiquez une autre base avec --db.",
                               f"{self.path} is another program's SQLite database, not an AIMM Lab database: it "
                               f"was not changed. Choose another database with --db."), "foreign")
        while version < len(self._migrations):
            with self.transaction() as tx:
                # Re-read inside the lock: another program may have migrated meanwhile.
                current = tx.conn.execute("PRAGMA user_version").fetchone()[0]
                if current == version:
                    self._migrations[version](tx)
                    tx.conn.execute(f"PRAGMA user_version = {version + 1}")
            with self.errors():
                version = db.conn.execute("PRAGMA user_version").fetchone()[0]

    @property
    def schema_version(self) -> int:
        with self.errors():
            return self.reader().conn.execute("PRAGMA user_version").fetchone()[0]

    def integrity_check(self) -> str:
        with self.errors():
            rows = self.reader().conn.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(r[0]) for r in rows)

    # ------------------------------------------------------------------ settings
    def get_setting(self, key: str, default=None):
        with self.errors():
            row = self.reader().conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value) -> None:
        with self.transaction() as db:
            db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")

    # ------------------------------------------------------------------ writes (inside transaction())
    @staticmethod
    def ensure_trainee(db: sqlite_utils.Database, name: str, at: str) -> int:
        row = db.conn.execute("SELECT id FROM trainees WHERE name = ?", [name]).fetchone()
        if row:
            return row[0]
        return db.conn.execute("INSERT INTO trainees (name, created_at) VALUES (?, ?)", [name, at]).lastrowid

    @staticmethod
    def save_scenario_copy(db: sqlite_utils.Database, sha256: str, scenario_id: str, version: int, path: str,
                           text: str) -> None:
        db.conn.execute("INSERT OR IGNORE INTO scenario_copies (sha256, scenario_id, version, path, text) "
                        "VALUES (?, ?, ?, ?, ?)", [sha256, scenario_id, version, path, text])

    @staticmethod
    def insert_event(db: sqlite_utils.Database, ev: Event) -> None:
        db.conn.execute("INSERT INTO events (attempt_id, seq, at, kind, data, prev_hash, hash) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [ev.attempt_id, ev.seq, ev.at, ev.kind, ev.data_text, ev.prev_hash, ev.hash])

    @staticmethod
    def write_attempt(db: sqlite_utils.Database, row: dict) -> None:
        db["attempts"].upsert(row, pk="id")

    @staticmethod
    def write_rubric(db: sqlite_utils.Database, attempt_id: str, grades: list[dict]) -> None:
        db.conn.execute("DELETE FROM rubric_grades WHERE attempt_id = ?", [attempt_id])
        for g in grades:
            db.conn.execute("INSERT INTO rubric_grades (attempt_id, task_id, item_id, points, comment, graded_by, "
                            "graded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [attempt_id, g["task"], g["item"], g["points"], g.get("comment") or "",
                             g.get("by") or "", g.get("at") or ""])

    # ------------------------------------------------------------------ reads
    def _rows(self, sql: str, params=(), db: sqlite_utils.Database | None = None) -> list[dict]:
        with self.errors():
            cur = (db or self.reader()).conn.execute(sql, list(params))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def attempt_row(self, attempt_id: str, db: sqlite_utils.Database | None = None) -> dict | None:
        rows = self._rows("SELECT a.*, t.name AS trainee FROM attempts a JOIN trainees t ON t.id = a.trainee_id "
                          "WHERE a.id = ?", [attempt_id], db)
        return rows[0] if rows else None

    def ids_like(self, prefix: str) -> list[str]:
        prefix = prefix.strip().lower()
        rows = self._rows("SELECT id FROM attempts WHERE id >= ? AND id < ? ORDER BY id LIMIT 10",
                          [prefix, prefix + "\uffff"])
        return [r["id"] for r in rows]

    def all_attempt_ids(self) -> list[str]:
        return [r["id"] for r in self._rows("SELECT id FROM attempts ORDER BY started_at, id")]

    def list_attempts(self, *, trainee: str | None = None, scenario: str | None = None, status: str | None = None,
                      limit: int | None = 50, offset: int = 0) -> list[dict]:
        """A page of the history, newest first. Uses the indexes on started_at (alone or after trainee
        or scenario), so a page costs about the same with 100 or 100,000 attempts."""
        where, params = self._filters(trainee, scenario, status)
        sql = (f"SELECT {LIST_COLUMNS} FROM attempts a JOIN trainees t ON t.id = a.trainee_id{where} "
               f"ORDER BY a.started_at DESC, a.id DESC")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        return self._rows(sql, params)

    def count_attempts(self, *, trainee: str | None = None, scenario: str | None = None,
                       status: str | None = None) -> int:
        where, params = self._filters(trainee, scenario, status)
        return self._rows(f"SELECT count(*) AS n FROM attempts a JOIN trainees t ON t.id = a.trainee_id{where}",
                          params)[0]["n"]

    @staticmethod
    def _filters(trainee, scenario, status) -> tuple[str, list]:
        clauses, params = [], []
        if trainee:
            clauses.append("a.trainee_id = (SELECT id FROM trainees WHERE name = ?)")
            params.append(trainee)
        if scenario:
            clauses.append("a.scenario_id = ?")
            params.append(scenario)
        if status:
            clauses.append("a.status = ?")
            params.append(status)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def trainees(self) -> list[dict]:
        """Every known trainee ({id, name}), by name: who may say "that's me" on this PC."""
        return self._rows("SELECT id, name FROM trainees ORDER BY name COLLATE NOCASE, id")

    def open_attempt_ids(self, trainee: str, scenario_id: str) -> list[str]:
        rows = self._rows("SELECT a.id FROM attempts a WHERE a.trainee_id = (SELECT id FROM trainees WHERE name = ?) "
                          "AND a.scenario_id = ? AND a.status IN ('running', 'paused') ORDER BY a.started_at DESC",
                          [trainee, scenario_id])
        return [r["id"] for r in rows]

    def open_local_ids(self, origin: str, mode: str | None = None,
                       db: sqlite_utils.Database | None = None) -> list[str]:
        """The running or paused attempts that run on this database (`origin`), of one mode or all."""
        sql = "SELECT id FROM attempts WHERE status IN ('running', 'paused') AND origin = ?"
        params = [origin]
        if mode:
            sql += " AND mode = ?"
            params.append(mode)
        return [r["id"] for r in self._rows(sql + " ORDER BY started_at", params, db)]

    def overdue_ids(self, now_iso: str, origin: str) -> list[str]:
        rows = self._rows("SELECT id FROM attempts WHERE status = 'running' AND deadline IS NOT NULL "
                          "AND deadline <= ? AND origin = ? ORDER BY deadline", [now_iso, origin])
        return [r["id"] for r in rows]

    def events(self, attempt_id: str, db: sqlite_utils.Database | None = None) -> list[Event]:
        """The journal of one attempt as stored (machine states included), in order."""
        rows = self._rows("SELECT attempt_id, seq, at, kind, data, prev_hash, hash FROM events WHERE attempt_id = ? "
                          "ORDER BY seq", [attempt_id], db)
        return [Event(r["attempt_id"], r["seq"], r["at"], r["kind"], r["data"], r["prev_hash"], r["hash"])
                for r in rows]

    def journal(self, attempt_id: str, after_seq: int = 0, db: sqlite_utils.Database | None = None) -> list[dict]:
        """The journal for replaying: events as dicts, without the (large) recorded machine states."""
        rows = self._rows("SELECT seq, at, kind, CASE WHEN kind = 'check' THEN json_remove(data, '$.state') "
                          "ELSE data END AS data, hash FROM events WHERE attempt_id = ? AND seq > ? ORDER BY seq",
                          [attempt_id, after_seq], db)
        for r in rows:
            r["data"] = json.loads(r["data"])
        return rows

    def machine_state(self, attempt_id: str, seq: int) -> dict | None:
        """The machine state recorded with one check pass (what the trainer sees as evidence)."""
        rows = self._rows("SELECT json_extract(data, '$.state') AS state FROM events WHERE attempt_id = ? AND seq = ?",
                          [attempt_id, seq])
        if not rows or rows[0]["state"] is None:
            return None
        return json.loads(rows[0]["state"])

    def scenario_copy(self, sha256: str, db: sqlite_utils.Database | None = None) -> dict | None:
        rows = self._rows("SELECT * FROM scenario_copies WHERE sha256 = ?", [sha256], db)
        return rows[0] if rows else None

    def rubric_rows(self, attempt_id: str) -> list[dict]:
        return self._rows("SELECT task_id, item_id, points, comment, graded_by, graded_at FROM rubric_grades "
                          "WHERE attempt_id = ? ORDER BY task_id, item_id", [attempt_id])

    def triggers_present(self) -> bool:
        rows = self._rows("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'events_append_only%'")
        return len(rows) == 2

    def triggers_recreated(self) -> bool:
        """True when the journal's append-only triggers are not where the database's creation put
        them: SQLite lists its schema in creation order (rowid of sqlite_master), so triggers dropped
        and created again come after the tables created later (the trainer tables of schema 2)."""
        rows = self._rows("SELECT rowid AS r, type, name FROM sqlite_master")
        where = {r["name"]: r["r"] for r in rows}
        if not all(t in where for t in TRIGGERS) or "exam_sessions" not in where:
            return False  # absent triggers are reported by triggers_present; older schema: nothing to compare
        return any(where[t] > where["exam_sessions"] for t in TRIGGERS)

    # ------------------------------------------------------------------ the PIN and the clock's traces
    def pin_fingerprint(self, db: sqlite_utils.Database | None = None) -> str | None:
        """A short name of the trainer PIN's current digest (not of the PIN): what the journal keeps to tell
        a PIN removed or replaced outside the program. None: no PIN set."""
        rows = self._rows("SELECT value FROM settings WHERE key = ?", [PIN_KEY], db)
        if not rows:
            return None
        try:
            rec = json.loads(rows[0]["value"])
            return pin_id(rec)
        except (ValueError, TypeError, KeyError):
            return "unreadable"

    def latest_event_at(self, origin: str, db: sqlite_utils.Database | None = None) -> str | None:
        """The time of the latest event journaled for attempts that run on this database (ISO text)."""
        rows = self._rows("SELECT max(e.at) AS at FROM events e JOIN attempts a ON a.id = e.attempt_id "
                          "WHERE a.origin = ?", [origin], db)
        return rows[0]["at"] if rows else None

    @staticmethod
    def put_setting(db: sqlite_utils.Database, key: str, value) -> None:
        """A setting written inside a transaction()."""
        db.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                        "value = excluded.value", [key, json.dumps(value)])


def pin_id(record: dict) -> str:
    """The fingerprint of a PIN record: its salt and digest hashed (12 hex digits)."""
    return hashlib.sha256(f"{record['salt']}:{record['hash']}".encode()).hexdigest()[:12]
