"""Benchmark: one handout of a typical 8-step guide vs a plain reportlab document of the same text; 100 in a batch.

Prints one JSON line per figure. Run by `make bench` (python -m tests.benchmarks) or on its own:
`python -m tests.benchmarks.bench_handouts`.
"""

from __future__ import annotations

import io
import json
import statistics
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from app.domain.guide import SCAM_WARNING, Guide, parse_guide
from app.services.handout_pdf import FONT, FONT_BOLD, Appointment, HandoutOptions, clean, render_handout
from app.services.installation import SiteInfo

GUIDE_FILE = Path(__file__).resolve().parents[1] / "handouts" / "fixtures" / "essai-huit-etapes.md"
SITE = SiteInfo(
    "s", "Médiathèque du Carré des Jalles", "Place de la République", "33160", "Saint-Médard-en-Jalles", "33449",
    "05 57 93 18 80", "Mardi : 14 h – 18 h\nMercredi : 10 h – 18 h\nSamedi : 10 h – 17 h",
)  # fmt: skip
NOTES = "Revenez avec votre carte Vitale et votre téléphone. Nous terminerons la démarche ensemble si besoin."


def _options(name: str = "Marie") -> HandoutOptions:
    return HandoutOptions(
        first_name=name,
        day=date(2026, 11, 27),
        notes=NOTES,
        appointment=Appointment(datetime(2026, 12, 3, 14, 30)),
    )


def plain_document(guide: Guide, site: SiteInfo, name: str = "Marie") -> bytes:
    """The same text as a plain reportlab document: paragraphs only, same font, no boxes, QR or page count."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("b", fontName=FONT, fontSize=11, leading=15)
    head = ParagraphStyle("h", fontName=FONT_BOLD, fontSize=14, leading=18)
    texts = [
        ("Préparé pour : Marie", body),
        ("Le 27 novembre 2026", body),
        (guide.title, head),
        (guide.summary, body),
    ]
    texts += [(p, body) for p in guide.prerequisites] + [(SCAM_WARNING, body)]
    for n, step in enumerate(guide.steps, start=1):
        texts.append((f"Étape {n} : {step.title}", head))
        texts.append((step.text, body))
        texts += [(c.text, body) for c in step.callouts]
    texts += [(u, body) for u in guide.official_urls] + [
        (NOTES, body),
        ("Le jeudi 3 décembre 2026 à 14 h 30", body),
    ]
    texts += [(x, body) for x in (site.name, site.address, site.postcode + " " + site.city, site.phone)]
    texts += [(h, body) for h in site.opening_hours.splitlines()]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(clean(t), s) for t, s in texts])
    return buffer.getvalue()


def _median_seconds(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _line(name: str, value: float, unit: str, baseline: float, goal: str) -> None:
    print(
        json.dumps(
            {"name": name, "value": round(value, 4), "unit": unit, "baseline": round(baseline, 4),
             "ratio": round(value / baseline, 2), "goal": goal},
            ensure_ascii=False,
        )
    )  # fmt: skip


def main() -> None:
    guide = parse_guide(GUIDE_FILE.read_text(encoding="utf-8"), GUIDE_FILE.name)
    # Warm up: font registration and imports are paid once per process, not per handout.
    render_handout([guide], _options(), SITE)
    plain_document(guide, SITE)
    runs = 25
    baseline = _median_seconds(lambda: plain_document(guide, SITE), runs)
    handout = _median_seconds(lambda: render_handout([guide], _options(), SITE), runs)
    _line("handouts.one_8_steps", handout, "s", baseline, "ratio <= 1.5")
    large = _median_seconds(
        lambda: render_handout([guide], HandoutOptions(large=True, notes=NOTES), SITE), runs
    )
    _line("handouts.one_8_steps_large", large, "s", baseline, "ratio <= 1.5")

    names = [f"Personne {i}" for i in range(100)]
    start = time.perf_counter()
    for name in names:
        plain_document(guide, SITE, name)
    batch_baseline = time.perf_counter() - start
    start = time.perf_counter()
    for name in names:
        render_handout([guide], _options(name), SITE)
    batch = time.perf_counter() - start
    _line("handouts.batch_100", batch, "s", batch_baseline, "ratio <= 1.5")


if __name__ == "__main__":
    main()
