"""Consents for SIP work: who gave them and how, what they cover, and their revocation."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hvbdesk.domain.sip_terms import ConsentHow, GiverKind, InformationKind, Organisation
from hvbdesk.store.base import Base, Versioned
from hvbdesk.store.types import enum_column


class Consent(Versioned, Base):
    """One consent of a young person, valid [given_on, valid_until] unless revoked from revoked_on."""

    __tablename__ = "consent"
    __table_args__ = (
        CheckConstraint("valid_until >= given_on", name="dates"),
        CheckConstraint("revoked_on IS NULL OR revoked_on >= given_on", name="revoked_after_given"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    given_on: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    young_person_view: Mapped[str] = mapped_column(Text, default="")  # the young person's own view, in words
    revoked_on: Mapped[dt.date | None] = mapped_column(Date)
    revoked_how: Mapped[str] = mapped_column(String(200), default="")
    registered_by: Mapped[str] = mapped_column(String(60))
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime)

    givers: Mapped[list[ConsentGiver]] = relationship(
        back_populates="consent", cascade="all, delete-orphan", order_by="ConsentGiver.id"
    )
    actors: Mapped[list[ConsentActor]] = relationship(
        back_populates="consent", cascade="all, delete-orphan", order_by="ConsentActor.id"
    )
    items: Mapped[list[ConsentItem]] = relationship(
        back_populates="consent", cascade="all, delete-orphan", order_by="ConsentItem.id"
    )


class ConsentGiver(Base):
    """The young person or one registered guardian, and how the consent was given."""

    __tablename__ = "consent_giver"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    consent_id: Mapped[int] = mapped_column(ForeignKey("consent.id", ondelete="CASCADE"), index=True)
    kind: Mapped[GiverKind] = mapped_column(enum_column(GiverKind, "giver_kind"))
    guardian_id: Mapped[int | None] = mapped_column(ForeignKey("guardian.id"))
    how: Mapped[ConsentHow] = mapped_column(enum_column(ConsentHow, "consent_how"))
    heard_by: Mapped[str] = mapped_column(String(120), default="")
    given_on: Mapped[dt.date] = mapped_column(Date)

    consent: Mapped[Consent] = relationship(back_populates="givers")


class ConsentActor(Base):
    """An organisation (and a named person in it, or anyone from it) that may take part and be told."""

    __tablename__ = "consent_actor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    consent_id: Mapped[int] = mapped_column(ForeignKey("consent.id", ondelete="CASCADE"), index=True)
    organisation: Mapped[Organisation] = mapped_column(enum_column(Organisation, "sip_organisation"))
    organisation_name: Mapped[str] = mapped_column(String(120), default="")
    person: Mapped[str] = mapped_column(String(120), default="")

    consent: Mapped[Consent] = relationship(back_populates="actors")


class ConsentItem(Base):
    """A kind of information the consent lets be shared, or (kind NULL) something the young person chose
    to keep out, in their words."""

    __tablename__ = "consent_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    consent_id: Mapped[int] = mapped_column(ForeignKey("consent.id", ondelete="CASCADE"), index=True)
    information: Mapped[InformationKind | None] = mapped_column(enum_column(InformationKind, "information_kind"))
    excluded: Mapped[str] = mapped_column(Text, default="")

    consent: Mapped[Consent] = relationship(back_populates="items")
