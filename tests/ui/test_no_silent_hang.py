"""The suite's guard: a test that hangs on a modal dialog no one answers fails with a stack trace."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

HANGING = '''
def test_forgets_to_answer_a_dialog(qtbot):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    dialog.setWindowTitle("Premier administrateur")
    dialog.exec()  # no one answers offscreen
'''


@pytest.mark.slow
def test_a_test_hanging_on_a_modal_dialog_fails_with_its_stack(tmp_path: Path) -> None:
    test_file = tmp_path / "test_hangs.py"
    test_file.write_text(HANGING, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # The project's own pytest settings (its timeout method), with a short bound instead of the generous one.
    done = subprocess.run([sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"), "-p", "no:cacheprovider",
                           "--timeout", "3", str(test_file)], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=240)
    out = done.stdout + done.stderr
    assert done.returncode != 0, out
    assert "Timeout" in out
    assert "dialog.exec()" in out and "test_forgets_to_answer_a_dialog" in out  # where it hung


def test_a_dialog_no_one_answers_fails_its_test_and_the_next_one_runs(tmp_path: Path) -> None:
    """The shared fixture closes a modal window left unanswered and fails that test only, naming it."""
    (tmp_path / "conftest.py").write_text(
        (ROOT / "tests" / "conftest.py").read_text(encoding="utf-8").replace(
            "UNANSWERED_DIALOG_MS = 120_000", "UNANSWERED_DIALOG_MS = 1_500"), encoding="utf-8")
    test_file = tmp_path / "test_hangs.py"
    test_file.write_text(HANGING + "\n\ndef test_next_one():\n    assert True\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"), "-p", "no:cacheprovider",
                           "--timeout", "120", "--rootdir", str(tmp_path), str(test_file)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=240)
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "fenêtre modale laissée sans réponse pendant 1 s : « Premier administrateur »" in out
    assert "2 passed, 1 error" in out  # that test fails (at its teardown), the next one runs
