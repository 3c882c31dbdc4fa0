"""Online, verified backups of the SQLCipher database, encrypted with the same key.

A backup is written to a temporary name beside its target, checked page by page (integrity,
the cipher's HMACs, and the same row count in every table), and only then given its name.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from sqlalchemy import inspect

from hvbdesk.domain.errors import DatabaseStateError, HvbError
from hvbdesk.security.private_files import make_private, private_folder
from hvbdesk.store.audit_anchor import AnchorError, ChainHead, anchor_beside, read_head, write_head
from hvbdesk.store.database import Database
from hvbdesk.store.engine import _open_keyed


class BackupError(HvbError):
    pass


def _row_counts(conn, tables: list[str]) -> dict[str, int]:
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _audit_head(conn) -> ChainHead:
    row = conn.execute("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    return ChainHead(row[0], row[1]) if row else ChainHead(0, "")


def verify_copy(path: Path, key, expected_counts: dict[str, int] | None) -> dict[str, int]:
    conn = _open_keyed(path, key, create=False)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            raise BackupError(f"{path.name} failed the integrity check: {integrity[0][0]}")
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise BackupError(f"{path.name} failed the cipher check")
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        counts = _row_counts(conn, tables)
    finally:
        conn.close()
    if expected_counts is not None and counts != expected_counts:
        raise BackupError(f"{path.name} does not hold the same rows as the database")
    return counts


def backup_refusal(db: Database, out: Path) -> DatabaseStateError | None:
    """Why a backup to `out` cannot be made, or None: asked before the backup is audited as made."""
    if db.path is None or db.key is None:
        return DatabaseStateError(
            "backups are made here only for the embedded database; on PostgreSQL use pg_dump", "backup_postgres"
        )
    if out.resolve().exists():
        return DatabaseStateError(f"{out.resolve()} already exists; choose a new file name", "backup_exists", (out,))
    return None


def backup_sqlcipher(db: Database, out: Path) -> Path:
    refusal = backup_refusal(db, out)
    if refusal is not None:
        raise refusal
    assert db.key is not None
    out = out.resolve()
    if not out.parent.exists():
        private_folder(out.parent)
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    tables = inspect(db.engine).get_table_names()
    raw = db.engine.raw_connection()
    try:
        source = raw.driver_connection
        if source is None:
            raise DatabaseStateError("the database connection is closed; try the backup again", "backup_closed")
        target = _open_keyed(partial, db.key, create=True)
        try:
            # Hold a read transaction so the counts and the copy see the same snapshot.
            source.execute("BEGIN")
            counts = _row_counts(source, tables)
            head = _audit_head(source)
            source.backup(target)
            source.execute("COMMIT")
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            target.close()
    finally:
        raw.close()
    try:
        copied = verify_copy(partial, db.key, None)
        if {t: copied.get(t) for t in tables} != counts:
            raise BackupError(f"{out.name} does not hold the same rows as the database")
    except Exception:
        _remove_sqlite_files(partial)
        raise
    os.replace(partial, out)
    _remove_sqlite_files(partial)
    if os.name == "posix":
        out.chmod(0o600)
    if db.chain_key is not None:  # the backup is a witness of the log as it stood: its head, sealed beside it
        write_head(anchor_beside(out), db.chain_key, head)
    return out


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


_AUDIT_COLUMNS = "id, at_utc, username, action, entity, entity_id, resident_id, workstation, detail, prev_hash, hash"


def _rows_after(path: Path, key, head: ChainHead) -> list[tuple]:
    """The live log's rows written after the backup's head, once the head is found unchanged in it."""
    conn = _open_keyed(path, key, create=False)
    try:
        if head.last_id:
            row = conn.execute("SELECT hash FROM audit_entry WHERE id = ?", (head.last_id,)).fetchone()
            if row is None or row[0] != head.last_hash:
                raise BackupError(
                    f"the backup's audit log is not an earlier state of this database's log (row {head.last_id} "
                    "differs): it comes from another database, or one of the two logs was rewritten. Nothing was "
                    "restored; run 'hvbdesk check'",
                    "restore_foreign_log",
                    (head.last_id,),
                )
        return conn.execute(
            f"SELECT {_AUDIT_COLUMNS} FROM audit_entry WHERE id > ? ORDER BY id", (head.last_id,)
        ).fetchall()
    finally:
        conn.close()


def _backup_head(source: Path, key, chain_key: bytes | None) -> ChainHead:
    """The backup's own head, which must be the one sealed beside it when the backup was made."""
    conn = _open_keyed(source, key, create=False)
    try:
        head = _audit_head(conn)
    finally:
        conn.close()
    if chain_key is not None:
        try:
            sealed = read_head(anchor_beside(source), chain_key)
        except AnchorError:
            sealed = ChainHead(-1, "")
        if sealed is not None and sealed != head:
            raise BackupError(
                f"the audit log in {source.name} is not the one sealed beside it when the backup was made; "
                "nothing was restored",
                "restore_backup_altered",
                (source.name,),
            )
    return head


def restore_sqlcipher(
    db_path: Path, key, source: Path, safety_dir: Path, stamp: str, chain_key: bytes | None = None
) -> tuple[Path, int]:
    """Replace the database file with a verified backup; the current file is kept as a safety copy, and
    the audit rows written since the backup are carried into the restored file (the log only ever grows).
    Returns the safety copy and how many audit rows were carried over.

    The caller has closed every connection to db_path.
    """
    if not source.exists():
        raise DatabaseStateError(f"no backup at {source}", "backup_missing", (source,))
    verify_copy(source, key, None)
    backup_head = _backup_head(source, key, chain_key)
    carried = _rows_after(db_path, key, backup_head)
    private_folder(safety_dir)
    safety = safety_dir / f"before-restore-{stamp}.hvbdesk"
    # Fold the WAL into the main file so the safety copy is complete on its own.
    conn = _open_keyed(db_path, key, create=False)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    # Contents only: a backup's mode (0666 seen) must never become the live database's.
    shutil.copyfile(db_path, safety)
    make_private(safety)
    staged = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(source, staged)
    make_private(staged)
    if carried:
        conn = _open_keyed(staged, key, create=False)
        try:
            with conn:
                placeholders = ", ".join("?" * len(carried[0]))
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany(f"INSERT INTO audit_entry ({_AUDIT_COLUMNS}) VALUES ({placeholders})", carried)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    verify_copy(staged, key, None)
    for suffix in ("-wal", "-shm"):  # empty after the checkpoint; must not meet the new file
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(staged, db_path)
    if chain_key is not None:  # the safety copy is a witness too: its head is in the restored log
        write_head(
            anchor_beside(safety), chain_key, ChainHead(carried[-1][0], carried[-1][-1]) if carried else backup_head
        )
    return safety, len(carried)
