# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'population_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSpinBox, QVBoxLayout)

class Ui_PopulationDialog(object):
    def setupUi(self, PopulationDialog):
        if not PopulationDialog.objectName():
            PopulationDialog.setObjectName(u"PopulationDialog")
        PopulationDialog.resize(480, 220)
        self.outer = QVBoxLayout(PopulationDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.municipalityComboLabel = QLabel(PopulationDialog)
        self.municipalityComboLabel.setObjectName(u"municipalityComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.municipalityComboLabel)

        self.municipalityCombo = QComboBox(PopulationDialog)
        self.municipalityCombo.setObjectName(u"municipalityCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.municipalityCombo)

        self.yearSpinLabel = QLabel(PopulationDialog)
        self.yearSpinLabel.setObjectName(u"yearSpinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearSpinLabel)

        self.yearSpin = QSpinBox(PopulationDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(1990)
        self.yearSpin.setMaximum(2100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.populationSpinLabel = QLabel(PopulationDialog)
        self.populationSpinLabel.setObjectName(u"populationSpinLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.populationSpinLabel)

        self.populationSpin = QSpinBox(PopulationDialog)
        self.populationSpin.setObjectName(u"populationSpin")
        self.populationSpin.setMaximum(10000000)
        self.populationSpin.setGroupSeparatorShown(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.populationSpin)

        self.sourceEditLabel = QLabel(PopulationDialog)
        self.sourceEditLabel.setObjectName(u"sourceEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sourceEditLabel)

        self.sourceEdit = QLineEdit(PopulationDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sourceEdit)


        self.outer.addLayout(self.form)

        self.errorLabel = QLabel(PopulationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(PopulationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.municipalityComboLabel.setBuddy(self.municipalityCombo)
        self.yearSpinLabel.setBuddy(self.yearSpin)
        self.populationSpinLabel.setBuddy(self.populationSpin)
        self.sourceEditLabel.setBuddy(self.sourceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PopulationDialog)

        QMetaObject.connectSlotsByName(PopulationDialog)
    # setupUi

    def retranslateUi(self, PopulationDialog):
        PopulationDialog.setWindowTitle(QCoreApplication.translate("PopulationDialog", u"Population of a municipality", None))
        self.municipalityComboLabel.setText(QCoreApplication.translate("PopulationDialog", u"&Municipality", None))
        self.yearSpinLabel.setText(QCoreApplication.translate("PopulationDialog", u"Population on 31 December of the &year", None))
        self.populationSpinLabel.setText(QCoreApplication.translate("PopulationDialog", u"&Population", None))
        self.sourceEditLabel.setText(QCoreApplication.translate("PopulationDialog", u"&Source", None))
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("PopulationDialog", u"e.g. SCB, folkm\u00e4ngd 31 december 2025", None))
    # retranslateUi

