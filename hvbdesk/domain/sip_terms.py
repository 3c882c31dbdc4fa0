"""The words of SIP work: the principals (huvudmän), their organisations, and the kinds of information a
consent names. Values are what the database holds."""

from __future__ import annotations

import enum


class Principal(str, enum.Enum):
    MUNICIPALITY = "municipality"  # kommunen
    REGION = "region"  # Region Dalarna
    OTHER = "other"  # e.g. the police or a voluntary organisation, when the consent names them


class Organisation(str, enum.Enum):
    SOCIAL_SERVICES = "social_services"
    THE_HOME = "the_home"
    SCHOOL = "school"
    BUP = "bup"  # barn- och ungdomspsykiatrin
    ADULT_PSYCHIATRY = "adult_psychiatry"
    PRIMARY_CARE = "primary_care"
    DENTAL_CARE = "dental_care"
    OTHER = "other"  # named in the consent: "Polisen", "Föreningen X"

    @property
    def principal(self) -> Principal:
        return _PRINCIPAL[self]


_PRINCIPAL = {
    Organisation.SOCIAL_SERVICES: Principal.MUNICIPALITY,
    Organisation.THE_HOME: Principal.MUNICIPALITY,
    Organisation.SCHOOL: Principal.MUNICIPALITY,
    Organisation.BUP: Principal.REGION,
    Organisation.ADULT_PSYCHIATRY: Principal.REGION,
    Organisation.PRIMARY_CARE: Principal.REGION,
    Organisation.DENTAL_CARE: Principal.REGION,
    Organisation.OTHER: Principal.OTHER,
}


class InformationKind(str, enum.Enum):
    """What may be shared; a consent names each kind it allows, never 'everything'."""

    PLACEMENT = "placement"  # the stay and the treatment at the home
    SOCIAL = "social"  # family, housing, economy
    SCHOOL = "school"
    HEALTH = "health"  # somatic health, medication
    PSYCHIATRIC = "psychiatric"  # assessments, diagnoses
    SUBSTANCE_USE = "substance_use"  # use, tests and their results


class ConsentHow(str, enum.Enum):
    WRITTEN = "written"
    ORAL = "oral"  # documented: who heard it and when
    OTHER = "other"  # shown in another way, described by who saw it


class GiverKind(str, enum.Enum):
    YOUNG_PERSON = "young_person"
    GUARDIAN = "guardian"


class SipEntryKind(str, enum.Enum):
    GOAL = "goal"  # the young person's own goal, in their words ("Vad är viktigt för dig?")
    NEED = "need"
    ACTION = "action"  # with the responsible principal, organisation and person, and a follow-up date


class FollowUpResult(str, enum.Enum):
    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not_done"


class MeetingKind(str, enum.Enum):
    FIRST = "first"
    FOLLOW_UP = "follow_up"
