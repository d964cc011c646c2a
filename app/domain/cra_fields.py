"""How a help session's CRA field is declared: label, vocabulary, CLI option, export column, form widget.

Each attribute of `HelpRequestFields` (`app/domain/help_request.py`) is declared once with `cra(...)`;
`FIELDS` there is the registry the service mapping, the CSV/XLSX export, the `request add` options, the
conflict notes and the desk form derive from. Plain values only (no Qt below the UI).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """What a field holds; it says how it is stored, typed on the command line and exported."""

    TEXT = "text"  # free text ("" when empty)
    NUMBER = "number"  # an int, or None
    FLAG = "flag"  # a bool (a `--flag` with no value on the command line)
    DAY = "day"  # a date (AAAA-MM-JJ on the command line)
    CHOICE = "choice"  # one slug of `vocab` (or None)
    CHOICES = "choices"  # several slugs of `vocab` (a tuple; a JSON list in the store)
    REF = "ref"  # the id of a row of another table (a site, a conseiller…)
    REFS = "refs"  # several ids (a tuple; a JSON list in the store)
    COUNTS = "counts"  # a workshop's anonymous counts (`ParticipantCounts`; a JSON object in the store)


# What the national export writes in a cell: text, a number, a date, a moment (aware, shown in Paris) or
# several values (CSV joins them with « , », a workbook puts one a line). None is an empty cell.
Cell = str | int | date | datetime | list[str] | None


@dataclass(frozen=True)
class Cli:
    """The field's option of `pasapas request add`.

    `parse(text, field)`: how the typed text becomes the value (default: by the field's kind).
    `ref`: for a REF field, what the typed name or id names (`"site"`: resolved among the sites by the
    command, which defaults to this PC's one).
    """

    option: str
    help: str | None = None
    parse: Callable[[str, str], Any] | None = None
    ref: str | None = None

    @property
    def dest(self) -> str:
        return self.option.lstrip("-").replace("-", "_")


@dataclass(frozen=True)
class CraField:
    """One declared field. `name` is the attribute of `HelpRequestFields` and the column of `help_request`.

    - `label`: how messages name it (« durée »); `note_label`: how a conflict note names it (default: label).
    - `vocab`: the slugs and French labels of a CHOICE/CHOICES field.
    - `column`: the national export's column where it shows (None: not exported). `export(value)`: the
      cell (default: by kind — a slug's label, « Oui »/« Non », the text…). A column of several fields or of
      other tables (« Nom du lieu », « Nom de la démarche administrative ») is computed in `services/export.py`.
    - `scope`: `"individuel"` or `"collectif"` if the field concerns only that kind of session (its export
      cell is empty for the other kind; the form of the other kind leaves it at its default).
    - `form`: the desk form's widget showing it (an attribute of `app/ui/desk/form_layout.FormLayout`); the
      form fills and collects it by the widget's type. `only_when=(other, value)`: the form keeps it only
      while the field `other` has that value (the site only « au lieu d'activité »).
    """

    name: str
    label: str
    kind: Kind
    default: Any = None
    vocab: Mapping[str, str] | None = None
    cli: Cli | None = None
    column: str | None = None
    export: Callable[[Any], Cell] | None = None
    scope: str | None = None
    form: str | None = None
    only_when: tuple[str, object] | None = None
    note_label: str | None = None

    @property
    def note_name(self) -> str:
        return self.note_label or self.label

    @property
    def is_json(self) -> bool:
        """Stored as JSON text (a list or an object) in the database and in sync files."""
        return self.kind in (Kind.CHOICES, Kind.REFS, Kind.COUNTS)


_KEY = "cra"


def cra(label: str, kind: Kind, default: Any = None, *, factory: Callable[[], Any] | None = None,
        **options: Any) -> Any:
    """A `HelpRequestFields` attribute and its declaration (`options`: those of `CraField`)."""
    meta = {_KEY: (label, kind, options)}
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


def declared(cls: type) -> tuple[CraField, ...]:
    """The declarations of a dataclass's attributes made with `cra(...)`, in the attributes' order."""
    out = []
    for f in dataclasses.fields(cls):
        if _KEY not in f.metadata:
            raise TypeError(f"{cls.__name__}.{f.name} : déclarez-le avec cra(...)")
        label, kind, options = f.metadata[_KEY]
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        out.append(CraField(name=f.name, label=label, kind=kind, default=default, **options))
    return tuple(out)


def to_store(f: CraField, value: Any) -> Any:
    """The value as the store's column holds it (lists and objects for the JSON columns)."""
    if f.kind in (Kind.CHOICES, Kind.REFS):
        return list(value)
    if f.kind is Kind.COUNTS:
        return value.as_dict()
    return value


def from_store(f: CraField, raw: Any) -> Any:
    """The value of `HelpRequestFields` from what the store's column holds."""
    if f.kind in (Kind.CHOICES, Kind.REFS):
        return tuple(raw or ())
    if f.kind is Kind.COUNTS:
        return type(f.default).from_dict(raw)
    return raw
