"""A user's clone has nothing beside it: every file the product, its tests and benchmarks read is inside."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.helpers import NRP

ROOT = Path(__file__).resolve().parents[2]
# The folder the project's documents came from; spelled in two pieces so this file does not match itself.
OUTSIDE = re.compile(r"\.\./" + r"shared\b|parents\[\d+\]\s*/\s*[\"']" + r"shared[\"']")


def _tracked_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    return [ROOT / name for name in listed.decode().split("\0") if name]


def test_no_tracked_file_refers_to_the_folder_outside_the_repository():
    offenders = []
    for path in _tracked_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError):
            continue  # fonts, compiled translations; a file deleted in the work tree
        offenders += [
            f"{path.relative_to(ROOT)}:{n}" for n, line in enumerate(text.splitlines(), 1) if OUTSIDE.search(line)
        ]
    assert offenders == []


def test_the_benchmark_instances_and_their_attribution_are_in_the_repository():
    assert sorted(int(p.stem.removeprefix("Instance")) for p in NRP.glob("Instance*.txt")) == list(range(1, 25))
    readme = (NRP / "README.md").read_text(encoding="utf-8")
    assert "Curtois" in readme and "| 12 | 28 | 60 | 10 | 4040 |" in readme
