"""SIP: the coordinated individual plan's meetings, participants, goals, needs, actions and follow-ups

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 18:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sip",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_by", sa.String(length=60), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], name=op.f("fk_sip_resident_id_resident")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sip")),
    )
    op.create_index(op.f("ix_sip_resident_id"), "sip", ["resident_id"], unique=False)
    op.create_table(
        "sip_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sip_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "goal", "need", "action", name="sip_entry_kind", native_enum=False, create_constraint=True, length=24
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "information",
            sa.Enum(
                "placement",
                "social",
                "school",
                "health",
                "psychiatric",
                "substance_use",
                name="information_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column(
            "organisation",
            sa.Enum(
                "social_services",
                "the_home",
                "school",
                "bup",
                "adult_psychiatry",
                "primary_care",
                "dental_care",
                "other",
                name="sip_organisation",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("organisation_name", sa.String(length=120), nullable=False),
        sa.Column("responsible_person", sa.String(length=120), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["sip_id"], ["sip.id"], name=op.f("fk_sip_entry_sip_id_sip"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sip_entry")),
    )
    op.create_index(op.f("ix_sip_entry_sip_id"), "sip_entry", ["sip_id"], unique=False)
    op.create_table(
        "sip_meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sip_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "first", "follow_up", name="sip_meeting_kind", native_enum=False, create_constraint=True, length=24
            ),
            nullable=False,
        ),
        sa.Column("held_at", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(length=160), nullable=False),
        sa.Column("initiated_by", sa.String(length=160), nullable=False),
        sa.Column("coordinated_by", sa.String(length=160), nullable=False),
        sa.ForeignKeyConstraint(["sip_id"], ["sip.id"], name=op.f("fk_sip_meeting_sip_id_sip"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sip_meeting")),
    )
    op.create_index(op.f("ix_sip_meeting_sip_id"), "sip_meeting", ["sip_id"], unique=False)
    op.create_table(
        "sip_participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sip_id", sa.Integer(), nullable=False),
        sa.Column(
            "organisation",
            sa.Enum(
                "social_services",
                "the_home",
                "school",
                "bup",
                "adult_psychiatry",
                "primary_care",
                "dental_care",
                "other",
                name="sip_organisation",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("organisation_name", sa.String(length=120), nullable=False),
        sa.Column("person", sa.String(length=120), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["sip_id"], ["sip.id"], name=op.f("fk_sip_participant_sip_id_sip"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sip_participant")),
    )
    op.create_index(op.f("ix_sip_participant_sip_id"), "sip_participant", ["sip_id"], unique=False)
    op.create_table(
        "sip_follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("followed_on", sa.Date(), nullable=False),
        sa.Column(
            "result",
            sa.Enum(
                "done",
                "partly",
                "not_done",
                name="sip_follow_up_result",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("next_step", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["sip_entry.id"], name=op.f("fk_sip_follow_up_entry_id_sip_entry"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sip_follow_up")),
    )
    op.create_index(op.f("ix_sip_follow_up_entry_id"), "sip_follow_up", ["entry_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_sip_follow_up_entry_id"), table_name="sip_follow_up")
    op.drop_table("sip_follow_up")
    op.drop_index(op.f("ix_sip_participant_sip_id"), table_name="sip_participant")
    op.drop_table("sip_participant")
    op.drop_index(op.f("ix_sip_meeting_sip_id"), table_name="sip_meeting")
    op.drop_table("sip_meeting")
    op.drop_index(op.f("ix_sip_entry_sip_id"), table_name="sip_entry")
    op.drop_table("sip_entry")
    op.drop_index(op.f("ix_sip_resident_id"), table_name="sip")
    op.drop_table("sip")
