"""Shared test set-up: offscreen Qt, no real keyring, and databases on SQLite and PostgreSQL.

Store and service tests take the `database` fixture and run once per backend: SQLCipher always,
PostgreSQL when HVBDESK_TEST_DATABASE_URL names a server (`.ci/run` starts one and sets it).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the developer's own keyring; tests that need one install an in-memory backend.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.pop("HVBDESK_DB_PASSPHRASE", None)
os.environ.pop("HVBDESK_DATABASE_URL", None)

from hvbdesk.app import build_services  # noqa: E402
from hvbdesk.config import Config  # noqa: E402
from hvbdesk.security.keystore import DatabaseKey  # noqa: E402
from hvbdesk.security.roles import Role  # noqa: E402
from hvbdesk.services.context import Actor  # noqa: E402
from hvbdesk.services.seed import seed_reference_data  # noqa: E402
from hvbdesk.store import migrate  # noqa: E402
from hvbdesk.store.database import Database  # noqa: E402
from hvbdesk.store.engine import postgres_engine, sqlcipher_engine  # noqa: E402

PG_URL = os.environ.get("HVBDESK_TEST_DATABASE_URL")
BACKENDS = ["sqlite", "postgresql"]
SEED_START = dt.date(2020, 1, 1)
NOW = dt.datetime(2026, 6, 15, 10, 0)
PASSWORD = "correct-password-1"


def fixed_clock() -> dt.datetime:
    return NOW


def pytest_collection_modifyitems(config, items):
    if os.environ.get("HVBDESK_REQUIRE_POSTGRES") and not PG_URL:
        raise pytest.UsageError("HVBDESK_REQUIRE_POSTGRES is set but HVBDESK_TEST_DATABASE_URL is not")


# --- SQLCipher ---------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("template")
    path = folder / "template.db"
    key = DatabaseKey.random()
    db = Database(sqlcipher_engine(path, key, create=True), str(path), path, key)
    migrate.upgrade(db)
    with db.unit_of_work() as session:
        seed_reference_data(session, SEED_START, demo=False, created_at=NOW)
    db.checkpoint()
    db.dispose()
    return path, key


def _sqlite_copy(template, folder: Path) -> Database:
    source, key = template
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hvbdesk.db"
    shutil.copy2(source, path)
    return Database(sqlcipher_engine(path, key), str(path), path, key)


# --- PostgreSQL --------------------------------------------------------------------------------

def _pg_admin():
    from sqlalchemy import create_engine

    return create_engine(PG_URL, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_template():
    if not PG_URL:
        pytest.skip("no PostgreSQL: set HVBDESK_TEST_DATABASE_URL (.ci/run does)")
    from sqlalchemy.engine import make_url

    name = f"hvbdesk_tpl_{uuid.uuid4().hex[:8]}"
    admin = _pg_admin()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    db = Database(postgres_engine(url), name)
    migrate.upgrade(db)
    with db.unit_of_work() as session:
        seed_reference_data(session, SEED_START, demo=False, created_at=NOW)
    db.dispose()
    yield name
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def _pg_copy(template_name: str) -> tuple[Database, str]:
    from sqlalchemy.engine import make_url

    name = f"hvbdesk_t_{uuid.uuid4().hex[:10]}"
    admin = _pg_admin()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"')
    admin.dispose()
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    return Database(postgres_engine(url), name), name


def _pg_drop(name: str) -> None:
    admin = _pg_admin()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


# --- the fixtures tests use --------------------------------------------------------------------

def make_database(backend: str, request, folder: Path):
    if backend == "sqlite":
        db = _sqlite_copy(request.getfixturevalue("sqlite_template"), folder)
        return db, db.dispose
    template = request.getfixturevalue("pg_template")
    db, name = _pg_copy(template)

    def cleanup():
        db.dispose()
        _pg_drop(name)

    return db, cleanup


@pytest.fixture(params=BACKENDS)
def database(request, tmp_path):
    db, cleanup = make_database(request.param, request, tmp_path / "data")
    yield db
    cleanup()


@pytest.fixture
def config(tmp_path) -> Config:
    return Config(data_dir=tmp_path / "data", workstation="test-ws")


@pytest.fixture
def services(database, config):
    return build_services(database, config, fixed_clock)


def add_actor(services, manager: Actor, role: Role, username: str | None = None) -> Actor:
    name = username or role.value.replace("_", "-")
    services.users.add_account(manager, name, role, PASSWORD)
    return services.users.authenticate(name, PASSWORD)


@pytest.fixture
def manager(services) -> Actor:
    services.users.create_first_manager("chef", PASSWORD, "Föreståndaren")
    return services.users.authenticate("chef", PASSWORD)
