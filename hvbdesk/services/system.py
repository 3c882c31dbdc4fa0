"""Whole-database operations: check, backup, restore."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from hvbdesk.domain.enums import AuditAction
from hvbdesk.domain.errors import DatabaseStateError, HvbError
from hvbdesk.security.roles import Permission
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, slow
from hvbdesk.store import health, migrate
from hvbdesk.store.audit_anchor import ANCHOR_SUFFIX, write_head
from hvbdesk.store.backup import backup_refusal, backup_sqlcipher, restore_sqlcipher
from hvbdesk.store.database import Database
from hvbdesk.store.engine import sqlcipher_engine


@dataclass(frozen=True)
class Restored:
    safety_copy: Path  # the database as it was before, kept
    carried_rows: int  # audit rows written since the backup, carried into the restored file


class SystemService:
    def __init__(self, db: Database, audit: AuditLog, backup_dir: Path):
        self._db = db
        self._audit = audit
        self._backup_dir = backup_dir

    @slow
    def check(self) -> list[str]:
        """Every problem found, as a sentence; empty when all is well. Prints no personal data."""
        problems: list[str] = []
        current, head = migrate.current_revision(self._db), migrate.head_revision()
        if current != head:
            problems.append(f"schema is at {current or 'nothing'}, not at head {head}")
        if self._db.is_sqlite:
            problems += health.sqlite_problems(self._db)
            problems += health.sqlite_guard_problems(self._db)
        else:
            problems += health.postgres_problems(self._db)
        problems += self._audit.verify_chain()
        problems += self._audit.verify_heads(
            self._witnesses(), required=self._db.anchor_path if self._db.is_sqlite else None
        )
        return problems

    def _witnesses(self) -> list[Path]:
        """The sealed heads outside the log: beside the database, and beside each backup in its folder."""
        heads = [self._db.anchor_path] if self._db.anchor_path is not None else []
        if self._db.path is not None and self._backup_dir.is_dir():
            heads += sorted(self._backup_dir.glob(f"*{ANCHOR_SUFFIX}"))
        return heads

    @slow
    def reseal(self, actor: Actor) -> None:
        """The manager seals the log's head anew (a database moved without its head file), only when the
        chain itself is whole; audited."""
        self._audit.require(actor, Permission.DATABASE_RESTORE, "database")
        breaks = self._audit.verify_chain()
        if breaks:
            raise DatabaseStateError(
                "the audit chain is broken (" + breaks[0] + "); its head is not sealed over a broken chain",
                "reseal_broken",
            )
        if self._db.anchor_path is None or self._db.chain_key is None:
            return
        self._audit.record(actor, AuditAction.UPDATE, "database", detail="audit head sealed anew")
        write_head(self._db.anchor_path, self._db.chain_key, self._audit.head())

    def connection_encrypted(self) -> bool | None:
        """On PostgreSQL, whether this connection is TLS (the file is the server's, so the wire is what the
        app can vouch for); None for the embedded database, whose file is what is encrypted."""
        return None if self._db.is_sqlite else health.postgres_tls(self._db)

    @slow
    def backup(self, actor: Actor, out: Path) -> Path:
        self._audit.require(actor, Permission.DATABASE_BACKUP, "database")
        refusal = backup_refusal(self._db, out)
        if refusal is not None:  # a refusal is recorded as one, never as a backup made
            self._audit.record(actor, AuditAction.DENIED, "database", detail=f"backup refused: {refusal.code}")
            raise refusal
        # Audited first, so the backup itself holds the record of its making.
        self._audit.record(actor, AuditAction.EXPORT, "database", detail="backup")
        try:
            return backup_sqlcipher(self._db, out)
        except HvbError as exc:
            self._audit.record(actor, AuditAction.DENIED, "database", detail=f"backup failed: {exc.code or 'error'}")
            raise

    @slow
    def restore(self, actor: Actor, source: Path, now: dt.datetime) -> Restored:
        """Replace the embedded database with a verified backup. This service's database is closed for good
        (the caller's services go with it); the restore is logged before, and after in the restored file,
        or as refused in the file left as it was."""
        self._audit.require(actor, Permission.DATABASE_RESTORE, "database")
        db = self._db
        if not db.is_sqlite or db.path is None or db.key is None:
            raise DatabaseStateError(
                "restore works on the embedded database; on PostgreSQL use pg_restore", "restore_postgres"
            )
        self._audit.record(actor, AuditAction.UPDATE, "database", detail="restore: started")
        path, key, chain_key = db.path, db.key, db.chain_key
        db.dispose()
        try:
            safety, carried = restore_sqlcipher(
                path, key, source.resolve(), self._backup_dir, f"{now:%Y%m%d-%H%M%S}", chain_key
            )
        except HvbError as exc:  # the database was not replaced: say so in its own log
            self._log_in_file(path, key, actor, AuditAction.DENIED, f"restore failed: {exc.code or 'error'}")
            raise
        self._log_in_file(
            path,
            key,
            actor,
            AuditAction.UPDATE,
            f"restore: restored from a backup, {carried} audit rows carried over",
            upgrade=True,
        )
        return Restored(safety, carried)

    def _log_in_file(self, path: Path, key, actor: Actor, action: AuditAction, detail: str, upgrade: bool = False):
        reopened = Database(sqlcipher_engine(path, key), str(path), path, key)
        try:
            if upgrade:  # a backup from before the last update is brought to this version's schema
                migrate.upgrade(reopened, self._backup_dir)
            AuditLog(reopened, self._audit.workstation).record(actor, action, "database", detail=detail)
        finally:
            reopened.dispose()
