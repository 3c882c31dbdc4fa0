from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

PASSPHRASE = "a-long-demo-passphrase"


def run_cli(*args: str, env: dict | None = None, data_dir: Path | None = None) -> subprocess.CompletedProcess:
    # A locale that names no language: the program speaks its default, Swedish, whatever this machine says.
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("HVBDESK_", "LANG", "LC_"))}
    full_env["LANG"] = "C.UTF-8"
    full_env["HVBDESK_AUDIT_KEY"] = os.environ["HVBDESK_AUDIT_KEY"]  # a deployment's setting, as on every workstation
    full_env.update(env or {})
    prefix = ["--data-dir", str(data_dir)] if data_dir else []
    return subprocess.run(
        [sys.executable, "-m", "hvbdesk", *prefix, *args],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


def snapshot(folder: Path) -> dict[str, str]:
    """Every file below folder with a hash of its bytes and its modification time."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() + f"@{p.stat().st_mtime_ns}"
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo")
    data, tmp = root / "data", root / "tmp"
    tmp.mkdir()
    result = run_cli(
        "demo",
        "--years",
        "1",
        "--seed",
        "5",
        data_dir=data,
        env={"HVBDESK_DB_PASSPHRASE": PASSPHRASE, "TMPDIR": str(tmp)},
    )
    assert result.returncode == 0, result.stderr
    return root
