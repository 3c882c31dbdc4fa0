# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sip_follow_up_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QVBoxLayout)

class Ui_SipFollowUpDialog(object):
    def setupUi(self, SipFollowUpDialog):
        if not SipFollowUpDialog.objectName():
            SipFollowUpDialog.setObjectName(u"SipFollowUpDialog")
        SipFollowUpDialog.resize(480, 260)
        self.outer = QVBoxLayout(SipFollowUpDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.resultComboLabel = QLabel(SipFollowUpDialog)
        self.resultComboLabel.setObjectName(u"resultComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.resultComboLabel)

        self.resultCombo = QComboBox(SipFollowUpDialog)
        self.resultCombo.setObjectName(u"resultCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.resultCombo)

        self.nextStepEditLabel = QLabel(SipFollowUpDialog)
        self.nextStepEditLabel.setObjectName(u"nextStepEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nextStepEditLabel)

        self.nextStepEdit = QPlainTextEdit(SipFollowUpDialog)
        self.nextStepEdit.setObjectName(u"nextStepEdit")
        self.nextStepEdit.setMaximumHeight(80)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nextStepEdit)

        self.nextDateEditLabel = QLabel(SipFollowUpDialog)
        self.nextDateEditLabel.setObjectName(u"nextDateEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nextDateEditLabel)

        self.nextDateEdit = QDateEdit(SipFollowUpDialog)
        self.nextDateEdit.setObjectName(u"nextDateEdit")
        self.nextDateEdit.setCalendarPopup(True)
        self.nextDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nextDateEdit)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(SipFollowUpDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(SipFollowUpDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.resultComboLabel.setBuddy(self.resultCombo)
        self.nextStepEditLabel.setBuddy(self.nextStepEdit)
        self.nextDateEditLabel.setBuddy(self.nextDateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SipFollowUpDialog)

        QMetaObject.connectSlotsByName(SipFollowUpDialog)
    # setupUi

    def retranslateUi(self, SipFollowUpDialog):
        SipFollowUpDialog.setWindowTitle(QCoreApplication.translate("SipFollowUpDialog", u"Follow up an action", None))
        self.resultComboLabel.setText(QCoreApplication.translate("SipFollowUpDialog", u"&Result", None))
        self.nextStepEditLabel.setText(QCoreApplication.translate("SipFollowUpDialog", u"What happens &next", None))
        self.nextDateEditLabel.setText(QCoreApplication.translate("SipFollowUpDialog", u"Next &follow-up", None))
    # retranslateUi

