"""Benchmarks run on a 10-year demo database, made once per run (pytest -m benchmark)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PASSPHRASE = "benchmark-passphrase"


@pytest.fixture(autouse=True)
def one_at_a_time():
    """A benchmark beside another on the same cores measures both: refuse the parallel run."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        pytest.fail("benchmarks measure time: run them one at a time, with -n 0")


def make_demo(tmp_path_factory, years: int, seed: int):
    """A demo database made by the program itself, as a user would make one; its data folder."""
    folder = tmp_path_factory.mktemp("bench") / "data"
    env = {**os.environ, "HVBDESK_DB_PASSPHRASE": PASSPHRASE}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "hvbdesk",
            "--data-dir",
            str(folder),
            "demo",
            "--years",
            str(years),
            "--seed",
            str(seed),
        ],
        check=True,
        env=env,
        capture_output=True,
    )
    return folder


@pytest.fixture(scope="session")
def ten_year_demo(tmp_path_factory):
    return make_demo(tmp_path_factory, 10, 1)


def report(name: str, **figures) -> None:
    line = " ".join(f"{k}={v}" for k, v in figures.items())
    print(f"\nBENCHMARK {name}: {line}")
