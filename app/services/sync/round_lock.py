"""One sync round at a time per data folder (the desk's automatic round and a scheduled one), across
processes: a lock file beside the database that the OS releases when its holder dies."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from app.services.sync.errors import SyncError

LOCK_FILE = "sync.lock"


class RoundRunning(SyncError):
    """Another sync round runs on this data folder: this one did nothing."""


@contextmanager
def one_round(data_dir: Path, *, wait_s: float = 0.0) -> Iterator[None]:
    """Hold the data folder's sync lock for the block; RoundRunning when another process holds it.

    The lock is an OS lock on `sync.lock` (fcntl/LockFileEx through `filelock`): a killed round leaves
    the file but not the lock, so the next round runs."""
    lock = FileLock(str(Path(data_dir) / LOCK_FILE))
    try:
        lock.acquire(timeout=wait_s)
    except Timeout:
        raise RoundRunning(
            "une synchronisation est déjà en cours sur ce poste (automatique ou programmée) : "
            "celle-ci n'a rien fait ; la suivante reprendra."
        ) from None
    try:
        yield
    finally:
        lock.release()
