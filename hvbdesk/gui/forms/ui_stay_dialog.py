# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stay_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QGroupBox, QLabel, QLineEdit, QPushButton,
    QSpinBox, QVBoxLayout)

class Ui_StayDialog(object):
    def setupUi(self, StayDialog):
        if not StayDialog.objectName():
            StayDialog.setObjectName(u"StayDialog")
        StayDialog.resize(560, 620)
        self.outer = QVBoxLayout(StayDialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(StayDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setText(u"")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.extendGroup = QGroupBox(StayDialog)
        self.extendGroup.setObjectName(u"extendGroup")
        self.extendGroupForm = QFormLayout(self.extendGroup)
        self.extendGroupForm.setObjectName(u"extendGroupForm")
        self.extendDaysSpinLabel = QLabel(self.extendGroup)
        self.extendDaysSpinLabel.setObjectName(u"extendDaysSpinLabel")

        self.extendGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.extendDaysSpinLabel)

        self.extendDaysSpin = QSpinBox(self.extendGroup)
        self.extendDaysSpin.setObjectName(u"extendDaysSpin")
        self.extendDaysSpin.setMinimum(1)
        self.extendDaysSpin.setMaximum(28)
        self.extendDaysSpin.setValue(7)

        self.extendGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.extendDaysSpin)

        self.extendOverrideEditLabel = QLabel(self.extendGroup)
        self.extendOverrideEditLabel.setObjectName(u"extendOverrideEditLabel")

        self.extendGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.extendOverrideEditLabel)

        self.extendOverrideEdit = QLineEdit(self.extendGroup)
        self.extendOverrideEdit.setObjectName(u"extendOverrideEdit")

        self.extendGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.extendOverrideEdit)

        self.extendButton = QPushButton(self.extendGroup)
        self.extendButton.setObjectName(u"extendButton")

        self.extendGroupForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.extendButton)


        self.outer.addWidget(self.extendGroup)

        self.endGroup = QGroupBox(StayDialog)
        self.endGroup.setObjectName(u"endGroup")
        self.endGroupForm = QFormLayout(self.endGroup)
        self.endGroupForm.setObjectName(u"endGroupForm")
        self.plannedEndEditLabel = QLabel(self.endGroup)
        self.plannedEndEditLabel.setObjectName(u"plannedEndEditLabel")

        self.endGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.plannedEndEditLabel)

        self.plannedEndEdit = QDateEdit(self.endGroup)
        self.plannedEndEdit.setObjectName(u"plannedEndEdit")
        self.plannedEndEdit.setCalendarPopup(True)
        self.plannedEndEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.endGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.plannedEndEdit)

        self.dischargePlannedCheck = QCheckBox(self.endGroup)
        self.dischargePlannedCheck.setObjectName(u"dischargePlannedCheck")

        self.endGroupForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.dischargePlannedCheck)

        self.saveEndButton = QPushButton(self.endGroup)
        self.saveEndButton.setObjectName(u"saveEndButton")

        self.endGroupForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.saveEndButton)


        self.outer.addWidget(self.endGroup)

        self.moveGroup = QGroupBox(StayDialog)
        self.moveGroup.setObjectName(u"moveGroup")
        self.moveGroupForm = QFormLayout(self.moveGroup)
        self.moveGroupForm.setObjectName(u"moveGroupForm")
        self.movePlaceComboLabel = QLabel(self.moveGroup)
        self.movePlaceComboLabel.setObjectName(u"movePlaceComboLabel")

        self.moveGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.movePlaceComboLabel)

        self.movePlaceCombo = QComboBox(self.moveGroup)
        self.movePlaceCombo.setObjectName(u"movePlaceCombo")

        self.moveGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.movePlaceCombo)

        self.moveReasonEditLabel = QLabel(self.moveGroup)
        self.moveReasonEditLabel.setObjectName(u"moveReasonEditLabel")

        self.moveGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.moveReasonEditLabel)

        self.moveReasonEdit = QLineEdit(self.moveGroup)
        self.moveReasonEdit.setObjectName(u"moveReasonEdit")

        self.moveGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.moveReasonEdit)

        self.moveButton = QPushButton(self.moveGroup)
        self.moveButton.setObjectName(u"moveButton")

        self.moveGroupForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.moveButton)


        self.outer.addWidget(self.moveGroup)

        self.costGroup = QGroupBox(StayDialog)
        self.costGroup.setObjectName(u"costGroup")
        self.costGroupForm = QFormLayout(self.costGroup)
        self.costGroupForm.setObjectName(u"costGroupForm")
        self.registeredComboLabel = QLabel(self.costGroup)
        self.registeredComboLabel.setObjectName(u"registeredComboLabel")

        self.costGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.registeredComboLabel)

        self.registeredCombo = QComboBox(self.costGroup)
        self.registeredCombo.setObjectName(u"registeredCombo")

        self.costGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.registeredCombo)

        self.settledEditLabel = QLabel(self.costGroup)
        self.settledEditLabel.setObjectName(u"settledEditLabel")

        self.costGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.settledEditLabel)

        self.settledEdit = QDateEdit(self.costGroup)
        self.settledEdit.setObjectName(u"settledEdit")
        self.settledEdit.setCalendarPopup(True)
        self.settledEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.costGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.settledEdit)

        self.settleButton = QPushButton(self.costGroup)
        self.settleButton.setObjectName(u"settleButton")

        self.costGroupForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.settleButton)


        self.outer.addWidget(self.costGroup)

        self.errorLabel = QLabel(StayDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(StayDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.extendDaysSpinLabel.setBuddy(self.extendDaysSpin)
        self.extendOverrideEditLabel.setBuddy(self.extendOverrideEdit)
        self.plannedEndEditLabel.setBuddy(self.plannedEndEdit)
        self.movePlaceComboLabel.setBuddy(self.movePlaceCombo)
        self.moveReasonEditLabel.setBuddy(self.moveReasonEdit)
        self.registeredComboLabel.setBuddy(self.registeredCombo)
        self.settledEditLabel.setBuddy(self.settledEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StayDialog)

        QMetaObject.connectSlotsByName(StayDialog)
    # setupUi

    def retranslateUi(self, StayDialog):
        StayDialog.setWindowTitle(QCoreApplication.translate("StayDialog", u"Stay", None))
        self.extendGroup.setTitle(QCoreApplication.translate("StayDialog", u"Extend the acute stay", None))
        self.extendDaysSpinLabel.setText(QCoreApplication.translate("StayDialog", u"&Days", None))
        self.extendOverrideEditLabel.setText(QCoreApplication.translate("StayDialog", u"Reason", None))
        self.extendOverrideEdit.setPlaceholderText(QCoreApplication.translate("StayDialog", u"Only if extended a second time", None))
        self.extendButton.setText(QCoreApplication.translate("StayDialog", u"Extend", None))
        self.endGroup.setTitle(QCoreApplication.translate("StayDialog", u"Planned end", None))
        self.plannedEndEditLabel.setText(QCoreApplication.translate("StayDialog", u"&Planned end", None))
        self.dischargePlannedCheck.setText(QCoreApplication.translate("StayDialog", u"Discharge is planned (aftercare arranged)", None))
        self.saveEndButton.setText(QCoreApplication.translate("StayDialog", u"Save planned end", None))
        self.moveGroup.setTitle(QCoreApplication.translate("StayDialog", u"Move to another place", None))
        self.movePlaceComboLabel.setText(QCoreApplication.translate("StayDialog", u"P&lace", None))
        self.moveReasonEditLabel.setText(QCoreApplication.translate("StayDialog", u"&Reason", None))
        self.moveButton.setText(QCoreApplication.translate("StayDialog", u"Move", None))
        self.costGroup.setTitle(QCoreApplication.translate("StayDialog", u"Cost split", None))
        self.registeredComboLabel.setText(QCoreApplication.translate("StayDialog", u"&Registered in", None))
        self.settledEditLabel.setText(QCoreApplication.translate("StayDialog", u"&Settled on", None))
        self.settleButton.setText(QCoreApplication.translate("StayDialog", u"Record as settled", None))
    # retranslateUi

