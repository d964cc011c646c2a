"""The one way to write a file for a user (exports, PDF, packs): beside the target, fsynced, renamed.

What it refuses, whatever the caller: the database and its companions (`-wal`, `-shm`, `-journal`, the
backups — recognised by their content, not only their name), devices, FIFOs, sockets, folders and
symbolic links (a link is never followed, so its target is never replaced). A failed write (full disk,
killed process) leaves the previous file as it was and no half file beside it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from app.domain.errors import ValidationError
from app.store.files import fsync_dir

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
TEMP_SUFFIX = ".partiel"


class UnsafeTarget(ValidationError):
    """A target the app must never write over; the message names it and what to choose instead."""


def _head(path: Path, n: int = 16) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(n)
    except OSError:
        return b""


def _is_database(path: Path) -> bool:
    head = _head(path)
    return head.startswith(SQLITE_MAGIC) or head[:4] in WAL_MAGICS


def _companion_of_database(path: Path) -> bool:
    for suffix in COMPANION_SUFFIXES:
        if path.name.endswith(suffix):
            base = path.with_name(path.name[: -len(suffix)])
            if base.exists() and _is_database(base):
                return True
    return False


def check_target(target: str | os.PathLike[str], *, field: str = "fichier", protected: Iterable[Path] = ()) -> Path:
    """The path to write, or UnsafeTarget saying why not. `protected`: more paths never to touch
    (e.g. the open database, even before its first write)."""
    if not str(target).strip():
        raise UnsafeTarget(field, "nom de fichier vide : donnez le fichier à écrire, par exemple export.csv")
    path = Path(target).expanduser()
    absolute = Path(os.path.abspath(path))
    for p in protected:
        p_abs = Path(os.path.abspath(p))
        if absolute == p_abs or any(absolute == p_abs.with_name(p_abs.name + s) for s in COMPANION_SUFFIXES):
            raise UnsafeTarget(field, f"{path} est la base de données de Pas à Pas : choisissez un autre fichier")
    try:
        st = os.lstat(path)
    except OSError:
        return path  # absent, or a path through a file: the write itself says what is wrong
    if stat.S_ISLNK(st.st_mode):
        raise UnsafeTarget(field, f"{path} est un lien symbolique : donnez le fichier lui-même")
    if stat.S_ISDIR(st.st_mode):
        raise UnsafeTarget(field, f"{path} est un dossier : donnez le nom du fichier à écrire dedans")
    if not stat.S_ISREG(st.st_mode):
        raise UnsafeTarget(field, f"{path} n'est pas un fichier ordinaire (périphérique, tube…) : choisissez un fichier")
    if _is_database(path) or _companion_of_database(path):
        raise UnsafeTarget(field, f"{path} est une base de données (ou sa copie) : choisissez un autre fichier")
    if path.parent.name == "backups" and (path.parent.parent / "pasapas.sqlite").exists():
        raise UnsafeTarget(field, f"{path} est dans les sauvegardes de Pas à Pas : choisissez un autre dossier")
    return path


@contextmanager
def open_for_user(
    target: str | os.PathLike[str],
    mode: str = "wb",
    *,
    field: str = "fichier",
    protected: Iterable[Path] = (),
    create_folder: bool = False,
    **open_kwargs: object,
) -> Iterator[IO]:
    """Open a temp file beside `target` for writing; on a clean exit it is fsynced and renamed over
    `target`. On any error the temp file is removed and `target` is unchanged. Raises UnsafeTarget, or
    OSError whose message (see `faults.describe`) says what is wrong."""
    if "w" not in mode:
        raise ValueError("open_for_user writes only")
    path = check_target(target, field=field, protected=protected)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        if create_folder:
            folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, mode, **open_kwargs) as fh:  # type: ignore[call-overload]
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        # The target may have changed while we wrote (a link swapped in): check again, right before.
        check_target(path, field=field, protected=protected)
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, stat.S_IMODE(os.stat(path).st_mode))
        try:
            os.replace(tmp, path)
            fsync_dir(folder)
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, str(path)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_user_bytes(target: str | os.PathLike[str], data: bytes, **kwargs: object) -> Path:
    """Write `data` to `target` through `open_for_user`. Returns the path written."""
    with open_for_user(target, "wb", **kwargs) as fh:  # type: ignore[arg-type]
        fh.write(data)
    return Path(target)


def write_user_file(target: str | os.PathLike[str], write: Callable[[IO[bytes]], None], **kwargs: object) -> Path:
    """Let `write(fh)` fill a binary temp file that becomes `target` (e.g. a zip, an XLSX workbook)."""
    with open_for_user(target, "wb", **kwargs) as fh:  # type: ignore[arg-type]
        write(fh)
    return Path(target)
