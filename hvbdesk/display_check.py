"""Before Qt loads its window-system plugin on Linux: are the libraries of the X11 (xcb) plugin there?

Without them Qt prints "could not load the Qt platform plugin xcb" and aborts with a core dump. This
asks the plugin itself which of its libraries the dynamic linker cannot find, so that a user gets one
sentence naming them and the line that installs them. Qt-free: it runs before Qt is imported.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from hvbdesk.i18n import fill, translate

XCB_PLUGIN = "libqxcb.so"


def _plugin_folders(environ: Mapping[str, str]) -> list[Path]:
    """Where Qt looks for platform plugins: QT_QPA_PLATFORM_PLUGIN_PATH first, then its own folder."""
    folders = [Path(p) for p in environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if p]
    spec = importlib.util.find_spec("PySide6")
    for location in (spec.submodule_search_locations or []) if spec else []:
        folders.append(Path(location) / "Qt" / "plugins" / "platforms")
    return folders


def xcb_plugin(environ: Mapping[str, str] = os.environ) -> Path | None:
    return next((f / XCB_PLUGIN for f in _plugin_folders(environ) if (f / XCB_PLUGIN).is_file()), None)


def unresolved_libraries(plugin: Path) -> list[str]:
    """The plugin's libraries, direct and indirect, that the dynamic linker cannot find (ldd's view)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        listing = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    missing = [line.split("=>")[0].strip() for line in listing.splitlines() if "=> not found" in line]
    return list(dict.fromkeys(missing))


def debian_package(soname: str) -> str:
    """Debian names a library's package after its soname: libxcb-icccm.so.4 → libxcb-icccm4, and with a
    hyphen when the name ends in a digit: libxkbcommon-x11.so.0 → libxkbcommon-x11-0."""
    base, _, version = soname.partition(".so.")
    name = base.lower()
    if not version:
        return name
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def uses_xcb(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Qt picks xcb on Linux when a display is set and no other platform is asked for."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def missing_display_libraries(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> str | None:
    """One sentence for the user when Qt's xcb plugin would not load, else None."""
    if not uses_xcb(environ, platform):
        return None
    plugin = xcb_plugin(environ)
    missing = unresolved_libraries(plugin) if plugin else []
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(debian_package(name) for name in missing))
    return fill(
        translate(
            "DisplayCheck",
            "hvbdesk cannot open its window: Qt's X11 plugin needs libraries that this computer lacks (%1). "
            "On Debian or Ubuntu: sudo apt-get install %2",
        ),
        ", ".join(missing),
        packages,
    )
