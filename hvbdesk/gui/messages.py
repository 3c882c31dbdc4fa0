"""Errors from the services, said in the user's language (through Qt's translation files)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hvbdesk.domain.errors import HvbError, ValidationError
from hvbdesk.security.keystore import MIN_PASSPHRASE_LENGTH
from hvbdesk.security.passwords import MIN_LENGTH


def _field(name: str) -> str:
    labels = {
        "username": QCoreApplication.translate("Messages", "User name"),
        "password": QCoreApplication.translate("Messages", "Password"),
        "account": QCoreApplication.translate("Messages", "Account"),
        "role": QCoreApplication.translate("Messages", "Role"),
    }
    return labels.get(name, name)


def _reason(code: str, fallback: str) -> str:
    reasons = {
        "username_invalid": QCoreApplication.translate(
            "Messages", "use 2–60 characters: lower-case letters a–z, digits, '.', '_' or '-'"),
        "username_taken": QCoreApplication.translate("Messages", "is already taken by another account"),
        "own_account": QCoreApplication.translate("Messages", "you cannot switch off your own account"),
        "password_empty": QCoreApplication.translate("Messages", "must not be empty"),
        "password_short": QCoreApplication.translate("Messages", "must have at least %n characters", "", MIN_LENGTH),
    }
    return reasons.get(code, fallback)


def describe(exc: HvbError) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(f"{_field(p.field)}: {_reason(p.code, p.reason)}" for p in exc.problems)
    texts = {
        "login_failed": QCoreApplication.translate(
            "Messages", "Wrong user name or password, or the account is switched off."),
        "permission_denied": QCoreApplication.translate(
            "Messages", "Your role does not give access to this. The attempt has been logged."),
        "key_wrong": QCoreApplication.translate(
            "Messages", "The passphrase does not open the database. Check it and try again."),
        "key_missing": QCoreApplication.translate(
            "Messages", "No key for the database was given, so it cannot be opened."),
        "plaintext": QCoreApplication.translate(
            "Messages", "The database file is not encrypted. hvbdesk refuses to open it."),
        "passphrase_short": QCoreApplication.translate(
            "Messages", "The passphrase must have at least %n characters.", "", MIN_PASSPHRASE_LENGTH),
        "conflict": QCoreApplication.translate(
            "Messages", "Someone else changed this after you opened it. Reload and try again."),
        "has_accounts": QCoreApplication.translate(
            "Messages", "The database already has accounts. Log in as the manager."),
    }
    return texts.get(exc.code, str(exc))
