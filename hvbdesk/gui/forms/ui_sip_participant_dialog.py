# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sip_participant_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QVBoxLayout)

class Ui_SipParticipantDialog(object):
    def setupUi(self, SipParticipantDialog):
        if not SipParticipantDialog.objectName():
            SipParticipantDialog.setObjectName(u"SipParticipantDialog")
        SipParticipantDialog.resize(460, 230)
        self.outer = QVBoxLayout(SipParticipantDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.organisationComboLabel = QLabel(SipParticipantDialog)
        self.organisationComboLabel.setObjectName(u"organisationComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationComboLabel)

        self.organisationCombo = QComboBox(SipParticipantDialog)
        self.organisationCombo.setObjectName(u"organisationCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisationCombo)

        self.otherEditLabel = QLabel(SipParticipantDialog)
        self.otherEditLabel.setObjectName(u"otherEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.otherEditLabel)

        self.otherEdit = QLineEdit(SipParticipantDialog)
        self.otherEdit.setObjectName(u"otherEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.otherEdit)

        self.personEditLabel = QLabel(SipParticipantDialog)
        self.personEditLabel.setObjectName(u"personEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.personEditLabel)

        self.personEdit = QLineEdit(SipParticipantDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.titleEditLabel = QLabel(SipParticipantDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(SipParticipantDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleEdit)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(SipParticipantDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(SipParticipantDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.organisationComboLabel.setBuddy(self.organisationCombo)
        self.otherEditLabel.setBuddy(self.otherEdit)
        self.personEditLabel.setBuddy(self.personEdit)
        self.titleEditLabel.setBuddy(self.titleEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SipParticipantDialog)

        QMetaObject.connectSlotsByName(SipParticipantDialog)
    # setupUi

    def retranslateUi(self, SipParticipantDialog):
        SipParticipantDialog.setWindowTitle(QCoreApplication.translate("SipParticipantDialog", u"Add participant", None))
        self.organisationComboLabel.setText(QCoreApplication.translate("SipParticipantDialog", u"&Organisation", None))
        self.otherEditLabel.setText(QCoreApplication.translate("SipParticipantDialog", u"Name of the &other organisation", None))
        self.personEditLabel.setText(QCoreApplication.translate("SipParticipantDialog", u"&Name", None))
        self.titleEditLabel.setText(QCoreApplication.translate("SipParticipantDialog", u"&Role", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("SipParticipantDialog", u"e.g. social worker, physician, mentor", None))
    # retranslateUi

