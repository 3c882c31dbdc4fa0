"""The audit chain's head, sealed in a small file outside the database.

The table alone cannot show that its last rows were cut off, or that the whole chain was recomputed by
someone holding the key: the head kept outside it can. The head (last row id and hash) is written after
every commit that added audit rows, beside the database and beside every backup, sealed with an HMAC
under the chain key. It is a lower bound: a head left behind by a crash or another workstation still
names a row the log must hold, unchanged.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hvbdesk.security.private_files import FILE_MODE, private_folder

ANCHOR_SUFFIX = ".audit-head"
_FORMAT = "hvbdesk audit head v1"


@dataclass(frozen=True)
class ChainHead:
    last_id: int  # 0 for an empty log
    last_hash: str


class AnchorError(Exception):
    """The file is there but is not a head sealed with this key."""


def anchor_beside(path: Path) -> Path:
    return path.with_name(path.name + ANCHOR_SUFFIX)


def _seal(key: bytes, head: ChainHead) -> str:
    message = f"{_FORMAT}\x1f{head.last_id}\x1f{head.last_hash}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def read_head(path: Path, key: bytes) -> ChainHead | None:
    """None when there is no file; AnchorError when the file is not sealed with this key."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        data = json.loads(raw)
        head = ChainHead(int(data["last_id"]), str(data["last_hash"]))
        seal = str(data["seal"])
    except (ValueError, KeyError, TypeError):
        raise AnchorError(f"{path.name} is not an audit head") from None
    if data.get("format") != _FORMAT or not hmac.compare_digest(seal, _seal(key, head)):
        raise AnchorError(f"{path.name} is not sealed with this database's key")
    return head


def write_head(path: Path, key: bytes, head: ChainHead) -> None:
    """Atomically, through a side file of its own (two workstations may write at once), synced first."""
    body = json.dumps(
        {"format": _FORMAT, "last_id": head.last_id, "last_hash": head.last_hash, "seal": _seal(key, head)}
    ).encode()
    if not path.parent.exists():
        private_folder(path.parent)
    descriptor, side = tempfile.mkstemp(prefix=path.name + ".", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as fh:
            fh.write(body)
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "posix":
            os.chmod(side, FILE_MODE)
        os.replace(side, path)
    except BaseException:
        Path(side).unlink(missing_ok=True)
        raise


def advance_head(path: Path, key: bytes, head: ChainHead) -> None:
    """Move the sealed head forward; an older head never replaces a newer one, and a head whose file
    was removed is not quietly made again (that removal is what `check` reports)."""
    try:
        current = read_head(path, key)
    except AnchorError:
        return  # left for check to report, never overwritten
    if current is None or current.last_id >= head.last_id:
        return
    write_head(path, key, head)
