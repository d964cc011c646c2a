"""`pasapas person …`: followed beneficiaries (with consent), their rights (access, erasure), the papers."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.commands import open_db, require


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("person", help="personnes suivies (avec leur accord) : ajouter, lister, droits RGPD")
    ps = p.add_subparsers(dest="person_command", required=True)
    add = ps.add_parser("add", help="suivre une personne (son accord d'abord)")
    add.add_argument("--first-name", required=True, help="prénom")
    add.add_argument("--name", default="", help="nom")
    add.add_argument("--phone", default="")
    add.add_argument("--email", default="")
    add.add_argument("--birth-year", type=int, help="année de naissance (la tranche d'âge en est tirée)")
    add.add_argument("--commune", default="")
    add.add_argument("--notes", default="")
    add.add_argument("--consent", action="store_true", help="la personne a donné son accord aujourd'hui (obligatoire)")
    add.add_argument("--consent-by", help="qui a recueilli l'accord (défaut : le conseiller de ce poste)")
    add.add_argument("--purpose", help="à quoi servent les données (défaut : le suivi des accompagnements)")
    add.add_argument("--allow-duplicate", action="store_true", help="créer même si une personne proche existe")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=run_add)
    lst = ps.add_parser("list", help="lister les personnes suivies")
    lst.add_argument("--search", default="", help="nom, téléphone, e-mail ou commune (sans tenir compte des accents)")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=run_list)
    show = ps.add_parser("show", help="une personne et son historique")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)
    exp = ps.add_parser("export", help="droit d'accès : toutes ses données en PDF")
    exp.add_argument("id")
    exp.add_argument("--out", required=True, help="fichier PDF à écrire")
    exp.set_defaults(handler=run_export)
    era = ps.add_parser("erase", help="droit à l'effacement : anonymiser la personne partout")
    era.add_argument("id")
    era.add_argument("--json", action="store_true")
    era.set_defaults(handler=run_erase)
    mer = ps.add_parser("merge", help="fusionner deux fiches de la même personne (la seconde dans la première ; "
                                     "action d'administration, --as)")
    mer.add_argument("keep")
    mer.add_argument("other")
    mer.set_defaults(handler=run_merge)
    ret = ps.add_parser("retention", help="appliquer la durée de conservation maintenant")
    ret.add_argument("--json", action="store_true")
    ret.set_defaults(handler=run_retention)
    con = ps.add_parser("consent-form", help="imprimer la feuille d'accord (facile à lire)")
    con.add_argument("--out", required=True)
    con.add_argument("--first-name", default="", help="prénom imprimé (facultatif, jamais enregistré)")
    con.set_defaults(handler=run_consent_form)
    wall = ps.add_parser("notice", help="l'affiche « Vos données » du point d'aide (facile à lire)")
    wall.add_argument("--out", required=True)
    wall.set_defaults(handler=run_notice)


def _record_json(rec: Any) -> dict[str, Any]:
    f, c = rec.fields, rec.consent
    return {"id": rec.id, "first_name": f.first_name, "name": f.last_name, "phone": f.phone, "email": f.email,
            "birth_year": f.birth_year, "commune": f.commune, "notes": f.notes,
            "consent": {"date": c.given_on.isoformat() if c.given_on else None, "by": c.by, "purpose": c.purpose},
            "sessions": rec.sessions, "last_session": rec.last_session.isoformat() if rec.last_session else None}


def run_add(args: argparse.Namespace) -> int:
    from app.domain.clock import local_day, now_utc
    from app.domain.person import DEFAULT_PURPOSE, Consent, PersonFields
    from app.services import installation, people

    db = open_db(args)
    if not args.consent:
        from app.domain.errors import ValidationError

        raise ValidationError("--consent", "recueillez d'abord l'accord de la personne (feuille « person "
                                           "consent-form »), puis ajoutez --consent")
    ctx = installation.context(db)
    by = args.consent_by or (ctx.conseiller.full_name if ctx.conseiller else "")
    consent = Consent(local_day(now_utc()), by, args.purpose or DEFAULT_PURPOSE)
    fields = PersonFields(args.first_name, args.name, args.phone, args.email, args.birth_year, args.commune,
                          args.notes)
    try:
        pid = people.create(db, fields, consent, allow_duplicate=args.allow_duplicate)
    except people.PossibleDuplicates as exc:
        from app.domain.errors import ValidationError

        found = "; ".join(f"{d.person.id} ({d.reason})" for d in exc.found)
        raise ValidationError("personne", f"{exc.message} : {found} ; « pasapas person show ID » pour la voir, "
                                          "--allow-duplicate pour créer quand même") from None
    print(json.dumps({"id": pid}) if args.json else pid)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app.services import people

    rows = people.search(open_db(args), args.search)
    if args.json:
        print(json.dumps([_record_json(r) for r in rows], ensure_ascii=False))
    else:
        for r in rows:
            last = r.last_session.isoformat() if r.last_session else "—"
            print(f"{r.full_name:<40} {r.sessions:>3} visite(s), dernière {last}  {r.id}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from app.services import people

    db = open_db(args)
    rec = people.get(db, args.id)
    lines = people.history(db, args.id)
    if args.json:
        out = _record_json(rec) | {"history": [
            {"id": h.id, "date": h.day.isoformat(), "type": h.kind, "duration": h.duration_minutes,
             "themes": list(h.themes), "site": h.site, "conseiller": h.conseiller, "notes": h.notes} for h in lines]}
        print(json.dumps(out, ensure_ascii=False))
        return 0
    f = rec.fields
    print(f"{rec.full_name} — {f.phone or 'pas de téléphone'} — {f.email or 'pas d’e-mail'} — {f.commune or '—'}")
    print(f"Accord du {rec.consent.given_on}, recueilli par {rec.consent.by} : {rec.consent.purpose}")
    for h in lines:
        print(f"  {h.day.isoformat()}  {h.kind:<10} {h.duration_minutes or 0:>4} min  {', '.join(h.themes)}  {h.id}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from app.domain.permissions import Action
    from app.services import people

    db = open_db(args)
    who = require(args, db, Action.EXPORT_PERSONAL)  # a person's data: admins (`--as`)
    target = people.export_access(db, args.id, args.out, actor=who)
    print(f"Données de la personne écrites dans {target}")
    return 0


def run_erase(args: argparse.Namespace) -> int:
    from app.domain.permissions import Action
    from app.services import people

    db = open_db(args)
    who = require(args, db, Action.ERASE)
    kept = people.erase(db, args.id, actor=who)
    if args.json:
        print(json.dumps({"erased": args.id, "sessions_kept_anonymous": kept}))
    else:
        print(f"Personne effacée partout (ce poste maintenant, les autres à leur synchronisation) ; "
              f"{kept} accompagnement(s) gardé(s) sans nom pour les statistiques.")
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from app.domain.permissions import Action
    from app.services import people

    db = open_db(args)
    who = require(args, db, Action.MERGE)  # cannot be undone: admins (`--as`)
    moved = people.merge(db, args.keep, args.other, actor=who)
    print(f"Fiches fusionnées : {moved} accompagnement(s) rattaché(s) à {args.keep}")
    return 0


def run_retention(args: argparse.Namespace) -> int:
    from app.domain.permissions import Action
    from app.services import people

    db = open_db(args)
    who = require(args, db, Action.ERASE)
    report = people.run_retention(db, actor=who)
    if args.json:
        print(json.dumps({"anonymised": report.anonymised, "notes_cleared": report.notes_cleared}))
    else:
        print(f"{report.anonymised} personne(s) anonymisée(s), {report.notes_cleared} note(s) effacée(s).")
    return 0


def run_consent_form(args: argparse.Namespace) -> int:
    from app.services import people
    from app.services.user_files import write_user_bytes

    db = open_db(args)
    target = write_user_bytes(args.out, people.consent_pdf(db, first_name=args.first_name), field="--out",
                              protected=[db.path])
    print(f"Feuille d'accord écrite dans {target}")
    return 0


def run_notice(args: argparse.Namespace) -> int:
    from app.services import people
    from app.services.user_files import write_user_bytes

    db = open_db(args)
    target = write_user_bytes(args.out, people.privacy_notice_pdf(db), field="--out", protected=[db.path])
    print(f"Affiche « Vos données » écrite dans {target}")
    return 0
