"""The journal (social documentation): drafts that autosave, signing, corrections, filtering."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hvbdesk.domain.enums import AuditAction, EntryStatus, JournalKind
from hvbdesk.domain.errors import NotFound, ValidationError
from hvbdesk.security.roles import Permission
from hvbdesk.services.audit import AuditLog
from hvbdesk.services.context import Actor, Clock, local_now
from hvbdesk.services.versions import check_version
from hvbdesk.store.database import Database
from hvbdesk.store.models import JournalEntry
from hvbdesk.store.repositories import accounts as accounts_repo
from hvbdesk.store.repositories import journal as journal_repo
from hvbdesk.store.repositories import residents as residents_repo
from hvbdesk.store.repositories.journal import JournalQuery

__all__ = ["DraftSaved", "EntryRow", "JournalQuery", "JournalService"]
MAX_TEXT = 20_000


@dataclass(frozen=True)
class EntryRow:
    id: int
    resident_id: int
    written_at: dt.datetime
    author: str  # the account's user name (what the filter by author takes)
    kind: JournalKind
    goal_key: str | None
    text: str
    status: EntryStatus
    signed_at: dt.datetime | None
    corrects_id: int | None
    corrected_by: list[int]
    version: int = 0  # as read: a draft saved from an older view is refused
    author_name: str = ""  # the name a person reads

    @property
    def is_signed(self) -> bool:
        return self.status is EntryStatus.SIGNED


def _row(e: JournalEntry, corrected_by: list[int], names: dict[str, str]) -> EntryRow:
    return EntryRow(
        e.id,
        e.resident_id,
        e.written_at,
        e.author,
        e.kind,
        e.goal_key,
        e.text,
        e.status,
        e.signed_at,
        e.corrects_id,
        corrected_by,
        e.version,
        names.get(e.author, e.author),
    )


@dataclass(frozen=True)
class DraftSaved:
    id: int
    version: int  # what the next save of this draft passes as seen_version


class JournalService:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock = local_now):
        self._db = db
        self._audit = audit
        self._clock = clock

    def save_draft(
        self,
        actor: Actor,
        resident_id: int,
        kind: JournalKind,
        written_at: dt.datetime,
        text: str,
        goal_key: str | None = None,
        draft_id: int | None = None,
        seen_version: int | None = None,
    ) -> DraftSaved:
        """Create or update the author's own draft. Called often (autosave): it must never lose text, so a
        draft saved meanwhile from another window or workstation (its version moved past `seen_version`) is
        refused with a conflict and the caller decides which text stays."""
        self._audit.require(actor, Permission.JOURNAL_WRITE, "journal_entry", draft_id or "", resident_id)
        if len(text) > MAX_TEXT:
            raise ValidationError.single("text", f"is longer than {MAX_TEXT} characters", "text_too_long")
        with self._db.unit_of_work() as session:
            if residents_repo.by_id(session, resident_id) is None:
                raise NotFound(f"no resident with id {resident_id}", "resident_missing", (resident_id,))
            if draft_id is None:
                entry = JournalEntry(
                    resident_id=resident_id,
                    author=actor.username,
                    kind=kind,
                    written_at=written_at,
                    goal_key=goal_key,
                    text=text,
                    saved_at=self._clock(),
                )
                session.add(entry)
                session.flush()
                self._audit.append(
                    session, actor.username, AuditAction.CREATE, "journal_entry", entry.id, resident_id, detail="draft"
                )
                return DraftSaved(entry.id, entry.version)
            entry = self._own_draft(session, actor, draft_id)
            check_version(session, entry, seen_version, "journal_entry", "stale_draft")
            entry.kind, entry.written_at, entry.text, entry.goal_key = kind, written_at, text, goal_key
            entry.saved_at = self._clock()
            self._audit.append(
                session, actor.username, AuditAction.UPDATE, "journal_entry", entry.id, resident_id, detail="draft"
            )
            session.flush()
            return DraftSaved(entry.id, entry.version)

    def draft(self, actor: Actor, entry_id: int) -> EntryRow:
        """One's own draft as it is stored now (to compare with what one has typed)."""
        self._audit.require(actor, Permission.JOURNAL_WRITE, "journal_entry", entry_id)
        with self._db.reading() as session:
            return _row(self._own_draft(session, actor, entry_id), [], accounts_repo.display_names(session))

    def _own_draft(self, session, actor: Actor, entry_id: int) -> JournalEntry:
        entry = journal_repo.by_id(session, entry_id)
        if entry is None:
            raise NotFound(f"no journal entry with id {entry_id}", "entry_missing", (entry_id,))
        if entry.status is EntryStatus.SIGNED:
            raise ValidationError.single("entry", "is signed and can no longer be changed", "entry_signed")
        if entry.author != actor.username:
            raise ValidationError.single("entry", "is someone else's draft", "draft_not_own")
        return entry

    def sign(self, actor: Actor, entry_id: int, seen_version: int | None = None) -> None:
        self._audit.require(actor, Permission.JOURNAL_WRITE, "journal_entry", entry_id)
        with self._db.unit_of_work() as session:
            entry = self._own_draft(session, actor, entry_id)
            check_version(session, entry, seen_version, "journal_entry", "stale_draft")
            if not entry.text.strip():
                raise ValidationError.single("text", "an empty entry cannot be signed", "text_empty")
            entry.status, entry.signed_at = EntryStatus.SIGNED, self._clock()
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "journal_entry",
                entry.id,
                entry.resident_id,
                detail="signed",
            )

    def discard_draft(self, actor: Actor, entry_id: int, seen_version: int | None = None) -> None:
        self._audit.require(actor, Permission.JOURNAL_WRITE, "journal_entry", entry_id)
        with self._db.unit_of_work() as session:
            entry = self._own_draft(session, actor, entry_id)
            check_version(session, entry, seen_version, "journal_entry", "stale_draft")
            resident_id = entry.resident_id
            session.delete(entry)
            self._audit.append(
                session,
                actor.username,
                AuditAction.UPDATE,
                "journal_entry",
                entry_id,
                resident_id,
                detail="draft discarded",
            )

    def correct(self, actor: Actor, entry_id: int, text: str) -> int:
        """A signed correction that points to the signed entry it corrects; the original stays as it was."""
        self._audit.require(actor, Permission.JOURNAL_WRITE, "journal_entry", entry_id)
        if not text.strip():
            raise ValidationError.single("text", "a correction needs text", "text_empty")
        with self._db.unit_of_work() as session:
            original = journal_repo.by_id(session, entry_id)
            if original is None:
                raise NotFound(f"no journal entry with id {entry_id}", "entry_missing", (entry_id,))
            if original.status is not EntryStatus.SIGNED:
                raise ValidationError.single("entry", "a draft is changed, not corrected", "entry_not_signed")
            now = self._clock()
            fix = JournalEntry(
                resident_id=original.resident_id,
                placement_id=original.placement_id,
                author=actor.username,
                kind=original.kind,
                written_at=now,
                goal_key=original.goal_key,
                text=text.strip(),
                status=EntryStatus.SIGNED,
                signed_at=now,
                corrects_id=original.id,
                saved_at=now,
            )
            session.add(fix)
            session.flush()
            self._audit.append(
                session,
                actor.username,
                AuditAction.CREATE,
                "journal_entry",
                fix.id,
                original.resident_id,
                detail=f"corrects {original.id}",
            )
            return fix.id

    def search(self, actor: Actor, query: JournalQuery) -> list[EntryRow]:
        self._audit.require(actor, Permission.JOURNAL_READ, "journal_entry", "", query.resident_id)
        with self._db.reading() as session:
            entries = journal_repo.search(session, query, actor.username)
            corrections = journal_repo.corrections_of(session, [e.id for e in entries])
            names = accounts_repo.display_names(session)
            rows = [_row(e, corrections.get(e.id, []), names) for e in entries]
        self._audit.record(
            actor,
            AuditAction.VIEW,
            "journal_entry",
            "",
            query.resident_id,
            detail=f"rows={len(rows)}",
        )
        return rows

    def my_drafts(self, actor: Actor, resident_id: int | None = None) -> list[EntryRow]:
        """Drafts left open (a closed window, a lock, a crash) so they can be taken up again."""
        self._audit.require(actor, Permission.JOURNAL_WRITE, "journal_entry", "", resident_id)
        with self._db.reading() as session:
            names = accounts_repo.display_names(session)
            return [_row(e, [], names) for e in journal_repo.drafts_of(session, actor.username, resident_id)]
