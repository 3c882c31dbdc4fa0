"""Numbers as a Swedish reader writes them: a space between thousands, a decimal comma, "82,7 %"."""

from __future__ import annotations

NBSP = "\u00a0"  # keeps "10 135 074" and "82,7 %" on one line


def number(value: float, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", NBSP).replace(".", ",").replace("-", "−")


def kronor(value: float) -> str:
    return f"{number(round(value))}{NBSP}kr"


def percent(ratio: float, decimals: int = 1) -> str:
    return f"{number(ratio * 100, decimals)}{NBSP}%"


def signed_kronor(value: float) -> str:
    return ("+" if value > 0 else "") + kronor(value)
