"""A guide pack from elsewhere never replaces the State's guides, never silently replaces a local one, and
never exhausts the PC (sizes are counted, not believed)."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from app.cli import main
from app.domain.guide_rules import MAX_GUIDE_BYTES, MAX_LINE_CHARS, MAX_STEPS
from app.services import guide_packs, guides
from app.services.guide_files import check_paths

FIXTURES = Path(__file__).resolve().parents[1] / "guides" / "fixtures"
MANIFEST = json.dumps({"format": "pasapas-guides", "version": 1})


def guide_text(guide_id: str = "test-valide", *, version: int = 1, title: str = "Un guide de test valide") -> str:
    text = (FIXTURES / "valid" / "test-valide.md").read_text(encoding="utf-8")
    return (text.replace("id: test-valide", f"id: {guide_id}").replace("version: 1", f"version: {version}")
            .replace("title: Un guide de test valide", f"title: {title}")
            .replace("![Page d'accueil](images/accueil.png)\n", ""))


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "bundled"
    d.mkdir()
    (d / "demarche-carte-grise.md").write_text(guide_text("demarche-carte-grise", title="Carte grise"), encoding="utf-8")
    monkeypatch.setattr(guides, "bundled_dir", lambda: d)
    return d


def make_pack(path: Path, members: list[tuple[str, str | bytes]], manifest: str = MANIFEST) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", manifest)
        for name, data in members:
            z.writestr(name, data)
    return path


def run(data_dir: Path, *args: str) -> int:
    try:
        return int(main(["--data-dir", str(data_dir), *args]) or 0)
    except SystemExit as exc:
        return int(exc.code or 0)


def test_a_pack_never_replaces_a_bundled_guide(db, bundled: Path, tmp_path: Path) -> None:
    guides.load_bundled(db)
    official = guides.get_guide(db, "demarche-carte-grise")
    forged = guide_text("demarche-carte-grise", version=9, title="Carte grise payez ici")
    pack = make_pack(tmp_path / "p.zip", [("demarche-carte-grise/demarche-carte-grise.md", forged)])
    report = guide_packs.import_pack(db, pack, replace=True)
    assert report.bundled_kept == ["demarche-carte-grise"] and report.replaced == []
    after = guides.get_guide(db, "demarche-carte-grise")
    assert after is not None and official is not None
    assert after.source == official.source and after.guide.title == "Carte grise"


def test_the_cli_says_a_bundled_guide_was_kept(data_dir: Path, bundled: Path, tmp_path: Path, capsys) -> None:
    forged = guide_text("demarche-carte-grise", version=9, title="Carte grise payez ici")
    pack = make_pack(tmp_path / "p.zip", [("demarche-carte-grise/demarche-carte-grise.md", forged)])
    assert run(data_dir, "guides", "import", str(pack), "--replace") == 0
    out = capsys.readouterr().out
    assert "0 remplacé(s)" in out and "gardé tel quel" in out


def test_replacing_a_local_guide_says_what_changes_and_needs_replace(db, data_dir: Path, bundled: Path,
                                                                     tmp_path: Path, capsys) -> None:
    first = make_pack(tmp_path / "v1.zip", [("atelier-local/atelier-local.md", guide_text("atelier-local"))])
    guide_packs.import_pack(db, first)
    newer = guide_text("atelier-local", version=2, title="Atelier local revu").replace(
        "https://www.service-public.gouv.fr\nprerequisites", "https://www.impots.gouv.fr\nprerequisites")
    second = make_pack(tmp_path / "v2.zip", [("atelier-local/atelier-local.md", newer)])
    db.dispose()
    assert run(data_dir, "guides", "import", str(second)) == 2
    err = capsys.readouterr().err
    assert "--replace" in err and "« Un guide de test valide » → « Atelier local revu »" in err
    assert "version : 1 → 2" in err and "ajoutés https://www.impots.gouv.fr" in err
    from app.store.open import open_data_dir

    again = open_data_dir(data_dir)
    try:
        kept = guides.get_guide(again, "atelier-local")
        assert kept is not None and kept.guide.version == 1  # nothing written without --replace
    finally:
        again.dispose()
    assert run(data_dir, "guides", "import", str(second), "--replace") == 0
    assert "1 remplacé(s)" in capsys.readouterr().out


def test_a_pack_with_a_member_twice_is_refused(db, tmp_path: Path) -> None:
    pack = tmp_path / "p.zip"
    with pytest.warns(UserWarning), zipfile.ZipFile(pack, "w") as z:
        z.writestr("manifest.json", MANIFEST)
        z.writestr("g/g.md", guide_text("g"))
        z.writestr("g/g.md", guide_text("g", title="Le second, caché derrière le premier"))
    with pytest.raises(guide_packs.PackError, match="présent deux fois"):
        guide_packs.import_pack(db, pack)
    assert guides.list_guides(db) == []


def _lie_about_sizes(pack: Path) -> None:
    """Rewrite every declared uncompressed size in the zip to 1 byte (local headers and directory)."""
    data = bytearray(pack.read_bytes())
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        i = data.find(sig)
        while i != -1:
            data[i + offset:i + offset + 4] = (1).to_bytes(4, "little")
            i = data.find(sig, i + 4)
    pack.write_bytes(bytes(data))


def test_a_pack_that_lies_about_its_sizes_is_refused_without_filling_memory(db, tmp_path: Path) -> None:
    huge = guide_text("enorme") + ("Une ligne de texte répétée pour faire un très gros guide.\n" * 400_000)
    pack = make_pack(tmp_path / "bombe.zip", [("enorme/enorme.md", huge)])
    assert pack.stat().st_size < 1_000_000
    with pytest.raises(guide_packs.PackError, match="dépasse"):  # cut while reading, at the cap
        guide_packs.import_pack(db, pack)
    _lie_about_sizes(pack)
    with pytest.raises(guide_packs.PackError) as exc:
        guide_packs.import_pack(db, pack)
    assert len(exc.value.problems) == 1
    assert guides.list_guides(db) == []


def test_a_pack_with_a_bad_crc_gets_one_line(data_dir: Path, tmp_path: Path, capsys) -> None:
    pack = make_pack(tmp_path / "p.zip", [("g/g.md", guide_text("g"))])
    data = bytearray(pack.read_bytes())
    i = data.find(b"PK\x01\x02")
    i = data.find(b"PK\x01\x02", i + 4)  # the guide's directory entry (the first is the manifest's)
    data[i + 16] ^= 0xFF  # its CRC
    pack.write_bytes(bytes(data))
    assert run(data_dir, "guides", "import", str(pack)) == 1
    err = capsys.readouterr().err
    assert "abîmé" in err and "Traceback" not in err


@pytest.mark.parametrize("manifest", ["[1, 2]", '"texte"', '{"format": "pasapas-guides", "version": true}',
                                      '{"format": "pasapas-guides", "version": 99999999999999999999}'])
def test_a_pack_whose_manifest_is_not_an_object_gets_one_line(data_dir: Path, tmp_path: Path, capsys,
                                                               manifest: str) -> None:
    pack = make_pack(tmp_path / "p.zip", [("g/g.md", guide_text("g"))], manifest=manifest)
    assert run(data_dir, "guides", "import", str(pack)) == 1
    err = capsys.readouterr().err
    assert "paquet" in err and "Traceback" not in err


def test_an_image_that_is_not_an_image_is_refused(db, tmp_path: Path) -> None:
    text = guide_text("g").replace("## Se connecter", "![Écran](images/x.png)\n\n## Se connecter")
    pack = make_pack(tmp_path / "p.zip", [("g/g.md", text), ("g/images/x.png", b"MZ\x90\x00 un programme")])
    with pytest.raises(guide_packs.PackError, match="n'est pas une image"):
        guide_packs.import_pack(db, pack)


def test_guides_check_refuses_a_guide_too_big_too_long_or_with_too_many_steps(tmp_path: Path) -> None:
    big = guide_text("gros") + "x" * (MAX_GUIDE_BYTES + 1)
    long_line = guide_text("longue").replace("Cliquez sur « Se connecter ».", "mot " * (MAX_LINE_CHARS // 4 + 10))
    steps = guide_text("etapes") + "".join(f"\n## Étape {n}\n\nFaites ceci.\n" for n in range(MAX_STEPS))
    for name, text in (("gros", big), ("longue", long_line), ("etapes", steps)):
        (tmp_path / f"{name}.md").write_text(text, encoding="utf-8")
    report = check_paths([tmp_path], __import__("datetime").date(2026, 11, 27))
    assert report.files == []
    messages = " | ".join(str(p) for p in report.problems)
    assert "guide trop gros" in messages and "caractères" in messages and "étapes" in messages


def test_a_huge_guide_is_refused_before_being_read(tmp_path: Path, data_dir: Path, capsys) -> None:
    path = tmp_path / "enorme.md"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(guide_text("enorme"))
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    assert run(data_dir, "guides", "check", str(path)) == 1
    assert "guide trop gros" in capsys.readouterr().out + capsys.readouterr().err


def test_yaml_references_cannot_blow_up_a_guide(tmp_path: Path) -> None:
    from datetime import date

    from app.domain.guide_rules import check_text

    bomb = guide_text("bombe").replace("keywords: [essai, démarche test]",
                                       'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
                                       "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nkeywords: [*b,*b,*b,*b,*b,*b,*b,*b,*b]")
    guide, problems = check_text(bomb, "bombe.md", today=date(2026, 11, 27))
    assert guide is None and "références YAML" in problems[0].message


@pytest.mark.parametrize(("line", "field"), [("reviewed: 2026-02-30", "front matter"),
                                              ("version: 99999999999999999999", "version")])
def test_an_impossible_date_or_a_huge_version_gets_its_message(line: str, field: str) -> None:
    from datetime import date

    from app.domain.guide_rules import check_text

    key = line.split(":")[0]
    text = "\n".join(line if ln.startswith(key + ":") else ln for ln in guide_text("g").splitlines())
    _guide, problems = check_text(text, "g.md", today=date(2026, 11, 27))
    assert any(p.field == field and p.is_error for p in problems), problems


def test_the_bundled_guides_pass_the_limits() -> None:
    from datetime import date

    from app import paths

    report = check_paths([paths.resource("guides")], date(2026, 11, 27))
    assert not [p for p in report.problems if p.is_error]


def test_pack_export_then_import_still_works(db, bundled: Path, tmp_path: Path) -> None:
    guides.load_bundled(db)
    first = make_pack(tmp_path / "v1.zip", [("atelier-local/atelier-local.md", guide_text("atelier-local"))])
    assert guide_packs.import_pack(db, first).added == ["atelier-local"]
    out = tmp_path / "sortie.zip"
    assert guide_packs.export_pack(db, ["atelier-local", "demarche-carte-grise"], out) == 2
    assert guide_packs.import_pack(db, out).unchanged == ["atelier-local", "demarche-carte-grise"]


# What a refused pack's line must never show: Python's class names and PyYAML's English reasons.
TECHNICAL = re.compile(r"BadZipFile|Error\b|zlib|\b(expected|found|could not|while|token|stream)\b")


def _refusal(db, pack: Path) -> str:
    with pytest.raises(guide_packs.PackError) as exc:
        guide_packs.import_pack(db, pack)
    assert len(exc.value.problems) == 1
    line = exc.value.problems[0]
    assert not TECHNICAL.search(line), line
    assert "\n" not in line
    assert guides.list_guides(db) == []
    return line


def test_a_file_that_is_not_a_zip_is_named_and_said_in_french(db, tmp_path: Path) -> None:
    pack = tmp_path / "guides.zip"
    pack.write_bytes(b"%PDF-1.7 une facture, pas un paquet")
    line = _refusal(db, pack)
    assert line.startswith(f"{pack} : ce n'est pas un paquet de guides lisible (pas un fichier .zip)")
    assert "nouvel export" in line
    pack.write_bytes(b"")
    assert _refusal(db, pack).startswith(f"{pack} : fichier vide")


def test_a_truncated_pack_is_said_cut_short_with_the_fix(db, tmp_path: Path) -> None:
    whole = make_pack(tmp_path / "entier.zip", [("g/g.md", guide_text("g"))]).read_bytes()
    pack = tmp_path / "coupe.zip"
    pack.write_bytes(whole[: len(whole) // 2])  # a copy or a download cut short
    line = _refusal(db, pack)
    assert line.startswith(f"{pack} : paquet incomplet (fichier .zip coupé")
    assert "copiez-le de nouveau" in line


def test_a_damaged_member_is_named(db, tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "p.zip", [("g/g.md", guide_text("g") * 3)])
    data = bytearray(pack.read_bytes())
    start = data.find(b"PK\x03\x04", 4) + 30 + len("g/g.md")  # the guide's compressed bytes
    data[start:start + 40] = b"\xff" * 40
    pack.write_bytes(bytes(data))
    line = _refusal(db, pack)
    assert line.startswith(f"{pack} : paquet abîmé, « g/g.md » est illisible")


def test_a_yaml_mistake_in_a_packed_guide_gives_its_file_line_and_fix(db, tmp_path: Path) -> None:
    text = guide_text("g").replace("summary: Vous saurez", "summary Vous saurez")  # the colon forgotten
    line_no = text.splitlines().index(next(x for x in text.splitlines() if x.startswith("summary "))) + 1
    pack = make_pack(tmp_path / "p.zip", [("g/g.md", text)])
    line = _refusal(db, pack)
    assert line.startswith(f"g/g.md:{line_no} : erreur : front matter : en-tête illisible, colonne 1 : "
                           "deux-points manquant : écrivez chaque champ « nom: valeur »"), line
