"""Alembic environment. hvbdesk.store.migrate hands in an open connection; no URL lives here."""

from __future__ import annotations

from alembic import context

import hvbdesk.store.models  # noqa: F401  registers the tables
from hvbdesk.store.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise SystemExit("run migrations through hvbdesk (hvbdesk check / opening the app), not alembic directly")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
