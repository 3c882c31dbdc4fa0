"""All mapped classes; importing this module registers every table on Base.metadata."""

from hvbdesk.store.models.account import Account
from hvbdesk.store.models.audit import AuditEntry
from hvbdesk.store.models.care import (
    CarePlan,
    ContactAssignment,
    GoalFollowUp,
    ImplementationPlan,
    PlanAction,
    PlanFollowUp,
    PlanGoal,
)
from hvbdesk.store.models.consent import Consent, ConsentActor, ConsentGiver, ConsentItem
from hvbdesk.store.models.deviation import Deviation
from hvbdesk.store.models.info import DatabaseInfo
from hvbdesk.store.models.journal import JournalEntry
from hvbdesk.store.models.login_event import LoginEvent
from hvbdesk.store.models.municipality import Municipality, MunicipalityMembership, MunicipalityPopulation
from hvbdesk.store.models.place import Place
from hvbdesk.store.models.placement import Placement
from hvbdesk.store.models.referral import Referral
from hvbdesk.store.models.reservation import Reservation
from hvbdesk.store.models.resident import Guardian, Resident
from hvbdesk.store.models.roster import RosterAbsence, RosterAssignment
from hvbdesk.store.models.roster_setup import (
    RosterBase,
    RosterBaseCell,
    RosterDemand,
    RosterKeptViolation,
    RosterShiftType,
    RosterWish,
)
from hvbdesk.store.models.segment import StaySegment
from hvbdesk.store.models.setting import Setting
from hvbdesk.store.models.sip import Sip, SipEntry, SipFollowUp, SipMeeting, SipParticipant
from hvbdesk.store.models.staff import StaffMember

__all__ = [
    "Deviation",
    "Sip",
    "SipEntry",
    "SipFollowUp",
    "SipMeeting",
    "SipParticipant",
    "Consent",
    "ConsentActor",
    "ConsentGiver",
    "ConsentItem",
    "CarePlan",
    "ContactAssignment",
    "GoalFollowUp",
    "ImplementationPlan",
    "JournalEntry",
    "LoginEvent",
    "PlanAction",
    "PlanFollowUp",
    "PlanGoal",
    "RosterAbsence",
    "RosterAssignment",
    "RosterBase",
    "RosterBaseCell",
    "RosterDemand",
    "RosterKeptViolation",
    "RosterShiftType",
    "RosterWish",
    "Account",
    "AuditEntry",
    "DatabaseInfo",
    "Guardian",
    "Municipality",
    "MunicipalityMembership",
    "MunicipalityPopulation",
    "Place",
    "Placement",
    "Referral",
    "Reservation",
    "Resident",
    "Setting",
    "StaffMember",
    "StaySegment",
]
