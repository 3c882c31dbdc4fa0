"""How a form says what is wrong: a red line under it in words, and the field it is about marked."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QWidget

from hvbdesk.domain.errors import FieldProblem, HvbError, ValidationError
from hvbdesk.i18n.messages import describe, describe_problem


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def show_error(label, text: str) -> None:
    """The form's error line; hidden when there is nothing to say."""
    label.setText(text)
    label.setProperty("role", "error")
    _repolish(label)
    label.setVisible(bool(text))


def mark_fields(fields: Mapping[str, QWidget], problems: list[FieldProblem]) -> None:
    """Frame in red the fields the problems name (by the service's field name), with the reason as the
    field's tooltip; clear the others."""
    for name, widget in fields.items():
        wrong = [p for p in problems if p.field == name]
        widget.setProperty("error", bool(wrong))
        widget.setToolTip("; ".join(describe_problem(p) for p in wrong))
        _repolish(widget)
    first = next((fields[p.field] for p in problems if p.field in fields), None)
    if first is not None:
        first.setFocus()


def submit(label, call: Callable[[], object], fields: Mapping[str, QWidget] | None = None) -> bool:
    """A form's service call: on a refusal the reason on the form's error line and the fields it names
    marked, the first of them focused; True when it was done."""
    fields = fields or {}
    try:
        call()
    except HvbError as exc:
        show_error(label, describe(exc))
        mark_fields(fields, exc.problems if isinstance(exc, ValidationError) else [])
        return False
    show_error(label, "")
    mark_fields(fields, [])
    return True
