"""The guides library: load the bundled guides, list, read, save, duplicate, images, session suggestions.

Bundled guides are upserted by id and version: a newer bundled version updates an unmodified copy; a
locally edited copy is kept and flagged `newer_official_version` (the official text is kept beside it).
Loading compares one digest of the bundled files and does nothing when they have not changed.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import paths
from app.domain.clock import local_day, now_utc
from app.domain.guide import (
    Guide,
    image_paths,
    parse_guide,
    searchable_body,
    slugify,
    steps_as_data,
    with_front_matter_value,
)
from app.domain.guide_rules import Problem, check_text, has_errors, own_image_path, review_due
from app.domain.vocab import ADMIN_THEME, DEMARCHES
from app.services.guide_files import CheckReport, check_paths
from app.store import settings
from app.store.changes import BASE_LAYER
from app.store.db import Database
from app.store.guide_index import ensure_index
from app.store.models import GuideImage, GuideRow

# Bump when what loading stores changes, so that every PC reloads its bundled guides once.
LOADER_VERSION = "1"
IMAGES_DIR = "guide-images"
BUNDLED = "bundled"
LOCAL = "local"
DRAFT = "draft"
PUBLISHED = "published"
STATUSES = (DRAFT, PUBLISHED)
IMAGE_MIMES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


class GuideInvalid(ValueError):
    """A guide text that cannot be saved: its problems (errors first)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        errors = [p for p in problems if p.is_error]
        super().__init__("; ".join(str(p) for p in errors) or "guide invalide")


@dataclass(frozen=True)
class GuideSummary:
    """One line of the library: what lists and result rows show."""

    id: str
    title: str
    summary: str
    themes: tuple[str, ...]
    level: str
    duration_minutes: int
    origin: str
    status: str
    locally_modified: bool
    newer_official_version: bool
    version: int
    reviewed: date | None = None


@dataclass(frozen=True)
class GuideDetail:
    """A guide to show or edit: the parsed guide, its Markdown, and where it comes from."""

    guide: Guide
    source: str
    origin: str
    status: str
    locally_modified: bool
    newer_official_version: bool
    bundled_version: int | None


@dataclass
class LoadReport:
    """What loading the bundled guides did (and the broken files it skipped)."""

    added: int = 0
    updated: int = 0
    flagged: int = 0
    unchanged: bool = False
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


# ---------------------------------------------------------------- bundled guides


def bundled_dir() -> Path:
    return paths.resource("guides")


def _digest(directory: Path) -> str:
    h = hashlib.sha256(LOADER_VERSION.encode())
    try:
        if directory.is_dir():
            for p in sorted(directory.rglob("*")):
                if p.is_file():
                    h.update(str(p.relative_to(directory)).encode() + b"\0")
                    h.update(p.read_bytes())
    except OSError:
        # An unreadable file: no digest, so the folder is checked file by file (and the file reported).
        return ""
    return h.hexdigest()


def _fill(row: GuideRow, guide: Guide, text: str) -> None:
    row.title = guide.title
    row.summary = guide.summary
    row.themes = list(guide.themes)
    row.demarches = list(guide.demarches)
    row.official_urls = list(guide.official_urls)
    row.prerequisites = list(guide.prerequisites)
    row.keywords = list(guide.keywords)
    row.duration_minutes = guide.duration_minutes
    row.level = guide.level
    row.reviewed = guide.reviewed
    row.version = guide.version
    row.falc = guide.falc
    row.steps = steps_as_data(guide)
    row.body_text = searchable_body(guide)
    row.source = text


def _upsert_bundled(s: Session, guide: Guide, text: str, report: LoadReport) -> None:
    row = s.get(GuideRow, guide.id)
    if row is None:
        row = GuideRow(id=guide.id, origin=BUNDLED, status=PUBLISHED, bundled_version=guide.version)
        _fill(row, guide, text)
        s.add(row)
        report.added += 1
        return
    if row.deleted:
        return
    if row.origin == BUNDLED and not row.locally_modified:
        base = row.bundled_version or 0
        if guide.version > base or (guide.version == base and row.source != text):
            _fill(row, guide, text)
            row.bundled_version = guide.version
            row.status = PUBLISHED
            row.newer_official_version = False
            row.official_source = ""
            report.updated += 1
        return
    # A locally edited (or locally written) guide with this id: keep it, say a newer official one exists.
    if guide.version > (row.bundled_version or 0) and row.official_source != text:
        row.official_source = text
        row.newer_official_version = True
        report.flagged += 1


def _bundled_clock(obj: object) -> int:
    return int(getattr(obj, "bundled_version", None) or 1)


def load_bundled(db: Database, directory: Path | None = None, *, today: date | None = None) -> LoadReport:
    """Bring the bundled guides into the database; broken files are skipped and reported, never fatal."""
    start = time.perf_counter()
    directory = directory or bundled_dir()
    report = LoadReport()
    digest = _digest(directory)
    with db.write() as s:  # the search index is repaired here if a file lost it
        ensure_index(s.connection())
        if digest and settings.get(s, settings.GUIDES_DIGEST) == digest:
            saved = settings.get(s, settings.GUIDES_PROBLEMS)
            report.problems = json.loads(saved) if saved else []
            report.unchanged = True
            report.seconds = time.perf_counter() - start
            return report
    checked: CheckReport = check_paths([directory], today or local_day(now_utc()))
    report.problems = [str(p) for p in checked.errors]
    if not directory.is_dir():
        report.problems = [f"{directory} : dossier des guides introuvable : réinstallez Pas à Pas"]
    with db.write() as s:
        # Bundled content is sync's base layer: a guide edited on any PC is never overwritten by it.
        s.info[BASE_LAYER] = _bundled_clock
        for gf in checked.files:
            _upsert_bundled(s, gf.guide, gf.text, report)
        settings.put(s, settings.GUIDES_DIGEST, digest)
        settings.put(s, settings.GUIDES_PROBLEMS, json.dumps(report.problems, ensure_ascii=False))
    report.seconds = time.perf_counter() - start
    return report


def bundled_problems(db: Database) -> list[str]:
    """The bundled guide files skipped at the last load, each with why (for the desk)."""
    saved = settings.get(db, settings.GUIDES_PROBLEMS)
    return json.loads(saved) if saved else []


# ---------------------------------------------------------------- reading


def _summary(row: GuideRow) -> GuideSummary:
    return GuideSummary(
        row.id, row.title, row.summary, tuple(row.themes or ()), row.level, row.duration_minutes, row.origin,
        row.status, row.locally_modified, row.newer_official_version, row.version, row.reviewed,
    )


def list_guides(db: Database, *, include_drafts: bool = True, theme: str | None = None) -> list[GuideSummary]:
    with db.read() as s:
        q = select(GuideRow).where(GuideRow.deleted.is_(False)).order_by(GuideRow.title)
        if not include_drafts:
            q = q.where(GuideRow.status == PUBLISHED)
        rows = [_summary(r) for r in s.scalars(q)]
    if theme:
        rows = [r for r in rows if theme in r.themes]
    return rows


def to_review(db: Database, *, today: date | None = None) -> list[GuideSummary]:
    """The guides « à revoir »: last checked more than REVIEW_MONTHS months ago, oldest first."""
    day = today or local_day(now_utc())
    due = [g for g in list_guides(db) if review_due(g.reviewed, day)]
    return sorted(due, key=lambda g: (g.reviewed or date.min, g.title))


def get_guide(db: Database, guide_id: str) -> GuideDetail | None:
    with db.read() as s:
        row = s.get(GuideRow, guide_id)
        if row is None or row.deleted:
            return None
        return GuideDetail(
            parse_guide(row.source, row.id), row.source, row.origin, row.status, row.locally_modified,
            row.newer_official_version, row.bundled_version,
        )


def official_source(db: Database, guide_id: str) -> str:
    """The newer official text of a locally edited bundled guide ('' when there is none)."""
    with db.read() as s:
        row = s.get(GuideRow, guide_id)
        return row.official_source if row is not None else ""


def suggested_fields(guide: Guide) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """What a help session that used this guide should record: (thématiques, démarches, démarche name)."""
    demarches = tuple(d for d in guide.demarches if d in DEMARCHES)
    themes = tuple(guide.themes)
    if demarches and ADMIN_THEME not in themes:
        themes = (*themes, ADMIN_THEME)
    return themes, demarches, guide.title if demarches else ""


# ---------------------------------------------------------------- images


def images_dir(db: Database, guide_id: str) -> Path:
    return db.path.parent / IMAGES_DIR / guide_id


def image_bytes(db: Database, guide_id: str, rel: str) -> bytes | None:
    """An image of a guide: from the database (local guides), else the bundled files."""
    with db.read() as s:
        row = s.scalars(
            select(GuideImage).where(GuideImage.guide_id == guide_id, GuideImage.filename == rel,
                                     GuideImage.deleted.is_(False))
        ).first()
        if row is not None:
            return row.data
    p = bundled_image(rel)
    return p.read_bytes() if p is not None else None


def bundled_image(rel: str) -> Path | None:
    """A bundled guide's picture: only a file of the guides' own images folder, never a path out of it."""
    if not own_image_path(rel):
        return None
    p = bundled_dir() / rel
    return p if p.is_file() else None


def image_exists_for(db: Database, guide_id: str) -> Callable[[str], bool]:
    """A checker for the validator: does this guide's image path resolve?"""
    with db.read() as s:
        stored = set(s.scalars(select(GuideImage.filename).where(GuideImage.guide_id == guide_id,
                                                                 GuideImage.deleted.is_(False))))
    return lambda rel: rel in stored or bundled_image(rel) is not None


def _store_image(s: Session, guide_id: str, rel: str, data: bytes) -> None:
    key = hashlib.sha256(f"{guide_id}\0{rel}\0".encode() + data).hexdigest()
    if s.get(GuideImage, key) is None:
        mime = IMAGE_MIMES.get(Path(rel).suffix.lower()) or mimetypes.guess_type(rel)[0] or "image/png"
        s.add(GuideImage(id=key, guide_id=guide_id, filename=rel, mime=mime, data=data))


def add_image(db: Database, guide_id: str, file: Path) -> str:
    """Copy a PNG/JPEG into the data directory and the database; returns the path to write in the guide."""
    from app.domain.errors import ValidationError

    suffix = file.suffix.lower()
    if suffix not in IMAGE_MIMES:
        raise ValidationError("image", f"« {file.name} » n'est pas une image PNG ou JPEG", ["png", "jpg", "jpeg"])
    data = file.read_bytes()
    if not (data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8")):
        raise ValidationError("image", f"« {file.name} » n'est pas une image PNG ou JPEG lisible")
    name = (slugify(file.stem) or "image") + (".jpg" if suffix == ".jpeg" else suffix)
    rel = f"images/{guide_id}-{name}" if not name.startswith(guide_id) else f"images/{name}"
    target = images_dir(db, guide_id) / Path(rel).name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(file, target)
    with db.write() as s:
        _store_image(s, guide_id, rel, data)
    return rel


# ---------------------------------------------------------------- writing


def check_guide_text(db: Database, text: str, *, today: date | None = None) -> tuple[Guide | None, list[Problem]]:
    """Validate a guide being edited (the editor's live messages)."""
    m = re.search(r"^id\s*:\s*(\S+)", text, re.MULTILINE)
    exists = image_exists_for(db, m.group(1) if m else "")
    return check_text(text, "guide", today=today or local_day(now_utc()), image_exists=exists)


def save_guide(db: Database, text: str, *, status: str, editing_id: str | None = None) -> str:
    """Save a guide written or edited on this PC. Raises GuideInvalid listing the errors."""
    from app.domain.errors import ValidationError

    if status not in STATUSES:
        raise ValidationError("statut", f"« {status} » inconnu", STATUSES)
    guide, problems = check_guide_text(db, text)
    if guide is None or has_errors(problems):
        raise GuideInvalid(problems)
    with db.write() as s:
        if editing_id is not None and guide.id != editing_id:
            raise GuideInvalid([Problem("guide", "id", f"l'id d'un guide ne change pas : remettez « {editing_id} » "
                                        "(ou dupliquez le guide pour en faire un autre)")])
        row = s.get(GuideRow, guide.id)
        if editing_id is None and row is not None and not row.deleted:
            raise GuideInvalid([Problem("guide", "id", f"un guide « {guide.id} » existe déjà : choisissez un autre id")])
        if row is None:
            row = GuideRow(id=guide.id, origin=LOCAL)
            s.add(row)
        row.deleted = False
        _fill(row, guide, text)
        row.status = status
        if row.origin == BUNDLED:
            row.locally_modified = True
    return guide.id


def duplicate(db: Database, guide_id: str) -> str:
    """A local copy of a guide (bundled or not) under a new id, as a draft, with its images."""
    detail = get_guide(db, guide_id)
    if detail is None:
        from app.domain.errors import ValidationError

        raise ValidationError("guide", f"guide inconnu : {guide_id}")
    with db.read() as s:
        taken = set(s.scalars(select(GuideRow.id)))
    new_id, n = f"{guide_id}-copie", 2
    while new_id in taken:
        new_id, n = f"{guide_id}-copie-{n}", n + 1
    text = with_front_matter_value(detail.source, "id", new_id)
    text = with_front_matter_value(text, "version", "1")
    # A JSON string is a valid YAML scalar, whatever the title holds (colons, quotes…).
    text = with_front_matter_value(text, "title", json.dumps(f"{detail.guide.title} (copie)", ensure_ascii=False))
    guide = parse_guide(text, new_id)
    with db.write() as s:
        for rel in image_paths(detail.guide):
            data = image_bytes(db, guide_id, rel)
            if data is not None:
                _store_image(s, new_id, rel, data)
        row = GuideRow(id=new_id, origin=LOCAL, status=DRAFT)
        _fill(row, guide, text)
        s.add(row)
    return new_id


def set_status(db: Database, guide_id: str, status: str) -> None:
    with db.write() as s:
        row = s.get(GuideRow, guide_id)
        if row is not None and status in STATUSES:
            row.status = status


def adopt_official(db: Database, guide_id: str) -> None:
    """Replace a locally edited bundled guide by the newer official version (local edits are dropped)."""
    with db.write() as s:
        row = s.get(GuideRow, guide_id)
        if row is None or not row.official_source:
            return
        guide = parse_guide(row.official_source, guide_id)
        _fill(row, guide, row.official_source)
        row.origin, row.status, row.bundled_version = BUNDLED, PUBLISHED, guide.version
        row.locally_modified, row.newer_official_version, row.official_source = False, False, ""


def delete_guide(db: Database, guide_id: str) -> None:
    """Tombstone a local guide (bundled guides are not deleted: they would come back)."""
    with db.write() as s:
        row = s.get(GuideRow, guide_id)
        if row is not None and row.origin == LOCAL:
            row.deleted = True
