"""`check` knows every guard by its definition (issue 11, finding 4): a guard replaced by a no-op of the
same name, or dropped, is found, on SQLite and PostgreSQL, including the journal's and the plans'."""

from __future__ import annotations

from sqlalchemy import text

from hvbdesk.store import health


def _guards(database) -> tuple[dict[str, str], dict[str, str]]:
    if database.is_sqlite:
        return health.sqlite_guards(database), health.SQLITE_GUARDS
    return health.postgres_guards(database), health.POSTGRES_GUARDS


def test_the_fingerprints_are_those_of_the_guards_the_migrations_make(database):
    found, expected = _guards(database)
    assert {name: found.get(name) for name in expected} == expected


def test_a_guard_replaced_by_a_no_op_of_the_same_name_is_found(database, services, manager):
    with database.engine.begin() as conn:
        if database.is_sqlite:
            conn.exec_driver_sql("DROP TRIGGER audit_entry_no_delete")
            conn.exec_driver_sql(
                "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN SELECT 1; END"
            )
            conn.exec_driver_sql("DROP TRIGGER journal_entry_signed_no_update")
        else:
            conn.execute(
                text(
                    "CREATE OR REPLACE FUNCTION hvbdesk_audit_append_only() RETURNS trigger AS "
                    "$$ BEGIN RETURN OLD; END $$ LANGUAGE plpgsql"
                )
            )
            conn.execute(text("ALTER TABLE journal_entry DISABLE TRIGGER journal_entry_signed_guard"))
    problems = services.system.check()
    if database.is_sqlite:
        assert (
            "the database guard audit_entry_no_delete has been changed (it is not the one the program made)" in problems
        )
        assert "the database guard journal_entry_signed_no_update is missing" in problems
    else:
        assert (
            "the database guard audit_entry_no_change has been changed (it is not the one the program made)" in problems
        )
        assert (
            "the database guard journal_entry_signed_guard has been changed (it is not the one the program made)"
            in problems
        )
