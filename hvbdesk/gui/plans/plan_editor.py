"""The implementation plan of one stay: versions, the draft's goals and actions, establish,
compare two versions, follow up, print."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hvbdesk.domain.errors import HvbError
from hvbdesk.gui.common.background import Background, attempt, say_failure
from hvbdesk.gui.common.conflict_dialog import ConflictDialog, resolve
from hvbdesk.gui.common.page_parts import muted
from hvbdesk.gui.common.role_names import role_label
from hvbdesk.gui.plans.plan_dialogs import CompareDialog, EstablishDialog, FollowUpDialog
from hvbdesk.i18n.messages import describe
from hvbdesk.security.roles import STAFF_ROLES, Permission, Role, allows
from hvbdesk.services.context import Actor
from hvbdesk.services.plans import ActionInput, GoalInput, PlanContent, PlanService, PlanView
from hvbdesk.services.printing import PrintService

ACTION_COLUMNS = 4  # what, how, who, when


class _GoalDraft:
    """A goal being edited (the widgets show one at a time). Actions: [what, how, who, when], where
    who is "role:<value>", "staff:<id>" or ""."""

    def __init__(self, goal: str = "", need: str = "", link: str = "", actions=None, key: str | None = None):
        self.goal, self.need, self.link, self.key = goal, need, link, key
        self.actions: list[list[str]] = actions or []


def _who_code(action) -> str:
    if action.who_staff_id:
        return f"staff:{action.who_staff_id}"
    return f"role:{action.who_role.value}" if action.who_role else ""


class PlanEditor(QWidget):
    def __init__(
        self,
        plans: PlanService,
        printing: PrintService,
        actor: Actor,
        today,
        parent: QWidget | None = None,
        sip_proposals: Callable[[int], list[tuple[str, str]]] | None = None,
    ):
        """`sip_proposals(resident id)`: the SIP's actions the home answers for, as (what, follow-up date)."""
        super().__init__(parent)
        self._plans, self._printing, self._actor, self._today = plans, printing, actor, today
        self._sip_proposals = sip_proposals
        self.background = Background(self, self.tr("Implementation plan"))
        self.set_staff([])
        self._may_write = allows(actor.role, Permission.PLAN_WRITE)
        self._editable = False  # the plan shown is a draft this user may write
        self._stay_id: int | None = None
        self._resident_id: int | None = None
        self._versions: list[PlanView] = []
        self._goals: list[_GoalDraft] = []
        self._goal_index = -1

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.version_combo = QComboBox()
        self.version_combo.setMinimumWidth(280)
        self.new_button = QPushButton(self.tr("New version"))
        self.save_button = QPushButton(self.tr("Save draft"))
        self.establish_button = QPushButton(self.tr("Establish…"))
        self.establish_button.setProperty("role", "primary")
        self.compare_button = QPushButton(self.tr("Compare with previous"))
        self.followup_button = QPushButton(self.tr("Follow up…"))
        self.print_button = QPushButton(self.tr("Print"))
        self.easy_button = QPushButton(self.tr("Print easy-read"))
        top.addWidget(self.version_combo)
        top.addWidget(self.new_button)
        top.addWidget(self.compare_button)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.easy_button)
        layout.addLayout(top)
        second = QHBoxLayout()
        for b in (self.save_button, self.establish_button, self.followup_button):
            second.addWidget(b)
        second.addStretch(1)
        layout.addLayout(second)
        self.status = muted("")
        layout.addWidget(self.status)

        grid = QGridLayout()
        self.phase = QComboBox()
        for n, text in (
            (1, self.tr("Phase 1: mapping")),
            (2, self.tr("Phase 2: treatment")),
            (3, self.tr("Phase 3: discharge and aftercare")),
        ):
            self.phase.addItem(text, n)
        self.own_words = QPlainTextEdit()
        self.own_words.setPlaceholderText(self.tr("What is important to you? In the young person's own words."))
        self.participation = QPlainTextEdit()
        self.participation.setPlaceholderText(self.tr("How the young person took part"))
        for w in (self.own_words, self.participation):
            w.setMaximumHeight(70)
        grid.addWidget(QLabel(self.tr("Phase")), 0, 0)
        grid.addWidget(self.phase, 0, 1)
        grid.addWidget(QLabel(self.tr("What is important to you?")), 1, 0)
        grid.addWidget(self.own_words, 1, 1)
        grid.addWidget(QLabel(self.tr("Participation")), 2, 0)
        grid.addWidget(self.participation, 2, 1)
        layout.addLayout(grid)

        goals_row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Goals")))
        self.goal_list = QListWidget()
        # A goal is a sentence: wrapped to the list's width, never cut at its edge with a sideways scroll bar.
        self.goal_list.setWordWrap(True)
        self.goal_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.goal_list.setResizeMode(QListView.ResizeMode.Adjust)
        left.addWidget(self.goal_list)
        goal_buttons = QHBoxLayout()
        self.add_goal_button = QPushButton(self.tr("Add goal"))
        self.remove_goal_button = QPushButton(self.tr("Remove"))
        goal_buttons.addWidget(self.add_goal_button)
        goal_buttons.addWidget(self.remove_goal_button)
        left.addLayout(goal_buttons)
        goals_row.addLayout(left, 1)
        right = QFormLayout()
        self.goal_text = QLineEdit()
        self.goal_need = QLineEdit()
        self.goal_link = QLineEdit()
        self.goal_link.setPlaceholderText(self.tr("Which goal of the care plan it serves"))
        self.actions = QTableWidget(0, ACTION_COLUMNS)
        self.actions.setHorizontalHeaderLabels([self.tr("What"), self.tr("How"), self.tr("Who"), self.tr("When")])
        header = self.actions.horizontalHeader()
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        header.setSectionResizeMode(2, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, header.ResizeMode.Interactive)
        header.resizeSection(3, 130)
        self.actions.setWordWrap(True)
        action_buttons = QHBoxLayout()
        self.add_action_button = QPushButton(self.tr("Add action"))
        self.remove_action_button = QPushButton(self.tr("Remove action"))
        self.sip_button = QPushButton(self.tr("From the SIP…"))
        self.sip_button.setToolTip(self.tr("The SIP's actions the home answers for, as actions of this goal"))
        self.sip_button.setVisible(sip_proposals is not None)
        action_buttons.addWidget(self.add_action_button)
        action_buttons.addWidget(self.sip_button)
        action_buttons.addWidget(self.remove_action_button)
        action_buttons.addStretch(1)
        right.addRow(self.tr("Goal"), self.goal_text)
        right.addRow(self.tr("Need"), self.goal_need)
        right.addRow(self.tr("Care plan"), self.goal_link)
        right.addRow(self.tr("Actions"), self.actions)
        right.addRow("", action_buttons)
        goals_row.addLayout(right, 3)
        layout.addLayout(goals_row, 1)

        self.version_combo.currentIndexChanged.connect(self._show_version)
        self.goal_list.currentRowChanged.connect(self._select_goal)
        self.add_goal_button.clicked.connect(self._add_goal)
        self.remove_goal_button.clicked.connect(self._remove_goal)
        self.add_action_button.clicked.connect(lambda: self._add_action_row())
        self.sip_button.clicked.connect(self._offer_sip_actions)
        self.remove_action_button.clicked.connect(lambda: self.actions.removeRow(self.actions.currentRow()))
        self.new_button.clicked.connect(self.new_version)
        self.save_button.clicked.connect(lambda: self.save_draft(quiet=False))
        self.establish_button.clicked.connect(self._establish)
        self.compare_button.clicked.connect(self._compare)
        self.followup_button.clicked.connect(self._follow_up)
        self.print_button.clicked.connect(lambda: self._print(False))
        self.easy_button.clicked.connect(lambda: self._print(True))

    # --- data ------------------------------------------------------------------------------------
    def set_staff(self, staff: list[tuple[int, str]]) -> None:
        """Who an action may name: the staff roles, and the staff by name (id, name) where the user may
        read them; set by the page when it reads, not when it is built."""
        self._who_choices = (
            [("", self.tr("(nobody yet)"))]
            + [(f"role:{role.value}", role_label(role)) for role in STAFF_ROLES]
            + [(f"staff:{sid}", name) for sid, name in staff]
        )

    def show_stay(self, stay_id: int | None, resident_id: int | None) -> None:
        self._stay_id, self._resident_id = stay_id, resident_id
        self._versions = self._plans.versions(self._actor, stay_id) if stay_id else []
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for v in self._versions:
            label = (
                self.tr("Version %1, established %2").replace("%2", f"{v.established_on:%Y-%m-%d}")
                if v.is_established
                else self.tr("Version %1, draft")
            ).replace("%1", str(v.number))
            self.version_combo.addItem(label, v.id)
        self.version_combo.blockSignals(False)
        if self._versions:
            self.version_combo.setCurrentIndex(len(self._versions) - 1)
            self._show_version(len(self._versions) - 1)
        else:
            self._show_plan(None)

    def current_view(self) -> PlanView | None:
        i = self.version_combo.currentIndex()
        return self._versions[i] if 0 <= i < len(self._versions) else None

    def goal_choices(self) -> list[tuple[str, str]]:
        established = [v for v in self._versions if v.is_established]
        return [(g.key, g.goal) for g in established[-1].goals] if established else []

    def _show_version(self, index: int) -> None:
        self._show_plan(self._versions[index] if 0 <= index < len(self._versions) else None)

    def _show_plan(self, plan: PlanView | None) -> None:
        editable = plan is not None and not plan.is_established and self._may_write
        self._editable = editable
        if plan is None:
            self.status.setText(
                self.tr("No implementation plan yet. Start one with New version.")
                if self._stay_id
                else self.tr("Choose a young person.")
            )
        elif plan.is_established:
            self.status.setText(
                self.tr("Established %1 with %2. Read-only: a change makes a new version.")
                .replace("%1", f"{plan.established_on:%Y-%m-%d}")
                .replace("%2", plan.participants)
            )
        else:
            self.status.setText(self.tr("Draft: saved when you press Save draft, established when everyone agrees."))
        self.phase.setCurrentIndex(max(0, self.phase.findData(plan.phase if plan else 1)))
        self.own_words.setPlainText(plan.own_words if plan else "")
        self.participation.setPlainText(plan.participation if plan else "")
        self._goals = [
            _GoalDraft(
                g.goal, g.need, g.care_plan_link, [[a.what, a.how, _who_code(a), a.when] for a in g.actions], g.key
            )
            for g in (plan.goals if plan else [])
        ]
        self._goal_index = -1
        self.goal_list.clear()
        self.goal_list.addItems([g.goal for g in self._goals])
        self._clear_goal_fields()
        if self._goals:
            self.goal_list.setCurrentRow(0)
        for w in (
            self.phase,
            self.own_words,
            self.participation,
            self.goal_text,
            self.goal_need,
            self.goal_link,
            self.actions,
            self.add_goal_button,
            self.remove_goal_button,
            self.add_action_button,
            self.sip_button,
            self.remove_action_button,
            self.save_button,
            self.establish_button,
        ):
            w.setEnabled(editable)
        for w in (self.own_words, self.participation):
            w.setReadOnly(not editable)
        has_stay = self._stay_id is not None
        self.new_button.setEnabled(has_stay and self._may_write)
        self.new_button.setVisible(self._may_write)
        self.save_button.setVisible(self._may_write)
        self.establish_button.setVisible(self._may_write)
        self.followup_button.setVisible(self._may_write)
        self.followup_button.setEnabled(plan is not None and plan.is_established)
        established = [v for v in self._versions if v.is_established]
        self.compare_button.setEnabled(plan is not None and any(v.number < plan.number for v in self._versions))
        self.print_button.setEnabled(bool(established))
        self.easy_button.setEnabled(bool(established))

    def _clear_goal_fields(self) -> None:
        for w in (self.goal_text, self.goal_need, self.goal_link):
            w.clear()
        self.actions.setRowCount(0)

    # --- goals -----------------------------------------------------------------------------------
    def _store_goal(self) -> None:
        if not 0 <= self._goal_index < len(self._goals):
            return
        g = self._goals[self._goal_index]
        g.goal, g.need, g.link = self.goal_text.text(), self.goal_need.text(), self.goal_link.text()
        g.actions = [
            [self._cell(r, 0), self._cell(r, 1), self._who_at(r), self._cell(r, 3)]
            for r in range(self.actions.rowCount())
        ]
        item = self.goal_list.item(self._goal_index)
        if item is not None:
            item.setText(g.goal or self.tr("(new goal)"))

    def _select_goal(self, row: int) -> None:
        self._store_goal()
        self._goal_index = row
        self._clear_goal_fields()
        if 0 <= row < len(self._goals):
            g = self._goals[row]
            self.goal_text.setText(g.goal)
            self.goal_need.setText(g.need)
            self.goal_link.setText(g.link)
            for values in g.actions:
                self._add_action_row(values)
            self.actions.resizeRowsToContents()  # long actions wrap instead of being cut off

    def _add_goal(self) -> None:
        self._store_goal()
        self._goals.append(_GoalDraft())
        self.goal_list.addItem(self.tr("(new goal)"))
        self.goal_list.setCurrentRow(len(self._goals) - 1)
        self.goal_text.setFocus()

    def _remove_goal(self) -> None:
        row = self.goal_list.currentRow()
        if 0 <= row < len(self._goals):
            self._goal_index = -1
            del self._goals[row]
            self.goal_list.takeItem(row)

    def sip_action_menu(self) -> QMenu:
        menu = QMenu(self)
        proposals = self._sip_proposals(self._resident_id) if self._sip_proposals and self._resident_id else []
        for what, when in proposals:
            menu.addAction(what, lambda w=what, d=when: self.take_sip_action(w, d))
        if not proposals:
            menu.addAction(self.tr("The SIP has no actions for the home")).setEnabled(False)
        return menu

    def _offer_sip_actions(self) -> None:
        self.sip_action_menu().exec(self.sip_button.mapToGlobal(self.sip_button.rect().bottomLeft()))

    def take_sip_action(self, what: str, when: str) -> None:
        """A SIP action the home answers for, as an action of the goal shown (a new goal if there is none)."""
        if not 0 <= self._goal_index < len(self._goals):
            self._add_goal()
        self._add_action_row([what, "", "", when])
        self.actions.resizeRowsToContents()

    def _who_at(self, row: int) -> str:
        combo = self.actions.cellWidget(row, 2)
        if combo is not None:
            return combo.currentData() or ""
        item = self.actions.item(row, 2)
        return (item.data(Qt.ItemDataRole.UserRole) or "") if item else ""

    def _cell(self, row: int, column: int) -> str:
        item = self.actions.item(row, column)
        return item.text() if item else ""

    def _add_action_row(self, values: list[str] | None = None) -> None:
        what, how, who, when = values or ["", "", "", ""]
        row = self.actions.rowCount()
        self.actions.insertRow(row)
        self.actions.setItem(row, 0, QTableWidgetItem(what))
        self.actions.setItem(row, 1, QTableWidgetItem(how))
        if not self._editable:  # read-only: the name as text, not a box that looks as if it could be changed
            label = next((text for code, text in self._who_choices if code == who), "")
            item = QTableWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, who)
            self.actions.setItem(row, 2, item)
        else:
            combo = QComboBox()
            for code, text in self._who_choices:
                combo.addItem(text, code)
            combo.setCurrentIndex(max(0, combo.findData(who)))
            combo.setMinimumWidth(180)
            self.actions.setCellWidget(row, 2, combo)
        self.actions.setItem(row, 3, QTableWidgetItem(when))

    def content(self) -> PlanContent:
        self._store_goal()

        def action(what: str, how: str, who: str, when: str) -> ActionInput:
            kind, _, value = who.partition(":")
            return ActionInput(
                what, how, int(value) if kind == "staff" else None, Role(value) if kind == "role" else None, when
            )

        return PlanContent(
            self.phase.currentData(),
            self.own_words.toPlainText(),
            self.participation.toPlainText(),
            [
                GoalInput(
                    g.goal, g.need, g.link, [action(*a) for a in g.actions if a[0].strip() or a[1].strip()], g.key
                )
                for g in self._goals
            ],
        )

    # --- actions ---------------------------------------------------------------------------------
    def new_version(self) -> None:
        stay_id = self._stay_id
        if attempt(self, self.tr("Implementation plan"), lambda: self._plans.start_version(self._actor, stay_id)):
            self.show_stay(self._stay_id, self._resident_id)

    def save_draft(self, quiet: bool = True) -> bool:
        plan = self.current_view()
        if plan is None or plan.is_established:
            return True
        content = self.content()
        try:
            self._plans.save_draft(self._actor, plan.id, content, seen_version=plan.version)
        except HvbError as exc:
            if exc.code != "stale_plan":
                say_failure(self, self.tr("Implementation plan"), exc)
                return False
            if not self._resolve_conflict(plan, content, describe(exc)):
                return False
        index = self.version_combo.currentIndex()
        self.show_stay(self._stay_id, self._resident_id)
        self.version_combo.setCurrentIndex(index)
        if not quiet:
            self.status.setText(self.tr("Draft saved."))
        return True

    def _resolve_conflict(self, plan: PlanView, content: PlanContent, what_happened: str) -> bool:
        """Someone saved the draft after it was opened here: the two side by side; keep this one (theirs
        replaced, and on the clipboard) or show theirs (this one on the clipboard). Nothing typed is lost."""
        theirs = next(v for v in self._plans.versions(self._actor, self._stay_id) if v.id == plan.id)
        if resolve(what_happened, _as_text(content), _as_text(theirs), self) == ConflictDialog.KEEP_MINE:
            self._plans.save_draft(self._actor, plan.id, content, seen_version=theirs.version)
            return True
        index = self.version_combo.currentIndex()
        self.show_stay(self._stay_id, self._resident_id)
        self.version_combo.setCurrentIndex(index)
        return False

    def establish_dialog(self) -> EstablishDialog:
        return EstablishDialog(self._plans, self._actor, self.current_view(), self._today(), self)

    def _establish(self) -> None:
        if self.save_draft() and self.establish_dialog().exec() == QDialog.DialogCode.Accepted:
            self.show_stay(self._stay_id, self._resident_id)

    def compare_dialog(self) -> CompareDialog:
        after = self.current_view()
        before = [v for v in self._versions if v.number < after.number][-1]
        return CompareDialog(self._plans, before, after, self)

    def _compare(self) -> None:
        self.compare_dialog().exec()

    def followup_dialog(self) -> FollowUpDialog:
        return FollowUpDialog(self._plans, self._actor, self.current_view(), self._today(), self)

    def _follow_up(self) -> None:
        if self.followup_dialog().exec() == QDialog.DialogCode.Accepted:
            self.show_stay(self._stay_id, self._resident_id)

    def _print(self, easy_read: bool) -> None:
        name = "min-plan.pdf" if easy_read else "genomforandeplan.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the printout"), str(Path.home() / name), "PDF (*.pdf)"
        )
        if path:
            self.print_to(Path(path), easy_read)

    def print_to(self, out: Path, easy_read: bool = False) -> None:
        actor, resident = self._actor, self._resident_id
        if resident is None:  # no young person chosen: nothing to print
            return
        self.background.run(
            self.tr("Writing the plan…"),
            lambda: self._printing.write_plan(actor, resident, out, easy_read=easy_read),
            lambda written: self.status.setText(self.tr("Written to %1").replace("%1", written.name)),
        )


def _as_text(plan: PlanContent | PlanView) -> str:
    """A draft as plain text, to compare and for the clipboard: the young person's words, each need, goal
    and action (the same for what is typed and what is stored)."""
    lines = [plan.own_words, plan.participation, ""]
    for number, goal in enumerate(plan.goals, start=1):
        lines += [f"{number}. {goal.goal}", f"   {goal.need}"] + [
            f"   – {a.what} {a.how} {a.when}".rstrip() for a in goal.actions
        ]
    return "\n".join(lines).strip() + "\n"
