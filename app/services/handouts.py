"""Handouts as a use case: find the guides, the help point and the appointment, render, record on the session."""

from __future__ import annotations

import difflib
import logging
import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from app import paths
from app.domain.errors import ValidationError
from app.domain.guide import Guide, GuideError, parse_guide
from app.services import guides as guide_store
from app.services import installation
from app.services.handout_pdf import HandoutOptions, render_followup, render_handout
from app.services.installation import SiteInfo
from app.services.user_files import write_user_bytes
from app.store.db import Database
from app.store.models import HelpRequest

log = logging.getLogger(__name__)
APPOINTMENT_FORMATS = (
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %Hh%M",
    "%Y-%m-%d %Hh%M",
)


def bundled_guides(folder: Path | None = None) -> dict[str, Guide]:
    """The guide files shipped with the application, by id (a broken file is skipped and logged)."""
    folder = folder or paths.resource("guides")
    out: dict[str, Guide] = {}
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.md")):
        try:
            guide = parse_guide(path.read_text(encoding="utf-8"), path.name)
        except (OSError, UnicodeDecodeError, GuideError) as exc:
            log.warning("guide ignoré : %s", exc)
            continue
        out.setdefault(guide.id, guide)
    return out


def _stored_guide(db: Database | None, guide_id: str) -> Guide | None:
    """The guide from the guide library (the database), as the conseiller may have edited it."""
    if db is None:
        return None
    detail = guide_store.get_guide(db, guide_id)
    return detail.guide if detail is not None else None


def load_guides(db: Database | None, ids: Sequence[str], folder: Path | None = None) -> list[Guide]:
    """The guides of these ids, in this order: from the guide library, else from the bundled files
    (a library not loaded yet). An unknown id is a ValidationError naming close ones."""
    if not ids:
        raise ValidationError("guide", "choisissez au moins un guide pour la fiche")
    out: list[Guide] = []
    bundled: dict[str, Guide] | None = None
    for guide_id in ids:
        guide = _stored_guide(db, guide_id)
        if guide is None:
            if bundled is None:
                bundled = bundled_guides(folder)
            guide = bundled.get(guide_id)
        if guide is None:
            known = sorted(
                set(bundled or {}) | ({g.id for g in guide_store.list_guides(db)} if db else set())
            )
            close = difflib.get_close_matches(guide_id, known, n=5, cutoff=0.5) or known
            raise ValidationError("guide", f"« {guide_id} » inconnu", close)
        out.append(guide)
    return out


def find_site(db: Database, key: str | None) -> SiteInfo | None:
    """The site named or given by id; without one, this PC's current site."""
    if not key:
        return installation.context(db).site
    sites = installation.list_sites(db)
    for site in sites:
        if key in (site.id, site.name) or key.casefold() == site.name.casefold():
            return site
    if not sites:
        raise ValidationError("site", f"« {key} » inconnu : aucun lieu n'est enregistré sur ce PC")
    raise ValidationError("site", f"« {key} » inconnu", [s.name for s in sites])


def parse_appointment(text: str, field: str = "rendez-vous") -> datetime:
    """A local date and time typed as « 2026-12-03 14:30 » or « 03/12/2026 14:30 »."""
    text = " ".join(text.split())
    for fmt in APPOINTMENT_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise ValidationError(
        field,
        f"« {text} » n'est pas une date avec une heure : écrivez AAAA-MM-JJ HH:MM (par exemple 2026-12-03 14:30)",
    )


def guide_images(db: Database | None, guides: Sequence[Guide]) -> dict[tuple[str, str], bytes]:
    """The pictures of the guides' steps, by (guide id, path in the guide): from the guide library (a
    conseiller's screenshots), else the bundled files. A missing picture is left out."""
    out: dict[tuple[str, str], bytes] = {}
    for guide in guides:
        for step in guide.steps:
            if not step.image or (guide.id, step.image) in out:
                continue
            if db is not None:
                data = guide_store.image_bytes(db, guide.id, step.image)
            else:
                path = guide_store.bundled_image(step.image)
                data = path.read_bytes() if path is not None else None
            if data:
                out[(guide.id, step.image)] = data
    return out


def render(
    guides: Sequence[Guide],
    options: HandoutOptions,
    site: SiteInfo | None,
    followup_only: bool = False,
    images: dict[tuple[str, str], bytes] | None = None,
) -> bytes:
    """The handout (or only « Ma fiche de suivi ») as PDF bytes."""
    if followup_only:
        return render_followup(guides, options, site)
    return render_handout(guides, options, site, images)


def record_handout(db: Database, request_id: str, guide_ids: Sequence[str]) -> list[str]:
    """The session records which guides were handed out (ids only: never the name, never the PDF)."""
    with db.write() as s:
        row = s.get(HelpRequest, request_id)
        if row is None or row.deleted:
            raise ValidationError("accompagnement", f"introuvable : {request_id}")
        given = list(row.handout_guide_ids or [])
        given += [g for g in guide_ids if g not in given]
        row.handout_guide_ids = given
        return given


def write_pdf(path: str | os.PathLike[str], data: bytes) -> None:
    """Write the PDF through `user_files`: beside its final name, then renamed; never over the database,
    a device or a link."""
    write_user_bytes(path, data, field="--out")
