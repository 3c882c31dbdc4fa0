"""initial schema, with the database's own guards

The guards make the rules hold even for a second workstation or a hand-edited database:
the audit log refuses UPDATE and DELETE (and TRUNCATE on PostgreSQL), and no place holds two
stays at the same time (a trigger on SQLite, an exclusion constraint on PostgreSQL).

Revision ID: 0001
Revises:
Create Date: 2026-11-22 04:53:52.513768
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at_utc", sa.String(length=32), nullable=False),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=40), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("workstation", sa.String(length=80), nullable=False),
        sa.Column("detail", sa.String(length=200), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
        sa.UniqueConstraint("prev_hash", name=op.f("uq_audit_entry_prev_hash")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_at_utc"), ["at_utc"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_entity"), ["entity"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_resident_id"), ["resident_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_username"), ["username"], unique=False)

    op.create_table(
        "database_info",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_database_info")),
    )
    op.create_table(
        "municipality",
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_municipality")),
        sa.UniqueConstraint("name", name=op.f("uq_municipality_name")),
    )
    op.create_table(
        "place",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("ordinary", "acute", name="place_kind", native_enum=False, create_constraint=True, length=24),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place")),
        sa.UniqueConstraint("number", name=op.f("uq_place_number")),
    )
    op.create_table(
        "resident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("identity_number", sa.String(length=12), nullable=False),
        sa.Column("is_coordination_number", sa.Boolean(), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column(
            "gender",
            sa.Enum("kvinna", "man", "icke-binär", name="gender", native_enum=False, create_constraint=True, length=24),
            nullable=False,
        ),
        sa.Column(
            "legal_sex",
            sa.Enum("female", "male", name="legal_sex", native_enum=False, create_constraint=True, length=24),
            nullable=False,
        ),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resident")),
        sa.UniqueConstraint("identity_number", name=op.f("uq_resident_identity_number")),
    )
    op.create_table(
        "setting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_setting_dates")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_setting")),
    )
    with op.batch_alter_table("setting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_setting_key"), ["key"], unique=False)

    op.create_table(
        "guardian",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("relation", sa.String(length=60), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_guardian_resident_id_resident"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guardian")),
    )
    with op.batch_alter_table("guardian", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guardian_resident_id"), ["resident_id"], unique=False)

    op.create_table(
        "municipality_membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_code", sa.String(length=4), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_municipality_membership_dates")),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipality.code"],
            name=op.f("fk_municipality_membership_municipality_code_municipality"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipality_membership")),
    )
    with op.batch_alter_table("municipality_membership", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_municipality_membership_municipality_code"), ["municipality_code"], unique=False
        )

    op.create_table(
        "municipality_population",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_code", sa.String(length=4), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("population", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("population >= 0", name=op.f("ck_municipality_population_positive")),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipality.code"],
            name=op.f("fk_municipality_population_municipality_code_municipality"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipality_population")),
    )
    with op.batch_alter_table("municipality_population", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_municipality_population_municipality_code"), ["municipality_code"], unique=False
        )

    op.create_table(
        "placement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column(
            "legal_basis",
            sa.Enum(
                "SoL", "LVU2", "LVU3", "LVM", name="legal_basis", native_enum=False, create_constraint=True, length=24
            ),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.Enum("ordinary", "acute", name="placement_kind", native_enum=False, create_constraint=True, length=24),
            nullable=False,
        ),
        sa.Column("admitted_at", sa.DateTime(), nullable=False),
        sa.Column("planned_end", sa.Date(), nullable=False),
        sa.Column("discharged_at", sa.DateTime(), nullable=True),
        sa.Column(
            "discharge_reason",
            sa.Enum(
                "planned", "unplanned", name="discharge_reason", native_enum=False, create_constraint=True, length=24
            ),
            nullable=True,
        ),
        sa.Column("placing_municipality_code", sa.String(length=4), nullable=False),
        sa.Column("registered_municipality_code", sa.String(length=4), nullable=True),
        sa.Column("cost_split_settled_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=400), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "discharged_at IS NULL OR discharged_at >= admitted_at", name=op.f("ck_placement_discharge_after_admission")
        ),
        sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_placement_place_id_place")),
        sa.ForeignKeyConstraint(
            ["placing_municipality_code"],
            ["municipality.code"],
            name=op.f("fk_placement_placing_municipality_code_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["registered_municipality_code"],
            ["municipality.code"],
            name=op.f("fk_placement_registered_municipality_code_municipality"),
        ),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], name=op.f("fk_placement_resident_id_resident")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_placement_admitted_at"), ["admitted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_discharged_at"), ["discharged_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_place_id"), ["place_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_placement_placing_municipality_code"), ["placing_municipality_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_placement_resident_id"), ["resident_id"], unique=False)

    op.create_table(
        "staff_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "manager",
                "treatment_lead",
                "coordinator",
                "treatment_assistant",
                "physician",
                "psychologist",
                "nurse",
                name="staff_role",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "employer",
            sa.Enum("municipality", "region", name="employer", native_enum=False, create_constraint=True, length=24),
            nullable=False,
        ),
        sa.Column("employer_municipality_code", sa.String(length=4), nullable=True),
        sa.Column("fte_percent", sa.Integer(), nullable=True),
        sa.Column("weekdays_only", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "fte_percent IS NULL OR (fte_percent > 0 AND fte_percent <= 100)", name=op.f("ck_staff_member_fte_range")
        ),
        sa.ForeignKeyConstraint(
            ["employer_municipality_code"],
            ["municipality.code"],
            name=op.f("fk_staff_member_employer_municipality_code_municipality"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_member")),
    )
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "manager",
                "treatment_lead",
                "coordinator",
                "treatment_assistant",
                "physician",
                "psychologist",
                "nurse",
                "steering_viewer",
                name="account_role",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("staff_member_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_member_id"], ["staff_member.id"], name=op.f("fk_account_staff_member_id_staff_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("username", name=op.f("uq_account_username")),
    )
    op.create_table(
        "referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("placing_municipality_code", sa.String(length=4), nullable=False),
        sa.Column("social_services_contact", sa.String(length=160), nullable=False),
        sa.Column(
            "kind_requested",
            sa.Enum("ordinary", "acute", name="referral_kind", native_enum=False, create_constraint=True, length=24),
            nullable=False,
        ),
        sa.Column("wished_start", sa.Date(), nullable=True),
        sa.Column("age", sa.Integer(), nullable=False),
        sa.Column(
            "legal_basis",
            sa.Enum(
                "SoL",
                "LVU2",
                "LVU3",
                "LVM",
                name="referral_legal_basis",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "decision",
            sa.Enum(
                "pending",
                "accepted",
                "waiting",
                "declined",
                name="referral_decision",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decline_reason", sa.String(length=60), nullable=False),
        sa.Column("decision_note", sa.String(length=400), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["placement_id"], ["placement.id"], name=op.f("fk_referral_placement_id_placement")),
        sa.ForeignKeyConstraint(
            ["placing_municipality_code"],
            ["municipality.code"],
            name=op.f("fk_referral_placing_municipality_code_municipality"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_placing_municipality_code"), ["placing_municipality_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_referral_received_on"), ["received_on"], unique=False)

    _create_guards()


def downgrade() -> None:
    _drop_guards()
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_received_on"))
        batch_op.drop_index(batch_op.f("ix_referral_placing_municipality_code"))

    op.drop_table("referral")
    op.drop_table("account")
    op.drop_table("staff_member")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_resident_id"))
        batch_op.drop_index(batch_op.f("ix_placement_placing_municipality_code"))
        batch_op.drop_index(batch_op.f("ix_placement_place_id"))
        batch_op.drop_index(batch_op.f("ix_placement_discharged_at"))
        batch_op.drop_index(batch_op.f("ix_placement_admitted_at"))

    op.drop_table("placement")
    with op.batch_alter_table("municipality_population", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_municipality_population_municipality_code"))

    op.drop_table("municipality_population")
    with op.batch_alter_table("municipality_membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_municipality_membership_municipality_code"))

    op.drop_table("municipality_membership")
    with op.batch_alter_table("guardian", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_guardian_resident_id"))

    op.drop_table("guardian")
    with op.batch_alter_table("setting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_setting_key"))

    op.drop_table("setting")
    op.drop_table("resident")
    op.drop_table("place")
    op.drop_table("municipality")
    op.drop_table("database_info")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_username"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_resident_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_entity"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at_utc"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_action"))

    op.drop_table("audit_entry")


_SQLITE_GUARDS = [
    """CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END""",
    """CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END""",
    """CREATE TRIGGER placement_no_overlap_insert BEFORE INSERT ON placement
       WHEN EXISTS (SELECT 1 FROM placement p WHERE p.place_id = NEW.place_id
                    AND p.admitted_at < coalesce(NEW.discharged_at, '9999-12-31')
                    AND NEW.admitted_at < coalesce(p.discharged_at, '9999-12-31'))
       BEGIN SELECT RAISE(ABORT, 'place_overlap'); END""",
    """CREATE TRIGGER placement_no_overlap_update
       BEFORE UPDATE OF place_id, admitted_at, discharged_at ON placement
       WHEN EXISTS (SELECT 1 FROM placement p WHERE p.place_id = NEW.place_id AND p.id <> NEW.id
                    AND p.admitted_at < coalesce(NEW.discharged_at, '9999-12-31')
                    AND NEW.admitted_at < coalesce(p.discharged_at, '9999-12-31'))
       BEGIN SELECT RAISE(ABORT, 'place_overlap'); END""",
]

_POSTGRES_GUARDS = [
    """CREATE FUNCTION hvbdesk_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit_entry is append-only'; END $$""",
    """CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
       FOR EACH ROW EXECUTE FUNCTION hvbdesk_audit_append_only()""",
    """CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
       FOR EACH STATEMENT EXECUTE FUNCTION hvbdesk_audit_append_only()""",
    "CREATE EXTENSION IF NOT EXISTS btree_gist",
    """ALTER TABLE placement ADD CONSTRAINT placement_no_overlap EXCLUDE USING gist
       (place_id WITH =, tsrange(admitted_at, discharged_at, '[)') WITH &&)""",
]


def _create_guards() -> None:
    dialect = op.get_bind().dialect.name
    for statement in _SQLITE_GUARDS if dialect == "sqlite" else _POSTGRES_GUARDS:
        op.execute(statement)


def _drop_guards() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in (
            "audit_entry_no_update",
            "audit_entry_no_delete",
            "placement_no_overlap_insert",
            "placement_no_overlap_update",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("ALTER TABLE placement DROP CONSTRAINT IF EXISTS placement_no_overlap")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_change ON audit_entry")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS hvbdesk_audit_append_only()")
