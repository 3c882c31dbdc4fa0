"""The command line's whole-database commands: check, reseal, backup and restore.

They share the command line's helpers (opening the database, who acts), imported when a command runs:
hvbdesk.cli imports this module to name the commands.
"""

from __future__ import annotations

import datetime as dt
import sys

from hvbdesk.i18n import fill, translate


def _cli():
    from hvbdesk import cli

    return cli


def cmd_check(args) -> int:
    _, services = _cli()._open(args)
    try:
        problems = services.system.check()
        tls = services.system.connection_encrypted()
    finally:
        services.db.dispose()
    if problems:
        for problem in problems:
            print(fill(translate("Cli", "problem: %1"), problem), file=sys.stderr)
        return 1
    if tls is None:
        print(
            translate("Cli", "ok: schema at head, integrity, foreign keys, encryption and the audit chain are in order")
        )
    else:  # say what was checked on PostgreSQL, and what was not
        print(
            translate(
                "Cli",
                "ok: schema at head, the database's guards and the no-double-booking rule by their definition, "
                "and the audit chain are in order (the server's own storage is not checked from here)",
            )
        )
        print(
            translate("Cli", "the connection to the server is encrypted (TLS)")
            if tls
            else translate("Cli", "warning: the connection to the server is not encrypted (no TLS)")
        )
    return 0


def cmd_reseal(args) -> int:
    _, services = _cli()._open(args)
    try:
        services.system.reseal(_cli()._actor(args, services))
    finally:
        services.db.dispose()
    print(translate("Cli", "The audit log's head is sealed anew."))
    return 0


def cmd_backup(args) -> int:
    _, services = _cli()._open(args)
    try:
        actor = _cli()._actor(args, services)
        out = services.system.backup(actor, args.out)
    finally:
        services.db.dispose()
    print(fill(translate("Cli", "Backup written and verified: %1"), out))
    return 0


def cmd_restore(args) -> int:
    config, services = _cli()._open(args)
    try:
        if config.uses_postgres:
            raise _cli().CliError(
                translate("Cli", "restore works on the embedded database; on PostgreSQL use pg_restore")
            )
        restored = services.system.restore(_cli()._actor(args, services), args.source, dt.datetime.now())
    finally:
        services.db.dispose()
    print(
        fill(translate("Cli", "Restored %1. The database as it was is kept at %2"), args.source, restored.safety_copy)
    )
    print(fill(translate("Cli", "The audit log keeps the %1 rows written since the backup."), restored.carried_rows))
    return 0
