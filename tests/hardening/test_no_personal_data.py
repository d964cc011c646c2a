"""A session's notes never appear in a message, a log, the sync status or the share, whatever fails."""

from __future__ import annotations

import logging
import unittest.mock
from pathlib import Path

import pytest

from app.cli import main

MARKER = "NOTE-PERSO-7731"
COMMUNE = "Ville-Témoin-4410"
SETUP = ("setup", "--site", "Hôtel de Ville", "--device", "PC-1", "--conseiller", "Léa Martin")
ADD = ("request", "add", "--duration", "30", "--theme", "email", "--notes", MARKER, "--commune", COMMUNE)


def run(data_dir: Path, *args: str) -> int:
    try:
        return int(main(["--data-dir", str(data_dir), *args]) or 0)
    except SystemExit as exc:
        return int(exc.code or 0)


def _read_only(url, **kwargs):  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    return create_engine(url.replace("sqlite:///", "sqlite:///file:") + "?mode=ro&uri=true", **kwargs)


def _full_disk():  # type: ignore[no-untyped-def]
    from sqlalchemy import event

    from app.store import db as store_db

    real = store_db.make_engine

    def tiny(path, **kwargs):  # type: ignore[no-untyped-def]
        engine = real(path, **kwargs)

        @event.listens_for(engine, "connect")
        def _limit(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

        return engine

    return unittest.mock.patch.object(store_db, "make_engine", tiny)


def _sql_failure():  # type: ignore[no-untyped-def]
    """Any unexpected SQL failure while writing (the error text of SQLAlchemy holds the parameters)."""
    import sqlite3

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    def boom(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("INSERT INTO HELP_REQUEST"):
            raise sqlite3.OperationalError("some unexpected failure")

    class Patch:
        def __enter__(self):  # type: ignore[no-untyped-def]
            event.listen(Engine, "before_cursor_execute", boom)

        def __exit__(self, *exc):  # type: ignore[no-untyped-def]
            event.remove(Engine, "before_cursor_execute", boom)

    return Patch()


def test_no_message_or_log_ever_shows_a_note(data_dir: Path, tmp_path: Path, capsys, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    from app.store import db as store_db

    outputs: list[str] = []

    def step(*args: str, expect: int | None = None) -> None:
        code = run(data_dir, *args)
        captured = capsys.readouterr()
        outputs.append(captured.err)
        if args[:2] not in (("request", "list"),):  # listing the notes is the command's purpose
            outputs.append(captured.out)
        if expect is not None:
            assert code == expect, (args, captured.err)

    step(*SETUP, expect=0)
    step(*ADD, expect=0)
    with unittest.mock.patch.object(store_db, "create_engine", _read_only):
        step(*ADD, expect=1)  # a read-only database on add
    with _full_disk():  # notes long enough to need a new page
        step(*ADD[:-4], "--notes", MARKER + " " + "x" * 3900, "--commune", COMMUNE, expect=1)
    with _sql_failure():
        step(*ADD, expect=1)
    step(*ADD, "--postcode", "3316O", expect=2)
    step(*ADD, "--date", "2026-02-30", expect=2)
    step("export", "csv", "--out", str(data_dir / "pasapas.sqlite"), expect=2)
    step("export", "csv", "--out", str(tmp_path / "cra.csv"), expect=0)
    share = tmp_path / "share"
    share.mkdir()
    phrase = tmp_path / "phrase.txt"
    phrase.write_text("une phrase secrète de test assez longue")
    step("sync", "init", "--folder", str(share), "--passphrase-file", str(phrase), expect=0)
    step("sync", "--folder", str(share), "--passphrase-file", str(phrase), expect=0)
    step("sync", "status", "--json", expect=0)
    step("request", "list", expect=0)

    texts = [*outputs, *(r.getMessage() + (r.exc_text or "") for r in caplog.records)]
    for f in data_dir.rglob("*"):
        if f.is_file() and not f.name.startswith("pasapas.sqlite") and "backups" not in f.parts:
            texts.append(f.read_bytes().decode("utf-8", "replace"))
    for f in share.rglob("*"):
        if f.is_file():
            texts.append(f.read_bytes().decode("utf-8", "replace"))
    leaks = [t for t in texts if MARKER in t or COMMUNE in t]
    assert leaks == []
    assert len([o for o in outputs if o.strip()]) >= 8  # the commands did speak


@pytest.mark.parametrize("table", ["help_request"])
def test_a_sql_error_in_the_desk_shows_no_parameters(table: str) -> None:
    """The one-line text for an SQLAlchemy error: what is wrong, never the statement or its values."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from app.store.health import describe_failure

    exc = OperationalError(f"INSERT INTO {table} (notes) VALUES (?)", (MARKER,), sqlite3.OperationalError("boom"))
    assert MARKER in str(exc)  # what SQLAlchemy itself would print
    text = describe_failure(exc)
    assert MARKER not in text and "INSERT" not in text
