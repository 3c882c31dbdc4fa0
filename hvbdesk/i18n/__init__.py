"""The user's language outside Qt: one `translate(context, text)` for headless code and the GUI alike.

The source language is English; Swedish comes from the translation file the GUI's compiled catalogue is
made from (resources/translations/hvbdesk_sv.ts), so pyside6-lupdate finds these texts too. The GUI hands
its own QCoreApplication.translate in with `use`; the command line loads the catalogue with `use_language`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from functools import cache

from hvbdesk.config import resource_path

LANGUAGES = {"sv": "Svenska", "en": "English"}
DEFAULT_LANGUAGE = "sv"

Translate = Callable[[str, str], str]


def _source_text(context: str, text: str) -> str:
    return text


def _default(context: str, text: str) -> str:
    use_language(DEFAULT_LANGUAGE)  # loaded on first use: most programs that import this never translate
    return translate(context, text)


_current: list[Translate] = [_default]
_language: list[str | None] = [None]


def translate(context: str, text: str) -> str:
    """The text in the user's language; `%1`, `%2` … are filled in by `fill`."""
    return _current[0](context, text)


def decimal(value: float, digits: int = 1) -> str:
    """A number written the reader's way: Swedish has a decimal comma."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if (_language[0] or DEFAULT_LANGUAGE) == "sv" else text


def fill(text: str, *args: object) -> str:
    # Highest number first, so that %1 does not eat the start of %10.
    for number in range(len(args), 0, -1):
        text = text.replace(f"%{number}", str(args[number - 1]))
    return text


def use(function: Translate, language: str | None = None) -> None:
    _current[0] = function
    _language[0] = language


def use_language(language: str) -> None:
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    _language[0] = language
    if language == "en":
        use(_source_text, language)
        return
    # Read at the first text, not here: the GUI hands in Qt's own catalogue before it says anything.
    use(lambda context, text: load_catalogue(language).get((context, text)) or text, language)


@cache
def load_catalogue(language: str) -> Mapping[tuple[str, str], str]:
    """(context, English source) → finished translation; unfinished entries are left out."""
    import xml.etree.ElementTree as ET  # the command line's; the GUI reads Qt's compiled catalogue

    path = resource_path("resources") / "translations" / f"hvbdesk_{language}.ts"
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, message.findtext("source") or "")] = translation.text or ""
    return table


def language_for(preferred: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """The app's language where the user chose one; else English where the locale says English; else Swedish."""
    if preferred in LANGUAGES:
        return preferred
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return "en" if value.lower().startswith("en") else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE
