"""Accessibility, measured: contrast ratios, 200 % text with nothing cut, names, tab order, 44 px targets, voice."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QScrollArea, QSpinBox, QWidget

from app.ui.kiosk import style


def luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def ratio(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_ratio_formula_on_known_values() -> None:
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic just-too-light grey


@pytest.mark.parametrize("theme", [style.NORMAL, style.HIGH_CONTRAST], ids=lambda t: t.name)
def test_every_text_and_border_colour_has_enough_contrast(theme) -> None:
    for what, fg, bg in theme.text_pairs():
        assert ratio(fg, bg) >= 4.5, f"{theme.name} : {what} {fg} sur {bg} = {ratio(fg, bg):.2f}"
    for what, fg, bg in theme.border_pairs():
        assert ratio(fg, bg) >= 3.0, f"{theme.name} : {what} {fg} sur {bg} = {ratio(fg, bg):.2f}"


@pytest.mark.parametrize("theme", [style.NORMAL, style.HIGH_CONTRAST], ids=lambda t: t.name)
def test_every_colour_rule_of_the_stylesheet_is_readable(theme) -> None:
    """Read the stylesheet itself: each rule's text colour against its own background, or the page's."""
    sheet = style.stylesheet(theme, 1.0)
    checked = 0
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        fg = re.search(r"(?<![-\w])color:\s*(#[0-9a-f]{6})", body)
        if not fg:
            continue
        bg = re.search(r"background(?:-color)?:\s*(#[0-9a-f]{6})", body)
        if bg is None and "tileText" in selector:
            bg_colour = theme.panel  # transparent on its tile
        else:
            bg_colour = bg.group(1) if bg else theme.background
        assert ratio(fg.group(1), bg_colour) >= 4.5, f"{selector.strip()} : {fg.group(1)} sur {bg_colour}"
        checked += 1
    assert checked >= 6


def interactive(window: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QSpinBox)  # QCheckBox is a QAbstractButton
    return [w for w in window.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()]


def clipped(window: QWidget) -> list[str]:
    """Visible texts that do not fit in their widget, or that stick out of the window sideways."""
    out = []
    right = window.width()
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0:
            continue
        left_edge = w.mapTo(window, w.rect().topLeft()).x()
        if left_edge + w.width() > right + 1:
            out.append(f"{type(w).__name__} « {getattr(w, 'text', lambda: '')()} » dépasse à droite")
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            width = w.contentsRect().width()
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    out.append(f"« {w.text()[:40]} » : {need} px de haut pour {w.height()}")
            elif w.fontMetrics().horizontalAdvance(w.text()) > width + 1:
                out.append(f"« {w.text()[:40]} » : trop large")
        elif isinstance(w, QAbstractButton) and w.objectName() != "tile" and w.text():
            hint = w.sizeHint()
            if hint.width() > w.width() + 1 or hint.height() > w.height() + 1:
                out.append(f"bouton « {w.text()} » : {hint.width()}×{hint.height()} pour {w.width()}×{w.height()}")
    for area in window.findChildren(QScrollArea):
        if area.isVisible() and area.horizontalScrollBar().isVisible():
            out.append("barre de défilement horizontale")
    return out


def screens(kiosk):
    """Every screen a visitor can reach, as (name, how to get there)."""
    return [
        ("accueil", kiosk.go_home),
        ("clavier", lambda: (kiosk.go_home(), kiosk.home.search.keyboard_button.setChecked(True))),
        ("liste", lambda: kiosk.open_theme("caf")),
        ("avant de commencer", lambda: kiosk.open_guide("caf-aide-logement")),
        ("étape", lambda: (kiosk.open_guide("caf-aide-logement"), kiosk.guide.set_index(1),
                           kiosk.guide.toggle_detail())),
        ("impression", lambda: (kiosk.open_guide("caf-aide-logement"), kiosk.prepare_print())),
        ("aide", kiosk.ask_help),
        ("prénom", lambda: (kiosk.ask_help(), kiosk.help.choose("papiers"))),
        ("ticket", lambda: kiosk.take_ticket("arnaques", "Jean-Christophe")),
        ("inactivité", kiosk.idle.expire),
        ("personnel", kiosk.open_staff),
    ]


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(1)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
@pytest.mark.parametrize("scale", [0, 4], ids=["100%", "200%"])
def test_no_text_is_cut_at_any_size(qtbot, make_kiosk, size, scale) -> None:
    kiosk = make_kiosk(*size)
    problems = []
    for name, reach in screens(kiosk):
        kiosk.reset()
        reach()
        kiosk.set_scale(scale)
        settle(qtbot)
        problems += [f"{name} : {p}" for p in clipped(kiosk)]
    assert problems == [], "\n".join(problems)


def test_text_size_steps_up_to_200_percent_and_contrast_switches(qtbot, kiosk) -> None:
    assert kiosk.scale == 1.0 and not kiosk.smaller.isEnabled()
    for _ in range(6):
        qtbot.mouseClick(kiosk.bigger, Qt.MouseButton.LeftButton)
    assert kiosk.scale == 2.0 and not kiosk.bigger.isEnabled()
    assert f"font-size: {style.BASE_PT * 2:.1f}pt" in kiosk.home.styleSheet()
    assert f"font-size: {style.BASE_PT * 2:.1f}pt" in kiosk.bar.styleSheet()
    qtbot.mouseClick(kiosk.contrast, Qt.MouseButton.LeftButton)
    assert kiosk.high_contrast and style.HIGH_CONTRAST.background in kiosk.home.styleSheet()
    kiosk.open_theme("caf")  # another screen takes the size and theme when it is shown
    assert style.HIGH_CONTRAST.background in kiosk.list.styleSheet()
    qtbot.mouseClick(kiosk.smaller, Qt.MouseButton.LeftButton)
    assert kiosk.scale == 1.75


def test_every_interactive_widget_has_an_accessible_name(qtbot, kiosk) -> None:
    missing = []
    for name, reach in screens(kiosk):
        kiosk.reset()
        reach()
        settle(qtbot)
        for w in interactive(kiosk):
            if not w.accessibleName().strip():
                missing.append(f"{name} : {type(w).__name__} « {getattr(w, 'text', lambda: '')()} »")
    assert missing == []


def test_touch_targets_are_44_px_at_least(qtbot, kiosk) -> None:
    small = []
    for name, reach in screens(kiosk):
        kiosk.reset()
        reach()
        settle(qtbot)
        for w in interactive(kiosk):
            if w.width() < style.TOUCH_MIN_PX or w.height() < style.TOUCH_MIN_PX:
                small.append(f"{name} : « {getattr(w, 'text', lambda: '')()} » {w.width()}×{w.height()}")
    assert small == []


def focus_chain(kiosk) -> list[QWidget]:
    first = kiosk.corner.nextInFocusChain()
    chain, w = [], first
    for _ in range(400):
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled():
            chain.append(w)
        w = w.nextInFocusChain()
        if w is first:
            break
    return chain


@pytest.mark.parametrize("screen", ["accueil", "étape", "prénom", "ticket"])
def test_tab_order_follows_the_visual_order(qtbot, kiosk, screen) -> None:
    dict(screens(kiosk))[screen]()
    settle(qtbot)
    chain = focus_chain(kiosk)
    assert len(chain) >= 3
    places = [(w.mapTo(kiosk, w.rect().topLeft()).y(), w.mapTo(kiosk, w.rect().topLeft()).x()) for w in chain]
    rows: list[tuple[int, int]] = []
    for y, x in places:  # widgets within 20 px vertically are on one row: left to right there
        if rows and abs(rows[-1][0] - y) <= 20:
            assert x > rows[-1][1], f"{screen} : ordre de tabulation à rebours sur une ligne"
            rows[-1] = (rows[-1][0], x)
        else:
            assert not rows or y > rows[-1][0], f"{screen} : ordre de tabulation remonte ({places})"
            rows.append((y, x))


def test_focus_is_visible(qtbot, kiosk) -> None:
    assert f"border: 4px solid {style.NORMAL.focus}" in kiosk.home.styleSheet()


def test_listen_reads_the_step_aloud_with_the_mock_engine(qtbot, kiosk) -> None:
    assert kiosk.listen.isVisible()
    kiosk.open_guide("caf-aide-logement")
    kiosk.guide.set_index(0)
    words: list[str] = []
    kiosk.reader.tts.sayingWord.connect(lambda word, _id, _start, _length: words.append(word))
    with qtbot.waitSignal(kiosk.reader.speaking_changed, check_params_cb=lambda on: on, timeout=2000):
        qtbot.mouseClick(kiosk.listen, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(words) >= 3, timeout=5000)
    expected = kiosk.guide.guide.steps[0].spoken().split()
    assert words[:3] == expected[:3]
    kiosk.guide.go_next()  # a new step stops the old one
    assert not kiosk.reader.speaking


def test_listen_is_hidden_without_a_french_voice(qtbot, make_kiosk) -> None:
    kiosk = make_kiosk(speech="mock")  # Qt's mock engine, which has no French voice
    assert not kiosk.reader.available and not kiosk.listen.isVisible()
    kiosk = make_kiosk(speech=None)  # no engine at all
    assert not kiosk.listen.isVisible()
