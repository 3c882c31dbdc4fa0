# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'absence_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QVBoxLayout)

class Ui_AbsenceDialog(object):
    def setupUi(self, AbsenceDialog):
        if not AbsenceDialog.objectName():
            AbsenceDialog.setObjectName(u"AbsenceDialog")
        AbsenceDialog.resize(420, 240)
        self.outer = QVBoxLayout(AbsenceDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.staffLabel = QLabel(AbsenceDialog)
        self.staffLabel.setObjectName(u"staffLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staffLabel)

        self.staffCombo = QComboBox(AbsenceDialog)
        self.staffCombo.setObjectName(u"staffCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.staffCombo)

        self.kindLabel = QLabel(AbsenceDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(AbsenceDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.firstLabel = QLabel(AbsenceDialog)
        self.firstLabel.setObjectName(u"firstLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstLabel)

        self.firstEdit = QDateEdit(AbsenceDialog)
        self.firstEdit.setObjectName(u"firstEdit")
        self.firstEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstEdit)

        self.lastLabel = QLabel(AbsenceDialog)
        self.lastLabel.setObjectName(u"lastLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lastLabel)

        self.lastEdit = QDateEdit(AbsenceDialog)
        self.lastEdit.setObjectName(u"lastEdit")
        self.lastEdit.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lastEdit)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(AbsenceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(AbsenceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.staffLabel.setBuddy(self.staffCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.firstLabel.setBuddy(self.firstEdit)
        self.lastLabel.setBuddy(self.lastEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AbsenceDialog)

        QMetaObject.connectSlotsByName(AbsenceDialog)
    # setupUi

    def retranslateUi(self, AbsenceDialog):
        AbsenceDialog.setWindowTitle(QCoreApplication.translate("AbsenceDialog", u"Absence", None))
        self.staffLabel.setText(QCoreApplication.translate("AbsenceDialog", u"&Staff member", None))
        self.kindLabel.setText(QCoreApplication.translate("AbsenceDialog", u"&Kind", None))
        self.firstLabel.setText(QCoreApplication.translate("AbsenceDialog", u"&From", None))
        self.lastLabel.setText(QCoreApplication.translate("AbsenceDialog", u"&To and including", None))
    # retranslateUi

