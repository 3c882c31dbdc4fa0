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
    from hvbdesk.app import build_services, open_database
    from hvbdesk.domain.enums import AuditAction
    from hvbdesk.domain.errors import HvbError
    from hvbdesk.security.roles import Permission
    from hvbdesk.store.backup import restore_sqlcipher

    config, services = _cli()._open(args)
    try:
        if config.uses_postgres:
            raise _cli().CliError(
                translate("Cli", "restore works on the embedded database; on PostgreSQL use pg_restore")
            )
        actor = _cli()._actor(args, services)
        services.audit.require(actor, Permission.DATABASE_RESTORE, "database")
        services.audit.record(actor, AuditAction.UPDATE, "database", detail="restore: started")
        key, chain_key = services.db.key, services.db.chain_key
    finally:
        services.db.dispose()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        safety, carried = restore_sqlcipher(
            config.database_path, key, args.source.resolve(), config.backup_dir, stamp, chain_key
        )
    except HvbError as exc:  # the database was not replaced: say so in its own log
        live = build_services(open_database(config, _cli()._terminal_prompt), config)
        try:
            live.audit.record(actor, AuditAction.DENIED, "database", detail=f"restore failed: {exc.code or 'error'}")
        finally:
            live.db.dispose()
        raise
    restored = build_services(open_database(config, _cli()._terminal_prompt), config)
    try:
        restored.audit.record(
            actor,
            AuditAction.UPDATE,
            "database",
            detail=f"restore: restored from a backup, {carried} audit rows carried over",
        )
    finally:
        restored.db.dispose()
    print(fill(translate("Cli", "Restored %1. The database as it was is kept at %2"), args.source, safety))
    print(fill(translate("Cli", "The audit log keeps the %1 rows written since the backup."), carried))
    return 0
