"""Backups of the database with SQLite's backup API, only from a sound file; checking and restoring one.

Daily automatic backups: the last `KEEP_DAILY` kept, and beyond them the newest of each of the
`KEEP_WEEKLY` weeks before. Backups made before a migration or a restore are never pruned here. Every
backup file is 0600 and the `backups/` folder 0700 on POSIX, like the database itself.

A restore checks the file first (a SQLite file, sound, a Pas à Pas schema this version knows), backs up
the current database (or, if it is damaged, keeps it aside as it is), then puts the copy in place: a
temporary file beside the database, fsynced, renamed over it. Nothing else may have the database open.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from app.domain.clock import PARIS
from app.store.health import BACKUPS_DIR, backups_of, quick_check
from app.store.migrate import KNOWN_REVISIONS, DatabaseError, backup, protect

DAILY_LABEL = "quotidienne"
BEFORE_RESTORE_LABEL = "avant-restauration"
MANUAL_LABEL = "manuelle"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
SQLITE_MAGIC = b"SQLite format 3\x00"


class BackupUnusable(DatabaseError):
    """A file given to restore is not a sound Pas à Pas backup; the message says what it is and what to do."""


@dataclass(frozen=True)
class Restored:
    """What a restore did: the file put back, and where the database it replaced was kept."""

    source: Path
    previous: Path | None
    previous_damaged: bool


def _day(p: Path) -> date:
    return datetime.fromtimestamp(p.stat().st_mtime, PARIS).date()


def daily_backups(path: Path) -> list[Path]:
    """The daily backups of `path`, newest first."""
    return [p for p in backups_of(path) if p.stem.endswith(f"-{DAILY_LABEL}")]


def to_keep(found: list[Path]) -> list[Path]:
    """Of daily backups (newest first): the `KEEP_DAILY` newest, then the newest of each of the
    `KEEP_WEEKLY` weeks before them."""
    keep = found[:KEEP_DAILY]
    weeks: dict[tuple[int, int], Path] = {}
    recent = {_day(p).isocalendar()[:2] for p in keep}
    for p in found[KEEP_DAILY:]:
        week = _day(p).isocalendar()[:2]
        if week not in recent and week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks[week] = p
    return keep + list(weeks.values())


def prune(path: Path) -> list[Path]:
    """Remove the daily backups the rule does not keep; returns those removed."""
    found = daily_backups(path)
    keep = set(to_keep(found))
    gone = [p for p in found if p not in keep]
    for old in gone:
        old.unlink(missing_ok=True)
    return gone


def daily_backup(path: Path, today: date) -> Path | None:
    """Back up `path` once on `today`: the new backup, or None when today's exists already.

    Raises health.DamagedDatabase (nothing copied, the older backups kept) for a damaged file."""
    if not path.is_file():
        return None
    if any(_day(p) == today for p in daily_backups(path)):
        return None
    made = backup(path, DAILY_LABEL)
    prune(path)
    return made


def backup_to(path: Path, target: Path) -> Path:
    """A consistent copy of the live database at `target` (0600), through a temporary file beside it."""
    made = backup(path, MANUAL_LABEL)
    partial = target.with_name(target.name + ".partiel")
    try:
        shutil.copyfile(made, partial)
        protect(partial)
        with partial.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def check_backup(file: Path) -> str:
    """The schema revision of a sound Pas à Pas backup, or BackupUnusable saying what is wrong with it."""
    name = f"« {file} »"
    if not file.is_file():
        raise BackupUnusable(f"{name} : fichier introuvable ; donnez le chemin d'une sauvegarde (.sqlite)")
    try:
        with file.open("rb") as fh:
            head = fh.read(100)
        size = file.stat().st_size
    except OSError as exc:
        raise BackupUnusable(f"{name} : illisible ({exc.strerror or exc}) ; rien n'a été modifié") from None
    if not head.startswith(SQLITE_MAGIC):
        raise BackupUnusable(f"{name} n'est pas une sauvegarde de Pas à Pas (ce n'est pas une base SQLite) ; "
                             "rien n'a été modifié : choisissez un fichier du dossier « backups »")
    page = int.from_bytes(head[16:18], "big") or 65536
    pages = int.from_bytes(head[28:32], "big")
    if len(head) < 100 or (pages and size < page * pages):
        raise BackupUnusable(f"{name} est incomplète (fichier tronqué : copie interrompue ?) ; rien n'a été "
                             "modifié : choisissez une autre sauvegarde")
    try:
        finding = quick_check(file)
    except sqlite3.Error:
        finding = "illisible"
    if finding is not None:
        raise BackupUnusable(f"{name} est abîmée (le contrôle d'intégrité a échoué) ; rien n'a été modifié : "
                             "choisissez une autre sauvegarde")
    con = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        con.execute("SELECT count(*) FROM help_request").fetchone()
    except sqlite3.Error:
        raise BackupUnusable(f"{name} est une base SQLite mais pas une sauvegarde de Pas à Pas ; rien n'a été "
                             "modifié") from None
    finally:
        con.close()
    revision = str(row[0]) if row else ""
    if revision not in KNOWN_REVISIONS:
        raise BackupUnusable(f"{name} vient d'une version plus récente de Pas à Pas (schéma {revision}) : "
                             "installez la dernière version avant de la restaurer ; rien n'a été modifié")
    return revision


def in_use(path: Path) -> bool:
    """Another program has the database open (its WAL stays after our own checkpoint and close)."""
    if not path.exists():
        return False
    con = sqlite3.connect(path)
    try:
        with contextlib.suppress(sqlite3.Error):
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    return any(path.with_name(path.name + s).exists() for s in ("-wal", "-shm"))


def _keep_damaged(path: Path) -> Path:
    """A damaged database is not backed up through SQLite (it may not read): kept aside byte for byte."""
    folder = path.parent / BACKUPS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    protect(folder, directory=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{path.stem}-{stamp}-abimee.sqlite.abimee"
    shutil.copyfile(path, target)
    protect(target)
    return target


def restore(path: Path, file: Path) -> Restored:
    """Put backup `file` in place of the database `path` (closed by the caller). Raises BackupUnusable or
    DatabaseError; the current database is backed up first (or kept aside when damaged)."""
    check_backup(file)
    if file.resolve() == path.resolve():
        raise BackupUnusable(f"« {file} » est la base elle-même : choisissez une sauvegarde")
    if in_use(path):
        raise DatabaseError("la base est ouverte par un autre programme (le poste d'accueil ?) : fermez Pas à "
                            "Pas sur ce PC puis recommencez ; rien n'a été modifié")
    previous, damaged = None, False
    if path.is_file() and path.stat().st_size > 0:
        try:
            damaged = quick_check(path) is not None
        except sqlite3.Error:
            damaged = True
        previous = _keep_damaged(path) if damaged else backup(path, BEFORE_RESTORE_LABEL)
    partial = path.with_name(path.name + ".restauration")
    try:
        src = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        protect(partial)
        with partial.open("rb") as fh:
            os.fsync(fh.fileno())
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(partial, path)
    except sqlite3.Error as exc:
        from app.store.health import explain

        raise DatabaseError((explain(exc, path) or str(path)) + " (restauration non faite)") from None
    finally:
        partial.unlink(missing_ok=True)
    return Restored(file, previous, damaged)


def scrub_local_setting(path: Path, key: str) -> int:
    """Remove the local setting `key` from every backup of `path`, its bytes overwritten (secure_delete; the
    rollback journal kept in memory, so the old page is never written elsewhere). How many backups held it."""
    done = 0
    for file in backups_of(path):
        try:
            con = sqlite3.connect(file, timeout=5)
        except sqlite3.Error:
            continue
        try:
            con.execute("PRAGMA journal_mode=MEMORY")
            con.execute("PRAGMA secure_delete=ON")
            if con.execute("DELETE FROM local_setting WHERE key = ?", (key,)).rowcount:
                done += 1
            con.commit()
        except sqlite3.Error:
            continue  # a damaged or foreign file: left as it is (a restore checks it first)
        finally:
            con.close()
    return done
