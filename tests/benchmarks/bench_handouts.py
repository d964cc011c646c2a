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


def plain_document(guide: Guide, site: SiteInfo, name: str = "Marie", size: float = 11) -> bytes:
    """The same text as a plain reportlab document: paragraphs only, same font and size, no boxes, QR codes,
    tick boxes or page count."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("b", fontName=FONT, fontSize=size, leading=size * 1.4)
    head = ParagraphStyle("h", fontName=FONT_BOLD, fontSize=size * 1.3, leading=size * 1.7)
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


def _paired_medians(
    work: Callable[[], object], baseline: Callable[[], object], runs: int
) -> tuple[float, float]:
    """Median seconds of each, the two timed in turn so that a busy machine weighs on both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for i, job in enumerate((work, baseline)):
            start = time.perf_counter()
            job()
            times[i].append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


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
    runs = 41

    def plain() -> object:
        return plain_document(guide, SITE)

    handout, baseline = _paired_medians(lambda: render_handout([guide], _options(), SITE), plain, runs)
    _line("handouts.one_8_steps", handout, "s", baseline, "ratio <= 1.5")
    large_options = HandoutOptions(large=True, notes=NOTES)
    large, baseline = _paired_medians(
        lambda: render_handout([guide], large_options, SITE),
        lambda: plain_document(guide, SITE, size=17),
        runs,
    )
    _line("handouts.one_8_steps_large", large, "s", baseline, "ratio <= 1.5")

    # 100 handouts for 100 names; each plain document timed right after its handout (a busy machine
    # weighs on both alike).
    batch = batch_baseline = 0.0
    for i in range(100):
        start = time.perf_counter()
        render_handout([guide], _options(f"Personne {i}"), SITE)
        middle = time.perf_counter()
        plain_document(guide, SITE, f"Personne {i}")
        batch += middle - start
        batch_baseline += time.perf_counter() - middle
    _line("handouts.batch_100", batch, "s", batch_baseline, "ratio <= 1.5")


if __name__ == "__main__":
    main()
