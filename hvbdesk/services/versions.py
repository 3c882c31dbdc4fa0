"""Optimistic concurrency: every edit carries what the user's screen showed, and a save made from an
older view is refused, naming who changed the record since and when (from the audit log)."""

from __future__ import annotations

import hashlib

from sqlalchemy.orm import Session

from hvbdesk.domain.errors import ConflictError
from hvbdesk.store.repositories import audit as audit_repo


def state_token(*parts: object) -> str:
    """What a screen showed of something that is not one versioned row (a setting's history, a roster
    period, a stay's contact persons), in short: equal tokens, equal contents."""
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:16]


def refuse_stale(session: Session, entity: str, entity_id: object, code: str) -> None:
    who, when = audit_repo.last_change(session, entity, entity_id)
    raise ConflictError(f"{who} changed this {entity} at {when}, after you opened it", code, (who, when))


def check_version(session: Session, record, seen_version: int | None, entity: str, code: str) -> None:
    """`seen_version` None: the caller has nothing older to compare (a script, a first save)."""
    if seen_version is not None and record.version != seen_version:
        refuse_stale(session, entity, record.id, code)


def check_token(session: Session, current: str, seen: str | None, entity: str, entity_id: object, code: str) -> None:
    if seen is not None and current != seen:
        refuse_stale(session, entity, entity_id, code)
