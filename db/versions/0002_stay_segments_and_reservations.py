"""stay segments, reservations and discharge details

A stay's places over time become segments, so that a move keeps the history and the guard
against double-booking looks at where each stay really was. Existing stays get one segment each.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 05:22:21.123922
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stay_segment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("start_at", sa.DateTime(), nullable=False),
        sa.Column("end_at", sa.DateTime(), nullable=True),
        sa.Column("move_reason", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("end_at IS NULL OR end_at >= start_at", name=op.f("ck_stay_segment_end_after_start")),
        sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_stay_segment_place_id_place")),
        sa.ForeignKeyConstraint(
            ["placement_id"], ["placement.id"], name=op.f("fk_stay_segment_placement_id_placement")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stay_segment")),
    )
    with op.batch_alter_table("stay_segment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stay_segment_end_at"), ["end_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_stay_segment_place_id"), ["place_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stay_segment_placement_id"), ["placement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stay_segment_start_at"), ["start_at"], unique=False)

    op.create_table(
        "reservation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=True),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "admitted",
                "cancelled",
                name="reservation_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("placement_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("ends_on > starts_on", name=op.f("ck_reservation_dates")),
        sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_reservation_place_id_place")),
        sa.ForeignKeyConstraint(["placement_id"], ["placement.id"], name=op.f("fk_reservation_placement_id_placement")),
        sa.ForeignKeyConstraint(["referral_id"], ["referral.id"], name=op.f("fk_reservation_referral_id_referral")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reservation")),
    )
    with op.batch_alter_table("reservation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reservation_place_id"), ["place_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reservation_referral_id"), ["referral_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reservation_starts_on"), ["starts_on"], unique=False)

    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "discharge_destination",
                sa.Enum(
                    "home",
                    "other_hvb",
                    "own_housing",
                    "sis",
                    "other",
                    name="discharge_destination",
                    native_enum=False,
                    create_constraint=True,
                    length=24,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("aftercare_note", sa.String(length=1000), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("discharge_planned", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("extensions", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("override_note", sa.String(length=1000), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("referral_id", sa.Integer(), nullable=True))

    op.execute(
        "INSERT INTO stay_segment (placement_id, place_id, start_at, end_at, move_reason, version) "
        "SELECT id, place_id, admitted_at, discharged_at, '', 1 FROM placement"
    )
    _move_guard_to_segments()


def downgrade() -> None:
    _move_guard_back_to_placements()
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_column("referral_id")
        batch_op.drop_column("override_note")
        batch_op.drop_column("extensions")
        batch_op.drop_column("discharge_planned")
        batch_op.drop_column("aftercare_note")
        batch_op.drop_column("discharge_destination")

    with op.batch_alter_table("reservation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reservation_starts_on"))
        batch_op.drop_index(batch_op.f("ix_reservation_referral_id"))
        batch_op.drop_index(batch_op.f("ix_reservation_place_id"))

    op.drop_table("reservation")
    with op.batch_alter_table("stay_segment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stay_segment_start_at"))
        batch_op.drop_index(batch_op.f("ix_stay_segment_placement_id"))
        batch_op.drop_index(batch_op.f("ix_stay_segment_place_id"))
        batch_op.drop_index(batch_op.f("ix_stay_segment_end_at"))

    op.drop_table("stay_segment")


_SQLITE_SEGMENT_GUARD = """
    CREATE TRIGGER stay_segment_no_overlap_{event} BEFORE {when} ON stay_segment
    WHEN EXISTS (SELECT 1 FROM stay_segment s WHERE s.place_id = NEW.place_id AND s.id IS NOT NEW.id
                 AND s.start_at < coalesce(NEW.end_at, '9999-12-31')
                 AND NEW.start_at < coalesce(s.end_at, '9999-12-31'))
    BEGIN SELECT RAISE(ABORT, 'place_overlap'); END"""


def _move_guard_to_segments() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # batch_alter_table may have rebuilt placement (and dropped its triggers) already
        op.execute("DROP TRIGGER IF EXISTS placement_no_overlap_insert")
        op.execute("DROP TRIGGER IF EXISTS placement_no_overlap_update")
        op.execute(_SQLITE_SEGMENT_GUARD.format(event="insert", when="INSERT"))
        op.execute(_SQLITE_SEGMENT_GUARD.format(event="update", when="UPDATE OF place_id, start_at, end_at"))
    else:
        op.execute("ALTER TABLE placement DROP CONSTRAINT placement_no_overlap")
        op.execute(
            "ALTER TABLE stay_segment ADD CONSTRAINT placement_no_overlap EXCLUDE USING gist "
            "(place_id WITH =, tsrange(start_at, end_at, '[)') WITH &&)"
        )


def _move_guard_back_to_placements() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER stay_segment_no_overlap_insert")
        op.execute("DROP TRIGGER stay_segment_no_overlap_update")
        for event, when in (("insert", "INSERT"), ("update", "UPDATE OF place_id, admitted_at, discharged_at")):
            op.execute(
                f"CREATE TRIGGER placement_no_overlap_{event} BEFORE {when} ON placement "
                "WHEN EXISTS (SELECT 1 FROM placement p WHERE p.place_id = NEW.place_id AND p.id IS NOT NEW.id "
                "AND p.admitted_at < coalesce(NEW.discharged_at, '9999-12-31') "
                "AND NEW.admitted_at < coalesce(p.discharged_at, '9999-12-31')) "
                "BEGIN SELECT RAISE(ABORT, 'place_overlap'); END"
            )
    else:
        op.execute("ALTER TABLE stay_segment DROP CONSTRAINT placement_no_overlap")
        op.execute(
            "ALTER TABLE placement ADD CONSTRAINT placement_no_overlap EXCLUDE USING gist "
            "(place_id WITH =, tsrange(admitted_at, discharged_at, '[)') WITH &&)"
        )
