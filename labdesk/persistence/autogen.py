"""Regenerate db/versions/0001_initial.py from the models (development tool).

LabDesk has not shipped a database yet, so its schema is one revision that is
regenerated whenever a model changes::

    .venv/bin/python -m labdesk.persistence.autogen

Once a release ships, this tool is retired and changes become new revisions.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command

from labdesk.paths import migrations_dir
from labdesk.persistence.db import create_db_engine
from labdesk.persistence.migrate import alembic_config

REVISION = "0001_initial"


def main() -> None:
    target = migrations_dir() / "versions" / f"{REVISION}.py"
    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_db_engine(f"sqlite:///{Path(tmp) / 'empty.sqlite3'}")
        config = alembic_config(engine)
        command.revision(config, message="initial schema", autogenerate=True, rev_id=REVISION)
        engine.dispose()
    generated = next((migrations_dir() / "versions").glob(f"{REVISION}_*.py"))
    text = generated.read_text(encoding="utf-8")
    # keep the generated file reproducible: no creation timestamp
    text = "\n".join(line for line in text.splitlines() if not line.startswith("Create Date:")) + "\n"
    target.write_text(text, encoding="utf-8")
    generated.unlink()
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
