"""This PC's installation: first-run set-up, sites, conseillers, and the per-PC current choices."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.domain.errors import ValidationError
from app.store import settings
from app.store.db import Database
from app.store.models import Conseiller, Site


@dataclass(frozen=True)
class SiteInfo:
    id: str
    name: str
    address: str = ""
    postcode: str = ""
    city: str = ""
    insee_code: str = ""
    phone: str = ""
    opening_hours: str = ""


@dataclass(frozen=True)
class ConseillerInfo:
    id: str
    first_name: str
    last_name: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class Context:
    """Who and where this PC records for: defaults of every new record."""

    device_id: str
    device_name: str
    site: SiteInfo | None
    conseiller: ConseillerInfo | None


def _site_info(site: Site) -> SiteInfo:
    return SiteInfo(
        site.id, site.name, site.address, site.postcode, site.city, site.insee_code, site.phone, site.opening_hours
    )


def list_sites(db: Database) -> list[SiteInfo]:
    with db.read() as s:
        rows = s.scalars(select(Site).where(Site.deleted.is_(False)).order_by(Site.name))
        return [_site_info(r) for r in rows]


def list_conseillers(db: Database) -> list[ConseillerInfo]:
    with db.read() as s:
        rows = s.scalars(
            select(Conseiller)
            .where(Conseiller.deleted.is_(False), Conseiller.active.is_(True))
            .order_by(Conseiller.first_name, Conseiller.last_name)
        )
        return [ConseillerInfo(r.id, r.first_name, r.last_name) for r in rows]


def add_site(db: Database, name: str, **details: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationError("site", "donnez le nom du lieu (par exemple « Médiathèque du Carré des Jalles »)")
    with db.write() as s:
        site = Site(name=name, **{k: v.strip() for k, v in details.items()})
        s.add(site)
        s.flush()
        return site.id


SITE_DETAILS = ("name", "address", "postcode", "city", "insee_code", "phone", "opening_hours")


def update_site(db: Database, site_id: str, **details: str) -> None:
    unknown = set(details) - set(SITE_DETAILS)
    if unknown:
        raise ValidationError("lieu", f"champ inconnu {', '.join(sorted(unknown))}", SITE_DETAILS)
    with db.write() as s:
        site = s.get(Site, site_id)
        if site is None:
            raise ValidationError("site", f"lieu inconnu : {site_id}")
        for k, v in details.items():
            setattr(site, k, v.strip())


def add_conseiller(db: Database, full_name: str) -> str:
    parts = full_name.strip().split(maxsplit=1)
    if not parts:
        raise ValidationError("conseiller", "donnez le prénom (et le nom) du conseiller ou de la conseillère")
    with db.write() as s:
        c = Conseiller(first_name=parts[0], last_name=parts[1] if len(parts) > 1 else "")
        s.add(c)
        s.flush()
        return c.id


def is_set_up(db: Database) -> bool:
    values = settings.get_all(db)
    return bool(values[settings.CURRENT_SITE.key]) and bool(values[settings.CURRENT_CONSEILLER.key])


def _check_device_name(name: str) -> None:
    if not name.strip():
        raise ValidationError("nom du poste", "donnez un nom à ce PC (par exemple « PC-MEDIATHEQUE-1 »)")


def set_up(db: Database, *, site_name: str, device_name: str, conseiller_name: str) -> Context:
    """First start: the site, this PC's name and the conseiller. Reuses a site or conseiller of that name."""
    _check_device_name(device_name)  # before anything is written
    site_id = next((x.id for x in list_sites(db) if x.name.casefold() == site_name.strip().casefold()), None)
    site_id = site_id or add_site(db, site_name)
    c_id = next(
        (c.id for c in list_conseillers(db) if c.full_name.casefold() == conseiller_name.strip().casefold()), None
    )
    c_id = c_id or add_conseiller(db, conseiller_name)
    return configure(db, device_name=device_name, site_id=site_id, conseiller_id=c_id)


def configure(
    db: Database,
    *,
    device_name: str,
    site_id: str | None,
    conseiller_id: str | None,
    site_details: dict[str, str] | None = None,
) -> Context:
    """Change this PC's name, site and conseiller, and the site's details (printed on handouts)."""
    _check_device_name(device_name)
    if not site_id:
        raise ValidationError("lieu", "choisissez le lieu d'activité de ce poste (ou créez-en un)")
    if not conseiller_id:
        raise ValidationError("conseiller", "choisissez le conseiller de ce poste (ou ajoutez-en un)")
    details = {k: v.strip() for k, v in (site_details or {}).items()}
    postcode = details.get("postcode", "")
    if postcode and not (len(postcode) == 5 and postcode.isdigit()):
        raise ValidationError("code postal", f"« {postcode} » : 5 chiffres, par exemple 33160")
    if details:
        update_site(db, site_id, **details)
    with db.write() as s:
        settings.put(s, settings.DEVICE_NAME, device_name.strip())
        settings.put(s, settings.CURRENT_SITE, site_id)
        settings.put(s, settings.CURRENT_CONSEILLER, conseiller_id)
    from app.services.queue import ticket_letter

    ticket_letter(db)  # claimed with the set-up, so that it travels with the PC's first changes
    return context(db)


def _followed(s: Any, model: Any, row_id: str) -> Any:
    """The row, or the one it was merged into (sites and conseillers merged after PCs joined a network)."""
    row = s.get(model, row_id) if row_id else None
    for _ in range(50):  # a loop written by hand cannot hang the desk
        if row is None or not row.merged_into:
            return row
        row = s.get(model, row.merged_into)
    return row


def context(db: Database) -> Context:
    with db.read() as s:
        site_id, c_id = settings.get(s, settings.CURRENT_SITE), settings.get(s, settings.CURRENT_CONSEILLER)
        site = _followed(s, Site, site_id)
        c = _followed(s, Conseiller, c_id)
        return Context(
            device_id=db.device_id,
            device_name=settings.get(s, settings.DEVICE_NAME),
            site=_site_info(site) if site else None,
            conseiller=ConseillerInfo(c.id, c.first_name, c.last_name) if c else None,
        )
