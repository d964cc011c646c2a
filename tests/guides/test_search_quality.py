"""Search quality on the real bundled guides: what citizens and conseillers type finds the right guide.

The queries live in `tests/guides/search_queries*.txt`, one a line: `query<TAB>expected-guide-id`, or
`query<TAB>-` for a query that must find no guide at all. Lines starting with `#` are comments. A query
whose expected guide is not bundled (yet) is skipped, not failed, so that query files can land before
their guides.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app import paths
from app.services import guides
from app.services.guide_search import search

HERE = Path(__file__).parent
NO_GUIDE = "-"
TOP = 3
GOAL = 0.95


def _read_queries() -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for path in sorted(HERE.glob("search_queries*.txt")):
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            query, sep, expected = raw.partition("\t")
            assert sep and query.strip() and expected.strip(), f"{path.name}:{n} : attendu « requête<TAB>id »"
            out.append((query.strip(), expected.strip(), f"{path.name}:{n}"))
    return out


QUERIES = _read_queries()
FINDING = [(q, e, where) for q, e, where in QUERIES if e != NO_GUIDE]
NOTHING = [(q, where) for q, e, where in QUERIES if e == NO_GUIDE]


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """One database with the real bundled guides, shared by the queries of this module (read only)."""
    from app.store.open import open_data_dir

    directory = paths.resource("guides")
    count = len(list(directory.glob("*.md")))
    if count < 30:
        pytest.skip(f"only {count} bundled guides in {directory}: the search-quality set needs the 30+ real guides")
    db = open_data_dir(tmp_path_factory.mktemp("guides-quality"))
    report = guides.load_bundled(db)
    assert report.problems == [] and report.added == count
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def bundled_ids() -> set[str]:
    return {p.stem for p in paths.resource("guides").glob("*.md")}


def test_at_least_120_queries_and_some_that_find_nothing() -> None:
    assert len(FINDING) >= 120
    assert len(NOTHING) >= 5
    queries = [q for q, _, _ in QUERIES]
    assert len(queries) == len(set(queries)), "une requête est en double dans les fichiers"


def test_expected_guide_in_top_three_for_95_percent(library, bundled_ids) -> None:
    measured = [(q, e, where) for q, e, where in FINDING if e in bundled_ids]
    assert len(measured) >= 120
    misses = []
    for query, expected, where in measured:
        top = [h.id for h in search(library, query)[:TOP]]
        if expected not in top:
            misses.append(f"{where} « {query} » → {top} (attendu {expected})")
    rate = 1 - len(misses) / len(measured)
    assert rate >= GOAL, f"{rate:.1%} dans les {TOP} premiers ; manqués :\n" + "\n".join(misses)


@pytest.mark.parametrize(("query", "where"), NOTHING)
def test_unrelated_query_finds_no_guide(library, query: str, where: str) -> None:
    assert [h.id for h in search(library, query)] == [], f"{where} « {query} »"


def test_title_hits_come_first(library) -> None:
    hits = search(library, "retraite")
    kinds = [h.how for h in hits]
    assert kinds[0] == "titre"
    assert kinds == sorted(kinds, key=lambda k: {"titre": 0, "texte": 1, "approché": 2}[k])


def test_a_word_beginning_a_longer_title_word_does_not_outrank_the_whole_word(library) -> None:
    # « passe » begins « passeport », but the person means « mot de passe ».
    assert search(library, "passe")[0].id == "mots-de-passe"


def test_accented_keywords_are_searchable(library) -> None:
    # « mot de passe oublié » is a keyword of mots-de-passe; it was indexed as « oubli\\u00e9 ».
    assert "mots-de-passe" in [h.id for h in search(library, "oublié")[:TOP]]


def test_a_typo_adds_only_a_few_close_guides(library) -> None:
    hits = search(library, "doctolibe")
    assert hits[0].id == "doctolib-rendez-vous"
    assert len(hits) <= 5
