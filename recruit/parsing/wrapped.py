"""Credential items wrapped over several lines (narrow sidebars) joined back.

'Compact RN license (FL)' / '#RN9876543' / 'Exp. 07/31/2026' is one licence: the number and the
expiry only mean something beside the credential they belong to.
"""

from __future__ import annotations

import re
from dataclasses import replace

from recruit.clinical import vocab
from recruit.clinical.regions import code_for
from recruit.parsing.certifications import issuer_matcher
from recruit.parsing.dates import RANGE, SINCE, SINGLE
from recruit.parsing.licenses import license_type_in
from recruit.parsing.normalize import CELL_GAP, Line

_CONTINUES = re.compile(r"^(?:[(a-z]|#|\S*\d)")
_DETAIL = re.compile(
    r"(?i)^(?:exp(?:ires|ired|iration|iry)?\b|valid\b|renew|issued\b|through\b|no expiration\b"
    r"|(?:recertification|maintenance) due\b)"
)


def join_wrapped(lines: list[Line], kind_of: dict[int, str], kinds: frozenset[str]) -> list[Line]:
    """Lines with each continuation inside a section of the given kinds joined to its item."""
    out: list[Line] = []
    joined = _column_dates_attached(lines, kind_of, kinds)
    for n, line in enumerate(joined):
        before = out[-1] if out else None
        after = joined[n + 1] if n + 1 < len(joined) else None
        same_section = (
            before is not None
            and kind_of.get(line.index) in kinds
            and kind_of.get(before.index) == kind_of.get(line.index)
        )
        year = _year_of_month_above(before, line) if before is not None and same_section else None
        if before is not None and year is not None:
            out[-1] = replace(before, text=f"{before.text} {year}")
        elif (
            before is not None
            and same_section
            and after is not None
            and _between_item_and_expiry(before, line, after)
        ):
            # set apart with a dash, as a list prints an issuer: 'MBSImP — Northern Speech …'
            out[-1] = replace(before, text=f"{before.text} — {line.text}")
        elif before is not None and same_section and _continues(before, line):
            out[-1] = replace(before, text=_rejoined(before.text, line.text))
        else:
            out.append(line)
    return out


_NUMBER_FIRST = re.compile(r"(?i)^(?:no\.?|#|number:?)\s*#?\s*[a-z]{0,3}[\s.-]?\d{3,}")
_COMPACT_ONLY = re.compile(
    r"(?i)^\(?(?:multi-?state|compact|single[- ]state|non-?compact)\b[\w\s()/-]{0,24}\)?\.?$"
)
# LinkedIn's credential block: the name, then the body that issued it, an expiry and an id
# on lines of their own ('CSC' / 'AACN' / 'Expires Sep 2028' / 'Credential ID 1234')
_DETAIL_LINE = re.compile(
    r"(?i)^credential id\b|^(?:license|licence) (?:number|no\.?)\b|\blicen[sc](?:ing|ure) board$"
    r"|^issued by\b"
)
# 'Arizona State Board of Nursing' or 'Washington State Department of Health' under
# 'Registered Nurse - Multistate License' (a profile export's licence); under 'IV Therapy' it
# is the certificate's issuer, in a cell of its own
_BOARD_LINE = re.compile(
    r"^(?:[A-Z][\w.]*\s+){0,4}(?:[Bb]oard of(?:\s+[A-Z][\w&-]*|\s+and|\s+of|\s+for){1,10}"
    r"|Department of (?:Health|Licensing|Professional Regulation))$"
)
_LICENCE_ABOVE = re.compile(
    r"(?i)licen[sc]|multistate|single[- ]state|registered nurse|practical nurse"
)


# 'ACLS — American Heart Association — Sep' over '_ 2026': an expiry's year wrapped onto the
# next line, where a scan adds specks around it
_ENDS_IN_MONTH = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$"
)
_YEAR_FIRST = re.compile(r"^[^\w]{0,3}_?\s*(?P<year>(?:19|20)\d\d)(?!\d)")


# '2028), PALS (AHA, …)': words after the year; '2027s, : ;' is a scan's specks
_MORE_AFTER_YEAR = re.compile(r"^\W+.*[A-Za-z]{2}")


# a table's date cell wrapped: 'June 2017 – February  Staff Sonographer' over
# '2021  Chickahominy Valley Hospital' (cells apart by a tab or a wide gap, or on a photo one
# space before the capital of the next cell: 'October 2015 - january Invasive …')
_OPEN_RANGE_CELL = re.compile(
    r"^(?P<cell>.*?\b(?:19|20)\d\d\s*(?:[-–—]+|to)\s*"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)"
    r"(?:\t|\s{2,}|(?-i:\s(?=[A-Z])))(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_YEAR_CELL = re.compile(r"^(?P<year>(?:19|20)\d\d)(?:(?:\t|\s{2,})(?P<rest>.*))?$")


# a CV's date gutter too narrow for the range: '09/2020– Speech-Language Pathologist, …' over
# 'present', or '08/2018– … Rose City Pediatric Therapy,' over '08/2020 Portland'
_OPEN_RANGE_START = re.compile(
    r"^(?P<cell>(?:\d{1,2}[/.])?(?:19|20)\d\d\s*[-–—]+)\s*"
    r"(?!(?:present|current|now|today|date)\b)(?P<rest>[^\d\s].*)$",
    re.IGNORECASE,
)
_RANGE_END_CELL = re.compile(
    r"^(?P<end>present|current|now|today|(?:\d{1,2}[/.])?(?:19|20)\d\d)\b\.?(?:\s+(?P<rest>.*))?$",
    re.IGNORECASE,
)


def job_dates_rejoined(lines: list[Line]) -> list[Line]:
    """The lines with every job date a layout cut or wrapped put back on its job's line: a
    range's year wrapped in its cell, a range finished in a CV's date gutter, a dated line cut
    mid-phrase, a start alone ('— Since 2018')."""
    joined = _gutter_ranges_finished(_range_years_rejoined(lines))
    return _since_as_ranges(_dated_lines_finished(joined))


def titles_rejoined(lines: list[Line]) -> list[Line]:
    """A bold job title that wrapped inside its cell, beside the dates, finished by the bold
    line under it: 'PRN Speech-Language Pathologist — Home<gap>Jun 2022 – Present' over
    'Health'. Left apart, the last word reads as the employer. Only a term of care cut at the
    wrap ('Home' / 'Health', 'Skilled' / 'Nursing') says so: a bold employer under a short
    bold title stays a line of its own."""
    out: list[Line] = []
    for line in lines:
        before = out[-1] if out else None
        title = _wrapped_title_cell(before, line) if before is not None else None
        if before is None or title is None:
            out.append(line)
            continue
        text = f"{title} {line.text}  {before.text[len(title) :].strip()}"
        out[-1] = replace(before, text=text, raw=text)
    return out


def _wrapped_title_cell(before: Line, line: Line) -> str | None:
    """The title cell of the dated line above when `line` finishes a term of care it cut."""
    if not (before.bold and line.bold) or line.page != before.page or line.bullet:
        return None
    if line.words > _TITLE_END_WORDS or abs(line.size - before.size) > _SAME_SIZE:
        return None
    cell = CELL_GAP.split(before.text, maxsplit=1)[0]
    if cell == before.text or RANGE.search(cell) or not RANGE.search(before.text):
        return None
    matchers = (vocab.specialty_matcher(), vocab.discipline_title_matcher())
    return cell if any(matcher.spans(cell, line.text) for matcher in matchers) else None


_TITLE_END_WORDS = 3
_SAME_SIZE = 0.3


def _range_years_rejoined(lines: list[Line]) -> list[Line]:
    """Lines with each date range's year, wrapped in its table cell onto the next line, put
    back after its month (the rest of that next line stays a line of its own)."""
    out: list[Line] = []
    for line in lines:
        before = out[-1] if out else None
        opened = _OPEN_RANGE_CELL.match(before.text) if before is not None else None
        year = _YEAR_CELL.match(line.text.strip()) if opened is not None else None
        if before is None or opened is None or year is None or line.page != before.page:
            out.append(line)
            continue
        text = f"{opened['cell']} {year['year']}  {opened['rest']}"
        out[-1] = replace(before, text=text, raw=text)
        if year["rest"]:
            out.append(replace(line, text=year["rest"].strip(), raw=year["rest"].strip()))
    return out


def _since_as_ranges(lines: list[Line]) -> list[Line]:
    """'RN, Inpatient Hematology/Oncology & BMT — Since 2018': a job dated by its start alone,
    set apart after the title, is a range to the present ('2018 – Present'). In a sentence
    ('travel contracts since 2022.') 'since' stays a word."""
    out = []
    for line in lines:
        since = SINCE.search(line.text)
        if since is None or line.words > _SINCE_WORDS or line.text.endswith("."):
            out.append(line)
            continue
        start, end = since.span("since")
        text = f"{line.text[:start]}{since['point']} – Present{line.text[end:]}"
        out.append(replace(line, text=text, raw=text))
    return out


_SINCE_WORDS = 16


def _dated_lines_finished(lines: list[Line]) -> list[Line]:
    """A dated job line cut mid-phrase, finished by the short line under it: 'Certified
    Nursing Assistant, Sierra Oaks Skilled Nursing &' over 'Rehabilitation', '… 2015 – 2017
    (while in nursing' over 'school)'. Cut there, the employer's name no longer matches the
    same employer's later job, and the note no longer says the job came before the licence."""
    out: list[Line] = []
    for line in lines:
        before = out[-1] if out else None
        if (
            before is not None
            and line.page == before.page
            and not line.bullet
            and line.words <= _FINISHING_WORDS
            and RANGE.search(before.text) is not None
            and _cut_mid_phrase(before.text, line.text)
        ):
            text = f"{before.text} {line.text}"
            out[-1] = replace(before, text=text, raw=text)
        else:
            out.append(line)
    return out


def _cut_mid_phrase(text: str, below: str) -> bool:
    if text.count("(") > text.count(")"):
        return ")" in below and below.count("(") < below.count(")")
    return _JOINING_END.search(text) is not None and RANGE.search(below) is None


_FINISHING_WORDS = 5
_JOINING_END = re.compile(r"(?:\s&|\s(?:and|of|for|at))$")


def _gutter_ranges_finished(lines: list[Line]) -> list[Line]:
    """Each range opened at the start of a line and finished at the start of the next, in the
    date gutter left of the text, put back together; what follows the end on its line goes on
    the line above when that line stopped at a comma (the text wrapped beside the date)."""
    out: list[Line] = []
    for line in lines:
        before = out[-1] if out else None
        opened = _OPEN_RANGE_START.match(before.text) if before is not None else None
        end = _RANGE_END_CELL.match(line.text.strip()) if opened is not None else None
        if before is None or opened is None or end is None or not _in_gutter(before, line):
            out.append(line)
            continue
        text = f"{opened['cell']}{end['end']}  {opened['rest']}"
        rest = (end["rest"] or "").strip()
        if rest and opened["rest"].rstrip().endswith(","):
            text, rest = f"{text} {rest}", ""
        out[-1] = replace(before, text=text, raw=text)
        if rest:
            out.append(replace(line, text=rest, raw=rest))
    return out


def _in_gutter(before: Line, line: Line) -> bool:
    """The line below starts where the range does, not under the text beside it."""
    return line.page == before.page and line.x0 < before.x0 + _GUTTER_POINTS


_GUTTER_POINTS = 36.0  # half an inch: a right-aligned end date sits a little right of its start


def _year_of_month_above(before: Line, line: Line) -> str | None:
    """The year that finishes the month ending the line above, with whatever follows it on
    its line ('2028), PALS (AHA, expires June 2027)'), or None."""
    if line.page != before.page or _ENDS_IN_MONTH.search(before.text) is None:
        return None
    year = _YEAR_FIRST.match(line.text)
    if year is None:
        return None
    rest = line.text[year.end() :]
    return year["year"] + rest if _MORE_AFTER_YEAR.match(rest) else year["year"]


def _continues(before: Line, line: Line) -> bool:
    if line.bullet or line.page not in (before.page, before.page + 1):
        return False
    dated = RANGE.fullmatch(line.text) or SINGLE.fullmatch(line.text)  # 'June 2018 to June 2026'
    if line.page != before.page:
        # 'Certified Emergency Nurse (CEN)' at the foot of a page, its dates atop the next
        return bool(dated) and not SINGLE.search(before.text)
    if dated and SINGLE.search(before.text):
        return False  # 'ACLS - AHA - 09/2027' has its date; a bare one below is another card's
    # 'Tennessee  Registered Nurse —  219384' over 'Multistate (Compact)': the type cell wrapped
    if _COMPACT_ONLY.match(line.text) and license_type_in(before.text):
        return True
    if code_for(line.text.strip(" .,")) and license_type_in(before.text):
        return True  # a job board's 'Registered Nurse (RN)' / 'Expires: June 2027' / 'California'
    if _NUMBER_FIRST.match(line.text) and license_type_in(before.text):
        return True  # 'North Carolina RN, multistate (NLC)' / 'No. 281934, exp. 03/2028'
    if line.text.startswith(("(", "[")) or _DETAIL_LINE.search(line.text):
        return True  # 'OCS — Orthopaedic Clinical Specialist' / '[ABPTS] · through 06/2030'
    if _open_bracket(before.text):
        # 'RCIS (Cardiovascular Credentialing' / 'International) — expires 09/2027'; 'BLS (AHA,
        # expires March' / '2028), PALS (…)': what closes the bracket names no other card
        closing = _CLOSES_FIRST.match(line.text)
        if not vocab.certification_matcher().search(closing[0] if closing else line.text):
            return True
        if closing:
            return False
    if _BOARD_LINE.match(line.text) and _LICENCE_ABOVE.search(before.text):
        return True
    if before.text.endswith(",") and not vocab.certification_matcher().search(line.text):
        return True  # 'Certified Exercise Expert … (CEEAA),' / 'APTA Geriatrics'
    if (_issuer_only(line.text) or _issuer_then_expiry(line.text)) and _bare_item(before.text):
        return not vocab.certification_matcher().search(line.text)
    if line.text[:1].isupper() and _name_spans_the_break(before.text, line.text):
        return True
    if not (_CONTINUES.match(line.text) or _DETAIL.match(line.text) or dated):
        return False
    return not vocab.certification_matcher().search(line.text)


def _rejoined(text: str, more: str) -> str:
    """A word a typesetter hyphenated at the line end is one word again: 're-' / 'news
    August 2029' reads 'renews August 2029'."""
    if _HYPHENATED_END.search(text) and more[:1].islower():
        return f"{text[:-1]}{more}"
    return f"{text} {more}"


_HYPHENATED_END = re.compile(r"[a-z]{2}-$")


def _name_spans_the_break(before: str, text: str) -> bool:
    """'ACLS – Advanced Cardiovascular Life' / 'Support', '… - American Heart' / 'Association,
    exp 08/2028', 'Washington — Speech-Language' / 'Pathologist': a credential's, issuer's or
    licence's name the lists know runs on from the line above, cut by a narrow column."""
    matchers = (vocab.certification_matcher(), issuer_matcher(), vocab.discipline_title_matcher())
    return any(matcher.spans(before, text) for matcher in matchers)


def _between_item_and_expiry(before: Line, line: Line, after: Line) -> bool:
    """A profile export's credential: 'MBSImP' / 'Northern Speech Services' / 'Expires Sep
    2029'. A plain line between a bare item and the expiry line under it is its issuer, even
    one no list knows."""
    return (
        _DETAIL.match(after.text) is not None
        and _bare_item(before.text)
        and len(line.text.split()) <= _ISSUER_WORDS
        and line.text[:1].isupper()
        and not SINGLE.search(line.text)
        and not vocab.certification_matcher().search(line.text)
    )


_ISSUER_WORDS = 8
_CLOSES_FIRST = re.compile(r"^[^()\[\]]*[)\]]")


def _open_bracket(text: str) -> bool:
    return text.count("(") > text.count(")") or text.count("[") > text.count("]")


def _issuer_only(text: str) -> bool:
    """A line that is only the name of a certifying body ('AACN', 'American Heart Association')."""
    hit = issuer_matcher().search(text)
    return hit is not None and hit.start == 0 and hit.end == len(text.rstrip(" .,"))


def _issuer_then_expiry(text: str) -> bool:
    """'AHA — exp 08/2027', 'MRSC - exp 06/2028', 'ARRT exp 04/2027' under a bare credential:
    the body that issued it (one the lists know, or a short name that is no credential), then
    the card's date. 'American Burn Association; valid thru 06/2027' too: every split after
    one to four capitalised words is tried."""
    for words in range(1, _ISSUER_LEAD_WORDS + 1):
        lead = _LEAD_THEN_DETAIL[words].match(text)
        if lead is not None and _issuer_before_detail(lead["lead"], lead["rest"]):
            return True
    return False


def _issuer_before_detail(body: str, rest: str) -> bool:
    if _issuer_only(body):
        return _DETAIL.match(rest) is not None or _date_only_text(rest)
    # a name no list knows may be a credential of its own with the year it was earned
    # ('MBSImP, 2024'): only an expiry's word makes it the issuer line
    return _DETAIL.match(rest) is not None and not vocab.certification_matcher().search(body)


_ISSUER_LEAD_WORDS = 4
_LEAD_THEN_DETAIL = {
    words: re.compile(
        rf"^(?P<lead>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){{{words - 1}}})"
        r"\s*(?:[—–·,;|:-]\s*|\s)(?P<rest>\S.*)$"
    )
    for words in range(1, _ISSUER_LEAD_WORDS + 1)
}


def _date_only_text(text: str) -> bool:
    return bool(SINGLE.fullmatch(text.strip(" .,")))


def _bare_item(text: str) -> bool:
    """A short credential line with no issuer, date or detail of its own yet."""
    words = [word for word in text.split() if word not in _DASHES]
    return len(words) <= 6 and not issuer_matcher().search(text) and not SINGLE.search(text)


_DASHES = frozenset({"-", "–", "—", "·", "|"})


def _date_only(line: Line) -> bool:
    return _date_only_text(line.text)


def _column_dates_attached(
    lines: list[Line], kind_of: dict[int, str], kinds: frozenset[str]
) -> list[Line]:
    """A scan read a table's Expires column after its rows: 'TNCC ENA' / 'PALS AHA' /
    '10/2027' / '04/2027'. A run of two or more bare dates goes, in order, to as many undated
    rows just above it."""
    out = list(lines)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and kind_of.get(out[j].index) in kinds and _date_only(out[j]):
            j += 1
        run = j - i
        rows = out[i - run : i] if run >= 2 and i >= run else []
        if rows and all(_undated_row(r, out[i], kind_of) for r in rows):
            for n, row in enumerate(rows):
                out[i - run + n] = replace(row, text=f"{row.text} {out[i + n].text}")
            del out[i:j]
            continue
        i = max(j, i + 1)
    return out


def _undated_row(row: Line, first_date: Line, kind_of: dict[int, str]) -> bool:
    return (
        kind_of.get(row.index) == kind_of.get(first_date.index)
        and not SINGLE.search(row.text)
        and not _date_only(row)
    )
