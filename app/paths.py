"""Where things live: the data directory of an installation and the bundled resources.

The one resource resolver: it works from a checkout (`resources/` beside `app/`), an installed wheel
(`app/resources/`, mapped there by the build backend) and a PyInstaller bundle (`_MEIPASS/resources`).

Data on Windows: one folder for the whole PC, `%PROGRAMDATA%\\PasAPas` (the installer creates it and lets
the PC's users write there), because a help point's PC is shared: several conseillers' Windows accounts
and the kiosk's own account must see the same queue, guides and settings. A folder of an older version in
the user's `%LOCALAPPDATA%\\pasapas` keeps being used while the PC-wide one has no database (nothing is
moved behind anyone's back). Elsewhere: the user's data folder (`~/.local/share/pasapas`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "pasapas"
WINDOWS_DATA_NAME = "PasAPas"
DATA_DIR_ENV = "PASAPAS_DATA_DIR"
RESOURCES_ENV = "PASAPAS_RESOURCES"
DATABASE_FILE = "pasapas.sqlite"
RESOURCES = "resources"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: `--data-dir`, else `$PASAPAS_DATA_DIR`, else this PC's (Windows) or the user's."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    if sys.platform == "win32":
        machine = windows_machine_data_dir()
        legacy = windows_legacy_data_dir()
        if not database_path(machine).exists() and legacy is not None and database_path(legacy).exists():
            return legacy
        return machine
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def windows_machine_data_dir() -> Path:
    """`%PROGRAMDATA%\\PasAPas`: the PC's data, shared by its Windows accounts (the installer sets its rights)."""
    return Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData") / WINDOWS_DATA_NAME


def windows_legacy_data_dir() -> Path | None:
    """Where versions before 0.2 kept the data on Windows: the user's `%LOCALAPPDATA%\\pasapas`."""
    local = os.environ.get("LOCALAPPDATA")
    return Path(local) / APP_NAME if local else None


def database_path(directory: Path) -> Path:
    return directory / DATABASE_FILE


def resource_candidates() -> list[Path]:
    """Where the resources may be, in order: `$PASAPAS_RESOURCES`, the bundle, the wheel, the checkout."""
    env = os.environ.get(RESOURCES_ENV)
    if env:
        return [Path(env)]
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / RESOURCES)
    package = Path(__file__).resolve().parent
    found += [package / RESOURCES, package.parent / RESOURCES]
    return found


def resources_dir() -> Path:
    """The folder holding `guides/`, `fonts/`, `translations/`…, wherever the application runs from."""
    candidates = resource_candidates()
    return next((c for c in candidates if (c / "guides").is_dir()), candidates[-1])


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
