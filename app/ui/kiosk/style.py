"""The kiosk's two themes (normal, high contrast) and its stylesheet at a text size from 100 % to 200 %.

Every colour the kiosk draws text or borders with is declared here, so that a test can compute each
contrast ratio (RGAA: 4.5:1 for text, 3:1 for large text and for control borders and the focus ring).
"""

from __future__ import annotations

from dataclasses import dataclass

BASE_PT = 17.0  # FALC: 14 pt or more; the kiosk is read standing, from further away than a desk
SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)
TICKET_PT = 96.0
TOUCH_MIN_PX = 44  # WCAG 2.5.5 / RGAA: touch targets of 44 × 44 px at least


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    text: str
    muted: str  # secondary text (summaries), still ≥ 4.5:1
    panel: str  # tiles, cards
    panel_text: str
    border: str  # control borders (≥ 3:1 against background and panel)
    primary: str  # main action buttons
    primary_text: str
    focus: str  # the focus ring (≥ 3:1 against background and panel)
    warning: str  # « Attention » boxes: background
    warning_text: str
    link: str  # official addresses (text, never clickable)

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, foreground, background) for every text the kiosk shows."""
        return [
            ("texte", self.text, self.background),
            ("texte secondaire", self.muted, self.background),
            ("tuiles et boutons", self.panel_text, self.panel),
            ("bouton principal", self.primary_text, self.primary),
            ("encadré Attention", self.warning_text, self.warning),
            ("adresses officielles", self.link, self.background),
            ("texte sur fond de tuile", self.muted, self.panel),
            # A focused main button turns to the page's colours, so that its ring touches only those.
            ("bouton principal qui a le focus", self.primary, self.background),
        ]

    def border_pairs(self) -> list[tuple[str, str, str]]:
        return [
            ("bordure des boutons / fond", self.border, self.background),
            ("bordure des boutons / tuile", self.border, self.panel),
            ("anneau de focus / fond", self.focus, self.background),
            ("anneau de focus / tuile", self.focus, self.panel),
        ]


NORMAL = Theme(
    name="normal", background="#ffffff", text="#1a1a1a", muted="#4a4a4a", panel="#eef3f8", panel_text="#10243a",
    border="#45607a", primary="#004b87", primary_text="#ffffff", focus="#c04a00", warning="#fff1c2",
    warning_text="#3d2b00", link="#003f73",
)
HIGH_CONTRAST = Theme(
    name="contraste", background="#000000", text="#ffffff", muted="#e6e6e6", panel="#000000", panel_text="#ffff00",
    border="#ffff00", primary="#ffff00", primary_text="#000000", focus="#00ffff", warning="#000000",
    warning_text="#ffff00", link="#7fdbff",
)


def pt(scale: float, factor: float = 1.0) -> float:
    return round(BASE_PT * scale * factor, 1)


def stylesheet(theme: Theme, scale: float) -> str:
    """The whole kiosk's stylesheet. Sizes are in points so that they follow the text size."""
    t = theme
    pad = max(8, round(10 * scale))
    return f"""
#kiosk, #kiosk QWidget {{ background-color: {t.background}; color: {t.text}; font-size: {pt(scale)}pt; }}
#kiosk QScrollArea, #kiosk QScrollArea > QWidget > QWidget {{ background-color: {t.background}; }}
#kiosk QLabel#title {{ font-size: {pt(scale, 1.6)}pt; font-weight: bold; }}
#kiosk QLabel#subtitle {{ font-size: {pt(scale, 1.25)}pt; font-weight: bold; }}
#kiosk QLabel#easy {{ font-size: {pt(scale, 1.25)}pt; }}
#kiosk QLabel#muted {{ color: {t.muted}; }}
#kiosk QLabel#link {{ color: {t.link}; font-weight: bold; }}
#kiosk QLabel#counter {{ font-size: {pt(scale, 1.25)}pt; font-weight: bold; }}
#kiosk QLabel#ticket {{ font-size: {TICKET_PT * min(scale, 1.5):.0f}pt; font-weight: bold; color: {t.text}; }}
#kiosk QLabel#warning {{ background-color: {t.warning}; color: {t.warning_text}; border: 3px solid {t.border};
    padding: {pad}px; }}
#kiosk QPushButton, #kiosk QToolButton {{ background-color: {t.panel}; color: {t.panel_text};
    border: 4px solid {t.border}; border-radius: 10px; padding: {pad}px {pad + 6}px; min-height: 44px;
    min-width: 44px; }}
#kiosk QPushButton#primary {{ background-color: {t.primary}; color: {t.primary_text}; border-color: {t.primary};
    font-weight: bold; }}
#kiosk QPushButton#tile {{ text-align: left; }}
#kiosk QPushButton:focus, #kiosk QToolButton:focus, #kiosk QLineEdit:focus, #kiosk QSpinBox:focus {{
    border: 4px solid {t.focus}; background-color: {t.background}; }}
#kiosk QPushButton#primary:focus {{ background-color: {t.background}; color: {t.primary};
    border: 4px solid {t.focus}; }}
#kiosk QPushButton:pressed {{ background-color: {t.border}; color: {t.background}; }}
#kiosk QPushButton:checked {{ background-color: {t.primary}; color: {t.primary_text}; }}
#kiosk QLabel#tileText {{ background-color: transparent; color: {t.panel_text}; font-weight: bold; }}
#kiosk QLabel#tileIcon {{ background-color: transparent; }}
#kiosk QLineEdit, #kiosk QSpinBox {{ background-color: {t.background}; color: {t.text}; border: 4px solid {t.border};
    border-radius: 6px; padding: {pad}px; min-height: 44px; }}
#kiosk QCheckBox {{ min-height: 44px; spacing: 12px; }}
#kiosk QCheckBox::indicator {{ width: {round(28 * scale)}px; height: {round(28 * scale)}px;
    border: 4px solid {t.border}; background-color: {t.background}; }}
#kiosk QCheckBox::indicator:checked {{ background-color: {t.primary}; }}
#kiosk QCheckBox:focus {{ color: {t.text}; border: 4px solid {t.focus}; }}
#kiosk QFrame#overlay {{ background-color: {t.background}; border: 6px solid {t.border}; border-radius: 16px; }}
#kiosk QScrollBar:vertical {{ width: 28px; background: {t.panel}; }}
#kiosk QScrollBar::handle:vertical {{ background: {t.border}; min-height: 44px; border-radius: 6px; }}
"""
