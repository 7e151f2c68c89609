"""API key material: generating RSA key pairs and holding a member's credentials."""

from __future__ import annotations

from dataclasses import dataclass, field

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_BITS = 2048


@dataclass(frozen=True)
class Credentials:
    """What a client needs to act as one simulated member; the repr hides the private key."""

    key_id: str
    private_key_pem: str = field(repr=False)
    user_id: str


def new_key_pair() -> tuple[str, bytes]:
    """Generate a 2048-bit RSA key pair: (unencrypted PKCS#8 private PEM, public PEM)."""
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


def load_public_key(pem: str | bytes) -> rsa.RSAPublicKey:
    """Read an RSA public key from PEM text."""
    data = pem.encode("ascii") if isinstance(pem, str) else pem
    key = serialization.load_pem_public_key(data)
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("expected an RSA public key")
    return key
