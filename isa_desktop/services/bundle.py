"""Password-protected bundles: one application file, encrypted for email.

Layout (all integers big-endian)::

    magic  b"ISABNDL1"   8 bytes
    version             1 byte   (1)
    scrypt n, r, p      3 x 4 bytes
    salt                16 bytes (random per bundle)
    nonce               12 bytes (random per bundle)
    ciphertext          AES-256-GCM of the verified copy's bytes, with the 49 header bytes as
                        associated data, so changing any byte anywhere fails authentication.

The key comes from the password with scrypt and the bundle's own salt. The scrypt cost read from
a received bundle is bounded, so a crafted bundle cannot make us allocate gigabytes.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from isa_desktop.errors import UserError

MAGIC = b"ISABNDL1"
FORMAT_VERSION = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
HEADER = struct.Struct(">8sBIII16s12s")
SUFFIX = ".isabundle"
MIN_PASSWORD = 8
MAX_BUNDLE = 600 * 1024 * 1024  # the largest file (500 MB of documents) plus room
_MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
BAD_BUNDLE = ("The bundle could not be opened: wrong password or the file was changed in "
              "transit.")


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    """The 256-bit key for ``password``; refuses scrypt costs we would not have chosen."""
    if n < 2 or n & (n - 1) or not 1 <= r <= 32 or not 1 <= p <= 4 \
            or 128 * r * n > _MAX_SCRYPT_MEMORY:
        raise UserError(BAD_BUNDLE)
    kdf = Scrypt(salt=salt, length=32, n=n, r=r, p=p)
    return kdf.derive(password.encode("utf-8"))


def check_password(password: str) -> None:
    """Refuse a password too short to protect a file sent by email."""
    if len(password) < MIN_PASSWORD:
        raise UserError(f"Choose a password of at least {MIN_PASSWORD} characters, and give it "
                        "to the client by phone or another channel than the email.")


def seal(plain: bytes, password: str) -> bytes:
    """The bundle bytes for ``plain`` (see the module doc for the layout)."""
    check_password(password)
    salt, nonce = os.urandom(16), os.urandom(12)
    header = HEADER.pack(MAGIC, FORMAT_VERSION, SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, nonce)
    key = _derive(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return header + AESGCM(key).encrypt(nonce, plain, header)


def unseal(data: bytes, password: str, name: str = "The bundle") -> bytes:
    """The plain bytes inside a bundle, or ``UserError`` when it is not ours, the password is
    wrong or any byte changed."""
    if len(data) <= HEADER.size + 16 or not data.startswith(MAGIC[:4]):
        raise UserError(f"{name} is not an ISA Desktop bundle.")
    header = data[:HEADER.size]
    magic, version, n, r, p, salt, nonce = HEADER.unpack(header)
    if magic != MAGIC or version != FORMAT_VERSION:
        raise UserError(BAD_BUNDLE)
    key = _derive(password, salt, n, r, p)
    try:
        return AESGCM(key).decrypt(nonce, data[HEADER.size:], header)
    except InvalidTag:
        raise UserError(BAD_BUNDLE) from None


def read_limited(path: Path) -> bytes:
    """A bundle's bytes, refusing folders, special files and absurd sizes before reading."""
    try:
        info = path.stat()
    except OSError as exc:
        raise UserError(f"{path.name} could not be read ({exc.strerror}).") from None
    if not path.is_file():
        raise UserError(f"{path.name} is not a regular file.")
    if info.st_size > MAX_BUNDLE:
        raise UserError(f"{path.name} is too large to be an ISA Desktop bundle.")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserError(f"{path.name} could not be read ({exc.strerror}).") from None
