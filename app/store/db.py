"""The SQLite engines and the store's two doors: `db.read()` (never waits for a writer) and `db.write()`.

A read is a deferred transaction on a query-only connection: under WAL it sees the last commit and never
takes, nor waits for, the write lock, so a screen read returns while a sync import writes. A write begins
IMMEDIATE: it takes the lock at once, so it never fails half way with « database is locked ».
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.domain.text import fold

BUSY_TIMEOUT_MS = 5000
FOLD_FUNCTION = "pp_fold"
IMMEDIATE = "pasapas_immediate"


def make_engine(path: Path | str, *, synchronous: str = "FULL", query_only: bool = False) -> Engine:
    """An engine on a local SQLite file with WAL, `synchronous`, foreign keys and a busy timeout.

    `query_only`: every connection refuses writes (the read door); its transactions stay deferred.

    pysqlite's own transaction handling is switched off and BEGIN is emitted by SQLAlchemy, as its
    documentation recommends, so that a transaction really is one (SAVEPOINT included).
    """
    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA synchronous={synchronous}")
        cur.execute("PRAGMA foreign_keys=ON")
        # Deleted or overwritten content is zeroed in the file: an erased person leaves no bytes behind.
        cur.execute("PRAGMA secure_delete=ON")
        if query_only:
            cur.execute("PRAGMA query_only=ON")
        cur.close()
        # Accent- and case-insensitive text search in SQL ("impot" finds "Impôt").
        dbapi_connection.create_function(FOLD_FUNCTION, 1, fold, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A write takes the lock at once: a deferred transaction that reads, then writes after another
        # process (a sync import) committed, fails with « database is locked » and busy_timeout cannot
        # retry it. Reads stay deferred: under WAL they never wait for a writer.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(IMMEDIATE) else "BEGIN")

    return engine


class Database:
    """An open data directory's database: its two doors (read, write) and this device's id."""

    def __init__(self, path: Path, *, synchronous: str = "FULL") -> None:
        self.path = path
        self.engine = make_engine(path, synchronous=synchronous)
        self.read_engine = make_engine(path, synchronous=synchronous, query_only=True)
        self._factory = sessionmaker(self.engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False)
        self._read_factory = sessionmaker(self.read_engine, expire_on_commit=False, autoflush=False)
        self._watches: list[Any] = []
        self.device_id = self._load_device_id()
        # The wall clock (ms) of this database's writes; None: the real one. Tests inject theirs.
        self.clock_ms: Callable[[], int] | None = None

    def _load_device_id(self) -> str:
        from app.store import settings
        from app.store.types import new_id

        with self._factory() as s, s.begin():
            device = settings.get(s, settings.DEVICE_ID)
            if not device:
                device = new_id()
                settings.put(s, settings.DEVICE_ID, device)
            return device

    @property
    def engines(self) -> tuple[Engine, Engine]:
        """Both doors' engines (the write one, the read one): what hooks every connection listens on."""
        return (self.engine, self.read_engine)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that changes data: BEGIN IMMEDIATE, committed when the block ends, rolled back on error."""
        s = self._factory(info={"device_id": self.device_id, _changes.CLOCK: self.clock_ms})
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read: deferred, on a query-only connection (a write in it fails). Never waits for a writer."""
        s = self._read_factory()
        try:
            yield s
        finally:
            s.rollback()
            s.close()

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A Core connection through the read door (SQL expressions, counts, pages of rows)."""
        with self.read_engine.connect() as conn:
            try:
                yield conn
            finally:
                conn.rollback()

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A Core transaction through the write door (bulk inserts): BEGIN IMMEDIATE, committed at the end."""
        with self.engine.execution_options(**{IMMEDIATE: True}).begin() as conn:
            yield conn

    def watch(self) -> Any:
        """A `store.watch.ChangeWatch` on this file, closed with the engines (a restore needs every
        connection gone)."""
        from app.store.watch import ChangeWatch

        watch = ChangeWatch(self.path)
        self._watches.append(watch)
        return watch

    def dispose(self) -> None:
        for watch in getattr(self, "_watches", ()):
            watch.close()
        self._watches = []
        self.read_engine.dispose()
        self.engine.dispose()


def _stamp_writer(session: Session, _context: Any, _instances: Any) -> None:
    """Every synced row written in a session carries the id of the device that wrote it."""
    device = session.info.get("device_id")
    if not device:
        return
    for obj in (*session.new, *session.dirty):
        if hasattr(obj, "updated_by") and (obj in session.new or session.is_modified(obj)):
            obj.updated_by = device


event.listen(Session, "before_flush", _stamp_writer)

# Change capture for sync listens on every Session (same transaction as the data change).
from app.store import changes as _changes  # noqa: E402,F401
