"""The words of SIP work and consents in the user's language: organisations, kinds of information, and
why a consent does not allow something. The printouts, the GUI and the messages share them."""

from __future__ import annotations

from hvbdesk.domain.sip_terms import ConsentHow, InformationKind, Organisation, Principal
from hvbdesk.i18n import translate


def organisation_label(organisation: Organisation | str, name: str = "") -> str:
    """The organisation as a person says it; an OTHER one by the name the consent gives it."""
    org = Organisation(organisation)
    if org is Organisation.OTHER:
        return name or translate("SipTexts", "another organisation")
    return {
        Organisation.SOCIAL_SERVICES: translate("SipTexts", "social services"),
        Organisation.THE_HOME: translate("SipTexts", "the HVB home"),
        Organisation.SCHOOL: translate("SipTexts", "school"),
        Organisation.BUP: translate("SipTexts", "child and adolescent psychiatry (BUP)"),
        Organisation.ADULT_PSYCHIATRY: translate("SipTexts", "adult psychiatry"),
        Organisation.PRIMARY_CARE: translate("SipTexts", "primary care"),
        Organisation.DENTAL_CARE: translate("SipTexts", "dental care"),
    }[org]


def principal_label(principal: Principal) -> str:
    return {
        Principal.MUNICIPALITY: translate("SipTexts", "The municipality"),
        Principal.REGION: translate("SipTexts", "Region Dalarna"),
        Principal.OTHER: translate("SipTexts", "Others"),
    }[principal]


def information_label(kind: InformationKind | str) -> str:
    return {
        InformationKind.PLACEMENT: translate("SipTexts", "the stay and treatment at the home"),
        InformationKind.SOCIAL: translate("SipTexts", "family, housing and finances"),
        InformationKind.SCHOOL: translate("SipTexts", "schooling"),
        InformationKind.HEALTH: translate("SipTexts", "health and medication"),
        InformationKind.PSYCHIATRIC: translate("SipTexts", "psychiatric assessments and diagnoses"),
        InformationKind.SUBSTANCE_USE: translate("SipTexts", "substance use and test results"),
    }[InformationKind(kind)]


def how_label(how: ConsentHow | str) -> str:
    return {
        ConsentHow.WRITTEN: translate("SipTexts", "in writing"),
        ConsentHow.ORAL: translate("SipTexts", "orally"),
        ConsentHow.OTHER: translate("SipTexts", "in another way"),
    }[ConsentHow(how)]


def field_labels() -> dict[str, str]:
    return {
        "consent": translate("SipTexts", "Consent"),
        "given_on": translate("SipTexts", "Given on"),
        "valid_until": translate("SipTexts", "Valid until"),
        "givers": translate("SipTexts", "Consent given by"),
        "heard_by": translate("SipTexts", "Heard by"),
        "actors": translate("SipTexts", "Who may take part"),
        "information": translate("SipTexts", "What may be shared"),
        "revoked_on": translate("SipTexts", "Revoked on"),
        "revoked_how": translate("SipTexts", "How it was revoked"),
        "sip": translate("SipTexts", "SIP"),
        "started_on": translate("SipTexts", "Started on"),
        "person": translate("SipTexts", "Name"),
        "follow_up_on": translate("SipTexts", "Follow-up date"),
        "followed_on": translate("SipTexts", "Followed up on"),
        "initiated_by": translate("SipTexts", "Called by"),
        "coordinated_by": translate("SipTexts", "Coordinated by"),
    }


def reasons() -> dict[str, str]:
    return {
        "consent_too_long": translate("SipTexts", "a consent is valid one year at most: until %1"),
        "consent_no_actor": translate("SipTexts", "a consent is never general: name who may take part"),
        "consent_no_information": translate("SipTexts", "a consent is never general: name what may be shared"),
        "consent_no_giver": translate("SipTexts", "say who gave the consent"),
        "consent_oral_unrecorded": translate("SipTexts", "an oral consent records who heard it"),
        "consent_guardian_adult": translate("SipTexts", "the young person is of age: the consent is their own"),
        "consent_guardian_unknown": translate("SipTexts", "is not a guardian registered on the young person"),
        "consent_other_unnamed": translate("SipTexts", "name the other organisation"),
        "consent_giver_twice": translate("SipTexts", "has already consented"),
        "consent_revoked_twice": translate("SipTexts", "the consent is already revoked"),
        "consent_missing": translate("SipTexts", "the young person has no consent registered"),
        "consent_incomplete": translate("SipTexts", "not everyone who must consent has done so yet"),
        "consent_revoked": translate("SipTexts", "the consent was revoked from %1"),
        "consent_expired": translate("SipTexts", "the consent ended on %1"),
        "consent_not_yet": translate("SipTexts", "the consent applies from %1"),
        "consent_ended_at_18": translate(
            "SipTexts", "the guardians' consent ended when the young person turned 18 on %1; ask the young person"
        ),
        "consent_actor_missing": translate("SipTexts", "the consent does not include %1"),
        "consent_information_missing": translate("SipTexts", "the consent does not include information on %1"),
        "sip_exists": translate("SipTexts", "the young person already has a SIP in progress"),
        "sip_none": translate("SipTexts", "the young person has no SIP"),
        "sip_not_action": translate("SipTexts", "only actions are followed up"),
        "sip_text_excluded": translate("SipTexts", "holds something the young person has kept out of the consent (%1)"),
    }


def errors() -> dict[str, str]:
    """Whole-sentence messages of SIP work that are not about one field."""
    return {
        "sip_missing": translate("SipTexts", "That SIP, participant or action no longer exists."),
        "consent_unknown": translate("SipTexts", "That consent no longer exists."),
        "stale_consent": translate(
            "SipTexts", "%1 changed this consent at %2, after you opened it. Open it again to see the change."
        ),
    }


def reason_values(code: str, args: tuple) -> tuple:
    """A refusal's values in words: an organisation's code as its name, a kind of information as its label."""
    if code == "consent_actor_missing" and args:
        who, person = (args + ("",))[:2]
        org = Organisation(who) if who in Organisation._value2member_map_ else Organisation.OTHER
        label = organisation_label(org, who if org is Organisation.OTHER else "")
        return (f"{label} ({person})" if person else label,)
    if code == "consent_information_missing" and args:
        return (information_label(args[0]),)
    return args


def consent_state_text(state: str, valid_until: str, still: list[str], revoked_on: str) -> str:
    """The consent's state in one sentence, for the SIP page and wherever a SIP is opened."""
    missing = ", ".join(name or translate("SipTexts", "the young person") for name in still)
    return {
        "valid": translate("SipTexts", "Consent valid until %1.").replace("%1", valid_until),
        "expiring": translate("SipTexts", "Consent valid until %1: renew it soon.").replace("%1", valid_until),
        "incomplete": translate("SipTexts", "Consent not complete: %1 has not consented.").replace("%1", missing),
        "not_yet": translate("SipTexts", "Consent not yet in force."),
        "expired": translate("SipTexts", "Consent ended %1: nothing may be shared.").replace("%1", valid_until),
        "revoked": translate("SipTexts", "Consent revoked from %1: nothing may be shared.").replace("%1", revoked_on),
        "ended_at_18": translate(
            "SipTexts", "The guardians' consent ended at 18: the young person's own consent is needed."
        ),
    }[state]
