"""login events: the growing delay and the lock after failed logins

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 16:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("workstation", sa.String(length=80), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_login_event_account_id_account")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_event")),
    )
    with op.batch_alter_table("login_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_login_event_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_login_event_workstation"), ["workstation"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("login_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_event_workstation"))
        batch_op.drop_index(batch_op.f("ix_login_event_account_id"))
    op.drop_table("login_event")
