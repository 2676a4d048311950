"""Work history: entries anchored on their date ranges, the employer (the facility, with any
staffing agency beside it), title, unit, place, dates, and experience with overlaps merged."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from recruit.clinical import vocab
from recruit.clinical.vocab import degree_pattern
from recruit.parsing import fragments
from recruit.parsing.dates import (
    RANGE,
    Month,
    Span,
    cell_range_dashed,
    find_span,
    iso,
    merged_months,
    resolve,
)
from recruit.parsing.normalize import Line

# a student's hours are counted in the hundreds ('480 clinical hours', '(96 hours)'); 'notes
# within 24 hours' is a job's duty
_ROTATION = re.compile(
    r"(?i)rotation|practicum|placement|externship|\bextern\b|preceptorship|\(\d+ hours?\)"
    r"|\b\d{3,} (?:clinical )?hours\b|consolidation|student nurse|nursing student|fieldwork"
    r"|clinical student"
)
_VOLUNTEER = re.compile(r"(?i)\bvolunteer(?:ed|ing)?\b")
_ASSIGNMENT = re.compile(
    r"(?i)^(?:assigned to|assignments? (?:at|with|to)|assignment:?|facility:?|client:?|at)\s+"
)
_MONTHISH = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|winter)"
    r"[a-z]*\.?,? *\d{4}|\b\d{1,2}/\d{4}"
)
# 'Jan. 2019 – Feb. 2020: Family caregiving leave (not employed)': a dated gap, no job; it takes
# no title or employer from the lines around it
_GAP = re.compile(
    r"(?i)\bnot employed\b|\bcareer (?:break|gap|pause)\b|\bsabbatical\b|\bleave of absence\b"
    r"|\b(?:family|caregiving|maternity|paternity|parental|medical|personal) leave\b"
)
_INDENT = 6.0  # points: deeper than this under a job's dated line is its list of duties
_TRAVEL = re.compile(r"(?i)\btravel(?:er|ing)?\b|\bcontract\b|\b\d{1,2}[- ]week")


@dataclass(slots=True)
class Entry:
    kind: str  # experience, clinical, volunteer
    header: list[Line]
    body: list[Line] = field(default_factory=list)
    span: Span | None = None

    @property
    def text(self) -> str:
        return " | ".join(line.text for line in self.header)


def entries_in(kind: str, lines: list[Line]) -> list[Entry]:
    """Entries of one experience-like section, each anchored on a line with a date."""
    lines = _trailing_dates_first([_cells_dashed(line) for line in lines])
    anchors = [i for i, line in enumerate(lines) if _is_anchor(line)]
    companies = _company_lines(lines)
    dated = set(anchors)  # membership tests: a list made long resumes quadratic
    entries: list[Entry] = []
    used: set[int] = set(companies)
    # the section opens on a dated line that names no employer (a bare date, 'Staff LVN  May
    # 2019 – Present') or whose employer line with its city follows ('LPN, Private Duty  Feb
    # 2024 – Present' / 'Buckeye Home Nursing, Columbus, OH'): every entry starts at its date
    # and takes its employer from below, so
    # a line above a date ends the entry before (a Word table row: dates | title | employer)
    leading = (
        bool(anchors)
        and anchors[0] == 0
        and (not fragments.names_employer(lines[0].text) or _place_line(lines, 1))
    )
    windows = []
    for a in anchors:
        alone = lines[a].bullet or _GAP.search(lines[a].text) is not None
        header_idx = [a] if alone else _header_window(lines, a, dated, used, leading)
        used.update(header_idx)
        windows.append(header_idx)
    in_headers = {i for window in windows for i in window}
    for n, (a, header_idx) in enumerate(zip(anchors, windows, strict=True)):
        stop = anchors[n + 1] if n + 1 < len(anchors) else len(lines)
        stop = min([stop, *(c for c in companies if c > a)])
        header = [lines[i] for i in header_idx]
        company = max((c for c in companies if c < a), default=None)
        if company is not None:
            header.append(lines[company])
        if lines[a].bullet:
            header += _agency_above(lines, a, dated)
        # the next entry's facility line above its dates is its own, not this one's body
        body = [lines[i] for i in range(a + 1, stop) if i not in in_headers]
        entries.append(Entry(kind, header, body, find_span(lines[a].text)))
    return entries


def _cells_dashed(line: Line) -> Line:
    text = cell_range_dashed(line.text)
    return line if text == line.text else replace(line, text=text)


def _trailing_dates_first(lines: list[Line]) -> list[Line]:
    """A table row per job with its dates in the last cell: title, employer, description, then
    a bare 'May 2025 – November 2025'. When every dated line is bare, the section ends on one
    and each comes after two lines at least, the last a sentence (the job's description), each
    date closes its job: it is moved to the top of the job, where the rest of the rules expect
    it."""
    bare = [i for i, line in enumerate(lines) if _bare_range(line.text)]
    dated = [i for i, line in enumerate(lines) if find_span(line.text)]
    if not bare or bare != dated or bare[-1] != len(lines) - 1:
        return lines
    starts = [0, *(i + 1 for i in bare[:-1])]
    if any(end - start < _TRAILED_JOB_LINES for start, end in zip(starts, bare, strict=True)):
        return lines  # a date under a title alone ('### SLP — …' / '*2021-08 → Present*')
    if not all(lines[i - 1].text.endswith(".") for i in bare):
        return lines  # a job board's title / employer / dates, the last job with no duties
    out: list[Line] = []
    start = 0
    for i in bare:
        out += [lines[i], *lines[start:i]]
        start = i + 1
    return out


_TRAILED_JOB_LINES = 2  # a title and its employer at least


def _bare_range(text: str) -> bool:
    found = RANGE.search(text)
    return found is not None and not (text[: found.start()] + text[found.end() :]).strip(" |,.-–—")


def _place_line(lines: list[Line], i: int) -> bool:
    """'Buckeye Home Nursing, Columbus, OH' with no date: an employer with its city."""
    if i >= len(lines) or find_span(lines[i].text):
        return False
    return _placed([lines[i]], []) is not None


def _company_lines(lines: list[Line]) -> list[int]:
    """LinkedIn's export heads each employer's jobs with the company over its total time
    ('AMN Healthcare' / '5 years 2 months'); the jobs below all belong to that company."""
    return [
        i
        for i in range(len(lines) - 1)
        if not find_span(lines[i].text)
        and (fragments.is_duration(lines[i + 1].text) or _heads_one_role(lines, i))
    ]


def _heads_one_role(lines: list[Line], i: int) -> bool:
    """A company with one role has no total: 'Desert Willow Care Center' / 'Nursing Assistant' /
    'September 2013 - May 2015 (1 year 9 months)', the export's dates with their length."""
    if i + 2 >= len(lines) or not _LENGTH_AFTER_DATES.search(lines[i + 2].text):
        return False
    title, company = lines[i + 1].text, lines[i]
    return (
        _headerish(company)
        and company.words <= _COMPANY_WORDS
        and ";" not in company.text  # a role's description naming its facilities
        and not fragments.is_duration(company.text)
        and fragments.classify(company.text, None) in ("org", "agency", "other")
        and fragments.TITLE.search(title) is not None
        and find_span(title) is None
    )


_COMPANY_WORDS = 6
_LENGTH_AFTER_DATES = re.compile(r"(?i)\(\s*(?:\d+|less than a)\s*(?:years?|yrs?|months?|mos?)\b")


def _is_anchor(line: Line) -> bool:
    """A line that dates an entry: not prose, and a range or a short dated line. A bullet
    dates an entry only when it is a short dated employer line (assignments under an agency)."""
    if line.words > 26 or line.text.endswith("."):
        return False
    if _SIZED_UNIT_FIRST.match(line.text):
        return False  # '52-bed ED, trauma bay, triage; charge nurse 2019-2022': the job's unit
    if _prose(line):
        return False  # '13 weeks, Aug-Nov 2025 at Gulf Coast Medical Center. Trauma and …'
    if line.bullet:
        # what follows the dates is a note on the job ('… 5/2020 - 11/2020 -- travel contract
        # through …'), not more of a sentence
        dates = RANGE.search(line.text)
        return (
            dates is not None
            and len(line.text[: dates.end()].split()) <= 16
            and fragments.has_org(line.text)
        )
    if RANGE.search(line.text):
        return True
    return find_span(line.text) is not None and (
        line.words <= 6 or bool(_MONTHISH.search(line.text))
    )


def _prose(line: Line) -> bool:
    """A description's line: long, with a sentence ending inside it ('Contract at Sabine Pass
    Medical Center. General, ortho and GYN; first scrub on')."""
    return line.words >= _PROSE_WORDS and _SENTENCE_BREAK.search(line.text) is not None


_PROSE_WORDS = 12
_SIZED_UNIT_FIRST = re.compile(r"(?i)^\d{1,3}[- ]?(?:beds?|bays?|rooms?|suites?|bassinets?)\b")
_SENTENCE_BREAK = re.compile(r"[a-z]{3,}\.\s+[A-Z][a-z]+\b")


def _agency_above(lines: list[Line], a: int, anchors: set[int]) -> list[Line]:
    """The agency line heading a list of bulleted assignments, if there is one."""
    for i in range(a - 1, -1, -1):
        if i in anchors and not lines[i].bullet:
            return []
        if not lines[i].bullet and vocab.agency_matcher().search(lines[i].text):
            return [lines[i]]
    return []


def _headerish(line: Line) -> bool:
    starts = line.text[:1]
    return (
        (not line.bullet or _place_only(line.text))
        and not _column_labels(line.text)
        and _word_count(line.text) <= 16
        and not line.text.endswith(".")
        and (starts.isupper() or starts.isdigit())
        and not _SIZED_UNIT_FIRST.match(line.text)  # '52-bed med-surg floor': the description
    )


def _word_count(text: str) -> int:
    """Words, not the dashes and bars between a header's parts."""
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


# 'From  To  Facility / City  Unit  Position  Agency': a work table's column labels
_JOB_COLUMN_WORDS = frozenset(
    "from to dates date start end started ended facility employer organization organisation"
    " hospital city location state unit department specialty position title role job agency"
    " type shift setting length weeks duration and scope duties responsibilities highlights"
    " notes description details period".split()
)
# 'Dates  Position, facility and scope': labels may be listed with commas too
_CELL_BREAK = re.compile(r"\s{2,}|\t|\s*[/|&,]\s*")


def _column_labels(text: str) -> bool:
    cells = [cell for cell in _CELL_BREAK.split(text.lower()) if cell]
    return len(cells) >= 3 and all(
        word in _JOB_COLUMN_WORDS for cell in cells for word in cell.split()
    )


def _place_only(text: str) -> bool:
    """'* Lexington, SC': a scan's speck before a job's city line reads as a bullet; no one
    bullets a city alone under a job, so the line is still the job's place."""
    return {kind for _, kind in _labelled(fragments.split_parts(text))} == {"location"}


def _indented(line: Line, anchor: Line) -> bool:
    return line.page == anchor.page and line.x0 > anchor.x0 + _INDENT and not _speck_led(anchor)


def _speck_led(line: Line) -> bool:
    """'.  Mar 2017 - Dec 2019': a scan's speck before the dates was read as the start of their
    line, so its left edge says nothing about indentation."""
    return bool(line.raw) and not line.bullet and line.raw.lstrip()[:1] != line.text[:1]


def _header_window(
    lines: list[Line], a: int, anchors: set[int], used: set[int], leading: bool
) -> list[int]:
    """Header lines of the entry dated on line a, nearest first: the dated line, up to two
    lines above (only a title or employer when the dated line has text of its own; three when
    one is the job's city), the next (the next two under a bare date that leads its entry)."""
    window = [a]
    rest = fragments.strip_date(lines[a].text)
    for i in () if leading else (a - 1, a - 2, a - 3):
        if i < 0 or i in used or i in anchors or not _headerish(lines[i]):
            break
        if i == a - 3 and not any(_place_only(lines[j].text) for j in window):
            break
        if _indented(lines[i], lines[a]) and not _place_only(lines[i].text):
            break  # an indented line above is a bullet of the previous entry (a city never is)
        text = lines[i].text
        if fragments.names_employer(rest) and not (
            fragments.has_org(text) or fragments.TITLE.search(text) or _ROTATION.search(text)
        ):
            break
        window.append(i)
        if rest and not _only_place_or_length(rest):
            break
    nxt = _below(lines, a + 1, anchors, used, window, rest, leading)
    # a bare date (leading its entry, or a card in a grid): the title, the employer and its
    # city follow in any order
    for _ in range(0 if rest else 2):
        if nxt is None:
            break
        if _titled_and_named([lines[i] for i in window]) and not _place_line(lines, nxt + 1):
            break
        nxt = _below(lines, nxt + 1, anchors, used, window, rest, leading)
    return window


def _only_place_or_length(text: str) -> bool:
    """'Madison, WI · 6/22 – Present', 'Mar 2023 - Present · 3 yrs 10 mos': a dated line whose
    only other text is the city or the job's length has no title or employer of its own, so
    both may sit above it."""
    kinds = {kind for _, kind in _labelled(fragments.split_parts(text))}
    return kinds <= {"location", "date"}


def _titles_next_entry(lines: list[Line], i: int, anchors: set[int]) -> bool:
    """'SLP Clinical Fellow' right over 'Ogeechee Rehab & Nursing, Statesboro, GA | Aug 2018 -
    Jul 2019': a bare title just above a dated employer line with no title of its own is
    that next job's title."""
    if i + 1 not in anchors:
        return False
    dated = fragments.strip_date(lines[i + 1].text)
    if i + 2 < len(lines) and i + 2 not in anchors and _bare_title(lines[i + 2].text):
        return False  # that entry has its title under it, as this one does: dates, place, title
    return fragments.names_employer(dated) and fragments.TITLE.search(dated) is None


def _bare_title(text: str) -> bool:
    """A line that is a title, perhaps with its department ('Staff Nurse, Perioperative
    Services (OR)'), but names no employer."""
    if fragments.TITLE.search(text) is None:
        return False
    if not fragments.has_org(text):
        return True
    parts = fragments.split_parts(text)
    return fragments.classify(parts[0], None) == "title" and not any(
        fragments.strong_org(part) for part in parts
    )


def _names_next_entry(lines: list[Line], i: int, anchors: set[int]) -> bool:
    """'Vale Crossing Medical Center — Boise, ID' right over 'Travel RN — CVICU · Feb 2026 -
    Present': under an agency's bare dates, a facility line just above a dated line that names
    no employer is that next assignment's facility, not the agency's."""
    if i + 1 not in anchors or not fragments.has_org(lines[i].text):
        return False
    dated = fragments.strip_date(lines[i + 1].text)
    return bool(dated) and not fragments.names_employer(dated)


def _titled_and_named(header: list[Line]) -> bool:
    parts = [p for line in header for p in fragments.split_parts(line.text)]
    kinds = {k for _, k in _labelled(parts)}
    return "title" in kinds and bool(kinds & {"org", "other", "agency"})


def _below(
    lines: list[Line],
    nxt: int,
    anchors: set[int],
    used: set[int],
    window: list[int],
    rest: str,
    leading: bool,
) -> int | None:
    """Add the header line below the window when the window still lacks its employer or title,
    or, where entries start at their dates, when it is the employer's line with its city."""
    while nxt < len(lines) - 1 and fragments.classify(lines[nxt].text, None) == "ehr":
        nxt += 1  # 'MEDITECH' under the dates, the facility after it
    if (
        nxt < len(lines)
        and nxt not in anchors
        and nxt not in used
        and _headerish(lines[nxt])
        and not _prose(lines[nxt])
    ):
        below = lines[nxt].text
        no_org_yet = not any(fragments.has_org(lines[i].text) for i in window)
        title_below = _bare_title(below)
        titled = any(fragments.TITLE.search(lines[i].text) for i in window)
        placed = leading and _place_line(lines, nxt)
        if title_below and _titles_next_entry(lines, nxt, anchors):
            return None
        agency_dated = not rest and any(
            vocab.agency_matcher().search(lines[i].text) for i in window
        )
        if agency_dated and _names_next_entry(lines, nxt, anchors):
            return None
        if no_org_yet or (not rest and len(window) == 1) or (title_below and not titled) or placed:
            window.append(nxt)
            return nxt
    return None


# 'travel contract through Horizon Arc Therapy Staffing', 'placed via …': the agency's name
_LEAD_TO_AGENCY = re.compile(r"(?i)^.+?\s(?:through|via|thru)\s+(?=\S)")


def describe(entry: Entry) -> dict[str, Any]:
    """The employer record for an entry (name is the facility; agency kept beside it)."""
    parts: list[str] = []
    for line in entry.header:
        parts.extend(fragments.split_parts(line.text))
    labelled = _labelled(parts)
    agency = _first("agency", labelled)
    agency = _LEAD_TO_AGENCY.sub("", agency) if agency else agency
    name = None
    for p, k in labelled:
        if k in ("org", "other") and _ASSIGNMENT.match(p):
            name = _ASSIGNMENT.sub("", p)
            break
    name = name or _placed(entry.header, labelled) or _first("org", labelled)
    name = name or _first("other", labelled)
    title = _first("title", labelled)
    travel = bool(agency) or bool(_TRAVEL.search(entry.text))
    if name is None and agency:
        name = agency
    name = _unit_bracket_dropped(name)
    span = entry.span
    return {
        "name": name,
        "agency": agency,
        "title": title,
        "unit": _first("unit", labelled),
        "location": _joined("location", labelled),
        "start": iso(span.start) if span else None,
        "end": "present" if span and span.ongoing else iso(span.end) if span else None,
        "travel": travel,
    }


_TRAILING_BRACKET = re.compile(r"\s*\(([^()]+)\)$")


def _unit_bracket_dropped(name: str | None) -> str | None:
    """A facility's name without the unit printed in brackets after it ('St. Luke's Boise
    Medical Center (Acute Care)'): the unit is the job's, and is kept as its unit. A note in
    lower case goes too."""
    bracket = _TRAILING_BRACKET.search(name or "")
    if name is None or bracket is None or bracket.start() == 0:
        return name
    note, before = bracket.group(1), name[: bracket.start()]
    if fragments.classify(note, None) == "unit":
        return before
    # '(while in nursing school)', '(per diem)': a note on the job in lower case, not a name
    # (after a title read as the name, the note is all that keeps the job apart)
    if note[:1].islower() and fragments.classify(before, None) in ("org", "other"):
        return before
    return name


def _placed(header: list[Line], labelled: list[tuple[str, str]]) -> str | None:
    """'LPN, Private Duty' over 'Buckeye Home Nursing, Columbus, OH': the name a line sets
    before a city and state is the place of work; the title's line names the unit."""
    strong_elsewhere = any(k == "org" and fragments.strong_org(p) for p, k in labelled)
    for line in header:
        line_labels = _labelled(fragments.split_parts(line.text))
        kinds = [k for _, k in line_labels]
        if "location" not in kinds[1:]:
            continue
        before_place = line_labels[: kinds.index("location", 1)]
        for n in range(len(before_place) - 1, -1, -1):
            part, kind = before_place[n]
            if kind == "unit":
                continue
            if kind == "org":
                return _parent_before(before_place, n) or part
            if kind == "other" and not strong_elsewhere:
                return part
            break
    return None


def _parent_before(labelled: list[tuple[str, str]], n: int) -> str | None:
    """'Narragansett Medical Center — Ocean State Cancer Institute, Providence, RI': a hospital
    named right before one of its institutes or departments is the employer."""
    part = labelled[n][0]
    if n == 0 or fragments.strong_org(part):
        return None
    parent, kind = labelled[n - 1]
    return parent if kind == "org" and fragments.strong_org(parent) else None


def _labelled(parts: list[str]) -> list[tuple[str, str]]:
    """Each part with its kind; whether a part is a place can depend on the part after it."""
    following: list[str | None] = [*parts[1:], None] if parts else []
    return [
        (part, fragments.classify(part, after))
        for part, after in zip(parts, following, strict=True)
    ]


def _first(kind: str, labelled: list[tuple[str, str]]) -> str | None:
    return next((part for part, k in labelled if k == kind), None)


def _joined(kind: str, labelled: list[tuple[str, str]]) -> str | None:
    return ", ".join(part for part, k in labelled if k == kind) or None


def credible(record: dict[str, Any]) -> bool:
    """An employer needs a name, and an unrecognised name needs a job title beside it."""
    name = record["name"]
    if not name:
        return False
    org = fragments.classify(name, None) == "org"
    # 'Floated to ICU as needed', 'Published research at top-tier venues': a duty, not a
    # place of work, whatever place-like word ('research', 'Health Services') it mentions
    if _is_duty(name) or (not org and len(name.split()) > 7):
        return False
    return bool(record["title"] or record["agency"] or org)


# a bullet's text without its glyph: a verb in the past or present participle, then words in
# lower case ('Floated to the ICU as needed'), unlike 'Singing River Hospital', 'Kindred at Home'
_DUTY = re.compile(r"^[A-Z][a-z]+(?:ed|ing) (?:[a-z/-]+ ){2,}")


def _is_duty(name: str) -> bool:
    return _DUTY.match(f"{name} ") is not None


def undated_job(line: Line) -> dict[str, Any] | None:
    """'Employer, Title' or 'Title – Employer, City, ST' on one short line with no date."""
    if line.bullet or line.words > 14 or find_span(line.text) or line.text.endswith("."):
        return None
    labelled = _labelled(fragments.split_parts(line.text))
    kinds = [k for _, k in labelled]
    named = [k for k in kinds if k != "location"]
    if sorted(named) not in (["org", "title"], ["other", "title"]) or kinds[0] == "location":
        return None
    return {
        "name": next(p for p, k in labelled if k in ("org", "other")),
        "agency": None,
        "title": _first("title", labelled),
        "unit": None,
        "location": _joined("location", labelled),
        "start": None,
        "end": None,
        "travel": False,
    }


def looks_like_job(entry: Entry) -> bool:
    """A date range plus a job title and an employer, with no degree: a job even out of place."""
    if entry.span is None or entry.span.start is None or entry.span.end == entry.span.start:
        return False
    record = describe(entry)
    return bool(record["title"] and record["name"]) and degree_pattern().search(entry.text) is None


def names_a_place(entry: Entry) -> bool:
    """The entry's employer is recognisably a place of work ('Washington Heights Community
    Hospital'), not just unknown words."""
    name = describe(entry)["name"]
    return bool(name) and fragments.classify(name, None) == "org"


def titled_by_a_credential(entry: Entry) -> bool:
    """'Board Certified Pharmacotherapy Specialist (BCPS), Board of Pharmacy Specialties,
    2021–2028': a certification with its board and its years of validity, not a job."""
    title = describe(entry)["title"]
    return bool(title) and vocab.certification_matcher().search(title) is not None


def is_assignment(entry: Entry) -> bool:
    """A line like 'Assignment: <facility>' under an agency heading."""
    return any(_ASSIGNMENT.match(line.text) for line in entry.header)


def is_rotation(entry: Entry, heading: str) -> bool:
    """Clinical rotations and volunteering are not jobs; a 'Clinical Experience' section can
    hold either."""
    if _ROTATION.search(entry.text) or _VOLUNTEER.search(entry.text):
        return True
    return entry.kind == "clinical" and "experience" not in heading.lower()


def interval(entry: Entry, today: date) -> tuple[Month, Month] | None:
    return resolve(entry.span, today) if entry.span else None


def years_from(intervals: list[tuple[Month, Month]]) -> float | None:
    months = merged_months(intervals)
    return round(months / 12, 1) if months else None


def confidence(record: dict[str, Any]) -> float:
    """A recognised facility with a job title beside it is near certain; a name the vocabulary
    does not know, or the agency standing in for an unnamed facility, is a guess."""
    name = record["name"]
    if name == record["agency"]:
        return 0.6
    org = fragments.classify(name, None) == "org"
    if org:
        return 0.9 if record["title"] else 0.8
    return 0.65 if record["title"] else 0.5


_IMMERSION = re.compile(
    r"(?i)preceptorship|practicum|capstone|consolidation|immersion|residency|internship|extern"
    r"|\b\d+\+?\s*(?:hours?|hrs|weeks?|wks)\b"
)


def substantial(entry: Entry, heading: str) -> bool:
    """A placement the student described, timed (hours, weeks) or named a capstone,
    preceptorship or externship; not a bare line in a list of rotations."""
    described = any(line.words >= 5 for line in entry.body)
    return described or _IMMERSION.search(f"{heading} {entry.text}") is not None
