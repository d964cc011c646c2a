"""Helpers for benchmarks: one JSON line per figure, medians, a demo database made once per run."""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

_DEMO: dict[int, Path] = {}


def emit(name: str, value: float, unit: str, *, baseline: float | None = None, goal: str = "") -> None:
    line: dict[str, object] = {"name": name, "value": round(value, 4), "unit": unit}
    if baseline is not None:
        line["baseline"] = round(baseline, 4)
        line["ratio"] = round(value / baseline, 2) if baseline else None
    if goal:
        line["goal"] = goal
    print(json.dumps(line, ensure_ascii=False), flush=True)


def median_time(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def demo_data_dir(n: int = 100_000) -> Path:
    """A data directory with `n` demo sessions (made once per benchmark run)."""
    if n not in _DEMO:
        from app.services import demo
        from app.store.open import open_data_dir

        d = Path(tempfile.mkdtemp(prefix=f"pasapas-bench-{n}-"))
        db = open_data_dir(d)
        demo.generate(db, n, seed=7)
        from app.services import accounts

        # An account: the desk opens on its login page (without one it would ask for the first admin).
        accounts.create_first_admin(db, "Admin du banc", "mot-de-passe-du-banc")
        db.dispose()
        _DEMO[n] = d
    return _DEMO[n]
