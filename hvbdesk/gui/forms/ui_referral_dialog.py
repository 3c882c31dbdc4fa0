# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSpinBox, QVBoxLayout)

class Ui_ReferralDialog(object):
    def setupUi(self, ReferralDialog):
        if not ReferralDialog.objectName():
            ReferralDialog.setObjectName(u"ReferralDialog")
        ReferralDialog.resize(520, 420)
        self.outer = QVBoxLayout(ReferralDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.receivedEditLabel = QLabel(ReferralDialog)
        self.receivedEditLabel.setObjectName(u"receivedEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedEditLabel)

        self.receivedEdit = QDateEdit(ReferralDialog)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setCalendarPopup(True)
        self.receivedEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.municipalityComboLabel = QLabel(ReferralDialog)
        self.municipalityComboLabel.setObjectName(u"municipalityComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.municipalityComboLabel)

        self.municipalityCombo = QComboBox(ReferralDialog)
        self.municipalityCombo.setObjectName(u"municipalityCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.municipalityCombo)

        self.contactEditLabel = QLabel(ReferralDialog)
        self.contactEditLabel.setObjectName(u"contactEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactEditLabel)

        self.contactEdit = QLineEdit(ReferralDialog)
        self.contactEdit.setObjectName(u"contactEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.kindComboLabel = QLabel(ReferralDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(ReferralDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.wishedStartEditLabel = QLabel(ReferralDialog)
        self.wishedStartEditLabel.setObjectName(u"wishedStartEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.wishedStartEditLabel)

        self.wishedStartEdit = QDateEdit(ReferralDialog)
        self.wishedStartEdit.setObjectName(u"wishedStartEdit")
        self.wishedStartEdit.setCalendarPopup(True)
        self.wishedStartEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.wishedStartEdit)

        self.ageSpinLabel = QLabel(ReferralDialog)
        self.ageSpinLabel.setObjectName(u"ageSpinLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ageSpinLabel)

        self.ageSpin = QSpinBox(ReferralDialog)
        self.ageSpin.setObjectName(u"ageSpin")
        self.ageSpin.setMinimum(10)
        self.ageSpin.setMaximum(30)
        self.ageSpin.setValue(17)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ageSpin)

        self.basisComboLabel = QLabel(ReferralDialog)
        self.basisComboLabel.setObjectName(u"basisComboLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.basisComboLabel)

        self.basisCombo = QComboBox(ReferralDialog)
        self.basisCombo.setObjectName(u"basisCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.basisCombo)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(ReferralDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(ReferralDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.receivedEditLabel.setBuddy(self.receivedEdit)
        self.municipalityComboLabel.setBuddy(self.municipalityCombo)
        self.contactEditLabel.setBuddy(self.contactEdit)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.wishedStartEditLabel.setBuddy(self.wishedStartEdit)
        self.ageSpinLabel.setBuddy(self.ageSpin)
        self.basisComboLabel.setBuddy(self.basisCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReferralDialog)

        QMetaObject.connectSlotsByName(ReferralDialog)
    # setupUi

    def retranslateUi(self, ReferralDialog):
        ReferralDialog.setWindowTitle(QCoreApplication.translate("ReferralDialog", u"Referral", None))
        self.receivedEditLabel.setText(QCoreApplication.translate("ReferralDialog", u"&Received", None))
        self.municipalityComboLabel.setText(QCoreApplication.translate("ReferralDialog", u"Placing &municipality", None))
        self.contactEditLabel.setText(QCoreApplication.translate("ReferralDialog", u"&Contact at social services", None))
        self.kindComboLabel.setText(QCoreApplication.translate("ReferralDialog", u"&Kind asked for", None))
        self.wishedStartEditLabel.setText(QCoreApplication.translate("ReferralDialog", u"&Wished start", None))
        self.ageSpinLabel.setText(QCoreApplication.translate("ReferralDialog", u"&Age", None))
        self.basisComboLabel.setText(QCoreApplication.translate("ReferralDialog", u"Legal &basis", None))
    # retranslateUi

