"""Hybrid logical clock (wall ms, counter, device id), encoded as text that sorts like the clock."""

from __future__ import annotations

from dataclasses import dataclass

WALL_DIGITS = 15
COUNTER_DIGITS = 8
_COUNTER_LIMIT = 10**COUNTER_DIGITS
# A clock further ahead than this of the receiver's wall clock is quarantined there; and this PC's own
# clock does not stay further ahead than this of its wall clock once the wall clock is set right.
MAX_AHEAD_MS = 72 * 3600 * 1000
# 2100-01-01T00:00Z: no clock at or after it is a date (a PC's clock set to 2100, a forged change).
LAST_WALL_MS = 4_102_444_800_000


@dataclass(frozen=True, order=True)
class Hlc:
    """A point of the clock. Ordering: wall time, then counter, then device id (the tie-break)."""

    wall_ms: int
    counter: int = 0
    device: str = ""

    def encode(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> Hlc:
        """Parse an encoded clock; raises ValueError on anything else."""
        wall, counter, device = text.split("-", 2)
        if len(wall) != WALL_DIGITS or len(counter) != COUNTER_DIGITS or not (wall + counter).isdigit():
            raise ValueError(f"not a clock: {text[:40]!r}")
        return cls(int(wall), int(counter), device)


ZERO = Hlc(0, 0, "")


def is_clock(text: object) -> bool:
    """True when `text` is an encoded clock (what a segment from another PC must carry)."""
    if not isinstance(text, str):
        return False
    try:
        Hlc.decode(text)
    except ValueError:
        return False
    return True


def wall_of(encoded: str) -> int:
    """The wall time (ms) of an encoded clock, without a full parse."""
    return int(encoded[:WALL_DIGITS])


def tick(last: Hlc, now_ms: int, device: str) -> Hlc:
    """The clock of a new local event: after `last` and never behind the wall clock.

    Except when `last` is far in the future (this PC's clock was ahead, then set right): the clock comes
    back to the wall clock instead of staying in the future, or every later write of this PC would be
    quarantined on the others for as long."""
    if last.wall_ms > now_ms + MAX_AHEAD_MS:
        return Hlc(now_ms, 0, device)
    if now_ms > last.wall_ms:
        return Hlc(now_ms, 0, device)
    if last.counter + 1 >= _COUNTER_LIMIT:
        return Hlc(last.wall_ms + 1, 0, device)
    return Hlc(last.wall_ms, last.counter + 1, device)


def observe(last: Hlc, remote: Hlc) -> Hlc:
    """The local clock after seeing `remote`: the next `tick` is after both."""
    if (remote.wall_ms, remote.counter) > (last.wall_ms, last.counter):
        return Hlc(remote.wall_ms, remote.counter, last.device)
    return last


def far_ahead(encoded: str, now_ms: int) -> bool:
    """A clock further ahead of `now_ms` than any sane drift: written while a clock was wrong."""
    return wall_of(encoded) > now_ms + MAX_AHEAD_MS


def impossible(encoded: str) -> bool:
    """A clock at or after 2100: not a date."""
    return wall_of(encoded) >= LAST_WALL_MS
