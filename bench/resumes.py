"""Resumes for the load bench: the real corpus in ../shared when present, else generated ones
(small PDF, DOCX and text files with a clinician's usual sections), each made unique."""

from __future__ import annotations

import io
import random
from pathlib import Path

from bench.stack import find_shared_dir
from tests.files.pdf import text_pdf

FIRST = ["Maria", "James", "Aisha", "Tom", "Priya", "Luis", "Grace", "Ken", "Olga", "Sam"]
LAST = ["Lopez", "Nguyen", "Okafor", "Smith", "Patel", "Kowalski", "Brown", "Ito", "Silva"]
UNITS = ["ICU", "ER", "Med-Surg", "Telemetry", "L&D", "NICU", "PACU", "Cath Lab"]
STATES = ["TX", "CO", "FL", "AZ", "NC", "TN", "VA", "WI"]


def lines_for(number: int, rng: random.Random) -> list[str]:
    first, last, unit = rng.choice(FIRST), rng.choice(LAST), rng.choice(UNITS)
    state = rng.choice(STATES)
    return [
        f"{first} {last}, RN, BSN",
        f"{first.lower()}.{last.lower()}{number}@example.com | (555) 01{number % 10}-{number:04d}",
        "Summary",
        f"Travel {unit} nurse with {rng.randint(2, 15)} years of acute care experience.",
        "Licenses",
        f"RN, {state}, multistate (compact), #{rng.randint(100000, 999999)}, expires 2027-06",
        "Certifications",
        "BLS (AHA) exp 2026-10; ACLS (AHA) exp 2026-11",
        "Experience",
        f"{unit} Travel RN, Aya Healthcare at Mercy Hospital, {state}, 2023 - present",
        f"Staff RN, {unit}, St. Luke's Medical Center, 2019 - 2023",
        "EHR: Epic, Cerner",
        f"Reference: bench upload {number}",
    ]


def make_docx(lines: list[str]) -> bytes:
    from docx import Document

    document = Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class ResumeSource:
    """next(number) -> (file name, bytes), rotating over kinds; unique bytes every time."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        shared = find_shared_dir()
        real = shared / "corpus" / "real" if shared else None
        self.real: list[Path] = (
            sorted(p for p in real.iterdir() if p.is_file()) if real and real.is_dir() else []
        )

    def next(self, number: int) -> tuple[str, bytes]:
        kind = number % 4
        if kind == 3 and self.real:
            path = self.real[number % len(self.real)]
            # Same document, distinct bytes (a trailing comment) so every upload is its own blob.
            suffix = b"\n%% bench %d\n" % number if path.suffix == ".pdf" else b""
            return f"real-{number}{path.suffix}", path.read_bytes() + suffix
        lines = lines_for(number, self.rng)
        if kind == 0:
            return f"resume-{number}.pdf", text_pdf(lines)
        if kind == 1:
            return f"resume-{number}.docx", make_docx(lines)
        return f"resume-{number}.txt", "\n".join(lines).encode()
