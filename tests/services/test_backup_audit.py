"""The log tells what happened (issue 11, findings 4 and 9): a refused backup is recorded as refused,
never as a backup made."""

from __future__ import annotations

import pytest

from hvbdesk.domain.errors import DatabaseStateError
from hvbdesk.services.audit import AuditQuery


def test_a_refused_backup_is_recorded_as_refused(services, manager, database, tmp_path):
    out = tmp_path / "exists.hvbdesk"
    out.write_bytes(b"someone's file")
    with pytest.raises(DatabaseStateError) as err:
        services.system.backup(manager, out)
    expected = "backup_exists" if database.is_sqlite else "backup_postgres"
    assert err.value.code == expected and out.read_bytes() == b"someone's file"
    rows = [(r.action, r.detail) for r in services.audit.search(manager, AuditQuery(entity="database"))]
    assert rows == [("denied", f"backup refused: {expected}")]


def test_a_restore_goes_through_the_service_with_its_permission_and_its_log(
    services, manager, database, config, tmp_path
):
    """Restore was the one command that did its work in the command line itself; now the service checks
    the permission, keeps the safety copy and logs the restore in the restored file."""
    import datetime as dt

    from hvbdesk.app import build_services
    from hvbdesk.domain.errors import PermissionDenied
    from hvbdesk.security.roles import Role
    from hvbdesk.store.database import Database
    from hvbdesk.store.engine import sqlcipher_engine
    from tests.conftest import NOW, add_actor

    nurse = add_actor(services, manager, Role.NURSE)
    with pytest.raises(PermissionDenied):
        services.system.restore(nurse, tmp_path / "any.hvbdesk", NOW)
    if not database.is_sqlite:
        with pytest.raises(DatabaseStateError) as err:
            services.system.restore(manager, tmp_path / "any.hvbdesk", NOW)
        assert err.value.code == "restore_postgres"
        return
    backup = services.system.backup(manager, tmp_path / "before.hvbdesk")
    services.residents.list_residents(manager)  # something logged after the backup
    restored = services.system.restore(manager, backup, NOW + dt.timedelta(minutes=5))
    assert restored.safety_copy.exists() and restored.carried_rows >= 2
    reopened = Database(sqlcipher_engine(database.path, database.key), "x", database.path, database.key)
    try:
        rows = [r.detail for r in build_services(reopened, config).audit.search(manager, AuditQuery(entity="database"))]
    finally:
        reopened.dispose()
    assert rows[0].startswith("restore: restored from a backup, ") and "restore: started" in rows
