"""CSV that a spreadsheet opens as text, never as a formula: OWASP's rule against CSV injection.

A cell that starts with '=', '+', '-', '@', a tab or a carriage return gets a leading apostrophe, which
Excel and LibreOffice show as text. Every CSV the app writes goes through `csv_writer`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutral(value: object) -> object:
    """Text that could start a formula, made inert; numbers and other values as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeCsvWriter:
    def __init__(self, out: TextIO, **options):
        self._writer = csv.writer(out, **options)

    def writerow(self, cells: Iterable[object]) -> None:
        self._writer.writerow([neutral(c) for c in cells])


def csv_writer(out: TextIO, **options) -> SafeCsvWriter:
    return SafeCsvWriter(out, **options)
