"""consents for SIP work: givers, actors, information kinds and exclusions

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 18:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("young_person_view", sa.Text(), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("revoked_how", sa.String(length=200), nullable=False),
        sa.Column("registered_by", sa.String(length=60), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("revoked_on IS NULL OR revoked_on >= given_on", name=op.f("ck_consent_revoked_after_given")),
        sa.CheckConstraint("valid_until >= given_on", name=op.f("ck_consent_dates")),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], name=op.f("fk_consent_resident_id_resident")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    op.create_index(op.f("ix_consent_resident_id"), "consent", ["resident_id"], unique=False)
    op.create_table(
        "consent_actor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["consent_id"], ["consent.id"], name=op.f("fk_consent_actor_consent_id_consent"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_actor")),
    )
    op.create_index(op.f("ix_consent_actor_consent_id"), "consent_actor", ["consent_id"], unique=False)
    op.create_table(
        "consent_giver",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "young_person", "guardian", name="giver_kind", native_enum=False, create_constraint=True, length=24
            ),
            nullable=False,
        ),
        sa.Column("guardian_id", sa.Integer(), nullable=True),
        sa.Column(
            "how",
            sa.Enum(
                "written", "oral", "other", name="consent_how", native_enum=False, create_constraint=True, length=24
            ),
            nullable=False,
        ),
        sa.Column("heard_by", sa.String(length=120), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consent_id"], ["consent.id"], name=op.f("fk_consent_giver_consent_id_consent"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["guardian_id"], ["guardian.id"], name=op.f("fk_consent_giver_guardian_id_guardian")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_giver")),
    )
    op.create_index(op.f("ix_consent_giver_consent_id"), "consent_giver", ["consent_id"], unique=False)
    op.create_table(
        "consent_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=False),
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
        sa.Column("excluded", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consent_id"], ["consent.id"], name=op.f("fk_consent_item_consent_id_consent"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_item")),
    )
    op.create_index(op.f("ix_consent_item_consent_id"), "consent_item", ["consent_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_consent_item_consent_id"), table_name="consent_item")
    op.drop_table("consent_item")
    op.drop_index(op.f("ix_consent_giver_consent_id"), table_name="consent_giver")
    op.drop_table("consent_giver")
    op.drop_index(op.f("ix_consent_actor_consent_id"), table_name="consent_actor")
    op.drop_table("consent_actor")
    op.drop_index(op.f("ix_consent_resident_id"), table_name="consent")
    op.drop_table("consent")
