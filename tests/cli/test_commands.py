"""The command-line contract: exit codes, messages, and what each command leaves behind."""

from __future__ import annotations

import re

from sqlalchemy import text

from hvbdesk import __version__
from hvbdesk.app import open_database
from hvbdesk.config import make_config
from hvbdesk.services.imports import PLACEMENT_COLUMNS
from tests.cli.conftest import PASSPHRASE, run_cli
from tests.helpers import NRP, placement_row, pnr, write_csv

ENV = {"HVBDESK_DB_PASSPHRASE": PASSPHRASE, "HVBDESK_PASSWORD": "long-enough-pw"}


def _init(folder):
    result = run_cli("init", "--user", "chef", env=ENV, data_dir=folder)
    assert result.returncode == 0, result.stderr
    return folder


def test_version_and_usage_errors():
    assert run_cli("--version").stdout.strip() == f"hvbdesk {__version__}"
    assert run_cli("frobnicate").returncode == 2
    assert run_cli("users", "add").returncode == 2


def test_the_app_options_are_explained_by_the_whole_parser():
    """Opening the app reads its own options without building the commands' parser; a mistake in them is
    still explained by the whole one, under the program's name."""
    for args, says in ((["--stop-at", "desk"], "invalid choice: 'desk'"), (["--data-dir"], "expected one argument")):
        result = run_cli(*args)
        assert result.returncode == 2 and says in result.stderr, result.stderr
        assert result.stderr.startswith("usage: hvbdesk [-h]") and "COMMAND" in result.stderr, result.stderr
    assert "residents" in run_cli("--help").stdout


def test_init_users_add_and_residents(tmp_path):
    folder = _init(tmp_path / "d")
    assert run_cli("init", "--user", "chef", env=ENV, data_dir=folder).returncode == 1
    bad_role = run_cli("users", "add", "kalle", "--role", "janitor", "--user", "chef", env=ENV, data_dir=folder)
    # A role that does not exist is a usage error (2), said before anything is opened.
    assert bad_role.returncode == 2 and "Roll: 'janitor' är inte en roll" in bad_role.stderr
    added = run_cli(
        "users",
        "add",
        "kalle",
        "--role",
        "nurse",
        "--user",
        "chef",
        env={**ENV, "HVBDESK_NEW_PASSWORD": "kalles-password"},
        data_dir=folder,
    )
    assert added.returncode == 0, added.stderr
    listed = run_cli(
        "residents", "--user", "kalle", env={**ENV, "HVBDESK_PASSWORD": "kalles-password"}, data_dir=folder
    )
    assert listed.returncode == 0 and listed.stdout.splitlines() == [
        "id\tpersonnummer\tlast_name\tfirst_name\tgender\tplace\tlegal_basis\tadmitted\tdischarged"
    ]
    # Last: after a failure this workstation waits a second, and the real clock runs in the program.
    wrong = run_cli("residents", "--user", "chef", env={**ENV, "HVBDESK_PASSWORD": "nope"}, data_dir=folder)
    assert wrong.returncode == 1 and "fel: Fel användarnamn eller lösenord" in wrong.stderr


def test_import_placements_reports_bad_row_and_writes_nothing(tmp_path):
    folder = _init(tmp_path / "d")
    rows = [
        placement_row(pnr("20080101")),
        placement_row(pnr("20070707", 984), place="42"),
        placement_row(pnr("20060606", 986), place="3"),
    ]
    f = write_csv(tmp_path / "p.csv", PLACEMENT_COLUMNS, rows, delimiter=";")
    result = run_cli("import", "placements", str(f), "--user", "chef", env=ENV, data_dir=folder)
    assert result.returncode == 1
    assert "fel: rad 3: Plats: '42' är inte ett platsnummer på hemmet (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)" in result.stderr
    listed = run_cli("residents", "--user", "chef", env=ENV, data_dir=folder)
    assert len(listed.stdout.splitlines()) == 1
    good = write_csv(tmp_path / "g.csv", PLACEMENT_COLUMNS, [rows[0], rows[2]])
    assert run_cli("import", "placements", str(good), "--user", "chef", env=ENV, data_dir=folder).returncode == 0
    assert len(run_cli("residents", "--user", "chef", env=ENV, data_dir=folder).stdout.splitlines()) == 3


def test_check_detects_a_tampered_audit_row(tmp_path, monkeypatch):
    folder = _init(tmp_path / "d")
    assert run_cli("check", env=ENV, data_dir=folder).returncode == 0
    # Someone with the key edits the file outside the app: drops the guard, rewrites a row, restores the guard.
    monkeypatch.setenv("HVBDESK_DB_PASSPHRASE", PASSPHRASE)
    db = open_database(make_config(str(folder)), None)
    with db.engine.begin() as conn:
        trigger_sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name='audit_entry_no_update'")).scalar()
        conn.execute(text("DROP TRIGGER audit_entry_no_update"))
        conn.execute(text("UPDATE audit_entry SET username = 'someone-else' WHERE id = 1"))
        conn.execute(text(trigger_sql))
    db.dispose()
    result = run_cli("check", env=ENV, data_dir=folder)
    assert result.returncode == 1
    assert "audit row 1 was changed after it was written" in result.stderr


def test_check_detects_a_deleted_audit_row(tmp_path, monkeypatch):
    folder = _init(tmp_path / "d")
    run_cli("residents", "--user", "chef", env=ENV, data_dir=folder)  # adds login and view rows
    monkeypatch.setenv("HVBDESK_DB_PASSPHRASE", PASSPHRASE)
    db = open_database(make_config(str(folder)), None)
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_entry_no_delete"))
        conn.execute(text("DELETE FROM audit_entry WHERE id = 2"))
    db.dispose()
    result = run_cli("check", env=ENV, data_dir=folder)
    assert result.returncode == 1
    assert "audit rows 2 to 2 are missing" in result.stderr
    assert "the database guard audit_entry_no_delete is missing" in result.stderr


def test_backup_and_restore_keep_a_safety_copy(tmp_path):
    folder = _init(tmp_path / "d")
    backup = tmp_path / "b.hvbdesk"
    assert run_cli("backup", str(backup), "--user", "chef", env=ENV, data_dir=folder).returncode == 0
    again = run_cli("backup", str(backup), "--user", "chef", env=ENV, data_dir=folder)
    assert again.returncode == 1 and "finns redan; välj ett nytt filnamn" in again.stderr
    run_cli(
        "users",
        "add",
        "late",
        "--role",
        "nurse",
        "--user",
        "chef",
        env={**ENV, "HVBDESK_NEW_PASSWORD": "late-password"},
        data_dir=folder,
    )
    restored = run_cli("restore", str(backup), "--user", "chef", env=ENV, data_dir=folder)
    assert restored.returncode == 0, restored.stderr
    safety = re.search(r"finns kvar i (\S+)", restored.stdout).group(1)
    login = run_cli("residents", "--user", "late", env={**ENV, "HVBDESK_PASSWORD": "late-password"}, data_dir=folder)
    assert login.returncode == 1  # the account made after the backup is gone
    assert run_cli("check", env=ENV, data_dir=folder).returncode == 0
    assert (tmp_path / "d" / "backups").exists() and safety.endswith(".hvbdesk")


def test_demo_refuses_a_database_with_real_data(tmp_path):
    folder = _init(tmp_path / "d")
    result = run_cli("demo", "--years", "1", env=ENV, data_dir=folder)
    assert result.returncode == 1 and "innehåller riktiga uppgifter" in result.stderr


def test_roster_bench_prints_one_line():

    instance = NRP / "Instance1.txt"
    result = run_cli("roster", "bench", str(instance), "--time-limit", "20")
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"objective=607 bound=607 seconds=\d+\.\d status=optimal\n", result.stdout)
    bad = run_cli("roster", "bench", str(instance), "--time-limit", "0")
    assert bad.returncode == 2 and "--time-limit" in bad.stderr  # a usage error


def test_roster_solve_writes_csv_and_reports_shortfall(demo_dir, tmp_path):
    from tests.cli.conftest import PASSPHRASE as DEMO_PASSPHRASE

    out = tmp_path / "roster.csv"
    env = {"HVBDESK_DB_PASSPHRASE": DEMO_PASSPHRASE, "HVBDESK_PASSWORD": "demo"}
    result = run_cli(
        "roster",
        "solve",
        "--from",
        "2026-11-23",
        "--weeks",
        "2",
        "--time-limit",
        "10",
        "--out",
        str(out),
        "--user",
        "manager",
        env=env,
        data_dir=demo_dir / "data",
    )
    assert result.returncode == 0, result.stderr
    # One language for a person to read: Swedish throughout, the numbers written the Swedish way.
    assert re.fullmatch(
        r"Schema 2026-11-23 – 2026-12-06: (det bästa möjliga schemat inom reglerna|högst \d+,\d % från "
        r"det bästa möjliga) \(poäng \d+, \d+,\d s\); skrivet till \S+roster\.csv\n",
        result.stdout,
    )
    said = result.stderr.splitlines()
    assert said and all(
        re.match(r"(\d+ (behandlingsassistenter|av passen|nattpass)|obemannat: |vikarier att fråga: )", x) for x in said
    ), said
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "date,staff,role,shift,start,end,break_minutes"
    assert all(
        re.fullmatch(r"2026-1[12]-\d\d,[^,]+,[a-z_]+,\w+,\d{4}-\d\d-\d\d \d\d:\d\d,\d{4}-\d\d-\d\d \d\d:\d\d,\d+", x)
        for x in lines[1:]
    )
    # What holds for any roster the time limit leaves: every night ends on the next date.
    assert all(x.split(",")[5][:10] > x.split(",")[4][:10] for x in lines[1:] if ",Natt," in x)
    bad = run_cli("roster", "solve", "--from", "23/11", "--user", "manager", env=env, data_dir=demo_dir / "data")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_a_reader_that_stops_early_gets_no_traceback(demo_dir):
    """`hvbdesk residents | head -3`: the pipe closes before the list is written (here before a line is)."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith(("HVBDESK_", "LANG", "LC_"))}
    env.update(LANG="C.UTF-8", HVBDESK_DB_PASSPHRASE=PASSPHRASE, HVBDESK_PASSWORD="demo")
    command = [sys.executable, "-m", "hvbdesk", "--data-dir", str(demo_dir / "data"), "residents", "--user", "manager"]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
    )
    process.stdout.close()  # long before the program has opened the database and written anything
    stderr = process.stderr.read().decode()
    process.wait(timeout=120)
    assert process.returncode == 1 and "Traceback" not in stderr and stderr == ""


def test_usage_errors_exit_2_and_say_what_is_missing(demo_dir, tmp_path):
    env = {"HVBDESK_DB_PASSPHRASE": PASSPHRASE, "HVBDESK_PASSWORD": "demo"}
    data = demo_dir / "data"
    no_user = run_cli("residents", env=env, data_dir=data)
    assert no_user.returncode == 2 and "fel: kommandot behöver en användare: --user NAMN" in no_user.stderr
    no_manager = run_cli("init", data_dir=tmp_path / "new")
    assert no_manager.returncode == 2 and "--user NAMN" in no_manager.stderr
    years = run_cli("demo", "--years", "0", data_dir=tmp_path / "new")
    assert years.returncode == 2 and "--years ska vara från 1 till 30" in years.stderr
    suffix = run_cli(
        "roster", "solve", "--from", "2026-11-23", "--out", "x.xlsx", "--user", "manager", env=env, data_dir=data
    )
    assert suffix.returncode == 2 and "--out ska sluta på .pdf eller .csv" in suffix.stderr
    assert not (tmp_path / "new").exists()


def test_a_failed_restore_is_recorded_as_failed_and_changes_nothing(tmp_path, monkeypatch):
    folder = _init(tmp_path / "d")
    not_a_backup = tmp_path / "not-a-backup.hvbdesk"
    not_a_backup.write_bytes(b"\0" * 8192)
    before = (folder / "hvbdesk.db").stat().st_size
    result = run_cli("restore", str(not_a_backup), "--user", "chef", env=ENV, data_dir=folder)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    monkeypatch.setenv("HVBDESK_DB_PASSPHRASE", PASSPHRASE)
    db = open_database(make_config(str(folder)), None)
    with db.unit_of_work() as session:
        details = [d for (d,) in session.execute(text("SELECT detail FROM audit_entry ORDER BY id DESC LIMIT 2"))]
    db.dispose()
    assert details[0].startswith("restore failed: ") and details[1] == "restore: started"
    assert (folder / "hvbdesk.db").stat().st_size >= before
