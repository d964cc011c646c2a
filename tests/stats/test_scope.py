"""Whose statistics an account sees (the service): an admin everyone's, a conseiller only their own."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.permissions import COMMAND_LINE, PermissionDenied
from app.services import accounts, installation, merges
from app.services.stats import scope
from app.services.stats.model import StatsFilter
from tests.stats import dataset

NOVEMBER = StatsFilter(*dataset.NOVEMBER)


@pytest.fixture
def town(db):
    return dataset.fill(db)


@pytest.fixture
def boss(db, town):
    return accounts.create_first_admin(db, "Camille Durand", "mot-de-passe-admin", conseiller_id=town.camille)


def _account(db, boss, name, **kw):
    accounts.create_account(db, boss, name, "mot-de-passe-temporaire", **kw)
    return accounts.login(db, name, "mot-de-passe-temporaire")


def test_an_admin_sees_everyone_and_may_choose(db, town, boss):
    assert scope.dashboard_for(db, boss, NOVEMBER).figures.sessions == 7
    yanis_only = StatsFilter(*dataset.NOVEMBER, conseiller_id=town.yanis)
    assert scope.dashboard_for(db, boss, yanis_only).figures.sessions == 2


def test_a_conseiller_sees_their_own_by_name_when_the_account_has_no_link(db, town, boss):
    yanis = _account(db, boss, "yanis  BENALI")  # folded: case and spaces do not matter
    assert scope.own_conseiller_id(db, yanis) == town.yanis
    board = scope.dashboard_for(db, yanis, NOVEMBER)
    assert board.filter.conseiller_id == town.yanis and board.figures.sessions == 2
    with pytest.raises(PermissionDenied, match="voir les statistiques de tous"):
        scope.scoped(db, yanis, StatsFilter(*dataset.NOVEMBER, conseiller_id=town.camille))


def test_the_link_wins_over_the_name_and_follows_a_merge(db, town, boss):
    other = installation.add_conseiller(db, "Yanis B.")  # the same person, recorded twice
    linked = _account(db, boss, "Yanis Benali", conseiller_id=other)
    assert scope.own_conseiller_id(db, linked) == other
    assert scope.dashboard_for(db, linked, NOVEMBER).figures.sessions == 0
    merges.merge_conseillers(db, "Yanis Benali", "Yanis B.")  # the admin merges the two records
    assert scope.own_conseiller_id(db, linked) == town.yanis
    assert scope.dashboard_for(db, linked, NOVEMBER).figures.sessions == 2


def test_an_account_that_records_as_nobody_sees_no_figures_never_everyones(db, town, boss):
    stranger = _account(db, boss, "Zoé Martin")
    with pytest.raises(scope.NoConseiller, match="n'est relié à aucun conseiller"):
        scope.dashboard_for(db, stranger, NOVEMBER)
    with pytest.raises(scope.NoConseiller):
        scope.scoped(db, COMMAND_LINE, StatsFilter(date(2026, 1, 1), date(2026, 12, 31)))
