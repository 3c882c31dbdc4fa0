"""The reference data a new database starts with: municipalities, places, settings (DOMAIN.md)."""

from __future__ import annotations

import datetime as dt

from hvbdesk import __version__
from hvbdesk.domain.enums import PlaceKind
from hvbdesk.domain.municipalities import DALARNA, SEED_POPULATION, seed_memberships
from hvbdesk.domain.settings import FIRST_YEAR_OVERRIDES, SPECS
from hvbdesk.store.models import (
    DatabaseInfo,
    Municipality,
    MunicipalityMembership,
    MunicipalityPopulation,
    Place,
    Setting,
)
from hvbdesk.store.repositories import reference

ORDINARY_PLACES = 8
ACUTE_PLACES = 2


def seed_reference_data(session, start: dt.date, *, demo: bool, created_at: dt.datetime) -> None:
    rows: list = [
        DatabaseInfo(key="created_at", value=created_at.isoformat(timespec="seconds")),
        DatabaseInfo(key="created_by_version", value=__version__),
        DatabaseInfo(key="demo", value="yes" if demo else "no"),
    ]
    rows += [Municipality(code=code, name=name) for code, name in DALARNA.items()]
    rows += [
        MunicipalityPopulation(municipality_code=code, valid_from=start, population=pop)
        for code, pop in SEED_POPULATION.items()
    ]
    rows += [
        MunicipalityMembership(municipality_code=code, valid_from=frm, valid_to=to)
        for code, frm, to in seed_memberships(start)
    ]
    rows += [Place(number=n, kind=PlaceKind.ORDINARY) for n in range(1, ORDINARY_PLACES + 1)]
    rows += [
        Place(number=n, kind=PlaceKind.ACUTE) for n in range(ORDINARY_PLACES + 1, ORDINARY_PLACES + ACUTE_PLACES + 1)
    ]
    second_year = _add_year(start)
    for spec in SPECS:
        if spec.key in FIRST_YEAR_OVERRIDES:
            rows.append(
                Setting(
                    key=spec.key,
                    value=str(FIRST_YEAR_OVERRIDES[spec.key]),
                    valid_from=start,
                    valid_to=second_year - dt.timedelta(days=1),
                )
            )
            rows.append(Setting(key=spec.key, value=str(spec.default), valid_from=second_year))
        else:
            rows.append(Setting(key=spec.key, value=str(spec.default), valid_from=start))
    reference.add_all(session, rows)


def _add_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)
