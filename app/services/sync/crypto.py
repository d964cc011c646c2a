"""Keys and sealing: scrypt turns the network's passphrase into a key; AES-GCM encrypts and authenticates."""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
KEY_BYTES = 32
NONCE_BYTES = 12
_CHECK_TEXT = b"pasapas-network-key-check"


class Unreadable(Exception):
    """Authentication failed: wrong key, or the bytes were changed."""


def new_salt() -> bytes:
    return os.urandom(16)


def derive_key(passphrase: str, salt: bytes, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES, maxmem=256 * 1024 * 1024
    )


def new_nonce() -> bytes:
    return os.urandom(NONCE_BYTES)


def seal_with(key: bytes, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes:
    return AESGCM(key).encrypt(nonce, plaintext, aad)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """(nonce, ciphertext with tag)."""
    nonce = new_nonce()
    return nonce, seal_with(key, nonce, plaintext, aad)


def unseal(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except (InvalidTag, ValueError) as exc:
        raise Unreadable from exc


def key_check(key: bytes, dataset: str) -> bytes:
    """A token stored in FOLDER.json that only the right key opens."""
    nonce, ct = seal(key, _CHECK_TEXT, dataset.encode())
    return nonce + ct


def verify_key(key: bytes, dataset: str, token: bytes) -> bool:
    try:
        return unseal(key, token[:NONCE_BYTES], token[NONCE_BYTES:], dataset.encode()) == _CHECK_TEXT
    except Unreadable:
        return False


def mac(key: bytes, data: bytes) -> str:
    """A keyed digest: recognises a segment's content without revealing it."""
    return hmac.new(key, data, hashlib.sha256).hexdigest()[:32]
