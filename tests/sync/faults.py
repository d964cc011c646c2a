"""A share I/O layer that fails at the k-th durable step (write, fsync, rename, read, commit…)."""

from __future__ import annotations

import errno

from app.services.sync.io import ShareIO


class Crash(OSError):
    """The simulated crash (a dying process or a vanishing disk at that exact step)."""


class FaultyIO(ShareIO):
    def __init__(self, fail_at: int, kinds: tuple[str, ...] | None = None, err: int = errno.EIO) -> None:
        self.fail_at = fail_at
        self.kinds = kinds
        self.err = err
        self.count = 0
        self.failed_on = ""

    def step(self, kind: str) -> None:
        if self.kinds is not None and kind not in self.kinds:
            return
        self.count += 1
        if self.count == self.fail_at:
            self.failed_on = kind
            raise Crash(self.err, f"panne simulée ({kind} n° {self.count})")


class RefusingIO(ShareIO):
    """Every write refused with `err` (read-only share, disk full)."""

    def __init__(self, err: int) -> None:
        self.err = err

    def step(self, kind: str) -> None:
        if kind in ("write", "mkdir", "rename", "fsync"):
            raise OSError(self.err, "refusé")
