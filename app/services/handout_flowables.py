"""Drawing pieces of the handout PDF: the bundled font, bordered boxes, QR codes, the numbered canvas.

Pure reportlab, no Qt; reads the bundled font files once.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable, Paragraph

from app import paths
from app.services.handout_text import drawable, escape, french_typography, sentences

FONT = "PasAPasSans"
FONT_BOLD = "PasAPasSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
KEEP_MAX = 420.0  # points: a box this tall or less always fits on a fresh page, so it is never split
MUTED = colors.HexColor("#444444")
WARN_BG = colors.HexColor("#fff1e6")
WARN_LINE = colors.HexColor("#8a3b00")
TIP_BG = colors.HexColor("#eaf3ff")
TIP_LINE = colors.HexColor("#1d4f91")
BOX_LINE = colors.HexColor("#555555")


# --- Fonts -----------------------------------------------------------------------------------------

_font_lock = threading.Lock()
BUILD_LOCK = threading.Lock()
_covered: frozenset[int] | None = None


def register_fonts() -> frozenset[int]:
    """Register the bundled font once (embedded, subset) and return the code points it can draw."""
    global _covered
    with _font_lock:
        if _covered is None:
            faces = {}
            for name, filename in FONT_FILES.items():
                font = TTFont(name, str(font_path(filename)))
                pdfmetrics.registerFont(font)
                faces[name] = font
            # No italics anywhere: the italic faces of the family are the upright ones.
            pdfmetrics.registerFontFamily(
                FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
            )
            _keep_narrow_nbsp()
            codes = set(faces[FONT].face.charToGlyph)
            codes &= set(faces[FONT_BOLD].face.charToGlyph)
            _covered = frozenset(codes)
        return _covered


def font_path(filename: str) -> Path:
    """The bundled font file (resources/fonts), else the same DejaVu file of the system if it has one."""
    candidates = (
        paths.resource("fonts", filename),
        Path(__file__).resolve().parents[2] / "resources" / "fonts" / filename,
        Path("/usr/share/fonts/truetype/dejavu") / filename,
    )
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(2, "police de caractères introuvable (réinstallez Pas à Pas)", str(candidates[0]))


def _keep_narrow_nbsp() -> None:
    """reportlab breaks lines at U+202F (and then draws a plain space); French needs it unbreakable."""
    from reportlab.platypus import paragraph

    wsc = getattr(paragraph, "_wsc", "")
    original = getattr(paragraph, "split", None)
    if "\u202f" not in wsc or original is None or getattr(original, "_pasapas", False):
        return
    kept = re.escape(wsc.replace("\u202f", "").replace("\u00a0", ""))
    breaking = re.compile(f"[{kept}]+").split

    def split(text: Any, delim: Any = None) -> list[str]:
        if isinstance(text, bytes):
            text = text.decode("utf8")
        if delim is None:
            return [w for w in breaking(text) if w]
        return list(original(text, delim))

    split._pasapas = True  # type: ignore[attr-defined]
    paragraph.split = split


def clean(text: str) -> str:
    """User or guide text ready for a Paragraph: drawable by the font, French spaces, markup escaped."""
    covered = register_fonts()
    return escape(french_typography(drawable(text, covered.__contains__)))


# Guide texts come back handout after handout: cached. What the conseiller types (a first name, notes)
# goes through `clean` uncached, so that it does not stay in memory after the handout is made.
clean_guide = functools.lru_cache(maxsize=8192)(clean)
sentences_guide = functools.lru_cache(maxsize=4096)(lambda text: tuple(sentences(text)))


# --- Page furniture --------------------------------------------------------------------------------


class FooterMark(Flowable):
    """Invisible: tells the canvas which guide the following pages belong to (for the footer)."""

    def __init__(self, text: tuple[str, str]) -> None:
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._pasapas_footer = self.text


def numbered_canvas(footer_size: float) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps each page until the end, then draws the footer with « page N sur M »."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._pasapas_footer: tuple[str, str] = ("", "")

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total, state.get("_pasapas_footer", ("", "")))
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int, lines: tuple[str, str] | str) -> None:
            title, detail = lines if isinstance(lines, tuple) else (lines, "")
            width, _ = self._pagesize
            left, right, y = 18 * mm, width - 18 * mm, 10 * mm
            self.saveState()
            self.setStrokeColor(BOX_LINE)
            self.setLineWidth(0.5)
            self.line(left, y + footer_size * 2.5, right, y + footer_size * 2.5)
            self.setFillColor(MUTED)
            page = f"page {number} sur {total}"
            self.setFont(FONT_BOLD, footer_size)
            self.drawRightString(right, y, page)
            self.setFont(FONT, footer_size)
            room = right - left - pdfmetrics.stringWidth(page, FONT_BOLD, footer_size) - 6 * mm
            self.drawString(left, y + footer_size * 1.2, _fit(title, right - left, footer_size))
            self.drawString(left, y, _fit(detail, room, footer_size))
            self.restoreState()

    return NumberedCanvas


def _fit(text: str, room: float, size: float) -> str:
    while text and pdfmetrics.stringWidth(text, FONT, size) > room:
        text = text[:-2].rstrip() + "…"
    return text


# --- Boxes and QR codes -----------------------------------------------------------------------------


class Box(Flowable):
    """Paragraphs inside a border (solid or dashed) on an optional tint. Lighter than a one-cell table,
    and it splits between its paragraphs when it does not fit at the bottom of a page."""

    def __init__(
        self,
        content: Sequence[Flowable],
        width: float,
        pad: float,
        line: colors.Color,
        line_width: float,
        background: colors.Color | None = None,
        dash: tuple[float, float] | None = None,
        keep: bool = False,
    ) -> None:
        super().__init__()
        self.content = list(content)
        self.keep = keep
        self.box_width = width
        self.pad = pad
        self.line = line
        self.line_width = line_width
        self.background = background
        self.dash = dash
        self.spaceBefore = self.spaceAfter = 0.0
        self.hAlign = "RIGHT"  # a box narrower than the frame sits indented, under a step's text
        self._layout: list[tuple[float, float, float]] = []

    def _clone(self, content: Sequence[Flowable]) -> Box:
        box = Box(
            content,
            self.box_width,
            self.pad,
            self.line,
            self.line_width,
            self.background,
            self.dash,
            self.keep,
        )
        box.spaceBefore, box.spaceAfter = self.spaceBefore, self.spaceAfter
        return box

    def _measure(self) -> list[tuple[float, float, float]]:
        """(space before, height, space after) of each paragraph, in the box's inner width (once)."""
        if self._layout:
            return self._layout
        inner = self.box_width - 2 * self.pad
        out = []
        for i, f in enumerate(self.content):
            _, h = f.wrap(inner, 10_000)
            before = f.getSpaceBefore() if i else 0.0
            after = f.getSpaceAfter() if i < len(self.content) - 1 else 0.0
            out.append((before, h, after))
        return out

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._layout = self._measure()
        self.width = self.box_width
        self.height = sum(b + h + a for b, h, a in self._layout) + 2 * self.pad
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self.keep and self.height < KEEP_MAX:
            return []  # a warning or a tip moves whole to the next page rather than losing its label
        layout = self._layout or self._measure()
        used, fit = 2 * self.pad, 0
        for b, h, a in layout:
            if used + b + h > availHeight:
                break
            used += b + h + a
            fit += 1
        if fit == 0 or fit == len(self.content):
            return []
        return [self._clone(self.content[:fit]), self._clone(self.content[fit:])]

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.line)
        c.setLineWidth(self.line_width)
        if self.dash:
            c.setDash(*self.dash)
        if self.background is not None:
            c.setFillColor(self.background)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=self.background is not None)
        c.restoreState()
        y = self.height - self.pad
        for f, (before, h, after) in zip(self.content, self._layout, strict=True):
            y -= before + h
            f.drawOn(c, self.pad, y)
            y -= after


@functools.lru_cache(maxsize=1024)
def wrap_url(url: str, width: float, size: float) -> tuple[str, ...]:
    """An address cut into lines that fit `width`, preferably after « / ? & = - . »."""
    widths = [pdfmetrics.stringWidth(ch, FONT_BOLD, size) for ch in url]
    lines: list[str] = []
    start = 0
    while start < len(url):
        fit, used = start, 0.0
        while fit < len(url) and (used + widths[fit] <= width or fit == start):
            used += widths[fit]
            fit += 1
        if fit == len(url):
            lines.append(url[start:])
            break
        cut = max(url.rfind(c, start, fit) for c in "/?&=-._")
        end = cut + 1 if cut >= start + (fit - start) // 2 else fit
        lines.append(url[start:end])
        start = end
    return tuple(lines)


_qr_cache: dict[str, tuple[tuple[bool, ...], ...]] = {}


def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code's dark modules, row by row (error correction M); computed once per address."""
    modules = _qr_cache.get(text)
    if modules is None:
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(text)
        code.make()
        modules = tuple(tuple(bool(m) for m in row) for row in code.modules)
        if len(_qr_cache) < 512:
            _qr_cache[text] = modules
    return modules


_qr_paths: dict[tuple[str, float], PDFPathObject] = {}


def _qr_path(text: str, size: float) -> PDFPathObject:
    """The code as one path (a rectangle per run of dark modules, quiet zone of 4), built once per size."""
    path = _qr_paths.get((text, size))
    if path is None:
        modules = qr_modules(text)
        quiet = 4
        box = size / (len(modules) + 2 * quiet)
        path = PDFPathObject()
        for r, row in enumerate(modules):
            col = 0
            for dark, run in itertools.groupby(row):
                count = len(list(run))
                if dark:
                    path.rect((col + quiet) * box, size - (r + quiet + 1) * box, count * box, box)
                col += count
        if len(_qr_paths) < 512:
            _qr_paths[(text, size)] = path
    return path


class QrRow(Flowable):
    """A QR code (one filled path) with the address printed beside it, vertically centred."""

    GAP = 6 * mm

    def __init__(self, url: str, size: float, label: Paragraph, width: float) -> None:
        super().__init__()
        self.url = url
        self.size = size
        self.label = label
        self.width = width
        self.spaceBefore = self.spaceAfter = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, self._label_height = self.label.wrap(self.width - self.size - self.GAP, availHeight)
        self.height = max(self.size, self._label_height)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.translate(0, (self.height - self.size) / 2)
        c.setFillColor(colors.black)
        c.drawPath(_qr_path(self.url, self.size), stroke=0, fill=1)
        c.restoreState()
        self.label.drawOn(c, self.size + self.GAP, (self.height - self._label_height) / 2)
