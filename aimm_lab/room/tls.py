"""The room's TLS certificate: made once for the room on the trainer's PC, pinned by every seat.

The certificate is self-signed (no authority vouches for a PC on a lab network): a seat learns
its SHA-256 fingerprint when it joins, proven by the pairing code (protocol.py), and from then on
trusts that certificate and no other (`client_context`). The private key never leaves the
trainer's PC (it is kept in the room's database, like the PIN's digest).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ssl
import tempfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

VALID_DAYS = 3650


def make_certificate(name: str) -> tuple[str, str]:
    """A new self-signed certificate for a room: (certificate PEM, private key PEM). ECDSA P-256."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"AIMM Lab room {name}"[:64]),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "AIMM Lab")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=VALID_DAYS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("aimm-lab-room")]), critical=False)
            .sign(key, hashes.SHA256()))
    cert_pem = cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode("ascii")
    return cert_pem, key_pem


def fingerprint(cert_pem_or_der: str | bytes) -> str:
    """The SHA-256 fingerprint of a certificate (PEM text or DER bytes), as 64 lowercase hex digits."""
    der = (ssl.PEM_cert_to_DER_cert(cert_pem_or_der) if isinstance(cert_pem_or_der, str)
           else bytes(cert_pem_or_der))
    return hashlib.sha256(der).hexdigest()


def server_context(cert_pem: str, key_pem: str) -> ssl.SSLContext:
    """The room's server-side context (TLS 1.2 at least)."""
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    with tempfile.TemporaryDirectory() as d:  # the ssl module loads keys from files only
        c, k = Path(d) / "c.pem", Path(d) / "k.pem"
        c.write_text(cert_pem)
        k.write_text(key_pem)
        k.chmod(0o600)
        ctx.load_cert_chain(str(c), str(k))
    return ctx


def client_context(pinned_pem: str | None) -> ssl.SSLContext:
    """A seat's context. With the room's pinned certificate: only that certificate is trusted (the
    host name is not checked: lab PCs reach the room by address). Without (joining, before the
    pairing code proved the certificate): no verification here; the caller must check the
    fingerprint against the pairing proof before sending anything secret."""
    if pinned_pem is None:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    else:
        ctx = ssl.create_default_context(cadata=pinned_pem)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx
