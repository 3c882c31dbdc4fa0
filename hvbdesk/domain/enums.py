"""Fixed vocabularies of the domain. Values are what the database and CSV files hold."""

from __future__ import annotations

import enum


class Gender(str, enum.Enum):
    KVINNA = "kvinna"
    MAN = "man"
    ICKE_BINAR = "icke-binär"


class LegalSex(str, enum.Enum):
    """Legal sex as read from the identity number (for statistics split by legal sex)."""

    FEMALE = "female"
    MALE = "male"


class LegalBasis(str, enum.Enum):
    SOL = "SoL"
    LVU_2 = "LVU2"
    LVU_3 = "LVU3"
    LVM = "LVM"


class PlaceKind(str, enum.Enum):
    ORDINARY = "ordinary"
    ACUTE = "acute"


class DischargeReason(str, enum.Enum):
    PLANNED = "planned"
    UNPLANNED = "unplanned"


class Employer(str, enum.Enum):
    MUNICIPALITY = "municipality"
    REGION = "region"


class ReferralDecision(str, enum.Enum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    WAITING = "waiting"
    DECLINED = "declined"


class AuditAction(str, enum.Enum):
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    PRINT = "print"
    EXPORT = "export"
    LOGIN = "login"
    LOGIN_FAILED = "login-failed"
    LOGOUT = "logout"
    DENIED = "denied"


class DischargeDestination(str, enum.Enum):
    HOME = "home"
    OTHER_HVB = "other_hvb"
    OWN_HOUSING = "own_housing"
    SIS = "sis"
    OTHER = "other"


class ReservationStatus(str, enum.Enum):
    ACTIVE = "active"
    ADMITTED = "admitted"
    CANCELLED = "cancelled"


class DeclineReason(str, enum.Enum):
    NO_PLACE = "no_place"
    OUTSIDE_TARGET_GROUP = "outside_target_group"
    NEEDS_DETOX = "needs_detox"
    RISK_TOO_HIGH = "risk_too_high"
    OTHER = "other"


class ContactRole(str, enum.Enum):
    PRIMARY = "primary"
    SECONDARY = "secondary"


class CarePlanOwner(str, enum.Enum):
    SOCIAL_SERVICES = "social_services"
    HEALTH_CARE = "health_care"


class PlanStatus(str, enum.Enum):
    DRAFT = "draft"
    ESTABLISHED = "established"


class GoalResult(str, enum.Enum):
    REACHED = "reached"
    PARTLY = "partly"
    NOT_REACHED = "not_reached"


class JournalKind(str, enum.Enum):
    DAILY_NOTE = "daily_note"
    CONVERSATION = "conversation"
    TREATMENT_SESSION = "treatment_session"
    SOCIAL_SERVICES_CONTACT = "social_services_contact"
    INCIDENT = "incident"
    OTHER = "other"


class EntryStatus(str, enum.Enum):
    DRAFT = "draft"
    SIGNED = "signed"


class AbsenceKind(str, enum.Enum):
    """Why someone on the roster is away."""

    VACATION = "vacation"
    SICK_LEAVE = "sick_leave"
    PARENTAL_LEAVE = "parental_leave"
    TRAINING = "training"


class DeviationKind(str, enum.Enum):
    """Where a deviation (avvikelse) arose; the kinds the steering report counts."""

    OWN_WORK = "own_work"
    SOCIAL_SERVICES = "social_services"
    REGION = "region"
    MEDICATION = "medication"
    VIOLENCE_THREAT = "violence_threat"
    ABSCONDING = "absconding"
    OTHER = "other"


class DeviationStatus(str, enum.Enum):
    OPEN = "open"
    CLOSED = "closed"
