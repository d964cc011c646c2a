"""Layout of the session form: widgets and their order. Behaviour lives in form.py."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab
from app.domain.help_request import NOTES_WARNING
from app.ui import labels
from app.ui.widgets.date_field import DateField
from app.ui.widgets.toggles import ToggleGroup

# One key per value, shown on its button. Frequent themes get the easy letters.
# One key per value, shown on its button. Frequent themes get the easy letters. Two groups next to each
# other in the Tab order share no key (a Tab too many then types nothing wrong, and it is said), and no
# group mixes look-alikes (O and 0, I and 1).
THEME_KEYS = {
    "demarches_administratives": "a",
    "email": "e",
    "prendre_en_main_materiel": "p",
    "navigation_internet": "n",
    "securite_numerique": "u",
    "sante": "s",
    "contenus_numeriques": "c",
    "bureautique": "b",
    "banque_achats": "q",
    "insertion_professionnelle": "i",
    "scolarite": "l",
    "reseaux_sociaux": "r",
    "maintenance_materiel": "m",
    "diagnostic_numerique": "d",
    "parentalite": "f",
    "culture_numerique": "k",
    "intelligence_artificielle": "j",
    "creer_numerique": "v",
    "accompagner_professionnel": "w",
}
EQUIPMENT_KEYS = {"ordinateur": "o", "telephone": "t", "tablette": "g", "autre": "x", "aucun": "z"}
DEMARCHE_KEYS = {slug: key for slug, key in zip(vocab.DEMARCHES, "123456789hy", strict=True)}
AUTONOMY_KEYS = {"entierement_accompagne": "1", "partiellement_autonome": "2", "autonome": "3"}
GENDER_KEYS = {"feminin": "f", "masculin": "m", "non_communique": "n"}
AGE_KEYS = {slug: key for slug, key in zip(vocab.AGE_GROUPS, "12345678", strict=True)}
STATUS_KEYS = {"scolarise": "s", "sans_emploi": "c", "en_emploi": "e", "retraite": "r", "non_communique": "n"}


def _options(table: Any, keys: dict[str, str]) -> list[tuple[str, str, str]]:
    return [(slug, text, keys.get(slug, "")) for slug, text in labels.items(table)]


def _light(widget: QWidget, on: bool) -> None:
    widget.setProperty("listening", on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FormLayout:
    """Builds the form's widgets on `host` and keeps references to them."""

    def __init__(self, host: QWidget) -> None:
        tr = host.tr
        outer = QVBoxLayout(host)
        outer.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel(tr("Nouvel accompagnement"), host)
        self.title.setObjectName("formTitle")
        outer.addWidget(self.title)

        presets = QHBoxLayout()
        self.preset_phone = QPushButton(tr("Appel téléphonique (F5)"), host)
        self.preset_quick = QPushButton(tr("Question rapide à l'accueil (F6)"), host)
        self.duplicate = QPushButton(tr("Dupliquer la dernière (Ctrl+D)"), host)
        for b in (self.preset_phone, self.preset_quick, self.duplicate):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setMinimumWidth(60)
            presets.addWidget(b)
        presets.addStretch(1)
        outer.addLayout(presets)

        scroll = QScrollArea(host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The form reflows to the width (toggle groups take fewer columns): never a horizontal scrollbar.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll
        body = QWidget(scroll)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.duration = QComboBox(body)
        self.duration.setEditable(True)
        self.duration.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        duration_edit = self.duration.lineEdit()
        assert duration_edit is not None  # an editable combo box has its line edit
        self.duration.setAccessibleName(tr("Durée"))
        duration_edit.setPlaceholderText(tr("45, 1h30…"))
        form.addRow(tr("&Durée"), self.duration)

        self.equipment = ToggleGroup(_options(vocab.EQUIPMENT, EQUIPMENT_KEYS), columns=5, parent=body)
        self.equipment.setAccessibleName(tr("Matériel utilisé"))
        form.addRow(tr("Matériel"), self.equipment)

        self.themes = ToggleGroup(_options(vocab.THEMES, THEME_KEYS), columns=3, parent=body)
        self.themes.setAccessibleName(tr("Thématiques"))
        form.addRow(tr("Thématiques"), self.themes)

        self.demarche_box = QGroupBox(tr("Démarche administrative"), body)
        dbox = QVBoxLayout(self.demarche_box)
        self.demarches = ToggleGroup(_options(vocab.DEMARCHES, DEMARCHE_KEYS), columns=3, parent=self.demarche_box)
        self.demarches.setAccessibleName(tr("Domaines de la démarche"))
        self.demarche_name = QLineEdit(self.demarche_box)
        self.demarche_name.setPlaceholderText(tr("Nom de la démarche (par exemple : déclaration de revenus)"))
        self.demarche_name.setAccessibleName(tr("Nom de la démarche"))
        dbox.addWidget(self.demarches)
        dbox.addWidget(self.demarche_name)
        form.addRow(self.demarche_box)

        self.autonomy = ToggleGroup(_options(vocab.AUTONOMY, AUTONOMY_KEYS), exclusive=True, columns=3, parent=body)
        self.autonomy.setAccessibleName(tr("Autonomie"))
        form.addRow(tr("Autonomie"), self.autonomy)

        self.gender = ToggleGroup(_options(vocab.GENDERS, GENDER_KEYS), exclusive=True, columns=3, parent=body)
        self.gender.setAccessibleName(tr("Genre"))
        form.addRow(tr("Genre"), self.gender)
        self.age = ToggleGroup(_options(vocab.AGE_GROUPS, AGE_KEYS), exclusive=True, columns=4, parent=body)
        self.age.setAccessibleName(tr("Tranche d'âge"))
        form.addRow(tr("Tranche d'âge"), self.age)
        self.status = ToggleGroup(_options(vocab.STATUSES, STATUS_KEYS), exclusive=True, columns=5, parent=body)
        self.status.setAccessibleName(tr("Statut"))
        form.addRow(tr("Statut"), self.status)

        self.notes_warning = QLabel(tr(NOTES_WARNING), body)
        self.notes_warning.setWordWrap(True)
        self.notes_warning.setObjectName("notesWarning")
        self.notes = QPlainTextEdit(body)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        self.notes.setAccessibleName(tr("Notes"))
        notes_box = QVBoxLayout()
        notes_box.addWidget(self.notes_warning)
        notes_box.addWidget(self.notes)
        form.addRow(tr("Notes"), notes_box)

        redirect = QHBoxLayout()
        self.redirected = QCheckBox(tr("Personne réorientée vers"), body)
        self.structure = QComboBox(body)
        self.structure.addItem(tr("— structure —"), None)
        for slug, text in labels.items(vocab.STRUCTURES):
            self.structure.addItem(text, slug)
        self.structure.setAccessibleName(tr("Structure de réorientation"))
        redirect.addWidget(self.redirected)
        redirect.addWidget(self.structure, 1)
        form.addRow(tr("Orientation"), redirect)

        where = QHBoxLayout()
        self.place = QComboBox(body)
        for slug, text in labels.items(vocab.PLACES):
            self.place.addItem(text, slug)
        self.place.setAccessibleName(tr("Lieu"))
        self.site = QComboBox(body)
        self.site.setAccessibleName(tr("Lieu d'activité"))
        where.addWidget(self.place)
        where.addWidget(self.site, 1)
        form.addRow(tr("Lieu"), where)

        when = QHBoxLayout()
        self.day = DateField(labels.today_qdate(), body)
        self.day.setAccessibleName(tr("Date"))
        self.conseiller = QComboBox(body)
        self.conseiller.setAccessibleName(tr("Conseiller"))
        when.addWidget(self.day)
        when.addWidget(self.conseiller, 1)
        form.addRow(tr("Date, conseiller"), when)

        self.guides = QLabel("", body)
        self.guides.setWordWrap(True)
        form.addRow(tr("Guides"), self.guides)
        # A followed beneficiary (with consent), or anonymous: the default, nothing to do.
        person = QHBoxLayout()
        self.person = QLabel("", body)
        self.person.setWordWrap(True)
        self.person.setAccessibleName(tr("Personne suivie"))
        self.person_pick = QPushButton(tr("Personne suivie…"), body)
        self.person_clear = QPushButton(tr("Anonyme"), body)
        person.addWidget(self.person, 1)
        person.addWidget(self.person_pick)
        person.addWidget(self.person_clear)
        form.addRow(tr("Personne"), person)
        self.history = QLabel("", body)
        self.history.setWordWrap(True)
        self.history.setObjectName("conflictNotes")
        self.history.hide()
        form.addRow(self.history)

        self.error = QLabel("", host)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(tr("Erreur"))
        outer.addWidget(self.error)

        buttons = QHBoxLayout()
        self.clear = QPushButton(tr("Effacer (Échap)"), host)
        self.handout = QPushButton(tr("Imprimer une fiche…"), host)
        self.save = QPushButton(tr("Enregistrer (Ctrl+Entrée)"), host)
        self.save.setDefault(True)
        self.save.setObjectName("primary")
        buttons.addWidget(self.clear)
        buttons.addWidget(self.handout)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        outer.addLayout(buttons)

        # The label of the group that listens to the keys lights up with the group's frame.
        self.group_labels: dict[ToggleGroup, QLabel] = {}
        for group in (self.equipment, self.themes, self.autonomy, self.gender, self.age, self.status):
            label = form.labelForField(group)
            if isinstance(label, QLabel):
                self.group_labels[group] = label
                group.listening.connect(lambda on, lab=label: _light(lab, on))
        self.demarches.listening.connect(lambda on: _light(self.demarche_box, on))

        # Keyboard order: what changes every time first, what has good defaults last.
        order: list[QWidget] = [
            self.duration, self.equipment, self.themes, self.demarches, self.demarche_name, self.autonomy,
            self.gender, self.age, self.status, self.notes, self.redirected, self.structure, self.place,
            self.site, self.day, self.conseiller, self.save, self.person_pick, self.person_clear,
        ]
        for first, then in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, then)
