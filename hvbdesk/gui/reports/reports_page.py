"""Reports: an overview of this month and this year (the steering viewer's start page), and the
steering group's report for any period, previewed as its real pages and saved as PDF, CSV or Excel.
Every figure is computed off the GUI thread; the overview recomputes when data has changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hvbdesk.gui.common.background import Background
from hvbdesk.gui.common.page_parts import heading, muted
from hvbdesk.gui.common.print_preview import PreviewDialog, load_renderer, render_pages
from hvbdesk.gui.common.qt_dates import qdate
from hvbdesk.gui.reports.occupancy_chart import OccupancyChart
from hvbdesk.reports.period import Period, month, quarter, year
from hvbdesk.reports.steering_figures import TARGET_OCCUPANCY, SteeringFigures
from hvbdesk.reports.sv_format import kronor, number, percent
from hvbdesk.services.context import Actor

POLL_MS = 20_000  # how often a shown overview asks whether anything was written
MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


class FigureCard(QFrame):
    """One key figure: what it is, the number, and what it is measured against."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        self.title = QLabel(title)
        self.title.setProperty("role", "muted")
        self.value = QLabel("–")
        self.value.setProperty("role", "figure")
        self.note = QLabel("")
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        self.setMinimumHeight(self.sizeHint().height())
        for w in (self.title, self.value, self.note):
            layout.addWidget(w)

    def show_figure(self, value: str, note: str) -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.setAccessibleName(f"{self.title.text()}: {value}. {note}")


class PeriodFigures(QWidget):
    """The key figures of one period (this month, or this year) as cards."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(title)
        self.title.setProperty("role", "sectionHeading")
        layout.addWidget(self.title)
        grid = QGridLayout()
        self.cards = {
            key: FigureCard(text)
            for key, text in (
                ("occupancy", self.tr("Occupancy")),
                ("care_days", self.tr("Care days")),
                ("admissions", self.tr("Admissions")),
                ("revenue", self.tr("Fee revenue")),
                ("cost", self.tr("Budgeted cost")),
                ("result", self.tr("Result")),
            )
        }
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 3, i % 3)
        layout.addLayout(grid)

    def show_figures(self, f: SteeringFigures, period_text: str) -> None:
        self.title.setText(period_text)
        c, m = self.cards, f.money
        c["occupancy"].show_figure(
            percent(f.occupancy["total"]), self.tr("target %1").replace("%1", percent(TARGET_OCCUPANCY, 0))
        )
        c["care_days"].show_figure(
            number(f.total_care_days),
            (self.tr("1 day × %2 places") if f.dates == 1 else self.tr("%1 days × %2 places"))
            .replace("%1", number(f.dates))
            .replace("%2", number(sum(f.places.values()))),
        )
        c["admissions"].show_figure(
            number(f.admissions), self.tr("%1 young people cared for").replace("%1", number(f.people_count))
        )
        c["revenue"].show_figure(kronor(m.revenue), self.tr("care days × the day fee in force"))
        c["cost"].show_figure(kronor(m.budgeted_cost), self.tr("the annual budget's share of the period"))
        word = self.tr("surplus") if m.result >= 0 else self.tr("deficit, split by population")
        c["result"].show_figure(kronor(m.result), word)


class Overview(QWidget):
    def __init__(self, steering, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self._steering, self._actor = steering, actor
        self._token: int | None = None
        self.background = Background(self, self.tr("Reports"))
        layout = QVBoxLayout(self)
        self.month = PeriodFigures(self.tr("This month"))
        self.year = PeriodFigures(self.tr("This year"))
        periods = QHBoxLayout()  # side by side: the chart keeps its room on a 768-pixel-high screen
        periods.addWidget(self.month, 1, Qt.AlignmentFlag.AlignTop)
        periods.addWidget(self.year, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(periods)
        chart_title = QLabel(
            self.tr("Occupancy per month this year (the line: %1)").replace("%1", percent(TARGET_OCCUPANCY, 0))
        )
        chart_title.setProperty("role", "sectionHeading")
        layout.addWidget(chart_title)
        self.chart = OccupancyChart()
        layout.addWidget(self.chart, 1)
        self.status = muted("")
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh_if_changed)

    def refresh(self) -> None:
        self._token = None
        self.refresh_if_changed()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def hideEvent(self, event) -> None:  # another page or tab: no polling behind the user's back
        self.timer.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.timer.isActive():
            self.refresh()

    def refresh_if_changed(self) -> None:
        steering, actor = self._steering, self._actor
        today = steering.today()
        this_month, this_year = month(today.year, today.month), year(today.year)

        def compute():
            token = steering.data_token()
            if token == self._token:
                return None
            first_of_year = this_year.first
            return (
                token,
                steering.figures(actor, this_month.first, today),
                steering.figures(actor, first_of_year, today),
            )

        self.background.run(self.tr("Counting…"), compute, self._show, quiet=True)

    def _show(self, result) -> None:
        if result is None:
            return
        self._token, in_month, in_year = result
        today = self._steering.today()
        self.month.show_figures(
            in_month,
            self.tr("This month, %1 (to %2)")
            .replace("%1", f"{MONTHS[today.month - 1]} {today.year}")
            .replace("%2", today.isoformat()),
        )
        self.year.show_figures(
            in_year, self.tr("This year, %1 (to %2)").replace("%1", str(today.year)).replace("%2", today.isoformat())
        )
        self.chart.set_months(
            [MONTHS[m.month.month - 1] for m in in_year.months], [m.total for m in in_year.months], TARGET_OCCUPANCY
        )
        self.status.setText(
            self.tr("Counted %1. The figures follow what is entered; no person can be seen here.").replace(
                "%1", dt.datetime.now().strftime("%H:%M")
            )
        )


class ReportMaker(QWidget):
    """The steering group's report for a month, a quarter, a year or any period."""

    def __init__(self, steering, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self._steering, self._actor = steering, actor
        self.preview: PreviewDialog | None = None
        self.background = Background(self, self.tr("Reports"))
        today = steering.today()
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "The report the manager brings to the steering group: occupancy, care days and fee revenue by "
                    "municipality, the budget and the result, the split of a deficit by population, stays, demand, "
                    "quality and staffing. It holds no names, identity numbers or case notes, and counts of one or two "
                    "persons are hidden."
                )
            )
        )
        form = QFormLayout()
        self.kind = QComboBox()
        for key, text in (
            ("month", self.tr("Month")),
            ("quarter", self.tr("Quarter")),
            ("year", self.tr("Year")),
            ("custom", self.tr("From – to")),
        ):
            self.kind.addItem(text, key)
        self.kind.setCurrentIndex(0)  # the last whole month: what a monthly meeting asks for
        last_month = today.replace(day=1) - dt.timedelta(days=1)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(last_month.year)
        self._default_month = last_month.month
        self.part = QComboBox()
        self.first_edit, self.last_edit = QDateEdit(), QDateEdit()
        for edit, day in ((self.first_edit, today.replace(day=1)), (self.last_edit, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(qdate(day))
        for field in (self.kind, self.year_spin, self.part, self.first_edit, self.last_edit):
            field.setMaximumWidth(260)
        form.addRow(self.tr("&Period"), self.kind)
        form.addRow(self.tr("&Year"), self.year_spin)
        form.addRow(self.tr("&Which"), self.part)
        form.addRow(self.tr("&From"), self.first_edit)
        form.addRow(self.tr("&To and including"), self.last_edit)
        self.form = form
        layout.addLayout(form)
        self.period_label = QLabel("")
        self.period_label.setProperty("role", "sectionHeading")
        layout.addWidget(self.period_label)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.xlsx_button = QPushButton(self.tr("Export &Excel…"))
        for b in (self.preview_button, self.pdf_button, self.csv_button, self.xlsx_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = muted("")
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (
            self.year_spin.valueChanged,
            self.part.currentIndexChanged,
            self.first_edit.dateChanged,
            self.last_edit.dateChanged,
        ):
            signal.connect(self._show_period)
        self.preview_button.clicked.connect(self.show_preview)
        self.pdf_button.clicked.connect(lambda: self._save(".pdf"))
        self.csv_button.clicked.connect(lambda: self._save(".csv"))
        self.xlsx_button.clicked.connect(lambda: self._save(".xlsx"))
        self._kind_changed()

    def _kind_changed(self) -> None:
        key = self.kind.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        if key == "month":
            for i, name in enumerate(MONTHS, start=1):
                self.part.addItem(name, i)
            self.part.setCurrentIndex(self._default_month - 1)
        elif key == "quarter":
            for q in range(1, 5):
                self.part.addItem(self.tr("Quarter %1").replace("%1", str(q)), q)
        self.part.blockSignals(False)
        custom = key == "custom"
        for widget, shown in (
            (self.year_spin, not custom),
            (self.part, key in ("month", "quarter")),
            (self.first_edit, custom),
            (self.last_edit, custom),
        ):
            widget.setVisible(shown)
            self.form.labelForField(widget).setVisible(shown)
        self._show_period()

    def period(self) -> Period:
        key, y = self.kind.currentData(), self.year_spin.value()
        if key == "month":
            return month(y, self.part.currentData() or 1)
        if key == "quarter":
            return quarter(y, self.part.currentData() or 1)
        if key == "year":
            return year(y)
        return Period(self.first_edit.date().toPython(), self.last_edit.date().toPython())

    def _show_period(self) -> None:
        p = self.period()
        if p.last < p.first:
            self.period_label.setText(self.tr("The period ends before it starts."))
            self._set_enabled(False)
            return
        text = self.tr("%1 – %2 (%3 days)").replace("%1", p.first.isoformat()).replace("%2", p.last.isoformat())
        text = text.replace("%3", number(p.days))
        if p.last > self._steering.today():
            text += "\n" + self.tr(
                "The period has not ended: stays still going on are counted to its last day, as if they go on."
            )
        self.period_label.setText(text)
        self._set_enabled(True)

    def _set_enabled(self, on: bool) -> None:
        for b in (self.preview_button, self.pdf_button, self.csv_button, self.xlsx_button):
            b.setEnabled(on)

    def show_preview(self) -> None:
        p, steering, actor = self.period(), self._steering, self._actor
        load_renderer()
        self.background.run(
            self.tr("Preparing the report…"),
            lambda: render_pages(steering.pdf(actor, p.first, p.last)),
            lambda pages: self._open_preview(pages, p),
        )

    def _open_preview(self, pages, p: Period) -> None:
        if self.preview is not None:
            self.preview.close()
        self.preview = PreviewDialog(
            pages, self.tr("Report to the steering group %1").replace("%1", f"{p.first} – {p.last}"), self
        )
        self.preview.show()

    def _save(self, suffix: str) -> None:
        p = self.period()
        name = f"styrgruppsrapport-{p.first.isoformat()}-{p.last.isoformat()}{suffix}"
        filters = {".pdf": self.tr("PDF (*.pdf)"), ".csv": self.tr("CSV (*.csv)"), ".xlsx": self.tr("Excel (*.xlsx)")}
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(Path.home() / name), filters[suffix]
        )
        if chosen:
            path = Path(chosen)
            self.save_to(path if path.suffix.lower() == suffix else path.with_name(path.name + suffix))

    def save_to(self, out: Path) -> None:
        p, steering, actor = self.period(), self._steering, self._actor
        self.background.run(
            self.tr("Writing the report…"),
            lambda: steering.write(actor, p.first, p.last, out),
            lambda written: self.status.setText(self.tr("Written to %1").replace("%1", str(written))),
        )


class ReportsPage(QWidget):
    def __init__(self, steering, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.addWidget(heading(self.tr("Reports")))
        self.tabs = QTabWidget()
        self.overview = Overview(steering, actor)
        self.maker = ReportMaker(steering, actor)
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self.maker, self.tr("Report to the &steering group"))
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        self.overview.refresh()

    def finish_work(self) -> None:
        """Before the window closes or locks: let a count or a printout under way end (it reads the database)."""
        self.overview.stop()
        self.overview.background.wait(10_000)
        self.maker.background.wait(10_000)

    def on_lock(self) -> None:
        self.finish_work()
        if self.maker.preview is not None:
            self.maker.preview.close()
