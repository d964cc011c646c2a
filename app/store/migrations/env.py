"""Alembic environment: batch mode for SQLite, FTS tables left out of autogenerate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from app.store.db import make_engine
from app.store.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    # FTS5 virtual tables and their shadow tables are managed by hand in migrations.
    return not (type_ == "table" and name and ("_fts" in name))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    assert url and url.startswith("sqlite:///")
    engine = make_engine(url.removeprefix("sqlite:///"))
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


run_migrations_online()
