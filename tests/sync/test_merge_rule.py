"""The pure merge rule: order-free, idempotent, the loser kept, conflicts only for concurrent edits."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from app.domain.hlc import Hlc, observe, tick
from app.domain.merge import Version, merge_field, merge_row


def h(wall: int, counter: int = 0, device: str = "a") -> str:
    return Hlc(wall, counter, device).encode()


def test_clock_text_sorts_like_the_clock():
    clocks = [Hlc(5, 0, "b"), Hlc(5, 1, "a"), Hlc(12, 0, "a"), Hlc(5, 0, "a"), Hlc(10**12, 0, "z")]
    assert sorted(c.encode() for c in clocks) == [c.encode() for c in sorted(clocks)]
    assert Hlc.decode(Hlc(123, 4, "dev-1").encode()) == Hlc(123, 4, "dev-1")


def test_tick_never_goes_back_even_when_the_wall_clock_does():
    t1 = tick(Hlc(1000, 0, "a"), 500, "a")
    assert t1 > Hlc(1000, 0, "a")
    seen = observe(t1, Hlc(9000, 3, "b"))
    assert tick(seen, 100, "a") > Hlc(9000, 3, "b")


def test_concurrent_edits_the_later_clock_wins_and_the_loser_is_a_conflict():
    base = Version(45, h(1))
    mine = Version(60, h(2, device="a"), prev=h(1))
    theirs = Version(30, h(3, device="b"), prev=h(1))
    v, loser = merge_field("duration", merge_field("duration", base, mine)[0], theirs)
    assert v.value == 30 and loser is not None and loser.value == 60 and loser.conflict


def test_a_successor_is_not_a_conflict():
    first = Version(45, h(1))
    second = Version(30, h(2, device="b"), prev=h(1))
    v, loser = merge_field("d", first, second)
    assert v.value == 30 and loser is not None and not loser.conflict
    v, loser = merge_field("d", second, first)  # the old value arriving late
    assert v.value == 30 and not loser.conflict


def test_the_same_value_twice_is_not_a_conflict():
    v, loser = merge_field("title", Version("Ameli", h(1, device="a")), Version("Ameli", h(2, device="b")))
    assert loser is None and v.hlc == h(2, device="b")


versions = st.builds(
    Version,
    st.sampled_from([None, 1, 2, "x", "y", b"\x00"]),
    st.builds(h, st.integers(0, 5), st.integers(0, 2), st.sampled_from(["a", "b", "c"])),
    st.none() | st.builds(h, st.integers(0, 5)),
)


@given(st.lists(versions, min_size=1, max_size=6))
def test_any_order_of_delivery_gives_the_same_winner(vs):
    winners = set()
    for order in itertools.islice(itertools.permutations(vs), 24):
        state: dict[str, Version] = {}
        for v in (*order, *order):  # and everything delivered twice
            changed, _ = merge_row(state, v.hlc, {"f": v.value}, {"f": v.prev})
            state.update(changed)
        winners.add((state["f"].hlc, repr(state["f"].value)))
    assert len(winners) == 1
