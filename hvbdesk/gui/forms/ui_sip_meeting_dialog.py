# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sip_meeting_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout)

class Ui_SipMeetingDialog(object):
    def setupUi(self, SipMeetingDialog):
        if not SipMeetingDialog.objectName():
            SipMeetingDialog.setObjectName(u"SipMeetingDialog")
        SipMeetingDialog.resize(480, 250)
        self.outer = QVBoxLayout(SipMeetingDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindComboLabel = QLabel(SipMeetingDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(SipMeetingDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.whenEditLabel = QLabel(SipMeetingDialog)
        self.whenEditLabel.setObjectName(u"whenEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whenEditLabel)

        self.whenEdit = QDateTimeEdit(SipMeetingDialog)
        self.whenEdit.setObjectName(u"whenEdit")
        self.whenEdit.setCalendarPopup(True)
        self.whenEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.whenEdit)

        self.placeEditLabel = QLabel(SipMeetingDialog)
        self.placeEditLabel.setObjectName(u"placeEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeEditLabel)

        self.placeEdit = QLineEdit(SipMeetingDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.initiatedEditLabel = QLabel(SipMeetingDialog)
        self.initiatedEditLabel.setObjectName(u"initiatedEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.initiatedEditLabel)

        self.initiatedEdit = QLineEdit(SipMeetingDialog)
        self.initiatedEdit.setObjectName(u"initiatedEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.initiatedEdit)

        self.coordinatedEditLabel = QLabel(SipMeetingDialog)
        self.coordinatedEditLabel.setObjectName(u"coordinatedEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.coordinatedEditLabel)

        self.coordinatedEdit = QLineEdit(SipMeetingDialog)
        self.coordinatedEdit.setObjectName(u"coordinatedEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.coordinatedEdit)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(SipMeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(SipMeetingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.whenEditLabel.setBuddy(self.whenEdit)
        self.placeEditLabel.setBuddy(self.placeEdit)
        self.initiatedEditLabel.setBuddy(self.initiatedEdit)
        self.coordinatedEditLabel.setBuddy(self.coordinatedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SipMeetingDialog)

        QMetaObject.connectSlotsByName(SipMeetingDialog)
    # setupUi

    def retranslateUi(self, SipMeetingDialog):
        SipMeetingDialog.setWindowTitle(QCoreApplication.translate("SipMeetingDialog", u"Book a SIP meeting", None))
        self.kindComboLabel.setText(QCoreApplication.translate("SipMeetingDialog", u"&Kind", None))
        self.whenEditLabel.setText(QCoreApplication.translate("SipMeetingDialog", u"&When", None))
        self.placeEditLabel.setText(QCoreApplication.translate("SipMeetingDialog", u"&Place", None))
        self.initiatedEditLabel.setText(QCoreApplication.translate("SipMeetingDialog", u"&Called by", None))
        self.coordinatedEditLabel.setText(QCoreApplication.translate("SipMeetingDialog", u"C&oordinated by", None))
    # retranslateUi

