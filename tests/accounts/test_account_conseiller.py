"""« Comptes du personnel › Nouveau compte… » links the account to a conseiller: whose statistics it sees."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.services import accounts, installation
from app.services.stats import scope


def test_a_new_account_is_linked_to_the_conseiller_chosen(qtbot, db, ctx, admin, monkeypatch):
    from app.ui.accounts.accounts_dialog import AccountsDialog, NewAccountDialog

    yb = installation.add_conseiller(db, "Yanis B.")  # recorded under a short name
    installation.add_conseiller(db, "Yanis Benali")  # and again under the full one, by mistake

    def fill(dialog, choose):
        dialog.name.setText("Yanis Benali")
        dialog.password.setText("mot-de-passe-temporaire")
        names = [dialog.conseiller.itemText(i) for i in range(dialog.conseiller.count())]
        assert names[0] == "celui qui porte le même nom" and "Yanis B." in names
        if choose:
            dialog.conseiller.setCurrentIndex(dialog.conseiller.findData(yb))
        return QDialog.DialogCode.Accepted

    d = AccountsDialog(db, admin)
    qtbot.addWidget(d)
    monkeypatch.setattr(NewAccountDialog, "exec", lambda self: fill(self, True))
    d.add_account()
    assert d.error.text() == ""
    yanis = accounts.login(db, "Yanis Benali", "mot-de-passe-temporaire")
    assert accounts.account_of(db, yanis).conseiller_id == yb
    assert scope.own_conseiller_id(db, yanis) == yb  # the link, not the name
    monkeypatch.setattr(NewAccountDialog, "exec", lambda self: fill(self, False) and (
        self.name.setText("Léa Martin") or QDialog.DialogCode.Accepted))
    d.add_account()
    lea = accounts.login(db, "Léa Martin", "mot-de-passe-temporaire")
    assert accounts.account_of(db, lea).conseiller_id is None  # by name (none here: no figures)
