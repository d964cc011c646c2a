"""`python -m app` and the frozen programs: same as the `pasapas` command."""

import os
import sys

# A program without a console (pasapas.exe on Windows) has no stdout/stderr: a print must not crash it.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the process's life

from app.cli import main  # noqa: E402

raise SystemExit(main())
