"""Where things live: the data directory of an installation and the bundled resources.

The one resource resolver: it works from a checkout, an editable install and a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "pasapas"
DATA_DIR_ENV = "PASAPAS_DATA_DIR"
RESOURCES_ENV = "PASAPAS_RESOURCES"
DATABASE_FILE = "pasapas.sqlite"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: `--data-dir`, else `$PASAPAS_DATA_DIR`, else the user's data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def database_path(directory: Path) -> Path:
    return directory / DATABASE_FILE


def resources_dir() -> Path:
    """The folder holding `guides/`, `fonts/`, `translations/`…, wherever the application runs from."""
    env = os.environ.get(RESOURCES_ENV)
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
