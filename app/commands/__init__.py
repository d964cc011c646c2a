"""Command-line commands, one module per capability (the CLI layer: calls services, never Qt directly)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.store.db import Database

import argparse
from pathlib import Path

from app import paths


def data_dir(args: argparse.Namespace) -> Path:
    explicit = getattr(args, "data_dir", None)
    if explicit is not None and not explicit.strip():
        from app.domain.errors import ValidationError

        # An empty --data-dir (an unset variable in a script) must not fall back on the user's folder.
        raise ValidationError("--data-dir", "dossier vide : donnez le dossier de données, ou retirez l'option")
    return paths.data_dir(explicit)


def open_db(args: argparse.Namespace) -> Database:
    """The data directory's database, created or migrated as needed."""
    from app.store.open import open_data_dir

    return open_data_dir(data_dir(args))
