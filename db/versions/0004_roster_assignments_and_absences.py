"""roster assignments and absences

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 06:35:15.583278
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "roster_absence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_member_id", sa.Integer(), nullable=False),
        sa.Column("first", sa.Date(), nullable=False),
        sa.Column("last", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_member_id"], ["staff_member.id"], name=op.f("fk_roster_absence_staff_member_id_staff_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_absence")),
    )
    with op.batch_alter_table("roster_absence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_absence_staff_member_id"), ["staff_member_id"], unique=False)

    op.create_table(
        "roster_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_member_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("shift", sa.String(length=8), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("saved_by", sa.String(length=60), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_member_id"], ["staff_member.id"], name=op.f("fk_roster_assignment_staff_member_id_staff_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_assignment")),
        sa.UniqueConstraint("staff_member_id", "day", name="one_shift_a_day"),
    )
    with op.batch_alter_table("roster_assignment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_assignment_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_roster_assignment_staff_member_id"), ["staff_member_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("roster_assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roster_assignment_staff_member_id"))
        batch_op.drop_index(batch_op.f("ix_roster_assignment_day"))

    op.drop_table("roster_assignment")
    with op.batch_alter_table("roster_absence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roster_absence_staff_member_id"))

    op.drop_table("roster_absence")
