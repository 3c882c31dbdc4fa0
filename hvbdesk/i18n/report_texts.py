"""The words of reference data, deviations and the steering report's checks in the user's language."""

from __future__ import annotations

from hvbdesk.i18n import translate


def field_labels() -> dict[str, str]:
    return {
        "municipality": translate("ReportTexts", "Municipality"),
        "valid_to": translate("ReportTexts", "To and including"),
        "year": translate("ReportTexts", "Year"),
        "population": translate("ReportTexts", "Population"),
        "source": translate("ReportTexts", "Source"),
        "occurred_on": translate("ReportTexts", "Date of the deviation"),
        "description": translate("ReportTexts", "What happened"),
        "immediate_action": translate("ReportTexts", "Immediate action"),
        "analysis": translate("ReportTexts", "Analysis"),
        "measures": translate("ReportTexts", "Measures"),
        "deviation": translate("ReportTexts", "Deviation"),
    }


def reasons() -> dict[str, str]:
    return {
        "membership_overlap": translate("ReportTexts", "overlaps the municipality's membership %1–%2"),
        "population_range": translate("ReportTexts", "is a whole number above 0"),
        "year_range": translate("ReportTexts", "is a year from %1 to %2"),
        "deviation_closed": translate("ReportTexts", "is already closed"),
        "report_suffix": translate("ReportTexts", "must end in .pdf, .csv or .xlsx"),
        "period_too_early": translate("ReportTexts", "is before 2000"),
        "period_too_late": translate("ReportTexts", "is after 2100"),
    }


def errors() -> dict[str, str]:
    return {
        "stale_membership": translate(
            "ReportTexts", "%1 changed this membership at %2, after you opened it. Look at it again first."
        ),
        "stale_deviation": translate(
            "ReportTexts", "%1 changed this deviation at %2, after you opened it. Open it again to see the change."
        ),
        "membership_missing": translate("ReportTexts", "There is no membership with id %1."),
        "deviation_missing": translate("ReportTexts", "There is no deviation with id %1."),
    }
