"""Find user-visible string literals in `app/ui` that bypass Qt's tr() (an AST scan, used by a test)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Methods whose first text argument a person reads on screen.
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "setSubTitle", "setLabelText", "setButtonText", "setInformativeText", "setDetailedText",
    "setAccessibleName", "setAccessibleDescription", "setSuffix", "setPrefix", "setSpecialValueText",
    "setTabText", "setTabToolTip", "setItemText", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "addItem", "addItems", "insertItem", "addTab", "insertTab", "addMenu",
    "addAction", "addRow", "addButton", "showMessage", "setCancelButtonText", "setOkButtonText",
    "setNameFilter", "setNameFilters", "setDefaultSuffix",
}
# Widgets and dialogs whose constructor's text argument is shown.
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QTableWidgetItem", "QListWidgetItem", "QTreeWidgetItem", "QStandardItem", "QCommandLinkButton",
    "QProgressDialog",
}
# Static dialogs: every string argument is shown (title, text).
DIALOG_FUNCTIONS = {
    "information", "warning", "critical", "question", "about", "getText", "getInt", "getItem",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory", "getDouble", "getMultiLineText",
}
# Markup, placeholders and file names are not words to translate.
_NOT_WORDS = re.compile(r"<[^>]*>|%\w|\{[^}]*\}|\*?\.[a-z0-9]{2,4}\b|[a-z]+:///?\S*")
# Loggers write for the IT person's log file, not for the screen.
LOGGERS = {"log", "logger", "logging", "_log", "LOG"}
# Modules that type into the screens (screenshots, the kiosk's self-test): their literals are input.
SKIPPED = {"screenshots.py", "check.py"}


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line} : {self.call}(« {self.text} ») : passez ce texte par self.tr(…)"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _visible(node: ast.expr) -> str | None:
    """The text of a literal a person would read (letters in it), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    elif isinstance(node, ast.BinOp):  # "a" + x, "a %s" % x
        return _visible(node.left) or _visible(node.right)
    elif isinstance(node, ast.List | ast.Tuple):
        return next((t for t in map(_visible, node.elts) if t), None)
    else:
        return None
    words = _NOT_WORDS.sub(" ", text)
    return text if sum(ch.isalpha() for ch in words) >= 2 else None


def _is_icon(node: ast.expr) -> bool:
    target = node.func if isinstance(node, ast.Call) else node
    return "icon" in (_name(target) or "").lower()


def _text_args(call: ast.Call, name: str) -> list[ast.expr]:
    if name in DIALOG_FUNCTIONS:
        return list(call.args)
    if name in {"addRow", "insertItem", "addTab", "insertTab", "setItemText", "setTabText", "setTabToolTip"}:
        return list(call.args[:2])  # (label, widget) or (index, text)
    if name in {"addButton", "addAction", "addMenu", "addItem"}:
        # (text, data or role), or (icon, text): the second is text only after an icon
        return list(call.args[:2]) if call.args and _is_icon(call.args[0]) else list(call.args[:1])
    args = list(call.args[:1])
    args += [k.value for k in call.keywords if k.arg in {"text", "title", "toolTip", "windowTitle"}]
    return args


def scan_source(source: str, path: Path) -> Iterator[Finding]:
    tree = ast.parse(source, str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(receiver, ast.Name) and receiver.id in LOGGERS:
            continue
        if name not in TEXT_METHODS and name not in TEXT_CLASSES and name not in DIALOG_FUNCTIONS:
            continue
        for arg in _text_args(node, name):
            text = _visible(arg)
            if text is not None:
                yield Finding(path, arg.lineno, name, text)


def scan(root: Path) -> list[Finding]:
    """Every finding under `root` (a folder of Python files)."""
    found: list[Finding] = []
    for path in sorted(root.rglob("*.py")):
        if path.name in SKIPPED:
            continue
        found.extend(scan_source(path.read_text(encoding="utf-8"), path))
    return found


if __name__ == "__main__":
    for finding in scan(Path("app/ui")):
        print(finding)
