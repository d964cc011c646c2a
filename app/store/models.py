"""The database schema as SQLAlchemy 2 typed models.

Every synced row has a UUID text key, `updated_at` (UTC), `updated_by` (the device that last wrote it)
and a `deleted` tombstone: rows are created on many PCs and nothing synced is hard-deleted.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.store.types import UTCDateTime, new_id, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON, list[str]: JSON}


class Synced:
    """Columns every synced table carries."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(36), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Site(Synced, Base):
    """A help point of the town (a médiathèque, the Hôtel de Ville…), printed on handouts."""

    __tablename__ = "site"
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    insee_code: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    opening_hours: Mapped[str] = mapped_column(Text, default="")
    # Set when this site was merged into another (then `deleted`): PCs that still point here follow it.
    merged_into: Mapped[str | None] = mapped_column(String(36))


class Conseiller(Synced, Base):
    """A conseiller numérique (names only; accounts come later)."""

    __tablename__ = "conseiller"
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    merged_into: Mapped[str | None] = mapped_column(String(36))

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class HelpRequest(Synced, Base):
    """One help session: a queue entry while waiting, then the CRA record of what was done."""

    __tablename__ = "help_request"
    # Queue
    queue_status: Mapped[str] = mapped_column(String(20), default="waiting")
    ticket_number: Mapped[int | None] = mapped_column(Integer)
    ticket_letter: Mapped[str] = mapped_column(String(3), default="", server_default="")
    visitor_label: Mapped[str] = mapped_column(String(60), default="")
    arrived_at: Mapped[datetime | None] = mapped_column()
    started_at: Mapped[datetime | None] = mapped_column()
    ended_at: Mapped[datetime | None] = mapped_column()
    # CRA
    kind: Mapped[str] = mapped_column(String(20), default="individuel")
    day: Mapped[date] = mapped_column(Date)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(20), default="lieu_activite")
    site_id: Mapped[str | None] = mapped_column(ForeignKey("site.id"))
    conseiller_id: Mapped[str | None] = mapped_column(ForeignKey("conseiller.id"))
    equipment: Mapped[list[str]] = mapped_column(default=list)
    themes: Mapped[list[str]] = mapped_column(default=list)
    demarches: Mapped[list[str]] = mapped_column(default=list)
    demarche_name: Mapped[str] = mapped_column(String(200), default="")
    autonomy: Mapped[str | None] = mapped_column(String(30))
    redirected: Mapped[bool] = mapped_column(Boolean, default=False)
    structure: Mapped[str | None] = mapped_column(String(40))
    gender: Mapped[str] = mapped_column(String(20), default="non_communique")
    age_group: Mapped[str] = mapped_column(String(20), default="non_communique")
    status: Mapped[str] = mapped_column(String(20), default="non_communique")
    beneficiary_commune: Mapped[str] = mapped_column(String(120), default="")
    beneficiary_postcode: Mapped[str] = mapped_column(String(10), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    workshop_title: Mapped[str] = mapped_column(String(200), default="")
    workshop_level: Mapped[str | None] = mapped_column(String(20))
    participants_total: Mapped[int | None] = mapped_column(Integer)
    participants_already_helped: Mapped[int | None] = mapped_column(Integer)
    participants: Mapped[dict[str, Any]] = mapped_column(default=dict)
    guide_ids: Mapped[list[str]] = mapped_column(default=list)
    handout_guide_ids: Mapped[list[str]] = mapped_column(default=list)
    # A followed beneficiary (with consent); NULL for the anonymous sessions (the default). No foreign key:
    # a session may arrive by sync before its person, and an erased person's row stays (emptied).
    person_id: Mapped[str | None] = mapped_column(String(36), index=True)

    __table_args__ = (
        # Covers the log's filters and counts, so that they read the index, not the rows.
        Index(
            "ix_help_request_log",
            "day", "deleted", "site_id", "conseiller_id", "kind", "queue_status", "duration_minutes",
            "participants_total", "themes",
        ),
        Index("ix_help_request_queue", "queue_status", "day"),
    )


class Person(Synced, Base):
    """A followed beneficiary, recorded only with their consent (date, by whom, what for).

    Erased (right to erasure, or retention): every personal field blanked, `erased_at` set, `deleted`;
    the row stays so that the other PCs receive the erasure and the sessions keep their statistics.
    """

    __tablename__ = "person"
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    commune: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    notes_updated_at: Mapped[datetime | None] = mapped_column()
    consent_at: Mapped[date | None] = mapped_column(Date)
    consent_by: Mapped[str] = mapped_column(String(120), default="")
    consent_purpose: Mapped[str] = mapped_column(Text, default="")
    erased_at: Mapped[datetime | None] = mapped_column()
    merged_into: Mapped[str | None] = mapped_column(String(36))

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class TicketLetter(Synced, Base):
    """The letter of a PC's tickets (« A » of « A-12 »). id = the PC's device id: each PC writes only its own row.

    Two PCs that took the same letter before they met: the row created first keeps it (then the smaller id);
    the other takes a free letter at its next ticket, so no two desks call the same number.
    """

    __tablename__ = "ticket_letter"
    letter: Mapped[str] = mapped_column(String(3))
    device_id: Mapped[str] = mapped_column(String(36))


class GuideRow(Synced, Base):
    """A guide of the library: bundled with the application or written locally; synced between PCs.

    The id is the guide's stable slug (the same guide has the same id in every town). `source` is the
    Markdown file text, the truth; the other columns are read from it for listing and searching.
    """

    __tablename__ = "guide"
    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")
    themes: Mapped[list[str]] = mapped_column(default=list)
    demarches: Mapped[list[str]] = mapped_column(default=list)
    official_urls: Mapped[list[str]] = mapped_column(default=list)
    prerequisites: Mapped[list[str]] = mapped_column(default=list)
    keywords: Mapped[list[str]] = mapped_column(default=list)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    level: Mapped[str] = mapped_column(String(20), default="debutant")
    reviewed: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    falc: Mapped[str] = mapped_column(Text, default="")
    steps: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    body_text: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(10), default="local")  # bundled | local
    status: Mapped[str] = mapped_column(String(10), default="draft")  # draft | published
    bundled_version: Mapped[int | None] = mapped_column(Integer)
    locally_modified: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    newer_official_version: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    official_source: Mapped[str] = mapped_column(Text, default="")


class GuideImage(Synced, Base):
    """An image of a locally written guide, stored in the database so that it travels with the sync.

    id = sha256 of (guide id, file name, bytes): the same picture in two guides is two rows.
    """

    __tablename__ = "guide_image"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    guide_id: Mapped[str] = mapped_column(String(80), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Account(Synced, Base):
    """A staff account: the name to log in with, its role, and the argon2id hash of its password.

    Synced, so that a conseiller logs in on every PC of the network with one password. Only the hash
    travels (inside the encrypted segments); the password itself is never stored, logged or exported.
    """

    __tablename__ = "account"
    name: Mapped[str] = mapped_column(String(80))
    name_key: Mapped[str] = mapped_column(String(80), index=True)  # folded: one account per name
    role: Mapped[str] = mapped_column(String(20), default="conseiller")
    conseiller_id: Mapped[str | None] = mapped_column(String(36))
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class AuditEntry(Synced, Base):
    """One line of the audit log: who did what, when, on which PC. Append-only (triggers of migration
    0009 ignore any change or removal, local or arriving by sync). Never a beneficiary's personal data."""

    __tablename__ = "audit_entry"
    at: Mapped[datetime] = mapped_column(index=True)
    device_id: Mapped[str] = mapped_column(String(36), default="")
    device_name: Mapped[str] = mapped_column(String(120), default="")
    actor: Mapped[str] = mapped_column(String(80), default="")
    role: Mapped[str] = mapped_column(String(20), default="")
    action: Mapped[str] = mapped_column(String(30))
    detail: Mapped[str] = mapped_column(Text, default="")


class LoginFailure(Base):
    """Failed logins in a row for one (folded) name on this PC, for the growing delay. Never synced."""

    __tablename__ = "login_failure"
    name_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure: Mapped[datetime] = mapped_column()


class AccountPin(Base):
    """The argon2id hash of an account's short PIN, usable only on this PC (a trusted desk). Never synced:
    a PIN is too short to travel, even hashed."""

    __tablename__ = "account_pin"
    account_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    pin_hash: Mapped[str] = mapped_column(String(200))


class HelpRequestText(Base):
    """A session's notes, démarche name and workshop title folded (no case, no accents), for the log's
    text filter. Kept by SQLite triggers (migration 0004); never synced: each PC derives it."""

    __tablename__ = "help_request_text"
    __table_args__ = {"sqlite_with_rowid": False}
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    folded: Mapped[str] = mapped_column(Text)


class LocalSetting(Base):
    """Per-PC values that never sync: this device's id and name, the current site and conseiller."""

    __tablename__ = "local_setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


# --- Statistics: summary tables kept by SQLite triggers (migration 0008); never synced ----------------
# Each PC derives them from its own help_request rows, whoever wrote them (desk, sync import, demo). Keys
# use '' for a session without site or conseiller (NULLs would never meet in a primary key).


class _StatsKey:
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    conseiller_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)


class StatsDay(_StatsKey, Base):
    """Per day, site, conseiller and type: sessions and their totals, and the people who left unhelped."""

    __tablename__ = "stats_day"
    __table_args__ = {"sqlite_with_rowid": False}
    sessions: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)
    participants: Mapped[int] = mapped_column(Integer)
    people: Mapped[int] = mapped_column(Integer)
    handouts: Mapped[int] = mapped_column(Integer)
    redirected: Mapped[int] = mapped_column(Integer)
    left_count: Mapped[int] = mapped_column(Integer)


class _BreakdownColumns(_StatsKey):
    dim: Mapped[str] = mapped_column(String(12), primary_key=True)
    value: Mapped[str] = mapped_column(String(40), primary_key=True)
    sessions: Mapped[int] = mapped_column(Integer)
    people: Mapped[int] = mapped_column(Integer)


class _HourColumns(_StatsKey):
    weekday: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0 = Sunday (SQLite's %w)
    hour: Mapped[int] = mapped_column(Integer, primary_key=True)
    arrivals: Mapped[int] = mapped_column(Integer)
    waited: Mapped[int] = mapped_column(Integer)
    wait_minutes: Mapped[int] = mapped_column(Integer)


class _WaitColumns(_StatsKey):
    minutes: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class StatsBreakdown(_BreakdownColumns, Base):
    """Sessions and people per value of one CRA dimension (thématique, démarche, matériel, lieu, durée,
    genre, tranche d'âge, statut), per day."""

    __tablename__ = "stats_breakdown"
    __table_args__ = {"sqlite_with_rowid": False}


class StatsHour(_HourColumns, Base):
    """Arrivals in the queue per weekday and hour (Paris time), and the waits of those who were helped."""

    __tablename__ = "stats_hour"
    __table_args__ = {"sqlite_with_rowid": False}


class StatsWait(_WaitColumns, Base):
    """How many sessions waited exactly `minutes` whole minutes in the queue (for medians, percentiles)."""

    __tablename__ = "stats_wait"
    __table_args__ = {"sqlite_with_rowid": False}


# The same per month (`day` is the month's first day): a whole month is one row instead of thirty.
class StatsBreakdownMonth(_BreakdownColumns, Base):
    """`stats_breakdown` per month."""

    __tablename__ = "stats_breakdown_month"
    __table_args__ = {"sqlite_with_rowid": False}


class StatsHourMonth(_HourColumns, Base):
    """`stats_hour` per month."""

    __tablename__ = "stats_hour_month"
    __table_args__ = {"sqlite_with_rowid": False}


class StatsWaitMonth(_WaitColumns, Base):
    """`stats_wait` per month."""

    __tablename__ = "stats_wait_month"
    __table_args__ = {"sqlite_with_rowid": False}


# Sync bookkeeping tables declared beside their code, registered on the same metadata.
from app.store import held as _held  # noqa: E402,F401
