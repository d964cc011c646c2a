"""The one resource resolver and the data folder: checkout, bundle, override; Windows' PC-wide folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app import paths

CHECKOUT = Path(__file__).resolve().parents[2] / "resources"


def test_a_checkout_finds_the_top_level_resources(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.RESOURCES_ENV, raising=False)
    assert paths.resources_dir() == CHECKOUT
    assert paths.resource("fonts", "DejaVuSans.ttf").is_file()


def test_a_bundle_finds_its_own_resources_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.RESOURCES_ENV, raising=False)
    (tmp_path / "resources" / "guides").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"


def test_a_broken_bundle_falls_back_on_what_exists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.RESOURCES_ENV, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)  # no resources/ inside
    assert paths.resources_dir() == CHECKOUT


def test_the_environment_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.RESOURCES_ENV, str(tmp_path))
    assert paths.resources_dir() == tmp_path


@pytest.fixture
def windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    program_data, local = tmp_path / "ProgramData", tmp_path / "Users" / "lea" / "AppData" / "Local"
    monkeypatch.setenv("PROGRAMDATA", str(program_data))
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    return program_data / "PasAPas", local / "pasapas"


def test_windows_keeps_the_data_of_the_whole_pc_in_programdata(windows: tuple[Path, Path]) -> None:
    machine, _legacy = windows
    assert paths.data_dir() == machine


def test_windows_keeps_using_an_older_versions_user_folder_until_the_pc_folder_has_a_database(
        windows: tuple[Path, Path]) -> None:
    machine, legacy = windows
    legacy.mkdir(parents=True)
    paths.database_path(legacy).write_bytes(b"")
    assert paths.data_dir() == legacy  # the data of the older version is not left behind
    machine.mkdir(parents=True)
    paths.database_path(machine).write_bytes(b"")
    assert paths.data_dir() == machine


def test_an_explicit_folder_wins(windows: tuple[Path, Path], tmp_path: Path) -> None:
    assert paths.data_dir(tmp_path / "ici") == (tmp_path / "ici").resolve()
