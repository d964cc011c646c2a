"""The handout PDF as a person holds it: what is printed, on how many pages, how large, with which fonts."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime

import pytest
from handout_helpers import HOURS, font_sizes, pdf_pages, pdf_text, sized_text

from app.domain.guide import SCAM_WARNING, Callout, Guide, GuideStep
from app.services.handout_pdf import Appointment, HandoutOptions, render_followup, render_handout, wrap_url

DAY = date(2026, 11, 27)


def options(**changes: object) -> HandoutOptions:
    return replace(HandoutOptions(day=DAY), **changes)  # type: ignore[arg-type]


def test_the_handout_has_the_name_date_summary_steps_urls_and_hours(guide, site):
    data = render_handout([guide], options(first_name="Marie"), site)
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert "Préparé pour : Marie" in text
    assert "Le 27 novembre 2026" in text
    assert guide.title in text
    assert guide.summary in text
    for number, step in enumerate(guide.steps, start=1):
        assert f"Étape {number} : {step.title}" in text
    for url in guide.official_urls:
        assert url in text.replace(" ", "")
    for line in HOURS.splitlines():
        assert " ".join(line.split()) in text
    assert "05 57 93 18 80" in text and "33160 Saint-Médard-en-Jalles" in text
    assert "Ce qu'il faut avant de commencer" in text
    for item in guide.prerequisites:
        assert f"☐ {item}" in text


def test_every_page_is_numbered_and_names_the_guide_version_and_review(guide, site):
    data = render_handout([guide], options(notes="Bonne continuation"), site)
    pages = pdf_pages(data)
    assert len(pages) >= 2
    for n, page in enumerate(pages, start=1):
        assert f"page {n} sur {len(pages)}" in page
        assert "Version 3, vérifié le 20 novembre 2026" in page


def test_warnings_and_tips_are_labelled_and_the_scam_warning_is_printed(guide, site):
    text = pdf_text(render_handout([guide], options(), site))
    assert "⚠ Attention aux faux sites" in text
    assert " ".join(SCAM_WARNING.split()) in text
    assert text.count("⚠ Attention") == 1 + sum(len(s.warnings) for s in guide.steps)
    assert text.count("→ Astuce") == sum(len(s.tips) for s in guide.steps)
    assert "Écrivez votre mot de passe sur un papier rangé chez vous" in text
    no_scam = replace(guide, scam_warning=False)
    assert "faux sites" not in pdf_text(render_handout([no_scam], options(), site))


def test_only_the_chosen_steps_are_printed_renumbered(guide, site):
    data = render_handout([guide], options(steps={guide.id: [0, 5]}), site)
    text = pdf_text(data)
    assert f"Étape 1 : {guide.steps[0].title}" in text
    assert f"Étape 2 : {guide.steps[5].title}" in text
    for step in (guide.steps[1], guide.steps[2], guide.steps[7]):
        assert step.title not in text
    assert len(pdf_pages(data)) < len(pdf_pages(render_handout([guide], options(), site)))


def test_what_the_person_already_has_is_ticked(guide, site):
    text = pdf_text(render_handout([guide], options(prerequisites_had={guide.id: [1]}), site))
    assert f"☑ {guide.prerequisites[1]} (déjà prêt)" in text
    assert f"☐ {guide.prerequisites[0]}" in text


def test_several_guides_in_the_chosen_order_each_with_its_footer(guide, site):
    other = replace(
        guide, id="autre", title="Créer une adresse e-mail", version=7, reviewed=date(2026, 10, 1)
    )
    data = render_handout([other, guide], options(), site)
    text = pdf_text(data)
    assert text.index("Créer une adresse e-mail") < text.index(guide.title)
    pages = pdf_pages(data)
    assert "Version 7, vérifié le 1er octobre 2026" in pages[0]
    assert "Version 3, vérifié le 20 novembre 2026" in pages[-1]


def test_notes_and_next_appointment(guide, site):
    appt = Appointment(datetime(2026, 12, 3, 14, 30), "Hôtel de Ville, bureau 2")
    text = pdf_text(
        render_handout([guide], options(notes="Apportez la carte Vitale.", appointment=appt), site)
    )
    assert "Les notes de votre conseiller Apportez la carte Vitale." in text
    assert "Prochain rendez-vous Le jeudi 3 décembre 2026 à 14 h 30 Lieu : Hôtel de Ville, bureau 2" in text
    # Without a place, the appointment is at the help point.
    text = pdf_text(
        render_handout([guide], options(appointment=Appointment(datetime(2026, 12, 3, 9, 0))), site)
    )
    assert "à 9 h Lieu : Médiathèque du Carré des Jalles" in text
    assert "Prochain rendez-vous" not in pdf_text(render_handout([guide], options(), site))


def test_fonts_are_embedded_and_no_unembedded_font_is_named(guide, site):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(render_handout([guide], options(), site)))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]))
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
    assert any("DejaVuSans" in n for n in names) and any("DejaVuSans-Bold" in n for n in names)
    assert not any("Helvetica" in n for n in names)


def test_french_typography_uses_narrow_no_break_spaces(guide, site):
    drawn = " ".join(
        t for _, t in sized_text(render_handout([guide], options(notes="Bravo ! « Super »"), site))
    )
    assert "Bravo\u202f!" in drawn
    assert "«\u202fSuper\u202f»" in drawn
    assert "Préparé pour\u202f:" not in drawn  # no name: no line
    assert not re.search(r" [:;!?»]", drawn), "a plain space before French punctuation"


def test_large_layout_prints_the_falc_text_at_16_pt_or_more(guide, site):
    data = render_handout([guide], options(large=True, notes="Revenez mardi. Apportez vos papiers."), site)
    sized = sized_text(data)
    text = pdf_text(data)
    for line in guide.falc_lines:
        assert line in text
    for size, piece in sized:
        assert size >= 14, (size, piece)  # nothing small, even the footer
    body = font_sizes(data).most_common(1)[0][0]
    assert body >= 16
    falc_sizes = {size for size, piece in sized if any(piece in line for line in guide.falc_lines)}
    assert falc_sizes and min(falc_sizes) >= 16
    # One sentence per line: the notes' two sentences are drawn as two pieces.
    assert any(piece == "Revenez mardi." for _, piece in sized)
    assert any(piece == "Apportez vos papiers." for _, piece in sized)
    normal_body = font_sizes(render_handout([guide], options(), site)).most_common(1)[0][0]
    assert normal_body < 16


def test_no_italic_font_is_used_in_either_layout(guide, site):
    from pypdf import PdfReader

    for large in (False, True):
        data = render_handout([guide], options(large=large, notes="<i>penché</i>"), site)
        for page in PdfReader(io.BytesIO(data)).pages:
            for font in page["/Resources"]["/Font"].values():
                assert "Oblique" not in str(font.get_object()["/BaseFont"])
        assert "<i>penché</i>" in pdf_text(data)  # typed markup is printed as text, not obeyed


def test_emoji_and_markup_in_the_notes_do_not_break_the_pdf(guide, site):
    notes = "Bravo 👍🏽 pour aujourd'hui & à mardi <b>sans</b> faute 🇫🇷 \U0001f9d1\u200d\U0001f4bb 中文"
    text = pdf_text(render_handout([guide], options(notes=notes, first_name="Zoé 😀"), site))
    assert "Bravo pour aujourd'hui & à mardi <b>sans</b> faute" in text
    assert "Préparé pour : Zoé" in text
    assert "👍" not in text and "😀" not in text
    assert "??" in text  # the two Chinese letters the font cannot draw are replaced, not dropped


def test_very_long_notes_flow_onto_more_pages(guide, site):
    short = len(pdf_pages(render_handout([guide], options(), site)))
    words = " ".join(f"mot{i}" for i in range(6000))
    pages = pdf_pages(render_handout([guide], options(notes=words + "\n" + "x" * 5000), site))
    assert len(pages) >= short + 4
    text = " ".join(pages)
    assert "mot0 " in text and "mot5999" in text


def test_a_long_address_wraps_inside_its_column():
    url = "https://www.example.gouv.fr/" + "tres-long-chemin/" * 12 + "fin?etape=1&origine=fiche"
    lines = wrap_url(url, 300, 11)
    assert "".join(lines) == url
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert all(stringWidth(line, "PasAPasSans-Bold", 11) <= 300 for line in lines)
    assert all(line.endswith(("/", "-", "?", "&", "=")) for line in lines[:-1])
    unbreakable = "https://x.fr/" + "a" * 400
    assert "".join(wrap_url(unbreakable, 200, 11)) == unbreakable


def test_an_address_too_long_for_a_qr_code_is_printed_alone(guide, site):
    huge = "https://www.service-public.fr/recherche?q=" + "demarche-" * 400
    text = pdf_text(
        render_handout([replace(guide, official_urls=(huge, "https://www.caf.fr/é"))], options(), site)
    )
    flat = text.replace(" ", "")
    assert "https://www.service-public.fr/recherche?q=demarche-" in flat
    assert flat.count("demarche-") == 400  # all of it, even across a page break
    assert "https://www.caf.fr/é" in text


def test_long_site_fields_and_many_urls_never_break_the_layout(guide, site):
    crowded = replace(
        site, opening_hours="\n".join(["Lundi au vendredi : 9 h – 12 h, 14 h – 17 h " * 5] * 40)
    )
    urls = tuple(f"https://www.service-public.fr/particuliers/vosdroits/F{1000 + i}" for i in range(12))
    busy = replace(guide, official_urls=urls)
    data = render_handout(
        [busy], options(appointment=Appointment(datetime(2026, 12, 3, 10), "x" * 2000)), crowded
    )
    text = pdf_text(data).replace(" ", "")
    for url in urls:
        assert url in text


def test_followup_sheet(guide, site):
    other = replace(
        guide,
        id="autre",
        title="Déclarer ses revenus",
        prerequisites=("Votre numéro fiscal",) + guide.prerequisites[:1],
    )
    appt = Appointment(datetime(2026, 12, 3, 14, 30))
    data = render_followup(
        [guide, other], options(prerequisites_had={guide.id: [0, 1]}, appointment=appt), site
    )
    text = pdf_text(data)
    assert text.startswith("Ma fiche de suivi")
    assert (
        "Ce qu'il me reste à faire ☐ Demander une attestation en ligne (environ 30 minutes) ☐ Déclarer ses revenus"
        in text
    )
    papers = text[text.index("Les papiers à apporter") : text.index("Prochain rendez-vous")]
    assert "Votre numéro fiscal" in papers
    assert guide.prerequisites[2] in papers
    # Already had for one guide, but the other guide still needs it: listed once.
    assert papers.count(guide.prerequisites[0]) == 1
    assert guide.prerequisites[1] not in papers
    assert "Le jeudi 3 décembre 2026 à 14 h 30" in text
    assert "Contacts du point d'aide Médiathèque du Carré des Jalles" in text and "05 57 93 18 80" in text
    # As an option of the handout: one more page, numbered with the rest.
    alone = len(pdf_pages(render_handout([guide], options(), site)))
    pages = pdf_pages(render_handout([guide], options(followup=True), site))
    assert len(pages) == alone + 1
    assert pages[-1].startswith("Ma fiche de suivi") and f"page {alone + 1} sur {alone + 1}" in pages[-1]
    assert "Pas encore de rendez-vous" in pages[-1]


def test_no_site_no_help_point_section(guide):
    text = pdf_text(render_handout([guide], options(), None))
    assert "Votre point d'aide" not in text


def test_a_guide_without_callouts_urls_or_steps_still_renders():
    bare = Guide(
        id="nu", title="Un guide nu", summary="Résumé.", themes=(), demarches=(), official_urls=(),
        prerequisites=(), duration_minutes=5, level="debutant", reviewed=date(2026, 1, 1), version=1,
        falc="Une phrase.", steps=(GuideStep("Seule étape", "", (Callout("astuce", "Un conseil."),)),),
    )  # fmt: skip
    text = pdf_text(render_handout([bare], options(large=True), None))
    assert "Étape 1 : Seule étape" in text and "Un conseil." in text and "page 1 sur 1" in text


def test_no_guide_is_refused(site):
    with pytest.raises(ValueError):
        render_handout([], options(), site)


def test_same_input_same_bytes(guide, site):
    assert render_handout([guide], options(), site) == render_handout([guide], options(), site)


@pytest.mark.skipif(
    not shutil.which("zbarimg") or not shutil.which("pdftoppm"), reason="zbarimg/pdftoppm absents"
)
def test_qr_codes_read_back_as_the_printed_urls(guide, site, tmp_path):
    pdf = tmp_path / "fiche.pdf"
    pdf.write_bytes(render_handout([guide], options(), site))
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(tmp_path / "p")], check=True)
    found = set()
    for png in sorted(tmp_path.glob("p-*.png")):
        done = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
        found |= {line for line in done.stdout.splitlines() if line}
    assert found == set(guide.official_urls)


def _png(width: int = 640, height: int = 400) -> bytes:
    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def _image_count(data: bytes) -> int:
    from pypdf import PdfReader

    count = 0
    for page in PdfReader(io.BytesIO(data)).pages:
        xobjects = page["/Resources"].get("/XObject")
        if xobjects:
            count += sum(1 for x in xobjects.get_object().values() if x.get_object()["/Subtype"] == "/Image")
    return count


def test_a_step_picture_is_printed_with_its_caption(guide, site):
    steps = list(guide.steps)
    steps[1] = replace(
        steps[1], image="images/connexion.png", image_alt="Le bouton « Se connecter », en haut"
    )
    pictured = replace(guide, steps=tuple(steps))
    data = render_handout([pictured], options(), site, images={(guide.id, "images/connexion.png"): _png()})
    assert _image_count(data) == 1
    assert "Le bouton « Se connecter », en haut" in pdf_text(data)
    # A damaged or missing picture: the step is printed without it.
    for images in ({(guide.id, "images/connexion.png"): b"\x89PNG pas une image"}, {}):
        data = render_handout([pictured], options(), site, images=images)
        assert _image_count(data) == 0
        assert f"Étape 2 : {guide.steps[1].title}" in pdf_text(data)
    # A very tall picture is scaled down to fit the page.
    data = render_handout(
        [pictured], options(large=True), site, images={(guide.id, "images/connexion.png"): _png(400, 5000)}
    )
    assert _image_count(data) == 1


def test_a_site_with_only_its_name_prints_no_empty_contact_box(guide):
    from app.services.handout_pdf import HandoutOptions, render_handout
    from app.services.installation import SiteInfo

    bare = SiteInfo("s1", "Hôtel de Ville")
    text = " ".join(pdf_pages(render_handout([guide], HandoutOptions(), bare)))
    assert "Besoin d'aide" not in text
    full = SiteInfo("s1", "Hôtel de Ville", phone="05 56 00 00 00")
    text = " ".join(pdf_pages(render_handout([guide], HandoutOptions(), full)))
    assert "Besoin d'aide" in text and "05 56 00 00 00" in text


def test_large_print_keeps_each_step_and_the_contact_box_whole_on_a_page(guide, site):
    data = render_handout([guide], options(large=True, followup=True, notes="Revenez mardi."), site)
    pages = pdf_pages(data)
    for number, step in enumerate(guide.steps, start=1):
        title = " ".join(f"Étape {number} : {step.title}".split())
        [where] = [i for i, p in enumerate(pages) if title in p]
        printed = step.falc[-1] if step.falc else step.text  # large print: the step's FALC text, if any
        last_words = " ".join(printed.split())[-12:]
        # The title never ends a page, and the step's last sentence is not left alone on the next one.
        assert last_words in pages[where].replace(" ", " "), (number, where)
    boxes = [i for i, p in enumerate(pages) if "Besoin d'aide ?" in p]
    assert boxes
    last_hours = " ".join(HOURS.splitlines()[-1].split())
    for i in boxes:  # heading, address, phone and every opening hour on the same page
        assert "05 57 93 18 80" in pages[i] and last_hours in pages[i]
