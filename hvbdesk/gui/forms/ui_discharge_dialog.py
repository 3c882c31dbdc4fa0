# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'discharge_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QVBoxLayout)

class Ui_DischargeDialog(object):
    def setupUi(self, DischargeDialog):
        if not DischargeDialog.objectName():
            DischargeDialog.setObjectName(u"DischargeDialog")
        DischargeDialog.resize(520, 420)
        self.outer = QVBoxLayout(DischargeDialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(DischargeDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setText(u"")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dischargedEditLabel = QLabel(DischargeDialog)
        self.dischargedEditLabel.setObjectName(u"dischargedEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dischargedEditLabel)

        self.dischargedEdit = QDateTimeEdit(DischargeDialog)
        self.dischargedEdit.setObjectName(u"dischargedEdit")
        self.dischargedEdit.setCalendarPopup(True)
        self.dischargedEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dischargedEdit)

        self.reasonComboLabel = QLabel(DischargeDialog)
        self.reasonComboLabel.setObjectName(u"reasonComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonComboLabel)

        self.reasonCombo = QComboBox(DischargeDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.destinationComboLabel = QLabel(DischargeDialog)
        self.destinationComboLabel.setObjectName(u"destinationComboLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.destinationComboLabel)

        self.destinationCombo = QComboBox(DischargeDialog)
        self.destinationCombo.setObjectName(u"destinationCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.destinationCombo)

        self.aftercareEditLabel = QLabel(DischargeDialog)
        self.aftercareEditLabel.setObjectName(u"aftercareEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.aftercareEditLabel)

        self.aftercareEdit = QPlainTextEdit(DischargeDialog)
        self.aftercareEdit.setObjectName(u"aftercareEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.aftercareEdit)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(DischargeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(DischargeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dischargedEditLabel.setBuddy(self.dischargedEdit)
        self.reasonComboLabel.setBuddy(self.reasonCombo)
        self.destinationComboLabel.setBuddy(self.destinationCombo)
        self.aftercareEditLabel.setBuddy(self.aftercareEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DischargeDialog)

        QMetaObject.connectSlotsByName(DischargeDialog)
    # setupUi

    def retranslateUi(self, DischargeDialog):
        DischargeDialog.setWindowTitle(QCoreApplication.translate("DischargeDialog", u"Discharge", None))
        self.dischargedEditLabel.setText(QCoreApplication.translate("DischargeDialog", u"&Discharged", None))
        self.reasonComboLabel.setText(QCoreApplication.translate("DischargeDialog", u"&Kind", None))
        self.destinationComboLabel.setText(QCoreApplication.translate("DischargeDialog", u"D&estination", None))
        self.aftercareEditLabel.setText(QCoreApplication.translate("DischargeDialog", u"&Aftercare", None))
        self.aftercareEdit.setPlaceholderText(QCoreApplication.translate("DischargeDialog", u"What has been arranged after the stay", None))
    # retranslateUi

