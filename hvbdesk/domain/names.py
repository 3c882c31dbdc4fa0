"""Names typed or imported: one rule for the GUI, the CLI and imports. A control character (a line break,
tab, carriage return) in a name would break a printed list or a CSV row, and is never part of a name."""

from __future__ import annotations

import unicodedata

MAX_NAME = 80


def name_reason(text: str) -> tuple[str, str, tuple] | None:
    """(reason, code, values) when `text` is no usable name, else None. Empty is the caller's to judge."""
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in text):
        return "holds a line break, tab or other control character", "control_character", ()
    if len(text) > MAX_NAME:
        return f"is longer than {MAX_NAME} characters", "longer_than", (MAX_NAME,)
    return None
