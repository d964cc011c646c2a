"""The desk's style sheet: calm colours, contrast ≥ 4.5:1, a visible focus, the key of each toggle."""

STYLE = """
QLabel#formTitle, QLabel#sectionTitle { font-size: 15pt; font-weight: 600; color: #1b2a4a; }
QLabel#formError { color: #8a1c1c; font-weight: 600; }
QLabel#formError[hint="true"] { color: #1b2a4a; background: #fff7e6; border: 1px solid #f59e0b; padding: 3px; }
QLabel#notesWarning { color: #5a4500; background: #fff6d6; border: 1px solid #e0c060; padding: 3px; }
QLabel#conflictNotes { color: #1b2a4a; background: #e8eefc; border: 1px solid #8aa0d8; padding: 3px; }
QLabel#counts { color: #1b2a4a; font-weight: 600; padding: 2px; }
QPushButton { padding: 4px 8px; }
QPushButton#primary { background: #1d4ed8; color: white; font-weight: 600; border-radius: 3px; padding: 6px 12px; }
QPushButton#primary:focus { outline: 2px solid #f59e0b; }
QWidget#toggleGroup QPushButton { text-align: left; border: 1px solid #9aa4b5; border-radius: 3px;
    background: #f4f6fa; color: #111827; padding: 3px 6px; }
QWidget#toggleGroup QPushButton:checked { background: #1d4ed8; color: white; border-color: #0b2a7a; }
QWidget#toggleGroup { border: 3px solid transparent; border-radius: 4px; }
QWidget#toggleGroup[listening="true"] { border: 3px solid #f59e0b; background: #fff7e6; }
QGroupBox[listening="true"]::title { background: #f59e0b; color: #111827; }
QLabel[listening="true"] { background: #f59e0b; color: #111827; font-weight: 700; padding: 2px 4px; border-radius: 3px; }
QWidget#toggleGroup QPushButton[cursor="true"] { border: 2px solid #f59e0b; }
QListWidget::item { padding: 6px; }
QListWidget::item:selected { background: #1d4ed8; color: white; }
"""
