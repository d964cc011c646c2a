"""Followed beneficiaries: record with consent, find duplicates, merge, history, erasure and retention.

Sessions stay anonymous by default; a person is followed only after their consent is recorded. Reading a
person's data out (right of access), merging two records and erasing are for admins: those services check
the permission matrix themselves (`actor`, the command line's rights by default); the daily retention run
(`actor` None, « système ») is the rule the admin set, not a person's act. Erasure
(right to erasure, or retention) blanks every personal field of the person and the free text of their
sessions, syncs as such, and scrubs the sync bookkeeping (`app.store.erasure`); the sessions keep their
anonymous statistics (type, durée, thématiques, tranche d'âge…). Log lines never carry personal data.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import vocab
from app.domain.audit import AuditAction
from app.domain.clock import local_day, now_utc
from app.domain.errors import ValidationError
from app.domain.permissions import COMMAND_LINE, Action, Actor, require
from app.domain.person import (
    DEFAULT_PURPOSE,
    Consent,
    PersonFields,
    age_group,
    duplicate_reason,
    months_before,
    validate,
    validate_consent,
)
from app.domain.text import fold_words
from app.services import audit
from app.services.installation import SiteInfo
from app.store import erasure, settings
from app.store.db import Database
from app.store.models import Conseiller, HelpRequest, Person, Site

log = logging.getLogger("pasapas.privacy")
RETENTION_BY = "conservation"  # who erased: the retention rule, not a person


@dataclass(frozen=True)
class PersonRecord:
    """A followed person as the desk shows them."""

    id: str
    fields: PersonFields
    consent: Consent
    created_at: datetime
    last_session: date | None
    sessions: int

    @property
    def full_name(self) -> str:
        return self.fields.full_name

    def age_group(self, today: date) -> str:
        return age_group(self.fields.birth_year, today)


@dataclass(frozen=True)
class Duplicate:
    """An existing person who may be the one being recorded, and why (no personal data in `reason`)."""

    person: PersonRecord
    reason: str


class PossibleDuplicates(ValidationError):
    """Creation stopped: someone close is already followed. Show them; create anyway, or use the one found."""

    def __init__(self, found: list[Duplicate]) -> None:
        self.found = found
        super().__init__("personne", f"{len(found)} personne(s) déjà suivie(s) lui ressemblent : vérifiez avant "
                                     "de créer une fiche de plus (ou fusionnez ensuite)")


@dataclass(frozen=True)
class SessionLine:
    """One session of a person's history."""

    id: str
    day: date
    kind: str
    duration_minutes: int | None
    themes: tuple[str, ...]
    demarche_name: str
    site: str
    conseiller: str
    notes: str


@dataclass(frozen=True)
class RetentionReport:
    """What a retention run did (counts only)."""

    anonymised: int
    notes_cleared: int
    ran: bool = True


def _fields(p: Person) -> PersonFields:
    return PersonFields(p.first_name, p.last_name, p.phone, p.email, p.birth_year, p.commune, p.notes)


def _record(p: Person, last: date | None = None, count: int = 0) -> PersonRecord:
    consent = Consent(p.consent_at, p.consent_by, p.consent_purpose)
    return PersonRecord(p.id, _fields(p), consent, p.created_at, last, count)


def _live(s: Session) -> list[Person]:
    q = select(Person).where(Person.deleted.is_(False), Person.erased_at.is_(None))
    return list(s.scalars(q))


def _activity(s: Session, ids: list[str] | None = None) -> dict[str, tuple[date, int]]:
    q = (select(HelpRequest.person_id, func.max(HelpRequest.day), func.count())
         .where(HelpRequest.person_id.is_not(None), HelpRequest.deleted.is_(False))
         .group_by(HelpRequest.person_id))
    if ids is not None:
        q = q.where(HelpRequest.person_id.in_(ids))
    return {str(pid): (day, n) for pid, day, n in s.execute(q)}


def _open(s: Session, person_id: str) -> Person:
    p = s.get(Person, person_id)
    if p is None or p.deleted or p.erased_at is not None:
        raise ValidationError("personne", f"introuvable (ou effacée) : {person_id}")
    return p


def find_duplicates(db: Database, fields: PersonFields, *, exclude: str | None = None) -> list[Duplicate]:
    """Followed persons who may be `fields` (close name, same phone or e-mail)."""
    with db.read() as s:
        people = [p for p in _live(s) if p.id != exclude]
        found = [(p, why) for p in people if (why := duplicate_reason(fields, _fields(p)))]
        act = _activity(s, [p.id for p, _ in found]) if found else {}
        return [Duplicate(_record(p, *act.get(p.id, (None, 0))), why) for p, why in found]


def create(db: Database, fields: PersonFields, consent: Consent | None, *, now: datetime | None = None,
           allow_duplicate: bool = False) -> str:
    """Record a followed person, consent first. Raises PossibleDuplicates unless `allow_duplicate`."""
    now = now or now_utc()
    today = local_day(now)
    consent = validate_consent(consent, today)
    f = validate(fields, today)
    if not allow_duplicate:
        found = find_duplicates(db, f)
        if found:
            raise PossibleDuplicates(found)
    with db.write() as s:
        p = Person(first_name=f.first_name, last_name=f.last_name, phone=f.phone, email=f.email,
                   birth_year=f.birth_year, commune=f.commune, notes=f.notes,
                   notes_updated_at=now if f.notes else None, consent_at=consent.given_on,
                   consent_by=consent.by, consent_purpose=consent.purpose, created_at=now)
        s.add(p)
        s.flush()
        return p.id


def update(db: Database, person_id: str, fields: PersonFields, *, now: datetime | None = None) -> None:
    now = now or now_utc()
    f = validate(fields, local_day(now))
    with db.write() as s:
        p = _open(s, person_id)
        if f.notes != p.notes:
            p.notes_updated_at = now if f.notes else None
        p.first_name, p.last_name, p.phone, p.email = f.first_name, f.last_name, f.phone, f.email
        p.birth_year, p.commune, p.notes = f.birth_year, f.commune, f.notes


def get(db: Database, person_id: str) -> PersonRecord:
    with db.read() as s:
        p = _open(s, person_id)
        return _record(p, *_activity(s, [p.id]).get(p.id, (None, 0)))


def search(db: Database, text: str = "", *, limit: int = 500) -> list[PersonRecord]:
    """Followed persons whose name, phone, e-mail or commune holds every word typed (no accents, no case)."""
    words = fold_words(text).split()
    out = []
    with db.read() as s:
        act = _activity(s)
        for p in _live(s):
            hay = fold_words(f"{p.first_name} {p.last_name} {p.email} {p.commune}") + " " + "".join(
                c for c in p.phone if c.isdigit())
            if all(w in hay for w in words):
                out.append(_record(p, *act.get(p.id, (None, 0))))
    out.sort(key=lambda r: (fold_words(r.fields.last_name), fold_words(r.fields.first_name)))
    return out[:limit]


def history(db: Database, person_id: str) -> list[SessionLine]:
    """The person's sessions, newest first (what « Historique » shows)."""
    with db.read() as s:
        _open(s, person_id)
        q = (select(HelpRequest, Site.name, Conseiller.first_name, Conseiller.last_name)
             .outerjoin(Site, Site.id == HelpRequest.site_id)
             .outerjoin(Conseiller, Conseiller.id == HelpRequest.conseiller_id)
             .where(HelpRequest.person_id == person_id, HelpRequest.deleted.is_(False))
             .order_by(HelpRequest.day.desc(), HelpRequest.ended_at.desc()))
        return [
            SessionLine(r.id, r.day, r.kind, r.duration_minutes, tuple(r.themes or ()), r.demarche_name,
                        site or "", f"{first or ''} {last or ''}".strip(), r.notes)
            for r, site, first, last in s.execute(q)
        ]


def link_session(db: Database, request_id: str, person_id: str | None) -> None:
    """Attach a session to a followed person (or detach it: None)."""
    with db.write() as s:
        row = s.get(HelpRequest, request_id)
        if row is None or row.deleted:
            raise ValidationError("accompagnement", f"introuvable : {request_id}")
        if person_id is not None:
            _open(s, person_id)
        row.person_id = person_id


def merge(db: Database, keep_id: str, other_id: str, *, now: datetime | None = None,
          actor: Actor = COMMAND_LINE) -> int:
    """Merge `other` into `keep` (admins: it cannot be undone): its sessions move over, its details fill
    what `keep` lacks, its notes are appended; `other` is emptied and marked merged. Returns the number of
    sessions moved."""
    require(actor, Action.MERGE)
    if keep_id == other_id:
        raise ValidationError("fusion", "choisissez deux fiches différentes")
    now = now or now_utc()
    with db.write() as s:
        keep, other = _open(s, keep_id), _open(s, other_id)
        for name in ("last_name", "phone", "email", "commune"):
            if not getattr(keep, name) and getattr(other, name):
                setattr(keep, name, getattr(other, name))
        if keep.birth_year is None:
            keep.birth_year = other.birth_year
        if other.notes and other.notes not in keep.notes:
            keep.notes = f"{keep.notes}\n{other.notes}".strip()
            keep.notes_updated_at = now
        if other.consent_at and (keep.consent_at is None or other.consent_at < keep.consent_at):
            keep.consent_at, keep.consent_by, keep.consent_purpose = (
                other.consent_at, other.consent_by, other.consent_purpose)
        sessions = list(s.scalars(select(HelpRequest).where(HelpRequest.person_id == other_id)))
        for row in sessions:
            row.person_id = keep_id
        _blank(other)
        other.merged_into = keep_id
        other.deleted = True
        audit.record(s, actor, AuditAction.MERGE,
                     f"personnes suivies : 2 fiches fusionnées, {len(sessions)} accompagnement(s) rattaché(s)")
        return len(sessions)


def _blank(p: Person) -> None:
    p.first_name = p.last_name = p.phone = p.email = p.commune = p.notes = ""
    p.birth_year = None
    p.notes_updated_at = None


def _erase_in(s: Session, ids: list[str], now: datetime) -> None:
    """Blank the persons and the free text of their sessions (captured for sync), then scrub."""
    for pid in ids:
        p = s.get(Person, pid)
        if p is None:
            continue
        _blank(p)
        p.erased_at = p.erased_at or now
        p.deleted = True
    for row in s.scalars(select(HelpRequest).where(HelpRequest.person_id.in_(ids))):
        row.notes = ""
        row.visitor_label = ""
    s.flush()
    erasure.scrub(s.connection().connection.driver_connection, ids)  # type: ignore[arg-type]


def _with_merged(s: Session, person_id: str) -> list[str]:
    merged = s.scalars(select(Person.id).where(Person.merged_into == person_id))
    return [person_id, *merged]


def erase(db: Database, person_id: str, *, now: datetime | None = None, actor: Actor = COMMAND_LINE) -> int:
    """Right to erasure (admins): the person (and the records merged into them) anonymised everywhere, here
    and, by sync, on every PC; their sessions keep their anonymous statistics. Returns the sessions kept."""
    require(actor, Action.ERASE)
    now = now or now_utc()
    with db.write() as s:
        _open(s, person_id)
        ids = _with_merged(s, person_id)
        _erase_in(s, ids, now)
        kept = len(erasure.sessions_of(s.connection().connection.driver_connection, ids))  # type: ignore[arg-type]
        audit.record(s, actor, AuditAction.ERASURE, f"1 personne effacée, {kept} accompagnement(s) gardé(s) anonymes")
    remember_erased(db, ids)
    erasure.fold_wal(db)
    log.info("effacement : 1 personne anonymisée, %d accompagnements gardés anonymes", kept)
    return kept


# --- The ledger of erasures (ids only) -------------------------------------------------------------
# A restored backup older than an erasure would bring the person back: the ids erased here are kept in a
# file beside the database (random ids, no personal data) and erased again after every restore.
LEDGER = "effacements.txt"


def remember_erased(db: Database, ids: list[str]) -> None:
    ledger = db.path.parent / LEDGER
    fd = os.open(ledger, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "a", encoding="ascii") as fh:
        fh.write("".join(f"{i}\n" for i in ids))
        fh.flush()
        os.fsync(fh.fileno())


def replay_erasures(db: Database, *, now: datetime | None = None) -> int:
    """Erase again the persons of the ledger that a restored backup brought back. Returns how many."""
    ledger = db.path.parent / LEDGER
    try:
        ids = sorted({line.strip() for line in ledger.read_text(encoding="ascii").splitlines() if line.strip()})
    except (OSError, UnicodeDecodeError):
        return 0
    now = now or now_utc()
    with db.write() as s:
        back = [i for i in ids if (p := s.get(Person, i)) is not None and p.erased_at is None]
        if back:
            _erase_in(s, back, now)
    if back:
        erasure.fold_wal(db)
        log.info("restauration : %d effacement(s) appliqué(s) de nouveau", len(back))
    return len(back)


# --- Retention ------------------------------------------------------------------------------------


def run_retention(db: Database, *, now: datetime | None = None, months: int | None = None,
                  actor: Actor | None = None) -> RetentionReport:
    """Anonymise the persons without a session for `months` months (the setting by default) and clear the
    notes older than that (the person's, and those of their sessions). `actor` None: the daily run (the
    rule, « système »); run by someone (the command line), an admin."""
    if actor is not None:
        require(actor, Action.ERASE)
    now = now or now_utc()
    months = settings.get(db, settings.RETENTION_MONTHS) if months is None else months
    if months < 1:
        raise ValidationError("durée de conservation", f"{months} mois : 1 mois au moins")
    today = local_day(now)
    cutoff = months_before(today, months)
    with db.write() as s:
        people = _live(s)
        act = _activity(s, None)
        stale = [p.id for p in people
                 if max(act.get(p.id, (local_day(p.created_at), 0))[0], local_day(p.created_at),
                        p.consent_at or date.min) < cutoff]
        ids = [i for pid in stale for i in _with_merged(s, pid)]
        if ids:
            _erase_in(s, ids, now)
            remember_erased(db, ids)
        cleared = 0
        for p in people:
            if p.id not in stale and p.notes and p.notes_updated_at and local_day(p.notes_updated_at) < cutoff:
                p.notes, p.notes_updated_at = "", None
                cleared += 1
        old = s.scalars(select(HelpRequest).where(HelpRequest.person_id.is_not(None), HelpRequest.day < cutoff,
                                                  HelpRequest.notes != ""))
        touched: list[str] = []
        for row in old:
            row.notes = ""
            touched.append(row.id)
            cleared += 1
        s.flush()
        conn = s.connection().connection.driver_connection
        erasure.forget_rows(conn, [("help_request", touched, ("notes",)),  # type: ignore[arg-type]
                                   ("person", [p.id for p in people if p.id not in stale], ("notes",))])
        settings.put(s, settings.RETENTION_LAST_DAY, today.isoformat())
        audit.record(s, actor, AuditAction.RETENTION,
                     f"{len(stale)} personne(s) anonymisée(s), {cleared} note(s) effacée(s) (plus de {months} mois)")
    if stale or cleared:
        erasure.fold_wal(db)
    log.info("conservation : %d personne(s) anonymisée(s), %d note(s) effacée(s) (plus de %d mois)",
             len(stale), cleared, months)
    return RetentionReport(len(stale), cleared)


def retention_if_due(db: Database, *, now: datetime | None = None) -> RetentionReport:
    """The retention run of the day (at start, then daily): once per Paris day."""
    now = now or now_utc()
    if settings.get(db, settings.RETENTION_LAST_DAY) == local_day(now).isoformat():
        return RetentionReport(0, 0, ran=False)
    return run_retention(db, now=now)


def retention_text(months: int) -> str:
    """The rule in words, for the settings and the privacy notice."""
    return (f"Une personne suivie qui n'est pas venue depuis {months} mois est rendue anonyme automatiquement "
            f"(son nom, ses coordonnées et ses notes sont effacés ; ses accompagnements restent dans les "
            f"statistiques, sans nom). Les notes de plus de {months} mois sont effacées.")


def kind_label(kind: str) -> str:
    return vocab.label(kind, vocab.REQUEST_TYPES)


# --- Papers (PDF) ---------------------------------------------------------------------------------


def _site(db: Database) -> SiteInfo | None:
    from app.services import installation

    return installation.context(db).site


def access_pdf(db: Database, person_id: str, *, now: datetime | None = None, actor: Actor = COMMAND_LINE) -> bytes:
    """Right of access (admins): the PDF of everything kept about the person, their sessions included."""
    require(actor, Action.EXPORT_PERSONAL)
    from app.domain.duration import duration_text
    from app.services import privacy_pdf

    today = local_day(now or now_utc())
    rec = get(db, person_id)
    short = {"individuel": "Individuel", "collectif": "Atelier"}
    lines = [(h.day, short.get(h.kind, kind_label(h.kind)), duration_text(h.duration_minutes) if h.duration_minutes else "—",
              ", ".join(vocab.labels(list(h.themes), vocab.THEMES)) + (f" : {h.demarche_name}" if h.demarche_name else ""),
              h.notes) for h in history(db, person_id)]
    return privacy_pdf.access_copy(fields=rec.fields, consent=rec.consent, sessions=lines, site=_site(db),
                                   months=settings.get(db, settings.RETENTION_MONTHS), today=today)


def export_access(db: Database, person_id: str, out: str, *, now: datetime | None = None,
                  actor: Actor = COMMAND_LINE) -> Path:
    """Write the right-of-access PDF to `out` (the safe way: beside, fsynced, renamed). Admins."""
    from app.services.user_files import write_user_bytes

    data = access_pdf(db, person_id, now=now, actor=actor)
    target = write_user_bytes(out, data, field="--out", protected=[db.path])
    access_given(db, actor)
    return target


def access_given(db: Database, actor: Actor) -> None:
    """The audit and log lines of a right-of-access copy handed over (written to a file or printed)."""
    audit.record(db, actor, AuditAction.EXPORT, "droit d'accès : données d'une personne suivie (PDF)")
    log.info("droit d'accès : copie des données d'une personne suivie imprimée")


def consent_pdf(db: Database, *, first_name: str = "", purpose: str = DEFAULT_PURPOSE,
                now: datetime | None = None) -> bytes:
    from app.services import privacy_pdf

    return privacy_pdf.consent_notice(purpose=purpose, site=_site(db), first_name=first_name,
                                      months=settings.get(db, settings.RETENTION_MONTHS),
                                      today=local_day(now or now_utc()))


def privacy_notice_pdf(db: Database) -> bytes:
    from app.services import privacy_pdf

    return privacy_pdf.privacy_notice(site=_site(db), months=settings.get(db, settings.RETENTION_MONTHS))
