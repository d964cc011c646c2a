"""Benchmark of the guides library: search per keystroke on 500 guides vs the raw FTS5 query; library loading.

Prints one JSON line per figure. Run through `make bench` (python -m tests.benchmarks) or directly:
`python -m tests.benchmarks.bench_guides`.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from app import paths
from app.domain.vocab import ADMIN_THEME, DEMARCHES, THEMES
from app.services import guides
from app.services.guide_search import fts_query, search
from app.store.guide_index import BM25_WEIGHTS
from app.store.open import open_data_dir

N_GUIDES = 500
QUERIES = ["impots declaration", "pole emploi", "carte grise", "mot de passe", "attestation ameli", "prime activite",
           "permis conduire", "arnaque sms", "rendez vous medecin", "franceconect", "retraite", "passport"]


def _words() -> list[str]:
    """Real French words from the bundled guides (or a small fallback list)."""
    text = " ".join(p.read_text(encoding="utf-8") for p in paths.resource("guides").glob("*.md"))
    found = [w for w in re.findall(r"[A-Za-zÀ-ÿ]{4,}", text)]
    return found or ["compte", "site", "officiel", "démarche", "connexion", "document", "mot", "passe", "identifiant", "courrier"]


def generate(directory: Path, n: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    words = _words()
    themes = [t for t in THEMES if t != ADMIN_THEME]
    directory.mkdir(parents=True, exist_ok=True)

    def sentence(k: int) -> str:
        return " ".join(rnd.choice(words) for _ in range(k)).capitalize() + "."

    for i in range(n):
        gid = f"guide-genere-{i:03d}"
        admin = rnd.random() < 0.5
        steps = "\n".join(
            f"## {sentence(4)[:-1]}\n\n{sentence(18)} {sentence(12)}\n\n> **Attention :** {sentence(10)}\n"
            for _ in range(rnd.randint(5, 10))
        )
        (directory / f"{gid}.md").write_text(
            f"""---
id: {gid}
title: {sentence(5)[:-1]}
summary: {sentence(20)}
themes: [{ADMIN_THEME if admin else rnd.choice(themes)}]
demarches: [{rnd.choice(list(DEMARCHES)) if admin else ''}]
official_urls:
  - https://www.service-public.gouv.fr
prerequisites:
  - {sentence(8)}
duration_minutes: {rnd.randint(10, 60)}
level: debutant
reviewed: {date.today().isoformat()}
version: 1
keywords: [{', '.join(rnd.choice(words) for _ in range(6))}]
falc: |
  {sentence(8)}
---

{steps}""",
            encoding="utf-8",
        )


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p * (len(values) - 1))))]


def _line(name: str, value: float, unit: str, **extra: object) -> None:
    print(json.dumps({"name": name, "value": round(value, 3), "unit": unit, **extra}, ensure_ascii=False))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        src = root / "guides"
        # The real bundled guides plus generated ones: 500 in all.
        real = sorted(paths.resource("guides").glob("*.md"))
        generate(src, N_GUIDES - len(real))
        for p in real:
            (src / p.name).write_bytes(p.read_bytes())
        if paths.resource("guides", "images").is_dir():
            import shutil

            shutil.copytree(paths.resource("guides", "images"), src / "images")
        db = open_data_dir(root / "data")
        first = guides.load_bundled(db, src)
        again = guides.load_bundled(db, src)
        assert first.added == N_GUIDES, first.problems[:3]
        _line("guides.load_first_500", first.seconds * 1000, "ms", goal="once per new bundled version")
        _line("guides.load_unchanged_500", again.seconds * 1000, "ms", baseline=round(first.seconds * 1000, 3),
              ratio=round(again.seconds / first.seconds, 4), goal="ratio <= 0.1")

        # One search per keystroke, as the desk does, and the same FTS5 MATCH run raw.
        keystrokes = [q[:i] for q in QUERIES for i in range(1, len(q) + 1) if q[:i].strip()]
        raw = sqlite3.connect(db.path)
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        sql = f"SELECT guide_id, title FROM guide_fts WHERE guide_fts MATCH ? ORDER BY bm25(guide_fts, {weights}) LIMIT 60"
        for k in keystrokes[:20]:  # warm caches for both
            search(db, k)
            raw.execute(sql, (fts_query(k),)).fetchall()
        ours: list[float] = []
        base: list[float] = []
        for _ in range(3):
            for k in keystrokes:
                t = time.perf_counter()
                search(db, k)
                ours.append((time.perf_counter() - t) * 1000)
                match = fts_query(k)
                t = time.perf_counter()
                raw.execute(sql, (match,)).fetchall()
                base.append((time.perf_counter() - t) * 1000)
        raw.close()
        for label, p in (("p50", 0.5), ("p95", 0.95)):
            v, b = _pct(ours, p), _pct(base, p)
            _line(f"guides.search_keystroke_{label}_500", v, "ms", baseline=round(b, 3), ratio=round(v / b, 2),
                  goal="p95 < 5 ms" if label == "p95" else "", keystrokes=len(ours))
        _line("guides.search_keystroke_mean_500", statistics.fmean(ours), "ms",
              baseline=round(statistics.fmean(base), 3))
        db.dispose()

        # The real library alone, as a desk starts it.
        db = open_data_dir(root / "data-real")
        first = guides.load_bundled(db)
        again = guides.load_bundled(db)
        _line("guides.load_first_bundled", first.seconds * 1000, "ms", guides=first.added)
        _line("guides.load_unchanged_bundled", again.seconds * 1000, "ms", baseline=round(first.seconds * 1000, 3),
              ratio=round(again.seconds / max(first.seconds, 1e-9), 4), goal="ratio <= 0.1")
        times = []
        for _ in range(3):
            for k in keystrokes:
                t = time.perf_counter()
                search(db, k)
                times.append((time.perf_counter() - t) * 1000)
        _line("guides.search_keystroke_p95_bundled", _pct(times, 0.95), "ms", guides=first.added, goal="p95 < 5 ms")
        db.dispose()


if __name__ == "__main__":
    main()
