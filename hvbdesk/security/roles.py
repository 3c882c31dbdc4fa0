"""Roles and the permission matrix. Deny by default: a permission not listed for a role is refused."""

from __future__ import annotations

import enum


class Role(str, enum.Enum):
    MANAGER = "manager"
    TREATMENT_LEAD = "treatment_lead"
    COORDINATOR = "coordinator"
    TREATMENT_ASSISTANT = "treatment_assistant"
    PHYSICIAN = "physician"
    PSYCHOLOGIST = "psychologist"
    NURSE = "nurse"
    STEERING_VIEWER = "steering_viewer"


# The roles a member of the home's staff can have (the roster, contact persons, a plan's "who"): every role
# but the steering group's, whose members have accounts but are not staff. Adding a role is this one
# declaration, its permissions below and its name in gui/role_names.py.
STAFF_ROLES: tuple[Role, ...] = tuple(r for r in Role if r is not Role.STEERING_VIEWER)


class Permission(str, enum.Enum):
    RESIDENT_READ = "resident.read"  # names, identity numbers, stays of residents
    RESIDENT_WRITE = "resident.write"
    PLACEMENT_WRITE = "placement.write"  # admission, discharge, moves: the manager's responsibility
    PLACEMENT_IMPORT = "placement.import"
    OCCUPANCY_COUNTS = "occupancy.counts"  # numbers without names
    STAFF_READ = "staff.read"
    STAFF_WRITE = "staff.write"
    STAFF_IMPORT = "staff.import"
    ACCOUNT_READ = "account.read"
    ACCOUNT_WRITE = "account.write"
    AUDIT_READ = "audit.read"
    SETTINGS_READ = "settings.read"
    SETTINGS_WRITE = "settings.write"
    REFERRAL_READ = "referral.read"
    REFERRAL_WRITE = "referral.write"  # register referrals from social services
    REFERRAL_DECIDE = "referral.decide"  # accept, put on the waiting list, decline: the manager
    CONTACT_WRITE = "contact.write"  # assign contact persons: the manager balances the load
    CARE_PLAN_SOCIAL_WRITE = "care_plan.social.write"
    CARE_PLAN_HEALTH_WRITE = "care_plan.health.write"
    PLAN_READ = "plan.read"  # care plans, implementation plans, contact persons
    PLAN_WRITE = "plan.write"  # the home's implementation plan
    JOURNAL_READ = "journal.read"
    JOURNAL_WRITE = "journal.write"
    ROSTER_READ = "roster.read"
    ROSTER_WRITE = "roster.write"  # lay out and save the roster: the manager
    SIP_READ = "sip.read"  # SIPs and consents; the Region's staff only where the consent names them
    SIP_WRITE = "sip.write"  # consents and SIPs; treatment assistants for the young people they are contacts for
    DEVIATION_WRITE = "deviation.write"  # register a deviation: anyone on staff
    DEVIATION_CLOSE = "deviation.close"  # investigate and close it: the manager
    REPORT_STEERING = "report.steering"  # the steering group's report: figures without persons
    DATABASE_BACKUP = "database.backup"
    DATABASE_RESTORE = "database.restore"


_CARE_READ = {
    Permission.DEVIATION_WRITE,
    Permission.RESIDENT_READ,
    Permission.OCCUPANCY_COUNTS,
    Permission.STAFF_READ,
    Permission.SETTINGS_READ,
    Permission.PLAN_READ,
    Permission.ROSTER_READ,
}
# The home's own documentation, kept by its municipal staff.
_HOME_STAFF = {
    Permission.SIP_READ,
    Permission.PLAN_WRITE,
    Permission.JOURNAL_READ,
    Permission.JOURNAL_WRITE,
    Permission.CARE_PLAN_SOCIAL_WRITE,
}
# The Region's staff read the plans and register only the health care plan.
_REGION = {Permission.CARE_PLAN_HEALTH_WRITE, Permission.SIP_READ}

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.MANAGER: frozenset(Permission),
    Role.TREATMENT_LEAD: frozenset(_CARE_READ | _HOME_STAFF | {Permission.REFERRAL_READ, Permission.REPORT_STEERING}),
    Role.COORDINATOR: frozenset(
        _CARE_READ
        | _HOME_STAFF
        | {
            Permission.RESIDENT_WRITE,
            Permission.REFERRAL_READ,
            Permission.REFERRAL_WRITE,
            Permission.SIP_WRITE,
            Permission.REPORT_STEERING,
        }
    ),
    Role.TREATMENT_ASSISTANT: frozenset(_CARE_READ | _HOME_STAFF | {Permission.SIP_WRITE}),
    Role.PHYSICIAN: frozenset(_CARE_READ | _REGION),
    Role.PSYCHOLOGIST: frozenset(_CARE_READ | _REGION),
    Role.NURSE: frozenset(_CARE_READ | _REGION),
    Role.STEERING_VIEWER: frozenset({Permission.OCCUPANCY_COUNTS, Permission.REPORT_STEERING}),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in MATRIX.get(role, frozenset())


def parse_role(text: str) -> Role:
    from hvbdesk.domain.errors import ValidationError

    try:
        return Role(text.strip())
    except ValueError:
        names = ", ".join(r.value for r in Role)
        raise ValidationError.single(
            "role", f"'{text}' is not a role; use one of {names}", "role_unknown", (text, names)
        ) from None


def matrix_markdown() -> str:
    """The matrix as the README shows it (a test keeps the README in step)."""
    roles = list(Role)
    header = "| permission | " + " | ".join(r.value for r in roles) + " |"
    rule = "|---|" + "---|" * len(roles)
    rows = [f"| `{p.value}` | " + " | ".join("yes" if allows(r, p) else "–" for r in roles) + " |" for p in Permission]
    return "\n".join([header, rule, *rows])
