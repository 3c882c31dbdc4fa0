"""The open database: an engine, a session factory, and units of work that translate errors."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from hvbdesk.domain.errors import ConflictError, DatabaseStateError, HvbError, ValidationError
from hvbdesk.security.audit_chain import derive_chain_key
from hvbdesk.security.keystore import DatabaseKey
from hvbdesk.store.audit_anchor import ChainHead, advance_head, anchor_beside
from hvbdesk.store.engine import READING

# Messages the database itself raises (triggers, constraints), in words a person can act on.
_DB_RULES = {
    "placement_no_overlap": ("place", "another stay already holds this place at that time", "place_taken"),
    "place_overlap": ("place", "another stay already holds this place at that time", "place_taken"),
    "append-only": ("audit log", "is append-only and cannot be changed", "append_only"),
    "signed journal entries are never changed": ("entry", "is signed and can no longer be changed", "entry_signed"),
    "established plans are never changed": ("plan", "is established and can no longer be changed", "plan_established"),
}


_PENDING_HEAD = "hvbdesk.audit_head"


@dataclass
class Database:
    engine: Engine
    location: str  # a file path or a URL without password, for display
    path: Path | None = None  # the SQLCipher file, None on PostgreSQL
    key: DatabaseKey | None = None  # the SQLCipher key, kept for backups; never printed
    chain_key: bytes | None = None  # the audit chain's key: from `key`, or PostgreSQL's shared audit key
    anchor_path: Path | None = None  # the audit chain's sealed head: beside the file, or per workstation

    def __post_init__(self) -> None:
        if self.chain_key is None and self.key is not None:
            self.chain_key = derive_chain_key(self.key.pragma_value)
        if self.anchor_path is None and self.path is not None:
            self.anchor_path = anchor_beside(self.path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)
        self._reader = self.engine.execution_options(**{READING: True})
        event.listen(self._sessions, "after_commit", self._seal_audit_head)
        event.listen(self._sessions, "after_rollback", lambda session: session.info.pop(_PENDING_HEAD, None))

    def note_audit_head(self, session: Session, head: ChainHead) -> None:
        """The chain's new head, sealed outside the database once this transaction has committed."""
        session.info[_PENDING_HEAD] = head

    def _seal_audit_head(self, session: Session) -> None:
        head = session.info.pop(_PENDING_HEAD, None)
        if head is None or self.anchor_path is None or self.chain_key is None:
            return
        try:
            advance_head(self.anchor_path, self.chain_key, head)
        except OSError:
            pass  # the head is a lower bound: one left behind still names a row the log must hold

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A transaction that only reads: on SQLite a snapshot that takes no write lock, so a long write
        (an import) never makes a reader wait. Never write in it: audit a view in its own unit of work."""
        with self._transaction(self._sessions(bind=self._reader)) as session:
            yield session

    def read_connection(self):
        """A plain connection for checks that read (integrity, guards): no write lock either."""
        return self._reader.connect()

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction per user action: all of it is written, or none of it."""
        with self._transaction(self._sessions()) as session:
            yield session

    @contextlib.contextmanager
    def _transaction(self, session: Session) -> Iterator[Session]:
        try:
            with session.begin():
                yield session
        except StaleDataError:
            raise ConflictError(
                "someone else changed this record after you opened it; reload and try again", "conflict"
            ) from None
        except (IntegrityError, DBAPIError) as exc:
            translated = translate_database_error(exc)
            if translated is None:
                raise
            raise translated from None
        finally:
            session.close()

    def lock_audit_chain(self, session: Session) -> None:
        """Serialise audit appends across workstations (SQLite already holds the write lock)."""
        if not self.is_sqlite:
            session.execute(text("SELECT pg_advisory_xact_lock(727274)"))

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (outside any transaction, as SQLite requires)."""
        if not self.is_sqlite:
            return
        raw = self.engine.raw_connection()
        try:
            driver = raw.driver_connection
            if driver is not None:  # None only for a connection already closed
                driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()

    def dispose(self) -> None:
        self.engine.dispose()


def translate_database_error(exc: Exception) -> HvbError | None:
    message = str(getattr(exc, "orig", exc))
    if "database is locked" in message or "database is busy" in message:
        return DatabaseStateError(
            "the database is busy with another workstation's change; try again in a moment", "database_busy"
        )
    for marker, (field, reason, code) in _DB_RULES.items():
        if marker in message:
            return ValidationError.single(field, reason, code)
    if isinstance(exc, IntegrityError):
        if "UNIQUE" in message.upper() or "unique" in message:
            return ValidationError.single("record", "already exists")
        return ValidationError.single("record", "breaks a rule of the database: " + message.splitlines()[0])
    return None
