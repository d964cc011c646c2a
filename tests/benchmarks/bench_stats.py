"""Statistics: dashboard refresh at 100 000 and 1 000 000 sessions against plain GROUP BYs on the sessions
table (same run), the PDF report, and the XLSX export of 100 000 rows (time and peak memory vs the CSV)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from tests.benchmarks.common import demo_data_dir, emit, median_time

ROOT = Path(__file__).resolve().parents[2]


def _filters(db):  # type: ignore[no-untyped-def]
    """What a conseiller clicks through: this year, a site, last year by type, a month for one conseiller."""
    from app.domain.clock import paris_today
    from app.services import installation
    from app.services.stats import periods
    from app.services.stats.model import StatsFilter

    today = paris_today()
    site = installation.list_sites(db)[0].id
    person = installation.list_conseillers(db)[0].id
    return [
        StatsFilter(*periods.preset("this_year", today)),
        StatsFilter(*periods.preset("this_year", today), site_id=site),
        StatsFilter(*periods.preset("last_year", today), kind="individuel"),
        StatsFilter(*periods.preset("last_month", today), conseiller_id=person),
        StatsFilter(date(today.year - 2, 1, 1), today),
    ]


def refresh(data_dir: Path, label: str, goal_ms: int) -> None:
    """Every figure and chart of one filter change: summary tables vs the plain queries."""
    from app.services.stats import dashboard
    from app.store.open import open_data_dir

    db = open_data_dir(data_dir)
    filters = _filters(db)
    for flt in filters:  # the same answers, and a warm cache for both
        a, b = dashboard.dashboard(db, flt), dashboard.dashboard(db, flt, baseline=True)
        assert a.figures == b.figures and a.breakdowns == b.breakdowns, flt

    def cycle(baseline: bool):  # type: ignore[no-untyped-def]
        i = [0]

        def one() -> None:
            dashboard.dashboard(db, filters[i[0] % len(filters)], baseline=baseline)
            i[0] += 1

        return one

    fast = median_time(cycle(False), repeat=len(filters) * 3)
    plain = median_time(cycle(True), repeat=len(filters))
    emit(f"stats.dashboard_refresh_{label}", fast * 1000, "ms", baseline=plain * 1000, goal=f"value < {goal_ms} ms")
    db.dispose()


def grow(src: Path, total: int) -> Path:
    """A copy of `src` grown to `total` sessions by bulk INSERT … SELECT through the same triggers."""
    import sqlite3

    d = Path(tempfile.mkdtemp(prefix=f"pasapas-bench-{total}-"))
    shutil.copy(src / "pasapas.sqlite", d / "pasapas.sqlite")
    con = sqlite3.connect(d / "pasapas.sqlite", isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.create_function("pp_fold", 1, _fold(), deterministic=True)
    have = original = con.execute("SELECT count(*) FROM help_request").fetchone()[0]
    cols = [r[1] for r in con.execute("PRAGMA table_info(help_request)")]
    picked = ", ".join("id || '-' || :k" if c == "id" else f'"{c}"' for c in cols)
    names = ", ".join(f'"{c}"' for c in cols)
    t = time.perf_counter()
    k = 1
    while have < total:
        n = min(original, total - have)
        con.execute("BEGIN")
        con.execute(f"INSERT INTO help_request ({names}) SELECT {picked} FROM help_request "
                    f"WHERE instr(id, '-x') = 0 LIMIT :n", {"k": f"x{k}", "n": n})
        con.execute("COMMIT")
        have += n
        k += 1
    elapsed = time.perf_counter() - t
    con.close()
    emit(f"stats.bulk_insert_to_{total}", elapsed, "s", goal="information (through the summary triggers)")
    return d


def _fold():  # type: ignore[no-untyped-def]
    from app.domain.text import fold

    return fold


def report(data_dir: Path) -> None:
    from app.domain.clock import paris_today
    from app.services import report_pdf
    from app.services.stats import periods
    from app.store.open import open_data_dir

    db = open_data_dir(data_dir)
    day_from, day_to = periods.preset("last_year", paris_today())
    gather = median_time(lambda: report_pdf.gather(db, day_from, day_to), repeat=3)
    data = report_pdf.gather(db, day_from, day_to)
    render = median_time(lambda: report_pdf.render(data), repeat=3)
    emit("stats.report_pdf_year", gather + render, "s", baseline=gather, goal="value < 3 s (baseline: the SQL part)")
    db.dispose()


_EXPORT = """
import json, resource, sys, time
from pathlib import Path
from app.store.open import open_data_dir
from app.services import export, export_xlsx
from app.services.stats import dashboard
db = open_data_dir(Path(sys.argv[1]))
first, last = dashboard.data_span(db)
t = time.perf_counter()
if sys.argv[2] == "xlsx":
    n = export_xlsx.write_xlsx(db, sys.argv[3], day_from=first, day_to=last)
else:
    n = export.write_csv(db, Path(sys.argv[3]), day_from=first, day_to=last)
print(json.dumps({"s": time.perf_counter() - t, "rows": n,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _export(data_dir: Path, kind: str) -> dict[str, float]:
    out = Path(tempfile.mkdtemp()) / f"export.{kind}"
    res = subprocess.run([sys.executable, "-c", _EXPORT, str(data_dir), kind, str(out)], cwd=ROOT,
                         check=True, capture_output=True, text=True, timeout=1200)
    return json.loads(res.stdout.strip().splitlines()[-1])


def xlsx(data_dir: Path) -> None:
    x = _export(data_dir, "xlsx")
    c = _export(data_dir, "csv")
    rows = int(x["rows"])
    emit(f"stats.xlsx_export_{rows}_rows", x["s"], "s", baseline=c["s"], goal="information (baseline: the CSV export)")
    emit(f"stats.xlsx_export_{rows}_rows_peak_memory", x["peak_mib"], "MiB", baseline=c["peak_mib"],
         goal="ratio <= 1.5 (streaming: memory does not grow with the rows)")


def main() -> None:
    d100 = demo_data_dir(100_000)
    refresh(d100, "100k", 150)
    report(d100)
    xlsx(d100)
    d1m = grow(d100, 1_000_000)
    refresh(d1m, "1m", 500)
    shutil.rmtree(d1m, ignore_errors=True)


if __name__ == "__main__":
    main()
