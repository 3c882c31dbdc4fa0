"""Journal filtering on a 10-year demo database (about 100 000 entries) answers within 50 ms: the filters
walk their indexes newest first, and free text (three characters or more) goes through the trigram index
(FTS5 on SQLite). Texts of one or two characters are matched by scanning and are not held to the bar."""

from __future__ import annotations

import datetime as dt
import statistics
import time

import pytest

from hvbdesk.app import build_services, open_database
from hvbdesk.config import make_config
from hvbdesk.domain.enums import JournalKind
from hvbdesk.services.journal import JournalQuery
from tests.benchmarks.conftest import PASSPHRASE, report

pytestmark = pytest.mark.benchmark


def test_journal_filters(ten_year_demo, monkeypatch):
    monkeypatch.setenv("HVBDESK_DB_PASSPHRASE", PASSPHRASE)
    config = make_config(str(ten_year_demo))
    services = build_services(open_database(config, None), config)
    actor = services.users.authenticate("treatment_assistant", "demo")
    residents = services.residents.list_residents(actor)
    resident = max(residents, key=lambda r: r.latest_stay.admitted_at).id
    now = services.beds.now()
    queries = {
        "person": JournalQuery(resident_id=resident),
        "kind": JournalQuery(kind=JournalKind.INCIDENT),
        "author": JournalQuery(author="coordinator"),
        "period": JournalQuery(since=now - dt.timedelta(days=30), until=now),
        "free_text": JournalQuery(text="dygnsrytm"),
        "common_word": JournalQuery(text="samtal"),
        "three_letters": JournalQuery(text="och"),
        "rare_word": JournalQuery(text="xyzzy"),
        "person_text": JournalQuery(resident_id=resident, text="skolan"),
        "author_text": JournalQuery(author="coordinator", text="skol"),
    }
    figures = {}
    for name, query in queries.items():
        times = []
        for _ in range(5):
            start = time.perf_counter()
            services.journal.search(actor, query)
            times.append((time.perf_counter() - start) * 1000)
        figures[name] = statistics.median(times)
    report("journal_filter", **{k: f"{v:.1f}ms" for k, v in figures.items()})
    services.db.dispose()
    assert max(figures.values()) < 50, figures
