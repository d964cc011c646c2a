"""Run every benchmark module (or those named on the command line) and print their JSON lines."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import traceback

import tests.benchmarks as package


def main(argv: list[str]) -> int:
    names = sorted(m.name for m in pkgutil.iter_modules(package.__path__) if m.name.startswith("bench_"))
    wanted = [n for n in names if not argv or any(a in n for a in argv)]
    failed = 0
    for name in wanted:
        try:
            importlib.import_module(f"tests.benchmarks.{name}").main()
        except Exception:
            failed += 1
            print(f"# {name} a échoué :", file=sys.stderr)
            traceback.print_exc()
    return 1 if failed else 0


raise SystemExit(main(sys.argv[1:]))
