"""Shared test set-up: offscreen Qt, no real keyring, and databases on SQLite and PostgreSQL.

Store and service tests take the `database` fixture and run once per backend: SQLCipher always,
PostgreSQL when HVBDESK_TEST_DATABASE_URL names a server (`.ci/run` starts one and sets it). Every test
gets its own copy of a database made once per run: the empty one, or a demo (`demo_database`).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the developer's own keyring; tests that need one install an in-memory backend.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.pop("HVBDESK_DB_PASSPHRASE", None)
os.environ.pop("HVBDESK_DATABASE_URL", None)
# The audit chain's key on PostgreSQL, shared by the tests and every program they start.
os.environ["HVBDESK_AUDIT_KEY"] = "test-audit-key-0123456789"

from hvbdesk.app import build_services, seal_audit_head  # noqa: E402
from hvbdesk.config import Config  # noqa: E402
from hvbdesk.security.audit_chain import derive_chain_key  # noqa: E402
from hvbdesk.security.keystore import DatabaseKey  # noqa: E402
from hvbdesk.security.roles import Role  # noqa: E402
from hvbdesk.services.context import Actor  # noqa: E402
from hvbdesk.services.seed import seed_reference_data  # noqa: E402
from hvbdesk.store import migrate  # noqa: E402
from hvbdesk.store.audit_anchor import anchor_beside  # noqa: E402
from hvbdesk.store.database import Database  # noqa: E402
from hvbdesk.store.engine import postgres_engine, sqlcipher_engine  # noqa: E402

PG_URL = os.environ.get("HVBDESK_TEST_DATABASE_URL")
BACKENDS = ["sqlite", "postgresql"]
SEED_START = dt.date(2020, 1, 1)
NOW = dt.datetime(2026, 6, 15, 10, 0)
PASSWORD = "correct-password-1"
PG_CHAIN_KEY = derive_chain_key(os.environ["HVBDESK_AUDIT_KEY"])


def fixed_clock() -> dt.datetime:
    return NOW


@pytest.fixture(autouse=True)
def texts_in_the_default_language():
    """Each test starts in the product's default language, Swedish, whatever an earlier test in the same
    process chose (GUI tests route the texts through Qt's translators)."""
    from hvbdesk import i18n

    i18n.use_language(i18n.DEFAULT_LANGUAGE)


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing():
    """Nearly every test logs someone in, and argon2id at the product's cost (RFC 9106: 64 MiB, 3 passes)
    takes 0.13 s per hash and per check: about a minute and a half of a run spent on hashing that no test
    is about. Tests hash with argon2id at its lowest cost instead; the product's own parameters are
    checked in tests/unit/test_passwords.py, and every CLI test runs the real program with them."""
    from argon2 import PasswordHasher

    from hvbdesk.security import passwords

    product = passwords._hasher
    passwords._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    yield product
    passwords._hasher = product


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
    seal_audit_head(db)
    db.checkpoint()
    db.dispose()
    return path, key


def _sqlite_copy(template, folder: Path) -> Database:
    source, key = template
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hvbdesk.db"
    shutil.copy2(source, path)
    shutil.copy2(anchor_beside(source), anchor_beside(path))  # the sealed head goes with its database
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
    db = Database(postgres_engine(url), name, chain_key=PG_CHAIN_KEY)
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
    return Database(postgres_engine(url), name, chain_key=PG_CHAIN_KEY), name


def _pg_drop(name: str) -> None:
    admin = _pg_admin()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


# --- the fixtures tests use --------------------------------------------------------------------


@dataclass(frozen=True)
class DemoSpec:
    """A demo database as tests use it: `with_manager` first creates the manager 'chef' (as the
    `manager` fixture does), then fills the demo, so ids are as if the test had done both itself."""

    seed: int
    years: int
    end: dt.datetime = NOW
    with_manager: bool = True


@pytest.fixture(scope="session")
def demo_templates(tmp_path_factory):
    """(backend, spec) → a filled demo made once per run; tests get copies of it."""
    made: dict = {}
    yield made
    for (backend, _), template in made.items():
        if backend == "postgresql":
            _pg_drop(template)


def _fill(db: Database, folder: Path, spec: DemoSpec) -> None:
    from hvbdesk.services.demo import fill_demo

    services = build_services(db, Config(data_dir=folder, workstation="test-ws"), fixed_clock)
    if spec.with_manager:
        services.users.create_first_manager("chef", PASSWORD, "Föreståndaren")
    fill_demo(db, services.audit, seed=spec.seed, years=spec.years, end=spec.end)


def _demo_template(backend: str, request, spec: DemoSpec):
    made = request.getfixturevalue("demo_templates")
    if (backend, spec) not in made:
        if backend == "sqlite":
            folder = request.getfixturevalue("tmp_path_factory").mktemp("demo-template")
            db = _sqlite_copy(request.getfixturevalue("sqlite_template"), folder)
            _fill(db, folder, spec)
            db.checkpoint()
            db.dispose()
            made[backend, spec] = (db.path, db.key)
        else:
            db, name = _pg_copy(request.getfixturevalue("pg_template"))
            try:
                _fill(db, Path("unused"), spec)
            finally:
                db.dispose()
            made[backend, spec] = name
    return made[backend, spec]


def make_database(backend: str, request, folder: Path, demo: DemoSpec | None = None):
    if backend == "sqlite":
        template = _demo_template(backend, request, demo) if demo else request.getfixturevalue("sqlite_template")
        db = _sqlite_copy(template, folder)
        return db, db.dispose
    template = _demo_template(backend, request, demo) if demo else request.getfixturevalue("pg_template")
    db, name = _pg_copy(template)

    def cleanup():
        db.dispose()
        _pg_drop(name)

    return db, cleanup


def database_fixture(demo: DemoSpec | None = None, backends: list[str] = BACKENDS):
    """A `database` fixture, once per backend: empty, or a copy of the demo `demo`. A module that
    assigns it to `database` gets its services and actors on that database."""

    @pytest.fixture(params=backends)
    def database(request, tmp_path):
        db, cleanup = make_database(request.param, request, tmp_path / "data", demo)
        yield db
        cleanup()

    return database


database = database_fixture()


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
    if not services.users.has_accounts():  # a demo copied from a template made with its manager has it
        services.users.create_first_manager("chef", PASSWORD, "Föreståndaren")
    return services.users.authenticate("chef", PASSWORD)
