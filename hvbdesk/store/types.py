"""Column types shared by the models."""

from __future__ import annotations

import enum

from sqlalchemy import Enum


def enum_column(enum_class: type[enum.Enum], name: str) -> Enum:
    """Store an enum by its value (what CSV files and people write), checked by a constraint."""
    return Enum(
        enum_class,
        name=name,
        values_callable=lambda members: [m.value for m in members],
        native_enum=False,
        create_constraint=True,
        length=24,
        validate_strings=True,
    )
