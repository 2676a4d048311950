"""Lines of text -> clinician profile, every field with a confidence and its evidence."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from recruit.clinical import vocab
from recruit.clinical.eligibility import eligible_states
from recruit.parsing import certifications, contact, education, licenses, specialties, work
from recruit.parsing.discipline import DISCIPLINE_LICENSE, Votes
from recruit.parsing.evidence import Evidence
from recruit.parsing.experience import stated_years
from recruit.parsing.model import Document
from recruit.parsing.normalize import Line, lines_of
from recruit.parsing.sections import (
    CREDENTIAL_KINDS,
    EXPERIENCE_KINDS,
    HEADER,
    split_sections,
)

_SUMMARY_KINDS = frozenset({"summary"})


class _Resume:
    """The cleaned lines of one resume, their sections and the lines to ignore."""

    def __init__(self, document: Document) -> None:
        self.lines = lines_of(document)
        self.sections = split_sections(self.lines)
        self.kind_of = {line.index: s.kind for s in self.sections for line in s.lines}
        refs = {line.index for s in self.sections if s.kind == "references" for line in s.lines}
        self.blocked = contact.referee_lines(self.lines, refs)
        self.usable = [line for line in self.lines if line.index not in self.blocked]

    def of_kind(self, *kinds: str) -> list[Line]:
        return [line for line in self.usable if self.kind_of.get(line.index) in kinds]

    def summary_text(self) -> list[Line]:
        prose = [line for line in self.of_kind(HEADER) if line.words >= 8]
        return self.of_kind(*_SUMMARY_KINDS) + prose


def build_profile(document: Document, *, today: date) -> dict[str, Any]:
    resume = _Resume(document)
    ev = Evidence()
    profile: dict[str, Any] = {}
    _contact(resume, profile, ev)
    lic, licence_lines = _licenses(resume, None, ev)
    entries = _entries(resume)
    degrees = _education(resume, ev)
    profile["discipline"] = _discipline(resume, lic, entries, degrees, ev)
    discipline = profile["discipline"]
    if discipline in DISCIPLINE_LICENSE:
        lic, licence_lines = _licenses(resume, DISCIPLINE_LICENSE[discipline], ev)
    profile["licenses"] = lic
    profile["certifications"] = _certifications(resume, licence_lines, ev)
    profile["education"] = degrees
    profile["ehr_systems"] = _ehr(resume, ev)
    _work(resume, entries, profile, ev, today)
    profile["eligible_states"] = eligible_states(lic, discipline, today)
    if profile["eligible_states"]:
        ev.add("eligible_states", None, 0.8)
    ordered = {key: profile.get(key) for key in _KEYS}
    ordered["fields"] = ev.for_profile(ordered)
    return ordered


_KEYS = (
    "name",
    "email",
    "phone",
    "location",
    "discipline",
    "specialties",
    "specialty_years",
    "licenses",
    "certifications",
    "years_experience",
    "education",
    "employers",
    "ehr_systems",
    "eligible_states",
)


def _contact(resume: _Resume, profile: dict[str, Any], ev: Evidence) -> None:
    found = {
        "name": contact.find_name(resume.usable),
        "email": contact.find_email(resume.lines, resume.blocked),
        "phone": contact.find_phone(resume.lines, resume.blocked),
    }
    near = {line.index for line in resume.lines[:8]}
    near |= {
        line.index
        for s in resume.sections
        if s.heading and "contact" in s.heading.text.lower()
        for line in s.lines
    }
    near |= {f.line.index for f in (found["email"], found["phone"]) if f}
    name_line = {found["name"].line.index} if found["name"] else set()
    found["location"] = contact.find_location(resume.lines, near - resume.blocked - name_line)
    for key, item in found.items():
        profile[key] = item.value if item else None
        if item:
            ev.add(key, item.line, item.confidence)


def _licenses(
    resume: _Resume, kind: str | None, ev: Evidence
) -> tuple[list[dict[str, Any]], set[int]]:
    """Licences, and the lines they came from (those lines are not certifications)."""
    found, used = [], set()
    for line in resume.usable:
        section = resume.kind_of.get(line.index)
        if section in EXPERIENCE_KINDS or section == "education":
            continue
        hits = licenses.parse_license_line(
            line, in_section=section in CREDENTIAL_KINDS, discipline_type=kind
        )
        for hit in hits:
            ev.add("licenses", line, 0.9 if hit["state"] else 0.6)
            used.add(line.index)
        found.extend(hits)
    return licenses.merge(found), used


def _certifications(resume: _Resume, licence_lines: set[int], ev: Evidence) -> list[dict[str, Any]]:
    found = []
    for line in resume.usable:
        in_section = resume.kind_of.get(line.index) in CREDENTIAL_KINDS
        if line.index in licence_lines:
            continue
        hits = certifications.certs_in_line(line, in_section=in_section)
        for hit in hits:
            ev.add("certifications", line, 0.9 if in_section else 0.7)
        found.extend(hits)
    return certifications.merge(found)


def _ehr(resume: _Resume, ev: Evidence) -> list[str]:
    names: list[str] = []
    for line in resume.usable:
        for hit in vocab.ehr_matcher().finditer(line.text):
            if hit.text[:1].isupper() and hit.canonical not in names:
                names.append(hit.canonical)
                ev.add("ehr_systems", line, 0.9)
    return names


def _education(resume: _Resume, ev: Evidence) -> list[dict[str, Any]]:
    lines = resume.of_kind("education")
    degrees: dict[str, dict[str, Any]] = {}
    for i, line in enumerate(lines):
        degree = education.parse_degree(lines, i)
        if degree and degree["degree"].lower() not in degrees:
            degrees[degree["degree"].lower()] = degree
            ev.add("education", line, 0.85)
    return list(degrees.values())


_SPILL_KINDS = frozenset({"skills", "other"})


def _entries(resume: _Resume) -> list[tuple[work.Entry, str]]:
    """Dated entries of the experience-like sections. In two-column layouts a sidebar heading
    can land inside the work history, so after it a clearly dated title+employer entry
    under a skills/links heading still counts as a job."""
    out: list[tuple[work.Entry, str]] = []
    experience_heading = None
    for section in resume.sections:
        lines = [line for line in section.lines if line.index not in resume.blocked]
        heading = section.heading.text if section.heading else ""
        if section.kind in EXPERIENCE_KINDS:
            out.extend((entry, heading) for entry in work.entries_in(section.kind, lines))
            experience_heading = heading if section.kind == "experience" else experience_heading
        elif section.kind in _SPILL_KINDS and experience_heading is not None:
            found = work.entries_in("experience", lines)
            out.extend((e, experience_heading) for e in found if work.looks_like_job(e))
    return out


def _discipline(resume, lic, entries, degrees, ev: Evidence) -> str | None:
    votes = Votes()
    for item in lic:
        votes.licence(item["type"])
    if resume.usable:
        votes.name_line(resume.usable[0].text)
    for line in resume.of_kind(HEADER)[:4]:
        votes.title(line.text)
    for entry, heading in entries:
        if entry.kind != "volunteer":
            votes.title(entry.text, 1.5)
    for line in resume.summary_text():
        votes.title(line.text, 1)
    for degree in degrees:
        votes.degree(degree["degree"])
    winner = votes.winner()
    if winner and resume.usable:
        ev.add("discipline", resume.usable[0], 0.8)
    return winner


def _work(resume: _Resume, entries, profile: dict[str, Any], ev: Evidence, today: date) -> None:
    discipline = profile["discipline"]
    employers: list[dict[str, Any]] = []
    intervals, per_specialty = [], {}
    agency_by_section: dict[str, str] = {}
    for entry, heading in entries:
        if entry.kind == "volunteer" or work.is_rotation(entry, heading):
            continue
        record = work.describe(entry)
        if not work.credible(record):
            continue
        if record["agency"]:
            agency_by_section[heading] = record["agency"]
        elif work.is_assignment(entry) and heading in agency_by_section:
            record.update(agency=agency_by_section[heading], travel=True)
        specs = specialties.in_scope([name for name, _ in _entry_specialties(entry)], discipline)
        record["unit"] = record["unit"] or (specs[0] if specs else None)
        if record["name"].lower() not in {e["name"].lower() for e in employers}:
            employers.append(record)
            ev.add("employers", entry.header[0], 0.75)
        span = work.interval(entry, today)
        if span and _own_discipline(entry, discipline):
            intervals.append(span)
            for spec in specs:
                per_specialty.setdefault(spec, []).append(span)
    if not employers:
        employers = _undated_employers(resume, ev)
    profile["employers"] = employers
    profile["specialties"] = _specialties(resume, entries, discipline, ev)
    profile["specialty_years"] = {
        k: work.years_from(v) for k, v in per_specialty.items() if k in profile["specialties"]
    }
    stated = _stated(resume, discipline, ev)
    profile["years_experience"] = stated if stated is not None else work.years_from(intervals)
    if stated is None and intervals:
        for entry, _ in entries:
            if entry.span and not work.is_rotation(entry, ""):
                ev.add("years_experience", entry.header[0], 0.6)


def _undated_employers(resume: _Resume, ev: Evidence) -> list[dict[str, Any]]:
    """When every date sits detached from its entry, 'Employer, Title' lines still name jobs."""
    found: list[dict[str, Any]] = []
    for line in resume.of_kind("experience"):
        record = work.undated_job(line)
        if record and record["name"].lower() not in {e["name"].lower() for e in found}:
            found.append(record)
            ev.add("employers", line, 0.5)
    return found


def _entry_specialties(entry: work.Entry) -> list[tuple[str, Line]]:
    found = [(s, line) for line in entry.header for s in specialties.in_header(line.text)]
    return found + [(s, line) for line in entry.body for s in specialties.in_body(line.text)]


def _specialties(resume: _Resume, entries, discipline: str | None, ev: Evidence) -> list[str]:
    """Units worked (jobs and placements, not volunteering), the summary, 'Specialties:' lines."""
    if discipline is None:
        return []
    found: list[tuple[str, Line]] = []
    for entry, _ in entries:
        if entry.kind != "volunteer":
            found.extend(_entry_specialties(entry))
    for line in resume.summary_text():
        found.extend((s, line) for s in specialties.in_summary(line.text))
    for line in resume.usable:
        if resume.kind_of.get(line.index) not in EXPERIENCE_KINDS and ":" in line.text[:40]:
            found.extend((s, line) for s in specialties.in_body(line.text))
    names = specialties.in_scope([name for name, _ in found], discipline)
    for name, line in found:
        if name in names:
            ev.add("specialties", line, 0.75)
    return names


_SUPPORT_ROLE = re.compile(
    r"(?i)\b(?:tech|technician|aide|assistant|cna|pct|scribe|sitter|secretary|clerk|transporter"
    r"|volunteer|intern|extern|student|orderly|caregiver|support worker)\b"
)


def _own_discipline(entry: work.Entry, discipline: str | None) -> bool:
    """Work in the candidate's own discipline (an ER tech job before the RN licence is not)."""
    if discipline is None or discipline == "other-allied":
        return True
    votes = Votes()
    votes.title(entry.text)
    winner = votes.winner()
    if winner == discipline:
        return True
    return winner is None and not _SUPPORT_ROLE.search(entry.text)


def _stated(resume: _Resume, discipline: str | None, ev: Evidence) -> float | None:
    for lines, summary in ((resume.summary_text(), True), (resume.usable, False)):
        for line in lines:
            years = stated_years(line.text, clinician=discipline is not None, summary=summary)
            if years is not None:
                ev.add("years_experience", line, 0.85)
                return years
    return None
