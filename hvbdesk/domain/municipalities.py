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

# Seed 001: the project of 13 municipalities; seed 002 (later, so it wins) says Smedjebacken was
# not part of the 2021 declaration, leaving 12 as in the 2022 final report. Smedjebacken's council
# decided to join on 2025-06-23; Leksand signalled it would stay out.
_FOUNDING = ["2084", "2081", "2080", "2026", "2083", "2029", "2085", "2062", "2034", "2031", "2021", "2039"]


def seed_memberships(start: dt.date) -> list[tuple[str, dt.date, dt.date | None]]:
    """(code, valid_from, valid_to) rows, clipped so nothing starts before `start`."""
    joined_smedjebacken = dt.date(2025, 7, 1)
    leksand_left = dt.date(2025, 6, 30)
    rows: list[tuple[str, dt.date, dt.date | None]] = []
    for code in _FOUNDING:
        end = leksand_left if code == "2029" else None
        if end is not None and end < start:
            continue
        rows.append((code, start, end))
    rows.append(("2061", max(start, joined_smedjebacken), None))
    return rows
