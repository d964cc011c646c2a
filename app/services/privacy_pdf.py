"""The privacy papers as PDFs, written FALC (easy to read): the consent notice a followed person keeps, the
copy of their data (right of access), and the « Vos données » notice for the help point's wall.

Pure: data in, PDF bytes out (reportlab, the bundled DejaVu font, 14 pt and more, left-aligned, one idea per
line, bullets, « page 2 sur 3 »).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.domain import vocab
from app.domain.person import Consent, PersonFields, age_group
from app.services.handout_flowables import (
    BUILD_LOCK,
    FONT,
    FONT_BOLD,
    FooterMark,
    numbered_canvas,
    register_fonts,
)
from app.services.handout_text import drawable, escape, long_date
from app.services.installation import SiteInfo

INK = colors.HexColor("#1a1a1a")
BLUE = colors.HexColor("#0b3d91")
SIZE = 15  # FALC: 14 pt or more


class _Styles:
    def __init__(self, size: float = SIZE, gap: float = 1.0) -> None:
        self.title = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=24, leading=30, textColor=BLUE,
                                    alignment=TA_LEFT, spaceAfter=6 * mm * gap)
        self.h2 = ParagraphStyle("h2", fontName=FONT_BOLD, fontSize=size + 3, leading=(size + 3) * 1.3,
                                 textColor=INK, spaceBefore=5 * mm * gap, spaceAfter=2 * mm * gap)
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=size * (1.2 + 0.25 * gap),
                                   textColor=INK, alignment=TA_LEFT, spaceAfter=1.5 * mm * gap)
        self.bullet = ParagraphStyle("bullet", self.body, leftIndent=8 * mm, bulletIndent=2 * mm,
                                     bulletFontName=FONT_BOLD, bulletFontSize=size)
        self.cell = ParagraphStyle("cell", fontName=FONT, fontSize=12, leading=15, textColor=INK)
        self.cell_bold = ParagraphStyle("cellb", self.cell, fontName=FONT_BOLD)


def _text(value: str) -> str:
    covered = register_fonts()
    return escape(drawable(value, covered.__contains__))


def _lines(s: _Styles, *lines: str) -> list[Paragraph]:
    return [Paragraph(line, s.body) for line in lines]


def _bullets(s: _Styles, *lines: str) -> list[Paragraph]:
    return [Paragraph(line, s.bullet, bulletText="•") for line in lines]


def _contact(s: _Styles, site: SiteInfo | None) -> list[Paragraph]:
    if site is None:
        return _lines(s, "Demandez au conseiller numérique du point d'aide.")
    out = [f"<b>{_text(site.name)}</b>"]
    address = " ".join(x for x in (site.address, site.postcode, site.city) if x)
    if address:
        out.append(_text(address))
    if site.phone:
        out.append(f"Téléphone : {_text(site.phone)}")
    if site.opening_hours:
        out.append(f"Horaires : {_text(site.opening_hours)}")
    return _lines(s, *out)


def _build(story: list, title: str, footer: tuple[str, str]) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=24 * mm, title=title, author="Pas à Pas")
    with BUILD_LOCK:
        doc.build([FooterMark(footer), *story], canvasmaker=numbered_canvas(10))
    return buf.getvalue()


def _rights(s: _Styles, site: SiteInfo | None, months: int) -> list:
    return [
        Paragraph("Vos droits", s.h2),
        *_lines(s, "Vous pouvez demander à tout moment :"),
        *_bullets(s, "de voir vos données : on vous les imprime ;",
                  "de corriger une erreur ;",
                  "d'effacer vos données : on les efface sur tous les postes ;",
                  "d'arrêter le suivi."),
        *_lines(s, "C'est gratuit.", "Vous pouvez le demander sans dire pourquoi."),
        Paragraph("Combien de temps ?", s.h2),
        *_lines(s, f"Si vous ne venez pas pendant {months} mois,",
                "votre nom et vos coordonnées sont effacés tout seuls.",
                f"Les notes de plus de {months} mois sont effacées aussi."),
        Paragraph("Qui contacter ?", s.h2),
        *_contact(s, site),
        *_lines(s, "Vous pouvez aussi écrire à la CNIL : cnil.fr."),
    ]


def consent_notice(*, purpose: str, site: SiteInfo | None, months: int, first_name: str = "",
                   today: date | None = None) -> bytes:
    """The consent notice, printed when a person agrees to be followed (their copy)."""
    s = _Styles()
    register_fonts()
    story: list = [Paragraph("Votre accord pour être suivi", s.title)]
    if first_name:
        story += _lines(s, f"Bonjour {_text(first_name)},")
    story += _lines(s, "Le point d'aide numérique vous aide dans vos démarches.",
                    "Vous pouvez être aidé sans donner votre nom.",
                    "Si vous êtes d'accord, nous gardons votre nom.",
                    "Ainsi, vous gagnez du temps à chaque visite.")
    story += [Paragraph("Ce que nous gardons", s.h2),
              *_bullets(s, "votre prénom et votre nom ;",
                        "votre téléphone ou votre e-mail, si vous voulez ;",
                        "votre année de naissance et votre commune, si vous voulez ;",
                        "ce que nous avons fait ensemble, à chaque visite."),
              *_lines(s, "Vos mots de passe restent secrets.",
                      "Votre santé reste secrète."),
              Paragraph("Pourquoi", s.h2), *_lines(s, _text(purpose)),
              Paragraph("Qui voit vos données", s.h2),
              *_lines(s, "Seulement les conseillers numériques de la ville.",
                      "Vos données restent sur les ordinateurs des points d'aide.",
                      "Quand elles passent d'un point d'aide à l'autre, elles sont chiffrées.",
                      "Elles restent aux points d'aide de la ville, pour vous aider.")]
    story.append(KeepTogether(_rights(s, site, months)))
    if today is not None:
        story += [Spacer(1, 4 * mm), *_lines(s, f"Accord donné le {long_date(today)}.")]
    return _build(story, "Votre accord pour être suivi — Pas à Pas", ("Votre accord pour être suivi",
                                                                         "Point d'aide numérique"))


def privacy_notice(*, site: SiteInfo | None, months: int) -> bytes:
    """« Vos données » : the notice for the help point's wall (FALC), on one page."""
    s = _Styles(14, 0.3)
    register_fonts()
    story: list = [Paragraph("Vos données", s.title),
                   *_lines(s, "Ici, vous pouvez être aidé sans donner votre nom.",
                           "Pour nos chiffres, nous notons seulement :"),
                   *_bullets(s, "le jour et la durée de l'aide ;", "le sujet : e-mail, impôts, CAF… ;",
                             "votre tranche d'âge, si vous voulez la dire."),
                   *_lines(s, "Ces chiffres ne disent pas qui vous êtes."),
                   Paragraph("Si vous voulez être suivi", s.h2),
                   *_lines(s, "Nous pouvons garder votre nom et vos visites.",
                           "Seulement si vous êtes d'accord.",
                           "Nous vous donnons alors une feuille qui explique tout."),
                   Paragraph("Ce qui reste secret", s.h2),
                   *_bullets(s, "vos mots de passe ;", "votre santé ;", "vos numéros de carte bancaire."),
                   *_lines(s, "Nous notons seulement ce qui sert à vous aider.")]
    story += _rights(s, site, months)
    return _build(story, "Vos données — Pas à Pas", ("Vos données", "Point d'aide numérique"))


def _value(text: str) -> str:
    return _text(text) if text else "—"


def access_copy(*, fields: PersonFields, consent: Consent, sessions: Sequence[tuple[date, str, str, str, str]],
                site: SiteInfo | None, months: int, today: date) -> bytes:
    """Right of access: everything kept about the person. `sessions`: (date, type, durée, sujets, notes)."""
    s = _Styles()
    register_fonts()
    story: list = [Paragraph("Vos données", s.title),
                   *_lines(s, f"Voici tout ce que le point d'aide garde sur vous, le {long_date(today)}.")]
    rows = [("Prénom", fields.first_name), ("Nom", fields.last_name), ("Téléphone", fields.phone),
            ("E-mail", fields.email), ("Année de naissance", str(fields.birth_year or "")),
            ("Tranche d'âge", vocab.label(age_group(fields.birth_year, today), vocab.AGE_GROUPS)),
            ("Commune", fields.commune), ("Notes", fields.notes)]
    story += [Paragraph("Vous", s.h2), *[Paragraph(f"<b>{k} :</b> {_value(v)}", s.body) for k, v in rows]]
    given = long_date(consent.given_on) if consent.given_on else "—"
    story += [Paragraph("Votre accord", s.h2),
              *_lines(s, f"<b>Donné le :</b> {given}", f"<b>Recueilli par :</b> {_value(consent.by)}",
                      f"<b>Pour :</b> {_value(consent.purpose)}")]
    story.append(Paragraph(f"Vos visites ({len(sessions)})", s.h2))
    if not sessions:
        story += _lines(s, "Aucune visite enregistrée.")
    else:
        data = [[Paragraph(h, s.cell_bold) for h in ("Date", "Aide", "Durée", "Sujets", "Notes")]]
        for day, kind, duration, themes, notes in sessions:
            data.append([Paragraph(x, s.cell) for x in (day.strftime("%d/%m/%Y"), _text(kind), _text(duration),
                                                        _text(themes), _value(notes))])
        width = A4[0] - 40 * mm
        table = Table(data, colWidths=[width * w for w in (0.17, 0.18, 0.12, 0.28, 0.25)], repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef8"))]))
        story.append(table)
    story.append(KeepTogether(_rights(s, site, months)))
    return _build(story, "Vos données — Pas à Pas", ("Vos données (copie remise à la personne)",
                                                     f"Établie le {today:%d/%m/%Y}"))
