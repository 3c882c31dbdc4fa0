"""Journal search indexes: free text by substring through an index, filters by author and kind in time order

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 04:00:00.000000

Free text keeps its meaning (a part of a word finds the word: "rytm" finds "dygnsrytm", which matters in
Swedish compounds) and gets an index: on SQLite an FTS5 table with the trigram tokenizer, kept by triggers
and stored inside the encrypted database; on PostgreSQL a trigram (pg_trgm) GIN index that ILIKE uses. A
word-based index (tsvector) would have changed what a search finds and made the two backends differ.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = {
    "journal_text_insert": "AFTER INSERT ON journal_entry BEGIN "
    "INSERT INTO journal_text(rowid, text) VALUES (new.id, new.text); END",
    "journal_text_delete": "AFTER DELETE ON journal_entry BEGIN "
    "INSERT INTO journal_text(journal_text, rowid, text) VALUES ('delete', old.id, old.text); END",
    "journal_text_update": "AFTER UPDATE OF text ON journal_entry BEGIN "
    "INSERT INTO journal_text(journal_text, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO journal_text(rowid, text) VALUES (new.id, new.text); END",
}


def upgrade():
    # Newest first within one author or one kind: the filter walks the index and stops at the limit
    # instead of sorting every entry of a busy author (25 000 in a ten-year demo).
    op.create_index("ix_journal_author_time", "journal_entry", ["author", "written_at"])
    op.create_index("ix_journal_kind_time", "journal_entry", ["kind", "written_at"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE journal_text USING fts5("
            "text, content='journal_entry', content_rowid='id', tokenize='trigram')"
        )
        op.execute("INSERT INTO journal_text(journal_text) VALUES ('rebuild')")
        for name, body in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
        return
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        return  # a server without the contrib module: the search still works, by scanning
    op.execute("CREATE INDEX ix_journal_text_trgm ON journal_entry USING gin (text gin_trgm_ops)")


def downgrade():
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS journal_text")
    else:
        op.execute("DROP INDEX IF EXISTS ix_journal_text_trgm")
    op.drop_index("ix_journal_kind_time", table_name="journal_entry")
    op.drop_index("ix_journal_author_time", table_name="journal_entry")
