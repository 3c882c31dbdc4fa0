"""The product hashes passwords with argon2id at RFC 9106's low-memory cost, whatever the tests use."""

from __future__ import annotations

import pytest

from hvbdesk.security import passwords


@pytest.fixture
def product_hashing(cheap_password_hashing, monkeypatch):
    """The hasher the product runs with, set aside by `cheap_password_hashing` for the other tests."""
    monkeypatch.setattr(passwords, "_hasher", cheap_password_hashing)


def test_the_product_hashes_with_argon2id_at_the_recommended_cost(product_hashing):
    stored = passwords.hash_password("correct-password-1")
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert passwords.verify_password(stored, "correct-password-1")
    assert not passwords.verify_password(stored, "correct-password-2")
    assert not passwords.verify_password("not a hash", "correct-password-1")
