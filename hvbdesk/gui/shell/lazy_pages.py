"""The window's pages, each built the first time it is shown or asked for: a login draws its start page
without first building eight others (which took a quarter of a second on a ten-year database)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

from hvbdesk.gui.common.house_rules import keep_tab_for_moving_on


class LazyPages(Mapping[str, QWidget]):
    """Keys are every page the role may see, in the navigation's order; a value is built on first use."""

    def __init__(self, stack: QStackedWidget):
        self._stack = stack
        self._makers: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}
        self._holders: dict[str, QScrollArea] = {}

    def add(self, key: str, make: Callable[[], QWidget]) -> None:
        self._makers[key] = make

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            page = self._makers[key]()  # KeyError for a page the role does not get, as a dict would
            keep_tab_for_moving_on(page)
            self._built[key] = page
            # In a window smaller than the page's minimum (1366x768 at 150 % leaves 910x512 to draw on)
            # the page scrolls instead of being squeezed until its texts are cut.
            holder = QScrollArea()
            holder.setObjectName("pageHolder")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidget(page)
            self._holders[key] = holder
            self._stack.addWidget(holder)
        return page

    def holder(self, key: str) -> QScrollArea:
        """What the stack shows for the page: the page in its scroll area."""
        self[key]
        return self._holders[key]

    def key_of(self, shown: QWidget | None) -> str | None:
        """The key of the page the stack shows, if any."""
        return next((k for k, h in self._holders.items() if h is shown), None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)

    def built(self) -> dict[str, QWidget]:
        """The pages made so far: only these hold data to clear on a lock or drafts to save."""
        return dict(self._built)
