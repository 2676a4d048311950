"""Records of set s: a resume is a header, sections of jobs / paragraphs / bullets / rows, and its truth.

Nothing here is shared with the other sets' generators. Years of licensed experience are the union
of the licensed months (start and end month both counted) over twelve, "Present" = 2026-12.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

AS_OF = (2026, 12)


@dataclass
class Job:
    title: str
    org: str
    where: str
    dates: str
    bullets: list[str] = field(default_factory=list)
    note: str = ""  # a line under the title, e.g. "Contract through <agency>"


@dataclass
class Li:
    text: str


@dataclass
class Row:
    cells: list[str]


@dataclass
class Sec:
    head: str
    items: list[Any]


@dataclass
class Resume:
    key: str
    file: str
    fmt: str  # pdf, docx, rtf, txt, photo, scan
    layout: str
    render: str  # the toolchain that draws the page (for photo/scan: the source page)
    name: str = ""
    creds: str = ""
    headline: str = ""
    contact: list[str] = field(default_factory=list)
    main: list[Sec] = field(default_factory=list)
    side: list[Sec] = field(default_factory=list)
    header: str | None = None
    footer: str | None = None
    opts: dict[str, Any] = field(default_factory=dict)
    raw: str = ""  # the whole text of a .txt resume
    optics: str = ""  # the camera or scanner function of optics.py
    truth: dict[str, Any] = field(default_factory=dict)

    def spec(self) -> dict[str, Any]:
        """The page content as plain JSON for the node and system-python renderers."""

        def item(x: Any) -> dict[str, Any]:
            if isinstance(x, Job):
                return {
                    "t": "job",
                    "title": x.title,
                    "org": x.org,
                    "where": x.where,
                    "dates": x.dates,
                    "bullets": x.bullets,
                    "note": x.note,
                }
            if isinstance(x, Li):
                return {"t": "li", "text": x.text}
            if isinstance(x, Row):
                return {"t": "row", "cells": x.cells}
            return {"t": "p", "text": str(x)}

        def secs(ss: list[Sec]) -> list[dict[str, Any]]:
            return [{"h": s.head, "items": [item(i) for i in s.items]} for s in ss]

        return {
            "key": self.key,
            "layout": self.layout,
            "render": self.render,
            "name": self.name,
            "creds": self.creds,
            "headline": self.headline,
            "contact": self.contact,
            "main": secs(self.main),
            "side": secs(self.side),
            "header": self.header,
            "footer": self.footer,
            "opts": self.opts,
        }


def lic(
    state: str, type_: str, number: str, compact: bool | None, expires: str | None
) -> dict[str, Any]:
    return {"state": state, "type": type_, "number": number, "compact": compact, "expires": expires}


def cert(name: str, issuer: str | None = None, expires: str | None = None) -> dict[str, Any]:
    return {"name": name, "issuer": issuer, "expires": expires}


def edu(degree: str, school: str) -> dict[str, Any]:
    return {"degree": degree, "school": school}


def _month(s: str) -> int:
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def years(spans: list[tuple[str, str]] | None) -> float | None:
    """Union of the licensed months of ("YYYY-MM", "YYYY-MM") spans, both ends counted, over 12."""
    if spans is None:
        return None
    months: set[int] = set()
    for a, b in spans:
        months.update(range(_month(a), _month(b) + 1))
    return round(len(months) / 12, 1)


def truth(
    *,
    name: str,
    email: str,
    phone: str,
    location: str | None,
    discipline: str,
    specialties: list[str],
    licenses: list[dict[str, Any]],
    certifications: list[dict[str, Any]],
    spans: list[tuple[str, str]] | None,
    education: list[dict[str, Any]],
    employers: list[str],
    ehr_systems: list[str],
    agencies: list[str] | None = None,
    clinical_sites: list[str] | None = None,
    notes: str = "",
) -> dict[str, Any]:
    return {
        "name": name,
        "email": email,
        "phone": phone,
        "location": location,
        "discipline": discipline,
        "specialties": specialties,
        "licenses": licenses,
        "certifications": certifications,
        "years_experience": years(spans),
        "education": education,
        "employers": employers,
        "ehr_systems": ehr_systems,
        "agencies": agencies or [],
        "clinical_sites": clinical_sites or [],
        "notes": notes,
        "_spans": spans,
    }
