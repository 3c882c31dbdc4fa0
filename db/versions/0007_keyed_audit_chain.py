"""keyed audit chain: the log's hashes become HMACs under the chain key

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 17:30:00.000000

An existing log is verified as it stands (plain SHA-256) and only then re-chained under the key, so a
log broken before this revision is never laundered into a whole keyed one: the upgrade stops instead.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

from hvbdesk.domain.errors import DatabaseKeyError, DatabaseStateError
from hvbdesk.security.audit_chain import GENESIS, ChainFields, compute_hash, find_breaks, plain_hash

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_COLUMNS = "id, at_utc, username, action, entity, entity_id, resident_id, workstation, detail, prev_hash"
# As revision 0001 made it: check compares the guard with this definition.
_SQLITE_NO_UPDATE = """CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END"""


def _rows(bind) -> list[tuple[ChainFields, str]]:
    result = bind.execute(sa.text(f"SELECT {_COLUMNS}, hash FROM audit_entry ORDER BY id"))
    return [(ChainFields(*row[:10]), row[10]) for row in result]


def _rechain(rows: list[tuple[ChainFields, str]], hash_of) -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER audit_entry_no_update")
    else:
        op.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_change")
    updates, prev = [], GENESIS
    for fields, _ in rows:
        fields = ChainFields(**{**fields.__dict__, "prev_hash": prev})
        prev = hash_of(fields)
        updates.append({"id": fields.id, "prev_hash": fields.prev_hash, "hash": prev})
    # prev_hash is unique: park every row on a value no hash can take, then write the new links.
    bind.execute(sa.text("UPDATE audit_entry SET prev_hash = 'rechain-' || CAST(id AS VARCHAR(20))"))
    bind.execute(sa.text("UPDATE audit_entry SET prev_hash = :prev_hash, hash = :hash WHERE id = :id"), updates)
    if sqlite:
        op.execute(_SQLITE_NO_UPDATE)
    else:
        op.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_change")


def upgrade() -> None:
    rows = _rows(op.get_bind())
    if not rows:
        return
    key = context.config.attributes.get("chain_key")
    if key is None:
        raise DatabaseKeyError("the audit chain cannot be keyed without its key", "audit_key_missing")
    breaks = find_breaks(rows, None)
    if breaks:
        raise DatabaseStateError(
            "the audit log was already broken before this upgrade (" + breaks[0] + "); the database is left as "
            "it was: keep it and its backup for whoever investigates",
            "audit_broken_before_upgrade",
        )
    _rechain(rows, lambda fields: compute_hash(fields, key))


def downgrade() -> None:
    rows = _rows(op.get_bind())
    if rows:
        _rechain(rows, plain_hash)
