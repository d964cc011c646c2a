"""Folding for search: the fast path gives exactly what full Unicode normalisation gives."""

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.text import _slow_fold, fold

LATINISH = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x52F), max_size=40)


def test_french_examples():
    assert fold("Impôts À PAYER, œuvre, Ærien, garçon, Ñandú") == "impots a payer, oeuvre, aerien, garcon, nandu"
    assert fold("Straße") == "strasse"
    assert fold("") == "" and fold(None) == ""


@settings(max_examples=400, deadline=None)
@given(LATINISH | st.text(max_size=30))
def test_fast_fold_equals_full_normalisation(text):
    assert fold(text) == _slow_fold(text)
