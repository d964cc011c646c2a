"""Sites and conseillers that are one: merged by name when PCs join a network, or by an administrator.

Two PCs set up apart each create « Hôtel de Ville » and « Yanis Benali »; once they share a folder, every PC
merges the rows whose names fold to the same words (accents, case, spaces, punctuation do not matter).
The merge is deterministic, so each PC computes the same one on its own: the keeper is the row created first
(then the smaller id); the sessions of the other move to it; the other is tombstoned with `merged_into`;
a detail the keeper lacks (address, phone…) is taken from the other. Every PC writes the same values, which
the sync does not count as conflicts. An administrator merges two rows spelled differently the same way
(`merge_sites`, `merge_conseillers`); that merge syncs like any edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.domain.text import fold_words
from app.store import settings
from app.store.db import Database
from app.store.models import Conseiller, HelpRequest, Site

SITE_DETAILS = ("address", "postcode", "city", "insee_code", "phone", "opening_hours")
# Tables whose arrival by sync may bring a duplicate name, or a session still pointing to a merged row.
WATCHED_TABLES = frozenset({"site", "conseiller", "help_request"})
MAX_CHAIN = 50  # merged_into followed at most this far (a loop written by hand cannot hang a PC)


@dataclass(frozen=True)
class MergeReport:
    """What a merge did: rows merged into another, sessions moved to their keeper."""

    sites: int = 0
    conseillers: int = 0
    sessions: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.sites or self.conseillers or self.sessions)

    def __add__(self, other: MergeReport) -> MergeReport:
        return MergeReport(self.sites + other.sites, self.conseillers + other.conseillers,
                           self.sessions + other.sessions)


@dataclass(frozen=True)
class _Kind:
    model: Any
    column: Any  # HelpRequest's column that points to the model
    setting: settings.Setting[str]
    word: str  # for messages


_SITE = _Kind(Site, HelpRequest.site_id, settings.CURRENT_SITE, "lieu")
_CONSEILLER = _Kind(Conseiller, HelpRequest.conseiller_id, settings.CURRENT_CONSEILLER, "conseiller")


def name_key(name: str) -> str:
    """What two names must share to be the same: « Hôtel-de-Ville » and « hotel de  ville » do."""
    return fold_words(name)


def _name(row: Any) -> str:
    return str(row.name) if isinstance(row, Site) else str(row.full_name)


def _order(row: Any) -> tuple[Any, str]:
    return (row.created_at, row.id)


def keeper_of(id_: str | None, merged: dict[str, str]) -> str | None:
    """The row an id ends at, following `merged_into` (itself when it was not merged)."""
    seen = 0
    while id_ in merged and seen < MAX_CHAIN:
        id_ = merged[id_]
        seen += 1
    return id_


def _merged_map(s: Session, kind: _Kind) -> dict[str, str]:
    rows = s.execute(select(kind.model.id, kind.model.merged_into).where(kind.model.merged_into.is_not(None)))
    return {rid: into for rid, into in rows if into and into != rid}


def _merge(s: Session, kind: _Kind, keep: Any, other: Any) -> int:
    """Fold `other` into `keep` in the session's transaction; the number of sessions moved."""
    if isinstance(keep, Site):
        for detail in SITE_DETAILS:
            if not getattr(keep, detail) and getattr(other, detail):
                setattr(keep, detail, getattr(other, detail))
    else:
        keep.active = bool(keep.active or other.active)
    other.deleted = True
    other.merged_into = keep.id
    for row in s.scalars(select(kind.model).where(kind.model.merged_into == other.id)):
        row.merged_into = keep.id  # rows merged into `other` earlier: straight to the keeper
    return _move_sessions(s, kind, {other.id: keep.id})


def _move_sessions(s: Session, kind: _Kind, moves: dict[str, str]) -> int:
    """Sessions pointing to a merged row now point to its keeper (through the ORM: the change syncs)."""
    if not moves:
        return 0
    moved = 0
    column = kind.column
    ids = list(moves)
    for start in range(0, len(ids), 400):
        part = ids[start:start + 400]
        for row in s.scalars(select(HelpRequest).where(column.in_(part))):
            setattr(row, column.key, moves[getattr(row, column.key)])
            moved += 1
        s.flush()
    return moved


def _follow_settings(s: Session, kind: _Kind, merged: dict[str, str]) -> None:
    current = settings.get(s, kind.setting)
    final = keeper_of(current, merged)
    if current and final and final != current:
        settings.put(s, kind.setting, final)


def _merge_kind(s: Session, kind: _Kind, *, sessions_too: bool) -> tuple[int, int]:
    """Same-name rows of one kind merged, strays moved; (rows merged, sessions moved)."""
    live = list(s.scalars(select(kind.model).where(kind.model.deleted.is_(False))))
    groups: dict[str, list[Any]] = {}
    for row in live:
        key = name_key(_name(row))
        if key:
            groups.setdefault(key, []).append(row)
    merged_rows = moved = 0
    for rows in groups.values():
        if len(rows) < 2:
            continue
        rows.sort(key=_order)
        for other in rows[1:]:
            moved += _merge(s, kind, rows[0], other)
            merged_rows += 1
    merged = _merged_map(s, kind)
    if merged and (sessions_too or merged_rows):
        # Sessions made for a merged row by a PC that had not merged yet, arriving now.
        strays = {rid: keeper_of(rid, merged) for rid in merged}
        moved += _move_sessions(s, kind, {k: v for k, v in strays.items() if v and v != k})
    _follow_settings(s, kind, merged)
    return merged_rows, moved


def _work_to_do(db: Database, *, sessions_too: bool) -> bool:
    """A cheap look (sites and conseillers are small tables): is there anything to merge or to move?"""
    with db.read() as s:
        for kind in (_SITE, _CONSEILLER):
            names = [name_key(_name(r)) for r in s.scalars(select(kind.model).where(kind.model.deleted.is_(False)))]
            names = [n for n in names if n]
            if len(names) != len(set(names)):
                return True
            merged = _merged_map(s, kind)
            current = settings.get(s, kind.setting)
            if current in merged:
                return True
            if merged and sessions_too:
                strays = s.scalar(select(HelpRequest.id).where(kind.column.in_(list(merged))).limit(1))
                if strays is not None:
                    return True
    return False


def merge_same_names(db: Database, *, touched: Iterable[str] = WATCHED_TABLES) -> MergeReport:
    """After a sync import: merge the sites and the conseillers that have one name, deterministically.

    `touched`: the tables the import changed (sessions are looked at only if help_request is among them).
    Writes nothing when there is nothing to merge."""
    sessions_too = "help_request" in set(touched)
    if not _work_to_do(db, sessions_too=sessions_too):
        return MergeReport()
    with db.write() as s:
        sites, moved_a = _merge_kind(s, _SITE, sessions_too=sessions_too)
        conseillers, moved_b = _merge_kind(s, _CONSEILLER, sessions_too=sessions_too)
    return MergeReport(sites, conseillers, moved_a + moved_b)


def _resolve(s: Session, kind: _Kind, given: str) -> Any:
    """A live row by id, id prefix (8+ characters) or name (accents and case do not matter)."""
    text = given.strip()
    if not text:
        raise ValidationError(kind.word, f"donnez le nom ou l'identifiant du {kind.word}")
    live = list(s.scalars(select(kind.model).where(kind.model.deleted.is_(False))))
    found = [r for r in live if r.id == text]
    if not found:
        found = [r for r in live if name_key(_name(r)) == name_key(text)]
    if not found and len(text) >= 8:
        found = [r for r in live if r.id.startswith(text)]
    if not found:
        names = ", ".join(sorted(f"« {_name(r)} »" for r in live)) or "aucun"
        raise ValidationError(kind.word, f"« {text} » introuvable (existants : {names})")
    if len(found) > 1:
        raise ValidationError(kind.word, f"« {text} » désigne plusieurs {kind.word}s : donnez son identifiant "
                                         f"({', '.join(r.id for r in found)})")
    return found[0]


def _merge_pair(db: Database, kind: _Kind, keep: str, other: str) -> MergeReport:
    with db.write() as s:
        keep_row, other_row = _resolve(s, kind, keep), _resolve(s, kind, other)
        if keep_row.id == other_row.id:
            raise ValidationError(kind.word, f"« {_name(keep_row)} » deux fois : choisissez deux {kind.word}s "
                                             "différents")
        moved = _merge(s, kind, keep_row, other_row)
        _follow_settings(s, kind, _merged_map(s, kind))
    return MergeReport(1, 0, moved) if kind is _SITE else MergeReport(0, 1, moved)


def merge_sites(db: Database, keep: str, other: str) -> MergeReport:
    """An administrator's merge: every session of site `other` moves to `keep`; `other` is no longer listed."""
    return _merge_pair(db, _SITE, keep, other)


def merge_conseillers(db: Database, keep: str, other: str) -> MergeReport:
    """An administrator's merge: every session of conseiller `other` moves to `keep`."""
    return _merge_pair(db, _CONSEILLER, keep, other)


def session_counts(db: Database, kind: str) -> dict[str, int]:
    """Live sessions per site (`kind="site"`) or per conseiller, for the merge dialog."""
    from sqlalchemy import func

    column = (_SITE if kind == "site" else _CONSEILLER).column
    with db.read() as s:
        rows = s.execute(select(column, func.count()).where(HelpRequest.deleted.is_(False)).group_by(column))
        return {rid: n for rid, n in rows if rid}


__all__ = ["MergeReport", "keeper_of", "merge_conseillers", "merge_same_names", "merge_sites", "name_key",
           "session_counts"]
