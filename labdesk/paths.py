"""Where LabDesk finds what it ships (resources/, db/) and where it keeps user data.

Shipped files are looked up through ordered roots, as in a source checkout, an
installed wheel (``labdesk/resources``) or a PyInstaller bundle (``sys._MEIPASS``).
User data (the default SQLite database, logs, local settings) lives in the user
data folder, never inside the installation.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "LabDesk"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _roots() -> list[Path]:
    roots = [_PACKAGE_DIR]  # installed wheel: labdesk/resources, labdesk/db
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.insert(0, Path(frozen) / "labdesk")
    roots.append(_PACKAGE_DIR.parent)  # source checkout / editable install
    return roots


@cache
def _find(name: str) -> Path:
    for root in _roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"LabDesk cannot find its '{name}' folder (looked in {_roots()})")


def resources_root() -> Path:
    return _find("resources")


def resource_dir(name: str) -> Path:
    """A folder under resources/, e.g. ``resource_dir("catalogue")``."""
    return resources_root() / name


def resource(*parts: str) -> Path:
    """A file under resources/, e.g. ``resource("fonts", "wqy-microhei.ttc")``."""
    return resources_root().joinpath(*parts)


def migrations_dir() -> Path:
    return _find("db")


def user_data_dir() -> Path:
    """The per-user data folder; ``LABDESK_HOME`` overrides it (tests, portable installs)."""
    override = os.environ.get("LABDESK_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return f"sqlite:///{user_data_dir() / 'labdesk.sqlite3'}"


def database_url(explicit: str | None = None) -> str:
    """``--db`` beats ``LABDESK_DB`` beats the SQLite file in the user data folder."""
    return explicit or os.environ.get("LABDESK_DB") or default_database_url()


def font_path() -> Path:
    return resource("fonts", "wqy-microhei.ttc")
