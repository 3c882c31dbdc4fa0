"""How a form says what is wrong: a red line under it in words, and the field it is about marked."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def show_error(label, text: str) -> None:
    """The form's error line; hidden when there is nothing to say."""
    label.setText(text)
    label.setProperty("role", "error")
    _repolish(label)
    label.setVisible(bool(text))
