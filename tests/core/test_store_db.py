"""The database: schema and migrations, WAL and durability settings, the append-only journal,
indexes for long histories, and databases that cannot be used."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils
from attempt_kit import BROKEN, Clock, machine, profile, write_scenario

from aimm_lab.exam.engine import Engine
from aimm_lab.paths import default_db_path
from aimm_lab.scenarios.loader import load_file
from aimm_lab.store.db import SCHEMA_VERSION, Store, StoreError


def test_new_database_schema_wal_and_full_sync(tmp_path):
    with Store(tmp_path / "a.db") as s:
        assert s.schema_version == SCHEMA_VERSION >= 1
        assert {"settings", "trainees", "scenario_copies", "attempts", "events", "rubric_grades"} <= set(
            s.reader().table_names())
        conn = s.reader().conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert len(s.db_id) == 32
        db_id = s.db_id
    with Store(tmp_path / "a.db") as s:  # opening again migrates nothing and keeps its identity
        assert s.db_id == db_id and s.schema_version == SCHEMA_VERSION


def test_default_location_is_the_users_data_folder(isolated_home):
    with Store() as s:
        assert s.path == default_db_path() == isolated_home / "aimm-lab.db"
        assert s.path.exists()


def test_migrations_run_in_order_each_in_one_transaction(tmp_path):
    from aimm_lab.store.db import MIGRATIONS

    def m2(db: sqlite_utils.Database):
        db["notes"].create({"id": int, "text": str}, pk="id")

    def m3_broken(db: sqlite_utils.Database):
        db["half"].create({"id": int}, pk="id")
        raise RuntimeError("a migration that fails half-way")

    path = tmp_path / "m.db"
    Store(path).close()
    with Store(path, migrations=MIGRATIONS + [m2]) as s:
        assert s.schema_version == SCHEMA_VERSION + 1 and "notes" in s.reader().table_names()
    with pytest.raises(RuntimeError):
        Store(path, migrations=MIGRATIONS + [m2, m3_broken])
    with Store(path, migrations=MIGRATIONS + [m2]) as s:
        assert s.schema_version == SCHEMA_VERSION + 1 and "half" not in s.reader().table_names()  # rolled back whole


def test_newer_or_foreign_databases_are_refused_untouched(tmp_path):
    newer = tmp_path / "newer.db"
    Store(newer).close()
    with sqlite3.connect(newer) as c:
        c.execute("PRAGMA user_version = 99")
    before = newer.read_bytes()
    with pytest.raises(StoreError, match="plus récente") as e:
        Store(newer)
    assert e.value.kind == "newer" and newer.read_bytes() == before

    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as c:
        c.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match="autre programme"):
        Store(foreign)


def test_a_file_that_is_not_a_database_is_left_as_it_is(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not SQLite at all\n" * 200)
    before = bad.read_bytes()
    with pytest.raises(StoreError) as e:
        Store(bad)
    assert e.value.kind == "corrupt" and "endommagée" in e.value.message("fr") and "damaged" in e.value.message("en")
    assert bad.read_bytes() == before
    with pytest.raises(StoreError, match="dossier"):
        Store(tmp_path)
    with pytest.raises(StoreError, match="n'existe pas"):
        Store(tmp_path / "missing" / "x.db")


def test_the_journal_is_append_only(tmp_path):
    path = write_scenario(tmp_path / "sc")
    with Store(tmp_path / "a.db") as s:
        e = Engine(s, machine(BROKEN), profile=profile(), now=Clock())
        a = e.start(load_file(path), "ana", "exam")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            s.reader().conn.execute("UPDATE events SET data = '{}' WHERE attempt_id = ?", [a.id])
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            s.reader().conn.execute("DELETE FROM events WHERE attempt_id = ?", [a.id])
        assert s.triggers_present()


@pytest.mark.parametrize("filters", [{}, {"trainee": "t7"}, {"scenario": "s3"}, {"status": "submitted"}])
def test_history_listing_uses_an_index(tmp_path, filters):
    with Store(tmp_path / "a.db") as s:
        from aimm_lab.store.db import LIST_COLUMNS

        where, params = s._filters(filters.get("trainee"), filters.get("scenario"), filters.get("status"))
        plan = s.reader().conn.execute(
            f"EXPLAIN QUERY PLAN SELECT {LIST_COLUMNS} FROM attempts a JOIN trainees t ON t.id = a.trainee_id{where} "
            f"ORDER BY a.started_at DESC, a.id DESC LIMIT 50", params).fetchall()
        text = " ".join(str(r[-1]) for r in plan)
        assert "USING INDEX idx_attempts" in text or "USING COVERING INDEX idx_attempts" in text, text
        assert "TEMP B-TREE" not in text, text  # no sort of the whole history


def test_settings_round_trip(tmp_path):
    with Store(tmp_path / "a.db") as s:
        assert s.get_setting("aggregate", "best") == "best"
        s.set_setting("aggregate", "average")
        assert s.get_setting("aggregate") == "average"
