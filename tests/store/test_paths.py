"""Paths are paths: characters that mean something in a URI stay part of the file's name (issue 11)."""

from __future__ import annotations

import pytest

from hvbdesk.security.keystore import DatabaseKey
from hvbdesk.store import migrate
from hvbdesk.store.backup import backup_sqlcipher
from hvbdesk.store.database import Database
from hvbdesk.store.engine import sqlcipher_engine


@pytest.mark.parametrize("folder", ["C#data", "what?mode=ro", "100%41", "space and å"])
def test_the_database_and_its_backup_are_written_where_the_path_says(tmp_path, folder):
    data = tmp_path / folder
    data.mkdir()
    path, key = data / "hvbdesk.db", DatabaseKey.random()
    db = Database(sqlcipher_engine(path, key, create=True), str(path), path, key)
    try:
        migrate.upgrade(db)
        backup = backup_sqlcipher(db, data / "copy#1.db")
    finally:
        db.dispose()
    assert backup == data / "copy#1.db" and backup.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]
    assert {"hvbdesk.db", "copy#1.db"} <= {p.name for p in data.iterdir()}
