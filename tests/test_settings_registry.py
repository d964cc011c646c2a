"""The per-PC settings registry: one declaration gives a typed value with its default, through every door."""

from __future__ import annotations

import pytest

from app.store import settings


def test_a_setting_never_written_reads_its_default_and_keeps_its_type(db):
    assert settings.get(db, settings.SYNC_INTERVAL) == 10
    settings.put(db, settings.SYNC_INTERVAL, 30)
    assert settings.get(db, settings.SYNC_INTERVAL) == 30
    with pytest.raises(TypeError, match="sync.interval"):
        settings.put(db, settings.SYNC_INTERVAL, "30")  # type: ignore[arg-type]


def test_the_same_value_through_a_session_a_raw_connection_and_the_database(db):
    with db.write() as s:
        settings.put(s, settings.DEVICE_NAME, "PC-ACCUEIL-1")
    raw = db.read_engine.raw_connection()
    try:
        assert settings.get(raw.driver_connection, settings.DEVICE_NAME) == "PC-ACCUEIL-1"
    finally:
        raw.close()
    assert settings.get_all(db)["device_name"] == "PC-ACCUEIL-1"


def test_the_device_id_is_a_declared_setting(db):
    assert settings.get(db, settings.DEVICE_ID) == db.device_id


def test_every_key_is_declared_once_and_bool_round_trips(db):
    with pytest.raises(ValueError, match="deux fois"):
        settings.declare("device_id", str, "", doc="again")
    flag = settings.Setting("test.flag", bool, False, False, "a flag")
    settings.put(db, flag, True)
    assert settings.get(db, flag) is True
    assert flag.decode("") is False
