"""Domain values as the user reads them (through Qt's translation files)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hvbdesk.domain.enums import (
    DeclineReason,
    DeviationKind,
    DeviationStatus,
    DischargeDestination,
    DischargeReason,
    Gender,
    LegalBasis,
    PlaceKind,
    ReferralDecision,
)
from hvbdesk.domain.watches import Watch


def kind_label(kind: PlaceKind) -> str:
    return {
        PlaceKind.ORDINARY: QCoreApplication.translate("Labels", "ordinary"),
        PlaceKind.ACUTE: QCoreApplication.translate("Labels", "acute"),
    }[kind]


def deviation_kind_label(kind: DeviationKind) -> str:
    return {
        DeviationKind.OWN_WORK: QCoreApplication.translate("Labels", "In the home's own work"),
        DeviationKind.SOCIAL_SERVICES: QCoreApplication.translate("Labels", "In cooperation with social services"),
        DeviationKind.REGION: QCoreApplication.translate("Labels", "In cooperation with the Region"),
        DeviationKind.MEDICATION: QCoreApplication.translate("Labels", "Medication"),
        DeviationKind.VIOLENCE_THREAT: QCoreApplication.translate("Labels", "Violence or threat"),
        DeviationKind.ABSCONDING: QCoreApplication.translate("Labels", "Absconding"),
        DeviationKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[kind]


def deviation_status_label(status: DeviationStatus) -> str:
    return {
        DeviationStatus.OPEN: QCoreApplication.translate("Labels", "open, to be investigated"),
        DeviationStatus.CLOSED: QCoreApplication.translate("Labels", "closed"),
    }[status]


def basis_label(basis: LegalBasis) -> str:
    return {LegalBasis.SOL: "SoL", LegalBasis.LVU_2: "LVU §2", LegalBasis.LVU_3: "LVU §3", LegalBasis.LVM: "LVM"}[basis]


def gender_label(gender: Gender) -> str:
    return {
        Gender.KVINNA: QCoreApplication.translate("Labels", "woman"),
        Gender.MAN: QCoreApplication.translate("Labels", "man"),
        Gender.ICKE_BINAR: QCoreApplication.translate("Labels", "non-binary"),
    }[gender]


def discharge_reason_label(reason: DischargeReason) -> str:
    return {
        DischargeReason.PLANNED: QCoreApplication.translate("Labels", "planned"),
        DischargeReason.UNPLANNED: QCoreApplication.translate("Labels", "unplanned (broken off)"),
    }[reason]


def destination_label(dest: DischargeDestination) -> str:
    return {
        DischargeDestination.HOME: QCoreApplication.translate("Labels", "home"),
        DischargeDestination.OTHER_HVB: QCoreApplication.translate("Labels", "another HVB"),
        DischargeDestination.OWN_HOUSING: QCoreApplication.translate("Labels", "own housing"),
        DischargeDestination.SIS: QCoreApplication.translate("Labels", "SiS"),
        DischargeDestination.OTHER: QCoreApplication.translate("Labels", "other"),
    }[dest]


def decline_label(reason: str) -> str:
    return {
        DeclineReason.NO_PLACE.value: QCoreApplication.translate("Labels", "no place free"),
        DeclineReason.OUTSIDE_TARGET_GROUP.value: QCoreApplication.translate("Labels", "outside the target group"),
        DeclineReason.NEEDS_DETOX.value: QCoreApplication.translate("Labels", "needs detoxification first"),
        DeclineReason.RISK_TOO_HIGH.value: QCoreApplication.translate("Labels", "risks the home cannot meet"),
        DeclineReason.OTHER.value: QCoreApplication.translate("Labels", "other reason"),
    }.get(reason, reason)


def decision_label(decision: ReferralDecision) -> str:
    return {
        ReferralDecision.PENDING: QCoreApplication.translate("Labels", "not decided"),
        ReferralDecision.ACCEPTED: QCoreApplication.translate("Labels", "accepted"),
        ReferralDecision.WAITING: QCoreApplication.translate("Labels", "waiting list"),
        ReferralDecision.DECLINED: QCoreApplication.translate("Labels", "declined"),
    }[decision]


def watch_text(w: Watch) -> str:
    """One plain sentence per watch, for the "Att göra" panel and the board's tooltips."""
    due = f"{w.due:%Y-%m-%d}"
    texts = {
        "acute_ending": (
            QCoreApplication.translate("Labels", "Acute stay ended %1: discharge or extend")
            if w.overdue
            else QCoreApplication.translate("Labels", "Acute stay ends %1")
        ),
        "cost_split_unsettled": (
            QCoreApplication.translate("Labels", "Cost split not settled; the deadline was %1")
            if w.overdue
            else QCoreApplication.translate("Labels", "Settle the cost split and municipality of registration by %1")
        ),
        "lvu_review": QCoreApplication.translate("Labels", "LVU reconsideration due %1"),
        "ordinary_over_max": (
            QCoreApplication.translate("Labels", "The stay passed 24 weeks on %1")
            if w.overdue
            else QCoreApplication.translate("Labels", "The stay reaches 24 weeks on %1")
        ),
        "planned_end_near": (
            QCoreApplication.translate("Labels", "Planned end %1 passed with no discharge planned")
            if w.overdue
            else QCoreApplication.translate("Labels", "Planned end %1 and no discharge planned")
        ),
        "guardians_missing": QCoreApplication.translate("Labels", "Under 18 and no guardian registered"),
        "primary_contact_missing": QCoreApplication.translate("Labels", "No primary contact person; one was due %1"),
        "social_care_plan_missing": QCoreApplication.translate(
            "Labels", "Social services' care plan not received; it was due %1"
        ),
        "implementation_plan_due": (
            QCoreApplication.translate("Labels", "Implementation plan missing; it was due %1")
            if w.overdue
            else QCoreApplication.translate("Labels", "First implementation plan due %1")
        ),
        "plan_followup_due": (
            QCoreApplication.translate("Labels", "Follow-up of the plan was due %1")
            if w.overdue
            else QCoreApplication.translate("Labels", "Follow up the plan by %1")
        ),
        "consent_expiring": QCoreApplication.translate("Labels", "The consent for SIP work ends %1: renew it"),
        "consent_expired": QCoreApplication.translate("Labels", "The consent for SIP work ended %1"),
        "consent_revoked": QCoreApplication.translate("Labels", "The consent was revoked from %1: nothing is shared"),
        "consent_incomplete": QCoreApplication.translate(
            "Labels", "The consent given %1 lacks a guardian's (or the young person's) consent"
        ),
        "consent_ended_at_18": QCoreApplication.translate(
            "Labels", "Turned 18 on %1: the guardians' consent no longer applies; ask the young person"
        ),
        "consent_turns_18": QCoreApplication.translate(
            "Labels", "Turns 18 on %1: the guardians' consent ends then; ask the young person"
        ),
        "consent_missing": QCoreApplication.translate("Labels", "SIP started %1 without a consent"),
        "sip_follow_up_passed": QCoreApplication.translate("Labels", "A SIP action was to be followed up %1"),
        "sip_no_follow_up": QCoreApplication.translate("Labels", "The SIP started %1 has no follow-up planned"),
    }
    return texts.get(w.code, w.code).replace("%1", due)
