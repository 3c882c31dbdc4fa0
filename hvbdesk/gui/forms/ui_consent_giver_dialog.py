# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_giver_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout)

class Ui_ConsentGiverDialog(object):
    def setupUi(self, ConsentGiverDialog):
        if not ConsentGiverDialog.objectName():
            ConsentGiverDialog.setObjectName(u"ConsentGiverDialog")
        ConsentGiverDialog.resize(520, 200)
        self.outer = QVBoxLayout(ConsentGiverDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.whoComboLabel = QLabel(ConsentGiverDialog)
        self.whoComboLabel.setObjectName(u"whoComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whoComboLabel)

        self.whoCombo = QComboBox(ConsentGiverDialog)
        self.whoCombo.setObjectName(u"whoCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whoCombo)

        self.howComboLabel = QLabel(ConsentGiverDialog)
        self.howComboLabel.setObjectName(u"howComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.howComboLabel)

        self.howCombo = QComboBox(ConsentGiverDialog)
        self.howCombo.setObjectName(u"howCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.howCombo)

        self.heardByEditLabel = QLabel(ConsentGiverDialog)
        self.heardByEditLabel.setObjectName(u"heardByEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.heardByEditLabel)

        self.heardByEdit = QLineEdit(ConsentGiverDialog)
        self.heardByEdit.setObjectName(u"heardByEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.heardByEdit)

        self.onEditLabel = QLabel(ConsentGiverDialog)
        self.onEditLabel.setObjectName(u"onEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.onEditLabel)

        self.onEdit = QDateEdit(ConsentGiverDialog)
        self.onEdit.setObjectName(u"onEdit")
        self.onEdit.setCalendarPopup(True)
        self.onEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.onEdit)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(ConsentGiverDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(ConsentGiverDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.whoComboLabel.setBuddy(self.whoCombo)
        self.howComboLabel.setBuddy(self.howCombo)
        self.heardByEditLabel.setBuddy(self.heardByEdit)
        self.onEditLabel.setBuddy(self.onEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentGiverDialog)

        QMetaObject.connectSlotsByName(ConsentGiverDialog)
    # setupUi

    def retranslateUi(self, ConsentGiverDialog):
        ConsentGiverDialog.setWindowTitle(QCoreApplication.translate("ConsentGiverDialog", u"Add a consent", None))
        self.whoComboLabel.setText(QCoreApplication.translate("ConsentGiverDialog", u"&Who consents now", None))
        self.howComboLabel.setText(QCoreApplication.translate("ConsentGiverDialog", u"&How", None))
        self.heardByEditLabel.setText(QCoreApplication.translate("ConsentGiverDialog", u"Heard &by (oral)", None))
        self.onEditLabel.setText(QCoreApplication.translate("ConsentGiverDialog", u"&On", None))
    # retranslateUi

