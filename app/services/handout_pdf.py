"""The take-home handout as a PDF: guides + options + the help point's details in, PDF bytes out.

Pure (reportlab platypus, A4 portrait): no Qt, no I/O beyond reading the bundled font once. Two layouts:
normal, and « gros caractères / FALC » (the guide's FALC text, 17 pt, one sentence per line, no italics,
left-aligned). The footer of every page names the guide, its version and review date, and « page 2 sur 3 »
(a canvas that knows the page count once the document is laid out).
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from app.domain.clock import local_day, now_utc
from app.domain.guide import SCAM_WARNING, Guide, GuideStep
from app.domain.guide_rules import official_href
from app.services.handout_flowables import (
    BOX_LINE,
    BUILD_LOCK,
    FONT,
    FONT_BOLD,
    TIP_BG,
    TIP_LINE,
    WARN_BG,
    WARN_LINE,
    Box,
    FooterMark,
    QrRow,
    clean,
    clean_guide,
    numbered_canvas,
    qr_modules,
    register_fonts,
    sentences_guide,
    wrap_url,
)
from app.services.handout_text import (
    drawable,
    escape,
    long_date,
    sentences,
    time_text,
    unique,
)
from app.services.installation import SiteInfo

LEVELS = {"debutant": "débutant", "intermediaire": "intermédiaire", "avance": "avancé"}
MAX_FIELD = 600  # characters of one site or appointment field (a box line must fit on a page)
INK = colors.HexColor("#1a1a1a")


@dataclass(frozen=True)
class Appointment:
    """The next appointment at the help point: local date and time (Europe/Paris), and place."""

    when: datetime
    place: str = ""


@dataclass(frozen=True)
class HandoutOptions:
    """What the conseiller chose for this person's handout. Nothing here is stored."""

    first_name: str = ""
    day: date = field(default_factory=lambda: local_day(now_utc()))
    # guide id → indexes of the prerequisites the person already has (printed ticked, not to bring).
    prerequisites_had: Mapping[str, Sequence[int]] = field(default_factory=dict)
    # guide id → indexes of the steps to print; a guide not in the mapping gets all its steps.
    steps: Mapping[str, Sequence[int]] = field(default_factory=dict)
    notes: str = ""
    appointment: Appointment | None = None
    large: bool = False
    followup: bool = False

    def chosen_steps(self, guide: Guide) -> list[tuple[int, GuideStep]]:
        picked = self.steps.get(guide.id)
        if picked is None:
            return list(enumerate(guide.steps))
        wanted = set(picked)
        return [(i, s) for i, s in enumerate(guide.steps) if i in wanted]

    def to_bring(self, guide: Guide) -> list[str]:
        had = set(self.prerequisites_had.get(guide.id, ()))
        return [p for i, p in enumerate(guide.prerequisites) if i not in had]


# --- Styles ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    large: bool
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    h2: ParagraphStyle
    step: ParagraphStyle
    label: ParagraphStyle
    tick: ParagraphStyle
    step_body: ParagraphStyle
    url: ParagraphStyle
    box: ParagraphStyle
    footer_size: float
    qr_size: float
    gap: float
    indent: float


_styles_cache: dict[bool, _Styles] = {}


def _styles(large: bool) -> _Styles:
    if large in _styles_cache:
        return _styles_cache[large]
    size = 17.0 if large else 11.0
    indent = (12 if large else 9) * mm
    lead = size * (1.5 if large else 1.38)
    after = size * (0.75 if large else 0.45)
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=size, leading=lead, spaceAfter=after, alignment=TA_LEFT,
        textColor=INK, splitLongWords=1, uriWasteReduce=0.3,
    )  # fmt: skip
    st = _Styles(
        large=large,
        body=body,
        small=ParagraphStyle("small", body, fontSize=size * 0.9 if not large else 16, leading=lead * 0.95),
        title=ParagraphStyle(
            "title",
            body,
            fontName=FONT_BOLD,
            fontSize=size * 1.75,
            leading=size * 2.15,
            spaceAfter=after * 1.5,
        ),
        h2=ParagraphStyle(
            "h2",
            body,
            fontName=FONT_BOLD,
            fontSize=size * 1.3,
            leading=size * 1.65,
            spaceBefore=size * 1.1,
            spaceAfter=after,
        ),  # fmt: skip
        step=ParagraphStyle(
            "step",
            body,
            fontName=FONT_BOLD,
            fontSize=size * 1.1,
            leading=size * 1.45,
            spaceBefore=size * 0.6,
            spaceAfter=after * 0.6,
            keepWithNext=1,
            leftIndent=indent,
            bulletIndent=0,
            bulletFontName=FONT,
            bulletFontSize=size * 1.3,
        ),  # fmt: skip
        label=ParagraphStyle("label", body, fontName=FONT_BOLD, spaceAfter=size * 0.2),
        tick=ParagraphStyle(
            "tick",
            body,
            leftIndent=indent,
            bulletIndent=0,
            bulletFontName=FONT,
            bulletFontSize=size * 1.3,
            spaceAfter=size * 0.4,
        ),  # fmt: skip
        step_body=ParagraphStyle("step_body", body, leftIndent=indent),
        url=ParagraphStyle("url", body, fontName=FONT_BOLD, spaceAfter=0),
        box=ParagraphStyle("box", body, spaceAfter=size * 0.25),
        footer_size=14.0 if large else 8.5,
        qr_size=(34 if large else 26) * mm,
        gap=size * (1.0 if large else 0.6),
        indent=indent,
    )
    _styles_cache[large] = st
    return st


def footer_text(guide: Guide) -> tuple[str, str]:
    """The two footer lines of a guide's pages: its title, then its version and review date."""
    return guide.title, f"Version {guide.version}, vérifié le {long_date(guide.reviewed)}"


# --- Building blocks -------------------------------------------------------------------------------


def _para(text: str, style: ParagraphStyle, bold: bool = False, typed: bool = False) -> Paragraph:
    """A paragraph of guide text, or of text the conseiller `typed` (never cached)."""
    body = (clean(text) if typed else clean_guide(text)).replace("\n", "<br/>")
    return Paragraph(f"<b>{body}</b>" if bold else body, style)


def _heading(text: str, st: _Styles) -> list[Flowable]:
    """A section heading that never ends a page: it goes to the next one unless a few lines fit below."""
    return [CondPageBreak(st.h2.leading + st.h2.spaceBefore + st.body.leading * 3), _para(text, st.h2)]


def _tick_list(items: Sequence[tuple[str, bool]], st: _Styles, width: float) -> list[Flowable]:
    """Tick boxes: ☐ to do, ☑ already done/owned; one paragraph each, so that a list splits across pages."""
    return [
        Paragraph(clean(text + ("  (déjà prêt)" if done else "")), st.tick, bulletText="☑" if done else "☐")
        for text, done in items
    ]


def _callout(kind: str, text: str, st: _Styles, width: float, label: str | None = None) -> Flowable:
    """A warning (« ⚠ Attention », thick solid border) or a tip (« → Astuce », thin dashed border)."""
    warning = kind == "attention"
    label = label or ("Attention" if warning else "Astuce")
    mark = "⚠ " if warning else "→ "
    content = [Paragraph(f"<b>{mark}{clean(label)}</b>", st.label)]
    content += [_para(s, st.box) for s in (sentences_guide(text) if st.large else [text])]
    pad = 10 if st.large else 7
    box = (
        Box(content, width, pad, WARN_LINE, 2.2, WARN_BG, keep=True)
        if warning
        else Box(content, width, pad, TIP_LINE, 1.2, TIP_BG, dash=(4, 3), keep=True)
    )
    box.spaceBefore = st.gap * 0.3
    box.spaceAfter = st.gap * 0.8
    return box


def _urls(guide: Guide, st: _Styles, width: float) -> list[Flowable]:
    # Only an official address reaches paper, checked as a browser parses it (a guide stored before a
    # rule tightened cannot put another site there). The QR code holds the browser's own form of it; the
    # printed text is the same address as written, easier to type.
    urls = [(u.strip(), href) for u, href in ((u, official_href(u)) for u in guide.official_urls) if href]
    if not urls:
        return []
    out: list[Flowable] = []
    for url, href in urls:
        try:
            qr_modules(href)
        except Exception:  # too long for a QR code: the address alone, full width
            lines = wrap_url(drawable(url, register_fonts().__contains__), width - 2, st.url.fontSize)
            out.append(Paragraph("<b>" + "<br/>".join(escape(line) for line in lines) + "</b>", st.url))
            continue
        column = width - st.qr_size - 6 * mm
        lines = wrap_url(drawable(url, register_fonts().__contains__), column - 2, st.url.fontSize)
        text = Paragraph("<b>" + "<br/>".join(escape(line) for line in lines) + "</b>", st.url)
        row = QrRow(href, st.qr_size, text, width)
        row.spaceAfter = st.gap * 0.5
        out.append(row)
    head = [
        *_heading("Les sites officiels", st),
        _para("Scannez le code avec l'appareil photo de votre téléphone, ou tapez l'adresse :", st.body),
    ]
    # The heading never ends a page without its first code.
    return [KeepTogether(head + out[:1]), *out[1:]]


def _step_image(data: bytes, alt: str, st: _Styles, width: float) -> Flowable | None:
    """A step's picture (PNG/JPEG from the guide), scaled to fit, in a thin frame; None if unreadable."""
    try:
        pixels_w, pixels_h = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # a damaged picture never stops the handout
        return None
    if pixels_w <= 0 or pixels_h <= 0:
        return None
    pad = 3.0
    room_w, room_h = width - 2 * pad, (95 if st.large else 75) * mm
    scale = min(room_w / pixels_w, room_h / pixels_h, 0.75)  # 0.75: a 96 dpi screenshot at its true size
    picture = Image(io.BytesIO(data), width=pixels_w * scale, height=pixels_h * scale, hAlign="LEFT")
    content: list[Flowable] = [picture]
    if alt.strip():
        content.append(_para(alt, ParagraphStyle("caption", st.small, spaceBefore=2)))
    box = Box(content, width, pad, BOX_LINE, 0.6, keep=True)
    box.spaceBefore = st.gap * 0.2
    box.spaceAfter = st.gap * 0.6
    return box


def _steps(
    guide: Guide, options: HandoutOptions, st: _Styles, width: float, images: Mapping[tuple[str, str], bytes]
) -> list[Flowable]:
    chosen = options.chosen_steps(guide)
    if not chosen:
        return []
    out: list[Flowable] = _heading("Les étapes, une par une", st)
    inner = width - st.indent
    for number, (_, step) in enumerate(chosen, start=1):
        head = Paragraph(clean(f"Étape {number} : {step.title}"), st.step, bulletText="☐")
        body: list[Flowable] = []
        # Large print is the easy-to-read handout: the step's FALC text, one sentence a line, when it has one.
        parts = (list(step.falc) or sentences_guide(step.text)) if st.large else [p for p in step.text.split("\n\n") if p.strip()]
        body += [_para(p, st.step_body) for p in parts]
        picture = images.get((guide.id, step.image)) if step.image else None
        framed = _step_image(picture, step.image_alt, st, inner) if picture else None
        if framed is not None:
            body.append(framed)
        for c in step.callouts:
            body.append(_callout(c.kind, c.text, st, inner))
        # A step stays whole on one page (its title never ends a page, no lone sentence tops the next);
        # a step longer than a page still splits, after its title and first lines.
        out.append(CondPageBreak(st.body.leading * 5))
        out.append(KeepTogether([head, *body]))
        out.append(Spacer(1, st.gap * 0.4))
    return out


def _guide_section(
    guide: Guide, options: HandoutOptions, st: _Styles, width: float, images: Mapping[tuple[str, str], bytes]
) -> list[Flowable]:
    out: list[Flowable] = [FooterMark(footer_text(guide)), _para(guide.title, st.title)]
    if st.large:
        out += [_para(line, st.body) for line in guide.falc_lines]
    else:
        out.append(_para(guide.summary, st.body))
    level = LEVELS.get(guide.level, guide.level)
    out.append(_para(f"Durée : environ {guide.duration_minutes} minutes. Niveau : {level}.", st.small))
    if guide.prerequisites:
        had = set(options.prerequisites_had.get(guide.id, ()))
        out += _heading("Ce qu'il faut avant de commencer", st)
        out += _tick_list([(p, i in had) for i, p in enumerate(guide.prerequisites)], st, width)
    if guide.scam_warning:
        out.append(Spacer(1, st.gap * 0.5))
        out.append(_callout("attention", SCAM_WARNING, st, width, label="Attention aux faux sites"))
    out += _steps(guide, options, st, width, images)
    out += _urls(guide, st, width)
    return out


def _boxed_rows(lines: Sequence[Flowable], st: _Styles, width: float) -> Flowable:
    """A bordered box of short lines (the help point, the appointment); splits between lines."""
    return Box(lines, width, 10 if st.large else 7, BOX_LINE, 1.2)


def _short(text: str) -> str:
    text = text.strip()
    return text if len(text) <= MAX_FIELD else text[: MAX_FIELD - 1].rstrip() + "…"


def _help_point(site: SiteInfo | None, st: _Styles, width: float, title: str) -> list[Flowable]:
    """The help point's contacts, kept whole on one page (heading and box together); nothing at all when
    the site has no address, phone or hours yet (a box with only a name helps nobody)."""
    if site is None or not (site.address.strip() or site.phone.strip() or site.opening_hours.strip()):
        return []
    lines: list[Flowable] = [_para(_short(site.name), st.label)]
    if site.address:
        lines.append(_para(_short(site.address), st.box))
    town = " ".join(x for x in (site.postcode.strip(), site.city.strip()) if x)
    if town:
        lines.append(_para(_short(town), st.box))
    if site.phone:
        lines.append(_para(f"Téléphone : {_short(site.phone)}", st.box))
    hours = [h for h in site.opening_hours.splitlines() if h.strip()]
    if hours:
        lines.append(_para("Horaires d'ouverture :", st.label))
        lines += [_para(_short(h), st.box) for h in hours[:30]]
    box = Box(lines, width, 10 if st.large else 7, BOX_LINE, 1.2, keep=True)
    return [KeepTogether([_para(title, st.h2), box])]


def _appointment(
    appt: Appointment | None, site: SiteInfo | None, st: _Styles, width: float
) -> list[Flowable]:
    if appt is None:
        return []
    when = f"Le {long_date(appt.when.date(), weekday=True)} à {time_text(appt.when)}"
    place = appt.place.strip() or (site.name if site else "")
    lines: list[Flowable] = [_para(when, st.label)]
    if place:
        lines.append(_para(f"Lieu : {_short(place)}", st.box, typed=True))
    return [*_heading("Prochain rendez-vous", st), _boxed_rows(lines, st, width)]


def _notes(notes: str, st: _Styles) -> list[Flowable]:
    text = notes.strip()
    if not text:
        return []
    out: list[Flowable] = _heading("Les notes de votre conseiller", st)
    for block in re.split(r"\n\s*\n", text):
        lines = sentences(block) if st.large else [block]
        out += [_para(line, st.body, typed=True) for line in lines if line.strip()]
    return out


def _intro(options: HandoutOptions, st: _Styles, heading: str | None = None) -> list[Flowable]:
    out: list[Flowable] = []
    if heading:
        out.append(_para(heading, st.title))
    name = options.first_name.strip()[:80]
    if name:
        out.append(_para(f"Préparé pour : {name}", st.label, typed=True))
    out.append(_para(f"Le {long_date(options.day)}", st.small))
    out.append(Spacer(1, st.gap * 0.5))
    return out


def _followup(
    guides: Sequence[Guide], options: HandoutOptions, site: SiteInfo | None, st: _Styles, width: float
) -> list[Flowable]:
    out: list[Flowable] = [FooterMark(("Ma fiche de suivi", f"Préparée le {long_date(options.day)}"))]
    out += _intro(options, st, heading="Ma fiche de suivi")
    out += _heading("Ce qu'il me reste à faire", st)
    out += _tick_list(
        [(f"{g.title} (environ {g.duration_minutes} minutes)", False) for g in guides], st, width
    )
    documents = unique(p for g in guides for p in options.to_bring(g))
    out += _heading("Les papiers à apporter", st)
    if documents:
        out += _tick_list([(d, False) for d in documents], st, width)
    else:
        out.append(_para("Vous avez déjà tout ce qu'il faut.", st.body))
    if options.appointment is not None:
        out += _appointment(options.appointment, site, st, width)
    else:
        out += _heading("Prochain rendez-vous", st)
        out.append(_para("Pas encore de rendez-vous. Appelez le point d'aide pour en prendre un.", st.body))
    out += _help_point(site, st, width, "Contacts du point d'aide")
    return out


# --- Documents -------------------------------------------------------------------------------------


def _document(story: list[Flowable], st: _Styles, title: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    margin = (20 if st.large else 18) * mm
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin + st.footer_size * 3,
        title=title,
        author="Pas à Pas",
        subject="Fiche à emporter",
        creator="Pas à Pas",
        lang="fr-FR",
        invariant=1,
        initialFontName=FONT,
    )
    with BUILD_LOCK:  # reportlab keeps some module state: one document at a time
        # Binary (not ASCII85) streams: valid PDF, smaller, and a third faster without reportlab's C helpers.
        saved, rl_config.useA85 = rl_config.useA85, 0
        try:
            doc.build(story, canvasmaker=numbered_canvas(st.footer_size))
        finally:
            rl_config.useA85 = saved
    return buffer.getvalue()


def frame_width(large: bool) -> float:
    """The width flowables get: the page less its margins and the frame's own 6 pt padding each side."""
    return float(A4[0] - 2 * (20 if large else 18) * mm - 12)


def render_handout(
    guides: Sequence[Guide],
    options: HandoutOptions,
    site: SiteInfo | None,
    images: Mapping[tuple[str, str], bytes] | None = None,
) -> bytes:
    """The handout of one or more guides (in the given order), as PDF bytes. `images`: the steps' pictures,
    by (guide id, path written in the guide); a step whose picture is missing is printed without it."""
    if not guides:
        raise ValueError("une fiche a besoin d'au moins un guide")
    register_fonts()
    st = _styles(options.large)
    width = frame_width(options.large)
    story: list[Flowable] = _intro(options, st)
    for n, guide in enumerate(guides):
        if n:
            story.append(PageBreak())
        story += _guide_section(guide, options, st, width, images or {})
    story += _notes(options.notes, st)
    story += [KeepTogether(_appointment(options.appointment, site, st, width))] if options.appointment else []
    story += _help_point(site, st, width, "Besoin d'aide ? Votre point d'aide numérique")
    if options.followup:
        story.append(PageBreak())
        story += _followup(guides, options, site, st, width)
    return _document(story, st, " ; ".join(g.title for g in guides))


def render_followup(guides: Sequence[Guide], options: HandoutOptions, site: SiteInfo | None) -> bytes:
    """« Ma fiche de suivi » alone: what is left to do, documents to bring, next appointment, contacts."""
    register_fonts()
    st = _styles(options.large)
    return _document(
        _followup(guides, options, site, st, frame_width(options.large)), st, "Ma fiche de suivi"
    )
