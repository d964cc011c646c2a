"""The guides library: loading bundled guides (upsert by version, local edits kept), editing, images, packs."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from app.domain.guide import parse_guide
from app.services import guide_packs, guides
from app.services.guide_search import search
from tests.guides.conftest import FIXTURES, guide_text


def test_first_load_adds_then_nothing_changes(db, bundled: Path) -> None:
    report = guides.load_bundled(db, bundled)
    assert (report.added, report.unchanged, report.problems) == (2, False, [])
    again = guides.load_bundled(db, bundled)
    assert again.unchanged and again.added == 0
    rows = {g.id: g for g in guides.list_guides(db)}
    assert set(rows) == {"test-valide", "demarche-carte-grise"}
    assert rows["test-valide"].origin == "bundled" and rows["test-valide"].status == "published"


def test_broken_bundled_file_is_skipped_and_reported(db, bundled: Path) -> None:
    (bundled / "casse.md").write_text("---\nid: casse\ntitle: [oups\n---\n", encoding="utf-8")
    report = guides.load_bundled(db, bundled)
    assert report.added == 2
    assert len(report.problems) == 1 and "casse.md:3" in report.problems[0] and "en-tête illisible" in report.problems[0]
    # Still known on the next (unchanged) start, for the desk to show.
    assert guides.load_bundled(db, bundled).problems == report.problems
    assert guides.bundled_problems(db) == report.problems


def test_missing_bundled_folder_is_reported_not_fatal(db, tmp_path: Path) -> None:
    report = guides.load_bundled(db, tmp_path / "absent")
    assert report.added == 0 and "introuvable" in report.problems[0]


def test_newer_bundled_version_updates_an_unmodified_copy(db, bundled: Path) -> None:
    guides.load_bundled(db, bundled)
    (bundled / "test-valide.md").write_text(guide_text(version=2, title="Titre corrigé"), encoding="utf-8")
    report = guides.load_bundled(db, bundled)
    assert report.updated == 1
    detail = guides.get_guide(db, "test-valide")
    assert detail is not None and detail.guide.title == "Titre corrigé" and detail.bundled_version == 2
    assert [h.id for h in search(db, "titre corrige")][:1] == ["test-valide"]


def test_locally_edited_copy_is_kept_and_flagged(db, bundled: Path) -> None:
    guides.load_bundled(db, bundled)
    guides.save_guide(db, guide_text(title="Notre version locale"), status="published", editing_id="test-valide")
    (bundled / "test-valide.md").write_text(guide_text(version=2, title="Version officielle 2"), encoding="utf-8")
    report = guides.load_bundled(db, bundled)
    assert report.flagged == 1 and report.updated == 0
    detail = guides.get_guide(db, "test-valide")
    assert detail is not None and detail.guide.title == "Notre version locale"
    assert detail.locally_modified and detail.newer_official_version
    assert "Version officielle 2" in guides.official_source(db, "test-valide")
    guides.adopt_official(db, "test-valide")
    detail = guides.get_guide(db, "test-valide")
    assert detail is not None and detail.guide.title == "Version officielle 2"
    assert not detail.locally_modified and not detail.newer_official_version


def test_save_refuses_an_invalid_guide(db) -> None:
    bad = guide_text("mon-guide").replace("level: debutant", "level: expert")
    with pytest.raises(guides.GuideInvalid) as exc:
        guides.save_guide(db, bad, status="draft")
    assert any(p.field == "level" for p in exc.value.problems)
    assert guides.get_guide(db, "mon-guide") is None


def test_new_local_guide_is_searchable_and_draft_hidden_when_asked(db) -> None:
    text = guide_text("atelier-tablette", title="Atelier tablette du jeudi").replace("![Page d'accueil](images/accueil.png)\n", "")
    guides.save_guide(db, text, status="draft")
    assert [h.id for h in search(db, "tablette jeudi")] == ["atelier-tablette"]
    assert search(db, "tablette jeudi", include_drafts=False) == []
    with pytest.raises(guides.GuideInvalid):
        guides.save_guide(db, text, status="draft")  # the id is taken


def test_duplicate_a_bundled_guide_keeps_its_images(db, bundled: Path) -> None:
    guides.load_bundled(db)
    new_id = guides.duplicate(db, "test-valide")
    assert new_id == "test-valide-copie"
    detail = guides.get_guide(db, new_id)
    assert detail is not None and detail.origin == "local" and detail.status == "draft"
    assert detail.guide.title == "Un guide de test valide (copie)"
    assert guides.image_bytes(db, new_id, "images/accueil.png") == (bundled / "images" / "accueil.png").read_bytes()
    assert guides.duplicate(db, "test-valide") == "test-valide-copie-2"


def test_add_image_copies_into_data_dir_and_database(db, tmp_path: Path) -> None:
    src = tmp_path / "Capture écran.PNG"
    src.write_bytes((FIXTURES / "valid" / "images" / "accueil.png").read_bytes())
    rel = guides.add_image(db, "mon-guide", src)
    assert rel == "images/mon-guide-capture-ecran.png"
    assert (db.path.parent / "guide-images" / "mon-guide" / "mon-guide-capture-ecran.png").is_file()
    assert guides.image_bytes(db, "mon-guide", rel) == src.read_bytes()
    text = guide_text("mon-guide").replace("images/accueil.png", rel)
    guides.save_guide(db, text, status="published")
    fake = tmp_path / "pas-une-image.png"
    fake.write_text("bonjour")
    from app.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        guides.add_image(db, "mon-guide", fake)


def test_suggested_fields_for_the_session() -> None:
    g = parse_guide(guide_text(), "x")
    assert guides.suggested_fields(g) == (("demarches_administratives",), ("papiers_citoyennete",),
                                          "Un guide de test valide")
    email = parse_guide(guide_text().replace("themes: [demarches_administratives]", "themes: [email]")
                        .replace("demarches: [papiers_citoyennete]", "demarches: []"), "x")
    assert guides.suggested_fields(email) == (("email",), (), "")


def test_pack_round_trip_between_towns(db, bundled: Path, tmp_path: Path) -> None:
    guides.load_bundled(db)
    new_id = guides.duplicate(db, "test-valide")
    pack = tmp_path / "pack.zip"
    assert guide_packs.export_pack(db, [new_id, "demarche-carte-grise"], pack) == 2
    names = set(zipfile.ZipFile(pack).namelist())
    assert f"{new_id}/{new_id}.md" in names and f"{new_id}/images/accueil.png" in names

    from app.store.open import open_data_dir

    other = open_data_dir(tmp_path / "autre-ville")
    try:
        report = guide_packs.import_pack(other, pack)
        assert sorted(report.added) == sorted([new_id, "demarche-carte-grise"])
        assert guides.image_bytes(other, new_id, "images/accueil.png") is not None
        assert [h.id for h in search(other, "carte grise")][:1] == ["demarche-carte-grise"]
        again = guide_packs.import_pack(other, pack)
        assert sorted(again.unchanged) == sorted([new_id, "demarche-carte-grise"])
    finally:
        other.dispose()


def test_pack_with_one_bad_guide_imports_nothing(db, tmp_path: Path) -> None:
    pack = tmp_path / "pack.zip"
    with zipfile.ZipFile(pack, "w") as z:
        z.writestr("manifest.json", '{"format": "pasapas-guides", "version": 1}')
        good = guide_text("bon-guide").replace("![Page d'accueil](images/accueil.png)\n", "")
        z.writestr("bon-guide/bon-guide.md", good)
        z.writestr("mauvais/mauvais.md", guide_text("mauvais"))  # its image is missing from the pack
    with pytest.raises(guide_packs.PackError) as exc:
        guide_packs.import_pack(db, pack)
    assert any("image introuvable" in p for p in exc.value.problems)
    assert guides.list_guides(db) == []


def test_pack_that_is_not_a_zip(db, tmp_path: Path) -> None:
    pack = tmp_path / "pack.zip"
    pack.write_text("pas un zip")
    with pytest.raises(guide_packs.PackError, match="pas un paquet de guides lisible"):
        guide_packs.import_pack(db, pack)


def test_index_triggers_are_repaired_if_dropped(db, bundled: Path) -> None:
    guides.load_bundled(db, bundled)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER guide_fts_ai")
        conn.exec_driver_sql("DELETE FROM guide_fts")
    assert all(h.how == "approché" for h in search(db, "carte grise"))  # the index is empty
    (bundled / "test-valide.md").write_text(guide_text(version=3), encoding="utf-8")
    guides.load_bundled(db, bundled)
    hits = search(db, "carte grise")
    assert (hits[0].id, hits[0].how) == ("demarche-carte-grise", "titre")


def test_search_never_fails_on_odd_input(db, bundled: Path) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    guides.load_bundled(db, bundled)

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.text(max_size=40))
    def typed(text: str) -> None:
        hits = search(db, text)
        assert all(h.id in {"test-valide", "demarche-carte-grise"} for h in hits)

    typed()
    for text in ['"', 'AND OR NOT', "carte* : ^grise", "NEAR(carte grise)", "-", "'; DROP TABLE guide; --"]:
        search(db, text)
    assert len(guides.list_guides(db)) == 2
