"""Durations as a conseiller types them: « 1h30 » is 90 minutes, never 130; nonsense is refused with a message."""

from __future__ import annotations

import json

import pytest

from app.domain.duration import duration_text, parse_duration
from app.domain.errors import ValidationError
from tests.test_export_and_cli import run


@pytest.mark.parametrize("text", ["1h30", "1 h 30", "1:30", "90", "1H30", " 90 min ", "1h30min"])
def test_every_way_of_writing_ninety_minutes(text):
    assert parse_duration(text) == 90


@pytest.mark.parametrize(("text", "minutes"), [("45", 45), ("2h", 120), ("1h05", 65), ("0:45", 45)])
def test_other_durations(text, minutes):
    assert parse_duration(text) == minutes


@pytest.mark.parametrize(("text", "message"), [
    ("1h75", "de 0 à 59"), ("trente", "n'est pas une durée"), ("1,5", "n'est pas une durée"), ("", "indiquez"),
    ("0", "entre 1 et 480"), ("9h", "entre 1 et 480"), ("1:", "n'est pas une durée"),
])
def test_anything_else_is_refused_with_a_message_naming_the_field(text, message):
    with pytest.raises(ValidationError, match=message) as caught:
        parse_duration(text, "Durée")
    assert str(caught.value).startswith("Durée : ")
    assert "1h30" in str(caught.value) or "480" in str(caught.value)


@pytest.mark.parametrize(("minutes", "text"), [(45, "45 min"), (60, "1 h"), (165, "2 h 45"), (125, "2 h 05")])
def test_durations_are_shown_as_hours_and_minutes(minutes, text):
    assert duration_text(minutes) == text


def test_request_add_reads_1h30_as_90_minutes(data_dir, capsys):
    run(data_dir, "setup", "--site", "Hôtel de Ville", "--device", "PC-1", "--conseiller", "Léa Martin")
    capsys.readouterr()
    assert run(data_dir, "request", "add", "--duration", "1h30", "--theme", "email", capsys=capsys)[0] == 0
    code, out = run(data_dir, "request", "list", "--json", capsys=capsys)
    assert [r["duration"] for r in json.loads(out.out)] == [90]
    code, out = run(data_dir, "request", "add", "--duration", "1h75", "--theme", "email", capsys=capsys)
    assert code == 2 and "--duration" in out.err and len(out.err.strip().splitlines()) == 1
