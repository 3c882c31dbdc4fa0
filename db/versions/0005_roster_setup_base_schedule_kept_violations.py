"""roster set-up, base schedule, wishes and kept violations

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 07:10:27.931530
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "roster_base",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("starts", sa.Date(), nullable=False),
        sa.Column("weeks", sa.Integer(), nullable=False),
        sa.Column("saved_by", sa.String(length=60), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("weeks >= 1", name=op.f("ck_roster_base_weeks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_base")),
    )
    op.create_table(
        "roster_demand",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_code", sa.String(length=8), nullable=False),
        sa.Column("day_kind", sa.Integer(), nullable=False),
        sa.Column("minimum", sa.Integer(), nullable=False),
        sa.Column("wished", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("day_kind >= 0 AND day_kind <= 7", name=op.f("ck_roster_demand_day_kind")),
        sa.CheckConstraint("minimum >= 0 AND wished >= minimum", name=op.f("ck_roster_demand_counts")),
        sa.CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_roster_demand_dates")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_demand")),
    )
    with op.batch_alter_table("roster_demand", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_demand_valid_from"), ["valid_from"], unique=False)

    op.create_table(
        "roster_shift_type",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("start", sa.String(length=5), nullable=False),
        sa.Column("end", sa.String(length=5), nullable=False),
        sa.Column("break_minutes", sa.Integer(), nullable=False),
        sa.Column("roles", sa.String(length=200), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_roster_shift_type_dates")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_shift_type")),
    )
    with op.batch_alter_table("roster_shift_type", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_shift_type_valid_from"), ["valid_from"], unique=False)

    op.create_table(
        "roster_base_cell",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("base_id", sa.Integer(), nullable=False),
        sa.Column("staff_member_id", sa.Integer(), nullable=False),
        sa.Column("day_index", sa.Integer(), nullable=False),
        sa.Column("shift", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(["base_id"], ["roster_base.id"], name=op.f("fk_roster_base_cell_base_id_roster_base")),
        sa.ForeignKeyConstraint(
            ["staff_member_id"], ["staff_member.id"], name=op.f("fk_roster_base_cell_staff_member_id_staff_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_base_cell")),
        sa.UniqueConstraint("base_id", "staff_member_id", "day_index", name="one_cell"),
    )
    with op.batch_alter_table("roster_base_cell", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_base_cell_base_id"), ["base_id"], unique=False)

    op.create_table(
        "roster_kept_violation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("rule", sa.String(length=30), nullable=False),
        sa.Column("staff_member_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("kept_by", sa.String(length=60), nullable=False),
        sa.Column("kept_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_member_id"], ["staff_member.id"], name=op.f("fk_roster_kept_violation_staff_member_id_staff_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_kept_violation")),
    )
    with op.batch_alter_table("roster_kept_violation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_kept_violation_staff_member_id"), ["staff_member_id"], unique=False)

    op.create_table(
        "roster_wish",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_member_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("shift", sa.String(length=8), nullable=True),
        sa.Column("want", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_member_id"], ["staff_member.id"], name=op.f("fk_roster_wish_staff_member_id_staff_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_wish")),
        sa.UniqueConstraint("staff_member_id", "day", name="one_wish_a_day"),
    )
    with op.batch_alter_table("roster_wish", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_wish_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_roster_wish_staff_member_id"), ["staff_member_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("roster_wish", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roster_wish_staff_member_id"))
        batch_op.drop_index(batch_op.f("ix_roster_wish_day"))

    op.drop_table("roster_wish")
    with op.batch_alter_table("roster_kept_violation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roster_kept_violation_staff_member_id"))

    op.drop_table("roster_kept_violation")
    with op.batch_alter_table("roster_base_cell", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roster_base_cell_base_id"))

    op.drop_table("roster_base_cell")
    with op.batch_alter_table("roster_shift_type", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roster_shift_type_valid_from"))

    op.drop_table("roster_shift_type")
    with op.batch_alter_table("roster_demand", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roster_demand_valid_from"))

    op.drop_table("roster_demand")
    op.drop_table("roster_base")
