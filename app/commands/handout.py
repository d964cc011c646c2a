"""`pasapas handout`: print a personalised take-home handout of one or more guides to a PDF file."""

from __future__ import annotations

import argparse
from dataclasses import replace

from app.commands import open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("handout", help="fiche à emporter (PDF) d'un ou de plusieurs guides")
    p.add_argument(
        "guide_ids", nargs="+", metavar="GUIDE_ID", help="identifiant du guide (dans l'ordre voulu)"
    )
    p.add_argument("--out", required=True, help="fichier .pdf à écrire")
    p.add_argument("--name", default="", help="prénom de la personne (facultatif, jamais enregistré)")
    p.add_argument("--large", action="store_true", help="gros caractères, texte facile à lire (FALC)")
    p.add_argument("--notes", default="", help="notes du conseiller imprimées sur la fiche")
    p.add_argument("--appointment", help='prochain rendez-vous : "AAAA-MM-JJ HH:MM"')
    p.add_argument("--place", default="", help="lieu du rendez-vous (par défaut : le lieu de la fiche)")
    p.add_argument(
        "--site", help="point d'aide imprimé sur la fiche (nom ou identifiant ; par défaut celui de ce PC)"
    )
    p.add_argument("--followup", action="store_true", help="ajouter « Ma fiche de suivi »")
    p.add_argument("--date", dest="day", help="date imprimée, AAAA-MM-JJ (par défaut aujourd'hui)")
    p.set_defaults(handler=run_handout)


def run_handout(args: argparse.Namespace) -> int:
    from app.domain.clock import parse_day
    from app.domain.errors import ValidationError
    from app.services import handouts
    from app.services.handout_pdf import Appointment, HandoutOptions
    from app.services.user_files import check_target

    out = check_target(args.out, field="--out")
    if not out.parent.is_dir():
        raise ValidationError(
            "--out", f"le dossier « {out.parent} » n'existe pas : créez-le ou choisissez-en un autre"
        )
    appointment = None
    if args.appointment:
        appointment = Appointment(handouts.parse_appointment(args.appointment, "--appointment"), args.place)
    options = HandoutOptions(
        first_name=args.name,
        notes=args.notes,
        appointment=appointment,
        large=args.large,
        followup=args.followup,
    )
    if args.day:
        options = replace(options, day=parse_day(args.day, "--date"))
    db = open_db(args)
    try:
        guides = handouts.load_guides(db, args.guide_ids)
        site = handouts.find_site(db, args.site)
        images = handouts.guide_images(db, guides)
    finally:
        db.dispose()
    handouts.write_pdf(out, handouts.render(guides, options, site, images=images))
    print(f"Fiche écrite dans {out} ({', '.join(g.id for g in guides)})")
    return 0
