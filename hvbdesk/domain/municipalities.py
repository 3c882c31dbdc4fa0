"""The municipalities of Dalarna and the seed values for membership and population.

These are only the starting data: membership and population are edited by the manager with
validity dates. Populations are rounded figures for 31 Dec 2024, to be checked against SCB.
"""

from __future__ import annotations

import datetime as dt

DALARNA: dict[str, str] = {
    "2021": "Vansbro",
    "2023": "Malung-Sälen",
    "2026": "Gagnef",
    "2029": "Leksand",
    "2031": "Rättvik",
    "2034": "Orsa",
    "2039": "Älvdalen",
    "2061": "Smedjebacken",
    "2062": "Mora",
    "2080": "Falun",
    "2081": "Borlänge",
    "2082": "Säter",
    "2083": "Hedemora",
    "2084": "Avesta",
    "2085": "Ludvika",
}

SEED_POPULATION: dict[str, int] = {
    "2021": 6_700,
    "2023": 10_100,
    "2026": 10_300,
    "2029": 15_900,
    "2031": 10_900,
    "2034": 6_900,
    "2039": 7_000,
    "2061": 10_600,
    "2062": 20_600,
    "2080": 59_900,
    "2081": 52_600,
    "2082": 11_000,
    "2083": 15_200,
    "2084": 23_000,
    "2085": 26_000,
}

HOST_MUNICIPALITY = "2081"

# What the seeds give, and what is assumed where they give no date (the README lists the same):
# - the 12 founding members (seed 001's 13 without Smedjebacken, which seed 002, the later one, says took
#   no part in 2021; "nu bara 12 kommuner" in the final report of May 2022) from AGREEMENT_FROM, the first
#   day of that month: an assumption, the seeds date no signature;
# - Leksand out from 2025-07-01 (it signalled it would stay out; the regional agreement applies from then);
# - Smedjebacken in from 2025-07-01 (its council decided on 2025-06-23);
# - Säter never a member (it too signalled it would stay out);
# - the populations are rounded figures for 31 December 2024, used from AGREEMENT_FROM on until the
#   manager enters a year's figures;
# - the home's start of operation (for the higher first-year fee) is OPERATION_START, assumed.
AGREEMENT_FROM = dt.date(2022, 5, 1)
MEMBERSHIP_CHANGES_ON = dt.date(2025, 7, 1)
OPERATION_START = dt.date(2026, 1, 1)
POPULATION_AS_OF = dt.date(2024, 12, 31)
POPULATION_SOURCE = "SCB, folkmängd 31 december 2024, avrundad (startvärde, kontrollera mot SCB)"
_FOUNDING = ["2084", "2081", "2080", "2026", "2083", "2029", "2085", "2062", "2034", "2031", "2021", "2039"]
_LEFT = {"2029": MEMBERSHIP_CHANGES_ON - dt.timedelta(days=1)}
_JOINED = {"2061": MEMBERSHIP_CHANGES_ON}


def membership_history(earliest: dt.date = AGREEMENT_FROM) -> list[tuple[str, dt.date, dt.date | None]]:
    """(code, valid_from, valid_to) rows of the agreement as the seeds tell it. `earliest` moves the
    founding members' start back (a demo whose fictional history begins before the agreement did)."""
    founded = min(earliest, AGREEMENT_FROM)
    rows: list[tuple[str, dt.date, dt.date | None]] = [(code, founded, _LEFT.get(code)) for code in _FOUNDING]
    rows += [(code, joined, None) for code, joined in _JOINED.items()]
    return rows


def population_valid_from(year: int) -> dt.date:
    """A year's population figure (as of 31 December) is the key from the next 1 January on."""
    return dt.date(year + 1, 1, 1)


# Seed 002's example of the population key: Smedjebacken's share of one fixed cost is 7 554 kr when all
# municipalities take part and 8 352 kr when Säter and Leksand stay out.
EXAMPLE_MUNICIPALITY = "2061"
EXAMPLE_SHARE_ALL = 7_554
EXAMPLE_SHARE_WITHOUT = 8_352
EXAMPLE_LEFT_OUT = ("2082", "2029")


def split_by_population(total: int, populations: dict[str, int]) -> dict[str, int]:
    """`total` kronor in whole kronor by population; the öre left over go to the largest remainders, so
    the shares add up to the total exactly."""
    people = sum(populations.values())
    if total <= 0 or people <= 0:
        return {code: 0 for code in populations}
    shares = {code: total * pop // people for code, pop in populations.items()}
    remainders = {code: total * pop % people for code, pop in populations.items()}
    left = total - sum(shares.values())
    for code in sorted(remainders, key=lambda c: (-remainders[c], c))[:left]:
        shares[code] += 1
    return shares
