"""The Windows installer script names every file the PyInstaller spec bundles; the Linux menu entries."""

from __future__ import annotations

import configparser
import importlib.util
import re
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "pasapas.spec"
ISS = ROOT / "installer" / "windows" / "pasapas.iss"


def _iss_check() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("iss_check", ROOT / "installer" / "iss_check.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("iss_check", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


class _Recorder:
    """Stands in for PyInstaller's Analysis/PYZ/EXE/COLLECT: keeps what the spec asks for."""

    def __init__(self) -> None:
        self.datas: list[tuple[str, str]] = []
        self.exes: list[dict] = []

    def analysis(self, scripts, **kw):  # noqa: ANN001, ANN201
        self.datas = list(kw["datas"])
        return types.SimpleNamespace(pure=[], scripts=[], binaries=[], datas=[])

    def exe(self, *args, **kw):  # noqa: ANN002, ANN003, ANN201
        self.exes.append(kw)
        return kw["name"]


def read_spec(monkeypatch: pytest.MonkeyPatch, platform: str = "win32") -> _Recorder:
    """Run the spec as PyInstaller would, on `platform`, with PyInstaller's build steps recorded."""
    rec = _Recorder()
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda *a, **k: []  # type: ignore[attr-defined]
    qt = types.ModuleType("PyInstaller.utils.hooks.qt")
    qt.QtLibraryInfo = type("QtLibraryInfo", (), {"collect_plugins": lambda self, t: []})  # type: ignore[attr-defined]
    hooks.qt = qt  # type: ignore[attr-defined]
    for name, module in (("PyInstaller", types.ModuleType("PyInstaller")),
                         ("PyInstaller.utils", types.ModuleType("PyInstaller.utils")),
                         ("PyInstaller.utils.hooks", hooks), ("PyInstaller.utils.hooks.qt", qt)):
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(sys, "platform", platform)
    namespace = {"SPECPATH": str(SPEC.parent), "Analysis": rec.analysis, "PYZ": lambda *a, **k: None,
                 "EXE": rec.exe, "COLLECT": lambda *a, **k: None, "__file__": str(SPEC)}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)  # noqa: S102
    return rec


def bundled_files(rec: _Recorder) -> list[str]:
    """Where each data file of the spec lands in the Windows bundle (PyInstaller 6: under `_internal/`)."""
    out = []
    for source, dest in rec.datas:
        src = Path(source)
        files = [p for p in src.rglob("*") if p.is_file() and "__pycache__" not in p.parts] if src.is_dir() else [src]
        for f in files:
            rel = f.relative_to(src).as_posix() if src.is_dir() else f.name
            out.append(f"_internal/{dest}/{rel}")
    return out


def test_every_file_the_spec_bundles_is_named_or_globbed_by_the_iss(monkeypatch: pytest.MonkeyPatch) -> None:
    iss = _iss_check()
    rules = iss.parse_files(ISS)
    rec = read_spec(monkeypatch)
    files = bundled_files(rec)
    assert any(f.startswith("_internal/resources/guides/") for f in files)
    assert any(f.startswith("_internal/app/store/migrations/versions/") for f in files)
    programs = [f"{e['name']}.exe" for e in rec.exes]
    assert programs == ["pasapas.exe", "pasapas-console.exe"]
    missing = [f for f in files + programs if not iss.covered(f, rules)]
    assert not missing


def test_a_new_resource_folder_would_be_caught() -> None:
    """The catch-all line of the .iss leaves the resources out: a folder added to resources/ must be named."""
    iss = _iss_check()
    rules = iss.parse_files(ISS)
    assert iss.covered("_internal/PySide6/Qt/plugins/platforms/qwindows.dll", rules)
    assert iss.covered("_internal/resources/guides/images/impots/1.png", rules)
    assert not iss.covered("_internal/resources/sons/bip.wav", rules)
    assert not iss.covered("pasapas-autre.exe", rules)


def test_the_windows_programs_the_desk_has_no_console_the_it_one_has(monkeypatch: pytest.MonkeyPatch) -> None:
    exes = {e["name"]: e for e in read_spec(monkeypatch).exes}
    assert exes["pasapas"]["console"] is False
    assert exes["pasapas-console"]["console"] is True
    linux = read_spec(monkeypatch, "linux").exes
    assert [e["name"] for e in linux] == ["pasapas"]


def _section(name: str) -> list[str]:
    text = ISS.read_text(encoding="utf-8")
    m = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.M | re.S)
    assert m, name
    return [line for line in m.group(1).splitlines() if line.strip() and not line.startswith(";")]


def test_the_installer_is_per_machine_with_desk_kiosk_and_kiosk_autostart() -> None:
    from app import __version__

    text = ISS.read_text(encoding="utf-8")
    assert f'#define AppVersion "{__version__}"' in text
    setup = "\n".join(_section("Setup"))
    assert "PrivilegesRequired=admin" in setup and "DefaultDirName={autopf}" in setup
    icons = _section("Icons")
    desk = [i for i in icons if i.startswith('Name: "{group}') and '"{app}\\pasapas.exe"' in i and "Parameters" not in i]
    kiosk = [i for i in icons if i.startswith('Name: "{group}') and 'Parameters: "kiosk"' in i]
    assert desk and kiosk
    autostart = [i for i in icons if "{commonstartup}" in i]
    assert autostart and 'Parameters: "kiosk"' in autostart[0] and "Tasks: kioskautostart" in autostart[0]
    assert any("kioskautostart" in t and "unchecked" in t for t in _section("Tasks"))


def test_the_data_live_in_programdata_and_the_uninstaller_keeps_them_unless_asked() -> None:
    dirs = _section("Dirs")
    assert any("{#DataDir}" in d and "users-modify" in d and "uninsneveruninstall" in d for d in dirs)
    assert '#define DataDir "{commonappdata}\\PasAPas"' in ISS.read_text(encoding="utf-8")
    from app import paths

    assert paths.WINDOWS_DATA_NAME == "PasAPas"  # the folder app/paths.py uses on Windows
    code = "\n".join(_section("Code"))
    assert "MB_DEFBUTTON2" in code  # « Non » (keep the data) is the default answer
    assert "if Purge then\n    DelTree(Data" in code
    assert all("{commonappdata}" not in line for line in _section("UninstallDelete"))


def test_the_linux_menu_entries_open_the_desk_and_the_kiosk_with_the_icon() -> None:
    entries = {}
    for name in ("pasapas.desktop", "pasapas-kiosk.desktop"):
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str  # type: ignore[assignment,method-assign]
        parser.read(ROOT / "installer" / "linux" / name, encoding="utf-8")
        entries[name] = parser["Desktop Entry"]
    assert entries["pasapas.desktop"]["Exec"] == "pasapas"
    assert entries["pasapas-kiosk.desktop"]["Exec"] == "pasapas kiosk"
    for entry in entries.values():
        assert entry["Type"] == "Application" and entry["Icon"] == "pasapas" and entry["Terminal"] == "false"
    icons = ROOT / "resources" / "icons"
    assert (icons / "pasapas.svg").read_text(encoding="utf-8").startswith("<svg")
    assert (icons / "pasapas.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (icons / "pasapas.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
