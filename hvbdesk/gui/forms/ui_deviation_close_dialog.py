# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'deviation_close_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QVBoxLayout)

class Ui_DeviationCloseDialog(object):
    def setupUi(self, DeviationCloseDialog):
        if not DeviationCloseDialog.objectName():
            DeviationCloseDialog.setObjectName(u"DeviationCloseDialog")
        DeviationCloseDialog.resize(560, 440)
        self.outer = QVBoxLayout(DeviationCloseDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.summaryLabelLabel = QLabel(DeviationCloseDialog)
        self.summaryLabelLabel.setObjectName(u"summaryLabelLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.summaryLabelLabel)

        self.summaryLabel = QLabel(DeviationCloseDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.summaryLabel)

        self.analysisEditLabel = QLabel(DeviationCloseDialog)
        self.analysisEditLabel.setObjectName(u"analysisEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.analysisEditLabel)

        self.analysisEdit = QPlainTextEdit(DeviationCloseDialog)
        self.analysisEdit.setObjectName(u"analysisEdit")
        self.analysisEdit.setMaximumHeight(90)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.analysisEdit)

        self.measuresEditLabel = QLabel(DeviationCloseDialog)
        self.measuresEditLabel.setObjectName(u"measuresEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.measuresEditLabel)

        self.measuresEdit = QPlainTextEdit(DeviationCloseDialog)
        self.measuresEdit.setObjectName(u"measuresEdit")
        self.measuresEdit.setMaximumHeight(90)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.measuresEdit)

        self.lexSarahCheckLabel = QLabel(DeviationCloseDialog)
        self.lexSarahCheckLabel.setObjectName(u"lexSarahCheckLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lexSarahCheckLabel)

        self.lexSarahCheck = QCheckBox(DeviationCloseDialog)
        self.lexSarahCheck.setObjectName(u"lexSarahCheck")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lexSarahCheck)

        self.regionCheckLabel = QLabel(DeviationCloseDialog)
        self.regionCheckLabel.setObjectName(u"regionCheckLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.regionCheckLabel)

        self.regionCheck = QCheckBox(DeviationCloseDialog)
        self.regionCheck.setObjectName(u"regionCheck")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.regionCheck)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(DeviationCloseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(DeviationCloseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.summaryLabelLabel.setBuddy(self.summaryLabel)
        self.analysisEditLabel.setBuddy(self.analysisEdit)
        self.measuresEditLabel.setBuddy(self.measuresEdit)
        self.lexSarahCheckLabel.setBuddy(self.lexSarahCheck)
        self.regionCheckLabel.setBuddy(self.regionCheck)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeviationCloseDialog)

        QMetaObject.connectSlotsByName(DeviationCloseDialog)
    # setupUi

    def retranslateUi(self, DeviationCloseDialog):
        DeviationCloseDialog.setWindowTitle(QCoreApplication.translate("DeviationCloseDialog", u"Investigate and close the deviation", None))
        self.summaryLabelLabel.setText(QCoreApplication.translate("DeviationCloseDialog", u"Deviation", None))
        self.analysisEditLabel.setText(QCoreApplication.translate("DeviationCloseDialog", u"&Analysis: why did it happen?", None))
        self.measuresEditLabel.setText(QCoreApplication.translate("DeviationCloseDialog", u"&Measures so it does not happen again", None))
        self.lexSarahCheckLabel.setText(QCoreApplication.translate("DeviationCloseDialog", u"Reported", None))
        self.lexSarahCheck.setText(QCoreApplication.translate("DeviationCloseDialog", u"Reported under lex &Sarah to the municipality", None))
        self.regionCheckLabel.setText("")
        self.regionCheck.setText(QCoreApplication.translate("DeviationCloseDialog", u"Reported in the &Region's deviation system", None))
    # retranslateUi

