"""`pasapas doctor`: this PC's health for the IT person, one finding per line, without changing anything.

Shared folder reachable and writable, clock against the shared folder and the other PCs' last segments,
last successful sync, changes waiting, disk space, database integrity, age of the last backup, versions.
A finding is `ok`, `info` (worth knowing, nothing to do), `warning` (to look at soon) or `error` (the PC
does not work as it should: exit code 1). The database is only read: no migration, no sync round.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app import paths
from app.domain.clock import PARIS

OK, INFO, WARNING, ERROR = "ok", "info", "warning", "error"
LEVELS = (OK, INFO, WARNING, ERROR)
MIB = 1024 * 1024
DISK_ERROR_BYTES = 200 * MIB
DISK_WARNING_BYTES = 1024 * MIB
BACKUP_WARNING_DAYS = 2
BACKUP_ERROR_DAYS = 7
SYNC_WARNING_HOURS = 24
CLOCK_WARNING_S = 5 * 60
CLOCK_ERROR_S = 72 * 3600  # beyond this the other PCs set this PC's changes aside (sync's bound)


@dataclass(frozen=True)
class Finding:
    """One line of the diagnosis: what was looked at, how it is, in words, and the raw value for scripts."""

    key: str
    label: str
    level: str
    detail: str
    value: Any = None

    def line(self) -> str:
        mark = {OK: "ok", INFO: "info", WARNING: "attention", ERROR: "PROBLÈME"}[self.level]
        return f"[{mark}] {self.label} : {self.detail}"


@dataclass
class Diagnosis:
    data_dir: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(f.level != ERROR for f in self.findings)

    def get(self, key: str) -> Finding:
        return next(f for f in self.findings if f.key == key)

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "data_dir": self.data_dir, "findings": [asdict(f) for f in self.findings]}


def _when(ts: float) -> str:
    return datetime.fromtimestamp(ts, PARIS).strftime("%d/%m/%Y à %H:%M")


def _age(seconds: float) -> str:
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 48 * 3600:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} jours"


def _size(n: float) -> str:
    if n >= 1024 * MIB:
        return f"{n / (1024 * MIB):.1f} Go".replace(".", ",")
    return f"{n / MIB:.0f} Mo" if n >= MIB else f"{max(1, round(n / 1024))} ko"


# --- the checks ----------------------------------------------------------------------------------------


def versions(data_dir: Path) -> Finding:
    from app.services.selfcheck import app_version
    from app.store.migrate import HEAD_REVISION, KNOWN_REVISIONS, DatabaseError, current_revision

    version = app_version()
    value = {"app": version, "schema": None, "schema_expected": HEAD_REVISION}
    try:
        revision = current_revision(paths.database_path(data_dir))
    except DatabaseError as exc:
        return Finding("versions", "Versions", ERROR, f"Pas à Pas {version} ; {exc}", value)
    value["schema"] = revision
    if revision is None:
        return Finding("versions", "Versions", INFO, f"Pas à Pas {version} ; pas encore de base (premier démarrage "
                       "à faire)", value)
    if revision == HEAD_REVISION:
        return Finding("versions", "Versions", OK, f"Pas à Pas {version}, schéma de la base {revision}", value)
    if revision in KNOWN_REVISIONS:
        return Finding("versions", "Versions", INFO, f"Pas à Pas {version} ; base au schéma {revision}, mise à jour "
                       f"vers {HEAD_REVISION} au prochain démarrage (sauvegarde faite d'abord)", value)
    return Finding("versions", "Versions", ERROR, f"Pas à Pas {version} ; la base (schéma {revision}) vient d'une "
                   "version plus récente : installez la dernière version", value)


def integrity(data_dir: Path) -> Finding:
    from app.store.health import damaged_message, explain, quick_check

    path = paths.database_path(data_dir)
    if not path.is_file():
        return Finding("integrity", "Intégrité de la base", INFO, f"pas de base dans {data_dir}", None)
    try:
        finding = quick_check(path)
    except sqlite3.Error as exc:
        return Finding("integrity", "Intégrité de la base", ERROR, explain(exc, path) or str(path), None)
    if finding is not None:
        return Finding("integrity", "Intégrité de la base", ERROR, damaged_message(path), finding)
    size = path.stat().st_size
    return Finding("integrity", "Intégrité de la base", OK, f"{path} saine ({_size(size)})", "ok")


def disk(data_dir: Path) -> Finding:
    folder = data_dir if data_dir.exists() else next((p for p in data_dir.parents if p.exists()), data_dir)
    try:
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        return Finding("disk", "Espace disque", ERROR, f"{folder} : {exc.strerror or exc}", None)
    text = f"{_size(free)} libres sur le disque de {folder}"
    if free < DISK_ERROR_BYTES:
        return Finding("disk", "Espace disque", ERROR, text + " : libérez de la place (rien ne peut être enregistré)",
                       free)
    if free < DISK_WARNING_BYTES:
        return Finding("disk", "Espace disque", WARNING, text + " : bientôt plein", free)
    return Finding("disk", "Espace disque", OK, text, free)


def last_backup(data_dir: Path, now: float) -> Finding:
    from app.store.health import backups_of

    path = paths.database_path(data_dir)
    found = backups_of(path)
    if not found:
        level = WARNING if path.is_file() and path.stat().st_size > 0 else INFO
        return Finding("backup", "Dernière sauvegarde", level,
                       f"aucune sauvegarde dans {path.parent / 'backups'} : ouvrez l'accueil, il en fait une par jour",
                       None)
    newest = found[0]
    age = now - newest.stat().st_mtime
    text = f"{newest.name}, du {_when(newest.stat().st_mtime)} (il y a {_age(max(age, 0))}) ; {len(found)} gardée(s)"
    level = ERROR if age > BACKUP_ERROR_DAYS * 86400 else WARNING if age > BACKUP_WARNING_DAYS * 86400 else OK
    return Finding("backup", "Dernière sauvegarde", level, text, {"file": str(newest), "age_s": int(age)})


def _open(data_dir: Path) -> Any:
    """The database, only when it is at this version's schema (doctor never migrates)."""
    from app.store.db import Database
    from app.store.migrate import HEAD_REVISION, current_revision

    path = paths.database_path(data_dir)
    try:
        if current_revision(path) != HEAD_REVISION:
            return None
    except Exception:
        return None
    return Database(path)


def sync_findings(data_dir: Path, now: float, db: Any) -> list[Finding]:
    """Shared folder, clock, last sync and changes waiting (from the sync status service)."""
    if db is None:
        return [Finding("share", "Dossier partagé", INFO, "non vérifié : la base n'est pas encore à jour", None)]
    from app.services.sync import state

    settings = state.load_settings(db)
    status = state.load_status(db)
    waiting = state.waiting_changes(db)
    aside = state.set_aside(db)
    out: list[Finding] = []
    if not settings.folder:
        out.append(Finding("share", "Dossier partagé", INFO, "aucun réglé : ce poste travaille seul", None))
        out.append(Finding("waiting", "Modifications en attente", INFO,
                           f"{waiting} à envoyer quand un dossier partagé sera réglé", waiting))
        return out
    ok, message = state.check_folder(settings.folder)
    out.append(Finding("share", "Dossier partagé", OK if ok else ERROR, f"{settings.folder} : {message}",
                       {"folder": settings.folder, "writable": ok}))
    out.append(clock_skew(Path(settings.folder), now, db) if ok else
               Finding("clock", "Horloge", INFO, "non comparée : dossier partagé indisponible", None))
    out.append(last_sync(status, now))
    parts = [f"{waiting} à envoyer"]
    parts += [f"{n} {label}" for label, n in (("mises de côté (horloge en avance)", aside["quarantined"]),
                                               ("en attente du reste de leur fiche", aside["pending"]),
                                               ("à confirmer par une personne", aside["held"])) if n]
    level = WARNING if aside["quarantined"] or aside["held"] else OK
    out.append(Finding("waiting", "Modifications en attente", level, ", ".join(parts), {"outbox": waiting, **aside}))
    return out


def last_sync(status: Any, now: float) -> Finding:
    if not status.last_success:
        detail = "jamais réussie" + (f" ; dernière erreur : {status.last_error}" if status.last_error else "")
        return Finding("last_sync", "Dernière synchronisation", WARNING, detail, None)
    when = datetime.fromisoformat(status.last_success)
    age = now - when.timestamp()
    detail = f"réussie le {_when(when.timestamp())} (il y a {_age(max(age, 0))})"
    if status.last_error:
        detail += f" ; dernière erreur : {status.last_error}"
    level = WARNING if age > SYNC_WARNING_HOURS * 3600 or status.last_error else OK
    return Finding("last_sync", "Dernière synchronisation", level, detail, status.last_success)


def _own_device(db: Any) -> str:
    from app.store import settings

    with contextlib.suppress(Exception):
        return str(settings.get(db, settings.DEVICE_ID))
    return ""


def clock_skew(share: Path, now: float, db: Any) -> Finding:
    """This PC's clock against the shared folder's (a file written now, dated by the share) and against the
    newest segment of each other PC (dated by the PC that wrote it): a segment "from the future" means one
    of the two clocks is wrong."""
    probe = share / f".pasapas-horloge-{uuid.uuid4().hex[:8]}"
    share_offset: float | None = None
    try:
        probe.write_bytes(b"")
        share_offset = probe.stat().st_mtime - now
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            probe.unlink(missing_ok=True)
    own = _own_device(db)
    ahead: list[tuple[float, str]] = []
    devices = share / "pasapas" / "devices"
    with contextlib.suppress(OSError):
        for device in devices.iterdir():
            if not device.is_dir() or device.name == own:
                continue
            newest = max((p.stat().st_mtime for p in device.glob("*.seg")), default=None)
            if newest is not None:
                ahead.append((newest - now, device.name))
    worst = max(ahead, default=(0.0, ""))
    value = {"share_offset_s": None if share_offset is None else round(share_offset, 1),
             "other_pcs_newest_ahead_s": round(worst[0], 1) if ahead else None, "other_pcs": len(ahead)}
    parts = []
    if share_offset is not None:
        parts.append(f"écart avec le dossier partagé : {_signed(share_offset)}")
    if ahead:
        parts.append(f"dernier segment des {len(ahead)} autre(s) poste(s) : " +
                     (f"daté de {_signed(worst[0])} dans le futur" if worst[0] > CLOCK_WARNING_S else "pas dans le futur"))
    skew = max(abs(share_offset or 0.0), worst[0])
    level = ERROR if skew > CLOCK_ERROR_S else WARNING if skew > CLOCK_WARNING_S else OK
    text = "; ".join(parts) or "rien à comparer (aucun autre poste n'a encore écrit)"
    if level != OK:
        text += " : vérifiez la date et l'heure de ce PC et des autres (synchronisation de l'heure de Windows)"
    return Finding("clock", "Horloge", level, text, value)


def _signed(seconds: float) -> str:
    sign = "+" if seconds >= 0 else "−"
    s = abs(seconds)
    return f"{sign}{s:.0f} s" if s < 120 else f"{sign}{_age(s)}"


def diagnose(data_dir: Path, *, now: Callable[[], float] = time.time) -> Diagnosis:
    """Every finding for `data_dir`, worst first within the fixed order of the screen."""
    t = now()
    result = Diagnosis(str(data_dir))
    result.findings.append(versions(data_dir))
    result.findings.append(integrity(data_dir))
    db = _open(data_dir) if result.findings[-1].level != ERROR else None
    try:
        result.findings += sync_findings(data_dir, t, db)
    finally:
        if db is not None:
            db.dispose()
    result.findings.append(last_backup(data_dir, t))
    result.findings.append(disk(data_dir))
    return result

