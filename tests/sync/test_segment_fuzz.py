"""Whatever happens to a segment's bytes, reading it gives back exactly what was written or a refusal."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.sync import crypto, segment

KEY = crypto.derive_key("clé de test", b"0123456789abcdef", n=2**10)
DATASET = "ds"
DEVICE = "dev"
PAYLOAD = json.dumps([["site", "r1", "0" * 15 + "-00000000-dev", {"name": "Médiathèque"}, {}]]).encode()
NAME, DATA = segment.build(KEY, dataset=DATASET, device=DEVICE, device_name="PC", seq=7, prev="",
                           payload=PAYLOAD, count=1, outbox=(1, 1))


def _read(name: str, data: bytes) -> segment.Segment | None:
    try:
        return segment.open_segment(KEY, name, data, dataset=DATASET, device=DEVICE)
    except segment.Rejected:
        return None


def test_the_original_reads_back():
    seg = _read(NAME, DATA)
    assert seg is not None and seg.changes == json.loads(PAYLOAD) and seg.header.name == "PC"


@settings(max_examples=200)
@given(st.data())
def test_truncated_flipped_or_renamed_bytes_are_refused(data):
    raw = bytearray(DATA)
    how = data.draw(st.sampled_from(["truncate", "flip", "flip-and-rename", "append"]))
    if how == "truncate":
        raw = raw[: data.draw(st.integers(0, len(raw) - 1))]
    elif how == "append":
        raw += data.draw(st.binary(min_size=1, max_size=20))
    else:
        pos = data.draw(st.integers(0, len(raw) - 1))
        raw[pos] ^= 1 << data.draw(st.integers(0, 7))
    name = segment.file_name(7, bytes(raw)) if how in ("flip-and-rename", "append") else NAME
    assert _read(name, bytes(raw)) is None


@given(st.binary(max_size=300), st.text(max_size=40))
def test_random_files_never_crash_the_reader(data, name):
    assert _read(name, data) is None
    assert _read(segment.file_name(1, data), data) is None
