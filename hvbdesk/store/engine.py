"""Engines: SQLCipher (the embedded default) and PostgreSQL (a shared server).

Every SQLite connection is keyed before anything else runs, gets foreign_keys=ON,
synchronous=FULL, in-memory temp storage and a busy timeout; WAL is set once, at creation.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import QueuePool

from hvbdesk.domain.errors import DatabaseKeyError, DatabaseStateError
from hvbdesk.security.keystore import DatabaseKey
from hvbdesk.security.private_files import FOLDER_MODE, make_private, private_folder

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
PG_PASSWORD_ENV = "HVBDESK_DB_PASSWORD"


READING = "hvbdesk_reading"  # an execution option: this transaction only reads
BUSY_TIMEOUT_MS = 10_000  # how long a write waits for another workstation's write before giving up


CASEFOLD = "hvb_casefold"  # a function every connection has: Unicode case folding for searches


def _casefold(text: str | None) -> str | None:
    return text.casefold() if text is not None else None


def _open_keyed(path: Path, key: DatabaseKey, *, create: bool, busy_ms: int = BUSY_TIMEOUT_MS) -> sqlcipher.Connection:
    mode = "rwc" if create else "rw"
    # A URI, percent-encoded, so that '#', '?' or '%41' in a folder name stay part of the path.
    conn = sqlcipher.connect(
        f"{path.resolve().as_uri()}?mode={mode}", uri=True, check_same_thread=False, isolation_level=None
    )
    if create:  # before the first page: SQLite gives its journal and WAL files the database's mode
        make_private(path)
    try:
        # A wrong key is reported once, by us, in words; SQLCipher's own log would only add noise.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key.pragma_value}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        conn.close()
        raise DatabaseKeyError(
            f"the key does not open {path.name}: wrong passphrase or key, or not an hvbdesk database", "key_wrong"
        ) from None
    # SQLite's own lower() and LIKE fold a–z only; searches fold å, ä and ö too through this.
    conn.create_function(CASEFOLD, 1, _casefold, deterministic=True)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
    return conn


def check_openable(path: Path) -> None:
    """Refuse early, before any file is touched, when the database is not there."""
    if not path.exists():
        raise DatabaseStateError(
            f"no database at {path}: create one with 'hvbdesk init' or 'hvbdesk demo'", "no_database", (path,)
        )
    with path.open("rb") as fh:
        if fh.read(16) == PLAIN_SQLITE_HEADER:
            raise DatabaseKeyError(
                f"{path.name} is an unencrypted SQLite file; hvbdesk refuses to open it", "plaintext"
            )


def sqlcipher_engine(path: Path, key: DatabaseKey, *, create: bool = False, busy_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    if create:
        if path.exists():
            raise DatabaseStateError(f"a database already exists at {path}", "database_exists", (path,))
        private_folder(path.parent)
        first = _open_keyed(path, key, create=True)
        # The SQLCipher header is only written with the first page; WAL mode is persistent.
        first.execute("PRAGMA journal_mode = WAL").fetchone()
        first.close()
    else:
        check_openable(path)
        # A database made by an earlier version, or restored by hand, is made the user's alone too.
        make_private(path.parent, FOLDER_MODE)
        for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if file.exists():
                make_private(file)

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        creator=lambda: _open_keyed(path, key, create=False, busy_ms=busy_ms),
        # The URL names no file, so SQLAlchemy would take it for an in-memory database and keep one
        # connection per thread: every worker thread of the GUI then paid for a new keyed connection
        # (SQLCipher's key derivation, some 25 ms each). A file is shared through one pool.
        poolclass=QueuePool,
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn):
        if conn.get_execution_options().get(READING):
            conn.exec_driver_sql("BEGIN")  # a snapshot, no write lock: readers never wait for a writer
        else:
            # A writer takes the lock up front: a deferred transaction that read first could not always
            # upgrade to a write in WAL mode (SQLITE_BUSY_SNAPSHOT, without waiting).
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


PG_KEYRING_SERVICE = "hvbdesk-postgresql"


def postgres_engine(url: str) -> Engine:
    """The password comes from the environment or the keyring (never a settings file)."""
    from hvbdesk.security.keystore import keyring_password

    parsed = make_url(url)
    if parsed.password is not None:
        # A password on the command line is in the process list for every user of the computer to read.
        raise DatabaseStateError(
            f"the database URL must not hold the password: give it in {PG_PASSWORD_ENV} or the key store",
            "url_password",
            (PG_PASSWORD_ENV,),
        )
    password = os.environ.get(PG_PASSWORD_ENV) or keyring_password(
        PG_KEYRING_SERVICE, f"{parsed.username}@{parsed.host}/{parsed.database}"
    )
    if password:
        parsed = parsed.set(password=password)
    return create_engine(parsed, pool_pre_ping=True)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
