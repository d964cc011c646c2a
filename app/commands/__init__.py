"""Command-line commands, one module per capability (the CLI layer: calls services, never Qt directly)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.store.db import Database

import argparse
from pathlib import Path

from app import paths


def data_dir(args: argparse.Namespace) -> Path:
    return paths.data_dir(getattr(args, "data_dir", None))


def open_db(args: argparse.Namespace) -> Database:
    """The data directory's database, created or migrated as needed."""
    from app.store.open import open_data_dir

    return open_data_dir(data_dir(args))
