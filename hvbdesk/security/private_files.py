"""Files that hold personal data are the user's alone: folders 0700, files 0600, written whole.

The modes are set on the files themselves, not left to the umask of whoever started the program;
`restrict_new_files` adds the umask as a second line for files other libraries create (SQLite's
journal, WAL and shared-memory files, which SQLite also gives the database file's own mode).
"""

from __future__ import annotations

import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def restrict_new_files() -> None:
    """For the whole process, at start: what it creates is readable by the user only."""
    os.umask(0o077)


def private_folder(folder: Path) -> Path:
    """Create the folder (and its parents) if needed; the folder itself ends up 0700."""
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    make_private(folder, FOLDER_MODE)
    return folder


def make_private(path: Path, mode: int = FILE_MODE) -> None:
    if os.name == "posix":  # Windows has no such bits; the profile folder's ACL protects the data there
        path.chmod(mode)


def write_whole(out: Path, data: bytes) -> None:
    """Through a side file made private before any byte is in it, so that a full disk or a crash never
    leaves half a file under the real name, nor a readable one."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(descriptor, "wb") as fh:
        fh.write(data)
    make_private(partial)
    partial.replace(out)
