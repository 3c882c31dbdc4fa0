"""The audit log's hash chain: each row's hash covers its fields and the previous row's hash."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

GENESIS = "0" * 64


@dataclass(frozen=True)
class ChainFields:
    id: int
    at_utc: str
    username: str
    action: str
    entity: str
    entity_id: str
    resident_id: int | None
    workstation: str
    detail: str
    prev_hash: str


def compute_hash(f: ChainFields) -> str:
    parts = [
        str(f.id),
        f.at_utc,
        f.username,
        f.action,
        f.entity,
        f.entity_id,
        "" if f.resident_id is None else str(f.resident_id),
        f.workstation,
        f.detail,
        f.prev_hash,
    ]
    # A unit separator cannot be typed into any of these fields, so the joining is unambiguous.
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def find_breaks(rows: list[tuple[ChainFields, str]]) -> list[str]:
    """Rows in id order with their stored hash; returns a sentence per break found."""
    problems: list[str] = []
    expected_prev = GENESIS
    expected_id = rows[0][0].id if rows else 1
    if rows and expected_id != 1:
        problems.append(f"audit row {expected_id} is the first; rows 1 to {expected_id - 1} are missing")
    for fields, stored_hash in rows:
        if fields.id != expected_id:
            problems.append(f"audit rows {expected_id} to {fields.id - 1} are missing")
        if fields.prev_hash != expected_prev:
            problems.append(f"audit row {fields.id} does not follow the row before it")
        if compute_hash(fields) != stored_hash:
            problems.append(f"audit row {fields.id} was changed after it was written")
        expected_prev = stored_hash
        expected_id = fields.id + 1
    return problems
