# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setting_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTableWidget,
    QVBoxLayout, QWidget)

class Ui_SettingDialog(object):
    def setupUi(self, SettingDialog):
        if not SettingDialog.objectName():
            SettingDialog.setObjectName(u"SettingDialog")
        SettingDialog.resize(520, 420)
        self.outer = QVBoxLayout(SettingDialog)
        self.outer.setObjectName(u"outer")
        self.nameLabel = QLabel(SettingDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"")
        self.nameLabel.setWordWrap(True)

        self.outer.addWidget(self.nameLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.currentCaption = QLabel(SettingDialog)
        self.currentCaption.setObjectName(u"currentCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentCaption)

        self.currentLabel = QLabel(SettingDialog)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setText(u"")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentLabel)

        self.valueLabel = QLabel(SettingDialog)
        self.valueLabel.setObjectName(u"valueLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueEdit = QLineEdit(SettingDialog)
        self.valueEdit.setObjectName(u"valueEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.valueEdit)

        self.validFromLabel = QLabel(SettingDialog)
        self.validFromLabel.setObjectName(u"validFromLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.validFromLabel)

        self.validFromEdit = QDateEdit(SettingDialog)
        self.validFromEdit.setObjectName(u"validFromEdit")
        self.validFromEdit.setCalendarPopup(True)
        self.validFromEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.validFromEdit)


        self.outer.addLayout(self.form)

        self.hintLabel = QLabel(SettingDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.outer.addWidget(self.hintLabel)

        self.historyLabel = QLabel(SettingDialog)
        self.historyLabel.setObjectName(u"historyLabel")

        self.outer.addWidget(self.historyLabel)

        self.historyTable = QTableWidget(SettingDialog)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyTable.setSelectionMode(QAbstractItemView.NoSelection)

        self.outer.addWidget(self.historyTable)

        self.errorLabel = QLabel(SettingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(SettingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.valueLabel.setBuddy(self.valueEdit)
        self.validFromLabel.setBuddy(self.validFromEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.valueEdit, self.validFromEdit)

        self.retranslateUi(SettingDialog)

        QMetaObject.connectSlotsByName(SettingDialog)
    # setupUi

    def retranslateUi(self, SettingDialog):
        SettingDialog.setWindowTitle(QCoreApplication.translate("SettingDialog", u"Change setting", None))
        self.currentCaption.setText(QCoreApplication.translate("SettingDialog", u"In force today", None))
        self.valueLabel.setText(QCoreApplication.translate("SettingDialog", u"&New value", None))
        self.validFromLabel.setText(QCoreApplication.translate("SettingDialog", u"&Valid from", None))
        self.hintLabel.setText(QCoreApplication.translate("SettingDialog", u"What has applied before the date stays as it was. Changes already planned from the date on are replaced.", None))
        self.historyLabel.setText(QCoreApplication.translate("SettingDialog", u"History", None))
    # retranslateUi

