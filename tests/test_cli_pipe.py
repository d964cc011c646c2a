"""A command piped into `head` (the reader stops early) ends quietly: no « Broken pipe » message, exit 0."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_listing_cut_short_by_its_reader_says_nothing_and_exits_0(tmp_path):
    data = tmp_path / "data"
    cmd = [sys.executable, "-m", "app", "--data-dir", str(data)]
    subprocess.run([*cmd, "setup", "--site", "Médiathèque", "--device", "PC-A", "--conseiller", "Léa Martin"],
                   cwd=ROOT, check=True, capture_output=True, timeout=60)
    # `guides list` prints one line per bundled guide: far more than the one line read here.
    proc = subprocess.Popen([*cmd, "guides", "list"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            bufsize=0)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.read(10)
    proc.stdout.close()  # the reader goes away, as `head -1` does
    err = proc.stderr.read().decode()
    code = proc.wait(timeout=60)
    assert first and "Broken pipe" not in err and "Traceback" not in err
    assert code == 0
