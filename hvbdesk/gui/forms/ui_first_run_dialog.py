# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QVBoxLayout)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(480, 380)
        self.outer = QVBoxLayout(FirstRunDialog)
        self.outer.setSpacing(12)
        self.outer.setObjectName(u"outer")
        self.heading = QLabel(FirstRunDialog)
        self.heading.setObjectName(u"heading")

        self.outer.addWidget(self.heading)

        self.intro = QLabel(FirstRunDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.displayNameLabel = QLabel(FirstRunDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(FirstRunDialog)
        self.displayNameEdit.setObjectName(u"displayNameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.usernameLabel = QLabel(FirstRunDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(FirstRunDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(FirstRunDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(FirstRunDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(FirstRunDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(FirstRunDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(FirstRunDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(FirstRunDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Set up hvbdesk", None))
        self.heading.setText(QCoreApplication.translate("FirstRunDialog", u"Welcome to hvbdesk", None))
        self.intro.setText(QCoreApplication.translate("FirstRunDialog", u"This database has no accounts yet. Create the account of the facility manager, who can then add the other staff's accounts.", None))
        self.displayNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Name", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&User name", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Password", None))
        self.repeatLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Repeat password", None))
    # retranslateUi

