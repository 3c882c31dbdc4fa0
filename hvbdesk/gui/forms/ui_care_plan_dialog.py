# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'care_plan_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_CarePlanDialog(object):
    def setupUi(self, CarePlanDialog):
        if not CarePlanDialog.objectName():
            CarePlanDialog.setObjectName(u"CarePlanDialog")
        CarePlanDialog.resize(560, 480)
        self.outer = QVBoxLayout(CarePlanDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.ownerComboLabel = QLabel(CarePlanDialog)
        self.ownerComboLabel.setObjectName(u"ownerComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ownerComboLabel)

        self.ownerCombo = QComboBox(CarePlanDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.datedEditLabel = QLabel(CarePlanDialog)
        self.datedEditLabel.setObjectName(u"datedEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.datedEditLabel)

        self.datedEdit = QDateEdit(CarePlanDialog)
        self.datedEdit.setObjectName(u"datedEdit")
        self.datedEdit.setCalendarPopup(True)
        self.datedEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.datedEdit)

        self.authorEditLabel = QLabel(CarePlanDialog)
        self.authorEditLabel.setObjectName(u"authorEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.authorEditLabel)

        self.authorEdit = QLineEdit(CarePlanDialog)
        self.authorEdit.setObjectName(u"authorEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.authorEdit)

        self.organisationEditLabel = QLabel(CarePlanDialog)
        self.organisationEditLabel.setObjectName(u"organisationEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organisationEditLabel)

        self.organisationEdit = QLineEdit(CarePlanDialog)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.summaryEditLabel = QLabel(CarePlanDialog)
        self.summaryEditLabel.setObjectName(u"summaryEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.summaryEditLabel)

        self.summaryEdit = QPlainTextEdit(CarePlanDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.referenceEditLabel = QLabel(CarePlanDialog)
        self.referenceEditLabel.setObjectName(u"referenceEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.referenceEditLabel)

        self.referenceEdit = QLineEdit(CarePlanDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.referenceEdit)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(CarePlanDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(CarePlanDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.ownerComboLabel.setBuddy(self.ownerCombo)
        self.datedEditLabel.setBuddy(self.datedEdit)
        self.authorEditLabel.setBuddy(self.authorEdit)
        self.organisationEditLabel.setBuddy(self.organisationEdit)
        self.summaryEditLabel.setBuddy(self.summaryEdit)
        self.referenceEditLabel.setBuddy(self.referenceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CarePlanDialog)

        QMetaObject.connectSlotsByName(CarePlanDialog)
    # setupUi

    def retranslateUi(self, CarePlanDialog):
        CarePlanDialog.setWindowTitle(QCoreApplication.translate("CarePlanDialog", u"Register care plan", None))
        self.ownerComboLabel.setText(QCoreApplication.translate("CarePlanDialog", u"&From", None))
        self.datedEditLabel.setText(QCoreApplication.translate("CarePlanDialog", u"&Dated", None))
        self.authorEditLabel.setText(QCoreApplication.translate("CarePlanDialog", u"&Written by", None))
        self.organisationEditLabel.setText(QCoreApplication.translate("CarePlanDialog", u"&Organisation", None))
        self.summaryEditLabel.setText(QCoreApplication.translate("CarePlanDialog", u"&Needs and goals", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("CarePlanDialog", u"A summary of the needs and goals in the plan", None))
        self.referenceEditLabel.setText(QCoreApplication.translate("CarePlanDialog", u"Document &reference", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("CarePlanDialog", u"e.g. the case number", None))
    # retranslateUi

