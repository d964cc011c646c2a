"""Whose statistics an actor sees: everyone's for an admin, only their own conseiller's for a conseiller.

An account records as a conseiller (a row of `conseiller`, the « Médiateur » of the sessions): the one it is
linked to (`account.conseiller_id`, followed through a merge of conseillers), else — an account made in the
desk's « Comptes du personnel » has no link — the conseiller whose name, folded (case, accents, spaces),
is the account's. An account that matches none sees no figures until an admin links it or names the
conseiller like the account (`NoConseiller` says so); never everyone's.
"""

from __future__ import annotations

from sqlalchemy import select

from app.domain.accounts import name_key
from app.domain.errors import ValidationError
from app.domain.permissions import Action, Actor, PermissionDenied, allowed, require
from app.services.stats import dashboard
from app.services.stats.model import Dashboard, StatsFilter
from app.store.db import Database
from app.store.models import Account, Conseiller

MAX_CHAIN = 50  # merged_into followed at most this far


class NoConseiller(ValidationError):
    """A conseiller's account that records as no conseiller: no own figures to show."""

    def __init__(self, account: str) -> None:
        super().__init__("conseiller", f"le compte « {account} » n'est relié à aucun conseiller (et aucun ne porte "
                                       "son nom) : demandez à un administrateur de l'ajouter sous ce nom dans "
                                       "les réglages du poste")


def sees_everyone(actor: Actor) -> bool:
    return allowed(actor.role, Action.ALL_STATS)


def own_conseiller_id(db: Database, actor: Actor) -> str | None:
    """The conseiller `actor`'s account records as (see the module's docstring); None: none."""
    if actor.account_id is None:
        return None
    with db.read() as s:
        account = s.get(Account, actor.account_id)
        if account is None or account.deleted:
            return None
        cid, hops = account.conseiller_id, 0
        while cid and hops < MAX_CHAIN:
            row = s.get(Conseiller, cid)
            if row is None:
                break
            if row.merged_into and row.merged_into != cid:
                cid, hops = row.merged_into, hops + 1
                continue
            if not row.deleted:
                return row.id
            break
        rows = s.scalars(select(Conseiller).where(Conseiller.deleted.is_(False))
                         .order_by(Conseiller.created_at, Conseiller.id))
        key = account.name_key or name_key(account.name)
        return next((c.id for c in rows if name_key(c.full_name) == key), None)


def scoped(db: Database, actor: Actor, flt: StatsFilter) -> StatsFilter:
    """The filter `actor` may read: `flt` for an admin; for a conseiller, `flt` with their own conseiller
    (asking for another conseiller's figures is refused; none linked: NoConseiller)."""
    if sees_everyone(actor):
        return flt
    require(actor, Action.OWN_STATS)
    own = own_conseiller_id(db, actor)
    if own is None:
        raise NoConseiller(actor.name)
    if flt.conseiller_id not in (None, own):
        raise PermissionDenied(actor, Action.ALL_STATS)
    return StatsFilter(flt.day_from, flt.day_to, flt.site_id, own, flt.kind)


def dashboard_for(db: Database, actor: Actor, flt: StatsFilter) -> Dashboard:
    """Every figure and chart of `flt` that `actor` may see (`scoped`)."""
    return dashboard.dashboard(db, scoped(db, actor, flt))
