"""Schema migrations with Alembic: upgrade to head at start, after a verified backup.

Alembic is imported only when there is something to do: a database already at HEAD is
recognised from its alembic_version row alone, which keeps start-up fast.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError

from hvbdesk.config import resource_path
from hvbdesk.domain.errors import DatabaseStateError
from hvbdesk.store.database import Database

# The newest revision in db/versions; tests/store/test_migrations.py checks it against Alembic.
HEAD = "0011"
KEYED_CHAIN = "0007"  # the revision that keys the audit chain; its head is sealed outside from then on


def older_than(current: str | None, revision: str) -> bool:
    """True for an existing schema before `revision` (revisions are numbered in order)."""
    return current is not None and current < revision


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resource_path("db")))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise DatabaseStateError("the program's migrations are missing (db/versions)", "migrations_missing")
    return head


def current_revision(db: Database) -> str | None:
    try:
        conn = db.read_connection()
    except OperationalError as exc:
        if db.is_sqlite:
            raise
        raise server_unreachable(db, exc) from None
    with conn:
        try:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        except DBAPIError:  # no alembic_version table yet: an empty database
            return None
    return rows[0] if len(rows) == 1 else None


def server_unreachable(db: Database, exc: OperationalError) -> DatabaseStateError:
    """Where the server was looked for and the driver's own reason, not 'no schema: run init'."""
    url = db.engine.url
    lines = [line.strip() for line in str(exc.orig).strip().splitlines() if line.strip()]
    reason = lines[0] if lines else type(exc.orig).__name__
    return DatabaseStateError(
        f"cannot reach the PostgreSQL server at {url.host}:{url.port or 5432}: {reason}",
        "server_unreachable",
        (url.host, url.port or 5432, reason),
    )


def upgrade(db: Database, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to head. A database that already holds a schema is backed up first."""
    current = current_revision(db)
    if _at_head(current):
        return None
    backup_path = None
    if current is not None and db.path is not None and backup_dir is not None:
        from hvbdesk.store.backup import backup_sqlcipher

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_path = backup_dir / f"before-migration-{current}-{stamp}.hvbdesk"
        backup_sqlcipher(db, backup_path)
    from alembic import command

    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        cfg.attributes["chain_key"] = db.chain_key  # 0007 re-chains an old log under the key
        command.upgrade(cfg, "head")
    return backup_path


def _at_head(current: str | None) -> bool:
    """True when `current` is the head of the scripts this program carries."""
    if resource_path("db") == _SHIPPED_SCRIPTS:
        return current == HEAD
    return current == head_revision()  # a test pointed us at other scripts


_SHIPPED_SCRIPTS = resource_path("db")
