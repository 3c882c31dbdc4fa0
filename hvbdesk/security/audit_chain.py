"""The audit log's chain: each row's hash covers its fields and the previous row's hash.

The hash is an HMAC-SHA256 under the chain key, which comes from the database key (SQLCipher) or the
audit key every workstation of a PostgreSQL database shares. Someone who can write the table but does
not hold the key cannot recompute the chain after changing a row.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

GENESIS = "0" * 64
_CHAIN_KEY_LABEL = b"hvbdesk audit chain v1"


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


def derive_chain_key(secret: str) -> bytes:
    """A key of its own for the chain, so that the database key itself is never used for two things."""
    return hmac.new(secret.encode("utf-8"), _CHAIN_KEY_LABEL, hashlib.sha256).digest()


def _message(f: ChainFields) -> bytes:
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
    return "\x1f".join(parts).encode("utf-8")


def compute_hash(f: ChainFields, key: bytes) -> str:
    return hmac.new(key, _message(f), hashlib.sha256).hexdigest()


def plain_hash(f: ChainFields) -> str:
    """The unkeyed SHA-256 of the log before revision 0007; read only to verify an old log before keying it."""
    return hashlib.sha256(_message(f)).hexdigest()


def find_breaks(rows: list[tuple[ChainFields, str]], key: bytes | None) -> list[str]:
    """Rows in id order with their stored hash; returns a sentence per break found (key None: the old,
    unkeyed chain)."""
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
        computed = plain_hash(fields) if key is None else compute_hash(fields, key)
        if not hmac.compare_digest(computed, stored_hash):
            problems.append(f"audit row {fields.id} was changed after it was written")
        expected_prev = stored_hash
        expected_id = fields.id + 1
    return problems
