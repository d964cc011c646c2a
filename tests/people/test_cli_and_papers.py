"""The command line of followed persons, and the papers: consent notice, copy of the data, « Vos données »."""

from __future__ import annotations

import json

import pytest

from tests.hardening.conftest import pdf_text
from tests.hardening.test_database_faults import SETUP, run


@pytest.fixture
def desk(data_dir, capsys, tmp_path):
    assert run(data_dir, *SETUP) == 0
    secret = tmp_path / "admin.pw"
    secret.write_text("mot-de-passe-admin\n", encoding="utf-8")
    assert run(data_dir, "account", "create", "Léa Martin", "--role", "admin", "--new-password-file", str(secret)) == 0
    ADMIN[:] = ["--as", "Léa Martin", "--password-file", str(secret)]
    capsys.readouterr()
    return data_dir


ADMIN: list[str] = []  # `--as` the PC's admin: a person's data and its erasure are for admins


def _add(desk, capsys, *extra: str) -> tuple[int, str, str]:
    code = run(desk, "person", "add", "--first-name", "Eulalie", "--name", "Brindavoine", "--phone",
               "06 71 23 45 98", "--birth-year", "1948", *extra, "--json")
    out = capsys.readouterr()
    return code, out.out, out.err


def test_add_needs_consent_then_warns_of_a_duplicate(desk, capsys):
    code, _out, err = _add(desk, capsys)
    assert code == 2 and "--consent" in err and "accord" in err
    code, out, _err = _add(desk, capsys, "--consent")
    assert code == 0
    pid = json.loads(out)["id"]
    code, _out, err = _add(desk, capsys, "--consent")
    assert code == 2 and pid in err and "même nom et même téléphone" in err
    assert len(err.strip().splitlines()) == 1
    assert _add(desk, capsys, "--consent", "--allow-duplicate")[0] == 0


def test_a_session_links_to_the_person_and_shows_in_the_history(desk, capsys):
    pid = json.loads(_add(desk, capsys, "--consent")[1])["id"]
    assert run(desk, "request", "add", "--duration", "30", "--theme", "email", "--person", pid) == 0
    capsys.readouterr()
    assert run(desk, "person", "show", pid, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["consent"]["by"] == "Léa Martin" and len(shown["history"]) == 1
    assert run(desk, "request", "add", "--duration", "30", "--theme", "email", "--person", "inconnu") == 2


def test_export_erase_and_the_list(desk, capsys, tmp_path):
    pid = json.loads(_add(desk, capsys, "--consent")[1])["id"]
    assert run(desk, "request", "add", "--duration", "45", "--theme", "email", "--person", pid,
               "--notes", "A créé son adresse") == 0
    out = tmp_path / "donnees.pdf"
    assert run(desk, "person", "export", pid, "--out", str(out)) == 2  # not without an admin
    assert run(desk, *ADMIN, "person", "export", pid, "--out", str(out)) == 0
    text = pdf_text(out.read_bytes())
    for expected in ("Vos données", "Eulalie", "Brindavoine", "06 71 23 45 98", "1948", "70 ans et plus",
                     "Léa Martin", "A créé son adresse", "E-mail", "Vos droits", "page 1 sur"):
        assert expected in text, expected
    capsys.readouterr()
    assert run(desk, "person", "erase", pid, "--json") == 2
    capsys.readouterr()
    assert run(desk, *ADMIN, "person", "erase", pid, "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"erased": pid, "sessions_kept_anonymous": 1}
    assert run(desk, "person", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert run(desk, *ADMIN, "person", "export", pid, "--out", str(tmp_path / "x.pdf")) == 2
    assert run(desk, "request", "list", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 1  # the session stays, anonymous


def test_the_papers_are_easy_to_read(desk, capsys, tmp_path):
    consent, wall = tmp_path / "accord.pdf", tmp_path / "affiche.pdf"
    assert run(desk, "person", "consent-form", "--out", str(consent), "--first-name", "Eulalie") == 0
    assert run(desk, "person", "notice", "--out", str(wall)) == 0
    ctext, wtext = pdf_text(consent.read_bytes()), pdf_text(wall.read_bytes())
    assert "Votre accord pour être suivi" in ctext and "Bonjour Eulalie" in ctext
    assert "12 mois" in ctext and "effacer vos données" in ctext and "Hôtel de Ville" in ctext
    assert "Vos données" in wtext and "sans donner votre nom" in wtext and "12 mois" in wtext
    from pypdf import PdfReader

    for path in (consent, wall):
        reader = PdfReader(str(path))
        sizes = set()

        def visit(text, cm, tm, font, size, sizes=sizes):
            if text.strip():
                sizes.add(round(size * tm[0], 1))

        for page in reader.pages:
            page.extract_text(visitor_text=visit)
        body = [s for s in sizes if s > 10.5]  # the footer (10 pt) aside
        assert min(body) >= 14, (path.name, sorted(sizes))


def test_retention_from_the_command_line(desk, capsys):
    assert run(desk, *ADMIN, "person", "retention", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"anonymised": 0, "notes_cleared": 0}
