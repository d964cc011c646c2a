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


# What FOLDER.json may ask of scrypt: tampered values would cost seconds of CPU each round, or crash.
KDF_N_RANGE = (2**10, 2**20)
KDF_R_RANGE = (1, 16)
KDF_P_RANGE = (1, 4)
SALT_BYTES_RANGE = (16, 64)


def kdf_problem(params: dict[str, object], salt: bytes) -> str | None:
    """Why scrypt parameters read from the share are refused, or None."""
    n, r, p = params.get("n"), params.get("r"), params.get("p")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p)):
        return "n, r, p doivent être des nombres entiers"
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    if n & (n - 1) or not KDF_N_RANGE[0] <= n <= KDF_N_RANGE[1]:
        return f"n = {n} : une puissance de 2 entre 2^10 et 2^20"
    if not KDF_R_RANGE[0] <= r <= KDF_R_RANGE[1]:
        return f"r = {r} : entre {KDF_R_RANGE[0]} et {KDF_R_RANGE[1]}"
    if not KDF_P_RANGE[0] <= p <= KDF_P_RANGE[1]:
        return f"p = {p} : entre {KDF_P_RANGE[0]} et {KDF_P_RANGE[1]}"
    if not SALT_BYTES_RANGE[0] <= len(salt) <= SALT_BYTES_RANGE[1]:
        return f"sel de {len(salt)} octets"
    return None


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


# Grants: a new data key handed to one PC through its public key (X25519, HKDF-SHA256, AES-GCM), so the PCs
# that remember the key move to a new generation without anyone typing the new passphrase on each of them.
GRANT_INFO = b"pasapas-grant-v1"
PUBLIC_BYTES = 32


def new_device_secret() -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return X25519PrivateKey.generate().private_bytes_raw()


def device_public(secret: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return X25519PrivateKey.from_private_bytes(secret).public_key().public_bytes_raw()


def _grant_key(shared: bytes, ephemeral: bytes, recipient: bytes, aad: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), KEY_BYTES, salt=None, info=GRANT_INFO + ephemeral + recipient + aad).derive(shared)


def seal_grant(public: bytes, key: bytes, aad: bytes) -> bytes:
    """`key` readable only by the holder of the secret of `public`: ephemeral public key, nonce, ciphertext."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes_raw()
    shared = eph.exchange(X25519PublicKey.from_public_bytes(public))
    nonce, ct = seal(_grant_key(shared, eph_pub, public, aad), key, aad)
    return eph_pub + nonce + ct


def open_grant(secret: bytes, blob: bytes, aad: bytes) -> bytes:
    """The key of a grant made for this secret's public key. Raises Unreadable."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    if len(blob) < PUBLIC_BYTES + NONCE_BYTES + 16:
        raise Unreadable
    eph_pub, nonce, ct = blob[:PUBLIC_BYTES], blob[PUBLIC_BYTES:PUBLIC_BYTES + NONCE_BYTES], blob[PUBLIC_BYTES + NONCE_BYTES:]
    me = X25519PrivateKey.from_private_bytes(secret)
    try:
        shared = me.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    except ValueError as exc:  # an all-zero shared secret: a forged ephemeral key
        raise Unreadable from exc
    return unseal(_grant_key(shared, eph_pub, me.public_key().public_bytes_raw(), aad), nonce, ct, aad)
