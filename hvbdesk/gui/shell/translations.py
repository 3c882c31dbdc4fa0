"""Swedish by default; English (the source language) selectable in the preferences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from hvbdesk import i18n
from hvbdesk.config import resource_path
from hvbdesk.i18n import DEFAULT_LANGUAGE, LANGUAGES

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "install_translators"]


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Returns the translators so the caller keeps them alive."""
    installed: list[QTranslator] = []
    # Headless texts (service errors, printouts) through the same translators as the widgets.
    i18n.use(QCoreApplication.translate, language if language in LANGUAGES else DEFAULT_LANGUAGE)
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(
        QLocale(QLocale.Language.Swedish if language == "sv" else QLocale.Language.English, QLocale.Country.Sweden)
    )
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(resource_path("resources") / "translations" / f"hvbdesk_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt_base = QTranslator(app)  # Qt's own texts: Cancel, OK in the standard dialogs
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed
