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


def make_private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by the user only (0700 on POSIX).

    An existing folder keeps its mode: it may be one the user chose to share.
    """
    if not path.exists():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            os.chmod(path, 0o700)  # mkdir's mode is filtered by the umask
    return path


def create_private_file(path: Path) -> None:
    """Create an empty ``path`` readable and writable by the user only (0600 on POSIX), if missing."""
    make_private_dir(path.parent)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def user_data_dir() -> Path:
    """The per-user data folder (created 0700); ``LABDESK_HOME`` overrides it (tests, portable installs)."""
    override = os.environ.get("LABDESK_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return make_private_dir(path)


def default_database_url() -> str:
    return f"sqlite:///{user_data_dir() / 'labdesk.sqlite3'}"


def database_url(explicit: str | None = None) -> str:
    """``--db`` beats ``LABDESK_DB`` beats the SQLite file in the user data folder."""
    return explicit or os.environ.get("LABDESK_DB") or default_database_url()


def font_path() -> Path:
    return resource("fonts", "wqy-microhei.ttc")
