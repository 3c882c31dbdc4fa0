"""Whole numbers typed or imported by people: ASCII digits only, one rule for every number field.

str.isdigit() says yes to '²' and '٣', which int() then refuses or reads as another number; a field
such as a place or a percentage is read here or not at all.
"""

from __future__ import annotations

import re

_ASCII_WHOLE = re.compile(r"[0-9]{1,9}")


def whole_number(text: str) -> int | None:
    """The number written with the digits 0–9 (surrounding spaces allowed), else None."""
    stripped = text.strip()
    return int(stripped) if _ASCII_WHOLE.fullmatch(stripped) else None
