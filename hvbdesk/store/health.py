"""Low-level checks of the database file and schema, for `hvbdesk check`."""

from __future__ import annotations

from sqlalchemy import text

from hvbdesk.store.database import Database
from hvbdesk.store.engine import PLAIN_SQLITE_HEADER


def sqlite_problems(db: Database) -> list[str]:
    problems: list[str] = []
    if db.path is None:
        return ["the embedded database has no file"]
    with open(db.path, "rb") as fh:
        if fh.read(16) == PLAIN_SQLITE_HEADER:
            problems.append("the database file is not encrypted")
    with db.engine.connect() as conn:
        integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems += [f"integrity: {line}" for line in integrity[:10]]
        cipher = [r[0] for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
        problems += [f"cipher: {line}" for line in cipher[:10]]
        fk = list(conn.exec_driver_sql("PRAGMA foreign_key_check"))
        problems += [f"foreign key: table {r[0]} row {r[1]} points to a missing {r[2]}" for r in fk[:10]]
        if conn.exec_driver_sql("PRAGMA foreign_keys").scalar() != 1:
            problems.append("foreign keys are not enforced on this connection")
    return problems


def postgres_problems(db: Database) -> list[str]:
    problems = []
    with db.engine.connect() as conn:
        triggers = set(
            conn.execute(
                text("SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_entry'::regclass AND NOT tgisinternal")
            ).scalars()
        )
        for needed in ("audit_entry_no_change", "audit_entry_no_truncate"):
            if needed not in triggers:
                problems.append(f"the audit log's guard trigger {needed} is missing")
    return problems


def sqlite_guard_problems(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        names = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'").scalars())
    return [
        f"the database guard trigger {name} is missing"
        for name in (
            "audit_entry_no_update",
            "audit_entry_no_delete",
            "stay_segment_no_overlap_insert",
            "stay_segment_no_overlap_update",
        )
        if name not in names
    ]
