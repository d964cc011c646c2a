"""`pasapas doctor`: this PC's health for the IT person (exit 0 when sound, 1 when something is wrong)."""

from __future__ import annotations

import argparse
import json

from app.commands import data_dir


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="état du poste pour l'informaticien : dossier partagé, horloge, "
                                      "synchronisation, disque, base, sauvegardes, versions")
    p.add_argument("--json", action="store_true", help="une ligne JSON")
    p.set_defaults(handler=run_doctor)


def run_doctor(args: argparse.Namespace) -> int:
    from app.services import doctor

    result = doctor.diagnose(data_dir(args))
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False))
    else:
        print(f"Pas à Pas — état du poste ({result.data_dir})")
        for finding in result.findings:
            print(finding.line())
        print("Tout va bien." if result.ok else "À corriger : les lignes marquées PROBLÈME.")
    return 0 if result.ok else 1
