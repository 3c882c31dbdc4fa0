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
        "personnummer": QCoreApplication.translate("Messages", "Personal identity number"),
        "first_name": QCoreApplication.translate("Messages", "First name"),
        "last_name": QCoreApplication.translate("Messages", "Last name"),
        "legal_basis": QCoreApplication.translate("Messages", "Legal basis"),
        "admitted_at": QCoreApplication.translate("Messages", "Admitted"),
        "place": QCoreApplication.translate("Messages", "Place"),
        "planned_end": QCoreApplication.translate("Messages", "Planned end"),
        "guardians": QCoreApplication.translate("Messages", "Guardians"),
        "guardian_name": QCoreApplication.translate("Messages", "Guardian"),
        "placing_municipality": QCoreApplication.translate("Messages", "Placing municipality"),
        "registered_municipality": QCoreApplication.translate("Messages", "Registered in"),
        "days": QCoreApplication.translate("Messages", "Days"),
        "kind": QCoreApplication.translate("Messages", "Kind"),
        "reason": QCoreApplication.translate("Messages", "Reason"),
        "stay": QCoreApplication.translate("Messages", "Stay"),
        "discharged_at": QCoreApplication.translate("Messages", "Discharged"),
        "moved_at": QCoreApplication.translate("Messages", "Moved"),
        "settled_on": QCoreApplication.translate("Messages", "Settled on"),
        "received_on": QCoreApplication.translate("Messages", "Received"),
        "wished_start": QCoreApplication.translate("Messages", "Wished start"),
        "age": QCoreApplication.translate("Messages", "Age"),
        "referral": QCoreApplication.translate("Messages", "Referral"),
        "decision_note": QCoreApplication.translate("Messages", "Note"),
        "ends_on": QCoreApplication.translate("Messages", "Reserved until"),
        "participants": QCoreApplication.translate("Messages", "Took part"),
        "goals": QCoreApplication.translate("Messages", "Goals"),
        "own_words": QCoreApplication.translate("Messages", "The young person's words"),
        "established_on": QCoreApplication.translate("Messages", "Established on"),
        "followed_up_on": QCoreApplication.translate("Messages", "Followed up on"),
        "staff_member": QCoreApplication.translate("Messages", "Treatment assistant"),
        "valid_from": QCoreApplication.translate("Messages", "From"),
        "text": QCoreApplication.translate("Messages", "Text"),
        "entry": QCoreApplication.translate("Messages", "Entry"),
        "plan": QCoreApplication.translate("Messages", "Plan"),
        "author": QCoreApplication.translate("Messages", "Written by"),
        "organisation": QCoreApplication.translate("Messages", "Organisation"),
        "summary": QCoreApplication.translate("Messages", "Needs and goals"),
        "dated": QCoreApplication.translate("Messages", "Dated"),
        "phase": QCoreApplication.translate("Messages", "Phase"),
        "shift": QCoreApplication.translate("Messages", "Shift"),
        "shift_code": QCoreApplication.translate("Messages", "Shift code"),
        "shift_name": QCoreApplication.translate("Messages", "Shift name"),
        "shift_start": QCoreApplication.translate("Messages", "Shift start"),
        "shift_end": QCoreApplication.translate("Messages", "Shift end"),
        "shift_break": QCoreApplication.translate("Messages", "Break"),
        "shift_roles": QCoreApplication.translate("Messages", "Roles"),
        "demand": QCoreApplication.translate("Messages", "Staffing demand"),
        "weeks": QCoreApplication.translate("Messages", "Weeks"),
        "time_limit": QCoreApplication.translate("Messages", "Time limit"),
        "first": QCoreApplication.translate("Messages", "From"),
        "last": QCoreApplication.translate("Messages", "To and including"),
        "value": QCoreApplication.translate("Messages", "New value"),
        "setting": QCoreApplication.translate("Messages", "Setting"),
        "out": QCoreApplication.translate("Messages", "File"),
    }
    return labels.get(name, name)


def _reason(code: str, fallback: str) -> str:
    reasons = {
        "username_invalid": QCoreApplication.translate(
            "Messages", "use 2–60 characters: lower-case letters a–z, digits, '.', '_' or '-'"),
        "username_taken": QCoreApplication.translate("Messages", "is already taken by another account"),
        "own_account": QCoreApplication.translate("Messages", "you cannot switch off your own account"),
        "password_empty": QCoreApplication.translate("Messages", "must not be empty"),
        "password_short": QCoreApplication.translate("Messages", "must have at least %1 characters")
        .replace("%1", str(MIN_LENGTH)),
        "age_out_of_range": QCoreApplication.translate(
            "Messages", "the home takes young people %1 up to and including %2 years at admission"),
        "lvu2_too_old": QCoreApplication.translate("Messages", "LVU §2 applies only up to %1 years"),
        "acute_outside_hours": QCoreApplication.translate("Messages", "acute admissions are taken %1–%2"),
        "acute_wrong_place": QCoreApplication.translate("Messages", "an acute admission goes to an acute place"),
        "planned_end_out_of_range": QCoreApplication.translate(
            "Messages", "acute stays are %1 days (plus an extension); ordinary stays %2–%3 weeks"),
        "guardians_missing": QCoreApplication.translate(
            "Messages", "a young person under 18 needs at least one guardian registered"),
        "admission_in_future": QCoreApplication.translate("Messages", "is in the future; reserve the place instead"),
        "already_placed": QCoreApplication.translate("Messages", "the young person already has an open stay"),
        "place_occupied": QCoreApplication.translate(
            "Messages", "the place is occupied; discharge or move that stay first"),
        "place_taken": QCoreApplication.translate("Messages", "the place is held by another stay or reservation then"),
        "place_unknown": QCoreApplication.translate("Messages", "there is no such place"),
        "same_place": QCoreApplication.translate("Messages", "the stay is already in that place"),
        "pnr_empty": QCoreApplication.translate("Messages", "must be filled in (YYYYMMDD-NNNN)"),
        "pnr_characters": QCoreApplication.translate("Messages", "may hold only digits and a hyphen"),
        "pnr_length": QCoreApplication.translate("Messages", "must have 12 digits: YYYYMMDD-NNNN"),
        "pnr_date": QCoreApplication.translate("Messages", "does not start with a real date"),
        "pnr_check_digit": QCoreApplication.translate(
            "Messages", "has a wrong check digit; check the last four digits"),
        "municipality_unknown": QCoreApplication.translate("Messages", "is not a known municipality"),
        "required": QCoreApplication.translate("Messages", "must be filled in"),
        "extension_not_acute": QCoreApplication.translate(
            "Messages", "only acute stays are extended; change the planned end instead"),
        "extension_length": QCoreApplication.translate("Messages", "an extension is %1–%2 days"),
        "extension_again": QCoreApplication.translate(
            "Messages", "an acute stay is extended at most once (the manager may set this aside with a reason)"),
        "reason_missing": QCoreApplication.translate("Messages", "give a reason"),
        "stay_discharged": QCoreApplication.translate("Messages", "is discharged and can no longer be changed"),
        "before_admission": QCoreApplication.translate("Messages", "is before the admission"),
        "discharge_in_future": QCoreApplication.translate("Messages", "is in the future"),
        "date_range": QCoreApplication.translate("Messages", "must be between the admission and today"),
        "date_in_future": QCoreApplication.translate("Messages", "is in the future"),
        "date_order": QCoreApplication.translate("Messages", "is before the date it follows"),
        "age_implausible": QCoreApplication.translate("Messages", "is not a plausible age"),
        "referral_admitted": QCoreApplication.translate("Messages", "has already led to an admission"),
        "participants_missing": QCoreApplication.translate("Messages", "say who took part, the young person first"),
        "plan_no_goals": QCoreApplication.translate("Messages", "a plan needs at least one goal"),
        "own_words_missing": QCoreApplication.translate(
            "Messages", "write down the young person's own words or how they took part"),
        "result_missing": QCoreApplication.translate("Messages", "has no result"),
        "goal_empty": QCoreApplication.translate("Messages", "has no text"),
        "action_empty": QCoreApplication.translate("Messages", "says nothing about what is done"),
        "phase_range": QCoreApplication.translate("Messages", "is 1, 2 or 3"),
        "contact_not_assistant": QCoreApplication.translate("Messages", "contact persons are treatment assistants"),
        "contact_both_roles": QCoreApplication.translate("Messages", "is already the stay's other contact person"),
        "draft_not_own": QCoreApplication.translate("Messages", "is someone else's draft"),
        "entry_signed": QCoreApplication.translate("Messages", "is signed and can no longer be changed"),
        "entry_not_signed": QCoreApplication.translate("Messages", "a draft is changed, not corrected"),
        "text_empty": QCoreApplication.translate("Messages", "is empty"),
        "text_too_long": QCoreApplication.translate("Messages", "is too long"),
        "plan_established": QCoreApplication.translate(
            "Messages", "is established; start a new version to change it"),
        "plan_not_established": QCoreApplication.translate("Messages", "only an established plan is followed up"),
        "plan_missing": QCoreApplication.translate("Messages", "the stay has no established implementation plan yet"),
        "stay_open": QCoreApplication.translate("Messages", "is not discharged"),
        "shift_code": QCoreApplication.translate("Messages", "is one letter, A–Ö"),
        "shift_code_twice": QCoreApplication.translate("Messages", "two shift types have the same code"),
        "shift_none": QCoreApplication.translate("Messages", "at least one shift type is needed"),
        "shift_roles": QCoreApplication.translate("Messages", "name at least one staff role, comma between"),
        "shift_break": QCoreApplication.translate("Messages", "is shorter than the shift, in minutes"),
        "shift_length": QCoreApplication.translate("Messages", "the shift ends when it starts"),
        "time": QCoreApplication.translate("Messages", "is a time written HH:MM"),
        "number": QCoreApplication.translate("Messages", "is a whole number"),
        "demand_shift": QCoreApplication.translate("Messages", "names a shift type that does not exist"),
        "demand_counts": QCoreApplication.translate(
            "Messages", "0–20 per shift, and the wished number at least the minimum"),
        "demand_format": QCoreApplication.translate("Messages", "write minimum/wished, for example 2/3"),
        "setup_valid_from": QCoreApplication.translate(
            "Messages", "a set-up already starts on or after this date; choose a later one"),
        "weeks_range": QCoreApplication.translate("Messages", "is 1 to 12"),
        "time_limit": QCoreApplication.translate("Messages", "is more than 0 seconds"),
        "reason_short": QCoreApplication.translate("Messages", "say why (at least 5 characters)"),
        "absence_kind": QCoreApplication.translate("Messages", "is not a kind of absence"),
        "absence_order": QCoreApplication.translate("Messages", "is before the first day"),
        "absence_length": QCoreApplication.translate("Messages", "at most a year at a time"),
        "absence_overlap": QCoreApplication.translate("Messages", "the person is already away on some of these days"),
        "export_suffix": QCoreApplication.translate("Messages", "must end in .pdf or .csv"),
        "setting_unknown": QCoreApplication.translate("Messages", "is not a setting of this version"),
        "setting_range": QCoreApplication.translate("Messages", "is a whole number from %1 to %2"),
        "setting_past": QCoreApplication.translate(
            "Messages", "is in the past; what has already applied is not changed afterwards"),
        "setting_below": QCoreApplication.translate("Messages", "must be before “%1” (%2 on %3)"),
        "setting_below_or_equal": QCoreApplication.translate("Messages", "must be at most “%1” (%2 on %3)"),
        "setting_above": QCoreApplication.translate("Messages", "must be after “%1” (%2 on %3)"),
        "setting_above_or_equal": QCoreApplication.translate("Messages", "must be at least “%1” (%2 on %3)"),
    }
    return reasons.get(code, fallback)


def _filled(text: str, args: tuple) -> str:
    for number, arg in enumerate(args, start=1):
        text = text.replace(f"%{number}", str(arg))
    return text


def describe(exc: HvbError) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(f"{_field(p.field)}: {_filled(_reason(p.code, p.reason), p.args)}" for p in exc.problems)
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
            "Messages", "The passphrase must have at least %1 characters.").replace("%1", str(MIN_PASSPHRASE_LENGTH)),
        "conflict": QCoreApplication.translate(
            "Messages", "Someone else changed this after you opened it. Reload and try again."),
        "staff_missing": QCoreApplication.translate("Messages", "That staff member no longer exists."),
        "absence_missing": QCoreApplication.translate("Messages", "That absence has already been removed."),
        "has_accounts": QCoreApplication.translate(
            "Messages", "The database already has accounts. Log in as the manager."),
    }
    return texts.get(exc.code, str(exc))
