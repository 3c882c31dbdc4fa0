# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_setup_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QVBoxLayout)

class Ui_RosterSetupDialog(object):
    def setupUi(self, RosterSetupDialog):
        if not RosterSetupDialog.objectName():
            RosterSetupDialog.setObjectName(u"RosterSetupDialog")
        RosterSetupDialog.resize(860, 600)
        self.outer = QVBoxLayout(RosterSetupDialog)
        self.outer.setObjectName(u"outer")
        self.introLabel = QLabel(RosterSetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outer.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.validFromLabel = QLabel(RosterSetupDialog)
        self.validFromLabel.setObjectName(u"validFromLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.validFromLabel)

        self.validFromEdit = QDateEdit(RosterSetupDialog)
        self.validFromEdit.setObjectName(u"validFromEdit")
        self.validFromEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.validFromEdit)


        self.outer.addLayout(self.form)

        self.shiftsLabel = QLabel(RosterSetupDialog)
        self.shiftsLabel.setObjectName(u"shiftsLabel")

        self.outer.addWidget(self.shiftsLabel)

        self.shiftsTable = QTableWidget(RosterSetupDialog)
        self.shiftsTable.setObjectName(u"shiftsTable")

        self.outer.addWidget(self.shiftsTable)

        self.shiftButtons = QHBoxLayout()
        self.shiftButtons.setObjectName(u"shiftButtons")
        self.addShiftButton = QPushButton(RosterSetupDialog)
        self.addShiftButton.setObjectName(u"addShiftButton")

        self.shiftButtons.addWidget(self.addShiftButton)

        self.removeShiftButton = QPushButton(RosterSetupDialog)
        self.removeShiftButton.setObjectName(u"removeShiftButton")

        self.shiftButtons.addWidget(self.removeShiftButton)

        self.shiftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shiftButtons.addItem(self.shiftSpacer)


        self.outer.addLayout(self.shiftButtons)

        self.demandLabel = QLabel(RosterSetupDialog)
        self.demandLabel.setObjectName(u"demandLabel")

        self.outer.addWidget(self.demandLabel)

        self.demandTable = QTableWidget(RosterSetupDialog)
        self.demandTable.setObjectName(u"demandTable")

        self.outer.addWidget(self.demandTable)

        self.errorLabel = QLabel(RosterSetupDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(RosterSetupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.validFromLabel.setBuddy(self.validFromEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RosterSetupDialog)

        QMetaObject.connectSlotsByName(RosterSetupDialog)
    # setupUi

    def retranslateUi(self, RosterSetupDialog):
        RosterSetupDialog.setWindowTitle(QCoreApplication.translate("RosterSetupDialog", u"Roster set-up", None))
        self.introLabel.setText(QCoreApplication.translate("RosterSetupDialog", u"Shift types and how many are needed on each. A change applies from the date below; rosters before it keep the set-up they were made with. Rest rules, limits and the solver's weights are changed under Administration \u2192 Settings.", None))
        self.validFromLabel.setText(QCoreApplication.translate("RosterSetupDialog", u"Applies &from", None))
        self.shiftsLabel.setText(QCoreApplication.translate("RosterSetupDialog", u"Shift types", None))
        self.addShiftButton.setText(QCoreApplication.translate("RosterSetupDialog", u"Add shift type", None))
        self.removeShiftButton.setText(QCoreApplication.translate("RosterSetupDialog", u"Remove shift type", None))
        self.demandLabel.setText(QCoreApplication.translate("RosterSetupDialog", u"Staffing demand: minimum/wished per day (for example 2/3)", None))
    # retranslateUi

