"""Schema upgrades: to head at start, with a verified backup first when data is there."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import inspect

from hvbdesk.store import migrate
from hvbdesk.store.backup import verify_copy

ROOT = Path(__file__).resolve().parents[2]

NEXT_REVISION = '''
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("place") as batch:
        batch.add_column(sa.Column("label", sa.String(40), nullable=True))


def downgrade():
    with op.batch_alter_table("place") as batch:
        batch.drop_column("label")
'''


def test_fresh_database_is_at_head(database):
    assert migrate.current_revision(database) == migrate.head_revision()
    assert migrate.upgrade(database) is None  # nothing to do, no backup


def test_upgrade_backs_up_first_then_migrates(database, tmp_path, monkeypatch):
    scripts = tmp_path / "db"
    shutil.copytree(ROOT / "db", scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_test_next.py").write_text(NEXT_REVISION.format(head=migrate.head_revision()))
    monkeypatch.setattr(migrate, "resource_path", lambda name: scripts)
    backup = migrate.upgrade(database, tmp_path / "backups")
    assert migrate.current_revision(database) == "9999"
    assert "label" in {c["name"] for c in inspect(database.engine).get_columns("place")}
    if database.is_sqlite:
        assert backup is not None and backup.name.startswith("before-migration-0001-")
        counts = verify_copy(backup, database.key, None)
        assert counts["place"] == 10 and counts["alembic_version"] == 1
    else:
        assert backup is None  # PostgreSQL: transactional DDL, server backups by pg_dump
