"""Schema: the base schedule that repeats and the period rosters made from it, edited in the grid,
checked as it is edited, laid out by the solver off the GUI thread."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hvbdesk.domain.errors import HvbError
from hvbdesk.gui.common.background import Background, attempt, say_failure
from hvbdesk.gui.common.conflict_dialog import ConflictDialog, resolve
from hvbdesk.gui.common.flow_layout import FlowLayout
from hvbdesk.gui.common.page_parts import heading, muted
from hvbdesk.gui.common.qt_dates import qdate
from hvbdesk.gui.roster.roster_dialogs import AbsenceDialog, RosterSetupDialog
from hvbdesk.gui.roster.roster_grid import OTHER_SHIFT_COLOUR, SHIFT_COLOURS, CellHistory, RosterGrid, RosterModel
from hvbdesk.gui.roster.roster_texts import day_text, differences, edges_text, rule_name, sentence, wish_text
from hvbdesk.gui.roster.solver_runner import SolverRunner
from hvbdesk.i18n.messages import describe
from hvbdesk.reports.sv_format import number as sv_number
from hvbdesk.roster.sheet import BASE, PERIOD
from hvbdesk.security.roles import Permission, allows
from hvbdesk.services.context import Actor, Clock, local_now
from hvbdesk.services.printing import PrintService
from hvbdesk.services.roster import MAX_WEEKS, RosterService, monday_of
from hvbdesk.services.roster_setup import RosterSetupService

VIOLATION_KEY = Qt.ItemDataRole.UserRole + 10


class RosterPage(QWidget):
    def __init__(
        self,
        roster: RosterService,
        setup: RosterSetupService,
        printing: PrintService,
        actor: Actor,
        clock: Clock = local_now,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._roster, self._setup, self._printing, self._actor, self._clock = roster, setup, printing, actor, clock
        self.may_write = allows(actor.role, Permission.ROSTER_WRITE)
        self.model = RosterModel(self)
        self.undo = CellHistory(self.model, self)
        self.runner = SolverRunner(self)
        self.background = Background(self, self.tr("Roster"))
        self._loading = False
        self._solving_sheet = None
        self._listed: list = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(8)
        # The toolbars wrap rather than clip their labels on a small screen or at a large text scale.
        top = FlowLayout()
        top.addWidget(heading(self.tr("Roster")))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Period roster"), PERIOD)
        self.kind_combo.addItem(self.tr("Base schedule"), BASE)
        top.addWidget(self.kind_combo)
        self.from_label = QLabel(self.tr("From"))
        top.addWidget(self.from_label)
        self.from_edit = QDateEdit(qdate(monday_of(clock().date())))
        self.from_edit.setCalendarPopup(True)
        top.addWidget(self.from_edit)
        top.addWidget(QLabel(self.tr("Weeks")))
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, MAX_WEEKS)
        self.weeks_spin.setValue(6)
        top.addWidget(self.weeks_spin)
        self.export_button = QPushButton(self.tr("Print / export…"))
        self.export_button.setToolTip(self.tr("The period roster as a PDF for the wall (two weeks a page) or as CSV"))
        top.addWidget(self.export_button)
        self.absence_button = QPushButton(self.tr("Absence…"))
        self.setup_button = QPushButton(self.tr("Set-up…"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        for button in (self.absence_button, self.setup_button, self.undo_button, self.redo_button, self.save_button):
            button.setVisible(self.may_write)
            top.addWidget(button)

        solve_row = FlowLayout()
        self.solve_button = QPushButton(self.tr("Lay out the roster"))
        self.solve_button.setToolTip(
            self.tr(
                "The solver lays out everyone with an FTE; temporary staff and "
                "locked cells stay as they are. Undo takes it back."
            )
        )
        solve_row.addWidget(self.solve_button)
        self.limit_label = QLabel(self.tr("Time limit (s)"))
        solve_row.addWidget(self.limit_label)
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(1, 600)
        self.limit_spin.setValue(30)
        solve_row.addWidget(self.limit_spin)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setFormat(self.tr("Proven: %p %"))
        self.progress.setToolTip(
            self.tr("How close the best roster so far is proven to be to the best possible (100 %: none is better)")
        )
        self.progress.setFixedWidth(200)
        solve_row.addWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("Stop and keep the best"))
        self.cancel_button.setEnabled(False)
        solve_row.addWidget(self.cancel_button)
        layout.addLayout(top)
        layout.addLayout(solve_row)
        status_row = QHBoxLayout()
        self.progress_label = QLabel("")
        self.progress_label.setWordWrap(True)  # the result sentence must be read whole, also on small screens
        status_row.addWidget(self.progress_label, 1)
        for w in (
            self.solve_button,
            self.limit_label,
            self.limit_spin,
            self.progress,
            self.progress_label,
            self.cancel_button,
        ):
            w.setVisible(self.may_write)
        self.source_label = QLabel("")
        self.source_label.setProperty("role", "summary")
        self.source_label.setWordWrap(True)
        status_row.addWidget(self.source_label, 1)
        layout.addLayout(status_row)

        splitter = QSplitter()
        self.grid = RosterGrid(self.model, self.undo, self.may_write)
        splitter.addWidget(self.grid)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        self.edges_label = muted("")  # where the weeks before and after come from (wraps in the side panel)
        side_layout.addWidget(self.edges_label)
        side_layout.addWidget(QLabel(self.tr("Rule breaks")))
        self.violation_list = QListWidget()
        self.violation_list.setWordWrap(True)
        side_layout.addWidget(self.violation_list, 2)
        self.keep_button = QPushButton(self.tr("Keep with a reason…"))
        self.keep_button.setVisible(self.may_write)
        side_layout.addWidget(self.keep_button)
        side_layout.addWidget(QLabel(self.tr("Uncovered shifts")))
        self.gap_list = QListWidget()
        side_layout.addWidget(self.gap_list, 1)
        self.explanation = muted("")
        side_layout.addWidget(self.explanation)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 300])
        layout.addWidget(splitter, 1)
        self.legend = QLabel("")  # what the letters in the cells mean, in the cells' own colours
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.legend)
        layout.addWidget(
            muted(
                self.tr(
                    "Type a shift's letter in a cell (Delete clears); select a week and copy it with Ctrl+C, paste "
                    "with Ctrl+V; Ctrl+Z undoes. A red frame is a rule break, amber one kept with a reason. "
                    "Right-click a cell for absence and wishes."
                )
            )
        )

        self.kind_combo.currentIndexChanged.connect(lambda _: self._reload())
        self.from_edit.dateChanged.connect(lambda _: self._reload())
        self.weeks_spin.valueChanged.connect(lambda _: self._reload())
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self.undo.undo)
        self.redo_button.clicked.connect(self.undo.redo)
        self.undo.changed.connect(self._show_history)
        self.model.edited.connect(self._show_checks)
        self.solve_button.clicked.connect(self.start_solver)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_solved)
        self.runner.failed.connect(self._on_failed)
        self.keep_button.clicked.connect(self.keep_selected)
        self.violation_list.itemDoubleClicked.connect(self._go_to_violation)
        self.absence_button.clicked.connect(lambda: self.register_absence())
        self.setup_button.clicked.connect(self.edit_setup)
        self.export_button.clicked.connect(self._export)
        self.grid.cell_menu_requested.connect(self._cell_menu)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

    # --- loading -------------------------------------------------------------------------------
    @property
    def sheet(self):
        return self.model.sheet

    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    @property
    def dirty(self) -> bool:
        return not self.undo.is_clean()

    def refresh(self) -> None:
        if self.sheet is None:
            self._reload()

    def on_lock(self) -> None:
        self.save_pending()
        self.model.set_sheet(None)
        self.undo.clear()
        self.violation_list.clear()
        self.gap_list.clear()

    def save_pending(self) -> None:
        """Edits are never dropped: on lock or close they are saved. A running solver is stopped first,
        so the window never closes under a working thread."""
        if self.runner.running:
            self.runner.cancel()
            self.runner.wait(10)
        self.background.wait(10_000)  # a printout being written is finished, never cut off
        if self.sheet is not None and self.dirty and self.may_write:
            self.save()

    def _reload(self, keep_cells: bool = False) -> None:
        if self._loading:
            return
        if self.dirty and not keep_cells and self.may_write:
            self.save()
        is_period = self.kind == PERIOD
        self.from_edit.setEnabled(is_period)
        self.from_label.setEnabled(is_period)
        self.absence_button.setEnabled(is_period)
        self.export_button.setEnabled(is_period)  # a base schedule has no real dates to pin on a wall
        cells = dict(self.sheet.assignment) if keep_cells and self.sheet else None
        weeks = self.weeks_spin.value()
        if is_period:
            first = monday_of(self.from_edit.date().toPython())
            read = lambda: self._roster.period(self._actor, first, weeks)  # noqa: E731
        else:
            read = lambda: self._roster.base(self._actor, weeks)  # noqa: E731
        loaded: list = []
        if not attempt(self, self.tr("Roster"), read, loaded.append):
            return
        sheet = loaded[0]
        if cells is not None:
            sheet.assignment = {k: v for k, v in cells.items() if k in sheet.home.staff}
        self.model.set_sheet(sheet)
        if not keep_cells:
            self.undo.clear()
        self._show_checks()
        self._show_source()

    def _show_history(self) -> None:
        self.undo_button.setEnabled(self.undo.can_undo())
        self.redo_button.setEnabled(self.undo.can_redo())
        self._show_source()

    def _show_source(self) -> None:
        if self.sheet is None:
            return
        texts = {
            "saved": self.tr("Saved"),
            "base": self.tr("Made from the base schedule – not saved yet"),
            "empty": self.tr("Empty – type shifts or lay out the roster"),
        }
        text = texts[self.sheet.source]
        if self.dirty:
            text = self.tr("Changed – not saved")
        self.source_label.setText(text)
        self.edges_label.setText(edges_text(self.sheet.edges) if self.sheet.kind == PERIOD else "")
        self.legend.setText(self._legend())
        self.edges_label.setVisible(self.sheet.kind == PERIOD)

    # --- checks --------------------------------------------------------------------------------
    def _show_checks(self) -> None:
        self.violation_list.clear()
        self.gap_list.clear()
        sheet = self.sheet
        if sheet is None:
            return
        found = sorted(self.model.found, key=lambda f: (f.kept_reason is not None, f.violation.day or 0))
        self._listed = found  # the list items carry an index into this, not the Python objects themselves
        for number, f in enumerate(found):
            text = f"{rule_name(f.violation.rule)}: {sentence(sheet, f)}"
            if f.kept_reason:
                text += "\n" + self.tr("Kept: %1").replace("%1", f.kept_reason)
            item = QListWidgetItem(text)
            item.setData(VIOLATION_KEY, number)
            if f.kept_reason:
                item.setForeground(Qt.GlobalColor.darkGray)
            self.violation_list.addItem(item)
        if not found:
            self.violation_list.addItem(QListWidgetItem(self.tr("No rule is broken.")))
        gaps = sheet.gaps()
        for g in gaps:
            shift = sheet.home.shifts[g.shift]
            self.gap_list.addItem(f"{day_text(sheet, g.date_index)}: {shift.name} × {g.missing}")
        temporary = [sheet.home.staff[i].name for i in sheet.staff_ids if sheet.is_temporary(i)]
        if sheet.is_blank:  # a first view of all red "0/2" and "1722 hours uncovered" said nothing useful
            self.explanation.setText(
                self.tr(
                    "No roster is laid out for these weeks yet. Press “Lay out the roster” for a proposal, "
                    "or type shifts in the grid."
                )
            )
        elif gaps:
            hours = sum(g.minutes for g in gaps) / 60
            text = self.tr("%1 hours uncovered.").replace("%1", f"{hours:.0f}")
            if temporary and sheet.kind == PERIOD:
                text += " " + self.tr("Temporary staff to ask: %1").replace("%1", ", ".join(temporary))
            self.explanation.setText(text)
        else:
            self.gap_list.addItem(self.tr("Every shift is covered."))
            self.explanation.setText("")

    def keep_selected(self) -> None:
        found = self._listed_at(self.violation_list.currentItem())
        if found is None or found.kept_reason:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Keep the rule break"),
            self.tr("Why is the break kept? This is logged.\n%1").replace("%1", sentence(self.sheet, found)),
        )
        if ok:
            self.keep_violation(found, reason)

    def keep_violation(self, found, reason: str) -> bool:
        sheet = self.sheet
        if not attempt(self, self.tr("Roster"), lambda: self._roster.keep_violation(self._actor, sheet, found, reason)):
            return False
        self.model.put([])
        return True

    def _listed_at(self, item: QListWidgetItem | None):
        number = item.data(VIOLATION_KEY) if item is not None else None
        return None if number is None else self._listed[number]

    def _go_to_violation(self, item: QListWidgetItem) -> None:
        found = self._listed_at(item)
        if found is None:
            return
        row = self.sheet.staff_ids.index(found.violation.employee)
        column = self.sheet.days if found.violation.day is None else found.violation.day
        self.grid.setCurrentIndex(self.model.index(row, column))
        self.grid.setFocus()

    # --- output --------------------------------------------------------------------------------
    def _export(self) -> None:
        first = self.sheet.home.dates[0]
        name = f"schema-{first.isoformat()}-{self.sheet.days // 7}v.pdf"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the roster"), str(Path.home() / name), self.tr("PDF for the wall (*.pdf);;CSV (*.csv)")
        )
        if path:
            out = Path(path)
            if not out.suffix:  # a name typed without ending gets the one of the chosen file type
                out = out.with_suffix(".csv" if "*.csv" in chosen else ".pdf")
            self.export_to(out)

    def export_to(self, path: Path) -> bool:
        """What is on screen, saved first so the paper and the database say the same; the file is written
        off the GUI thread. False when it could not start (unsaved edits refused, another task running)."""
        if self.dirty and self.may_write and not self.save():
            return False
        actor, sheet = self._actor, self.sheet
        return self.background.run(
            self.tr("Writing the roster…"),
            lambda: self._printing.write_roster(actor, sheet, path),
            lambda written: self.source_label.setText(self.tr("Written to %1").replace("%1", written.name)),
        )

    # --- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        try:
            self._roster.save(self._actor, self.sheet)
        except HvbError as exc:
            if exc.code != "stale_roster" or not self._resolve_conflict(describe(exc)):
                if exc.code != "stale_roster":
                    say_failure(self, self.tr("Roster"), exc)
                return False
        self.undo.set_clean()
        self._show_source()
        return True

    def _resolve_conflict(self, what_happened: str) -> bool:
        """Someone saved these dates after they were opened here: the cells that differ side by side; keep
        these (saved over theirs) or show theirs. True when these cells are now saved."""
        mine = self.sheet
        first = mine.home.dates[0]
        theirs = (
            self._roster.period(self._actor, first, mine.days // 7)
            if mine.kind == PERIOD
            else self._roster.base(self._actor, mine.days // 7)
        )
        mine_text, theirs_text = differences(mine, theirs)
        if resolve(what_happened, mine_text, theirs_text, self) == ConflictDialog.KEEP_MINE:
            mine.seen = theirs.seen
            self._roster.save(self._actor, mine)
            return True
        self.model.set_sheet(theirs)
        self.undo.clear()
        self._show_checks()
        self._show_source()
        return False

    def _legend(self) -> str:
        chips = []
        for code, shift in self.sheet.home.shifts.items():
            colour = SHIFT_COLOURS.get(code, OTHER_SHIFT_COLOUR)
            chips.append(
                f'<span style="background:{colour}">&nbsp;<b>{html.escape(code)}</b>&nbsp;</span> '
                f"{html.escape(shift.name)} {shift.start:%H:%M}–{shift.end:%H:%M}"
            )
        return " &nbsp;&nbsp; ".join(chips)

    # --- the solver ----------------------------------------------------------------------------
    def start_solver(self) -> None:
        if self.sheet is None or self.runner.running:
            return
        sheet, limit = self.sheet, float(self.limit_spin.value())
        self._solving_sheet = sheet
        self._roster.load_solver()
        self._set_solving(True)
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Looking for a first roster…"))
        self.runner.start(
            lambda on_progress, cancel: self._roster.solve(
                self._actor, sheet, limit, on_progress=on_progress, cancel=cancel
            )
        )

    def _set_solving(self, solving: bool) -> None:
        self.solve_button.setEnabled(not solving)
        self.cancel_button.setEnabled(solving)
        self.grid.editable = self.may_write and not solving
        for w in (
            self.kind_combo,
            self.from_edit,
            self.weeks_spin,
            self.save_button,
            self.setup_button,
            self.absence_button,
        ):
            w.setEnabled(not solving)
        if not solving:
            self.from_edit.setEnabled(self.kind == PERIOD)
            self.absence_button.setEnabled(self.kind == PERIOD)

    def _on_progress(self, best: int, bound: int, seconds: float) -> None:
        self.progress.setValue(1000 if best <= 0 else int(1000 * max(0, bound) / best))
        self.progress_label.setText(
            self.tr("So far: penalty points %1 (lower is better) · cannot go below %2 · %3 s")
            .replace("%1", sv_number(best))
            .replace("%2", sv_number(max(0, bound)))
            .replace("%3", f"{seconds:.0f}")
        )

    def _on_solved(self, solution) -> None:
        self._set_solving(False)
        if self.sheet is None or self.sheet is not self._solving_sheet:
            return  # locked or moved on meanwhile: this roster is for a sheet no longer shown
        if solution.objective is None:
            self.progress_label.setText(self.tr("No roster within the rules was found in the time given."))
            return
        changes = self.sheet.changes_for(solution.assignment)
        if changes:
            self.undo.push(changes)
        self.progress.setValue(1000 if solution.status == "optimal" else self.progress.value())
        # Penalty points are what the rules' weights add up to (uncovered shifts, wishes not met): a
        # manager reads "lower is better" and how much better a roster could still be, not a bare score.
        if solution.status == "optimal":
            text = self.tr("Laid out in %2 s; no roster within the rules is better (penalty points %1).")
        else:
            text = self.tr(
                "Laid out in %2 s: penalty points %1 (lower is better). A better roster may exist, with at most "
                "%3 % fewer points."
            ).replace("%3", f"{100 * (solution.gap or 0):.0f}")
        self.progress_label.setText(
            text.replace("%1", sv_number(solution.objective)).replace("%2", f"{solution.seconds:.0f}")
        )

    def _on_failed(self, exc) -> None:
        self._set_solving(False)
        self.progress_label.setText("")
        say_failure(self, self.tr("Roster"), exc)

    # --- absences, wishes, set-up --------------------------------------------------------------
    def register_absence(self, staff_id: str | None = None, day: int | None = None) -> None:
        sheet = self.sheet
        staff = [(i, sheet.home.staff[i].name) for i in sheet.staff_ids]
        first = sheet.date(day if day is not None else 0)
        dialog = AbsenceDialog(self._roster, self._actor, staff, first, staff_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._reload(keep_cells=True)

    def _cell_menu(self, staff_id: str, day: int, where) -> None:
        if not self.may_write or self.kind != PERIOD:
            return
        menu = QMenu(self)
        sheet, date = self.sheet, self.sheet.date(day)
        menu.addAction(self.tr("Register absence…"), lambda: self.register_absence(staff_id, day))
        if (staff_id, day) in sheet.absences:
            menu.addAction(self.tr("Remove the absence"), lambda: self._remove_absence(staff_id, date))
        menu.addSeparator()
        shift = sheet.shift_at(staff_id, day)
        wishes: list[tuple[str, str | None, bool | None]] = [(wish_text(None, True), None, True)]
        if shift:
            name = sheet.home.shifts[shift].name if shift in sheet.home.shifts else shift
            wishes += [(wish_text(name, True), shift, True), (wish_text(name, False), shift, False)]
        wishes.append((self.tr("Remove the wish"), None, None))
        for text, code, want in wishes:
            action = QAction(text, menu)
            action.triggered.connect(lambda _=False, c=code, w=want: self.set_wish(staff_id, date, c, w))
            menu.addAction(action)
        menu.exec(where)

    def set_wish(self, staff_id: str, date: dt.date, shift: str | None, want: bool | None) -> None:
        if attempt(
            self, self.tr("Roster"), lambda: self._roster.set_wish(self._actor, int(staff_id), date, shift, want)
        ):
            self._reload(keep_cells=True)

    def _remove_absence(self, staff_id: str, date: dt.date) -> None:
        def remove() -> None:
            for row in self._roster.absences(self._actor, date, date):
                if row.staff_id == staff_id:
                    self._roster.remove_absence(self._actor, row.id)

        if attempt(self, self.tr("Roster"), remove):
            self._reload(keep_cells=True)

    def edit_setup(self) -> None:
        today = self._clock().date()
        found: list = []
        if not attempt(self, self.tr("Roster"), lambda: self._setup.setup_on(self._actor, today), found.append):
            return
        current = found[0]
        start = max(today, (current.valid_from or today)) + dt.timedelta(days=1)
        if RosterSetupDialog(self._setup, self._actor, current, start, self).exec() == QDialog.DialogCode.Accepted:
            self._reload(keep_cells=True)
