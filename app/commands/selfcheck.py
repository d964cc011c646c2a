"""`pasapas selfcheck`: the installation proves itself (migrations, guides, PDFs, desk and kiosk offscreen)."""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("selfcheck", help="auto-test de l'installation (dossier temporaire, sans écran) ; code 1 si "
                                         "quelque chose ne marche pas")
    p.add_argument("--json", action="store_true", help="une ligne JSON")
    p.add_argument("--no-windows", action="store_true", help="sans ouvrir l'accueil ni la borne")
    p.set_defaults(handler=run_selfcheck)


def run_selfcheck(args: argparse.Namespace) -> int:
    from app.services import selfcheck

    steps = list(selfcheck.SERVICE_STEPS)
    if not args.no_windows:
        from app.ui import selfcheck as windows

        windows.offscreen()
        steps += list(windows.WINDOW_STEPS)
    run = selfcheck.start()
    try:
        for name, step, needs_db in steps:
            result = run.run(name, step, needs_db=needs_db)
            if not args.json:
                print(result.line(), flush=True)
    finally:
        run.close()
    if args.json:
        print(json.dumps(run.as_dict(), ensure_ascii=False))
    else:
        failed = [r.name for r in run.results if not r.ok]
        print(f"auto-test réussi : {len(run.results)} vérifications" if not failed
              else f"auto-test ÉCHOUÉ : {', '.join(failed)}")
    return 0 if run.ok else 1
