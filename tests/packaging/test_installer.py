"""The PyInstaller folder builds and starts the smoke test (slow: run with -m packaging)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.packaging
def test_one_folder_build_runs_the_smoke_test(tmp_path):
    dist, work = tmp_path / "dist", tmp_path / "build"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "build_installer.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    exe = dist / "hvbdesk" / "hvbdesk"
    env = {**os.environ, "HVBDESK_DB_PASSPHRASE": "packaging-passphrase", "QT_QPA_PLATFORM": "offscreen"}
    data = ["--data-dir", str(tmp_path / "data")]
    subprocess.run([str(exe), *data, "demo", "--years", "1"], check=True, env=env)
    result = subprocess.run([str(exe), *data, "--smoke-test"], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("smoke test:")
