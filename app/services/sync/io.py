"""Every file operation the sync does on the share, in one small class that tests can make fail.

`step(kind)` is called before each write, fsync, rename and local commit: a test subclass raises at
the k-th step to prove that a crash anywhere loses nothing and applies nothing twice.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from app.store.files import fsync_dir

TMP_SUFFIX = ".tmp"


class ShareIO:
    """Plain file I/O with atomic writes (temp, flush, fsync, rename, fsync folder, read back, compare)."""

    def step(self, kind: str) -> None:
        """A hook before each durable step; does nothing here."""

    def exists(self, path: Path) -> bool:
        return path.exists()

    def is_dir(self, path: Path) -> bool:
        return path.is_dir()

    def list_dir(self, path: Path) -> list[str]:
        return os.listdir(path)

    def read_bytes(self, path: Path) -> bytes:
        self.step("read")
        return path.read_bytes()

    def make_dirs(self, path: Path) -> None:
        self.step("mkdir")
        path.mkdir(parents=True, exist_ok=True)

    def write_atomic(self, path: Path, data: bytes, *, exclusive: bool = False) -> None:
        """Write `data` to `path` so that readers see the whole file or nothing; verify it reads back.

        `exclusive`: never replace an existing file (FileExistsError), where the file system allows it.
        """
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}{TMP_SUFFIX}")
        self.step("write")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            self.step("fsync")
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            self.step("rename")
            if exclusive:
                self._link_new(tmp, path)
            else:
                os.replace(tmp, path)
        except BaseException:
            self._discard(tmp)
            raise
        self.step("fsync")
        fsync_dir(path.parent)
        if self.read_bytes(path) != data:
            raise OSError(5, "relecture différente de ce qui a été écrit", str(path))

    @staticmethod
    def _link_new(tmp: Path, path: Path) -> None:
        """Put `tmp` at `path` only if nothing is there (hard link; FAT keys have none: check, then rename)."""
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:
            if path.exists():
                raise FileExistsError(17, "existe déjà", str(path)) from None
            os.replace(tmp, path)
            return
        tmp.unlink()

    def remove(self, path: Path) -> None:
        self.step("remove")
        path.unlink(missing_ok=True)

    def _discard(self, tmp: Path) -> None:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
