"""The words of the steering report, in Swedish (the report goes to Swedish municipalities)."""

from __future__ import annotations

from hvbdesk.domain.enums import DeviationKind, GoalResult, PlaceKind, ReferralDecision

KIND = {PlaceKind.ORDINARY: "Ordinarie platser", PlaceKind.ACUTE: "Akutplatser"}
DECISION = {
    ReferralDecision.ACCEPTED: "Antagna",
    ReferralDecision.WAITING: "På väntelista",
    ReferralDecision.DECLINED: "Avböjda",
    ReferralDecision.PENDING: "Ej beslutade",
}
DECLINE_REASON = {
    "no_place": "Ingen plats ledig",
    "outside_target_group": "Utanför målgruppen",
    "needs_detox": "Behöver avgiftning",
    "risk_too_high": "För hög risk",
    "other": "Annat skäl",
}
DESTINATION = {
    "home": "Hem till familjen",
    "other_hvb": "Annat HVB",
    "own_housing": "Eget boende",
    "sis": "SiS-institution",
    "other": "Annat",
    "unknown": "Ej angivet",
}
GOAL = {GoalResult.REACHED: "Uppnått", GoalResult.PARTLY: "Delvis uppnått", GoalResult.NOT_REACHED: "Inte uppnått"}
DEVIATION = {
    DeviationKind.OWN_WORK: "I hemmets eget arbete",
    DeviationKind.SOCIAL_SERVICES: "I samverkan med socialtjänsten",
    DeviationKind.REGION: "I samverkan med Regionen",
    DeviationKind.MEDICATION: "Läkemedel",
    DeviationKind.VIOLENCE_THREAT: "Våld eller hot",
    DeviationKind.ABSCONDING: "Avvikit från hemmet",
    DeviationKind.OTHER: "Annat",
}
ORDINARY_LENGTH = {"shorter": "Kortare än %d veckor", "within": "%d–%d veckor", "longer": "Längre än %d veckor"}
ACUTE_LENGTH = {"within": "Inom %d dagar", "extended": "Med förlängning (högst %d dagar)", "longer": "Längre"}
SEX = ("Kvinnor", "Män")
AGE = {"16–17": "16–17 år", "18–20": "18–20 år", "other": "Annan ålder"}
BASIS = {"SoL": "SoL", "LVU2": "LVU 2 §", "LVU3": "LVU 3 §", "LVM": "LVM"}
