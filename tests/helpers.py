"""Small helpers for tests: CSV files and fictional identity numbers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hvbdesk.domain.identity import with_check_digit
from hvbdesk.services.imports import PLACEMENT_COLUMNS

# The Curtois–Qu benchmark instances the solver tests and benchmarks read (README.md beside them).
NRP = Path(__file__).resolve().parent / "data" / "nrp"

# Solver tests stop on CP-SAT's deterministic work limit, so the search and its roster are the same on every
# run however busy the machine; the wall-clock limit beside it only keeps a broken run from hanging.
GUARD_SECONDS = 600.0

STAFF_HEADER = ["first_name", "last_name", "role", "employer", "fte_percent", "weekdays_only"]


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page of a PDF, as a reader of the printout sees it."""
    import io

    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def pdftotext(data: bytes) -> str:
    """The text of a PDF as poppler's pdftotext reads it (what a search in the file would find)."""
    import subprocess

    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def pnr(birth_yyyymmdd: str, serial: int = 982) -> str:
    """A fictional identity number (birth number 980–999) with a correct check digit."""
    return with_check_digit(f"{birth_yyyymmdd}{serial:03d}")


def write_csv(path: Path, header: list[str], rows: list[list[str]], delimiter: str = ",", bom: bool = False) -> Path:
    text = "\n".join(delimiter.join(r) for r in [header, *rows]) + "\n"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def placement_row(
    personnummer: str,
    place: str = "1",
    admitted: str = "2026-01-10 10:00",
    discharged: str = "",
    reason: str = "",
    kind: str = "ordinary",
    basis: str = "SoL",
    municipality: str = "Borlänge",
    first: str = "Testa",
    last: str = "Person",
    gender: str = "kvinna",
) -> list[str]:
    values = dict(
        personnummer=personnummer,
        first_name=first,
        last_name=last,
        gender=gender,
        placing_municipality=municipality,
        legal_basis=basis,
        kind=kind,
        place=place,
        admitted=admitted,
        discharged=discharged,
        discharge_reason=reason,
    )
    return [values[c] for c in PLACEMENT_COLUMNS]


class MovableClock:
    """A clock a test moves forward, as a person's pauses would (the login wait counts on it)."""

    def __init__(self, start: dt.datetime):
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)
