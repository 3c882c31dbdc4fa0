# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_revoke_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QVBoxLayout)

class Ui_ConsentRevokeDialog(object):
    def setupUi(self, ConsentRevokeDialog):
        if not ConsentRevokeDialog.objectName():
            ConsentRevokeDialog.setObjectName(u"ConsentRevokeDialog")
        ConsentRevokeDialog.resize(460, 180)
        self.outer = QVBoxLayout(ConsentRevokeDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.onEditLabel = QLabel(ConsentRevokeDialog)
        self.onEditLabel.setObjectName(u"onEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.onEditLabel)

        self.onEdit = QDateEdit(ConsentRevokeDialog)
        self.onEdit.setObjectName(u"onEdit")
        self.onEdit.setCalendarPopup(True)
        self.onEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.onEdit)

        self.howEditLabel = QLabel(ConsentRevokeDialog)
        self.howEditLabel.setObjectName(u"howEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.howEditLabel)

        self.howEdit = QLineEdit(ConsentRevokeDialog)
        self.howEdit.setObjectName(u"howEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.howEdit)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(ConsentRevokeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(ConsentRevokeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.onEditLabel.setBuddy(self.onEdit)
        self.howEditLabel.setBuddy(self.howEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentRevokeDialog)

        QMetaObject.connectSlotsByName(ConsentRevokeDialog)
    # setupUi

    def retranslateUi(self, ConsentRevokeDialog):
        ConsentRevokeDialog.setWindowTitle(QCoreApplication.translate("ConsentRevokeDialog", u"Revoke the consent", None))
        self.onEditLabel.setText(QCoreApplication.translate("ConsentRevokeDialog", u"Revoked &from", None))
        self.howEditLabel.setText(QCoreApplication.translate("ConsentRevokeDialog", u"&How", None))
        self.howEdit.setPlaceholderText(QCoreApplication.translate("ConsentRevokeDialog", u"e.g. orally to the contact person", None))
    # retranslateUi

