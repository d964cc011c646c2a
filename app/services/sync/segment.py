"""Segment files: `<seq>-<sha256>.seg`, a clear header line (authenticated) and the encrypted changes.

The name carries the file's own SHA-256, so a torn or altered file is caught before decryption; the
header carries format, dataset, device, sequence and the previous segment's hash.
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.services.sync import crypto

MAGIC = b"PASAPAS-SEG\n"
FORMAT = 1
NAME_RE = re.compile(r"^(\d{8})-([0-9a-f]{32})\.seg$")


class Rejected(Exception):
    """A file that is not a valid segment for us: the reason says why (it is reported, never applied)."""


@dataclass(frozen=True)
class Header:
    format: int
    dataset: str
    device: str
    name: str  # the PC's name, shown in conflict notes
    seq: int
    prev: str
    count: int
    nonce: str
    outbox: tuple[int, int]
    mac: str
    covers: int = 0  # a snapshot: replaces the device's segments up to this seq
    gen: int = 0  # the generation of the network key it is sealed with (0: the first passphrase's key)


@dataclass(frozen=True)
class Segment:
    header: Header
    changes: list[list[Any]]


def file_name(seq: int, data: bytes) -> str:
    return f"{seq:08d}-{hashlib.sha256(data).hexdigest()[:32]}.seg"


def parse_name(name: str) -> tuple[int, str] | None:
    m = NAME_RE.match(name)
    return (int(m.group(1)), m.group(2)) if m else None


def build(
    key: bytes,
    *,
    dataset: str,
    device: str,
    device_name: str,
    seq: int,
    prev: str,
    payload: bytes,
    count: int,
    outbox: tuple[int, int],
    covers: int = 0,
    gen: int = 0,
) -> tuple[str, bytes]:
    """The file name and bytes of a segment holding `payload` (the JSON list of changes)."""
    packed = zlib.compress(payload, 6)
    header = {
        "format": FORMAT,
        "dataset": dataset,
        "device": device,
        "name": device_name,
        "seq": seq,
        "prev": prev,
        "count": count,
        "outbox": list(outbox),
        "mac": crypto.mac(key, payload),
    }
    if covers:
        header["covers"] = covers
    if gen:
        header["gen"] = gen
    # The nonce is chosen by seal(); the header is the authenticated data, so it is sealed in two steps.
    head, ct = _seal_with_header(key, header, packed)
    data = head + ct
    return file_name(seq, data), data


def _seal_with_header(key: bytes, header: dict[str, Any], packed: bytes) -> tuple[bytes, bytes]:
    """(authenticated clear head, ciphertext): the nonce goes in the header, the header is the AAD."""
    nonce = crypto.new_nonce()
    header = {**header, "nonce": nonce.hex()}
    head = MAGIC + json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"
    return head, crypto.seal_with(key, nonce, packed, head)


def read_header(name: str, data: bytes) -> tuple[Header, bytes, bytes]:
    """Check name, checksum, magic and header; (header, authenticated head, ciphertext). Raises Rejected."""
    parsed = parse_name(name)
    if parsed is None:
        raise Rejected("nom de fichier inattendu (copie de conflit ou fichier étranger)")
    seq, digest = parsed
    if hashlib.sha256(data).hexdigest()[:32] != digest:
        raise Rejected("fichier incomplet ou abîmé (somme de contrôle différente)")
    if not data.startswith(MAGIC):
        raise Rejected("ce n'est pas un fichier de synchronisation Pas à Pas")
    end = data.find(b"\n", len(MAGIC))
    if end < 0:
        raise Rejected("en-tête incomplet")
    head = data[: end + 1]
    try:
        h = json.loads(data[len(MAGIC) : end])
        header = Header(
            format=int(h["format"]),
            dataset=str(h["dataset"]),
            device=str(h["device"]),
            name=str(h.get("name", "")),
            seq=int(h["seq"]),
            prev=str(h.get("prev", "")),
            count=int(h["count"]),
            nonce=str(h["nonce"]),
            outbox=(int(h["outbox"][0]), int(h["outbox"][1])),
            mac=str(h.get("mac", "")),
            covers=int(h.get("covers", 0)),
            gen=int(h.get("gen", 0)),
        )
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise Rejected("en-tête illisible") from exc
    if header.format > FORMAT:
        raise Rejected(f"format {header.format} plus récent : mettez Pas à Pas à jour sur ce PC")
    if header.seq != seq:
        raise Rejected("numéro de séquence différent du nom du fichier")
    return header, head, data[end + 1 :]


def open_segment(
    key: bytes | Mapping[int, bytes], name: str, data: bytes, *, dataset: str, device: str
) -> Segment:
    """Verify and decrypt a segment written by `device` in `dataset`, with `key` or, from a mapping of key
    generations, the one its header names. Raises Rejected."""
    header, head, ct = read_header(name, data)
    if isinstance(key, Mapping):
        found = key.get(header.gen)
        if found is None:
            raise Rejected(f"chiffré avec une clé du réseau que ce poste n'a pas (génération {header.gen})")
        key = found
    if header.dataset != dataset:
        raise Rejected("segment d'un autre réseau")
    if header.device != device:
        raise Rejected("segment rangé dans le dossier d'un autre poste")
    try:
        packed = crypto.unseal(key, bytes.fromhex(header.nonce), ct, head)
        changes = json.loads(zlib.decompress(packed))
    except (crypto.Unreadable, ValueError, zlib.error) as exc:
        raise Rejected("contenu illisible (abîmé, ou chiffré avec une autre phrase secrète)") from exc
    if not isinstance(changes, list) or len(changes) != header.count:
        raise Rejected("contenu incomplet")
    return Segment(header, changes)


def payload_mac(key: bytes, payload: bytes) -> str:
    return crypto.mac(key, payload)
