"""Encryption at rest, seen from outside: bytes on disk, wrong and missing keys."""

from __future__ import annotations

import sqlite3

import pytest

from hvbdesk.app import build_services, open_database
from hvbdesk.config import make_config
from hvbdesk.security.roles import Role
from hvbdesk.services.context import Actor
from tests.cli.conftest import PASSPHRASE, run_cli, snapshot

OK_ENV = {"HVBDESK_DB_PASSPHRASE": PASSPHRASE, "HVBDESK_PASSWORD": "demo"}


def _canary(demo_dir) -> str:
    result = run_cli("residents", "--user", "manager", env=OK_ENV, data_dir=demo_dir / "data")
    assert result.returncode == 0, result.stderr
    header, first = result.stdout.splitlines()[:2]
    assert header.startswith("id\tpersonnummer")
    return first.split("\t")[1]


def _occurrences(folder, needles: list[bytes]) -> dict[str, int]:
    found = {}
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits = sum(data.count(n) for n in needles)
            if hits:
                found[str(path)] = hits
    return found


def test_canary_is_nowhere_on_disk(demo_dir, monkeypatch):
    canary = _canary(demo_dir)
    needles = [canary.encode(), canary.replace("-", "").encode(), canary.encode("utf-16-le")]
    backup = demo_dir / "backup.hvbdesk"
    result = run_cli(
        "backup",
        str(backup),
        "--user",
        "manager",
        env={**OK_ENV, "TMPDIR": str(demo_dir / "tmp")},
        data_dir=demo_dir / "data",
    )
    assert result.returncode == 0, result.stderr
    # While the database is open its WAL holds fresh pages: look at it then too.
    monkeypatch.setenv("HVBDESK_DB_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TMPDIR", str(demo_dir / "tmp"))
    config = make_config(str(demo_dir / "data"))
    services = build_services(open_database(config, None), config)
    try:
        rows = services.residents.list_residents(Actor("manager", Role.MANAGER))
        assert any(r.identity_number == canary for r in rows)
        wal = config.database_path.with_name("hvbdesk.db-wal")
        assert wal.exists() and wal.stat().st_size > 0
        assert _occurrences(demo_dir, needles) == {}
    finally:
        services.db.dispose()
    assert _occurrences(demo_dir, needles) == {}
    for path in (config.database_path, backup):
        assert path.read_bytes()[:16] != b"SQLite format 3\x00"
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()


def test_wrong_passphrase_changes_nothing(demo_dir):
    before = snapshot(demo_dir)
    result = run_cli("check", env={"HVBDESK_DB_PASSPHRASE": "not-the-right-one"}, data_dir=demo_dir / "data")
    assert result.returncode == 1
    assert "Lösenfrasen öppnar inte databasen" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(demo_dir) == before


def test_missing_key_changes_nothing(demo_dir):
    before = snapshot(demo_dir)
    result = run_cli("residents", "--user", "manager", env={"HVBDESK_PASSWORD": "demo"}, data_dir=demo_dir / "data")
    assert result.returncode == 1
    assert "Ingen nyckel till databasen" in result.stderr and "HVBDESK_DB_PASSPHRASE" in result.stderr
    assert snapshot(demo_dir) == before


def test_new_database_without_key_creates_no_file(tmp_path):
    result = run_cli("init", "--user", "chef", env={"HVBDESK_PASSWORD": "long-enough-pw"}, data_dir=tmp_path / "d")
    assert result.returncode == 1 and "Ingen nyckel till databasen" in result.stderr
    assert not (tmp_path / "d").exists() or list((tmp_path / "d").iterdir()) == []


def test_unencrypted_file_is_refused(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    sqlite3.connect(folder / "hvbdesk.db").execute("CREATE TABLE t(x)").connection.commit()
    before = snapshot(folder)
    result = run_cli("check", env={"HVBDESK_DB_PASSPHRASE": PASSPHRASE}, data_dir=folder)
    assert result.returncode == 1 and "inte krypterad" in result.stderr
    assert snapshot(folder) == before
