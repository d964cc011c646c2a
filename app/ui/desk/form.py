"""The session form: record a help session by keyboard, with defaults from the context."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain import vocab
from app.domain.clock import paris_today
from app.domain.errors import ValidationError
from app.domain.help_request import FIELDS, HelpRequestFields, validate
from app.services import drafts, help_requests, installation
from app.services.sync import conflict_notes
from app.store.db import Database
from app.ui import labels
from app.ui.desk import form_fields
from app.ui.desk.form_layout import FormLayout


class RequestForm(QWidget):
    """Collects one individual session. Emits `saved(id)` after a save; `message(text)` for the status bar."""

    saved = Signal(str)
    message = Signal(str)
    handout_requested = Signal(list)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = FormLayout(self)
        self.request_id: str | None = None
        self.ticket: help_requests.QueueEntry | None = None  # the queue ticket this form is for, if any
        self._guide_ids: tuple[str, ...] = ()
        self._handout_ids: tuple[str, ...] = ()
        self._kept: HelpRequestFields | None = None  # fields the form does not show, kept on edit
        self._person_id: str | None = None  # a followed beneficiary, or None: anonymous
        ui = self.ui
        ui.themes.changed.connect(self._themes_changed)
        ui.redirected.toggled.connect(self._redirect_changed)
        ui.place.currentIndexChanged.connect(self._place_changed)
        ui.save.clicked.connect(self.save)
        ui.clear.clicked.connect(self.discard)
        ui.duplicate.clicked.connect(self.duplicate_last)
        ui.preset_phone.clicked.connect(self.preset_phone_call)
        ui.preset_quick.clicked.connect(self.preset_quick_question)
        ui.handout.clicked.connect(lambda: self.handout_requested.emit(list(self._guide_ids)))
        ui.person_pick.clicked.connect(self.pick_person)
        ui.person_clear.clicked.connect(lambda: self.set_person(None))
        for group, name in (
            (ui.equipment, self.tr("Matériel")), (ui.themes, self.tr("Thématiques")),
            (ui.demarches, self.tr("Démarche administrative")), (ui.autonomy, self.tr("Autonomie")),
            (ui.gender, self.tr("Genre")), (ui.age, self.tr("Tranche d'âge")), (ui.status, self.tr("Statut")),
        ):
            group.unknown_key.connect(lambda key, n=name: self.message.emit(
                self.tr("Touche %1 : rien à cocher dans « %2 » (le groupe encadré). Tab passe au suivant.")
                .replace("%1", key).replace("%2", n)))
        for keys, slot in (
            ("Ctrl+Return", self.save),
            ("Ctrl+Enter", self.save),
            ("Ctrl+D", self.duplicate_last),
            ("F5", self.preset_phone_call),
            ("F6", self.preset_quick_question),
            ("Escape", self.discard),
        ):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        self.reload_context()
        self.clear()

    # --- context ------------------------------------------------------------------------------
    def reload_context(self) -> None:
        """Sites, conseillers and preferred durations (after set-up or a sync)."""
        ctx = installation.context(self.db)
        self.ctx = ctx
        ui = self.ui
        for combo, items, current in (
            (ui.site, [(s.id, s.name) for s in installation.list_sites(self.db)], ctx.site and ctx.site.id),
            (
                ui.conseiller,
                [(c.id, c.full_name) for c in installation.list_conseillers(self.db)],
                ctx.conseiller and ctx.conseiller.id,
            ),
        ):
            combo.blockSignals(True)
            combo.clear()
            for item_id, name in items:
                combo.addItem(name, item_id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        durations = help_requests.preferred_durations(self.db, conseiller_id=ctx.conseiller.id if ctx.conseiller else None)
        ui.duration.blockSignals(True)
        text = ui.duration.currentText()
        ui.duration.clear()
        ui.duration.addItems([str(d) for d in durations])
        ui.duration.setEditText(text)
        ui.duration.blockSignals(False)

    # --- filling ------------------------------------------------------------------------------
    def clear(self) -> None:
        """A blank new record with today's defaults."""
        self.request_id = None
        self.ticket = None
        self._kept = None
        self._set_guides((), ())
        ui = self.ui
        ui.title.setText(self.tr("Nouvel accompagnement"))
        ui.duration.setEditText("")
        for group in (ui.equipment, ui.themes, ui.demarches, ui.autonomy, ui.gender, ui.age, ui.status):
            group.set_selected(())
        ui.demarche_name.clear()
        ui.notes.clear()
        ui.redirected.setChecked(False)
        ui.structure.setCurrentIndex(0)
        ui.place.setCurrentIndex(ui.place.findData("lieu_activite"))
        ctx = self.ctx
        ui.site.setCurrentIndex(max(0, ui.site.findData(ctx.site and ctx.site.id)))
        ui.conseiller.setCurrentIndex(max(0, ui.conseiller.findData(ctx.conseiller and ctx.conseiller.id)))
        ui.day.setDate(labels.today_qdate())
        self.set_person(None)
        ui.history.hide()
        self._show_error("")
        self._themes_changed()
        self._redirect_changed(False)
        self._clean = self.state()
        ui.duration.setFocus()

    def fill(self, f: HelpRequestFields) -> None:
        form_fields.fill(self.ui, f)
        self._set_guides(f.guide_ids, f.handout_guide_ids)
        self.set_person(f.person_id)
        self._themes_changed()

    def start_from_queue(self, entry: help_requests.QueueEntry) -> None:
        """The conseiller takes a visitor from the queue: a new record attached to that queue entry
        (with its draft, if the form was left for someone else earlier)."""
        self.clear()
        self.request_id = entry.id
        self.ticket = entry
        label = f" — {entry.visitor_label}" if entry.visitor_label else ""
        number = entry.ticket
        self.ui.title.setText(self.tr("Accompagnement %1%2").replace("%1", number).replace("%2", label))
        if entry.themes:  # what the visitor asked for at the kiosk (or `queue add --theme`)
            self.ui.themes.set_selected(entry.themes)
            self._themes_changed()
        self._clean = self.state()
        draft = drafts.load(self.db, entry.id)
        if draft:
            self.apply_state(draft)
            self.message.emit(self.tr("Brouillon de %1 repris.").replace("%1", entry.ticket))
        self.ui.duration.setFocus()

    # --- leaving the form ---------------------------------------------------------------------------
    def leave(self) -> bool:
        """The form is about to show something else. A ticket's work is kept as its draft; other unsaved
        work is lost only if the conseiller says so. Returns whether the form may be replaced."""
        if not self.is_modified():
            return True
        if self.ticket is not None:
            self.keep_draft()
            return True
        return self._confirm_discard()

    def keep_draft(self) -> None:
        """Keep what is typed for the current ticket (on switching to someone else, and at closing)."""
        if self.ticket is not None and self.is_modified():
            drafts.save(self.db, self.ticket.id, self.state(), day=paris_today())
            self.message.emit(self.tr("Brouillon de %1 gardé : Entrée sur ce ticket le reprend.")
                              .replace("%1", self.ticket.ticket))

    def discard(self) -> None:
        """Échap / « Effacer »: a blank form, after asking if something was typed."""
        if self.is_modified() and not self._confirm_discard():
            return
        if self.ticket is not None:
            drafts.drop(self.db, self.ticket.id)
            entry = self.ticket
            self.start_from_queue(entry)  # still that person's form, blank again
            return
        self.clear()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Effacer la fiche ?"),
            self.tr("La fiche en cours n'est pas enregistrée. Effacer ce qui est saisi (notes et guides compris) ?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def apply_state(self, st: dict[str, object]) -> None:
        """Put back a state given by `state()` (a draft)."""

        def strs(key: str) -> tuple[str, ...]:
            value = st.get(key)
            return tuple(str(v) for v in value) if isinstance(value, list) else ()

        form_fields.restore(self.ui, st)
        self._themes_changed()
        self._set_guides(strs("guides"), strs("handouts"))
        person = st.get("person")
        self.set_person(str(person) if person else None)

    def edit(self, request_id: str) -> None:
        """Load a saved record to change it."""
        stored = help_requests.load(self.db, request_id)
        self.clear()
        self.request_id = request_id
        self._kept = stored.fields
        if stored.fields.kind == "collectif":
            self.ui.title.setText(self.tr("Atelier : modifiez-le depuis le journal (« Atelier collectif… »)"))
        else:
            day = stored.fields.day.strftime("%d/%m/%Y") if stored.fields.day else ""
            self.ui.title.setText(self.tr("Modifier l'accompagnement du %1").replace("%1", day))
        self.fill(stored.fields)
        self._show_history(request_id)
        self._clean = self.state()
        self.ui.duration.setFocus()

    def _show_history(self, request_id: str) -> None:
        """« modifié aussi sur PC-… » : concurrent edits made on another PC that lost (or won) here."""
        notes = conflict_notes(self.db, request_id)
        if notes:
            self.ui.history.setText("\n".join(notes))
            self.ui.history.show()

    # --- presets --------------------------------------------------------------------------------
    def preset_phone_call(self) -> None:
        """F5 « Appel téléphonique »: at a distance, by phone, 15 min; the focus on what is still needed."""
        ui = self.ui
        ui.place.setCurrentIndex(ui.place.findData("a_distance"))
        ui.equipment.set_selected(("telephone",))
        if not ui.duration.currentText():
            ui.duration.setEditText("15")
        self._ask_for_what_is_missing(self.tr("Appel téléphonique"))

    def preset_quick_question(self) -> None:
        """F6 « Question rapide »: at the site, 15 min, autonomous; the focus on what is still needed."""
        ui = self.ui
        ui.place.setCurrentIndex(ui.place.findData("lieu_activite"))
        ui.duration.setEditText("15")
        ui.autonomy.set_selected("autonome")
        self._ask_for_what_is_missing(self.tr("Question rapide"))

    def _ask_for_what_is_missing(self, preset: str) -> None:
        """After a preset: the cursor goes where the record still needs something, and a word says what."""
        try:
            validate(self.collect())
        except ValidationError as exc:
            form_fields.focus(self.ui, exc.name)
            self._show_hint(self.tr("%1 : il reste à indiquer %2 (le groupe encadré), puis Ctrl+Entrée.")
                            .replace("%1", preset).replace("%2", self._field_label(exc.name)))
            return
        self.ui.save.setFocus()
        self._show_hint(self.tr("%1 : tout est rempli, Ctrl+Entrée enregistre.").replace("%1", preset))

    def _field_label(self, name: str | None) -> str:
        """The form's own words for a declared field named by an error (« la thématique »)."""
        words = {
            "themes": self.tr("la thématique"), "duration_minutes": self.tr("la durée"), "place": self.tr("le lieu"),
            "site_id": self.tr("le lieu"), "equipment": self.tr("le matériel"), "demarches": self.tr("la démarche"),
        }
        return words.get(name or "", self.tr("un champ"))

    def duplicate_last(self) -> None:
        last = help_requests.last_record(self.db, conseiller_id=self.ui.conseiller.currentData())
        if last is None:
            self.message.emit(self.tr("Aucun accompagnement précédent à dupliquer."))
            return
        self.fill(last.with_changes(notes="", day=paris_today(), guide_ids=(), handout_guide_ids=()))
        self.ui.day.setDate(labels.today_qdate())
        self.message.emit(self.tr("Dernier accompagnement recopié : vérifiez puis enregistrez."))
        self.ui.duration.setFocus()

    # --- guides and handouts ------------------------------------------------------------------------
    def attach_guide(self, guide_id: str, themes: tuple[str, ...] = (), demarches: tuple[str, ...] = (),
                     demarche_name: str = "") -> None:
        """A guide used for this person: remembered on the record, its CRA fields suggested."""
        self._set_guides((*self._guide_ids, guide_id), self._handout_ids)
        ui = self.ui
        ui.themes.set_selected(tuple(dict.fromkeys((*ui.themes.selected(), *themes))))
        ui.demarches.set_selected(tuple(dict.fromkeys((*ui.demarches.selected(), *demarches))))
        if demarche_name and not ui.demarche_name.text():
            ui.demarche_name.setText(demarche_name)
        self._themes_changed()

    def add_handout(self, guide_ids: list[str]) -> None:
        self._set_guides(self._guide_ids, tuple(dict.fromkeys((*self._handout_ids, *guide_ids))))

    def _set_guides(self, guide_ids: tuple[str, ...], handout_ids: tuple[str, ...]) -> None:
        self._guide_ids = tuple(dict.fromkeys(guide_ids))
        self._handout_ids = tuple(handout_ids)
        text = ", ".join(self._guide_ids) or self.tr("aucun")
        if self._handout_ids:
            text += "  ·  " + self.tr("fiche remise : %1").replace("%1", ", ".join(self._handout_ids))
        self.ui.guides.setText(text)

    # --- a followed beneficiary ----------------------------------------------------------------------
    def set_person(self, person_id: str | None) -> None:
        """Link the session to a followed person (None: anonymous, the default)."""
        from app.services import people

        name = ""
        if person_id is not None:
            try:
                name = people.get(self.db, person_id).full_name
            except ValidationError:  # erased or merged meanwhile: the session stays anonymous
                person_id = None
        self._person_id = person_id
        self.ui.person.setText(name or self.tr("Anonyme (par défaut)"))
        self.ui.person_clear.setEnabled(person_id is not None)

    def pick_person(self) -> None:
        """« Personne suivie… » : choose (or record, with consent) the person; their tranche d'âge is proposed."""
        from app.domain.clock import paris_today
        from app.services import people
        from app.ui.people.dialog import PeopleDialog

        dialog = PeopleDialog(self.db, self, pick=True)
        if dialog.exec() and dialog.chosen_id:
            self.set_person(dialog.chosen_id)
            slug = people.get(self.db, dialog.chosen_id).age_group(paris_today())
            if slug != "non_communique" and self.ui.age.value() is None:
                self.ui.age.set_selected(slug)

    # --- what is on screen (drafts, « modified? ») ------------------------------------------------------
    def state(self) -> dict[str, object]:
        """Everything typed or chosen, as plain values (kept as a draft, compared to know if it changed)."""
        return {**form_fields.state(self.ui), "guides": list(self._guide_ids), "handouts": list(self._handout_ids),
                "person": self._person_id}

    def is_modified(self) -> bool:
        """Something was typed or chosen since the form was cleared or loaded."""
        return self.state() != self._clean

    # --- collecting and saving ------------------------------------------------------------------------
    def _themes_changed(self) -> None:
        admin = vocab.ADMIN_THEME in self.ui.themes.selected()
        self.ui.demarche_box.setVisible(admin)
        if not admin:
            self.ui.demarches.set_selected(())
            self.ui.demarche_name.clear()

    def _redirect_changed(self, on: bool) -> None:
        self.ui.structure.setEnabled(on)
        if not on:
            self.ui.structure.setCurrentIndex(0)

    def _place_changed(self) -> None:
        self.ui.site.setEnabled(self.ui.place.currentData() == "lieu_activite")

    def collect(self) -> HelpRequestFields:
        """The record on screen: the shown fields from their widgets, an individual session's; what the form
        does not show is kept from the record being edited (a workshop's fields at their defaults)."""
        base = self._kept or HelpRequestFields()
        unshown = {f.name: f.default for f in FIELDS if f.scope == "collectif"}
        shown = form_fields.collect(self.ui, {"duration_minutes": self.tr("Durée")})
        return base.with_changes(**unshown, **shown, kind="individuel", guide_ids=self._guide_ids,
                                 handout_guide_ids=self._handout_ids, person_id=self._person_id)

    def save(self) -> str | None:
        """Validate and save; on a bad value, say which field and put the cursor there."""
        if self._kept is not None and self._kept.kind == "collectif":
            self._show_error(self.tr("Cet enregistrement est un atelier : modifiez-le avec « Atelier collectif… »."))
            return None
        try:
            fields = self.collect()
            # `base`: only what the conseiller changed is written, so another PC's edit of other fields
            # (arrived by sync while the form was open) is kept.
            saved_id = help_requests.save_record(self.db, fields, request_id=self.request_id, base=self._kept)
        except ValidationError as exc:
            self._show_error(exc.shown())
            form_fields.focus(self.ui, exc.name)
            return None
        drafts.drop(self.db, saved_id)
        self.clear()
        self.message.emit(self.tr("Accompagnement enregistré."))
        self.saved.emit(saved_id)  # after clear(): the window then puts the focus on the next in line
        return saved_id

    def _show_error(self, text: str) -> None:
        self.ui.error.setProperty("hint", False)
        self._set_error_text(text)

    def _show_hint(self, text: str) -> None:
        """A word about what is still needed (not an error: another colour)."""
        self.ui.error.setProperty("hint", True)
        self._set_error_text(text)

    def _set_error_text(self, text: str) -> None:
        self.ui.error.style().unpolish(self.ui.error)
        self.ui.error.style().polish(self.ui.error)
        self.ui.error.setText(text)
        self.ui.error.setVisible(bool(text))
