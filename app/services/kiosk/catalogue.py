"""What the kiosk shows of the guides library: published guides only, by tile, searched, opened step by step."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, select

from app.domain.guide import Guide, parse_guide
from app.domain.kiosk import THEMES, KioskTheme, display_url
from app.domain.kiosk import theme as theme_named
from app.services import guide_search
from app.services.guides import PUBLISHED
from app.store.db import Database
from app.store.models import GuideRow


@dataclass(frozen=True)
class GuideCard:
    """A guide as a tile or a search result shows it."""

    id: str
    title: str
    summary: str


@dataclass(frozen=True)
class KioskStep:
    """One step for the visitor: the easy-to-read sentences first, the full text behind « Voir le détail »."""

    title: str
    easy: tuple[str, ...]
    detail: str
    warnings: tuple[str, ...]
    tips: tuple[str, ...]
    image: str | None
    image_alt: str

    def spoken(self, *, detail: bool = False) -> str:
        """The text « Écouter » reads: the title, then what is on screen."""
        body = self.detail if detail or not self.easy else "\n".join(self.easy)
        return "\n".join(part for part in (self.title, body, *self.warnings) if part)


@dataclass(frozen=True)
class OfficialLink:
    url: str
    shown: str  # what the visitor reads and types themselves (« caf.fr »)


@dataclass(frozen=True)
class KioskGuide:
    id: str
    title: str
    summary: str
    easy_summary: tuple[str, ...]
    prerequisites: tuple[str, ...]
    steps: tuple[KioskStep, ...]
    links: tuple[OfficialLink, ...]
    scam_warning: bool
    guide: Guide  # for the printed handout

    @property
    def step_count(self) -> int:
        return len(self.steps)


def _published() -> ColumnElement[bool]:
    return (GuideRow.deleted.is_(False)) & (GuideRow.status == PUBLISHED)


def guides_for(db: Database, tile: KioskTheme | str) -> list[GuideCard]:
    """The published guides of one home tile, by title."""
    tile = theme_named(tile) if isinstance(tile, str) else tile
    with db.read_connection() as conn:  # a plain read: never takes the write lock
        rows = conn.execute(
            select(GuideRow.id, GuideRow.title, GuideRow.summary, GuideRow.themes, GuideRow.demarches,
                   GuideRow.official_urls).where(_published()).order_by(GuideRow.title)
        ).all()
    return [GuideCard(r.id, r.title, r.summary) for r in rows
            if tile.matches(tuple(r.themes or ()), tuple(r.demarches or ()), tuple(r.official_urls or ()))]


def tiles_with_guides(db: Database) -> list[tuple[KioskTheme, int]]:
    """Every home tile with how many published guides it holds (tiles with none are still shown)."""
    with db.read_connection() as conn:
        rows = conn.execute(
            select(GuideRow.themes, GuideRow.demarches, GuideRow.official_urls).where(_published())
        ).all()
    out = []
    for tile in THEMES:
        n = sum(1 for r in rows if tile.matches(tuple(r.themes or ()), tuple(r.demarches or ()),
                                                tuple(r.official_urls or ())))
        out.append((tile, n))
    return out


def search(db: Database, query: str) -> list[GuideCard]:
    """The desk's guide search (accents, typing mistakes, old names), published guides only."""
    return [GuideCard(h.id, h.title, h.summary) for h in guide_search.search(db, query, include_drafts=False)]


def open_guide(db: Database, guide_id: str) -> KioskGuide | None:
    """A published guide ready for step mode, or None (unknown, deleted or a draft)."""
    with db.read_connection() as conn:
        source = conn.execute(select(GuideRow.source).where(GuideRow.id == guide_id, _published())).scalar()
    if source is None:
        return None
    return kiosk_guide(parse_guide(source, guide_id))


def kiosk_guide(guide: Guide) -> KioskGuide:
    fallback = guide.falc_lines
    steps = tuple(
        KioskStep(
            title=s.title,
            # A step without its own easy-to-read text shows its full text; the guide's easy summary is
            # on the guide's first screen (repeated on every step it would not say what to do there).
            easy=s.falc,
            detail=s.text,
            warnings=s.warnings,
            tips=s.tips,
            image=s.image,
            image_alt=s.image_alt,
        )
        for s in guide.steps
    )
    return KioskGuide(
        id=guide.id,
        title=guide.title,
        summary=guide.summary,
        easy_summary=fallback,
        prerequisites=guide.prerequisites,
        steps=steps,
        links=tuple(OfficialLink(u, display_url(u)) for u in guide.official_urls),
        scam_warning=guide.scam_warning,
        guide=guide,
    )
