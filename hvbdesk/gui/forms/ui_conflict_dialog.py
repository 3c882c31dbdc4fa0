# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(720, 420)
        self.outer = QVBoxLayout(ConflictDialog)
        self.outer.setObjectName(u"outer")
        self.whatHappened = QLabel(ConflictDialog)
        self.whatHappened.setObjectName(u"whatHappened")
        self.whatHappened.setText(u"")
        self.whatHappened.setWordWrap(True)

        self.outer.addWidget(self.whatHappened)

        self.choice = QLabel(ConflictDialog)
        self.choice.setObjectName(u"choice")
        self.choice.setWordWrap(True)

        self.outer.addWidget(self.choice)

        self.sides = QHBoxLayout()
        self.sides.setObjectName(u"sides")
        self.mineSide = QVBoxLayout()
        self.mineSide.setObjectName(u"mineSide")
        self.mineLabel = QLabel(ConflictDialog)
        self.mineLabel.setObjectName(u"mineLabel")

        self.mineSide.addWidget(self.mineLabel)

        self.mineText = QPlainTextEdit(ConflictDialog)
        self.mineText.setObjectName(u"mineText")
        self.mineText.setReadOnly(True)

        self.mineSide.addWidget(self.mineText)


        self.sides.addLayout(self.mineSide)

        self.theirsSide = QVBoxLayout()
        self.theirsSide.setObjectName(u"theirsSide")
        self.theirsLabel = QLabel(ConflictDialog)
        self.theirsLabel.setObjectName(u"theirsLabel")

        self.theirsSide.addWidget(self.theirsLabel)

        self.theirsText = QPlainTextEdit(ConflictDialog)
        self.theirsText.setObjectName(u"theirsText")
        self.theirsText.setReadOnly(True)

        self.theirsSide.addWidget(self.theirsText)


        self.sides.addLayout(self.theirsSide)


        self.outer.addLayout(self.sides)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer)

        self.takeTheirsButton = QPushButton(ConflictDialog)
        self.takeTheirsButton.setObjectName(u"takeTheirsButton")

        self.buttonRow.addWidget(self.takeTheirsButton)

        self.keepMineButton = QPushButton(ConflictDialog)
        self.keepMineButton.setObjectName(u"keepMineButton")

        self.buttonRow.addWidget(self.keepMineButton)


        self.outer.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.mineLabel.setBuddy(self.mineText)
        self.theirsLabel.setBuddy(self.theirsText)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConflictDialog)

        self.keepMineButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Saved by someone else", None))
        self.choice.setText(QCoreApplication.translate("ConflictDialog", u"Compare the two, then choose which one stays. Nothing is lost: the text you do not keep goes to the clipboard.", None))
        self.mineLabel.setText(QCoreApplication.translate("ConflictDialog", u"&Yours (not saved)", None))
        self.theirsLabel.setText(QCoreApplication.translate("ConflictDialog", u"&Saved now", None))
        self.takeTheirsButton.setText(QCoreApplication.translate("ConflictDialog", u"Use the saved one", None))
        self.keepMineButton.setText(QCoreApplication.translate("ConflictDialog", u"Keep mine", None))
    # retranslateUi

