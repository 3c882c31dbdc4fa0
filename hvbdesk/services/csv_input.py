"""Reading the import CSV files: UTF-8 with or without BOM, comma or semicolon, header in any order."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from hvbdesk.domain.errors import FieldProblem, ValidationError


@dataclass(frozen=True)
class CsvRow:
    line: int  # the line number a person sees in a text editor (the header is line 1)
    values: dict[str, str]


def _records(reader):
    """(line, cells) for each record; a record the csv module cannot read is a problem on its line."""
    try:
        start = reader.line_num + 1  # a quoted field may hold line breaks: a record's line is its first
        for cells in reader:
            yield start, cells
            start = reader.line_num + 1
    except csv.Error as exc:
        line = reader.line_num  # the reader has counted the line it failed on
        if "field limit" in str(exc):
            limit = csv.field_size_limit()
            raise ValidationError(
                FieldProblem("row", f"has a field longer than {limit} characters", line, "field_too_long", (limit,))
            ) from None
        raise ValidationError(
            FieldProblem("row", f"cannot be read as CSV ({exc})", line, "csv_broken", (str(exc),))
        ) from None


def read_rows(path: Path, required: list[str], optional: tuple[str, ...] = ()) -> list[CsvRow]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ValidationError.single(
            "file", f"cannot read {path}: {exc.strerror}", "file_unreadable", (path, exc.strerror)
        ) from None
    except UnicodeDecodeError:
        raise ValidationError(
            FieldProblem(
                "file", "is not UTF-8 text; save it as 'CSV UTF-8' in the spreadsheet program", 1, "file_not_utf8"
            )
        ) from None
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise ValidationError(FieldProblem("file", "is empty or has no header row", 1, "file_empty"))
    delimiter = ";" if lines[0].count(";") > lines[0].count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip().lower() for h in next(iter(_records(reader)))[1]]
    named = [h for h in header if h]
    missing = [c for c in required if c not in named]
    unknown = [c for c in named if c not in required and c not in optional]
    duplicated = sorted({c for c in named if named.count(c) > 1})
    problems = []
    if missing:
        problems.append(
            FieldProblem(
                "header", "missing column(s): " + ", ".join(missing), 1, "columns_missing", (", ".join(missing),)
            )
        )
    if unknown:
        problems.append(
            FieldProblem(
                "header", "unknown column(s): " + ", ".join(unknown), 1, "columns_unknown", (", ".join(unknown),)
            )
        )
    if duplicated:
        problems.append(
            FieldProblem(
                "header",
                "column(s) given twice: " + ", ".join(duplicated),
                1,
                "columns_twice",
                (", ".join(duplicated),),
            )
        )
    if problems:
        raise ValidationError(problems)
    rows = []
    for line, cells in _records(reader):
        if not any(c.strip() for c in cells):
            continue
        if len([c for c in cells[len(header) :] if c.strip()]) > 0:
            problems.append(
                FieldProblem(
                    "row",
                    f"has {len(cells)} values but the header names {len(named)}",
                    line,
                    "row_width",
                    (len(cells), len(named)),
                )
            )
            continue
        cells = cells + [""] * (len(header) - len(cells))
        rows.append(CsvRow(line, {h: cells[i].strip() for i, h in enumerate(header) if h}))
    if problems:
        raise ValidationError(problems)
    if not rows:
        raise ValidationError(FieldProblem("file", "has a header but no rows", 1, "file_no_rows"))
    return rows
