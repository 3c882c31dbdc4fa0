"""Free-text search in the journal: a part of a word finds the word, whatever the case (Swedish letters
too), through an index that follows every change to a draft; on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import pytest

from hvbdesk.domain.enums import JournalKind
from hvbdesk.security.roles import Role
from hvbdesk.services.journal import JournalQuery
from tests.conftest import NOW, add_actor
from tests.services.test_treatment import stay  # noqa: F401  the fixture: a young person placed now


@pytest.fixture
def assistant(services, manager):
    return add_actor(services, manager, Role.TREATMENT_ASSISTANT)


def _signed(services, actor, resident: int, text: str) -> int:
    entry = services.journal.save_draft(actor, resident, JournalKind.DAILY_NOTE, NOW, text).id
    services.journal.sign(actor, entry)
    return entry


def _found(services, actor, text: str, **filters) -> list[int]:
    return [r.id for r in services.journal.search(actor, JournalQuery(text=text, **filters))]


def test_a_part_of_a_word_finds_the_word_in_any_case(services, assistant, stay):  # noqa: F811
    resident = stay["resident"]
    rhythm = _signed(services, assistant, resident, "Bättre dygnsrytm, vaknade 07.30.")
    relapse = _signed(services, assistant, resident, "Återfall i helgen; samtal med Åsa på soc.")
    assert _found(services, assistant, "rytm") == [rhythm]  # inside a compound
    assert _found(services, assistant, "DYGNSRYTM") == [rhythm]
    # SQLite's LIKE folds a–z only: "ÅTERFALL" did not find "Återfall" written in another case
    assert _found(services, assistant, "återfall") == [relapse]
    assert _found(services, assistant, "ÅTERFALL") == [relapse]
    assert _found(services, assistant, "åsa på") == [relapse]  # a phrase, space and all
    assert _found(services, assistant, "Återfall", resident_id=resident) == [relapse]
    assert _found(services, assistant, "åt") == [relapse]  # shorter than the index's three letters
    assert _found(services, assistant, "sömnbrist") == []


def test_the_search_follows_a_draft_s_changes_and_its_discarding(services, assistant, stay):  # noqa: F811
    resident = stay["resident"]
    draft = services.journal.save_draft(assistant, resident, JournalKind.DAILY_NOTE, NOW, "Pratade om skolan").id
    assert _found(services, assistant, "skolan") == [draft]
    version = services.journal.my_drafts(assistant, resident)[0].version
    services.journal.save_draft(
        assistant, resident, JournalKind.DAILY_NOTE, NOW, "Pratade om praktiken", draft_id=draft, seen_version=version
    )
    assert _found(services, assistant, "skolan") == [] and _found(services, assistant, "praktik") == [draft]
    version = services.journal.my_drafts(assistant, resident)[0].version
    services.journal.discard_draft(assistant, draft, version)
    assert _found(services, assistant, "praktik") == []


def test_quotes_and_wildcards_in_the_search_text_are_plain_characters(services, assistant, stay):  # noqa: F811
    resident = stay["resident"]
    quoted = _signed(services, assistant, resident, 'Sa "jag vill hem" två gånger; 50% av tiden')
    assert _found(services, assistant, '"jag vill') == [quoted]
    assert _found(services, assistant, "50%") == [quoted]
    assert _found(services, assistant, "5_%") == [] and _found(services, assistant, "' OR 1=1 --") == []
