# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QScrollArea,
    QVBoxLayout, QWidget)

class Ui_ConsentDialog(object):
    def setupUi(self, ConsentDialog):
        if not ConsentDialog.objectName():
            ConsentDialog.setObjectName(u"ConsentDialog")
        ConsentDialog.resize(680, 460)
        self.outer = QVBoxLayout(ConsentDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.givenOnEditLabel = QLabel(ConsentDialog)
        self.givenOnEditLabel.setObjectName(u"givenOnEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.givenOnEditLabel)

        self.givenOnEdit = QDateEdit(ConsentDialog)
        self.givenOnEdit.setObjectName(u"givenOnEdit")
        self.givenOnEdit.setCalendarPopup(True)
        self.givenOnEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.givenOnEdit)

        self.validUntilEditLabel = QLabel(ConsentDialog)
        self.validUntilEditLabel.setObjectName(u"validUntilEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.validUntilEditLabel)

        self.validUntilEdit = QDateEdit(ConsentDialog)
        self.validUntilEdit.setObjectName(u"validUntilEdit")
        self.validUntilEdit.setCalendarPopup(True)
        self.validUntilEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.validUntilEdit)


        self.outer.addLayout(self.form)

        self.scroll = QScrollArea(ConsentDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.scrollLayout = QVBoxLayout(self.scrollContents)
        self.scrollLayout.setObjectName(u"scrollLayout")
        self.giversBox = QGroupBox(self.scrollContents)
        self.giversBox.setObjectName(u"giversBox")
        self.giversLayout = QVBoxLayout(self.giversBox)
        self.giversLayout.setObjectName(u"giversLayout")

        self.scrollLayout.addWidget(self.giversBox)

        self.scopes = QHBoxLayout()
        self.scopes.setObjectName(u"scopes")
        self.actorsBox = QGroupBox(self.scrollContents)
        self.actorsBox.setObjectName(u"actorsBox")
        self.actorsLayout = QVBoxLayout(self.actorsBox)
        self.actorsLayout.setObjectName(u"actorsLayout")

        self.scopes.addWidget(self.actorsBox)

        self.informationBox = QGroupBox(self.scrollContents)
        self.informationBox.setObjectName(u"informationBox")
        self.informationLayout = QVBoxLayout(self.informationBox)
        self.informationLayout.setObjectName(u"informationLayout")

        self.scopes.addWidget(self.informationBox)


        self.scrollLayout.addLayout(self.scopes)

        self.exclusionsLabel = QLabel(self.scrollContents)
        self.exclusionsLabel.setObjectName(u"exclusionsLabel")

        self.scrollLayout.addWidget(self.exclusionsLabel)

        self.exclusionsEdit = QPlainTextEdit(self.scrollContents)
        self.exclusionsEdit.setObjectName(u"exclusionsEdit")
        self.exclusionsEdit.setMaximumHeight(52)

        self.scrollLayout.addWidget(self.exclusionsEdit)

        self.viewLabel = QLabel(self.scrollContents)
        self.viewLabel.setObjectName(u"viewLabel")

        self.scrollLayout.addWidget(self.viewLabel)

        self.viewEdit = QPlainTextEdit(self.scrollContents)
        self.viewEdit.setObjectName(u"viewEdit")
        self.viewEdit.setMaximumHeight(52)

        self.scrollLayout.addWidget(self.viewEdit)

        self.scroll.setWidget(self.scrollContents)

        self.outer.addWidget(self.scroll)

        self.errorLabel = QLabel(ConsentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(ConsentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.givenOnEditLabel.setBuddy(self.givenOnEdit)
        self.validUntilEditLabel.setBuddy(self.validUntilEdit)
        self.exclusionsLabel.setBuddy(self.exclusionsEdit)
        self.viewLabel.setBuddy(self.viewEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentDialog)

        QMetaObject.connectSlotsByName(ConsentDialog)
    # setupUi

    def retranslateUi(self, ConsentDialog):
        ConsentDialog.setWindowTitle(QCoreApplication.translate("ConsentDialog", u"Register consent", None))
        self.givenOnEditLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Given on", None))
        self.validUntilEditLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Valid until (one year at most)", None))
        self.giversBox.setTitle(QCoreApplication.translate("ConsentDialog", u"Who consented, and how", None))
        self.actorsBox.setTitle(QCoreApplication.translate("ConsentDialog", u"Who may take part and be told", None))
        self.informationBox.setTitle(QCoreApplication.translate("ConsentDialog", u"What may be shared", None))
        self.exclusionsLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Kept out by the young person (one item per line; never printed)", None))
        self.viewLabel.setText(QCoreApplication.translate("ConsentDialog", u"The young person's own &view", None))
    # retranslateUi

