# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sip_entry_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_SipEntryDialog(object):
    def setupUi(self, SipEntryDialog):
        if not SipEntryDialog.objectName():
            SipEntryDialog.setObjectName(u"SipEntryDialog")
        SipEntryDialog.resize(520, 360)
        self.outer = QVBoxLayout(SipEntryDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindComboLabel = QLabel(SipEntryDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(SipEntryDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.textEditLabel = QLabel(SipEntryDialog)
        self.textEditLabel.setObjectName(u"textEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textEditLabel)

        self.textEdit = QPlainTextEdit(SipEntryDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setMaximumHeight(90)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.informationComboLabel = QLabel(SipEntryDialog)
        self.informationComboLabel.setObjectName(u"informationComboLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.informationComboLabel)

        self.informationCombo = QComboBox(SipEntryDialog)
        self.informationCombo.setObjectName(u"informationCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.informationCombo)

        self.organisationComboLabel = QLabel(SipEntryDialog)
        self.organisationComboLabel.setObjectName(u"organisationComboLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organisationComboLabel)

        self.organisationCombo = QComboBox(SipEntryDialog)
        self.organisationCombo.setObjectName(u"organisationCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisationCombo)

        self.personEditLabel = QLabel(SipEntryDialog)
        self.personEditLabel.setObjectName(u"personEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.personEditLabel)

        self.personEdit = QLineEdit(SipEntryDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.followUpEditLabel = QLabel(SipEntryDialog)
        self.followUpEditLabel.setObjectName(u"followUpEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.followUpEditLabel)

        self.followUpEdit = QDateEdit(SipEntryDialog)
        self.followUpEdit.setObjectName(u"followUpEdit")
        self.followUpEdit.setCalendarPopup(True)
        self.followUpEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.followUpEdit)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(SipEntryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(SipEntryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.textEditLabel.setBuddy(self.textEdit)
        self.informationComboLabel.setBuddy(self.informationCombo)
        self.organisationComboLabel.setBuddy(self.organisationCombo)
        self.personEditLabel.setBuddy(self.personEdit)
        self.followUpEditLabel.setBuddy(self.followUpEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SipEntryDialog)

        QMetaObject.connectSlotsByName(SipEntryDialog)
    # setupUi

    def retranslateUi(self, SipEntryDialog):
        SipEntryDialog.setWindowTitle(QCoreApplication.translate("SipEntryDialog", u"Add to the SIP", None))
        self.kindComboLabel.setText(QCoreApplication.translate("SipEntryDialog", u"&Kind", None))
        self.textEditLabel.setText(QCoreApplication.translate("SipEntryDialog", u"&Text", None))
        self.informationComboLabel.setText(QCoreApplication.translate("SipEntryDialog", u"&About", None))
        self.organisationComboLabel.setText(QCoreApplication.translate("SipEntryDialog", u"&Responsible organisation", None))
        self.personEditLabel.setText(QCoreApplication.translate("SipEntryDialog", u"Responsible &person", None))
        self.followUpEditLabel.setText(QCoreApplication.translate("SipEntryDialog", u"&Follow up on", None))
    # retranslateUi

