"""contact persons, received care plans, implementation plans and the journal

Signed journal entries and established plans are guarded by the database: it refuses to change or
delete them, whatever program asks.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 05:52:28.222928
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "care_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column(
            "owner",
            sa.Enum(
                "social_services",
                "health_care",
                name="care_plan_owner",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("dated", sa.Date(), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("organisation", sa.String(length=120), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("document_ref", sa.String(length=120), nullable=False),
        sa.Column("registered_by", sa.String(length=60), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["placement_id"], ["placement.id"], name=op.f("fk_care_plan_placement_id_placement")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_plan")),
    )
    with op.batch_alter_table("care_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_care_plan_placement_id"), ["placement_id"], unique=False)

    op.create_table(
        "contact_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column("staff_member_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum("primary", "secondary", name="contact_role", native_enum=False, create_constraint=True, length=24),
            nullable=False,
        ),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("change_reason", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_contact_assignment_dates")),
        sa.ForeignKeyConstraint(
            ["placement_id"], ["placement.id"], name=op.f("fk_contact_assignment_placement_id_placement")
        ),
        sa.ForeignKeyConstraint(
            ["staff_member_id"], ["staff_member.id"], name=op.f("fk_contact_assignment_staff_member_id_staff_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_assignment")),
    )
    with op.batch_alter_table("contact_assignment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_assignment_placement_id"), ["placement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_assignment_staff_member_id"), ["staff_member_id"], unique=False)

    op.create_table(
        "implementation_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("draft", "established", name="plan_status", native_enum=False, create_constraint=True, length=24),
            nullable=False,
        ),
        sa.Column("phase", sa.Integer(), nullable=False),
        sa.Column("own_words", sa.Text(), nullable=False),
        sa.Column("participation", sa.Text(), nullable=False),
        sa.Column("established_on", sa.Date(), nullable=True),
        sa.Column("participants", sa.String(length=400), nullable=False),
        sa.Column("created_by", sa.String(length=60), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("phase BETWEEN 1 AND 3", name=op.f("ck_implementation_plan_phase")),
        sa.ForeignKeyConstraint(
            ["placement_id"], ["placement.id"], name=op.f("fk_implementation_plan_placement_id_placement")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_implementation_plan")),
        sa.UniqueConstraint("placement_id", "number", name="version_number"),
    )
    with op.batch_alter_table("implementation_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_implementation_plan_placement_id"), ["placement_id"], unique=False)

    op.create_table(
        "journal_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=True),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=60), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "daily_note",
                "conversation",
                "treatment_session",
                "social_services_contact",
                "incident",
                "other",
                name="journal_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("goal_key", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("draft", "signed", name="entry_status", native_enum=False, create_constraint=True, length=24),
            nullable=False,
        ),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["corrects_id"], ["journal_entry.id"], name=op.f("fk_journal_entry_corrects_id_journal_entry")
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"], ["placement.id"], name=op.f("fk_journal_entry_placement_id_placement")
        ),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], name=op.f("fk_journal_entry_resident_id_resident")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entry")),
    )
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journal_entry_author"), ["author"], unique=False)
        batch_op.create_index(batch_op.f("ix_journal_entry_corrects_id"), ["corrects_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_journal_entry_goal_key"), ["goal_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_journal_entry_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_journal_entry_resident_id"), ["resident_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_journal_entry_written_at"), ["written_at"], unique=False)
        batch_op.create_index("ix_journal_resident_time", ["resident_id", "written_at"], unique=False)

    op.create_table(
        "plan_followup",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("followed_up_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(length=60), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["implementation_plan.id"], name=op.f("fk_plan_followup_plan_id_implementation_plan")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_followup")),
    )
    with op.batch_alter_table("plan_followup", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_followup_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("need", sa.Text(), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("care_plan_link", sa.String(length=200), nullable=False),
        sa.Column("key", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["implementation_plan.id"], name=op.f("fk_plan_goal_plan_id_implementation_plan")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_goal")),
    )
    with op.batch_alter_table("plan_goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_goal_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "goal_followup",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("followup_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column(
            "result",
            sa.Enum(
                "reached",
                "partly",
                "not_reached",
                name="goal_result",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["followup_id"], ["plan_followup.id"], name=op.f("fk_goal_followup_followup_id_plan_followup")
        ),
        sa.ForeignKeyConstraint(["goal_id"], ["plan_goal.id"], name=op.f("fk_goal_followup_goal_id_plan_goal")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_followup")),
    )
    with op.batch_alter_table("goal_followup", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_followup_followup_id"), ["followup_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_followup_goal_id"), ["goal_id"], unique=False)

    op.create_table(
        "plan_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("how", sa.Text(), nullable=False),
        sa.Column("who_staff_id", sa.Integer(), nullable=True),
        sa.Column(
            "who_role",
            sa.Enum(
                "manager",
                "treatment_lead",
                "coordinator",
                "treatment_assistant",
                "physician",
                "psychologist",
                "nurse",
                name="action_role",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("when", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["goal_id"], ["plan_goal.id"], name=op.f("fk_plan_action_goal_id_plan_goal")),
        sa.ForeignKeyConstraint(
            ["who_staff_id"], ["staff_member.id"], name=op.f("fk_plan_action_who_staff_id_staff_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_action")),
    )
    with op.batch_alter_table("plan_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_action_goal_id"), ["goal_id"], unique=False)

    _create_guards()


def downgrade() -> None:
    _drop_guards()
    with op.batch_alter_table("plan_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_action_goal_id"))

    op.drop_table("plan_action")
    with op.batch_alter_table("goal_followup", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_followup_goal_id"))
        batch_op.drop_index(batch_op.f("ix_goal_followup_followup_id"))

    op.drop_table("goal_followup")
    with op.batch_alter_table("plan_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_goal_plan_id"))

    op.drop_table("plan_goal")
    with op.batch_alter_table("plan_followup", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_followup_plan_id"))

    op.drop_table("plan_followup")
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_journal_resident_time")
        batch_op.drop_index(batch_op.f("ix_journal_entry_written_at"))
        batch_op.drop_index(batch_op.f("ix_journal_entry_resident_id"))
        batch_op.drop_index(batch_op.f("ix_journal_entry_kind"))
        batch_op.drop_index(batch_op.f("ix_journal_entry_goal_key"))
        batch_op.drop_index(batch_op.f("ix_journal_entry_corrects_id"))
        batch_op.drop_index(batch_op.f("ix_journal_entry_author"))

    op.drop_table("journal_entry")
    with op.batch_alter_table("implementation_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_implementation_plan_placement_id"))

    op.drop_table("implementation_plan")
    with op.batch_alter_table("contact_assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_assignment_staff_member_id"))
        batch_op.drop_index(batch_op.f("ix_contact_assignment_placement_id"))

    op.drop_table("contact_assignment")
    with op.batch_alter_table("care_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_plan_placement_id"))

    op.drop_table("care_plan")


_GUARDED = [
    ("journal_entry", "signed", "signed journal entries are never changed"),
    ("implementation_plan", "established", "established plans are never changed"),
]


def _create_guards() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table, status, message in _GUARDED:
            for event in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_{status}_no_{event.lower()} BEFORE {event} ON {table} "
                    f"WHEN OLD.status = '{status}' BEGIN SELECT RAISE(ABORT, '{message}'); END"
                )
        return
    for table, status, message in _GUARDED:
        op.execute(f"""CREATE FUNCTION {table}_{status}_guard() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF OLD.status = '{status}' THEN RAISE EXCEPTION '{message}'; END IF;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$""")
        op.execute(
            f"CREATE TRIGGER {table}_{status}_guard BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_{status}_guard()"
        )


def _drop_guards() -> None:
    for table, status, _ in _GUARDED:
        if op.get_bind().dialect.name == "sqlite":
            for event in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{status}_no_{event}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_{status}_guard ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {table}_{status}_guard()")
