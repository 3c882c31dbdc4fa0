"""Generated files stay in step with their sources, and every text has its Swedish translation."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent
TS = ROOT / "resources" / "translations" / "hvbdesk_sv.ts"


def test_forms_are_compiled_from_current_ui_files(tmp_path):
    # uic imports some forty Qt classes into every form; PySide makes a class (and its enums) when it is
    # first imported, so the imports a form does not use are removed: the login form loaded 15 ms faster.
    for ui in sorted((ROOT / "ui").glob("*.ui")):
        out = tmp_path / f"ui_{ui.stem}.py"
        subprocess.run([str(TOOLS / "pyside6-uic"), str(ui), "-o", str(out)], check=True)
        prune = [str(TOOLS / "ruff"), "check", "--isolated", "--select", "F401", "--fix", "-q", str(out)]
        subprocess.run(prune, check=True)
        committed = ROOT / "hvbdesk" / "gui" / "forms" / f"ui_{ui.stem}.py"
        assert committed.read_text() == out.read_text(), (
            f"run pyside6-uic ui/{ui.name} -o {committed.relative_to(ROOT)} && "
            f"ruff check --isolated --select F401 --fix {committed.relative_to(ROOT)}"
        )


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name") or "", m.findtext("source")): m for c in root for m in c.findall("message")}


def test_every_text_in_the_code_is_in_the_translation_file(tmp_path):
    fresh = tmp_path / "fresh.ts"
    # The whole package: headless texts (service errors, the command line) share the file with the GUI.
    sources = [*map(str, (ROOT / "hvbdesk").rglob("*.py")), *map(str, (ROOT / "ui").glob("*.ui"))]
    sources = [s for s in sources if "/forms/" not in s]
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)[:5]}"


def test_every_text_is_translated_and_the_qm_is_current(tmp_path):
    unfinished = [src for (_, src), m in _messages(TS).items() if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    qm = tmp_path / "sv.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == (ROOT / "resources" / "translations" / "hvbdesk_sv.qm").read_bytes()
