from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend

from hvbdesk.app import create_database, open_database
from hvbdesk.config import Config
from hvbdesk.domain.errors import ConflictError, DatabaseKeyError
from hvbdesk.security.keystore import KEYRING_SERVICE
from hvbdesk.store.repositories import reference


def test_a_stale_write_is_refused_not_overwritten(database):
    """Two workstations open the same record; the second save must not silently win."""
    with database.unit_of_work() as session:
        stale = reference.place_by_number(session, 3)  # read by workstation B, kept open below
    with database.unit_of_work() as session:
        fresh = reference.place_by_number(session, 3)
        fresh.active = False  # workstation A saves first
    with pytest.raises(ConflictError):
        with database.unit_of_work() as session:
            stale = session.merge(stale, load=False)  # B's copy still says version 1
            stale.number = 13
    with database.unit_of_work() as session:
        place = reference.place_by_number(session, 3)
        assert place.active is False and place.version == 2


class MemoryKeyring(KeyringBackend):
    priority = 10

    def __init__(self):
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


def test_new_database_gets_a_random_key_in_the_keyring(tmp_path):
    ring = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    try:
        config = Config(data_dir=tmp_path / "d")
        create_database(config, None, demo=False).dispose()
        stored = ring.get_password(KEYRING_SERVICE, str(config.database_path))
        assert stored is not None and len(bytes.fromhex(stored)) == 32
        open_database(config, None).dispose()  # no passphrase needed
        ring.set_password(KEYRING_SERVICE, str(config.database_path), "00" * 32)
        with pytest.raises(DatabaseKeyError, match="wrong passphrase or key"):
            open_database(config, None)
    finally:
        keyring.set_keyring(previous)
