"""Lines of text -> clinician profile, every field with a confidence and its evidence."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from recruit.clinical import regions, vocab
from recruit.clinical.eligibility import eligible_states
from recruit.parsing import (
    certifications,
    contact,
    education,
    ehr_systems,
    fragments,
    history,
    licenses,
    sections,
)
from recruit.parsing.dates import RANGE
from recruit.parsing.discipline import DISCIPLINE_LICENSE, Votes
from recruit.parsing.evidence import Evidence
from recruit.parsing.guard import FieldGuard
from recruit.parsing.mail_spelling import NAME_PRINTED_LARGER, spelt_like_name
from recruit.parsing.model import Document
from recruit.parsing.normalize import Line
from recruit.parsing.resume import Resume
from recruit.parsing.sections import CREDENTIAL_KINDS, EXPERIENCE_KINDS, HEADER
from recruit.parsing.work import Entry


def _warm() -> None:
    """Compile every vocabulary at import: a worker that preloads the parser and forks per
    document then never pays for it inside a parse."""
    vocab.warm()
    regions.name_matcher()
    certifications.issuer_matcher()
    contact.credentials()
    sections.vocabulary()
    contact.to_e164("(214) 555-0100")  # loads the phone metadata for the default region


_warm()


def build_profile(document: Document, *, today: date) -> dict[str, Any]:
    """The profile of one document. Never raises (but for MemoryError): a field whose
    extraction fails is left empty and named in document.warnings as `field_failed:<field>`."""
    guard = FieldGuard(document.warnings)
    built = guard.run("profile", lambda: _build(document, today, guard), None)
    return built if built is not None else empty_profile()


# text read from a photo or a scan can be misread a character at a time (an e-mail's 'c' for
# an 'e', a state's 'TX' for 'T™'); on the blind sets such fields were wrong several times as
# often as a text file's, so none is shown as certain: the recruiter checks it on the page
OCR_CEILING = 0.75


def _build(document: Document, today: date, guard: FieldGuard) -> dict[str, Any]:
    resume = Resume(document)
    ev = Evidence()
    profile = empty_profile()
    _contact(resume, profile, ev, guard, read_by_ocr="ocr" in document.warnings)
    no_licences: tuple[list[dict[str, Any]], set[int]] = ([], set())
    lic, licence_lines = guard.run("licenses", lambda: _licenses(resume, None, ev), no_licences)
    no_entries = list[tuple[Entry, str]]()
    entries = guard.run("employers", lambda: history.entries(resume), no_entries)
    degrees = guard.run(
        "education", lambda: _education(resume, ev, profile["name"]), list[dict[str, Any]]()
    )
    discipline = guard.run(
        "discipline", lambda: _discipline(resume, lic, entries, degrees, ev), None
    )
    profile["discipline"] = discipline
    if discipline in DISCIPLINE_LICENSE:
        kind = DISCIPLINE_LICENSE[discipline]
        first = (lic, licence_lines)
        lic, licence_lines = guard.run("licenses", lambda: _licenses(resume, kind, ev), first)
    profile["licenses"] = lic
    profile["certifications"] = guard.run(
        "certifications",
        lambda: _certifications(
            resume, licence_lines | _job_lines(resume, entries), profile["name"], ev, today
        ),
        list[dict[str, Any]](),
    )
    profile["education"] = degrees
    profile["ehr_systems"] = guard.run(
        "ehr_systems", lambda: ehr_systems.named(resume.usable, ev), list[str]()
    )
    _work(resume, entries, profile, ev, today, guard)
    profile["eligible_states"] = guard.run(
        "eligible_states", lambda: eligible_states(lic, discipline, today), list[str]()
    )
    no_fields = dict[str, dict[str, Any]]()
    ceiling = OCR_CEILING if "ocr" in document.warnings else 1.0
    profile["fields"] = guard.run("fields", lambda: ev.for_profile(profile, ceiling), no_fields)
    return profile


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
_LISTS = frozenset(
    (
        "specialties",
        "licenses",
        "certifications",
        "education",
        "employers",
        "ehr_systems",
        "eligible_states",
    )
)
_MAPS = frozenset({"specialty_years", "fields"})
_WORK_KEYS = ("employers", "specialties", "specialty_years", "years_experience")


def empty_profile() -> dict[str, Any]:
    """Every key in its order, each empty: what a field that failed is left as."""
    return {
        key: [] if key in _LISTS else {} if key in _MAPS else None for key in (*_KEYS, "fields")
    }


def _work(
    resume: Resume,
    entries: list[Any],
    profile: dict[str, Any],
    ev: Evidence,
    today: date,
    guard: FieldGuard,
) -> None:
    """Employers, specialties and years come from one pass over the history; if it fails,
    all four stay empty rather than half filled (warning `field_failed:work_history`)."""
    found: dict[str, Any] = {"discipline": profile["discipline"]}
    if guard.run("work_history", lambda: _fill_work(resume, entries, found, ev, today), False):
        profile.update({key: found[key] for key in _WORK_KEYS})


def _contact(
    resume: Resume, profile: dict[str, Any], ev: Evidence, guard: FieldGuard, *, read_by_ocr: bool
) -> None:
    found = {
        "name": guard.run("name", lambda: contact.find_name(resume.usable), None),
        "email": guard.run("email", lambda: contact.find_email(resume.lines, resume.blocked), None),
        "phone": guard.run("phone", lambda: contact.find_phone(resume.lines, resume.blocked), None),
    }
    if read_by_ocr:
        found["email"] = guard.run("email", lambda: _email_spelt_like_name(found), found["email"])
    near = {line.index for line in resume.lines[:8]}
    near |= {
        line.index
        for s in resume.sections
        if s.heading and "contact" in s.heading.text.lower()
        for line in s.lines
    }
    # the lines around the candidate's e-mail or phone: an e-mail's signature block prints the
    # address over the phone line, at the foot of the message
    near |= {
        index
        for line in _repeating_contact(resume.lines, found)
        for index in range(line.index - _BESIDE_CONTACT, line.index + _BESIDE_CONTACT + 1)
    }
    resume.name_line = found["name"].line if found["name"] else None
    under_name: set[int] = set()
    if resume.name_line:  # the contact block sits under the name, wherever the name is
        under_name = set(
            range(resume.name_line.index + 1, _contact_block_end(resume.name_line, found))
        )
    near |= under_name
    # a job's city is its employer's, and 'Compact privilege: Oklahoma, Colorado' names states
    # licensed in: neither is where the candidate lives (a sidebar's licence list can run on
    # into the name and address set beside it, so the lines under the name stay near)
    credentials = {
        line.index for line in resume.lines if resume.kind_of.get(line.index) in CREDENTIAL_KINDS
    }
    away = resume.blocked | (credentials - under_name)
    away |= {
        line.index for line in resume.lines if resume.kind_of.get(line.index) in EXPERIENCE_KINDS
    }
    # the line holding the e-mail or phone is the contact line, wherever a design sets it (a
    # footer strip after the licences)
    away -= {f.line.index for f in (found["email"], found["phone"]) if f} - resume.blocked
    found["location"] = guard.run(
        "location",
        lambda: contact.find_location(resume.lines, near - away, name_line=resume.name_line),
        None,
    )
    for key, item in found.items():
        profile[key] = item.value if item else None
        if item:
            ev.add(key, item.line, item.confidence)


_BESIDE_CONTACT = 2


def _email_spelt_like_name(found: dict[str, contact.Found | None]) -> contact.Found | None:
    """The e-mail with its misread pieces spelt as the name, when the name is printed larger
    (its reading is then the surer one)."""
    name, email = found["name"], found["email"]
    if not (name and email and email.line.size) or (
        name.line.size < NAME_PRINTED_LARGER * email.line.size
    ):
        return email
    spelt = spelt_like_name(str(email.value), str(name.value))
    return email if spelt == email.value else replace(email, value=spelt)


def _repeating_contact(lines: list[Line], found: dict[str, contact.Found | None]) -> list[Line]:
    """The e-mail's and phone's lines, and every line that prints them again: a cover note
    above a pasted resume gives them first, the resume's own header again beside the address."""
    email, phone = found["email"], found["phone"]
    mail = str(email.value).lower() if email else None
    digits = str(phone.value)[-10:] if phone else None
    return [
        line
        for line in lines
        if (mail and mail in line.text.lower())
        or (digits and digits in re.sub(r"\D", "", line.text))
    ]


def _contact_block_end(name_line: Line, found: dict[str, contact.Found | None]) -> int:
    """Where the block under the name ends: three lines on, or on to the e-mail or phone
    printed a few lines lower (a name over two lines, credentials and a title push the
    address down)."""
    start = name_line.index
    reach = [
        item.line.index + 1
        for item in (found["email"], found["phone"])
        if item and start < item.line.index <= start + _CONTACT_BLOCK_REACH
    ]
    return max([start + 4, *reach])


_CONTACT_BLOCK_REACH = 7


def _licenses(
    resume: Resume, kind: str | None, ev: Evidence
) -> tuple[list[dict[str, Any]], set[int]]:
    """Licences, and the lines they came from (those lines are not certifications)."""
    ev.forget("licenses")
    found, used = [], set()
    compact_at: int | None = None  # the multistate column of the licence table being read
    items = resume.credential_items
    wrapped: set[int] = set()
    for n, line in enumerate(items):
        if line.index in wrapped:
            continue
        below = items[n + 1] if n + 1 < len(items) else None
        unwrapped = licenses.state_cell_unwrapped(line, below)
        unwrapped = unwrapped or licenses.prose_continued(line, below)
        if unwrapped is not None and below is not None:
            line = unwrapped
            wrapped.add(below.index)
            used.add(below.index)
        section = resume.kind_of.get(line.index)
        header_column = licenses.compact_column(line.text)
        if header_column is not None:
            compact_at = header_column
            continue
        # a job line naming a state and 'RN' is no licence; a 'Licenses: ...' line inside the
        # job is one, as it would be under its own heading
        labelled = sections.credential_label(line.text) == "licenses"
        if (section in EXPERIENCE_KINDS or section == "education") and not labelled:
            continue
        hits = licenses.parse_license_line(
            line, in_section=labelled or section in CREDENTIAL_KINDS, discipline_type=kind
        )
        if section == "certifications" and (
            _CERTIFICATE.search(line.text) or _APPROVING_BOARD.search(line.text)
        ):
            # 'IV Therapy certification (PA LPN scope), 2021' names the licence it builds on;
            # 'Physical Agent Modalities (PAMs) [Idaho OT Licensure Board]', '…, Nebraska OT
            # Board approved course' the board that approved it
            hits = [hit for hit in hits if hit["number"]]
        for hit in hits:
            if compact_at is not None and hit["compact"] is None:
                hit["compact"] = licenses.compact_cell(line.text, compact_at)
            ev.item("licenses", hit, line, licenses.confidence(hit, line.text))
            used.add(line.index)
        found.extend(hits)
    return licenses.merge(found), used


def _certifications(
    resume: Resume, licence_lines: set[int], name: str | None, ev: Evidence, today: date
) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    name_words = set(_WORD.findall(name.lower())) if name else set()
    for line in resume.credential_items:
        if _only_name_words(line.text, name_words):
            continue  # 'MARISOL' / 'OKAFOR-BRANDT': the main column's name after a sidebar list
        in_section = (
            resume.kind_of.get(line.index) in CREDENTIAL_KINDS
            or sections.credential_label(line.text) == "certifications"
        )
        if line.index in licence_lines:
            rest = _beside_licence(line)
            if rest is None:
                continue
            line = rest
        if resume.kind_of.get(line.index) in EXPERIENCE_KINDS and _titled_by_credential(line):
            continue  # 'Certified Surgical Technologist  2012 – 2016': the job held, no card
        issuer = certifications.issuer_alone(line.text) if in_section else None
        if issuer and found:
            found[-1]["issuer"] = found[-1]["issuer"] or issuer
            continue
        name_line = line is resume.name_line and "," in line.text
        hits = certifications.certs_in_line(
            line, in_section=in_section, post_nominals=name_line, today=today
        )
        for hit in hits:
            trusted = in_section or name_line
            ev.item("certifications", hit, line, certifications.confidence(hit, trusted))
        found.extend(hits)
    return certifications.merge(found)


def _titled_by_credential(line: Line) -> bool:
    """A dated job line whose title is a credential spelled out."""
    dates = RANGE.search(line.text)
    title = line.text[: dates.start()].strip(" \t|,–—-") if dates else ""
    return bool(title) and vocab.certification_matcher().whole(title) is not None


# a board named after its state and profession ('Idaho OT Licensure Board'); 'Board of
# Nursing' opens a licence's own line
_APPROVING_BOARD = re.compile(r"(?i)\bboard\b(?! of\b)")
_CERTIFICATE = re.compile(r"(?i)\bcertifi(?:cate|cation|ed)\b")


def _only_name_words(text: str, name_words: set[str]) -> bool:
    words = set(_WORD.findall(text.lower()))
    return bool(name_words and words) and words <= name_words


_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


def _job_lines(resume: Resume, entries: list[tuple[Entry, str]]) -> set[int]:
    """Lines of a job that landed in a credentials section (a grid of job cards read row by
    row): a facility there is no certification."""
    return {
        line.index
        for entry, _ in entries
        for line in entry.header + entry.body
        if resume.kind_of.get(line.index) in CREDENTIAL_KINDS
    }


def _beside_licence(line: Line) -> Line | None:
    """'Florida PTA #31877, exp 11/2027; BLS (AHA) exp 10/2027', or the two in cells side by
    side: the items of a licence line that name a known certification and no licence type,
    as a line of their own, or None."""
    parts = _ITEM_GAP.split(line.text)
    others = [
        part
        for part in parts
        if licenses.license_type_in(part) is None
        and vocab.certification_matcher().search(part)
        and not _LICENCE_NUMBER.search(part)
    ]
    if not others or not any(licenses.license_type_in(part) for part in parts):
        return None
    return replace(line, text="; ".join(part.strip() for part in others))


_ITEM_GAP = re.compile(r";|\s{2,}")
# 'CRT 88412' in a licence table's Number cell: a licence number, whatever its letters
_LICENCE_NUMBER = re.compile(r"\b[A-Z]{1,5}[- ]?\d{4,}\b")


def _education(resume: Resume, ev: Evidence, name: str | None) -> list[dict[str, Any]]:
    """Degrees under an education heading; with none there (no heading, a heading the
    vocabulary does not know, a scan), short lines naming a degree and its school anywhere
    outside the work history. The candidate's name with credentials after it ('Oswin
    Fairbairn, PT, DPT, OCS' signing an e-mail under 'School: …') is no degree."""
    signed = name.lower() if name else None
    lines = [
        line
        for line in resume.usable
        if line is not resume.name_line and not (signed and line.text.lower().startswith(signed))
    ]
    found = _degrees(
        [line for line in lines if resume.kind_of.get(line.index) == "education"], ev, outside=False
    )
    if not found:
        others = [line for line in lines if resume.kind_of.get(line.index) not in _NOT_EDUCATION]
        found = _degrees(others, ev, outside=True)
    return found


_NOT_EDUCATION = EXPERIENCE_KINDS


def _degrees(lines: list, ev: Evidence, *, outside: bool) -> list[dict[str, Any]]:
    degrees: dict[str, dict[str, Any]] = {}
    lines = education.degree_lines(lines)
    for i, line in enumerate(lines):
        if outside and (line.words > 16 or line.text.endswith(".")):
            continue
        degree = education.parse_degree(lines, i)
        if degree is None or degree["degree"].lower() in degrees:
            continue
        if outside and not education.names_school(lines, i):
            continue
        degrees[degree["degree"].lower()] = degree
        confidence = education.confidence(degree)
        ev.item("education", degree, line, min(confidence, 0.7) if outside else confidence)
    return list(degrees.values())


def _fill_work(
    resume: Resume,
    entries: list[tuple[Entry, str]],
    found: dict[str, Any],
    ev: Evidence,
    today: date,
) -> bool:
    history.fill_work(resume, entries, found, ev, today)
    return True


def _title_lines(resume: Resume) -> list[Line]:
    """The header lines where a title sits: the first few from the name on (a phone's notes
    app or a fax cover puts lines of its own above the name)."""
    header = resume.of_kind(HEADER)
    start = resume.name_line.index if resume.name_line in header else -1
    return [line for line in header if line.index >= start][:4]


def _discipline(
    resume: Resume,
    lic: list[dict[str, Any]],
    entries: list[tuple[Entry, str]],
    degrees: list[dict[str, Any]],
    ev: Evidence,
) -> str | None:
    votes = Votes()
    for item in lic:
        votes.licence(item["type"])
    if resume.usable:
        votes.name_line((resume.name_line or resume.usable[0]).text)
    credentials_line = contact.credentials_below(resume.usable, resume.name_line)
    if credentials_line is not None:  # 'Jane Doe' over 'BSN, RN, CEN'
        votes.name_line(f", {credentials_line.text}")
    for line in _title_lines(resume):
        votes.title(line.text)
        votes.titled_credential(line.text, 2)
    for entry, _heading in entries:
        if entry.kind != "volunteer":
            votes.title(entry.text, 1.5)
            for part in (p for line in entry.header for p in fragments.split_parts(line.text)):
                votes.titled_credential(part, 1.5)
    for line in resume.summary:
        votes.title(line.text, 1)
    for degree in degrees:
        votes.degree(degree["degree"])
    winner = votes.winner()
    if winner and resume.usable:
        ev.add("discipline", resume.name_line or resume.usable[0], 0.8)
    return winner
