"""Durable file writes on this PC: a temp file beside the target, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
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


TMP_SUFFIX = ".tmp"
STALE_TMP_SECONDS = 3600  # a write takes milliseconds: a temp file this old was left by a killed process


def temp_name_of(path: Path, name: str) -> bool:
    """`name` is a temp file of `write_atomic(path)` (its own, another process's, or one left by a crash)."""
    return name.startswith(f".{path.name}.") and name.endswith(TMP_SUFFIX)


def write_atomic(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write `data` to `path` so that a crash leaves the old file or the new one, never half of one.

    The temp file beside it has a name of its own (two processes writing the same file at the same time
    each write theirs; the last rename wins, whole). It is created private (0600, never readable by others
    even for a moment) and then given `mode` (POSIX), or the mode of the file it replaces. A symbolic link at
    `path` is replaced by the file, never followed: its target is not written."""
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=TMP_SUFFIX)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            keep = mode if mode is not None else _regular_mode(path)
            if keep is not None and os.name == "posix":
                os.fchmod(fh.fileno(), keep)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(folder)
    _remove_stale_temps(path)


def _regular_mode(path: Path) -> int | None:
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return stat.S_IMODE(st.st_mode) if stat.S_ISREG(st.st_mode) else None


def _remove_stale_temps(path: Path) -> None:
    """Temp files of `path` left by a killed write (old enough that no write is still filling them)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for name in os.listdir(path.parent):
            if not temp_name_of(path, name):
                continue
            old = path.with_name(name)
            with contextlib.suppress(OSError):
                st = os.lstat(old)
                if stat.S_ISREG(st.st_mode) and now - st.st_mtime > STALE_TMP_SECONDS:
                    old.unlink()


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
