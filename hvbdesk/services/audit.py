"""The audit log: who did what to which record, when, from which workstation. No personal data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from hvbdesk.domain.enums import AuditAction
from hvbdesk.domain.errors import DatabaseKeyError, PermissionDenied
from hvbdesk.domain.identity import initials
from hvbdesk.security.audit_chain import GENESIS, ChainFields, compute_hash, find_breaks
from hvbdesk.security.keystore import AUDIT_KEY_ENV
from hvbdesk.security.roles import Permission, allows
from hvbdesk.services.context import Actor
from hvbdesk.store.audit_anchor import AnchorError, ChainHead, read_head
from hvbdesk.store.database import Database
from hvbdesk.store.repositories import accounts as accounts_repo
from hvbdesk.store.repositories import audit as audit_repo
from hvbdesk.store.repositories import residents as residents_repo
from hvbdesk.store.repositories.audit import AuditQuery

__all__ = ["AuditLog", "AuditQuery", "AuditRow"]


@dataclass(frozen=True)
class AuditRow:
    id: int
    at_utc: dt.datetime
    username: str
    action: str
    entity: str
    entity_id: str
    resident_id: int | None
    workstation: str
    detail: str
    user_name: str = ""  # the account's display name where it has one
    resident_initials: str = ""  # for a viewer who may read residents; empty otherwise


def _utc_text(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class AuditLog:
    def __init__(self, db: Database, workstation: str):
        self._db = db
        self._workstation = workstation[:80]

    @property
    def workstation(self) -> str:
        return self._workstation

    def append(
        self,
        session: Session,
        username: str,
        action: AuditAction,
        entity: str,
        entity_id: object = "",
        resident_id: int | None = None,
        detail: str = "",
    ) -> None:
        """Add a row in the caller's transaction, so the action and its record land together."""
        self.append_many(session, username, action, entity, [(entity_id, resident_id)], detail)

    def append_many(
        self,
        session: Session,
        username: str,
        action: AuditAction,
        entity: str,
        records: list[tuple[object, int | None]],
        detail: str = "",
    ) -> None:
        """One row per (entity id, resident id), chained in memory from one read of the chain's end: an
        import of 50 000 rows audits each row without reading the log 50 000 times."""
        if not records:
            return
        key = self._chain_key()
        self._db.lock_audit_chain(session)
        previous = audit_repo.last(session)
        next_id, prev_hash = (previous.id + 1, previous.hash) if previous else (1, GENESIS)
        at = _utc_text(dt.datetime.now(dt.timezone.utc))
        entries = []
        for entity_id, resident_id in records:
            fields = ChainFields(
                id=next_id,
                at_utc=at,
                username=username[:60],
                action=action.value,
                entity=entity[:40],
                entity_id=str(entity_id)[:40],
                resident_id=resident_id,
                workstation=self._workstation,
                detail=detail[:200],
                prev_hash=prev_hash,
            )
            prev_hash = compute_hash(fields, key)
            entries.append({**fields.__dict__, "hash": prev_hash})
            next_id += 1
        audit_repo.add_all(session, entries)
        self._db.note_audit_head(session, ChainHead(next_id - 1, prev_hash))

    def _chain_key(self) -> bytes:
        if self._db.chain_key is None:
            raise DatabaseKeyError(
                f"no audit key for this PostgreSQL database: set {AUDIT_KEY_ENV} (the same on every workstation) "
                "or store it in the key store",
                "audit_key_missing",
                (AUDIT_KEY_ENV,),
            )
        return self._db.chain_key

    def record(
        self,
        actor: Actor,
        action: AuditAction,
        entity: str,
        entity_id: object = "",
        resident_id: int | None = None,
        detail: str = "",
    ) -> None:
        """A row in a transaction of its own (a login, a denial: the action itself wrote nothing)."""
        with self._db.unit_of_work() as session:
            self.append(session, actor.username, action, entity, entity_id, resident_id, detail)

    def require(
        self, actor: Actor, permission: Permission, entity: str, entity_id: object = "", resident_id: int | None = None
    ) -> None:
        """Deny by default; a denial is itself audited before it is raised."""
        if allows(actor.role, permission):
            return
        self.record(actor, AuditAction.DENIED, entity, entity_id, resident_id, f"permission={permission.value}")
        raise PermissionDenied(actor.role.value, permission.value)

    def search(self, actor: Actor, query: AuditQuery) -> list[AuditRow]:
        self.require(actor, Permission.AUDIT_READ, "audit_entry")
        with self._db.reading() as session:
            rows = audit_repo.search(session, query)
            names = accounts_repo.display_names(session)
            people = {}
            if allows(actor.role, Permission.RESIDENT_READ):
                ids = {r.resident_id for r in rows if r.resident_id is not None}
                people = {p.id: initials(p.first_name, p.last_name) for p in residents_repo.by_ids(session, ids)}
            result = [
                AuditRow(
                    r.id,
                    dt.datetime.strptime(r.at_utc, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc),
                    r.username,
                    r.action,
                    r.entity,
                    r.entity_id,
                    r.resident_id,
                    r.workstation,
                    r.detail,
                    names.get(r.username) or r.username,
                    people.get(r.resident_id, "") if r.resident_id is not None else "",
                )
                for r in rows
            ]
        self.record(actor, AuditAction.VIEW, "audit_entry", detail=f"rows={len(result)}")
        return result

    def known_usernames(self, actor: Actor) -> list[str]:
        self.require(actor, Permission.AUDIT_READ, "audit_entry")
        with self._db.reading() as session:
            return audit_repo.distinct_usernames(session)

    def head(self) -> ChainHead:
        with self._db.reading() as session:
            last = audit_repo.last(session)
        return ChainHead(last.id, last.hash) if last else ChainHead(0, GENESIS)

    def verify_heads(self, anchors: list[Path], *, required: Path | None) -> list[str]:
        """The log against each sealed head kept outside it (beside the database, beside backups): the row
        a head names must still be there, unchanged. `required` is the head that must exist."""
        key = self._chain_key()
        problems: list[str] = []
        with self._db.reading() as session:
            for path in anchors:
                try:
                    head = read_head(path, key)
                except AnchorError:
                    problems.append(f"{path} is not an audit head sealed with this database's key")
                    continue
                if head is None:
                    if path == required:
                        problems.append(f"the audit log's sealed head {path} is missing")
                    continue
                if head.last_id == 0:
                    continue
                row = audit_repo.by_id(session, head.last_id)
                if row is None:
                    last = audit_repo.last(session)
                    problems.append(
                        f"the audit log ends at row {last.id if last else 0} but {path.name} sealed row "
                        f"{head.last_id}: rows were removed"
                    )
                elif row.hash != head.last_hash:
                    problems.append(
                        f"audit row {head.last_id} is not the row {path.name} sealed: the log was rewritten"
                    )
        return problems

    def verify_chain(self) -> list[str]:
        """Sentences naming each break; empty when the chain is whole. Reads no personal data."""
        key = self._chain_key()
        with self._db.reading() as session:
            rows = [
                (
                    ChainFields(
                        e.id,
                        e.at_utc,
                        e.username,
                        e.action,
                        e.entity,
                        e.entity_id,
                        e.resident_id,
                        e.workstation,
                        e.detail,
                        e.prev_hash,
                    ),
                    e.hash,
                )
                for e in audit_repo.in_order(session)
            ]
        return find_breaks(rows, key)
