from __future__ import annotations

from dataclasses import replace

from hvbdesk.security.audit_chain import GENESIS, ChainFields, compute_hash, derive_chain_key, find_breaks, plain_hash

KEY = derive_chain_key("x'00ff'")


def _chain(n: int) -> list[tuple[ChainFields, str]]:
    rows, prev = [], GENESIS
    for i in range(1, n + 1):
        f = ChainFields(i, f"2026-01-01T10:00:0{i}.000000Z", "chef", "view", "resident", str(i), i, "ws", "", prev)
        h = compute_hash(f, KEY)
        rows.append((f, h))
        prev = h
    return rows


def test_whole_chain_has_no_breaks():
    assert find_breaks(_chain(5), KEY) == []
    assert find_breaks([], KEY) == []


def test_changed_field_is_found():
    rows = _chain(4)
    rows[2] = (replace(rows[2][0], username="someone"), rows[2][1])
    assert find_breaks(rows, KEY) == ["audit row 3 was changed after it was written"]


def test_changed_row_with_recomputed_hash_breaks_the_next_link():
    rows = _chain(4)
    changed = replace(rows[1][0], action="update")
    rows[1] = (changed, compute_hash(changed, KEY))
    assert find_breaks(rows, KEY) == ["audit row 3 does not follow the row before it"]


def test_deleted_rows_are_found():
    rows = _chain(5)
    assert "audit rows 3 to 3 are missing" in find_breaks(rows[:2] + rows[3:], KEY)
    assert find_breaks(rows[1:], KEY)[0] == "audit row 2 is the first; rows 1 to 1 are missing"


def test_a_chain_recomputed_without_the_key_is_found_everywhere():
    """Finding 4: rows edited and the plain SHA-256 chain recomputed used to verify as whole."""
    forged, prev = [], GENESIS
    for fields, _ in _chain(4):
        fields = replace(fields, prev_hash=prev, username="someone")
        prev = plain_hash(fields)
        forged.append((fields, prev))
    assert find_breaks(forged, KEY) == [f"audit row {i} was changed after it was written" for i in range(1, 5)]


def test_another_key_does_not_verify_the_chain():
    assert find_breaks(_chain(2), derive_chain_key("another")) != []
