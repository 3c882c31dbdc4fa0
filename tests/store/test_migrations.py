"""Schema upgrades: to head at start, with a verified backup first when data is there."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import inspect, text

from hvbdesk.store import migrate
from hvbdesk.store.backup import verify_copy

ROOT = Path(__file__).resolve().parents[2]

NEXT_REVISION = """
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
"""


def test_head_constant_matches_the_scripts():
    assert migrate.HEAD == migrate.head_revision()


def test_fresh_database_is_at_head(database):
    assert migrate.current_revision(database) == migrate.head_revision()
    assert migrate.upgrade(database) is None  # nothing to do, no backup


def test_upgrade_backs_up_first_then_migrates(database, tmp_path, monkeypatch):
    scripts = tmp_path / "db"
    shutil.copytree(ROOT / "db", scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_test_next.py").write_text(NEXT_REVISION.format(head=migrate.head_revision()))
    head = migrate.head_revision()
    monkeypatch.setattr(migrate, "resource_path", lambda name: scripts)
    backup = migrate.upgrade(database, tmp_path / "backups")
    assert migrate.current_revision(database) == "9999"
    assert "label" in {c["name"] for c in inspect(database.engine).get_columns("place")}
    if database.is_sqlite:
        assert backup is not None and backup.name.startswith(f"before-migration-{head}-")
        counts = verify_copy(backup, database.key, None)
        assert counts["place"] == 10 and counts["alembic_version"] == 1
    else:
        assert backup is None  # PostgreSQL: transactional DDL, server backups by pg_dump


def test_upgrade_from_0001_gives_each_stay_a_segment(tmp_path):
    """A database made before stays had segments keeps its stays, now with one segment each."""
    import datetime as dt

    from alembic import command
    from sqlalchemy import text

    from hvbdesk.security.keystore import DatabaseKey
    from hvbdesk.store.database import Database
    from hvbdesk.store.engine import sqlcipher_engine

    path, key = tmp_path / "old.db", DatabaseKey.random()
    db = Database(sqlcipher_engine(path, key, create=True), str(path), path, key)
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO municipality (code, name, version) VALUES ('2081', 'Borlänge', 1)"))
        conn.execute(text("INSERT INTO place (id, number, kind, active, version) VALUES (1, 1, 'ordinary', 1, 1)"))
        conn.execute(
            text(
                "INSERT INTO resident (id, identity_number, is_coordination_number, first_name, last_name, "
                "gender, legal_sex, birth_date, created_at, version) VALUES (1, '200801019829', 0, 'A', 'B', "
                "'kvinna', 'female', '2008-01-01', '2026-01-01 00:00:00', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO placement (id, resident_id, place_id, legal_basis, kind, admitted_at, planned_end, "
                "placing_municipality_code, note, version) VALUES (1, 1, 1, 'SoL', 'ordinary', "
                "'2026-01-10 10:00:00.000000', '2026-05-01', '2081', '', 1)"
            )
        )
    migrate.upgrade(db, tmp_path / "backups")
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT placement_id, place_id, start_at, end_at FROM stay_segment")).all()
    assert [(r[0], r[1], r[3]) for r in rows] == [(1, 1, None)]
    assert dt.datetime.fromisoformat(str(rows[0][2])) == dt.datetime(2026, 1, 10, 10)
    assert list((tmp_path / "backups").glob("before-migration-0001-*"))
    db.dispose()


def _to(database, revision: str, direction: str = "downgrade") -> None:
    from alembic import command

    cfg = migrate.alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        cfg.attributes["chain_key"] = database.chain_key
        getattr(command, direction)(cfg, revision)


def test_revision_0007_keys_an_existing_log_after_verifying_it(database, services, manager):
    """A log written before the chain was keyed (plain SHA-256) is verified, then re-chained under the key."""
    from hvbdesk.security.audit_chain import ChainFields, find_breaks

    _to(database, "0006")
    with database.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM audit_entry ORDER BY id")).mappings().all()
    plain = [(ChainFields(**{k: r[k] for k in ChainFields.__dataclass_fields__}), r["hash"]) for r in rows]
    assert len(plain) >= 2 and find_breaks(plain, None) == []  # the old chain, whole
    migrate.upgrade(database)
    assert migrate.current_revision(database) == migrate.HEAD
    assert services.audit.verify_chain() == [] and services.system.check() == []


def test_revision_0007_refuses_to_key_a_log_that_was_already_broken(database, services, manager):
    import pytest

    from hvbdesk.domain.errors import DatabaseStateError

    _to(database, "0006")
    with database.engine.begin() as conn:
        if database.is_sqlite:
            conn.exec_driver_sql("DROP TRIGGER audit_entry_no_update")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_change")
        conn.execute(text("UPDATE audit_entry SET username = 'someone-else' WHERE id = 1"))
    with pytest.raises(DatabaseStateError) as err:
        migrate.upgrade(database)
    assert err.value.code == "audit_broken_before_upgrade"
    assert migrate.current_revision(database) == "0006"  # nothing laundered: left as it was


def test_revision_0010_turns_the_first_year_rows_into_a_setting_and_a_start_of_operation(database, services):
    """Earlier versions wrote the first-year fee as the fee's first row, ending a year after the database
    was made: after the upgrade that row is a setting of its own and its first day the start of operation."""
    import datetime as dt

    _to(database, "0009")
    with database.engine.begin() as conn:
        conn.execute(text("DELETE FROM setting WHERE key IN ('fees.day_fee_member', 'fees.day_fee_non_member')"))
        for key, first, later in (("fees.day_fee_member", 3700, 3470), ("fees.day_fee_non_member", 4810, 4510)):
            conn.execute(
                text(
                    "INSERT INTO setting (key, value, valid_from, valid_to, version) VALUES "
                    "(:k, :v1, '2021-03-01', '2022-02-28', 1), (:k, :v2, '2022-03-01', NULL, 1)"
                ),
                {"k": key, "v1": str(first), "v2": str(later)},
            )
    migrate.upgrade(database)
    history = services.reference_data.history()
    assert history.operation_start == dt.date(2021, 3, 1)
    assert history.setting_on("fees.day_fee_member_first_year", dt.date(2021, 6, 1)) == 3700
    assert history.day_fee("2082", dt.date(2021, 6, 1)) == 4810  # Säter, never a member, in the first year
    assert history.day_fee("2081", dt.date(2022, 6, 1)) == 3470 and history.day_fee("2082", dt.date(2022, 6, 1)) == 4510
    assert [(r.value, r.valid_from) for r in services.settings.history(_manager(services), "fees.day_fee_member")] == [
        ("3470", dt.date(2021, 3, 1))
    ]
    assert "source" in {c["name"] for c in inspect(database.engine).get_columns("municipality_population")}


def _manager(services):
    from tests.conftest import PASSWORD

    if not services.users.has_accounts():
        services.users.create_first_manager("chef", PASSWORD, "Föreståndaren")
    return services.users.authenticate("chef", PASSWORD)
