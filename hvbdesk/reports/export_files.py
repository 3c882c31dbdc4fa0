"""The one way the app makes a table of figures for a spreadsheet: CSV or Excel. Every text cell goes
through `neutral`, so nothing the app writes can start a formula in the reader's program. The bytes
are written by the caller (security.private_files.write_whole: private, never half a file)."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from hvbdesk.reports.csv_cells import csv_writer, neutral


def table_bytes(suffix: str, header: Sequence[str], rows: Iterable[Sequence[object]], *, sheet: str = "Data") -> bytes:
    """A header row and the rows, as CSV (UTF-8, comma) for ".csv" or as an Excel workbook for ".xlsx"."""
    if suffix == ".xlsx":
        return _xlsx(header, list(rows), sheet)
    text = io.StringIO(newline="")
    writer = csv_writer(text)
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    return text.getvalue().encode("utf-8")


def _xlsx(header: Sequence[str], rows: list[Sequence[object]], sheet: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    page = book.active
    page.title = sheet[:31]
    page.append([neutral(h) for h in header])
    for cell in page[1]:
        cell.font = Font(bold=True)
    for row in rows:
        page.append([neutral(value) for value in row])
    for column, width in zip("ABCDEFGH", (26, 34, 16, 16, 16, 16, 16, 16), strict=False):
        page.column_dimensions[column].width = width
    page.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
