"""The SQLite engine (pragmas, real transactions) and the session factory: one Session per unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.domain.text import fold

BUSY_TIMEOUT_MS = 5000
FOLD_FUNCTION = "pp_fold"
IMMEDIATE = "pasapas_immediate"
DEVICE_ID_KEY = "device_id"


def make_engine(path: Path | str, *, synchronous: str = "FULL") -> Engine:
    """An engine on a local SQLite file with WAL, `synchronous`, foreign keys and a busy timeout.

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
        cur.close()
        # Accent- and case-insensitive text search in SQL ("impot" finds "Impôt").
        dbapi_connection.create_function(FOLD_FUNCTION, 1, fold, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A unit of work takes the write lock at once: a deferred transaction that reads, then writes
        # after another process (a sync import) committed, fails with « database is locked » and
        # busy_timeout cannot retry it. Plain reads (engine.connect()) stay deferred.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(IMMEDIATE) else "BEGIN")

    return engine


class Database:
    """An open data directory's database: the engine, its session factory and this device's id."""

    def __init__(self, path: Path, *, synchronous: str = "FULL") -> None:
        self.path = path
        self.engine = make_engine(path, synchronous=synchronous)
        self._factory = sessionmaker(self.engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False)
        self.device_id = self._load_device_id()

    def _load_device_id(self) -> str:
        from app.store.models import LocalSetting
        from app.store.types import new_id

        with self._factory() as s, s.begin():
            row = s.get(LocalSetting, DEVICE_ID_KEY)
            if row is None:
                row = LocalSetting(key=DEVICE_ID_KEY, value=new_id())
                s.add(row)
            return row.value

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on error."""
        s = self._factory(info={"device_id": self.device_id})
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def dispose(self) -> None:
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
