"""Backups and restores keep the log whole (issue 11, finding 4): a backup's head is sealed beside it and
compared by `check`; a restore carries the rows written since the backup into the restored database, and
refuses a backup whose log is not an earlier state of this one's."""

from __future__ import annotations

from sqlalchemy import text

from hvbdesk.app import open_database
from hvbdesk.config import make_config
from tests.cli.conftest import PASSPHRASE, run_cli

ENV = {"HVBDESK_DB_PASSPHRASE": PASSPHRASE, "HVBDESK_PASSWORD": "long-enough-pw"}


def _init(folder):
    result = run_cli("init", "--user", "chef", env=ENV, data_dir=folder)
    assert result.returncode == 0, result.stderr
    return folder


def _log(folder, monkeypatch) -> list[tuple[int, str, str]]:
    monkeypatch.setenv("HVBDESK_DB_PASSPHRASE", PASSPHRASE)
    db = open_database(make_config(str(folder)), None)
    with db.engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text("SELECT id, hash, detail FROM audit_entry ORDER BY id"))]
    db.dispose()
    return rows


def test_a_restore_carries_the_rows_written_since_the_backup(tmp_path, monkeypatch):
    folder = _init(tmp_path / "d")
    backup = tmp_path / "b.hvbdesk"
    assert run_cli("backup", str(backup), "--user", "chef", env=ENV, data_dir=folder).returncode == 0
    assert (tmp_path / "b.hvbdesk.audit-head").exists()
    run_cli("residents", "--user", "chef", env=ENV, data_dir=folder)  # a login and a view after the backup
    before = _log(folder, monkeypatch)
    restored = run_cli("restore", str(backup), "--user", "chef", env=ENV, data_dir=folder)
    assert restored.returncode == 0, restored.stderr
    after = _log(folder, monkeypatch)
    assert after[: len(before)] == before  # the live log's rows, every one, the same
    assert after[-1][2].startswith("restore: restored from a backup, ")
    check = run_cli("check", env=ENV, data_dir=folder)
    assert check.returncode == 0, check.stderr


def test_a_backup_from_another_database_is_refused(tmp_path, monkeypatch):
    other = _init(tmp_path / "other")
    foreign = tmp_path / "foreign.hvbdesk"
    assert run_cli("backup", str(foreign), "--user", "chef", env=ENV, data_dir=other).returncode == 0
    folder = _init(tmp_path / "d")
    before = _log(folder, monkeypatch)
    result = run_cli("restore", str(foreign), "--user", "chef", env=ENV, data_dir=folder)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "inte ett tidigare läge av den här databasens logg" in result.stderr
    after = _log(folder, monkeypatch)
    assert after[: len(before)] == before and after[-1][2].startswith("restore failed: restore_foreign_log")


def test_a_backup_whose_log_was_altered_is_refused(tmp_path, monkeypatch):
    folder = _init(tmp_path / "d")
    backup = tmp_path / "b.hvbdesk"
    assert run_cli("backup", str(backup), "--user", "chef", env=ENV, data_dir=folder).returncode == 0
    run_cli("residents", "--user", "chef", env=ENV, data_dir=folder)
    # The backup's own log cut back by one row: its head no longer is the one sealed beside it.
    from hvbdesk.security.keystore import DatabaseKey
    from hvbdesk.store.engine import _open_keyed

    conn = _open_keyed(backup, DatabaseKey.from_passphrase(PASSPHRASE, "test"), create=False)
    conn.execute("DROP TRIGGER audit_entry_no_delete")
    conn.execute("DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)")
    conn.close()
    result = run_cli("restore", str(backup), "--user", "chef", env=ENV, data_dir=folder)
    assert result.returncode == 1 and "inte den som förseglades bredvid den" in result.stderr


def test_check_compares_the_log_with_the_heads_beside_the_backups(tmp_path, monkeypatch):
    folder = _init(tmp_path / "d")
    backup = folder / "backups" / "b.hvbdesk"
    assert run_cli("backup", str(backup), "--user", "chef", env=ENV, data_dir=folder).returncode == 0
    last = _log(folder, monkeypatch)[-1][0]
    monkeypatch.setenv("HVBDESK_DB_PASSPHRASE", PASSPHRASE)
    db = open_database(make_config(str(folder)), None)
    with db.engine.begin() as conn:  # the log cut back, and the head beside the database removed with it
        conn.execute(text("DROP TRIGGER audit_entry_no_delete"))
        conn.execute(text("DELETE FROM audit_entry WHERE id >= :last"), {"last": last - 1})
    db.dispose()
    (folder / "hvbdesk.db.audit-head").unlink()
    result = run_cli("check", env=ENV, data_dir=folder)
    assert result.returncode == 1
    assert "hvbdesk.db.audit-head is missing" in result.stderr
    assert "b.hvbdesk.audit-head" in result.stderr and "rows were removed" in result.stderr
    resealed = run_cli("reseal", "--user", "chef", env=ENV, data_dir=folder)
    assert resealed.returncode == 0, resealed.stderr
