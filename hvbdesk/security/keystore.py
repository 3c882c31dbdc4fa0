"""Where the database key comes from: the OS keyring, else HVBDESK_DB_PASSPHRASE, else a prompt.

A new database gets a random 256-bit key kept in the keyring. Where no keyring backend works (a
headless Linux), SQLCipher derives the key from a passphrase instead. There is no unencrypted mode.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from typing import Callable

from hvbdesk.domain.errors import DatabaseKeyError
from hvbdesk.security.limits import MIN_PASSPHRASE_LENGTH

PASSPHRASE_ENV = "HVBDESK_DB_PASSPHRASE"
AUDIT_KEY_ENV = "HVBDESK_AUDIT_KEY"
AUDIT_KEYRING_SERVICE = "hvbdesk-audit"
KEYRING_SERVICE = "hvbdesk-database"

# Asks a person for the passphrase; `confirm` is True when a new database is being created.
# Returns None when the person cancels or nobody can be asked.
PassphrasePrompt = Callable[[bool], "str | None"]


@dataclass(frozen=True)
class DatabaseKey:
    pragma_value: str  # the right-hand side of PRAGMA key, already quoted
    source: str  # keyring | environment | prompt | given

    def __repr__(self) -> str:  # never print key material
        return f"DatabaseKey(source={self.source!r})"

    @classmethod
    def random(cls, source: str = "given") -> "DatabaseKey":
        return cls.from_raw_hex(secrets.token_hex(32), source)

    @classmethod
    def from_raw_hex(cls, hex_key: str, source: str) -> "DatabaseKey":
        return cls(f"\"x'{hex_key}'\"", source)

    @classmethod
    def from_passphrase(cls, passphrase: str, source: str) -> "DatabaseKey":
        return cls("'" + passphrase.replace("'", "''") + "'", source)


def _keyring():
    """The keyring module if a real backend works here, else None."""
    try:
        import keyring
        from keyring.backends import fail

        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
        return keyring
    except Exception:  # a broken backend must not stop the app: fall back to a passphrase
        return None


def keyring_available() -> bool:
    return _keyring() is not None


def _passphrase(prompt: PassphrasePrompt | None, *, creating: bool) -> DatabaseKey | None:
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        if creating and len(env) < MIN_PASSPHRASE_LENGTH:
            raise DatabaseKeyError(
                f"{PASSPHRASE_ENV} is too short: a new database needs at least {MIN_PASSPHRASE_LENGTH} characters",
                "passphrase_short",
            )
        return DatabaseKey.from_passphrase(env, "environment")
    if prompt is not None:
        typed = prompt(creating)
        if typed:
            if creating and len(typed) < MIN_PASSPHRASE_LENGTH:
                raise DatabaseKeyError(
                    f"the passphrase is too short: at least {MIN_PASSPHRASE_LENGTH} characters",
                    "passphrase_short",
                )
            return DatabaseKey.from_passphrase(typed, "prompt")
    return None


def key_for_new_database(location: str, prompt: PassphrasePrompt | None) -> DatabaseKey:
    kr = _keyring()
    if kr is not None and not os.environ.get(PASSPHRASE_ENV):
        hex_key = secrets.token_hex(32)
        kr.set_password(KEYRING_SERVICE, location, hex_key)
        return DatabaseKey.from_raw_hex(hex_key, "keyring")
    key = _passphrase(prompt, creating=True)
    if key is None:
        raise DatabaseKeyError(
            "no database key: no keyring is available here, so set "
            f"{PASSPHRASE_ENV} or run from a terminal to type a passphrase",
            "key_missing",
        )
    return key


def key_for_existing_database(location: str, prompt: PassphrasePrompt | None) -> DatabaseKey:
    kr = _keyring()
    if kr is not None:
        stored = kr.get_password(KEYRING_SERVICE, location)
        if stored:
            return DatabaseKey.from_raw_hex(stored, "keyring")
    key = _passphrase(prompt, creating=False)
    if key is None:
        raise DatabaseKeyError(
            "no database key: the keyring holds none for this database; set "
            f"{PASSPHRASE_ENV} or run from a terminal to type the passphrase",
            "key_missing",
        )
    return key


def forget_key(location: str) -> None:
    kr = _keyring()
    if kr is not None:
        try:
            kr.delete_password(KEYRING_SERVICE, location)
        except Exception:  # nothing stored is fine
            pass


def keyring_password(service: str, name: str) -> str | None:
    kr = _keyring()
    if kr is None:
        return None
    try:
        return kr.get_password(service, name)
    except Exception:  # an unreachable keyring reads as "nothing stored"
        return None


def audit_key_for_server(location: str) -> str | None:
    """A PostgreSQL database's audit-chain secret, shared by its workstations: the environment, else the
    key store. The server never holds it, so whoever can write its tables cannot re-chain the log."""
    return os.environ.get(AUDIT_KEY_ENV) or keyring_password(AUDIT_KEYRING_SERVICE, location)


def new_audit_key_for_server(location: str) -> str | None:
    """For a new PostgreSQL database: the given secret, else a random one kept in the key store, else None
    (nowhere to keep it: the caller asks for the environment variable)."""
    given = os.environ.get(AUDIT_KEY_ENV)
    if given:
        return given
    kr = _keyring()
    if kr is None:
        return None
    secret = secrets.token_hex(32)
    kr.set_password(AUDIT_KEYRING_SERVICE, location, secret)
    return secret
