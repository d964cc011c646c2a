"""Redraw resources/icons/pasapas.png and .ico from pasapas.svg (run once after changing the SVG).

`QT_QPA_PLATFORM=offscreen .venv/bin/python installer/tools/make_icons.py` from the repository's root.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

app = QGuiApplication([])
renderer = QSvgRenderer("resources/icons/pasapas.svg")


def image(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    painter = QPainter(img)
    renderer.render(painter)
    painter.end()
    return img


assert image(256).save("resources/icons/pasapas.png")
assert image(128).save("resources/icons/pasapas.ico", "ICO")
