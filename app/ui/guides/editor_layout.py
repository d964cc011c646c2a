"""Layout of the guide editor: a French form (the guide, its steps), the Markdown under « Avancé », problems.

No behaviour here; `editor.py` fills and reads these widgets.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

NOTICE_STYLE = "background:#fff4d6; color:#5a4300; padding:6px; border:1px solid #e0c060;"


def _lines_box(page: QWidget, name: str, placeholder: str, rows: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * rows + 14)
    return box


def _checklist(name: str, rows: int) -> QListWidget:
    lst = QListWidget()
    lst.setAccessibleName(name)
    lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    lst.setFixedHeight(lst.fontMetrics().lineSpacing() * rows + 16)
    return lst


class EditorLayout:
    """The widgets of the editor, built in code."""

    def setup(self, page: QWidget) -> None:
        tr = page.tr
        outer = QVBoxLayout(page)
        head = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        f = QFont(self.heading.font())
        f.setPointSize(f.pointSize() + 6)
        f.setBold(True)
        self.heading.setFont(f)
        head.addWidget(self.heading, 1)
        head.addWidget(QLabel(tr("Statut :")))
        self.status = QComboBox()
        self.status.setAccessibleName(tr("Statut du guide"))
        head.addWidget(self.status)
        self.delete_button = QPushButton(tr("Supprimer"))
        self.delete_button.setToolTip(tr("Supprimer ce guide écrit ici, sur tous les postes du réseau"))
        self.cancel_button = QPushButton(tr("Annuler"))
        self.save_button = QPushButton(tr("Enregistrer"))
        self.save_button.setDefault(True)
        for b in (self.delete_button, self.cancel_button, self.save_button):
            head.addWidget(b)
        outer.addLayout(head)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.notice.setStyleSheet(NOTICE_STYLE)
        outer.addWidget(self.notice)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._guide_tab(page), tr("Le guide"))
        self.tabs.addTab(self._steps_tab(page), tr("Étapes"))
        self.tabs.addTab(self._advanced_tab(page), tr("Avancé"))
        self.tabs.setTabToolTip(2, tr("Le texte du guide en Markdown, pour qui connaît le format des fichiers"))
        outer.addWidget(self.tabs, 1)

        self.problems_title = QLabel()
        outer.addWidget(self.problems_title)
        self.problems = QListWidget()
        self.problems.setAccessibleName(tr("Problèmes du guide"))
        self.problems.setMaximumHeight(96)
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setToolTip(tr("Cliquez sur un problème pour aller au champ à corriger"))
        outer.addWidget(self.problems)

    def _guide_tab(self, page: QWidget) -> QWidget:
        tr = page.tr
        body = QWidget()
        grid = QGridLayout(body)
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit()
        self.title.setAccessibleName(tr("Titre"))
        self.title.setPlaceholderText(tr("Ce que la personne va faire, par exemple « Créer son compte ameli »"))
        left.addRow(tr("&Titre :"), self.title)
        self.summary = _lines_box(page, tr("Résumé"), tr("Vous saurez… (une ou deux phrases)"), 2)
        left.addRow(tr("&Résumé :"), self.summary)
        self.falc_intro = _lines_box(page, tr("Introduction facile à lire"),
                                     tr("Une phrase courte par ligne, avec « vous »"), 3)
        left.addRow(tr("&Facile à lire :"), self.falc_intro)
        self.level = QComboBox()
        self.level.setAccessibleName(tr("Niveau"))
        left.addRow(tr("&Niveau :"), self.level)
        self.duration = QSpinBox()
        self.duration.setRange(1, 480)
        self.duration.setSuffix(tr(" min"))
        self.duration.setAccessibleName(tr("Durée en minutes"))
        left.addRow(tr("&Durée :"), self.duration)
        self.reviewed = QDateEdit()
        self.reviewed.setCalendarPopup(True)
        self.reviewed.setDisplayFormat("dd/MM/yyyy")
        self.reviewed.setAccessibleName(tr("Vérifié sur le site officiel le"))
        left.addRow(tr("&Vérifié le :"), self.reviewed)
        self.keywords = QLineEdit()
        self.keywords.setAccessibleName(tr("Mots-clés"))
        self.keywords.setPlaceholderText(tr("Les mots que les gens tapent, séparés par des virgules"))
        left.addRow(tr("&Mots-clés :"), self.keywords)
        self.scam_warning = QCheckBox(tr("Avertir des faux sites payants (démarche gratuite)"))
        left.addRow("", self.scam_warning)
        grid.addLayout(left, 0, 0)

        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.themes = _checklist(tr("Thématiques"), 8)
        right.addRow(tr("T&hématiques :"), self.themes)
        self.demarches = _checklist(tr("Démarches"), 6)
        right.addRow(tr("Dé&marches :"), self.demarches)
        self.urls = _lines_box(page, tr("Sites officiels"), tr("https://www.caf.fr (un site par ligne)"), 2)
        right.addRow(tr("&Sites officiels :"), self.urls)
        self.urls_check = QLabel()
        self.urls_check.setTextFormat(Qt.TextFormat.PlainText)
        self.urls_check.setWordWrap(True)
        self.urls_check.setAccessibleName(tr("Vérification des sites officiels"))
        right.addRow("", self.urls_check)
        self.prerequisites = _lines_box(page, tr("Ce qu'il faut avant de commencer"),
                                        tr("Un document ou un identifiant par ligne"), 3)
        right.addRow(tr("&Avant de commencer :"), self.prerequisites)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        return scroll

    def _steps_tab(self, page: QWidget) -> QWidget:
        tr = page.tr
        tab = QWidget()
        row = QHBoxLayout(tab)
        left = QVBoxLayout()
        self.step_list = QListWidget()
        self.step_list.setAccessibleName(tr("Étapes du guide"))
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setWordWrap(True)
        left.addWidget(self.step_list, 1)
        buttons = QGridLayout()
        self.add_step_button = QPushButton(tr("Ajouter une étape"))
        self.remove_step_button = QPushButton(tr("Supprimer l'étape"))
        self.up_button = QPushButton(tr("↑ Monter"))
        self.down_button = QPushButton(tr("↓ Descendre"))
        self.up_button.setAccessibleName(tr("Monter l'étape"))
        self.down_button.setAccessibleName(tr("Descendre l'étape"))
        buttons.addWidget(self.add_step_button, 0, 0)
        buttons.addWidget(self.remove_step_button, 0, 1)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        left.addLayout(buttons)
        left_w = QWidget()
        left_w.setLayout(left)
        left_w.setMaximumWidth(330)
        row.addWidget(left_w)

        self.step_box = QGroupBox(tr("Étape"))
        form = QVBoxLayout(self.step_box)
        t_row = QFormLayout()
        self.step_title = QLineEdit()
        self.step_title.setAccessibleName(tr("Titre de l'étape"))
        self.step_title.setPlaceholderText(tr("Une action, par exemple « Se connecter »"))
        t_row.addRow(tr("Ac&tion :"), self.step_title)
        form.addLayout(t_row)
        texts = QGridLayout()
        texts.addWidget(QLabel(tr("Ce que la personne fait (boutons entre « guillemets ») :")), 0, 0)
        texts.addWidget(QLabel(tr("Facile à lire (une phrase courte par ligne) :")), 0, 1)
        self.step_text = QPlainTextEdit()
        self.step_text.setAccessibleName(tr("Texte de l'étape"))
        self.step_text.setTabChangesFocus(True)
        self.step_falc = QPlainTextEdit()
        self.step_falc.setAccessibleName(tr("Texte facile à lire de l'étape"))
        self.step_falc.setTabChangesFocus(True)
        texts.addWidget(self.step_text, 1, 0)
        texts.addWidget(self.step_falc, 1, 1)
        texts.addWidget(QLabel(tr("⚠ Attention (un encadré par ligne) :")), 2, 0)
        texts.addWidget(QLabel(tr("Astuce (un encadré par ligne) :")), 2, 1)
        self.step_warnings = _lines_box(page, tr("Encadrés Attention"), "", 3)
        self.step_tips = _lines_box(page, tr("Encadrés Astuce"), "", 3)
        texts.addWidget(self.step_warnings, 3, 0)
        texts.addWidget(self.step_tips, 3, 1)
        texts.setRowStretch(1, 1)
        form.addLayout(texts, 1)
        pic = QHBoxLayout()
        self.image_name = QLabel()
        self.image_name.setTextFormat(Qt.TextFormat.PlainText)
        self.image_alt = QLineEdit()
        self.image_alt.setAccessibleName(tr("Légende de l'image"))
        self.image_alt.setPlaceholderText(tr("Légende : ce que montre l'image"))
        self.image_button = QPushButton(tr("Ajouter une image…"))
        self.remove_image_button = QPushButton(tr("Retirer l'image"))
        pic.addWidget(QLabel(tr("Image :")))
        pic.addWidget(self.image_name)
        pic.addWidget(self.image_alt, 1)
        pic.addWidget(self.image_button)
        pic.addWidget(self.remove_image_button)
        form.addLayout(pic)
        row.addWidget(self.step_box, 1)
        return tab

    def _advanced_tab(self, page: QWidget) -> QWidget:
        tr = page.tr
        tab = QWidget()
        v = QVBoxLayout(tab)
        hint = QLabel(tr("Le fichier du guide tel qu'il est enregistré. Ce que vous changez ici passe dans le "
                         "formulaire en revenant aux autres onglets."))
        hint.setWordWrap(True)
        v.addWidget(hint)
        self.text_error = QLabel()
        self.text_error.setTextFormat(Qt.TextFormat.PlainText)
        self.text_error.setWordWrap(True)
        self.text_error.setStyleSheet("color: #a00000; font-weight: bold;")
        self.text_error.setVisible(False)
        v.addWidget(self.text_error)
        split = QSplitter()
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(tr("Texte du guide (Markdown)"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        split.addWidget(self.text)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(tr("Aperçu du guide"))
        split.addWidget(self.preview)
        split.setSizes([520, 480])
        v.addWidget(split, 1)
        return tab
