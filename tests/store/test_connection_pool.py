"""The embedded database's connections are shared by the threads that use it in turn: the GUI runs every
slow call on a new worker thread, and a new SQLCipher connection costs a key derivation (the pool kept
one connection per thread, so each worker paid it, some 25 ms, and the login took a third longer)."""

from __future__ import annotations

import threading

from sqlalchemy import event, text

from hvbdesk.store.database import Database
from hvbdesk.store.engine import sqlcipher_engine
from tests.conftest import database_fixture

database = database_fixture(backends=["sqlite"])


def test_worker_threads_in_turn_reuse_one_keyed_connection(database):
    db = Database(sqlcipher_engine(database.path, database.key), "x", database.path, database.key)
    opened: list[int] = []
    event.listen(db.engine, "connect", lambda *_: opened.append(1))
    try:
        for _ in range(5):  # as the GUI's Background helper does: one new thread per call
            worker = threading.Thread(target=lambda: _read(db))
            worker.start()
            worker.join()
        _read(db)  # and the GUI thread itself
    finally:
        db.dispose()
    assert len(opened) == 1


def _read(db: Database) -> None:
    with db.reading() as session:
        session.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
