"""PostgreSQL said plainly (issue 11, finding 9): an unreachable server is named with the driver's reason,
and a password in the database URL is refused before anything connects."""

from __future__ import annotations

import pytest

from hvbdesk.app import open_database
from hvbdesk.config import Config
from hvbdesk.domain.errors import DatabaseStateError
from tests.cli.conftest import run_cli


def test_an_unreachable_server_is_said_with_where_and_why(tmp_path):
    config = Config(data_dir=tmp_path, database_url="postgresql+psycopg://hvbdesk@127.0.0.1:1/hvbdesk")
    with pytest.raises(DatabaseStateError) as err:
        open_database(config, None)
    assert err.value.code == "server_unreachable"
    host, port, reason = err.value.values
    assert (host, port) == ("127.0.0.1", 1) and reason and "schema" not in str(err.value)


def test_a_password_in_the_url_is_refused_and_not_repeated(tmp_path):
    result = run_cli(
        "--database-url", "postgresql+psycopg://hvbdesk:hemligt-ord@127.0.0.1:1/hvbdesk", "check", data_dir=tmp_path
    )
    assert result.returncode == 1
    assert "HVBDESK_DB_PASSWORD" in result.stderr and "hemligt-ord" not in result.stderr + result.stdout
    assert result.stderr.startswith("fel: Databasens adress får inte innehålla lösenordet")


def test_check_on_postgresql_says_what_it_checked_and_whether_the_wire_is_encrypted(database):
    if database.is_sqlite:
        pytest.skip("the embedded database's file is what is encrypted")
    url = database.engine.url.render_as_string(hide_password=False)
    result = run_cli("--database-url", url, "check")
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.splitlines()
    assert "enligt sin definition" in first and "integritet" not in first  # no claim of SQLite's own checks
    assert second == "varning: anslutningen till servern är inte krypterad (ingen TLS)"  # the test server has none
