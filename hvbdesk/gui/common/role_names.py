"""Role, audit-action and settings-area names as the user reads them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hvbdesk.security.roles import Role


def role_label(role: Role) -> str:
    labels = {
        Role.MANAGER: QCoreApplication.translate("Roles", "Facility manager"),
        Role.TREATMENT_LEAD: QCoreApplication.translate("Roles", "Treatment lead"),
        Role.COORDINATOR: QCoreApplication.translate("Roles", "Coordinator"),
        Role.TREATMENT_ASSISTANT: QCoreApplication.translate("Roles", "Treatment assistant"),
        Role.PHYSICIAN: QCoreApplication.translate("Roles", "Physician"),
        Role.PSYCHOLOGIST: QCoreApplication.translate("Roles", "Psychologist"),
        Role.NURSE: QCoreApplication.translate("Roles", "Nurse"),
        Role.STEERING_VIEWER: QCoreApplication.translate("Roles", "Steering group (statistics only)"),
    }
    return labels[role]


def action_label(action: str) -> str:
    labels = {
        "view": QCoreApplication.translate("Roles", "viewed"),
        "create": QCoreApplication.translate("Roles", "created"),
        "update": QCoreApplication.translate("Roles", "changed"),
        "delete": QCoreApplication.translate("Roles", "removed"),
        "print": QCoreApplication.translate("Roles", "printed"),
        "export": QCoreApplication.translate("Roles", "exported"),
        "login": QCoreApplication.translate("Roles", "logged in"),
        "login-failed": QCoreApplication.translate("Roles", "failed login"),
        "logout": QCoreApplication.translate("Roles", "logged out"),
        "denied": QCoreApplication.translate("Roles", "denied"),
    }
    return labels.get(action, action)


def entity_label(entity: str) -> str:
    labels = {
        "account": QCoreApplication.translate("Roles", "account"),
        "resident": QCoreApplication.translate("Roles", "young person"),
        "placement": QCoreApplication.translate("Roles", "stay"),
        "staff_member": QCoreApplication.translate("Roles", "staff member"),
        "setting": QCoreApplication.translate("Roles", "settings"),
        "audit_entry": QCoreApplication.translate("Roles", "audit log"),
        "occupancy": QCoreApplication.translate("Roles", "occupancy"),
        "database": QCoreApplication.translate("Roles", "database"),
        "roster": QCoreApplication.translate("Roles", "roster"),
        "roster_setup": QCoreApplication.translate("Roles", "roster set-up"),
        "roster_absence": QCoreApplication.translate("Roles", "absence"),
        "roster_wish": QCoreApplication.translate("Roles", "roster wish"),
        "roster_kept_violation": QCoreApplication.translate("Roles", "kept rule break"),
        "deviation": QCoreApplication.translate("Roles", "deviation"),
        "steering_report": QCoreApplication.translate("Roles", "steering report"),
        "municipality_membership": QCoreApplication.translate("Roles", "membership of the agreement"),
        "municipality_population": QCoreApplication.translate("Roles", "population"),
        "bed_board": QCoreApplication.translate("Roles", "bed board"),
        "care_plan": QCoreApplication.translate("Roles", "care plan"),
        "consent": QCoreApplication.translate("Roles", "consent"),
        "contact_assignment": QCoreApplication.translate("Roles", "contact person"),
        "implementation_plan": QCoreApplication.translate("Roles", "implementation plan"),
        "journal_entry": QCoreApplication.translate("Roles", "journal entry"),
        "plan_followup": QCoreApplication.translate("Roles", "plan follow-up"),
        "referral": QCoreApplication.translate("Roles", "referral"),
        "reservation": QCoreApplication.translate("Roles", "reservation"),
        "sip": QCoreApplication.translate("Roles", "SIP"),
        "watch": QCoreApplication.translate("Roles", "to-do item"),
    }
    return labels.get(entity, entity)


def setting_area(key: str) -> str:
    """The part of the work a setting belongs to, from the first part of its key."""
    areas = {
        "stay": QCoreApplication.translate("Roles", "Stays"),
        "admission": QCoreApplication.translate("Roles", "Admission"),
        "acute": QCoreApplication.translate("Roles", "Stays"),
        "followup": QCoreApplication.translate("Roles", "Follow-up"),
        "watch": QCoreApplication.translate("Roles", "Follow-up"),
        "fees": QCoreApplication.translate("Roles", "Finance"),
        "budget": QCoreApplication.translate("Roles", "Finance"),
        "security": QCoreApplication.translate("Roles", "Security"),
        "contact": QCoreApplication.translate("Roles", "Plans"),
        "care_plan": QCoreApplication.translate("Roles", "Plans"),
        "plan": QCoreApplication.translate("Roles", "Plans"),
        "roster": QCoreApplication.translate("Roles", "Roster"),
    }
    area = key.split(".", 1)[0]
    return areas.get(area, area)


def detail_text(entity_id: str, detail: str) -> str:
    """The log's details column: the record's number and the detail, with the log's own short forms
    ("rows=8", "names", "timeline A..B") said in words."""
    words = {
        "names": QCoreApplication.translate("Roles", "with names"),
        "counts": QCoreApplication.translate("Roles", "counts only"),
        "load": QCoreApplication.translate("Roles", "the load"),
    }
    parts = []
    if entity_id:
        parts.append(QCoreApplication.translate("Roles", "no. %1").replace("%1", entity_id))
    for piece in (p.strip() for p in detail.split(",") if p.strip()):
        if piece.startswith("rows="):
            parts.append(QCoreApplication.translate("Roles", "%1 rows").replace("%1", piece[5:]))
        elif piece.startswith("timeline ") and ".." in piece:
            first, last = piece[len("timeline ") :].split("..", 1)
            parts.append(
                QCoreApplication.translate("Roles", "timeline %1 – %2").replace("%1", first).replace("%2", last)
            )
        else:
            parts.append(words.get(piece, piece))
    return ", ".join(parts)
