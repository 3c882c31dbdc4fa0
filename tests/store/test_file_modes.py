"""What the app writes is the user's alone: data folder 0700, database, WAL, backups, safety copies
and printouts 0600, whatever the umask of whoever started it (issue 11, finding 6)."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from hvbdesk.security.keystore import DatabaseKey
from hvbdesk.security.private_files import write_whole
from hvbdesk.store import migrate
from hvbdesk.store.backup import backup_sqlcipher, restore_sqlcipher
from hvbdesk.store.database import Database
from hvbdesk.store.engine import sqlcipher_engine

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask():
    """The umask a careless start would have: files 0644 and folders 0755 unless the app sets modes."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def test_database_wal_backup_and_restore_are_private(tmp_path, permissive_umask):
    data = tmp_path / "data"
    path, key = data / "hvbdesk.db", DatabaseKey.random()
    db = Database(sqlcipher_engine(path, key, create=True), str(path), path, key)
    try:
        migrate.upgrade(db)
        assert mode(data) == 0o700 and mode(path) == 0o600
        assert mode(data / "hvbdesk.db-wal") == 0o600 and mode(data / "hvbdesk.db-shm") == 0o600
        backup = backup_sqlcipher(db, tmp_path / "backups" / "b.hvbdesk")
    finally:
        db.dispose()
    assert mode(backup) == 0o600 and mode(backup.parent) == 0o700
    assert not list(backup.parent.glob("*.partial*"))
    backup.chmod(0o666)  # a backup copied around by hand
    safety, _ = restore_sqlcipher(path, key, backup, data / "backups", "20261201-120000")
    assert mode(path) == 0o600 and mode(safety) == 0o600 and mode(safety.parent) == 0o700


def test_an_existing_database_is_made_private_when_opened(tmp_path, permissive_umask):
    data = tmp_path / "data"
    path, key = data / "hvbdesk.db", DatabaseKey.random()
    Database(sqlcipher_engine(path, key, create=True), str(path), path, key).dispose()
    data.chmod(0o755)
    path.chmod(0o644)
    Database(sqlcipher_engine(path, key), str(path), path, key).dispose()
    assert mode(data) == 0o700 and mode(path) == 0o600


def test_a_printout_is_written_whole_and_private(tmp_path, permissive_umask):
    out = tmp_path / "out" / "plan.pdf"
    write_whole(out, b"%PDF-1.4 ...")
    assert out.read_bytes() == b"%PDF-1.4 ..." and mode(out) == 0o600
    assert sorted(p.name for p in out.parent.iterdir()) == ["plan.pdf"]
