"""`make dist-check`: the built bundle proves itself, a wheel installed in a fresh venv too, and the figures.

Usage: python installer/dist_check.py dist/pasapas [--skip-wheel]
1. every file of the bundle is named or globbed by the Inno Setup script (installer/windows/pasapas.iss);
2. the frozen `selfcheck` passes (offscreen, temporary data directory), and a data directory of the previous
   release (schema 0004) opens with the frozen build, its data kept;
3. `pip install .` into a fresh venv, then that venv's `pasapas selfcheck` passes (its resources come
   from the installed wheel, not from this checkout);
4. figures, one JSON line each: bundle size (goal < 150 MB) and the frozen desk's start against the
   same desk started from source (goal ratio <= 1.2), measured in this run.
Exit 0 when all pass, 1 otherwise (each failure said in one line).
"""

from __future__ import annotations

import importlib.util
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""
CONSOLE = "pasapas-console.exe" if sys.platform == "win32" else "pasapas"  # Linux: one program does both
START_RUNS = 5


def _load(name: str):  # noqa: ANN202 - a sibling module loaded by path (installer/ is not a package)
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def emit(name: str, value: float, unit: str, *, baseline: float | None = None, goal: str = "") -> None:
    line: dict[str, object] = {"name": name, "value": round(value, 4), "unit": unit}
    if baseline is not None:
        line["baseline"] = round(baseline, 4)
        line["ratio"] = round(value / baseline, 2) if baseline else None
    if goal:
        line["goal"] = goal
    print(json.dumps(line, ensure_ascii=False), flush=True)


def offscreen_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PASAPAS_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def check_iss(bundle: Path) -> list[str]:
    iss = _load("iss_check")
    rules = iss.parse_files(ROOT / "installer" / "windows" / "pasapas.iss")
    files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()]
    # On Linux the programs have no .exe: the .iss names the Windows ones.
    names = [f + ".exe" if f == "pasapas" else f for f in files]
    missing = [f for f in names if not iss.covered(f, rules)]
    if missing:
        return [f"{len(missing)} fichier(s) du dossier construit absents de pasapas.iss, dont {missing[0]}"]
    print(f"ok  pasapas.iss couvre les {len(files)} fichiers du dossier construit", flush=True)
    return []


def run_selfcheck(cmd: list[str], what: str, cwd: Path, expect_resources_under: Path | None = None) -> list[str]:
    start = time.perf_counter()
    out = subprocess.run(cmd + ["selfcheck", "--json"], cwd=cwd, env=offscreen_env(), capture_output=True,
                         text=True, timeout=600)
    try:
        report = json.loads(out.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return [f"{what} : selfcheck n'a rien dit (code {out.returncode}) : {out.stderr.strip()[-400:]}"]
    for check in report["checks"]:
        print(f"{'ok ' if check['ok'] else 'ÉCHEC'} {what} › {check['name']} : {check['detail']}", flush=True)
    problems = [] if out.returncode == 0 and report["ok"] else [f"{what} : selfcheck a échoué (code {out.returncode})"]
    if expect_resources_under is not None and not Path(report["resources"]).is_relative_to(expect_resources_under):
        problems.append(f"{what} : ressources lues dans {report['resources']}, pas dans l'installation")
    print(f"    ({what} : {time.perf_counter() - start:.1f} s)", flush=True)
    return problems


def wheel_install(work: Path) -> list[str]:
    """A real `pip install .` (not editable) into a fresh venv, run from a folder outside the checkout."""
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    bin_dir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    start = time.perf_counter()
    pip = subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                          str(ROOT)], cwd=work, capture_output=True, text=True, timeout=1800)
    if pip.returncode != 0:
        return [f"pip install . a échoué : {pip.stderr.strip()[-400:]}"]
    print(f"ok  pip install . dans un venv neuf ({time.perf_counter() - start:.0f} s)", flush=True)
    return run_selfcheck([str(bin_dir / f"pasapas{EXE}")], "wheel", work, expect_resources_under=venv)


def frozen_upgrade(bundle: Path, work: Path) -> list[str]:
    """The previous release's data directory (schema 0004, generated by its migrations) opens with the frozen
    build: migrated, backed up first, its sessions all there."""
    folder = work / "donnees-0004"
    subprocess.run([sys.executable, "-m", "tests.fixtures.make_db_0004", str(folder)], cwd=ROOT, check=True,
                   capture_output=True, timeout=300, env=offscreen_env())
    out = subprocess.run([str(bundle / CONSOLE), "--data-dir", str(folder), "request", "list", "--json"],
                         env=offscreen_env(), capture_output=True, text=True, timeout=300)
    try:
        ids = sorted(r["id"] for r in json.loads(out.stdout))
    except ValueError:
        return [f"mise à jour : la base 0004 ne s'ouvre pas avec le bundle : {out.stderr.strip()[-300:]}"]
    backups = list((folder / "backups").glob("*-avant-*.sqlite"))
    if ids != ["r1", "r4"] or not backups:
        return [f"mise à jour : accompagnements {ids}, {len(backups)} sauvegarde(s) avant migration"]
    print(f"ok  mise à jour : une base du schéma 0004 s'ouvre avec le bundle, ses {len(ids)} accompagnements "
          f"gardés, sauvegardée d'abord ({backups[0].name})", flush=True)
    return []


def _start_time(cmd: list[str], data_dir: Path) -> float:
    probe = Path(tempfile.mktemp(suffix=".jsonl"))
    env = offscreen_env(PASAPAS_STARTUP_PROBE=str(probe))
    t0 = time.time()
    subprocess.run(cmd + ["--data-dir", str(data_dir)], env=env, check=True, capture_output=True, timeout=180)
    marks: dict[str, float] = {}
    for line in probe.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        marks.setdefault(rec["event"], rec["time"] - t0)
    probe.unlink()
    return marks["ready"]


def start_figures(bundle: Path, work: Path) -> None:
    """The desk, from its first instruction to every page built, frozen and from source, alternated."""
    data_dir = work / "start-data"
    source = [sys.executable, "-m", "app"]
    subprocess.run(source + ["--data-dir", str(data_dir), "setup", "--site", "Médiathèque", "--device", "PC-MESURE",
                             "--conseiller", "Camille Durand"], cwd=ROOT, env=offscreen_env(), check=True,
                   capture_output=True, timeout=300)
    # The first admin, as the wizard makes it: without one the desk would wait for a person to create it.
    password = work / "admin-password"
    password.write_text(secrets.token_urlsafe(16), encoding="utf-8")
    subprocess.run(source + ["--data-dir", str(data_dir), "account", "create", "Admin Mesure", "--role", "admin",
                             "--new-password-file", str(password)], cwd=ROOT, env=offscreen_env(), check=True,
                   capture_output=True, timeout=300)
    frozen = [str(bundle / f"pasapas{EXE}")]
    _start_time(frozen, data_dir)  # warm the file cache (and the guide index) once each
    _start_time(source, data_dir)
    frozen_times, source_times = [], []
    for _ in range(START_RUNS):
        frozen_times.append(_start_time(frozen, data_dir))
        source_times.append(_start_time(source, data_dir))
    emit("dist.frozen_desk_start", statistics.median(frozen_times), "s", baseline=statistics.median(source_times),
         goal="ratio <= 1.2")


def main(argv: list[str]) -> int:
    bundle = Path(argv[0] if argv else "dist/pasapas").resolve()
    if not (bundle / CONSOLE).is_file():
        print(f"dist-check : {bundle} ne contient pas {CONSOLE} : lancez d'abord « make dist »")
        return 1
    started = time.perf_counter()
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="pasapas-dist-check-") as tmp:
        work = Path(tmp)
        problems += check_iss(bundle)
        problems += run_selfcheck([str(bundle / CONSOLE)], "bundle", work)
        problems += frozen_upgrade(bundle, work)
        if "--skip-wheel" not in argv:
            problems += wheel_install(work)
        emit("dist.bundle_size", folder_size(bundle) / 1e6, "MB", goal="value < 150 MB")
        start_figures(bundle, work)
    for problem in problems:
        print(f"ÉCHEC {problem}")
    print(f"dist-check {'réussi' if not problems else 'ÉCHOUÉ'} en {time.perf_counter() - started:.0f} s", flush=True)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
