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
