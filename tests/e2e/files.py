"""Test files built in the tests: resumes, and a PDF locked with the standard RC4 handler."""

from __future__ import annotations

import hashlib
import struct

from tests.files.pdf import assemble_pdf, text_pdf

# The 32-byte padding string of the PDF standard security handler (PDF 1.7, 7.6.3.3).
_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
_OWNER, _USER = b"owner-secret", b"user-secret"
_ID = hashlib.md5(b"recruit test").digest()
_PERMISSIONS = -44  # print and copy allowed; only the numeric value matters here


def resume_text(email: str = "jane.example@example.com") -> bytes:
    return (
        f"Jane Example, RN\n{email} | (555) 201-3344 | Denver, CO\n\n"
        "Experience\nICU Travel Nurse, Acme Staffing at Mercy Hospital, 2021 - present\n"
        "Licenses: Colorado RN (multistate), expires 2027-05\nCertifications: BLS, ACLS\n"
    ).encode()


def resume_pdf(email: str = "jane.example@example.com") -> bytes:
    return text_pdf(["Jane Example, RN", email, "ICU Travel Nurse, 2021 - present"])


def rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def encrypted_pdf(text: str = "Jane Example, RN") -> bytes:
    """A one-page PDF that opens only with a user password (40-bit RC4, revision 2)."""
    owner_key = hashlib.md5((_OWNER + _PAD)[:32]).digest()[:5]
    o_entry = rc4(owner_key, (_USER + _PAD)[:32])
    digest = hashlib.md5((_USER + _PAD)[:32] + o_entry + struct.pack("<i", _PERMISSIONS) + _ID)
    key = digest.digest()[:5]
    u_entry = rc4(key, _PAD)
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    stream = rc4(hashlib.md5(key + struct.pack("<I", 4)[:3] + b"\0\0").digest()[:10], content)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
        % (o_entry.hex().encode(), u_entry.hex().encode(), _PERMISSIONS),
    ]
    ids = b" /Encrypt 6 0 R /ID [<%s> <%s>]" % (_ID.hex().encode(), _ID.hex().encode())
    return assemble_pdf(objects, trailer_extra=ids)
