"""Finding guides and sites for a handout, reading the appointment, recording the handout on the session."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.errors import ValidationError
from app.domain.help_request import HelpRequestFields
from app.services import handouts, help_requests, installation


def test_guides_come_in_the_asked_order_from_the_bundled_files(db, resources, guide):
    (resources / "guides" / "autre.md").write_text(
        (resources / "guides" / "essai-huit-etapes.md")
        .read_text(encoding="utf-8")
        .replace("id: essai-huit-etapes", "id: autre-guide"),
        encoding="utf-8",
    )
    (resources / "guides" / "casse.md").write_text("pas de front matter", encoding="utf-8")
    found = handouts.load_guides(db, ["autre-guide", "essai-huit-etapes"])
    assert [g.id for g in found] == ["autre-guide", "essai-huit-etapes"]
    assert found[1] == guide


def test_an_unknown_guide_names_the_close_ones(db, resources):
    with pytest.raises(ValidationError) as err:
        handouts.load_guides(db, ["essai-huit-etape"])
    assert err.value.field == "guide"
    assert "essai-huit-etape" in str(err.value) and err.value.allowed == ["essai-huit-etapes"]
    with pytest.raises(ValidationError):
        handouts.load_guides(db, [])


def test_appointment_formats():
    assert handouts.parse_appointment("2026-12-03 14:30") == datetime(2026, 12, 3, 14, 30)
    assert handouts.parse_appointment(" 03/12/2026   9:05 ") == datetime(2026, 12, 3, 9, 5)
    for bad in ("demain", "2026-13-03 14:30", "2026-12-03", "2026-12-03 25:00"):
        with pytest.raises(ValidationError) as err:
            handouts.parse_appointment(bad, "--appointment")
        assert "AAAA-MM-JJ HH:MM" in str(err.value)


def test_site_by_name_or_default(db, ctx):
    other = installation.add_site(
        db, "Hôtel de Ville", phone="05 56 17 11 00", opening_hours="Lundi : 8 h 30 – 17 h"
    )
    assert handouts.find_site(db, None) == ctx.site
    assert handouts.find_site(db, "hôtel de ville").id == other
    with pytest.raises(ValidationError) as err:
        handouts.find_site(db, "Gare")
    assert "Hôtel de Ville" in str(err.value)


def test_the_session_records_the_guides_handed_out_never_the_name(db, ctx):
    rid = help_requests.save_record(
        db,
        HelpRequestFields(
            day=date(2026, 11, 27), duration_minutes=30, site_id=ctx.site.id, themes=("email",)
        ),
    )
    assert handouts.record_handout(db, rid, ["a", "b"]) == ["a", "b"]
    assert handouts.record_handout(db, rid, ["b", "c"]) == ["a", "b", "c"]
    stored = help_requests.load(db, rid)
    assert stored.fields.handout_guide_ids == ("a", "b", "c")
    with pytest.raises(ValidationError):
        handouts.record_handout(db, "nope", ["a"])


def test_write_pdf_leaves_no_partial_file(tmp_path):
    target = tmp_path / "fiche.pdf"
    handouts.write_pdf(target, b"%PDF-1.4 test")
    assert target.read_bytes() == b"%PDF-1.4 test" and not list(tmp_path.glob("*.part"))
    with pytest.raises(OSError) as err:
        handouts.write_pdf(tmp_path / "absent" / "fiche.pdf", b"x")
    assert err.value.filename == str(tmp_path / "absent" / "fiche.pdf")


def test_the_guide_library_comes_first(db, resources):
    from handout_helpers import GUIDE_FILE

    from app.services import guides as library

    text = GUIDE_FILE.read_text(encoding="utf-8").replace(
        "title: Demander une attestation en ligne", "title: Attestation (version de la médiathèque)"
    )
    library.save_guide(db, text, status=library.PUBLISHED)
    (found,) = handouts.load_guides(db, ["essai-huit-etapes"])
    assert found.title == "Attestation (version de la médiathèque)"
    text = text.replace("id: essai-huit-etapes", "id: seulement-en-base")
    library.save_guide(db, text, status=library.PUBLISHED)
    assert handouts.load_guides(db, ["seulement-en-base"])[0].id == "seulement-en-base"
    with pytest.raises(ValidationError) as err:
        handouts.load_guides(db, ["seulement-en-bas"])
    assert "seulement-en-base" in (err.value.allowed or [])


def test_step_pictures_come_from_the_guide_files(db, resources):
    from PIL import Image as PILImage

    (resources / "guides" / "images").mkdir()
    PILImage.new("RGB", (50, 30), (0, 90, 200)).save(resources / "guides" / "images" / "ecran.png")
    text = (resources / "guides" / "essai-huit-etapes.md").read_text(encoding="utf-8")
    text = text.replace(
        "## Cliquer sur « Se connecter »\n",
        "## Cliquer sur « Se connecter »\n\n![L'écran](images/ecran.png)\n",
    )
    text = text.replace(
        "## Créer votre compte\n", "## Créer votre compte\n\n![Absente](images/absente.png)\n"
    )
    (resources / "guides" / "essai-huit-etapes.md").write_text(text, encoding="utf-8")
    guides = handouts.load_guides(db, ["essai-huit-etapes"])
    images = handouts.guide_images(db, guides)
    assert list(images) == [("essai-huit-etapes", "images/ecran.png")]
    assert images[("essai-huit-etapes", "images/ecran.png")].startswith(b"\x89PNG")
    assert handouts.guide_images(None, guides) == images
