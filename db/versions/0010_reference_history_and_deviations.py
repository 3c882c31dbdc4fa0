"""Reference data with history (population source, first-year fees, start of operation) and deviations

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 20:10:00.000000
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_FIRST_YEAR = {
    "fees.day_fee_member": ("fees.day_fee_member_first_year", "3700"),
    "fees.day_fee_non_member": ("fees.day_fee_non_member_first_year", "4810"),
}
_TIMELESS_FROM = dt.date(2000, 1, 1)

setting = sa.table(
    "setting",
    sa.column("id", sa.Integer),
    sa.column("key", sa.String),
    sa.column("value", sa.String),
    sa.column("valid_from", sa.Date),
    sa.column("valid_to", sa.Date),
    sa.column("version", sa.Integer),
)


def upgrade() -> None:
    with op.batch_alter_table("municipality_population", schema=None) as batch_op:
        batch_op.add_column(sa.Column("as_of", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("source", sa.String(length=200), nullable=False, server_default=""))
    op.create_table(
        "deviation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "own_work",
                "social_services",
                "region",
                "medication",
                "violence_threat",
                "absconding",
                "other",
                name="deviation_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("immediate_action", sa.Text(), nullable=False),
        sa.Column("registered_by", sa.String(length=60), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("open", "closed", name="deviation_status", native_enum=False, create_constraint=True, length=24),
            nullable=False,
        ),
        sa.Column("analysis", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("closed_by", sa.String(length=60), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("reported_lex_sarah", sa.Boolean(), nullable=False),
        sa.Column("reported_region", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], name=op.f("fk_deviation_resident_id_resident")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deviation")),
    )
    op.create_index(op.f("ix_deviation_occurred_on"), "deviation", ["occurred_on"], unique=False)
    op.create_index(op.f("ix_deviation_resident_id"), "deviation", ["resident_id"], unique=False)
    _split_first_year_fees()


def _split_first_year_fees() -> None:
    """Earlier versions wrote the first-year fee as the fee's first row, ending a year after the database
    was made. It becomes a setting of its own, and that first day the start of operation (the manager
    corrects it where the database was made later than the home opened)."""
    bind = op.get_bind()
    if bind.execute(sa.select(setting.c.id).limit(1)).first() is None:
        return  # an empty database: the seed writes everything
    operation_start: dt.date | None = None
    for key, (first_key, default) in _FIRST_YEAR.items():
        rows = bind.execute(
            sa.select(setting.c.id, setting.c.value, setting.c.valid_from, setting.c.valid_to)
            .where(setting.c.key == key)
            .order_by(setting.c.valid_from)
        ).all()
        first_value, since = default, rows[0].valid_from if rows else _TIMELESS_FROM
        if len(rows) >= 2 and rows[0].valid_to is not None and rows[1].valid_from == rows[0].valid_to + dt.timedelta(1):
            first_value = rows[0].value
            operation_start = operation_start or rows[0].valid_from
            bind.execute(sa.delete(setting).where(setting.c.id == rows[0].id))
            bind.execute(sa.update(setting).where(setting.c.id == rows[1].id).values(valid_from=rows[0].valid_from))
        bind.execute(
            sa.insert(setting).values(key=first_key, value=first_value, valid_from=since, valid_to=None, version=1)
        )
    if operation_start is None:
        earliest = bind.execute(sa.select(sa.func.min(setting.c.valid_from))).scalar()
        operation_start = earliest or _TIMELESS_FROM
    bind.execute(
        sa.insert(setting).values(
            key="home.operation_start",
            value=operation_start.isoformat(),
            valid_from=_TIMELESS_FROM,
            valid_to=None,
            version=1,
        )
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_deviation_resident_id"), table_name="deviation")
    op.drop_index(op.f("ix_deviation_occurred_on"), table_name="deviation")
    op.drop_table("deviation")
    with op.batch_alter_table("municipality_population", schema=None) as batch_op:
        batch_op.drop_column("source")
        batch_op.drop_column("as_of")
    bind = op.get_bind()
    bind.execute(
        sa.delete(setting).where(setting.c.key.in_(["home.operation_start", *[k for k, _ in _FIRST_YEAR.values()]]))
    )
