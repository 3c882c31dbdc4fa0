"""A database made today knows the agreement's past: members, fees and populations before its own first day
(issue 13: made on 2026-12-01 it once charged every 2025 care day the non-member fee and dropped Leksand)."""

from __future__ import annotations

import datetime as dt

from hvbdesk.security.keystore import DatabaseKey
from hvbdesk.services.reference_data import read_history
from hvbdesk.services.seed import seed_reference_data
from hvbdesk.store import migrate
from hvbdesk.store.database import Database
from hvbdesk.store.engine import sqlcipher_engine


def test_a_database_made_after_the_period_knows_its_reference_data(tmp_path):
    path, key = tmp_path / "new.db", DatabaseKey.random()
    db = Database(sqlcipher_engine(path, key, create=True), str(path), path, key)
    migrate.upgrade(db)
    made = dt.datetime(2026, 12, 1, 9, 0)
    with db.unit_of_work() as session:
        seed_reference_data(session, made.date(), demo=False, created_at=made)
    with db.reading() as session:
        history = read_history(session)
    db.dispose()
    day = dt.date(2025, 3, 1)
    assert len(history.members_on(day)) == 12 and history.is_member("2029", day)  # Leksand, until 30 June 2025
    assert history.day_fee("2081", day) == 3470 and history.budget_on(day) == 10_135_074
    assert history.population_on("2061", day) == 10_600
    assert history.operation_start == dt.date(2026, 1, 1)
