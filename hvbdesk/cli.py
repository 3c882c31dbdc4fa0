"""Command line: the headless interface (DESIGN.md). `hvbdesk` with no command opens the app.

Exit codes: 0 success, 1 a check or validation failed (message on stderr), 2 usage error. What a person
reads is in the app's language (Swedish unless the app or the locale says English), from the same
translation file as the GUI; the machine-readable lines (`roster bench`, `residents`, CSV) are fixed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from hvbdesk import __version__
from hvbdesk.cli_database import cmd_backup, cmd_check, cmd_reseal, cmd_restore
from hvbdesk.i18n import decimal, fill, translate

PASSWORD_ENV = "HVBDESK_PASSWORD"
NEW_PASSWORD_ENV = "HVBDESK_NEW_PASSWORD"


class CliError(Exception):
    """A problem to report on stderr with exit code 1."""


class UsageError(CliError):
    """The command was not given what it needs (exit code 2, as argparse's own usage errors)."""


def _common(*, exit_on_error: bool = True) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(prog="hvbdesk", add_help=False, exit_on_error=exit_on_error)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder of the embedded database")
    common.add_argument(
        "--database-url",
        default=argparse.SUPPRESS,
        help="postgresql+psycopg://user@host/db (password from HVBDESK_DB_PASSWORD or the keyring)",
    )
    common.add_argument(
        "--user", default=argparse.SUPPRESS, help=f"acting user; the password comes from {PASSWORD_ENV} or a prompt"
    )
    return common


def _app_parser(common: argparse.ArgumentParser, *, whole: bool) -> argparse.ArgumentParser:
    """The options of the app itself, without the commands; `whole=False` leaves help and errors to the
    whole parser."""
    parser = argparse.ArgumentParser(
        prog="hvbdesk",
        parents=[common],
        add_help=whole,
        exit_on_error=whole,
        description="hvbdesk: daily operations of the HVB home. With no command, opens the app.",
        epilog="Database key: OS keyring, else HVBDESK_DB_PASSPHRASE, else a prompt. "
        "Exit codes: 0 success, 1 check or validation failed, 2 usage error.",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="log in on the current database (a demo's manager, or HVBDESK_SMOKE_USER and HVBDESK_PASSWORD), "
        "wait for the drawn start page, print the start-up's figures and exit",
    )
    parser.add_argument(
        "--stop-at",
        choices=["login"],
        default=None,
        help="with --smoke-test: exit as soon as the login dialog is painted",
    )
    parser.set_defaults(command=None)
    return parser


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _app_parser(common, whole=True)
    parser.add_argument("--version", action="version", version=f"hvbdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[common], help="create an empty database and its first manager account")
    p.set_defaults(handler=cmd_init)

    users = sub.add_parser("users", parents=[common], help="accounts").add_subparsers(
        dest="users_command", required=True
    )
    p = users.add_parser(
        "add", parents=[common], help=f"add an account (its password from {NEW_PASSWORD_ENV} or a prompt)"
    )
    p.add_argument("name")
    p.add_argument(
        "--role",
        required=True,
        type=_role,
        help="manager, treatment_lead, coordinator, treatment_assistant, "
        "physician, psychologist, nurse or steering_viewer",
    )
    p.add_argument("--display-name", default="")
    p.set_defaults(handler=cmd_users_add)
    p = users.add_parser("unlock", parents=[common], help="lift the lock or wait after failed logins (the manager)")
    p.add_argument("name")
    p.set_defaults(handler=cmd_users_unlock)

    p = sub.add_parser("demo", parents=[common], help="create a demo database with fictional data")
    p.add_argument("--years", type=int, default=3)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", parents=[common], help="schema at head, integrity, foreign keys, cipher, audit chain")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser(
        "reseal",
        parents=[common],
        help="seal the audit log's head anew, after a database was moved without its .audit-head file (the manager)",
    )
    p.set_defaults(handler=cmd_reseal)

    p = sub.add_parser("backup", parents=[common], help="online, verified, encrypted backup")
    p.add_argument("out", type=Path)
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser(
        "restore", parents=[common], help="restore a backup; the current database is kept as a safety copy"
    )
    p.add_argument("source", type=Path, metavar="IN")
    p.set_defaults(handler=cmd_restore)

    imp = sub.add_parser("import", parents=[common], help="all-or-nothing CSV imports").add_subparsers(
        dest="import_command", required=True
    )
    p = imp.add_parser("staff", parents=[common], help="staff.csv")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_import_staff)
    p = imp.add_parser("placements", parents=[common], help="placements.csv")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_import_placements)

    printing = sub.add_parser("print", parents=[common], help="printouts (PDF)").add_subparsers(
        dest="print_command", required=True
    )
    p = printing.add_parser("plan", parents=[common], help="the current established implementation plan")
    p.add_argument("--resident", type=int, required=True, metavar="ID")
    p.add_argument("--out", type=Path, required=True, metavar="F.pdf")
    p.add_argument("--easy-read", action="store_true", help="the easy-read version for the young person")
    p.set_defaults(handler=cmd_print_plan)
    p = printing.add_parser(
        "sip", parents=[common], help="the SIP summary, or an invitation; only what the consent allows"
    )
    p.add_argument("--resident", type=int, required=True, metavar="ID")
    p.add_argument("--out", type=Path, required=True, metavar="F.pdf")
    p.add_argument(
        "--for",
        dest="recipient",
        choices=[o.value for o in _organisations() if o.value != "other"],
        help="a version for one recipient organisation: only what the consent lets it see",
    )
    p.add_argument("--invitation", type=int, metavar="PARTICIPANT", help="the meeting invitation to one participant")
    p.set_defaults(handler=cmd_print_sip)

    report = sub.add_parser("report", parents=[common], help="reports without personal data").add_subparsers(
        dest="report_command", required=True
    )
    p = report.add_parser("steering", parents=[common], help="the steering group's report for a period")
    p.add_argument("--from", dest="first", required=True, metavar="DATE", type=_date)
    p.add_argument("--to", dest="last", required=True, metavar="DATE", type=_date)
    p.add_argument("--out", type=Path, required=True, metavar="F.pdf|F.xlsx")
    p.add_argument("--csv", type=Path, metavar="F.csv", help="also the figures in long form: section,key,value")
    p.set_defaults(handler=cmd_report_steering)

    roster = sub.add_parser("roster", parents=[common], help="staff roster").add_subparsers(
        dest="roster_command", required=True
    )
    p = roster.add_parser(
        "bench", parents=[common], help="solve a Curtois-Qu shift scheduling benchmark file and print one line"
    )
    p.add_argument("instance", type=Path, metavar="INSTANCE.txt")
    p.add_argument("--time-limit", type=float, default=60.0, metavar="S")
    p.set_defaults(handler=cmd_roster_bench)
    p = roster.add_parser("solve", parents=[common], help="lay out the staff roster for a period")
    p.add_argument("--from", dest="start", required=True, metavar="DATE", type=_date)
    p.add_argument("--weeks", type=int, default=6)
    p.add_argument("--time-limit", type=float, default=30.0, metavar="S")
    p.add_argument("--out", type=Path, metavar="F.pdf|F.csv")
    p.add_argument("--save", action="store_true", help="save the roster in the database")
    p.set_defaults(handler=cmd_roster_solve)

    p = sub.add_parser(
        "residents", parents=[common], help="list residents: a header line, then one line each, id first"
    )
    p.set_defaults(handler=cmd_residents)
    return parser


# --- helpers -----------------------------------------------------------------------------------


def _config(args):
    from hvbdesk.config import make_config

    return make_config(getattr(args, "data_dir", None), getattr(args, "database_url", None))


def _terminal_prompt(creating: bool) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    first = getpass.getpass(
        translate("Cli", "New database passphrase: ") if creating else translate("Cli", "Database passphrase: ")
    )
    if creating and getpass.getpass(translate("Cli", "The same passphrase again: ")) != first:
        raise CliError(translate("Cli", "the two passphrases differ"))
    return first


def _password(env: str, label: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(fill(translate("Cli", "no password: set %1 or run from a terminal"), env))
    typed = getpass.getpass(f"{label}: ")
    if confirm and getpass.getpass(fill(translate("Cli", "%1 again: "), label)) != typed:
        raise CliError(translate("Cli", "the two passwords differ"))
    return typed


def _open(args):
    from hvbdesk.app import build_services, open_database

    config = _config(args)
    return config, build_services(open_database(config, _terminal_prompt), config)


def _actor(args, services):
    user = getattr(args, "user", None)
    if not user:
        raise UsageError(translate("Cli", "this command needs an acting user: --user NAME"))
    return services.users.authenticate(user, _password(PASSWORD_ENV, fill(translate("Cli", "Password for %1"), user)))


# --- commands ----------------------------------------------------------------------------------


def cmd_init(args) -> int:
    from hvbdesk.app import build_services, create_database

    user = getattr(args, "user", None)
    if not user:
        raise UsageError(translate("Cli", "init needs the first manager's name: hvbdesk init --user NAME"))
    from hvbdesk.security.passwords import check_new_password
    from hvbdesk.services.users import check_username

    check_username(user)
    password = _password(PASSWORD_ENV, fill(translate("Cli", "Password for the new manager %1"), user), confirm=True)
    check_new_password(password)
    config = _config(args)
    db = create_database(config, _terminal_prompt, demo=False)
    try:
        build_services(db, config).users.create_first_manager(user, password)
    finally:
        db.dispose()
    print(fill(translate("Cli", "Created %1 with the manager account '%2'."), config.describe_database(), user))
    return 0


def cmd_users_add(args) -> int:
    role = args.role  # a Role: checked while the arguments were read
    _, services = _open(args)
    try:
        actor = _actor(args, services)
        password = _password(NEW_PASSWORD_ENV, fill(translate("Cli", "Password for %1"), args.name), confirm=True)
        row = services.users.add_account(actor, args.name, role, password, args.display_name)
    finally:
        services.db.dispose()
    print(fill(translate("Cli", "Added account '%1' with the role %2."), row.username, row.role.value))
    return 0


def cmd_users_unlock(args) -> int:
    _, services = _open(args)
    try:
        services.users.unlock(_actor(args, services), args.name)
    finally:
        services.db.dispose()
    print(fill(translate("Cli", "Unlocked the account '%1'."), args.name))
    return 0


def cmd_demo(args) -> int:
    from hvbdesk.app import build_services, create_database, open_database
    from hvbdesk.security.keystore import forget_key
    from hvbdesk.services.context import local_now
    from hvbdesk.services.demo import DEMO_PASSWORD, fill_demo

    if not 1 <= args.years <= 30:
        raise UsageError(translate("Cli", "--years must be from 1 to 30"))
    config = _config(args)
    if config.has_database() and not config.uses_postgres:
        existing = build_services(open_database(config, _terminal_prompt), config)
        is_demo = existing.is_demo
        existing.db.dispose()
        if not is_demo:
            raise CliError(fill(translate("Cli", "%1 holds real data; demo refuses to touch it"), config.database_path))
        for suffix in ("", "-wal", "-shm"):
            Path(str(config.database_path) + suffix).unlink(missing_ok=True)
        forget_key(str(config.database_path))
        print(translate("Cli", "Replaced the earlier demo database."))
    end = local_now()
    start = (end - dt.timedelta(days=round(365.25 * args.years))).date()
    db = create_database(config, _terminal_prompt, demo=True, start=start)
    try:
        services = build_services(db, config)
        summary = fill_demo(db, services.audit, seed=args.seed, years=args.years, end=end)
    finally:
        db.dispose()
    print(
        fill(
            translate(
                "Cli", "Demo database at %1: %2 residents, %3 stays, %4 referrals, %5 staff, %6 journal entries."
            ),
            config.describe_database(),
            summary.residents,
            summary.placements,
            summary.referrals,
            summary.staff,
            summary.journal_entries,
        )
    )
    print(fill(translate("Cli", "Accounts (password '%1'): %2"), DEMO_PASSWORD, ", ".join(summary.accounts)))
    return 0


def cmd_import_staff(args) -> int:
    _, services = _open(args)
    try:
        result = services.imports.import_staff(_actor(args, services), args.file)
    finally:
        services.db.dispose()
    print(fill(translate("Cli", "Imported %1 staff members."), result.created))
    return 0


def cmd_import_placements(args) -> int:
    _, services = _open(args)
    try:
        result = services.imports.import_placements(_actor(args, services), args.file)
    finally:
        services.db.dispose()
    print(fill(translate("Cli", "Imported %1 stays (%2 new residents)."), result.created, result.residents_created))
    return 0


def cmd_print_plan(args) -> int:
    _, services = _open(args)
    try:
        out = services.printing.write_plan(_actor(args, services), args.resident, args.out, easy_read=args.easy_read)
    finally:
        services.db.dispose()
    print(fill(translate("Cli", "Wrote %1"), out))
    return 0


def cmd_print_sip(args) -> int:
    from hvbdesk.domain.sip_terms import Organisation

    _, services = _open(args)
    try:
        out = services.printing.write_sip(
            _actor(args, services),
            args.resident,
            args.out,
            recipient=Organisation(args.recipient) if args.recipient else None,
            invitation_to=args.invitation,
        )
    finally:
        services.db.dispose()
    print(fill(translate("Cli", "Wrote %1"), out))
    return 0


def cmd_report_steering(args) -> int:
    if args.csv is not None and args.csv.suffix.lower() != ".csv":
        raise UsageError(translate("Cli", "--csv must end in .csv"))
    _, services = _open(args)
    try:
        actor = _actor(args, services)
        written = [services.steering.write(actor, args.first, args.last, args.out)]
        if args.csv is not None:
            written.append(services.steering.write(actor, args.first, args.last, args.csv))
    finally:
        services.db.dispose()
    for out in written:
        print(fill(translate("Cli", "Wrote %1"), out))
    return 0


def _organisations():
    from hvbdesk.domain.sip_terms import Organisation

    return list(Organisation)


def _role(text: str):
    """A role name, checked while the arguments are read: an unknown one is a usage error (exit 2)."""
    from hvbdesk.domain.errors import ValidationError
    from hvbdesk.i18n.messages import describe
    from hvbdesk.security.roles import parse_role

    try:
        return parse_role(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(describe(exc)) from None


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            fill(translate("Cli", "'%1' is not a date written YYYY-MM-DD"), text)
        ) from None


def cmd_roster_solve(args) -> int:
    if args.out is not None and args.out.suffix.lower() not in (".pdf", ".csv"):
        raise UsageError(translate("Cli", "--out must end in .pdf or .csv"))
    _, services = _open(args)
    try:
        actor = _actor(args, services)
        result = services.roster.plan(actor, args.start, args.weeks, args.time_limit)
        if result.solution.objective is None:
            raise CliError(fill(translate("Cli", "no roster found within %1 s"), f"{args.time_limit:g}"))
        if args.out is not None:
            services.printing.write_roster(actor, result.sheet, args.out)
        if args.save:
            services.roster.save(actor, result.sheet)
    finally:
        services.db.dispose()
    print(_roster_summary(result, args.out, args.save))
    if result.gaps:
        for line in result.explanation:
            print(line, file=sys.stderr)
        for g in result.gaps:
            day = result.home.dates[g.date_index]
            print(
                fill(
                    translate("Cli", "uncovered: %1 %2 ×%3"),
                    day.isoformat(),
                    result.home.shifts[g.shift].name,
                    g.missing,
                ),
                file=sys.stderr,
            )
        if result.temporary_staff:
            print(
                fill(translate("Cli", "temporary staff to ask: %1"), ", ".join(result.temporary_staff)), file=sys.stderr
            )
    return 0


def _roster_summary(result, out: Path | None, saved: bool) -> str:
    s = result.solution
    if s.status == "optimal":
        quality = translate("Cli", "the best possible roster under the rules")
    else:
        quality = fill(translate("Cli", "at most %1 % from the best possible"), decimal(100 * (s.gap or 0)))
    line = fill(
        translate("Cli", "Roster %1 – %2: %3 (score %4, %5 s)"),
        result.first,
        result.last,
        quality,
        s.objective,
        decimal(s.seconds),
    )
    if out is not None:
        line += fill(translate("Cli", "; written to %1"), out)
    if saved:
        line += translate("Cli", "; saved")
    return line


def cmd_roster_bench(args) -> int:
    from hvbdesk.roster.nrp_format import FormatError, read
    from hvbdesk.roster.solver import solve

    if args.time_limit <= 0:
        raise UsageError(translate("Cli", "--time-limit must be more than 0 seconds"))
    try:
        problem = read(args.instance)
    except OSError as exc:
        raise CliError(fill(translate("Cli", "cannot read %1: %2"), args.instance, exc.strerror)) from None
    except FormatError as exc:
        raise CliError(f"{args.instance}: {exc}") from None
    solution = solve(problem, args.time_limit)
    if solution.objective is None:
        raise CliError(fill(translate("Cli", "no roster found within %1 s"), f"{args.time_limit:g}"))
    print(
        f"objective={solution.objective} bound={solution.bound} seconds={solution.seconds:.1f} status={solution.status}"
    )
    return 0


def cmd_residents(args) -> int:
    _, services = _open(args)
    try:
        rows = services.residents.list_residents(_actor(args, services))
    finally:
        services.db.dispose()
    print("id\tpersonnummer\tlast_name\tfirst_name\tgender\tplace\tlegal_basis\tadmitted\tdischarged")
    for r in rows:
        s = r.latest_stay
        stay = (
            [
                str(s.place_number),
                s.legal_basis.value,
                f"{s.admitted_at:%Y-%m-%d %H:%M}",
                f"{s.discharged_at:%Y-%m-%d %H:%M}" if s.discharged_at else "",
            ]
            if s
            else ["", "", "", ""]
        )
        print("\t".join([str(r.id), r.identity_number, r.last_name, r.first_name, r.gender.value, *stay]))
    return 0


def _choose_language(argv: list[str] | None) -> None:
    """The app's language as chosen on this workstation (its preferences in the data folder), else the
    locale's; chosen before the arguments are read, so that their errors are said in it too."""
    from hvbdesk import i18n
    from hvbdesk.config import load_preferences

    try:
        known, _ = _common(exit_on_error=False).parse_known_args(argv)
        preferred = load_preferences(_config(known)).get("language")
    except (argparse.ArgumentError, OSError):
        preferred = None  # the parser that follows says what is wrong with the arguments
    i18n.use_language(i18n.language_for(preferred))


def _say_error(exc: Exception) -> None:
    from hvbdesk.domain.errors import HvbError
    from hvbdesk.i18n.messages import describe

    text = describe(exc) if isinstance(exc, HvbError) else str(exc)
    if getattr(exc, "code", "") == "key_missing":
        text += " " + fill(
            translate("Cli", "Set %1 or run from a terminal to type the passphrase."), "HVBDESK_DB_PASSPHRASE"
        )
    for line in text.splitlines():
        print(fill(translate("Cli", "error: %1"), line), file=sys.stderr)


def _run_gui(config, *, smoke_test: bool, stop_at: str | None) -> int:
    from hvbdesk.display_check import missing_display_libraries
    from hvbdesk.domain.errors import HvbError

    problem = missing_display_libraries()  # before Qt loads its plugin: a sentence instead of an abort
    if problem:
        raise HvbError(problem, "display_libraries")
    from hvbdesk.gui.shell.application import run

    return run(config, smoke_test=smoke_test, stop_at=stop_at)


def main(argv: list[str] | None = None) -> int:
    from hvbdesk.security.private_files import restrict_new_files

    restrict_new_files()
    _choose_language(argv)
    # Opening the app needs only its own options; the commands' parser (a few ms of every start) is built
    # when something else is asked: a command, --help, --version or a mistake, which it then explains.
    try:
        args, rest = _app_parser(_common(exit_on_error=False), whole=False).parse_known_args(argv)
    except argparse.ArgumentError:
        rest = ["?"]
    if rest:
        args = build_parser().parse_args(argv)
    from hvbdesk.domain.errors import HvbError

    try:
        if args.command is None:
            if args.stop_at and not args.smoke_test:
                raise UsageError(translate("Cli", "--stop-at is for --smoke-test only"))
            return _run_gui(_config(args), smoke_test=args.smoke_test, stop_at=args.stop_at)
        return args.handler(args)
    except (HvbError, CliError) as exc:
        _say_error(exc)
        return 2 if isinstance(exc, UsageError) else 1
    except KeyboardInterrupt:
        print(translate("Cli", "cancelled"), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader stopped early (`hvbdesk residents | head`): nothing more to say, and no traceback
        # when Python flushes what is left at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
