# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admission_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDateTimeEdit, QDialogButtonBox, QFormLayout,
    QGroupBox, QLabel, QLineEdit, QVBoxLayout)

class Ui_AdmissionDialog(object):
    def setupUi(self, AdmissionDialog):
        if not AdmissionDialog.objectName():
            AdmissionDialog.setObjectName(u"AdmissionDialog")
        AdmissionDialog.resize(620, 720)
        self.outer = QVBoxLayout(AdmissionDialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(AdmissionDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setText(u"")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.personGroup = QGroupBox(AdmissionDialog)
        self.personGroup.setObjectName(u"personGroup")
        self.personGroupForm = QFormLayout(self.personGroup)
        self.personGroupForm.setObjectName(u"personGroupForm")
        self.personnummerEditLabel = QLabel(self.personGroup)
        self.personnummerEditLabel.setObjectName(u"personnummerEditLabel")

        self.personGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personnummerEditLabel)

        self.personnummerEdit = QLineEdit(self.personGroup)
        self.personnummerEdit.setObjectName(u"personnummerEdit")

        self.personGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personnummerEdit)

        self.firstNameEditLabel = QLabel(self.personGroup)
        self.firstNameEditLabel.setObjectName(u"firstNameEditLabel")

        self.personGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstNameEditLabel)

        self.firstNameEdit = QLineEdit(self.personGroup)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.personGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.lastNameEditLabel = QLabel(self.personGroup)
        self.lastNameEditLabel.setObjectName(u"lastNameEditLabel")

        self.personGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastNameEditLabel)

        self.lastNameEdit = QLineEdit(self.personGroup)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.personGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.genderComboLabel = QLabel(self.personGroup)
        self.genderComboLabel.setObjectName(u"genderComboLabel")

        self.personGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.genderComboLabel)

        self.genderCombo = QComboBox(self.personGroup)
        self.genderCombo.setObjectName(u"genderCombo")

        self.personGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.genderCombo)


        self.outer.addWidget(self.personGroup)

        self.stayGroup = QGroupBox(AdmissionDialog)
        self.stayGroup.setObjectName(u"stayGroup")
        self.stayGroupForm = QFormLayout(self.stayGroup)
        self.stayGroupForm.setObjectName(u"stayGroupForm")
        self.kindComboLabel = QLabel(self.stayGroup)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.stayGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(self.stayGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.stayGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.placeComboLabel = QLabel(self.stayGroup)
        self.placeComboLabel.setObjectName(u"placeComboLabel")

        self.stayGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeComboLabel)

        self.placeCombo = QComboBox(self.stayGroup)
        self.placeCombo.setObjectName(u"placeCombo")

        self.stayGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.placeCombo)

        self.basisComboLabel = QLabel(self.stayGroup)
        self.basisComboLabel.setObjectName(u"basisComboLabel")

        self.stayGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.basisComboLabel)

        self.basisCombo = QComboBox(self.stayGroup)
        self.basisCombo.setObjectName(u"basisCombo")

        self.stayGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.basisCombo)

        self.admittedEditLabel = QLabel(self.stayGroup)
        self.admittedEditLabel.setObjectName(u"admittedEditLabel")

        self.stayGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.admittedEditLabel)

        self.admittedEdit = QDateTimeEdit(self.stayGroup)
        self.admittedEdit.setObjectName(u"admittedEdit")
        self.admittedEdit.setCalendarPopup(True)
        self.admittedEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.stayGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.admittedEdit)

        self.plannedEndEditLabel = QLabel(self.stayGroup)
        self.plannedEndEditLabel.setObjectName(u"plannedEndEditLabel")

        self.stayGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.plannedEndEditLabel)

        self.plannedEndEdit = QDateEdit(self.stayGroup)
        self.plannedEndEdit.setObjectName(u"plannedEndEdit")
        self.plannedEndEdit.setCalendarPopup(True)
        self.plannedEndEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.stayGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.plannedEndEdit)

        self.municipalityComboLabel = QLabel(self.stayGroup)
        self.municipalityComboLabel.setObjectName(u"municipalityComboLabel")

        self.stayGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.municipalityComboLabel)

        self.municipalityCombo = QComboBox(self.stayGroup)
        self.municipalityCombo.setObjectName(u"municipalityCombo")

        self.stayGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.municipalityCombo)


        self.outer.addWidget(self.stayGroup)

        self.guardianGroup = QGroupBox(AdmissionDialog)
        self.guardianGroup.setObjectName(u"guardianGroup")
        self.guardianGroupForm = QFormLayout(self.guardianGroup)
        self.guardianGroupForm.setObjectName(u"guardianGroupForm")
        self.guardian1NameEditLabel = QLabel(self.guardianGroup)
        self.guardian1NameEditLabel.setObjectName(u"guardian1NameEditLabel")

        self.guardianGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.guardian1NameEditLabel)

        self.guardian1NameEdit = QLineEdit(self.guardianGroup)
        self.guardian1NameEdit.setObjectName(u"guardian1NameEdit")

        self.guardianGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.guardian1NameEdit)

        self.guardian1RelationEditLabel = QLabel(self.guardianGroup)
        self.guardian1RelationEditLabel.setObjectName(u"guardian1RelationEditLabel")

        self.guardianGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.guardian1RelationEditLabel)

        self.guardian1RelationEdit = QLineEdit(self.guardianGroup)
        self.guardian1RelationEdit.setObjectName(u"guardian1RelationEdit")

        self.guardianGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.guardian1RelationEdit)

        self.guardian2NameEditLabel = QLabel(self.guardianGroup)
        self.guardian2NameEditLabel.setObjectName(u"guardian2NameEditLabel")

        self.guardianGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.guardian2NameEditLabel)

        self.guardian2NameEdit = QLineEdit(self.guardianGroup)
        self.guardian2NameEdit.setObjectName(u"guardian2NameEdit")

        self.guardianGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.guardian2NameEdit)

        self.guardian2RelationEditLabel = QLabel(self.guardianGroup)
        self.guardian2RelationEditLabel.setObjectName(u"guardian2RelationEditLabel")

        self.guardianGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.guardian2RelationEditLabel)

        self.guardian2RelationEdit = QLineEdit(self.guardianGroup)
        self.guardian2RelationEdit.setObjectName(u"guardian2RelationEdit")

        self.guardianGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.guardian2RelationEdit)


        self.outer.addWidget(self.guardianGroup)

        self.overrideGroup = QGroupBox(AdmissionDialog)
        self.overrideGroup.setObjectName(u"overrideGroup")
        self.overrideGroupForm = QFormLayout(self.overrideGroup)
        self.overrideGroupForm.setObjectName(u"overrideGroupForm")
        self.ageOverrideEditLabel = QLabel(self.overrideGroup)
        self.ageOverrideEditLabel.setObjectName(u"ageOverrideEditLabel")

        self.overrideGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ageOverrideEditLabel)

        self.ageOverrideEdit = QLineEdit(self.overrideGroup)
        self.ageOverrideEdit.setObjectName(u"ageOverrideEdit")

        self.overrideGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ageOverrideEdit)

        self.hoursOverrideEditLabel = QLabel(self.overrideGroup)
        self.hoursOverrideEditLabel.setObjectName(u"hoursOverrideEditLabel")

        self.overrideGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hoursOverrideEditLabel)

        self.hoursOverrideEdit = QLineEdit(self.overrideGroup)
        self.hoursOverrideEdit.setObjectName(u"hoursOverrideEdit")

        self.overrideGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hoursOverrideEdit)

        self.placeOverrideEditLabel = QLabel(self.overrideGroup)
        self.placeOverrideEditLabel.setObjectName(u"placeOverrideEditLabel")

        self.overrideGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeOverrideEditLabel)

        self.placeOverrideEdit = QLineEdit(self.overrideGroup)
        self.placeOverrideEdit.setObjectName(u"placeOverrideEdit")

        self.overrideGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeOverrideEdit)

        self.endOverrideEditLabel = QLabel(self.overrideGroup)
        self.endOverrideEditLabel.setObjectName(u"endOverrideEditLabel")

        self.overrideGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endOverrideEditLabel)

        self.endOverrideEdit = QLineEdit(self.overrideGroup)
        self.endOverrideEdit.setObjectName(u"endOverrideEdit")

        self.overrideGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endOverrideEdit)


        self.outer.addWidget(self.overrideGroup)

        self.errorLabel = QLabel(AdmissionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(AdmissionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.personnummerEditLabel.setBuddy(self.personnummerEdit)
        self.firstNameEditLabel.setBuddy(self.firstNameEdit)
        self.lastNameEditLabel.setBuddy(self.lastNameEdit)
        self.genderComboLabel.setBuddy(self.genderCombo)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.placeComboLabel.setBuddy(self.placeCombo)
        self.basisComboLabel.setBuddy(self.basisCombo)
        self.admittedEditLabel.setBuddy(self.admittedEdit)
        self.plannedEndEditLabel.setBuddy(self.plannedEndEdit)
        self.municipalityComboLabel.setBuddy(self.municipalityCombo)
        self.guardian1NameEditLabel.setBuddy(self.guardian1NameEdit)
        self.guardian1RelationEditLabel.setBuddy(self.guardian1RelationEdit)
        self.guardian2NameEditLabel.setBuddy(self.guardian2NameEdit)
        self.guardian2RelationEditLabel.setBuddy(self.guardian2RelationEdit)
        self.ageOverrideEditLabel.setBuddy(self.ageOverrideEdit)
        self.hoursOverrideEditLabel.setBuddy(self.hoursOverrideEdit)
        self.placeOverrideEditLabel.setBuddy(self.placeOverrideEdit)
        self.endOverrideEditLabel.setBuddy(self.endOverrideEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdmissionDialog)

        QMetaObject.connectSlotsByName(AdmissionDialog)
    # setupUi

    def retranslateUi(self, AdmissionDialog):
        AdmissionDialog.setWindowTitle(QCoreApplication.translate("AdmissionDialog", u"Admission", None))
        self.personGroup.setTitle(QCoreApplication.translate("AdmissionDialog", u"The young person", None))
        self.personnummerEditLabel.setText(QCoreApplication.translate("AdmissionDialog", u"&Personal identity number", None))
        self.personnummerEdit.setPlaceholderText(QCoreApplication.translate("AdmissionDialog", u"YYYYMMDD-NNNN", None))
        self.firstNameEditLabel.setText(QCoreApplication.translate("AdmissionDialog", u"&First name", None))
        self.lastNameEditLabel.setText(QCoreApplication.translate("AdmissionDialog", u"&Last name", None))
        self.genderComboLabel.setText(QCoreApplication.translate("AdmissionDialog", u"&Gender", None))
        self.stayGroup.setTitle(QCoreApplication.translate("AdmissionDialog", u"The stay", None))
        self.kindComboLabel.setText(QCoreApplication.translate("AdmissionDialog", u"&Kind", None))
        self.placeComboLabel.setText(QCoreApplication.translate("AdmissionDialog", u"P&lace", None))
        self.basisComboLabel.setText(QCoreApplication.translate("AdmissionDialog", u"Legal &basis", None))
        self.admittedEditLabel.setText(QCoreApplication.translate("AdmissionDialog", u"&Admitted", None))
        self.plannedEndEditLabel.setText(QCoreApplication.translate("AdmissionDialog", u"Planned &end", None))
        self.municipalityComboLabel.setText(QCoreApplication.translate("AdmissionDialog", u"Placing &municipality", None))
        self.guardianGroup.setTitle(QCoreApplication.translate("AdmissionDialog", u"Guardians (required under 18)", None))
        self.guardian1NameEditLabel.setText(QCoreApplication.translate("AdmissionDialog", u"Guardian &1", None))
        self.guardian1NameEdit.setPlaceholderText(QCoreApplication.translate("AdmissionDialog", u"Name", None))
        self.guardian1RelationEditLabel.setText(QCoreApplication.translate("AdmissionDialog", u"Relation", None))
        self.guardian1RelationEdit.setPlaceholderText(QCoreApplication.translate("AdmissionDialog", u"e.g. mother", None))
        self.guardian2NameEditLabel.setText(QCoreApplication.translate("AdmissionDialog", u"Guardian &2", None))
        self.guardian2NameEdit.setPlaceholderText(QCoreApplication.translate("AdmissionDialog", u"Name", None))
        self.guardian2RelationEditLabel.setText(QCoreApplication.translate("AdmissionDialog", u"Relation", None))
        self.guardian2RelationEdit.setPlaceholderText(QCoreApplication.translate("AdmissionDialog", u"e.g. father", None))
        self.overrideGroup.setTitle(QCoreApplication.translate("AdmissionDialog", u"Set a rule aside (manager, with a reason)", None))
        self.ageOverrideEditLabel.setText(QCoreApplication.translate("AdmissionDialog", u"Age", None))
        self.ageOverrideEdit.setPlaceholderText(QCoreApplication.translate("AdmissionDialog", u"Reason, if the age rule is set aside", None))
        self.hoursOverrideEditLabel.setText(QCoreApplication.translate("AdmissionDialog", u"Acute hours", None))
        self.hoursOverrideEdit.setPlaceholderText(QCoreApplication.translate("AdmissionDialog", u"Reason, if admitted outside the acute hours", None))
        self.placeOverrideEditLabel.setText(QCoreApplication.translate("AdmissionDialog", u"Acute place", None))
        self.placeOverrideEdit.setPlaceholderText(QCoreApplication.translate("AdmissionDialog", u"Reason, if acute goes to an ordinary place", None))
        self.endOverrideEditLabel.setText(QCoreApplication.translate("AdmissionDialog", u"Planned end", None))
        self.endOverrideEdit.setPlaceholderText(QCoreApplication.translate("AdmissionDialog", u"Reason, if the planned end is outside the limits", None))
    # retranslateUi

