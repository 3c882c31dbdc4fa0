# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'membership_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QLabel, QVBoxLayout)

class Ui_MembershipDialog(object):
    def setupUi(self, MembershipDialog):
        if not MembershipDialog.objectName():
            MembershipDialog.setObjectName(u"MembershipDialog")
        MembershipDialog.resize(460, 220)
        self.outer = QVBoxLayout(MembershipDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.municipalityComboLabel = QLabel(MembershipDialog)
        self.municipalityComboLabel.setObjectName(u"municipalityComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.municipalityComboLabel)

        self.municipalityCombo = QComboBox(MembershipDialog)
        self.municipalityCombo.setObjectName(u"municipalityCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.municipalityCombo)

        self.fromEditLabel = QLabel(MembershipDialog)
        self.fromEditLabel.setObjectName(u"fromEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromEditLabel)

        self.fromEdit = QDateEdit(MembershipDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.openCheckLabel = QLabel(MembershipDialog)
        self.openCheckLabel.setObjectName(u"openCheckLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.openCheckLabel)

        self.openCheck = QCheckBox(MembershipDialog)
        self.openCheck.setObjectName(u"openCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.openCheck)

        self.toEditLabel = QLabel(MembershipDialog)
        self.toEditLabel.setObjectName(u"toEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.toEditLabel)

        self.toEdit = QDateEdit(MembershipDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.toEdit)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(MembershipDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(MembershipDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.municipalityComboLabel.setBuddy(self.municipalityCombo)
        self.fromEditLabel.setBuddy(self.fromEdit)
        self.openCheckLabel.setBuddy(self.openCheck)
        self.toEditLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MembershipDialog)

        QMetaObject.connectSlotsByName(MembershipDialog)
    # setupUi

    def retranslateUi(self, MembershipDialog):
        MembershipDialog.setWindowTitle(QCoreApplication.translate("MembershipDialog", u"Membership of the agreement", None))
        self.municipalityComboLabel.setText(QCoreApplication.translate("MembershipDialog", u"&Municipality", None))
        self.fromEditLabel.setText(QCoreApplication.translate("MembershipDialog", u"Member &from", None))
        self.openCheckLabel.setText("")
        self.openCheck.setText(QCoreApplication.translate("MembershipDialog", u"Still a &member (no end date)", None))
        self.toEditLabel.setText(QCoreApplication.translate("MembershipDialog", u"Member &to and including", None))
    # retranslateUi

