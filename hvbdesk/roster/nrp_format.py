"""Reading the Curtois–Qu shift-scheduling benchmark files (benchmarks/nrp/)."""

from __future__ import annotations

from pathlib import Path

from hvbdesk.roster.problem import Cover, Employee, Request, RosterProblem, ShiftType


class FormatError(ValueError):
    pass


def _sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for raw in text.replace("\r", "").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("SECTION_"):
            current = line[len("SECTION_") :]
            sections[current] = []
        elif current is None:
            raise FormatError(f"data before the first section: {line!r}")
        else:
            sections[current].append(line)
    return sections


def parse(text: str) -> RosterProblem:
    s = _sections(text)
    try:
        days = int(s["HORIZON"][0])
        shifts = []
        for line in s["SHIFTS"]:
            parts = line.split(",")
            forbidden = frozenset(x for x in (parts[2].split("|") if len(parts) > 2 else []) if x)
            shifts.append(ShiftType(parts[0], int(parts[1]), forbidden))
        days_off: dict[str, set[int]] = {}
        for line in s.get("DAYS_OFF", []):
            parts = line.split(",")
            days_off[parts[0]] = {int(d) for d in parts[1:] if d}
        staff = []
        for line in s["STAFF"]:
            parts = line.split(",")
            limits = {}
            for item in parts[1].split("|"):
                if item:
                    shift, count = item.split("=")
                    limits[shift] = int(count)
            staff.append(
                Employee(
                    parts[0],
                    limits,
                    int(parts[2]),
                    int(parts[3]),
                    int(parts[4]),
                    int(parts[5]),
                    int(parts[6]),
                    int(parts[7]),
                    frozenset(days_off.get(parts[0], set())),
                )
            )

        def requests(name: str) -> list[Request]:
            return [Request(p[0], int(p[1]), p[2], int(p[3])) for p in (line.split(",") for line in s.get(name, []))]

        cover = [
            Cover(int(p[0]), p[1], int(p[2]), int(p[3]), int(p[4]))
            for p in (line.split(",") for line in s.get("COVER", []))
        ]
    except (KeyError, IndexError, ValueError) as exc:
        raise FormatError(f"not a shift-scheduling benchmark file: {exc}") from None
    return RosterProblem(days, shifts, staff, requests("SHIFT_ON_REQUESTS"), requests("SHIFT_OFF_REQUESTS"), cover)


def read(path: Path) -> RosterProblem:
    return parse(path.read_text(encoding="utf-8"))
