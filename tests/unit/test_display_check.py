"""On Linux with a display, missing libraries of Qt's xcb plugin give one sentence and exit 1, not an abort."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from hvbdesk.display_check import debian_package, unresolved_libraries, uses_xcb, xcb_plugin

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin is Linux's")

REAL = "libxkbcommon-x11.so.0"
ABSENT = "libxkbcommon-x99.so.0"  # as long as the real name, so that the plugin's string table keeps its layout


def test_a_library_is_named_by_its_debian_package():
    assert debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package("libxcb-keysyms.so.1") == "libxcb-keysyms1"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libGL.so.1") == "libgl1"


def test_only_an_xcb_start_on_linux_is_checked():
    assert uses_xcb({"DISPLAY": ":0"}, "linux")
    assert not uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not uses_xcb({}, "linux") and not uses_xcb({"DISPLAY": ":0"}, "win32")


@pytest.fixture
def plugin_needing_an_absent_library(tmp_path):
    """A copy of Qt's own xcb plugin whose dependency on libxkbcommon-x11 names a library that exists
    nowhere; Qt's library folder sits where the plugin's run path ($ORIGIN/../../lib) looks for it."""
    real = xcb_plugin({})
    if real is None:
        pytest.skip("PySide6 has no xcb plugin here")
    data = real.read_bytes()
    assert REAL.encode() in data
    platforms = tmp_path / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (platforms / real.name).write_bytes(data.replace(REAL.encode(), ABSENT.encode()))
    (tmp_path / "lib").symlink_to(real.parent.parent.parent / "lib")
    return platforms


def test_the_plugin_itself_says_which_library_is_absent(plugin_needing_an_absent_library):
    assert ABSENT in unresolved_libraries(plugin_needing_an_absent_library / "libqxcb.so")


def test_hvbdesk_exits_1_with_a_sentence_naming_the_absent_library(plugin_needing_an_absent_library, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HVBDESK_", "QT_", "LC_", "LANG"))}
    env.update(DISPLAY=":99", QT_QPA_PLATFORM_PLUGIN_PATH=str(plugin_needing_an_absent_library), LANG="sv_SE.UTF-8")
    result = subprocess.run(
        [sys.executable, "-m", "hvbdesk", "--data-dir", str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fel: hvbdesk kan inte öppna sitt fönster")
    assert ABSENT in lines[0] and "sudo apt-get install" in lines[0]
    assert "libxkbcommon-x99-0" in lines[0] and "Traceback" not in result.stderr
    assert not (tmp_path / "data").exists()  # nothing was created before the check
