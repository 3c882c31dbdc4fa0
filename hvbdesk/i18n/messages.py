"""Errors from the services, said in the user's language: the same sentences in the GUI and on the command line."""

from __future__ import annotations

from hvbdesk.domain.errors import FieldProblem, HvbError, ValidationError
from hvbdesk.i18n import fill, report_texts, sip_texts, translate
from hvbdesk.security.limits import MIN_PASSPHRASE_LENGTH, MIN_PASSWORD_LENGTH


def _field(name: str) -> str:
    labels = (
        {
            "username": translate("Messages", "User name"),
            "password": translate("Messages", "Password"),
            "account": translate("Messages", "Account"),
            "role": translate("Messages", "Role"),
            "personnummer": translate("Messages", "Personal identity number"),
            "first_name": translate("Messages", "First name"),
            "last_name": translate("Messages", "Last name"),
            "legal_basis": translate("Messages", "Legal basis"),
            "admitted_at": translate("Messages", "Admitted"),
            "place": translate("Messages", "Place"),
            "planned_end": translate("Messages", "Planned end"),
            "guardians": translate("Messages", "Guardians"),
            "guardian_name": translate("Messages", "Guardian"),
            "placing_municipality": translate("Messages", "Placing municipality"),
            "registered_municipality": translate("Messages", "Registered in"),
            "days": translate("Messages", "Days"),
            "kind": translate("Messages", "Kind"),
            "reason": translate("Messages", "Reason"),
            "stay": translate("Messages", "Stay"),
            "discharged_at": translate("Messages", "Discharged"),
            "moved_at": translate("Messages", "Moved"),
            "settled_on": translate("Messages", "Settled on"),
            "received_on": translate("Messages", "Received"),
            "wished_start": translate("Messages", "Wished start"),
            "age": translate("Messages", "Age"),
            "referral": translate("Messages", "Referral"),
            "decision_note": translate("Messages", "Note"),
            "ends_on": translate("Messages", "Reserved until"),
            "participants": translate("Messages", "Took part"),
            "goals": translate("Messages", "Goals"),
            "own_words": translate("Messages", "The young person's words"),
            "established_on": translate("Messages", "Established on"),
            "followed_up_on": translate("Messages", "Followed up on"),
            "staff_member": translate("Messages", "Treatment assistant"),
            "valid_from": translate("Messages", "From"),
            "text": translate("Messages", "Text"),
            "entry": translate("Messages", "Entry"),
            "plan": translate("Messages", "Plan"),
            "author": translate("Messages", "Written by"),
            "organisation": translate("Messages", "Organisation"),
            "summary": translate("Messages", "Needs and goals"),
            "dated": translate("Messages", "Dated"),
            "phase": translate("Messages", "Phase"),
            "shift": translate("Messages", "Shift"),
            "shift_code": translate("Messages", "Shift code"),
            "shift_name": translate("Messages", "Shift name"),
            "shift_start": translate("Messages", "Shift start"),
            "shift_end": translate("Messages", "Shift end"),
            "shift_break": translate("Messages", "Break"),
            "shift_roles": translate("Messages", "Roles"),
            "demand": translate("Messages", "Staffing demand"),
            "weeks": translate("Messages", "Weeks"),
            "time_limit": translate("Messages", "Time limit"),
            "first": translate("Messages", "From"),
            "last": translate("Messages", "To and including"),
            "value": translate("Messages", "New value"),
            "setting": translate("Messages", "Setting"),
            "out": translate("Messages", "File"),
            "file": translate("Messages", "File"),
            "header": translate("Messages", "Header row"),
            "row": translate("Messages", "Row"),
            "admitted": translate("Messages", "Admitted (admitted)"),
            "discharged": translate("Messages", "Discharged (discharged)"),
            "discharge_reason": translate("Messages", "Discharge reason (discharge_reason)"),
            "gender": translate("Messages", "Gender (gender)"),
            "employer": translate("Messages", "Employer (employer)"),
            "fte_percent": translate("Messages", "Position in per cent (fte_percent)"),
            "weekdays_only": translate("Messages", "Weekdays only (weekdays_only)"),
        }
        | sip_texts.field_labels()
        | report_texts.field_labels()
    )
    return labels.get(name, name)


def _reason(code: str, fallback: str) -> str:
    reasons = (
        {
            "username_invalid": translate(
                "Messages", "use 2–60 characters: lower-case letters a–z, digits, '.', '_' or '-'"
            ),
            "username_taken": translate("Messages", "is already taken by another account"),
            "own_account": translate("Messages", "you cannot switch off your own account"),
            "password_empty": translate("Messages", "must not be empty"),
            "password_short": translate("Messages", "must have at least %1 characters").replace(
                "%1", str(MIN_PASSWORD_LENGTH)
            ),
            "age_out_of_range": translate(
                "Messages", "the home takes young people %1 up to and including %2 years at admission"
            ),
            "lvu2_too_old": translate("Messages", "LVU §2 applies only up to %1 years"),
            "acute_outside_hours": translate("Messages", "acute admissions are taken %1–%2"),
            "acute_wrong_place": translate("Messages", "an acute admission goes to an acute place"),
            "planned_end_out_of_range": translate(
                "Messages", "acute stays are %1 days (plus an extension); ordinary stays %2–%3 weeks"
            ),
            "guardians_missing": translate(
                "Messages", "a young person under 18 needs at least one guardian registered"
            ),
            "admission_in_future": translate("Messages", "is in the future; reserve the place instead"),
            "already_placed": translate("Messages", "the young person already has an open stay"),
            "place_occupied": translate("Messages", "the place is occupied; discharge or move that stay first"),
            "place_taken": translate("Messages", "the place is held by another stay or reservation then"),
            "place_unknown": translate("Messages", "there is no such place"),
            "same_place": translate("Messages", "the stay is already in that place"),
            "pnr_empty": translate("Messages", "must be filled in (YYYYMMDD-NNNN)"),
            "pnr_characters": translate("Messages", "may hold only digits and a hyphen"),
            "pnr_length": translate("Messages", "must have 12 digits: YYYYMMDD-NNNN"),
            "pnr_date": translate("Messages", "does not start with a real date"),
            "pnr_check_digit": translate("Messages", "has a wrong check digit; check the last four digits"),
            "municipality_unknown": translate("Messages", "is not a known municipality"),
            "required": translate("Messages", "must be filled in"),
            "extension_not_acute": translate(
                "Messages", "only acute stays are extended; change the planned end instead"
            ),
            "extension_length": translate("Messages", "an extension is %1–%2 days"),
            "extension_again": translate(
                "Messages", "an acute stay is extended at most once (the manager may set this aside with a reason)"
            ),
            "reason_missing": translate("Messages", "give a reason"),
            "stay_discharged": translate("Messages", "is discharged and can no longer be changed"),
            "before_admission": translate("Messages", "is before the admission"),
            "discharge_in_future": translate("Messages", "is in the future"),
            "date_range": translate("Messages", "must be between the admission and today"),
            "date_in_future": translate("Messages", "is in the future"),
            "date_order": translate("Messages", "is before the date it follows"),
            "age_implausible": translate("Messages", "is not a plausible age"),
            "referral_admitted": translate("Messages", "has already led to an admission"),
            "participants_missing": translate("Messages", "say who took part, the young person first"),
            "plan_no_goals": translate("Messages", "a plan needs at least one goal"),
            "own_words_missing": translate("Messages", "write down the young person's own words or how they took part"),
            "result_missing": translate("Messages", "has no result"),
            "goal_empty": translate("Messages", "has no text"),
            "action_empty": translate("Messages", "says nothing about what is done"),
            "phase_range": translate("Messages", "is 1, 2 or 3"),
            "contact_not_assistant": translate("Messages", "contact persons are treatment assistants"),
            "contact_both_roles": translate("Messages", "is already the stay's other contact person"),
            "draft_not_own": translate("Messages", "is someone else's draft"),
            "entry_signed": translate("Messages", "is signed and can no longer be changed"),
            "entry_not_signed": translate("Messages", "a draft is changed, not corrected"),
            "text_empty": translate("Messages", "is empty"),
            "text_too_long": translate("Messages", "is too long"),
            "plan_established": translate("Messages", "is established; start a new version to change it"),
            "plan_not_established": translate("Messages", "only an established plan is followed up"),
            "plan_missing": translate("Messages", "the stay has no established implementation plan yet"),
            "stay_open": translate("Messages", "is not discharged"),
            "shift_code": translate("Messages", "is one letter, A–Ö"),
            "shift_code_twice": translate("Messages", "two shift types have the same code"),
            "shift_none": translate("Messages", "at least one shift type is needed"),
            "shift_roles": translate("Messages", "name at least one staff role, comma between"),
            "shift_break": translate("Messages", "is shorter than the shift, in minutes"),
            "shift_length": translate("Messages", "the shift ends when it starts"),
            "time": translate("Messages", "is a time written HH:MM"),
            "number": translate("Messages", "is a whole number"),
            "demand_shift": translate("Messages", "names a shift type that does not exist"),
            "demand_counts": translate("Messages", "0–20 per shift, and the wished number at least the minimum"),
            "demand_format": translate("Messages", "write minimum/wished, for example 2/3"),
            "setup_valid_from": translate(
                "Messages", "a set-up already starts on or after this date; choose a later one"
            ),
            "weeks_range": translate("Messages", "is 1 to 12"),
            "time_limit": translate("Messages", "is more than 0 seconds"),
            "reason_short": translate("Messages", "say why (at least 5 characters)"),
            "absence_kind": translate("Messages", "is not a kind of absence"),
            "absence_order": translate("Messages", "is before the first day"),
            "absence_length": translate("Messages", "at most a year at a time"),
            "absence_overlap": translate("Messages", "the person is already away on some of these days"),
            "export_suffix": translate("Messages", "must end in .pdf or .csv"),
            "setting_unknown": translate("Messages", "is not a setting of this version"),
            "setting_range": translate("Messages", "is a whole number from %1 to %2"),
            "setting_past": translate("Messages", "is in the past; what has already applied is not changed afterwards"),
            "setting_below": translate("Messages", "must be before “%1” (%2 on %3)"),
            "setting_below_or_equal": translate("Messages", "must be at most “%1” (%2 on %3)"),
            "setting_above": translate("Messages", "must be after “%1” (%2 on %3)"),
            "setting_above_or_equal": translate("Messages", "must be at least “%1” (%2 on %3)"),
            "role_unknown": translate("Messages", "'%1' is not a role; use one of %2"),
            "account_unknown": translate("Messages", "'%1' is no account"),
            "file_unreadable": translate("Messages", "cannot read %1: %2"),
            "file_not_utf8": translate(
                "Messages", "is not UTF-8 text; save it as 'CSV UTF-8' in the spreadsheet program"
            ),
            "file_empty": translate("Messages", "is empty or has no header row"),
            "file_no_rows": translate("Messages", "has a header but no rows"),
            "columns_missing": translate("Messages", "missing column(s): %1"),
            "columns_unknown": translate("Messages", "unknown column(s): %1"),
            "columns_twice": translate("Messages", "column(s) given twice: %1"),
            "row_width": translate("Messages", "has %1 values but the header names %2"),
            "not_one_of": translate("Messages", "'%1' is not one of %2"),
            "time_format": translate("Messages", "'%1' is not a time written YYYY-MM-DD HH:MM"),
            "longer_than": translate("Messages", "is longer than %1 characters"),
            "control_character": translate("Messages", "holds a line break, tab or other control character"),
            "fte_range": translate(
                "Messages", "'%1' is not a whole number from 1 to 100 (leave it empty for temporary staff)"
            ),
            "yes_no": translate("Messages", "'%1' is not yes or no"),
            "municipality_name_unknown": translate("Messages", "'%1' is not a known municipality name or code"),
            "place_number": translate("Messages", "'%1' is not a place number of the home (%2)"),
            "discharge_reason_missing": translate("Messages", "is empty but the stay has a discharge time"),
            "discharge_reason_without_time": translate("Messages", "is given but the stay has no discharge time"),
            "pnr_other_name": translate("Messages", "is already registered under another name"),
            "resident_stay_overlap": translate(
                "Messages", "the young person already has a registered stay at that time"
            ),
            "overlaps_line_place": translate("Messages", "overlaps the stay on line %1 (place %2)"),
            "overlaps_line_person": translate("Messages", "overlaps the stay on line %1 (the same young person)"),
            "place_held": translate("Messages", "place %1 already holds a registered stay at that time"),
            "import_discharge_in_future": translate(
                "Messages", "is in the future; an import records what has happened (plan the discharge in the app)"
            ),
            "pnr_two_names_in_file": translate("Messages", "has another name on line %1 (%2)"),
            "field_too_long": translate("Messages", "has a field longer than %1 characters"),
            "csv_broken": translate("Messages", "cannot be read as CSV (%1)"),
        }
        | sip_texts.reasons()
        | report_texts.reasons()
    )
    return reasons.get(code, fallback)


def _line(number: int | None) -> str:
    """Where in an imported file: the line number the user finds in a spreadsheet."""
    return "" if number is None else fill(translate("Messages", "line %1: "), number)


def describe_problem(problem: FieldProblem) -> str:
    """One field's problem: "Förnamn: är tomt"."""
    reason = fill(_reason(problem.code, problem.reason), *sip_texts.reason_values(problem.code, problem.args))
    return _line(problem.line) + f"{_field(problem.field)}: {reason}"


def describe(exc: HvbError) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(describe_problem(p) for p in exc.problems)
    texts = (
        {
            "login_failed": translate("Messages", "Wrong user name or password, or the account is switched off."),
            "permission_denied": translate(
                "Messages", "Your role does not give access to this. The attempt has been logged."
            ),
            "key_wrong": translate("Messages", "The passphrase does not open the database. Check it and try again."),
            "key_missing": translate("Messages", "No key for the database was given, so it cannot be opened."),
            "plaintext": translate("Messages", "The database file is not encrypted. hvbdesk refuses to open it."),
            "passphrase_short": translate("Messages", "The passphrase must have at least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE_LENGTH)
            ),
            "audit_key_missing": translate(
                "Messages",
                "There is no audit key for this PostgreSQL database: set %1 (the same on every workstation) or keep "
                "it in the key store.",
            ),
            "audit_broken_before_upgrade": translate(
                "Messages",
                "The audit log was already broken before this update, so the database has been left as it was. "
                "Keep it and its backup for whoever investigates, and run 'hvbdesk check' to see the breaks.",
            ),
            "reseal_broken": translate(
                "Messages", "The audit log's chain is broken, so its head is not sealed anew. Run 'hvbdesk check'."
            ),
            "restore_foreign_log": translate(
                "Messages",
                "The backup's audit log is not an earlier state of this database's log (row %1 differs): it comes from "
                "another database, or one of the logs was rewritten. Nothing was restored; run 'hvbdesk check'.",
            ),
            "restore_backup_altered": translate(
                "Messages",
                "The audit log in %1 is not the one sealed beside it when the backup was made. Nothing was restored.",
            ),
            "database_busy": translate(
                "Messages", "The database is busy with another workstation's change. Try again in a moment."
            ),
            "stale_stay": translate(
                "Messages",
                "%1 changed this stay at %2, after you opened it. Close and open it again to see the change.",
            ),
            "stale_plan": translate("Messages", "%1 saved this draft at %2, after you opened it."),
            "stale_draft": translate(
                "Messages",
                "%1 saved this draft at %2 in another window or on another workstation, after it was opened here.",
            ),
            "stale_referral": translate(
                "Messages", "%1 decided on this referral at %2, after you opened it. Open it again to see the decision."
            ),
            "stale_reservation": translate(
                "Messages", "%1 changed this reservation at %2, after you opened the board. Look at the board again."
            ),
            "stale_setting": translate(
                "Messages", "%1 changed this setting at %2, after you opened it. Open it again to see the change."
            ),
            "stale_roster": translate(
                "Messages",
                "%1 saved this roster at %2, after you opened it. Your changes are still on the screen; choose what "
                "to keep.",
            ),
            "stale_roster_setup": translate(
                "Messages", "%1 saved a new roster set-up at %2, after you opened it. Open it again to see the change."
            ),
            "stale_contact": translate(
                "Messages", "%1 changed the contact persons of this stay at %2, after you opened it. Look again first."
            ),
            "conflict": translate("Messages", "Someone else changed this after you opened it. Reload and try again."),
            "staff_missing": translate("Messages", "That staff member no longer exists."),
            "absence_missing": translate("Messages", "That absence has already been removed."),
            "login_wait": translate("Messages", "Too many failed logins: wait %1 seconds and try again."),
            "login_wait_one": translate("Messages", "Too many failed logins: wait a second and try again."),
            "login_locked": translate(
                "Messages",
                "The account is locked after %1 failed logins, until %2. The manager can unlock it sooner.",
            ),
            "has_accounts": translate("Messages", "The database already has accounts. Log in as the manager."),
            "no_database": translate(
                "Messages", "There is no database at %1. Create one with 'hvbdesk init' or 'hvbdesk demo'."
            ),
            "database_exists": translate("Messages", "There is already a database at %1."),
            "server_unreachable": translate("Messages", "The PostgreSQL server at %1:%2 cannot be reached: %3"),
            "url_password": translate(
                "Messages", "The database address must not hold the password: give it in %1 or the key store."
            ),
            "schema_exists": translate("Messages", "The PostgreSQL database already holds hvbdesk's tables."),
            "schema_missing": translate(
                "Messages", "The PostgreSQL database holds no hvbdesk tables yet: run 'hvbdesk init' first."
            ),
            "backup_postgres": translate(
                "Messages", "Backups are made here only of the embedded database; on PostgreSQL use pg_dump."
            ),
            "backup_exists": translate("Messages", "%1 already exists; choose a new file name."),
            "backup_missing": translate("Messages", "There is no backup at %1."),
            "stay_missing": translate("Messages", "There is no stay with id %1."),
            "resident_missing": translate("Messages", "There is no young person with id %1."),
            "resident_no_stay": translate("Messages", "The young person with id %1 has no stay."),
            "referral_missing": translate("Messages", "There is no referral with id %1."),
            "reservation_missing": translate("Messages", "There is no active reservation with id %1."),
            "plan_unknown": translate("Messages", "There is no implementation plan with id %1."),
            "entry_missing": translate("Messages", "There is no journal entry with id %1."),
            "account_missing": translate("Messages", "There is no account with id %1."),
        }
        | sip_texts.errors()
        | report_texts.errors()
    )
    code = "login_wait_one" if exc.code == "login_wait" and exc.values == (1,) else exc.code  # not "1 seconds"
    known = texts.get(code)
    return fill(known, *exc.values) if known is not None else str(exc)
