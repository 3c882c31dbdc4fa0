# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'deviation_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QVBoxLayout)

class Ui_DeviationDialog(object):
    def setupUi(self, DeviationDialog):
        if not DeviationDialog.objectName():
            DeviationDialog.setObjectName(u"DeviationDialog")
        DeviationDialog.resize(540, 420)
        self.outer = QVBoxLayout(DeviationDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.occurredEditLabel = QLabel(DeviationDialog)
        self.occurredEditLabel.setObjectName(u"occurredEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.occurredEditLabel)

        self.occurredEdit = QDateEdit(DeviationDialog)
        self.occurredEdit.setObjectName(u"occurredEdit")
        self.occurredEdit.setCalendarPopup(True)
        self.occurredEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.occurredEdit)

        self.kindComboLabel = QLabel(DeviationDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(DeviationDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.residentComboLabel = QLabel(DeviationDialog)
        self.residentComboLabel.setObjectName(u"residentComboLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.residentComboLabel)

        self.residentCombo = QComboBox(DeviationDialog)
        self.residentCombo.setObjectName(u"residentCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.residentCombo)

        self.descriptionEditLabel = QLabel(DeviationDialog)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionEditLabel)

        self.descriptionEdit = QPlainTextEdit(DeviationDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumHeight(90)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.actionEditLabel = QLabel(DeviationDialog)
        self.actionEditLabel.setObjectName(u"actionEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.actionEditLabel)

        self.actionEdit = QPlainTextEdit(DeviationDialog)
        self.actionEdit.setObjectName(u"actionEdit")
        self.actionEdit.setMaximumHeight(90)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.actionEdit)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(DeviationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(DeviationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.occurredEditLabel.setBuddy(self.occurredEdit)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.residentComboLabel.setBuddy(self.residentCombo)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
        self.actionEditLabel.setBuddy(self.actionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeviationDialog)

        QMetaObject.connectSlotsByName(DeviationDialog)
    # setupUi

    def retranslateUi(self, DeviationDialog):
        DeviationDialog.setWindowTitle(QCoreApplication.translate("DeviationDialog", u"Register a deviation", None))
        self.occurredEditLabel.setText(QCoreApplication.translate("DeviationDialog", u"&Date", None))
        self.kindComboLabel.setText(QCoreApplication.translate("DeviationDialog", u"&Kind", None))
        self.residentComboLabel.setText(QCoreApplication.translate("DeviationDialog", u"&About", None))
        self.descriptionEditLabel.setText(QCoreApplication.translate("DeviationDialog", u"&What happened", None))
        self.actionEditLabel.setText(QCoreApplication.translate("DeviationDialog", u"&Immediate action", None))
    # retranslateUi

