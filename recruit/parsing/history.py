"""Work history for the profile: employers, specialties worked and years of experience."""

from __future__ import annotations

import re
from datetime import date
from functools import partial
from itertools import takewhile
from typing import Any

from recruit.clinical import vocab
from recruit.parsing import (
    assignments,
    detached,
    fragments,
    prose_jobs,
    sections,
    specialties,
    work,
)
from recruit.parsing.dates import Span, iso, resolve
from recruit.parsing.discipline import Votes
from recruit.parsing.evidence import Evidence
from recruit.parsing.experience import StatedTotal, stated_phrases, stated_total
from recruit.parsing.normalize import Line
from recruit.parsing.resume import Resume
from recruit.parsing.sections import EXPERIENCE_KINDS

# sections a job card can land in when a grid of cards is read row by row
_SPILL_KINDS = frozenset({"skills", "other", "certifications", "licenses"})
_TRAVEL_TITLE = re.compile(r"(?i)\btravel(?:er|ing)?\b|\bcontract\b")
_SUMMARY = 0.75  # confidence of a specialty the summary names
_RECENT_EMPLOYERS = 5
# years a stated 'N+' usually leaves unsaid: two, or a quarter of a long career ('over two
# decades' with dates showing 22.4)
_ROUNDED_DOWN = 2.0
_ROUNDED_DOWN_SHARE = 0.25


def entries(resume: Resume) -> list[tuple[work.Entry, str]]:
    """Dated entries of the experience-like sections. In two-column layouts a sidebar heading
    can land inside the work history, so after it a clearly dated title+employer entry
    under a skills/links heading still counts as a job."""
    out: list[tuple[work.Entry, str]] = []
    experience_heading = None
    for section in resume.sections:
        lines = _job_lines(resume, section.lines)
        heading = section.heading.text if section.heading else ""
        if section.kind in EXPERIENCE_KINDS:
            out.extend((entry, heading) for entry in work.entries_in(section.kind, lines))
            experience_heading = heading if section.kind == "experience" else experience_heading
        elif section.kind in _SPILL_KINDS and experience_heading is not None:
            found = work.entries_in("experience", lines)
            # among credentials ('TNCC' / 'RN' under a card's dates) and under teaching or
            # service ('Preceptor, PGY1 and PGY2 residents, 2020–present') a job needs a real
            # place
            strict = section.kind in sections.CREDENTIAL_KINDS or section.kind == "other"
            out.extend(
                (e, experience_heading)
                for e in found
                if work.looks_like_job(e)
                and (not strict or (work.names_a_place(e) and not work.titled_by_a_credential(e)))
            )
    return out or detached.entries(resume) or _unheaded(resume)


def _unheaded(resume: Resume) -> list[tuple[work.Entry, str]]:
    """A page typed with no headings at all (a phone's notes, a plain e-mail): the jobs are
    the dated title-and-employer blocks whose employer is recognisably a place of work."""
    if any(section.kind in EXPERIENCE_KINDS for section in resume.sections):
        return []
    lines = [
        line
        for section in resume.sections
        if section.kind in (sections.HEADER, "other")
        for line in _job_lines(resume, section.lines)
    ]
    found = work.entries_in("experience", lines)
    return [(e, "") for e in found if work.looks_like_job(e) and work.names_a_place(e)]


def _job_lines(resume: Resume, lines: list[Line]) -> list[Line]:
    """Lines that can describe a job: not a referee's, and not a labelled credential list
    ('Licenses: CO RN, expires 2027-05' under a job is no job, though it carries a date)."""
    return [
        line
        for line in lines
        if line.index not in resume.blocked and sections.credential_label(line.text) is None
    ]


_Interval = tuple[tuple[int, int], tuple[int, int]]


def fill_work(
    resume: Resume,
    entries: list[tuple[work.Entry, str]],
    profile: dict[str, Any],
    ev: Evidence,
    today: date,
) -> None:
    discipline = profile["discipline"]
    employers: list[dict[str, Any]] = []
    intervals: list[_Interval] = []
    support: list[_Interval] = []  # an allied career's aide jobs: its years only if all it has
    per_specialty: dict[str, list[_Interval]] = {}
    agency_by_section: dict[str, str] = {}
    employer_names: dict[int, str | None] = {}  # by the entry's place: described once
    for n, (entry, heading) in enumerate(entries):
        if entry.kind == "volunteer" or work.is_rotation(entry, heading):
            continue
        if any(prose_jobs.is_prose(line) for line in entry.header):
            continue  # told in a sentence: read whole below
        record = work.describe(entry)
        employer_names[n] = record["name"]
        # 'Assignment: Magnolia Terrace Skilled Nursing' names a facility whatever its words
        if not work.credible(record) and not (record["name"] and work.is_assignment(entry)):
            continue
        if record["agency"]:
            agency_by_section[heading] = record["agency"]
        elif (
            heading in agency_by_section
            and not assignments.direct_hire(entry)
            and (
                work.is_assignment(entry)
                or not record["title"]
                or _TRAVEL_TITLE.search(record["title"])
            )
        ):
            # facility lines under an agency line ('Travel RN — CVICU' under 'Travel RN —
            # Lanternfield Travel Nursing'), until a job with a staff title of its own
            record.update(agency=agency_by_section[heading], travel=True)
        else:
            agency_by_section.pop(heading, None)
        named = _entry_specialties(entry, record["name"])
        specs = specialties.in_scope([name for name, *_ in named], discipline)
        record["unit"] = record["unit"] or (specs[0] if specs else None)
        for found, line, confidence in _with_facilities(record, entry):
            if found["name"].lower() not in {e["name"].lower() for e in employers}:
                employers.append(found)
                ev.item("employers", found, line, confidence)
        span = work.interval(entry, today)
        # the title says whose work it was: 'PTA — Bayou Capital Physical Therapy' is a PTA's
        role = record["title"] or entry.text
        if span and _own_discipline(role, discipline) and not _before_career(entry):
            intervals.append(span)
            for spec in specs:
                per_specialty.setdefault(spec, []).append(span)
        elif span and discipline == "other-allied" and not _before_career(entry):
            support.append(span)
    for job in prose_jobs.prose_jobs(resume.of_kind(*EXPERIENCE_KINDS)):
        record = {**job.record, "start": iso(job.span.start), "end": _end_of(job.span)}
        if str(record["name"]).lower() not in {e["name"].lower() for e in employers}:
            employers.append(record)
            ev.item("employers", record, job.line, 0.6)
        span = resolve(job.span, today)
        if span and _own_discipline(job.text, discipline):
            intervals.append(span)
    employers = _without_bare_agencies(_travel_job_over_its_facilities(employers))
    if not employers:
        employers = _undated_employers(resume, ev)
    profile["employers"] = employers
    profile["specialties"] = _specialties(resume, entries, discipline, ev, employer_names)
    profile["specialty_years"] = {
        k: work.years_from(v) for k, v in per_specialty.items() if k in profile["specialties"]
    }
    for spec, years in _stated_specialty_years(resume, discipline).items():
        if spec in profile["specialties"]:
            profile["specialty_years"].setdefault(spec, years)
    stated = _stated(resume, discipline, ev)
    counted = intervals or support
    dated = work.years_from(counted)
    # '20+ years' with dates showing 21.5: the dates say how far past the milestone; dates
    # showing far more count jobs the stated figure leaves out on purpose (other careers)
    just_past = (
        stated is not None
        and stated.at_least
        and dated is not None
        and stated.years
        < dated
        <= stated.years + max(_ROUNDED_DOWN, _ROUNDED_DOWN_SHARE * stated.years)
    )
    # 'five years of staff ICU and nine travel contracts': the dates add the other stretches
    more_dated = (
        stated is not None and stated.one_stretch and dated is not None and dated > stated.years
    )
    profile["years_experience"] = (
        dated if stated is None or just_past or more_dated else stated.years
    )
    if stated is None and counted:
        for entry, heading in entries:
            if entry.span and not work.is_rotation(entry, heading):
                ev.add("years_experience", entry.header[0], 0.6)


def _end_of(span: Span) -> str | None:
    return "present" if span.ongoing else iso(span.end)


def _travel_job_over_its_facilities(employers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'Travel RN  2007 - 2009' at 'Hoosier Flex Nursing' over 'Fall Creek Hospital, Anderson,
    IN - med-surg - Jun 2007 - May 2008' and the next untitled facility: the facilities
    inside the travel job's dates are where it was worked, the travel job's company the
    agency that placed the clinician there."""
    for n, job in enumerate(employers):
        if job["agency"] or not job["title"] or not _TRAVEL_TITLE.search(job["title"]):
            continue
        inside = list(takewhile(partial(_placed_within, job=job), employers[n + 1 :]))
        if inside:
            for placed in (job, *inside):
                placed.update(agency=job["name"], travel=True)
    return employers


def _placed_within(facility: dict[str, Any], job: dict[str, Any]) -> bool:
    """An untitled, agency-less facility whose dates lie inside the job's."""
    if facility["title"] or facility["agency"] or not (facility["start"] and job["start"]):
        return False
    return job["start"] <= facility["start"] and _end_key(facility) <= _end_key(job)


def _end_key(record: dict[str, Any]) -> str:
    """A record's end as a 'YYYY-MM' that sorts: 'present' after every month."""
    return "9999" if record["end"] == "present" else record["end"] or ""


def _without_bare_agencies(employers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'Trailhead Therapy Staffing - Travel PT' over its assignments: once the facilities it
    placed the clinician at are known, the agency itself is no place of work."""
    placed_by = {e["agency"] for e in employers if e["agency"] and e["name"] != e["agency"]}
    return [e for e in employers if not (e["name"] == e["agency"] and e["name"] in placed_by)]


def _with_facilities(record: dict[str, Any], entry: work.Entry) -> list[tuple[dict, Line, float]]:
    """An agency job names its facilities in the description when the header has none
    ('Denver Health Medical Center, acute care; Craig Hospital, inpatient rehab')."""
    named = assignments.named_assignments(entry)
    if named and not record["agency"] and record["name"] not in {n for n, _ in named}:
        # 'Harbor Rehab Partners · Contract' over 'Assignment at Lakeview Health': the
        # company that placed the clinician is the agency
        record.update(agency=record["name"], travel=True)
    found = [(record, entry.header[0], work.confidence(record))]
    if not record["agency"]:
        return found
    facilities = [(n, line, 0.8) for n, line in named] or [
        (n, line, 0.7) for n, line in assignments.body_facilities(entry)
    ]
    if record["name"] == record["agency"] and facilities:
        found = []
    for name, line, confidence in facilities:
        if name != record["name"]:
            found.append(({**record, "name": name, "unit": None}, line, confidence))
    return found


def _undated_employers(resume: Resume, ev: Evidence) -> list[dict[str, Any]]:
    """When every date sits detached from its entry, 'Employer, Title' lines still name jobs."""
    found: list[dict[str, Any]] = []
    for line in _job_lines(resume, resume.of_kind("experience")):
        record = work.undated_job(line)
        if record and record["name"].lower() not in {e["name"].lower() for e in found}:
            found.append(record)
            ev.item("employers", record, line, 0.5)
    return found


def _stated_specialty_years(resume: Resume, discipline: str | None) -> dict[str, float]:
    """'6 years of ICU experience' in the summary, used where dates give no figure."""
    found: dict[str, float] = {}
    for line in resume.summary:
        for years, tail in stated_phrases(line.text):
            first = specialties.in_scope(specialties.in_header(tail)[:1], discipline)
            for spec in first:
                found.setdefault(spec, years)
    return found


def _entry_specialties(entry: work.Entry, employer: str | None) -> list[tuple[str, Line, float]]:
    found = [(s, line, 0.9) for line in entry.header for s in specialties.in_header(line.text)]
    employer_only = _named_by_the_employer_only(entry, employer) if found and employer else set()
    if employer_only:
        found = [(s, line, how) for s, line, how in found if s not in employer_only]
    units = assignments.assignment_units(entry)
    found += [(s, line, 0.85) for unit, line in units for s in specialties.in_header(unit)]
    title = _title_under_header(entry)
    if title is not None:
        found += [(s, title, 0.85) for s in specialties.in_header(title.text)]
    return found + [(s, line, 0.8) for line in entry.body for s in specialties.in_body(line.text)]


def _title_under_header(entry: work.Entry) -> Line | None:
    """'Staff RN, Medical-Surgical (orthopedic floor).' under 'Maumee Bay Medical Center,
    Oregon, OH  June 1996 to May 1998': the job's title, typed as a sentence under a header
    that names only the employer, its place and dates."""
    if not entry.body or entry.body[0].bullet or len(entry.header) != 1:
        return None
    first = entry.body[0]
    lead = fragments.split_parts(first.text)[:1]
    if not lead or work.describe(entry)["title"] is not None:
        return None
    return first if fragments.classify(lead[0], None) == "title" else None


def _named_by_the_employer_only(entry: work.Entry, employer: str) -> set[str]:
    """Specialties only the employer's name gives ('Port Royal Urgent Care' for an X-ray
    technologist, '… Hospice & Palliative Care' for a hospice nurse), when the title or unit
    names the work itself: the job's own words say what it was. With nothing else named, the
    employer's name stands ('Staff RN' at a children's hospital)."""
    by_employer = set(specialties.in_header(employer))
    own = {
        name
        for line in entry.header
        for name in specialties.in_header(line.text.replace(employer, " "))
    }
    return by_employer - own if own else set()


def _specialties(
    resume: Resume,
    entries: list[tuple[work.Entry, str]],
    discipline: str | None,
    ev: Evidence,
    employer_names: dict[int, str | None],
) -> list[str]:
    """Units worked in the candidate's own discipline or as a student on placement (not as a
    volunteer, not as an ER tech before licensure), the summary, 'Specialties:' lines."""
    if discipline is None:
        return []
    found: list[tuple[str, Line, float]] = []
    for n, (entry, heading) in enumerate(entries):
        rotation = work.is_rotation(entry, heading)
        if rotation and not work.substantial(entry, heading):
            continue  # a bare list of a student's rotations surveys units; it is no specialty
        own = _own_discipline(entry.text, discipline) and not _before_career(entry)
        if entry.kind != "volunteer" and (rotation or own):
            employer = employer_names[n] if n in employer_names else work.describe(entry)["name"]
            found.extend(
                (s, line, 0.6 if rotation else how)
                for s, line, how in _entry_specialties(entry, employer)
            )
    # 'Hospice Case Manager RN - Cimarron Hospice & Palliative Care': a headline naming a
    # recent employer claims the employer's words no more than the job does (the latest few
    # only: a summary is read a sentence at a time, and a pasted job board may list thousands)
    recent = dict.fromkeys(name for _, name in sorted(employer_names.items()) if name)
    employers = frozenset(list(recent)[:_RECENT_EMPLOYERS])
    for paragraph in _paragraphs(resume.summary):
        text = " ".join(line.text for line in paragraph)
        found.extend(
            (s, _line_naming(paragraph, s), _SUMMARY)
            for s in specialties.in_summary(text, employers=employers)
        )
    for line in _headline(resume):
        found.extend(
            (s, line, _SUMMARY) for s in specialties.in_summary(line.text, employers=employers)
        )
    for line in resume.usable:
        if resume.kind_of.get(line.index) not in EXPERIENCE_KINDS and ":" in line.text[:40]:
            found.extend((s, line, 0.9) for s in specialties.in_body(line.text))
    names = specialties.in_scope([name for name, _, _ in found], discipline)
    names = specialties.without_broad_mentions(names, _summary_only(found))
    for name, line, how in found:
        if name in names:
            ev.item("specialties", name, line, how)
    return names


def _headline(resume: Resume) -> list[Line]:
    """The short title lines at the top ('Community Pharmacist · Pharmacist-in-Charge',
    'Travel Registered Nurse — ICU / Step-down'): the candidate's own word for their work."""
    return [
        line
        for line in resume.usable[:_HEADLINE_LINES]
        if resume.kind_of.get(line.index) == sections.HEADER
        and line.words < _HEADLINE_WORDS
        and vocab.discipline_title_matcher().search(line.text) is not None
    ]


_HEADLINE_LINES = 6
_HEADLINE_WORDS = 8


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Runs of consecutive lines: 'COTA in school-based practice and skilled' / 'nursing since
    2013.' names skilled nursing only when read as one text."""
    runs: list[list[Line]] = []
    for line in lines:
        if runs and line.index == runs[-1][-1].index + 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _line_naming(paragraph: list[Line], name: str) -> Line:
    """The line the evidence points at: the one naming the specialty, or the paragraph's first
    when the name runs over a line break."""
    return next(
        (line for line in paragraph if name in specialties.in_header(line.text)), paragraph[0]
    )


def _summary_only(found: list[tuple[str, Line, float]]) -> set[str]:
    kept_elsewhere = {name for name, _, how in found if how != _SUMMARY}
    return {name for name, _, how in found if how == _SUMMARY} - kept_elsewhere


_PRE_CAREER = re.compile(
    r"(?i)\b(?:while|during)\b[^.;]{0,30}\bschool\b"
    r"|\bbefore (?:my )?(?:\w{2,5} )?(?:licensure|licen[sc]e|certification|credential(?:ing)?)\b"
    r"|\bpre-?licen[sc]ure\b"
)
_SUPPORT_ROLE = re.compile(
    r"(?i)\b(?:tech|technician|technologist|aide|assistant|cna|stna|gna|lna|pct|scribe|sitter"
    r"|secretary|clerk|transporter|volunteer|intern|extern|student|orderly|caregiver"
    r"|support worker)\b"
)


_ALLIED_SUPPORT = re.compile(
    r"(?i)\b(?:sterile processing|central (?:sterile|supply)|nursing assistant|nurse aide|cna"
    r"|patient care tech\w*|pct|medical assistant|pharmacy tech\w*|transporter|unit secretary"
    r"|(?:ekg|ecg|monitor|telemetry) tech\w*"
    r"|(?:rehab|radiology|imaging|x-ray|therapy) aide)\b"
)


def _before_career(entry: work.Entry) -> bool:
    """A job the page says was held while in school or before licensure (in a short line of
    its own: a long bullet may tell of an earlier role inside this one)."""
    return any(line.words <= 12 and _PRE_CAREER.search(line.text) for line in entry.body)


def _own_discipline(text: str, discipline: str | None) -> bool:
    """Work in the candidate's own discipline (an ER tech job before the RN licence is not)."""
    if discipline is None:
        return True
    if discipline == "other-allied":
        # 'Sterile Processing Technician' before 'Surgical Technologist': the way in, not the job
        return not _ALLIED_SUPPORT.search(text)
    votes = Votes()
    votes.title(text)
    winner = votes.winner()
    if winner == discipline or _names_own_credential(text, discipline):
        return True  # 'LPN Charge Nurse': 'charge nurse' votes RN, the letters say LPN
    return winner is None and not _SUPPORT_ROLE.search(text)


def _names_own_credential(text: str, discipline: str) -> bool:
    return any(
        hit.canonical == discipline for hit in vocab.discipline_credential_matcher().finditer(text)
    )


def _stated(resume: Resume, discipline: str | None, ev: Evidence) -> StatedTotal | None:
    """The stated total and how far dates may go past it."""
    for lines, summary in ((resume.summary, True), (resume.usable, False)):
        for line in lines:
            years = stated_total(line.text, clinician=discipline is not None, summary=summary)
            if years is not None:
                ev.add("years_experience", line, 0.85)
                return years
    return None
