"""The schema version is checked without Alembic when no migration is due (issue 18, cold start)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from labdesk.persistence import migrate
from labdesk.persistence.db import create_db_engine

ROOT = Path(__file__).resolve().parents[2]


def test_head_revision_read_from_the_versions_folder() -> None:
    heads = migrate.head_revision()
    assert heads is not None
    assert any(heads in path.read_text(encoding="utf-8") for path in (ROOT / "db" / "versions").glob("*.py"))


def test_up_to_date_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'lab.sqlite3'}"
    engine = create_db_engine(url)
    assert migrate.stored_revision(engine) is None  # a new database: no version table yet
    migrate.upgrade(engine)  # migrates (Alembic)
    assert migrate.stored_revision(engine) == migrate.head_revision()
    engine.dispose()
    code = ("import sys; from labdesk.services.database import open_database; "
            f"ctx = open_database({url!r}); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"
