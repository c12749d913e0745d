"""Logging to a rotating file in the user data folder (and stderr for warnings)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from labdesk.paths import user_data_dir


def log_dir() -> Path:
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def setup_logging(level: int = logging.INFO) -> Path:
    """Idempotent: 5 files of 2 MB each, UTF-8."""
    root = logging.getLogger()
    target = log_dir() / "labdesk.log"
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(target, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
        root.addHandler(handler)
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        root.addHandler(console)
    root.setLevel(level)
    return target
