"""Is the database sound, and what to tell when it is not: damaged, full disk, read-only, locked.

Messages never carry SQL, its parameters or any stored value: only the file, what is wrong and what to do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from app.domain.clock import PARIS
from app.domain.faults import NO_SPACE, READ_ONLY
from app.store.migrate import DatabaseError

BACKUPS_DIR = "backups"  # as in migrate


def quick_check(path: Path) -> str | None:
    """None when SQLite's `quick_check` finds the file sound, else its first finding (no stored data).

    A file that cannot be opened or read now (locked, read-only folder without its `-shm`, absent) is not
    a damaged one: that sqlite3.OperationalError is raised for the caller to tell as what it is."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as exc:  # SQLITE_CORRUPT, SQLITE_NOTADB
        return str(exc)
    finally:
        con.close()
    first = rows[0][0] if rows else "aucune réponse"
    return None if first == "ok" else str(first)[:200]


def backups_of(path: Path) -> list[Path]:
    """The database's backups in `backups/`, newest first."""
    folder = path.parent / BACKUPS_DIR
    try:
        found = [p for p in folder.glob("*.sqlite") if p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def latest_sound_backup(path: Path, candidates: Iterable[Path] | None = None) -> Path | None:
    for backup in backups_of(path) if candidates is None else candidates:
        try:
            if quick_check(backup) is None:
                return backup
        except sqlite3.Error:
            continue
    return None


def damaged_message(path: Path) -> str:
    """A damaged database: what happened, and the newest backup that is sound, with how to put it back."""
    text = f"{path} est illisible ou abîmée (le contrôle d'intégrité de SQLite a trouvé des pages endommagées) ; rien n'y a été écrit."
    backup = latest_sound_backup(path)
    if backup is None:
        return text + " Aucune sauvegarde saine n'a été trouvée : appelez le support, ne supprimez pas le fichier."
    when = datetime.fromtimestamp(backup.stat().st_mtime, PARIS).strftime("%d/%m/%Y à %H:%M")
    return (text + f" Dernière sauvegarde saine : {backup} (du {when}). Fermez Pas à Pas, mettez le fichier abîmé "
            f"de côté, puis copiez cette sauvegarde à la place de {path.name}.")


class DamagedDatabase(DatabaseError):
    """The database failed its integrity check; the message offers the newest sound backup."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(damaged_message(path))


def explain(exc: BaseException, path: Path | None = None) -> str | None:
    """One line for an SQLite failure (SQLAlchemy's wrapper or sqlite3's own), or None if it is not one.

    Only the SQLite error *kind* is looked at: SQLAlchemy's text holds the SQL and its parameters
    (a session's notes), which must never reach a message or a log."""
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, sqlite3.Error):
        return None
    where = f"{path} : " if path is not None else "base de données : "
    text = str(orig).lower()
    if "full" in text:
        return where + NO_SPACE
    if "readonly" in text or "read-only" in text:
        return where + READ_ONLY
    if "unable to open" in text:
        return where + "impossible d'ouvrir la base (dossier absent, en lecture seule ou inaccessible) ; rien n'a été modifié"
    if "locked" in text or "busy" in text:
        return where + "la base est occupée par un autre programme : réessayez dans un instant"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return damaged_message(path) if path is not None else where + "base abîmée"
    if "disk i/o" in text:
        return where + "erreur de lecture ou d'écriture du disque : vérifiez le support ; rien n'a été modifié"
    if isinstance(orig, sqlite3.IntegrityError):
        return where + "cet enregistrement existe déjà ou contredit un autre : rien n'a été modifié"
    return where + f"erreur SQLite ({type(orig).__name__}) : rien n'a été modifié"


def is_sql_error(exc: BaseException) -> bool:
    """An SQLAlchemy error: its text and traceback hold SQL parameters, never to be shown or logged."""
    return any(c.__module__.startswith("sqlalchemy") for c in type(exc).__mro__)


def describe_failure(exc: BaseException, path: Path | None = None) -> str:
    """One line for any failure, fit for a message box or stderr: never SQL, parameters or stored values."""
    from app.domain import faults
    from app.domain.errors import ValidationError

    if isinstance(exc, ValidationError | DatabaseError):
        return str(exc)
    known = explain(exc, path)
    if known is not None:
        return known
    if isinstance(exc, OSError):
        return faults.describe(exc)
    return f"erreur inattendue ({type(exc).__name__}) : l'opération n'a pas abouti ; signalez-la au support"
