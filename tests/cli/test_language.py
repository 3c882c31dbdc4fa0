"""The command line speaks the app's language: Swedish by default, English when the app or the locale
says so, with the same sentences as the GUI; machine-readable lines stay as DESIGN.md fixes them."""

from __future__ import annotations

import json

import pytest

from tests.cli.conftest import run_cli


def _no_database(tmp_path, env, preferences=None):
    folder = tmp_path / "data"
    if preferences is not None:
        folder.mkdir()
        (folder / "preferences.json").write_text(json.dumps(preferences), encoding="utf-8")
    return run_cli("residents", "--user", "chef", env=env, data_dir=folder)


@pytest.mark.parametrize(
    ("env", "preferences", "expected"),
    [
        ({}, None, "fel: Det finns ingen databas i "),
        ({"LANG": "en_US.UTF-8"}, None, "error: There is no database at "),
        ({"LANG": "sv_SE.UTF-8", "LC_ALL": "en_GB.UTF-8"}, None, "error: There is no database at "),
        ({}, {"language": "en"}, "error: There is no database at "),
        ({"LANG": "en_US.UTF-8"}, {"language": "sv"}, "fel: Det finns ingen databas i "),
    ],
    ids=["default", "english-locale", "lc-all-wins", "app-chose-english", "app-chose-swedish"],
)
def test_the_language_follows_the_app_then_the_locale(tmp_path, env, preferences, expected):
    result = _no_database(tmp_path, env, preferences)
    assert result.returncode == 1 and result.stderr.startswith(expected), result.stderr


def test_an_argument_error_is_said_in_the_language_too(tmp_path):
    result = run_cli("roster", "solve", "--from", "23/11", data_dir=tmp_path / "data")
    assert result.returncode == 2 and "'23/11' är inte ett datum skrivet ÅÅÅÅ-MM-DD" in result.stderr
