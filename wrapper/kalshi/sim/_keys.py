"""API key material: generating RSA or Ed25519 key pairs and holding a member's credentials."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypeAlias

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

KEY_BITS = 2048
KeyType: TypeAlias = Literal["rsa", "ed25519"]
"""The API key types Kalshi accepts (`key_type` of `POST /api_keys/generate`)."""
KEY_TYPES: tuple[KeyType, ...] = ("rsa", "ed25519")
PublicKey: TypeAlias = rsa.RSAPublicKey | ed25519.Ed25519PublicKey
"""A registered API key's public half: it says how the key's signatures are checked."""


@dataclass(frozen=True)
class Credentials:
    """What a client needs to act as one simulated member; the repr hides the private key."""

    key_id: str
    private_key_pem: str = field(repr=False)
    user_id: str
    key_type: KeyType = "rsa"


def check_key_type(key_type: object) -> KeyType:
    """Return key_type if it is "rsa" or "ed25519"; else a ValueError naming both."""
    if key_type == "rsa" or key_type == "ed25519":
        return key_type
    raise ValueError(f"key_type must be 'rsa' or 'ed25519', got {key_type!r}")


def new_key_pair(key_type: KeyType = "rsa") -> tuple[str, bytes]:
    """Generate an RSA (2048-bit) or Ed25519 key pair: (PKCS#8 private PEM, public PEM)."""
    key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey
    if check_key_type(key_type) == "ed25519":
        key = ed25519.Ed25519PrivateKey.generate()
    else:
        key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem.decode("ascii"), public_pem


def load_public_key(pem: str | bytes) -> PublicKey:
    """Read an RSA or Ed25519 public key from PEM text; other key types are refused by name."""
    data = pem.encode("ascii") if isinstance(pem, str) else pem
    key = serialization.load_pem_public_key(data)
    if not isinstance(key, rsa.RSAPublicKey | ed25519.Ed25519PublicKey):
        raise ValueError(f"expected an RSA or Ed25519 public key, got {type(key).__name__}")
    return key
