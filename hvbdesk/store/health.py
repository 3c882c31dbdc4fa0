"""Low-level checks of the database file and schema, for `hvbdesk check`."""

from __future__ import annotations

import hashlib

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
    with db.read_connection() as conn:
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


def fingerprint(*parts: object) -> str:
    """A guard's definition in short: whitespace and case do not count, every other character does."""
    text_ = " | ".join(" ".join(str(p).split()) for p in parts).lower()
    return hashlib.sha256(text_.encode()).hexdigest()[:16]


# Every guard as the migrations make it. A guard dropped, renamed, replaced by a no-op of the same name or
# switched off is found by its definition, not only its name (tests/store/test_guard_definitions.py keeps
# these equal to what the migrations create).
SQLITE_GUARDS = {
    "audit_entry_no_delete": "760443c54742a7d4",
    "audit_entry_no_update": "3b8951ca01b364ab",
    "implementation_plan_established_no_delete": "aa6e75071787bc60",
    "implementation_plan_established_no_update": "eb8f6bfd64f2e415",
    "journal_entry_signed_no_delete": "3047a715ba5f0c3c",
    "journal_entry_signed_no_update": "a6ff2ae56deead0b",
    "stay_segment_no_overlap_insert": "2a475079bb6671cd",
    "stay_segment_no_overlap_update": "adadbd785d3e8502",
}
POSTGRES_GUARDS = {
    "audit_entry_no_change": "79c4be4be07aee28",
    "audit_entry_no_truncate": "74231fe3d38c13e7",
    "implementation_plan_established_guard": "9f72fcd73e675f61",
    "journal_entry_signed_guard": "b2d17733ff3a1b28",
    "placement_no_overlap": "8274dc234224d357",  # the exclusion constraint on stay_segment
}


def sqlite_guards(db: Database) -> dict[str, str]:
    with db.read_connection() as conn:
        rows = conn.exec_driver_sql("SELECT name, tbl_name, sql FROM sqlite_master WHERE type='trigger'")
        return {name: fingerprint(table, sql) for name, table, sql in rows}


def postgres_guards(db: Database) -> dict[str, str]:
    with db.read_connection() as conn:
        triggers = conn.execute(
            text(
                "SELECT t.tgname, t.tgrelid::regclass::text, p.prosrc, t.tgtype, t.tgenabled "
                "FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal"
            )
        )
        found = {name: fingerprint(table, source, kind, enabled) for name, table, source, kind, enabled in triggers}
        constraints = conn.execute(
            text(
                "SELECT conname, conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE contype = 'x'"
            )
        )
        found.update({name: fingerprint(table, definition) for name, table, definition in constraints})
    return found


def _guard_problems(found: dict[str, str], expected: dict[str, str]) -> list[str]:
    problems = []
    for name, wanted in expected.items():
        if name not in found:
            problems.append(f"the database guard {name} is missing")
        elif found[name] != wanted:
            problems.append(f"the database guard {name} has been changed (it is not the one the program made)")
    return problems


def postgres_problems(db: Database) -> list[str]:
    return _guard_problems(postgres_guards(db), POSTGRES_GUARDS)


def sqlite_guard_problems(db: Database) -> list[str]:
    return _guard_problems(sqlite_guards(db), SQLITE_GUARDS)


def postgres_tls(db: Database) -> bool:
    with db.read_connection() as conn:
        return bool(conn.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar())
