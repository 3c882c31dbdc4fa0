"""Schema migrations with Alembic: upgrade to head at start, after a verified backup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from hvbdesk.config import resource_path
from hvbdesk.store.database import Database


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resource_path("db")))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to head. A database that already holds a schema is backed up first."""
    current = current_revision(db)
    if current == head_revision():
        return None
    backup_path = None
    if current is not None and db.path is not None and backup_dir is not None:
        from hvbdesk.store.backup import backup_sqlcipher

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_path = backup_dir / f"before-migration-{current}-{stamp}.hvbdesk"
        backup_sqlcipher(db, backup_path)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup_path
