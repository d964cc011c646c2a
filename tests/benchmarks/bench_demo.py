"""Demo data: 100 000 sessions generated (goal: under 30 s), vs a raw executemany of the same count."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import emit


def main() -> None:
    from app.services import demo
    from app.store.open import open_data_dir

    d = Path(tempfile.mkdtemp(prefix="pasapas-bench-demo-"))
    db = open_data_dir(d)
    t = time.perf_counter()
    demo.generate(db, 100_000, seed=11)
    took = time.perf_counter() - t
    raw = sqlite3.connect(d / "raw.sqlite")
    raw.execute("CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b INTEGER, c TEXT)")
    t = time.perf_counter()
    raw.executemany("INSERT INTO t VALUES (?,?,?,?)", ((f"{i:036d}", "x" * 40, i, "[]") for i in range(100_000)))
    raw.commit()
    base = time.perf_counter() - t
    emit("demo.generate_100k", took, "s", baseline=base, goal="value < 30 s")
    db.dispose()
