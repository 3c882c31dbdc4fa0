"""Where data lives, which database to open, and the few per-workstation preferences."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from hvbdesk import APP_NAME

DATABASE_URL_ENV = "HVBDESK_DATABASE_URL"
DATA_DIR_ENV = "HVBDESK_DATA_DIR"
DATABASE_FILENAME = "hvbdesk.db"


def resource_path(name: str) -> Path:
    """ui/, resources/ and db/ sit beside the package in a checkout and in the PyInstaller folder."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base / name


def _workstation() -> str:
    import socket  # nothing else before the login dialog needs the module

    return socket.gethostname()


@dataclass(frozen=True)
class Config:
    data_dir: Path
    database_url: str | None = None
    workstation: str = field(default_factory=_workstation)

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def preferences_path(self) -> Path:
        return self.data_dir / "preferences.json"

    @property
    def uses_postgres(self) -> bool:
        return bool(self.database_url)

    def has_database(self) -> bool:
        if self.uses_postgres:
            return True  # the server's database is there; whether it holds a schema is checked on open
        return self.database_path.exists()

    def describe_database(self) -> str:
        if self.database_url:
            from sqlalchemy.engine import make_url

            return make_url(self.database_url).render_as_string(hide_password=True)
        return str(self.database_path)


def make_config(data_dir: str | None = None, database_url: str | None = None) -> Config:
    chosen_dir = data_dir or os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    url = database_url or os.environ.get(DATABASE_URL_ENV) or None
    return Config(data_dir=Path(chosen_dir).expanduser().resolve(), database_url=url)


def load_preferences(config: Config) -> dict:
    """Language and window geometry: per workstation, never secrets."""
    try:
        return json.loads(config.preferences_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_preferences(config: Config, prefs: dict) -> None:
    if not config.data_dir.exists():
        return
    config.preferences_path.write_text(json.dumps(prefs, indent=2), encoding="utf-8")
