"""The help session's field registry: every declared field goes from the command line to the store, the
national export and a conflict note; errors name the field by its label and carry its name and a code."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from app.cli import main
from app.domain import vocab
from app.domain.clock import paris_today
from app.domain.cra_fields import CraField, Kind, to_store
from app.domain.errors import NOT_HERE, REQUIRED, UNKNOWN_VALUE, ValidationError
from app.domain.help_request import FIELD, FIELDS, HelpRequestFields, validate
from app.domain.person import Consent, PersonFields
from app.services import export, help_requests, installation, people
from app.services.sync import conflict_notes
from app.store.changes import history
from app.store.open import open_data_dir

INDIVIDUAL = {"--duration": ["30"], "--theme": ["demarches_administratives"]}
WORKSHOP = {"--type": ["collectif"], "--duration": ["60"], "--theme": ["email"], "--workshop-title": ["Atelier"],
            "--participants": ["5"]}
# A value a field cannot take from its kind alone (a new field with a rule of its own adds its line here).
SAMPLES: dict[str, Any] = {"beneficiary_postcode": "33500", "kind": "collectif", "duration_minutes": 45}
REF_NAMES = {"site": "Espace France Services", "conseiller": "Inès Moreau"}
OTHER_DEVICE = "PC-AUTRE-0000"


def _sample(f: CraField) -> Any:
    """A value of the field unlike its default, as `HelpRequestFields` holds it."""
    if f.name in SAMPLES:
        return SAMPLES[f.name]
    if f.kind is Kind.CHOICE:
        assert f.vocab, f.name
        return next(s for s in f.vocab if s != f.default)
    if f.kind is Kind.CHOICES:
        assert f.vocab, f.name
        return (next(s for s in f.vocab if s not in ("demarches_administratives",)),)
    if f.kind is Kind.TEXT:
        return "Texte d'essai"
    if f.kind is Kind.NUMBER:
        return 3
    if f.kind is Kind.FLAG:
        return True
    if f.kind is Kind.DAY:
        return paris_today() - timedelta(days=3)
    raise AssertionError(f"{f.name} : ajoutez un exemple de valeur dans SAMPLES")


def _typed(f: CraField, value: Any) -> list[str]:
    """The value as typed after the field's option."""
    if f.kind is Kind.FLAG:
        return []
    if f.kind is Kind.CHOICES:
        return list(value)
    return [value.isoformat() if f.kind is Kind.DAY else str(value)]


def _argv(f: CraField, value: Any) -> list[str]:
    assert f.cli is not None
    base = dict(WORKSHOP if f.scope == "collectif" or f.name == "kind" else INDIVIDUAL)
    if f.only_when is not None:  # a structure needs « réorienté »
        other = FIELD[f.only_when[0]]
        assert other.cli is not None
        base[other.cli.option] = _typed(other, f.only_when[1])
    base[f.cli.option] = [value] if f.kind is Kind.REF else _typed(f, value)
    argv = ["request", "add", "--json"]
    for option, values in base.items():
        if not values:
            argv.append(option)
        for v in values:
            argv += [option, v]
    return argv


def _expected_cell(f: CraField, value: Any, ref_name: str | None) -> str:
    if ref_name is not None:
        return ref_name
    if f.export is not None:
        cell = f.export(value)
        assert isinstance(cell, str)
        return cell
    if f.kind is Kind.CHOICE:
        return (f.vocab or {})[value]
    if f.kind is Kind.CHOICES:
        return (f.vocab or {})[value[0]]
    if f.kind is Kind.FLAG:
        return "Oui"
    if f.kind is Kind.DAY:
        return value.strftime("%d/%m/%Y")
    return str(value)


ids: dict[str, str] = {}  # a REF typed as an id (a followed person), made by the fixture


@pytest.fixture
def desk(data_dir):
    assert main(["--data-dir", str(data_dir), "setup", "--site", "Hôtel de Ville", "--device", "PC-1",
                 "--conseiller", "Léa Martin"]) == 0
    db = open_data_dir(data_dir)
    installation.add_site(db, REF_NAMES["site"])
    installation.add_conseiller(db, REF_NAMES["conseiller"])
    ids["person_id"] = people.create(db, PersonFields("Eulalie"), Consent(paris_today(), "Léa Martin"))
    yield db
    db.dispose()


WALKED = [f for f in FIELDS if f.cli is not None]


@pytest.mark.parametrize("f", WALKED, ids=[f.name for f in WALKED])
def test_every_declared_field_goes_from_the_command_line_to_the_export_and_a_conflict_note(f, desk, data_dir, capsys):
    capsys.readouterr()
    ref_name: str | None = None
    if f.kind is Kind.REF and f.name in ids:
        typed: Any = ids[f.name]
    elif f.kind is Kind.REF:
        assert f.cli is not None and f.cli.ref in REF_NAMES, f"{f.name} : ajoutez un nom dans REF_NAMES"
        ref_name = REF_NAMES[f.cli.ref]
        typed = ref_name
    else:
        typed = _sample(f)
    # The command line, with the field's declared option.
    code = main(["--data-dir", str(data_dir), *_argv(f, typed)])
    out = capsys.readouterr()
    assert code == 0, out.err
    rid = json.loads(out.out)["id"]
    # The store: the value typed is the value kept.
    stored = help_requests.load(desk, rid).fields
    value = getattr(stored, f.name)
    if ref_name is not None:
        items = installation.list_sites(desk) if f.cli and f.cli.ref == "site" else installation.list_conseillers(desk)
        assert value == next(i.id for i in items if ref_name in (getattr(i, "full_name", None), getattr(i, "name", None)))
    else:
        assert value == typed
    # The national export (the conseiller's own, notes included): the field's column shows it.
    if f.column is not None:
        assert f.column in export.COLUMNS
        conseiller = stored.conseiller_id
        [row] = [r for r in export.iter_rows(desk, conseiller_id=conseiller) if r[-1] == rid]
        cell = row[export.columns(True).index(f.column)]
        assert _expected_cell(f, value, ref_name) in cell, (f.column, cell)
    # A conflict note: another PC's value lost against this one; the note names the field and both values.
    lost = f.default if f.kind is not Kind.REF else "id-perdu"
    with desk.write_connection() as conn:
        conn.execute(history.insert().values(
            tbl="help_request", row_id=rid, field=f.name, value=json.dumps(to_store(f, lost)),
            hlc=f"{1:015d}-{0:08d}-{OTHER_DEVICE}", winner_hlc=f"{2:015d}-{0:08d}-{desk.device_id}", conflict=True))
    [note] = conflict_notes(desk, rid)
    assert f" : {f.note_name} " in note and "non retenu" in note, note
    if f.vocab is not None:
        shown = value if isinstance(value, str) else value[0]
        assert f.vocab[shown] in note and shown not in note.replace(f.vocab[shown], ""), note


def test_every_attribute_is_declared_once_and_completely():
    names = [f.name for f in FIELDS]
    assert names == list(HelpRequestFields.__dataclass_fields__)
    options = [f.cli.option for f in FIELDS if f.cli]
    assert len(options) == len(set(options))
    for f in FIELDS:
        assert f.label and f.label == f.label.casefold(), f.name  # messages name a field in lower case
        assert (f.vocab is not None) == (f.kind in (Kind.CHOICE, Kind.CHOICES)), f.name
        if f.kind is Kind.REF and f.cli:
            assert f.cli.ref or f.cli.parse, f.name  # a name to resolve, or an id as typed
        if f.only_when:
            assert f.only_when[0] in FIELD, f.name
    # The command line keeps its options (scripts and scheduled tasks use them).
    assert options == ["--type", "--date", "--duration", "--place", "--site", "--conseiller", "--equipment", "--theme",
                       "--demarche", "--demarche-name", "--autonomy", "--redirected", "--structure", "--gender",
                       "--age", "--status", "--commune", "--postcode", "--notes", "--workshop-title", "--level",
                       "--participants", "--already-helped", "--person"]


OK = HelpRequestFields(day=paris_today(), duration_minutes=30, site_id="s", themes=("email",))


@pytest.mark.parametrize(
    ("changes", "name", "code"),
    [
        ({"themes": ()}, "themes", REQUIRED),
        ({"themes": ("mail",)}, "themes", UNKNOWN_VALUE),
        ({"site_id": None}, "site_id", REQUIRED),
        ({"structure": "administration"}, "structure", NOT_HERE),
        ({"beneficiary_postcode": "3316"}, "beneficiary_postcode", "bad_format"),
        ({"demarche_name": "x" * 300}, "demarche_name", "too_long"),
        ({"duration_minutes": 0}, "duration_minutes", "out_of_range"),
    ],
)
def test_an_error_carries_the_field_name_and_a_code(changes, name, code):
    with pytest.raises(ValidationError) as err:
        validate(OK.with_changes(**changes))
    assert (err.value.name, err.value.code) == (name, code)
    assert str(err.value).startswith(FIELD[name].label + " : ") or name == "demarche_name"


def test_a_screen_message_shows_labels_never_codes():
    with pytest.raises(ValidationError) as err:
        validate(OK.with_changes(themes=()))
    shown = err.value.shown()
    assert "E-mail" in shown and "Santé" in shown
    assert not any(slug in shown for slug in vocab.THEMES if slug not in ("email", "sante"))
    assert "diagnostic_numerique" in str(err.value)  # the command line lists what one types
    with pytest.raises(ValidationError) as err:
        validate(OK.with_changes(demarche_name="APL"))
    assert "demarches_administratives" not in err.value.shown()
