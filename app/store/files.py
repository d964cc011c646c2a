"""Durable file writes on this PC: a temp file beside the target, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows cannot open folders and needs nothing)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write `data` to `path` so that a crash leaves the old file or the new one, never half of one.

    `mode` (POSIX): the new file has it from its creation (0o600: never readable by others, not even for
    a moment)."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        if mode is not None:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
            opened = os.fdopen(fd, "wb")
        else:
            opened = tmp.open("wb")
        with opened as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def make_private(path: Path) -> None:
    """Only this PC's user reads `path` (POSIX: 0700 for a folder, 0600 for a file). On Windows the
    installer gives the data folder to its user (NTFS rights); nothing to do here."""
    if os.name != "posix" or path.is_symlink():
        return
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, PRIVATE_DIR if path.is_dir() else PRIVATE_FILE)


def make_data_dir_private(directory: Path) -> None:
    """The data folder 0700 and what it holds 0600 (database, its -wal and -shm, settings, status, backups).
    Symbolic links are never followed."""
    if os.name != "posix" or not directory.is_dir():
        return
    make_private(directory)
    for child in directory.iterdir():
        if child.is_symlink():
            continue
        make_private(child)
        if child.is_dir() and child.name == "backups":
            for inner in child.iterdir():
                if not inner.is_symlink():
                    make_private(inner)
