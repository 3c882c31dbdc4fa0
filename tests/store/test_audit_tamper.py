"""A log that keeps its promise (issue 11, finding 4): the chain is keyed, and its head is sealed outside
the table, so that rows changed with the chain recomputed, the last rows cut off, or the whole chain
re-made are found by `check`, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from hvbdesk.app import seal_audit_head
from hvbdesk.domain.enums import AuditAction
from hvbdesk.security.audit_chain import GENESIS, ChainFields, compute_hash, plain_hash
from hvbdesk.store.audit_anchor import ChainHead, read_head, write_head

COLUMNS = "id, at_utc, username, action, entity, entity_id, resident_id, workstation, detail, prev_hash"


@pytest.fixture
def logged(database, services, manager, tmp_path):
    """A database with a sealed head (on PostgreSQL, the workstation's own) and a few rows in its log."""
    if database.anchor_path is None:
        database.anchor_path = tmp_path / "workstation.audit-head"
        seal_audit_head(database)
    for n in range(6):
        services.audit.record(manager, AuditAction.VIEW, "resident", n)
    return services


def _guards_off(database) -> None:
    with database.engine.begin() as conn:
        if database.is_sqlite:
            conn.exec_driver_sql("DROP TRIGGER audit_entry_no_update")
            conn.exec_driver_sql("DROP TRIGGER audit_entry_no_delete")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_change")


def _rewrite(database, changed_id: int, hash_of) -> None:
    """Change one row's user name and recompute every hash from there, as someone with table access would."""
    _guards_off(database)
    with database.engine.begin() as conn:
        rows = conn.execute(text(f"SELECT {COLUMNS} FROM audit_entry ORDER BY id")).all()
        conn.execute(text("UPDATE audit_entry SET prev_hash = 'x' || CAST(id AS VARCHAR(20))"))
        prev = GENESIS
        for row in rows:
            fields = ChainFields(*row[:9], prev_hash=prev)
            if fields.id == changed_id:
                fields = ChainFields(**{**fields.__dict__, "username": "someone-else"})
            prev = hash_of(fields)
            conn.execute(
                text("UPDATE audit_entry SET username = :u, prev_hash = :p, hash = :h WHERE id = :id"),
                {"u": fields.username, "p": fields.prev_hash, "h": prev, "id": fields.id},
            )


def test_rows_changed_and_the_plain_chain_recomputed_are_found(logged, database):
    _rewrite(database, 3, plain_hash)
    problems = logged.system.check()
    assert "audit row 3 was changed after it was written" in problems
    assert "audit row 1 was changed after it was written" in problems  # every row: none is under the key


def test_the_whole_chain_remade_with_the_key_is_found_by_the_sealed_head(logged, database):
    assert logged.system.check() == []
    last = logged.audit.head().last_id
    _rewrite(database, 3, lambda fields: compute_hash(fields, database.chain_key))
    problems = logged.system.check()
    assert not [p for p in problems if p.startswith("audit row ") and "changed after" in p]  # the chain is whole
    assert f"audit row {last} is not the row {database.anchor_path.name} sealed: the log was rewritten" in problems


def test_the_last_rows_cut_off_are_found_by_the_sealed_head(logged, database):
    last = logged.audit.head().last_id
    _guards_off(database)
    with database.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE id > :keep"), {"keep": last - 4})
    assert logged.audit.verify_chain() == []  # a shorter chain is still a whole one
    assert (
        f"the audit log ends at row {last - 4} but {database.anchor_path.name} sealed row {last}: rows were removed"
        in logged.system.check()
    )


def test_the_sealed_head_follows_every_commit_and_never_goes_back(logged, database, manager):
    logged.audit.record(manager, AuditAction.VIEW, "resident", 99)
    assert read_head(database.anchor_path, database.chain_key) == logged.audit.head()
    newer = logged.audit.head()
    write_head(database.anchor_path, database.chain_key, newer)
    from hvbdesk.store.audit_anchor import advance_head

    advance_head(database.anchor_path, database.chain_key, ChainHead(1, "older"))
    assert read_head(database.anchor_path, database.chain_key) == newer


def test_a_removed_or_forged_head_file_is_reported(logged, database):
    if not database.is_sqlite:
        pytest.skip("the embedded database's head must be beside it; a workstation's is its own")
    database.anchor_path.write_text('{"format": "hvbdesk audit head v1", "last_id": 1, "last_hash": "0", "seal": "0"}')
    assert f"{database.anchor_path} is not an audit head sealed with this database's key" in logged.system.check()
    database.anchor_path.unlink()
    assert f"the audit log's sealed head {database.anchor_path} is missing" in logged.system.check()
