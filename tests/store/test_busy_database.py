"""A write that waits too long for another workstation's write is answered in words, not a traceback
(issue 11, finding 2: the CLI failed with 'database is locked' while a long import ran)."""

from __future__ import annotations

import pytest

from hvbdesk.app import build_services
from hvbdesk.config import Config
from hvbdesk.domain.errors import DatabaseStateError
from hvbdesk.i18n.messages import describe
from hvbdesk.store.database import Database
from hvbdesk.store.engine import _open_keyed, sqlcipher_engine
from tests.conftest import PASSWORD, database_fixture, fixed_clock

database = database_fixture(backends=["sqlite"])  # the busy timeout is SQLite's; PostgreSQL waits its turn


def test_a_busy_database_is_said_in_words(database, services, manager, tmp_path):
    impatient = Database(sqlcipher_engine(database.path, database.key, busy_ms=200), "x", database.path, database.key)
    other = build_services(impatient, Config(data_dir=tmp_path, workstation="ws-2"), fixed_clock)
    chef = other.users.authenticate("chef", PASSWORD)
    holder = _open_keyed(database.path, database.key, create=False)
    holder.execute("BEGIN IMMEDIATE")  # another workstation's long write
    try:
        with pytest.raises(DatabaseStateError) as err:
            other.residents.list_residents(chef)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        impatient.dispose()
    assert err.value.code == "database_busy"
    assert (
        describe(err.value)
        == "Databasen är upptagen med en ändring från en annan arbetsstation. Försök igen om en stund."
    )


def test_reading_takes_no_write_lock(database, services, manager, tmp_path):
    """Issue 11, finding 1: every transaction began IMMEDIATE, so `check` (and any read) waited for, and
    then failed on, another workstation's long write. A read is now a snapshot: it does not wait."""
    impatient = Database(sqlcipher_engine(database.path, database.key, busy_ms=200), "x", database.path, database.key)
    other = build_services(impatient, Config(data_dir=tmp_path, workstation="ws-2"), fixed_clock)
    holder = _open_keyed(database.path, database.key, create=False)
    holder.execute("BEGIN IMMEDIATE")  # another workstation's long write, not yet committed
    holder.execute("INSERT INTO municipality (code, name, version) VALUES ('9999', 'Ofärdig', 1)")
    try:
        assert other.system.check() == []
        assert other.database_facts()["demo"] == "no"
        with impatient.reading() as session:
            from sqlalchemy import text

            assert session.execute(text("SELECT count(*) FROM municipality WHERE code = '9999'")).scalar() == 0
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        impatient.dispose()
