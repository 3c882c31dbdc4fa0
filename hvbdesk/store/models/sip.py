"""The SIP (samordnad individuell plan) of a young person: meetings, participants, goals, needs and
actions, and the follow-up of each action."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hvbdesk.domain.sip_terms import FollowUpResult, InformationKind, MeetingKind, Organisation, SipEntryKind
from hvbdesk.store.base import Base, Versioned
from hvbdesk.store.types import enum_column


class Sip(Versioned, Base):
    __tablename__ = "sip"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    started_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    meetings: Mapped[list[SipMeeting]] = relationship(
        cascade="all, delete-orphan", order_by="SipMeeting.held_at", back_populates="sip"
    )
    participants: Mapped[list[SipParticipant]] = relationship(
        cascade="all, delete-orphan", order_by="SipParticipant.id", back_populates="sip"
    )
    entries: Mapped[list[SipEntry]] = relationship(
        cascade="all, delete-orphan", order_by="SipEntry.position", back_populates="sip"
    )


class SipMeeting(Base):
    __tablename__ = "sip_meeting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sip_id: Mapped[int] = mapped_column(ForeignKey("sip.id", ondelete="CASCADE"), index=True)
    kind: Mapped[MeetingKind] = mapped_column(enum_column(MeetingKind, "sip_meeting_kind"))
    held_at: Mapped[dt.datetime] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(160))
    initiated_by: Mapped[str] = mapped_column(String(160))
    coordinated_by: Mapped[str] = mapped_column(String(160))

    sip: Mapped[Sip] = relationship(back_populates="meetings")


class SipParticipant(Base):
    __tablename__ = "sip_participant"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sip_id: Mapped[int] = mapped_column(ForeignKey("sip.id", ondelete="CASCADE"), index=True)
    organisation: Mapped[Organisation] = mapped_column(enum_column(Organisation, "sip_organisation"))
    organisation_name: Mapped[str] = mapped_column(String(120), default="")
    person: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(120), default="")  # e.g. socialsekreterare, läkare

    sip: Mapped[Sip] = relationship(back_populates="participants")


class SipEntry(Base):
    """A goal in the young person's words, a need, or an action with who answers for it."""

    __tablename__ = "sip_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sip_id: Mapped[int] = mapped_column(ForeignKey("sip.id", ondelete="CASCADE"), index=True)
    kind: Mapped[SipEntryKind] = mapped_column(enum_column(SipEntryKind, "sip_entry_kind"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    information: Mapped[InformationKind | None] = mapped_column(enum_column(InformationKind, "information_kind"))
    organisation: Mapped[Organisation | None] = mapped_column(enum_column(Organisation, "sip_organisation"))
    organisation_name: Mapped[str] = mapped_column(String(120), default="")
    responsible_person: Mapped[str] = mapped_column(String(120), default="")
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)

    sip: Mapped[Sip] = relationship(back_populates="entries")
    follow_ups: Mapped[list[SipFollowUp]] = relationship(
        cascade="all, delete-orphan", order_by="SipFollowUp.followed_on", back_populates="entry"
    )


class SipFollowUp(Base):
    __tablename__ = "sip_follow_up"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("sip_entry.id", ondelete="CASCADE"), index=True)
    followed_on: Mapped[dt.date] = mapped_column(Date)
    result: Mapped[FollowUpResult] = mapped_column(enum_column(FollowUpResult, "sip_follow_up_result"))
    next_step: Mapped[str] = mapped_column(Text, default="")

    entry: Mapped[SipEntry] = relationship(back_populates="follow_ups")
