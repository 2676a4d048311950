"""Certifications held (standard acronyms), with issuer and expiry; licences and in-progress
exams are not certifications."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from recruit.clinical import vocab
from recruit.clinical.regions import code_for
from recruit.parsing.dates import RANGE, SINGLE, find_span, iso, parse_point, short_month_year
from recruit.parsing.normalize import Line
from recruit.parsing.sections import heading_kind

_NOT_HELD = re.compile(
    r"(?i)in progress|pursuing|scheduled|expected|candidate|studying|eligible|planned|anticipated"
)
_NOT_A_CERT = re.compile(
    r"(?i)\bmember(?:ship)?\b|\bassociation\b|driver|driving|\bg level\b|^current$"
    r"|^(?:none|n/?a)\b"
    r"|^(?:cmp|credential maintenance|maintenance)\b"  # 'MLS(ASCP)CM, ASCP BOC, CMP due May 2028'
)
_COURSE = re.compile(r"(?i)\bcourse\b|\btraining\b|\bworkshop\b|\bseminar\b|\bmodules?\b")
_EXPIRES = re.compile(
    r"(?i)(?:\bexp(?:ire[sd]?|iration|iry|ir(?:es|ing))?(?![a-z])\.?"
    r"|(?:valid|active|good|current) (?:through|until|thru|to)"
    r"|\b(?:through|thru|until)\b|renew(?:s|al)?(?: due| date)?|recertification due"
    r"|maintenance due)\s*:?\s*"
)
# what a stray line in a credentials column looks like: table column labels, an address,
# a skill with its years ('Triage (8 years)'), a lone capitalised word ('Dayton', 'Epic')
_COLUMN_LABELS = frozenset(
    "state states type number no license licence licensure credential certification name"
    " issuer issued by expires expiration expiry exp date dates status board agency body"
    " issuing organisation organization authority".split()
)
# 'Ohio Board of Nursing' in an issuer cell, 'Pathology licence #SL021187' wrapped from a
# licence sentence: an issuing body or a licence, never a certification
_BODY_OR_LICENCE = re.compile(
    r"(?i)\bboard of\b|\bdepartment of\b|\bcommission\b|\blicen[cs]e\b|\bno\.\s*[A-Z]*-?\d{3,}"
    r"|#\s*[A-Z]*-?\d{3,}"
)
_ADDRESS = re.compile(
    r"^(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|\d+\s+\w+.*\b(?:st|street|ave|avenue|rd|road|dr|drive|blvd|lane|ln|way)\b.*)$",
    re.I,
)
_SKILL_YEARS = re.compile(
    r"(?i)\(\s*(?:\d+\+?|less than \d+|over \d+)\s*(?:years?|yrs?|months?)\s*\)"
)
_LONE_WORD = re.compile(r"^[A-Z][a-z]+$")
_HAS_MONTH = re.compile(r"(?i)[a-z]{3}|\d{1,2}[/.-]\d")
# "Certified Brain Injury Specialist (CBIS)" or "BCS-S (Board Certified ...)": the acronym
_ACRONYM_FIRST = re.compile(r"^([A-Z][A-Z0-9/-]{1,9})\s*\([^)]{8,}\)")
_ACRONYM_LAST = re.compile(r"^[^()]{8,}\(([A-Z][A-Z0-9/-]{1,9}s?)\)$")  # '(PAMs)' too
_SQUARE_ISSUER = re.compile(r"\s*\[[^\[\]]*\]\s*$")
# a bracketed aside in words, not an acronym: '(PA LPN scope)', '(approved course)'
_ASIDE = re.compile(r"\s*\((?=[^()]*[a-z])(?![A-Z][A-Z0-9/-]{1,9}s\))[^()]*\)\s*$")
_LAST_BRACKET = re.compile(r"\s*\(([^()]*)\)\s*$")
# 'IV Therapy certification for LPNs': the credential ends before the word that says it is one
_SUFFIX = re.compile(
    r"(?i)\s+(?:re)?certification(?:\s+for\s+[\w/-]+)?$|\s+training$"
    r"|(?:\s+level\s+\w{1,3})?\s+(?:certified|trained)$"  # 'PROMPT Level 1 trained'
    r"|\s+registered clinician$"  # 'MBSImP registered clinician'
)
# 'MTM Certificate' is MTM; 'Pharmacogenomics Certificate' keeps the word that makes it one
_ACRONYM_CERTIFICATE = re.compile(r"^([A-Z]{2,6})\s+[Cc]ertificate$")
_LABEL = re.compile(
    r"(?i)^(?:charting|emr|ehr|skills|languages?|software|systems|computer)\b[^:]{0,20}:"
)
_TRAILER = re.compile(
    r"\s+[–—-]\s+.*$|\s*\((?:\d{4}|current|active|exp.*)\)\s*$|,?\s+(?:19|20)\d\d$"
    r"|\s*\[[^\]]*\]\s*$",  # 'MBSImP [Northern Speech Services]': the issuer in brackets
    re.IGNORECASE,
)


@cache
def issuer_matcher() -> vocab.Matcher:
    return vocab.Matcher(vocab.load("certifications")["issuers"])


def issuer_alone(text: str) -> str | None:
    """'NBSTSA' on a line of its own under 'CST - Certified Surgical Technologist' / 'Expires
    May 2028' (a job board's layout): the issuer of the card above, not a card (a registry
    that is a credential too, 'ARRT', stays one)."""
    text = text.strip(" \t•·*-–—|,:")
    issuer = issuer_matcher().whole(text)
    return issuer if issuer and vocab.certification_matcher().whole(text) is None else None


def certs_in_line(
    line: Line, *, in_section: bool, post_nominals: bool = False, today: date | None = None
) -> list[dict[str, Any]]:
    """Certifications named on a line. Inside a certifications section, unknown items are kept
    with their printed name; elsewhere only unambiguous vocabulary entries count."""
    text = line.text
    if heading_kind(line) is not None:
        return []  # a scan's 'LI CEN SURE' heading names no CEN
    if _NOT_HELD.search(text) or (
        not in_section and _COURSE.search(text) and "certif" not in text.lower()
    ):
        return []
    found: dict[str, dict[str, Any]] = {}
    segments = _items_apart(text)
    for segment in segments:
        hits = [
            h
            for h in vocab.certification_matcher().finditer(segment)
            if _counts(h, in_section or post_nominals)
        ]
        hits = [
            h
            for n, h in enumerate(hits)
            if not (
                n
                and (
                    _bracketed_issuer(h, segment)
                    or _issuer_again(h, hits[n - 1])
                    or _inside_issuer(h, segment)
                )
            )
        ]
        runs = _one_course_joined(_runs(hits), segment)
        firsts = [run[0] for run in runs]
        for n, run in enumerate(runs):
            course = _one_course_name(run, segment)
            name = course or _as_named(run, segment)
            # "BLS & ACLS (AHA) exp 06/2026": issuer and expiry printed after the last name
            # apply to all of them
            found.setdefault(
                course or _standard(run[0]),
                _describe(name, segment[run[0].start :], firsts[n + 1 :], segment, today),
            )
        if not hits and len(segments) > 1 and in_section and not post_nominals:
            # 'CCC-SLP [ASHA] exp. 12/2027; MBSImP [Northern Speech Services]': an item the
            # vocabulary does not know, listed beside ones it does
            for name in _printed_items(segment.strip()):
                found.setdefault(name, _describe(name, segment, [], segment, today))
    if not found and in_section and not post_nominals and not _LABEL.match(text):
        found = {name: _describe(name, text, [], text, today) for name in _printed_items(text)}
    return list(found.values())


def _items_apart(text: str) -> list[str]:
    """The items of a line listed with ';', each with its own details: 'Oncology Certified Nurse
    (OCN) — ONCC; expires Dec 2028' is one item whose expiry follows the semicolon."""
    items: list[str] = []
    for piece in text.split(";"):
        if items and _EXPIRES.match(piece.strip()):
            items[-1] = f"{items[-1]};{piece}"
        else:
            items.append(piece)
    return items


def _runs(hits: list[vocab.Hit]) -> list[list[vocab.Hit]]:
    """'Board Certified Critical Care Pharmacist (BCCCP)  BPS  10/2029': the long form and
    its acronym name one credential, and the issuer and expiry after both are its own."""
    runs: list[list[vocab.Hit]] = []
    for hit in hits:
        if runs and runs[-1][0].canonical == hit.canonical:
            runs[-1].append(hit)
        else:
            runs.append([hit])
    return runs


# Red Cross and AHA teach CPR with first aid as one course, on one card
_ONE_COURSE = frozenset({"CPR", "First Aid"})
_SLASH = re.compile(r"\s*/\s*")


def _one_course_joined(runs: list[list[vocab.Hit]], segment: str) -> list[list[vocab.Hit]]:
    """'CPR/First Aid': the two names of one course, one slash apart, as one run."""
    joined: list[list[vocab.Hit]] = []
    for run in runs:
        if (
            joined
            and {joined[-1][0].canonical, run[0].canonical} <= _ONE_COURSE
            and joined[-1][0].canonical != run[0].canonical
            and _SLASH.fullmatch(segment[joined[-1][-1].end : run[0].start])
        ):
            joined[-1] = joined[-1] + run
        else:
            joined.append(run)
    return joined


def _one_course_name(run: list[vocab.Hit], segment: str) -> str | None:
    """The printed name of a combined course ('CPR/First Aid'), or None for any other run
    ('CPR/AED' is CPR: the AED is part of every CPR course)."""
    if len({hit.canonical for hit in run}) < 2 or run[0].canonical not in _ONE_COURSE:
        return None
    return segment[run[0].start : run[-1].end]


def _standard(hit: vocab.Hit) -> str:
    return str(vocab.certification_info(hit.canonical).get("canonical", hit.canonical))


def _as_named(run: list[vocab.Hit], segment: str) -> str:
    """The standard name when the page prints it ('Critical Care Registered Nurse (CCRN)',
    'VitalStim Certified Provider'), else the page's own words ('NIH Stroke Scale',
    'S.T.A.B.L.E.', 'AWHONN Intermediate Fetal Monitoring'): a recruiter checks the card
    against what the candidate wrote, and the standard name is kept for matching
    (vocab.certification_code)."""
    standard = _standard(run[0])
    variant = _VARIANT.match(segment, run[-1].end)
    if variant:  # 'CCRN-K', 'CCRN-E': another credential than the one the vocabulary knows
        return segment[run[-1].start : variant.end()]
    if any(vocab.shows_standard_name(hit.text, standard) for hit in run):
        return standard
    if run[0].text.upper() == f"{standard.upper()}/L":
        return standard  # 'COTA/L': the NBCOT credential, with the state licence after it
    bracketed = next((hit.text for hit in run[1:] if _in_brackets(hit, segment)), None)
    if bracketed and _ACRONYM.fullmatch(bracketed):
        return bracketed  # 'Basic Cardiac Life Support (BCLS)'
    if len(run) == 1 and _initials(run[0].text) == re.sub(r"[^A-Z]", "", standard):
        return standard  # 'Certified Emergency Nurse' spells out CEN
    return " ".join(segment[_issuer_before(run[0], segment) : run[-1].end].split())


def _issuer_before(hit: vocab.Hit, segment: str) -> int:
    """Where the printed name starts: at the issuer when the item opens with it ('APhA
    Pharmacy-Based Immunization Delivery'), else at the credential."""
    start = hit.start
    if _ACRONYM.fullmatch(hit.text):
        return start  # 'NBCOT OTR': the board before a credential's letters is its issuer
    while True:  # 'ONS/ONCC Chemotherapy Immunotherapy Certificate': two bodies, one card
        before = segment[:start].rstrip("/")
        issuer = next(
            (h for h in issuer_matcher().finditer(before) if not before[h.end :].strip()), None
        )
        if issuer is None:
            break
        start = issuer.start
    if before[:start].strip(" \t•·*-–—|,:").strip() or start == hit.start:
        return hit.start
    return start


def _in_brackets(hit: vocab.Hit, segment: str) -> bool:
    return segment[: hit.start].rstrip().endswith(("(", "["))


_VARIANT = re.compile(r"-[A-Z]{1,3}\b(?!-)")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&/().-]+")
_SMALL_WORDS = frozenset({"of", "for", "and", "in", "the", "&"})


def _initials(words: str) -> str:
    return "".join(
        word[0].upper()
        for word in re.split(r"[\s/-]+", words)
        if word and word.lower() not in _SMALL_WORDS
    )


def _bracketed_issuer(hit: vocab.Hit, segment: str) -> bool:
    """'RT(R) (ARRT)', 'LSVT LOUD [LSVT Global]': a body in brackets after a credential issued
    it; it is no second one."""
    bracketed = re.split(r"[)\]]", segment[hit.start :], maxsplit=1)[0]
    return (
        segment[: hit.start].rstrip().endswith(("(", "["))
        and issuer_matcher().search(bracketed) is not None
    )


def _issuer_again(hit: vocab.Hit, previous: vocab.Hit) -> bool:
    """'Advanced FHM - AWHONN': the body that issues the card, named after it, is not the
    card's name a second time."""
    issuer = issuer_matcher().search(hit.text)
    return (
        previous.canonical == hit.canonical
        and issuer is not None
        and (issuer.start, issuer.end) == (0, len(hit.text))
    )


def _inside_issuer(hit: vocab.Hit, segment: str) -> bool:
    """'LSVT BIG Certified Clinician (LSVT BIG) — LSVT Global': after a credential, a longer
    body's name that holds one ('LSVT' in 'LSVT Global') is the issuer, not a second card."""
    return any(
        issuer.start <= hit.start
        and hit.end <= issuer.end
        and issuer.end - issuer.start > len(hit.text)
        for issuer in issuer_matcher().finditer(segment)
    )


def _counts(hit: vocab.Hit, trusted: bool) -> bool:
    if len(hit.text) <= 6 and " " not in hit.text and not hit.text.isupper():
        return False
    return trusted or not vocab.certification_info(hit.canonical).get("section_only")


def _printed_items(text: str) -> list[str]:
    # a Word table's row ('IV Therapy Certification | Bluegrass Community and Technical
    # College | does not expire') is as long as its cells: only the name cell is an item
    if len(text.split(" | ")[0].split()) > 12 or not re.search(r"[A-Za-z]{3}", text):
        return []
    if vocab.ehr_matcher().search(text):
        return []  # 'Epic at both jobs, PACS/Fuji': the systems used, listed under the cards
    items: list[str] = []
    text = re.split(r" \| |\s{2,}", text)[0]  # a table row: the name cell comes first
    for part in re.split(r",\s+(?=[A-Z])", text):
        # 'IV Therapy Certification (Ohio Board of Nursing approved course), 2017': the
        # aside says where it was taught, not what it is
        bare = _without_aside(_TRAILER.sub("", part.strip()))
        if _NOT_A_CERT.search(bare) or _BODY_OR_LICENCE.search(bare):
            continue
        if items and _issuer_led(part):
            continue  # 'Certified Exercise Expert … (CEEAA), APTA Geriatrics': who issued it
        named = _TRAILER.sub("", _before_details(bare))
        short = _SUFFIX.sub("", named)
        # 'IV Certification' stays whole: 'IV' alone names nothing
        part = (short if len(re.sub(r"[^A-Za-z]", "", short)) >= 3 else named).strip(" .;:(")
        part = _ACRONYM_CERTIFICATE.sub(r"\1", part)
        if (
            part
            and not part.startswith("(")
            and not _NOT_A_CERT.search(part)
            and not _only_an_issuer(part)
            and _credential_like(part)
        ):
            items.append(_acronym(part))
    return items


def _only_an_issuer(part: str) -> bool:
    """'AHA - exp. 03/2027' (a scan lost the card's name): who issued it, not what."""
    hit = issuer_matcher().search(part)
    if hit is None or hit.start != 0 or hit.end != len(part):
        return False
    return hit.canonical not in _REGISTRIES_HELD_AS_CREDENTIALS


# a registry whose name people write as the credential they hold ('NBCOT exp 12/2027')
_REGISTRIES_HELD_AS_CREDENTIALS = frozenset({"NBCOT", "ARRT", "NBRC", "ARDMS", "NBSTSA", "CCI"})


def _issuer_led(part: str) -> bool:
    hit = issuer_matcher().search(part)
    return hit is not None and hit.start == 0 and len(part.split()) <= 4


def _before_details(part: str) -> str:
    """'CSC AACN Expires Sep 2028' (lines joined back): the name ends where its issuer or
    expiry begins."""
    cuts = [m.start for m in (issuer_matcher().search(part),) if m and m.start > 0]
    cuts += [m.start() for m in (_EXPIRES.search(part),) if m and m.start() > 0]
    return part[: min(cuts)] if cuts else part


def _credential_like(part: str) -> bool:
    """Whether an unknown item printed in a credentials section can be a credential."""
    words = re.findall(r"[a-z]+", part.lower())
    if not words or all(w in _COLUMN_LABELS for w in words):
        return False
    if SINGLE.fullmatch(part) or RANGE.fullmatch(part) or _ADDRESS.match(part):
        return False
    if _SKILL_YEARS.search(part) or _LONE_WORD.fullmatch(part) or code_for(part):
        return False
    if vocab.ehr_matcher().search(part) or heading_kind(_as_line(part)):
        return False
    return vocab.degree_pattern().search(part) is None  # 'AS Radiologic Technology' is schooling


def _as_line(text: str) -> Line:
    return Line(text, 1, 0)


def _without_aside(text: str) -> str:
    """Text without a last bracket that is an aside in words or a state ('IV Certification
    (TX)'): an acronym in brackets ('(CBIS)') stays, it may be the credential's name."""
    text = _SQUARE_ISSUER.sub("", text)  # 'Physical Agent Modalities (PAMs) [Idaho OT Board]'
    bracket = _LAST_BRACKET.search(text)
    if bracket and code_for(bracket.group(1).strip()):
        return text[: bracket.start()]
    return _ASIDE.sub("", text)


def _acronym(item: str) -> str:
    match = _ACRONYM_FIRST.match(item) or _ACRONYM_LAST.match(item)
    return match.group(1) if match else item


def _describe(
    name: str, tail: str, later: list[vocab.Hit], segment: str, today: date | None
) -> dict[str, Any]:
    """Issuer and expiry from the item's own words, else from the rest of its segment."""
    own = tail[: later[0].start - (len(segment) - len(tail))] if later else tail
    issuer = next(
        (found for text in (own, tail, segment) if (found := issuer_matcher().search(text))), None
    )
    # 'RRT (NBRC), ACLS (AHA, expires March 2028)': an item with its own bracket of details
    # has said all it has; the next item's expiry is not its own
    shared = tail if not later or not _OWN_DETAILS.search(own) else own
    expires = _expiry(own) or _expiry(shared) or _range_end(own) or _future_date(own, today)
    return {"name": name, "issuer": issuer.canonical if issuer else None, "expires": expires}


_OWN_DETAILS = re.compile(r"[(\[][^)\]]*[)\]]")


def _expiry(text: str) -> str | None:
    keyword = _EXPIRES.search(text)
    if keyword is None:
        return None
    point = SINGLE.search(text, keyword.end())
    if point is None or not _HAS_MONTH.search(point.group(0)):
        short = short_month_year(text[keyword.end() :])  # 'BLS (AHA) exp 6/27'
        return iso(short) if short else None  # a bare year is too coarse to plan a renewal on
    return iso(parse_point(point.group(0), end=True))


def _range_end(text: str) -> str | None:
    """'BLS  June 2018 to June 2026' (a job board's issued-to-expiry line): the end."""
    span = find_span(text) if RANGE.search(text) else None
    if span is None or span.ongoing or span.end is None or not _HAS_MONTH.search(span.text):
        return None
    return iso(span.end)


def _future_date(text: str, today: date | None) -> str | None:
    """'BLS – AHA – 02/2027': a held certification's only dated month, when still ahead, can
    only be its expiry. One a few months gone is a card that lapsed since the resume was
    written ('ACLS — AHA — Sep 2026' in December); older, it is the month it was earned."""
    points = [p.group(0) for p in SINGLE.finditer(text) if _HAS_MONTH.search(p.group(0))]
    short = _LAST_CELL_SHORT.search(text) if not points else None
    if today is None or (len(points) != 1 and short is None):
        return None
    # 'ACLS  Advanced Cardiovascular Life Support  American Heart Association  11/27': a
    # table's Expiration cell in MM/YY
    month = short_month_year(short[1]) if short else parse_point(points[0], end=True)
    lapsed_since = (today.year * 12 + today.month) - (month[0] * 12 + month[1]) if month else 0
    return iso(month) if month and lapsed_since <= _RECENTLY_LAPSED_MONTHS else None


_RECENTLY_LAPSED_MONTHS = 6
_LAST_CELL_SHORT = re.compile(r"\s{2,}((?:0?[1-9]|1[0-2])/\d{2})$")


def merge(certs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    kept: dict[str, dict[str, Any]] = {}
    for cert in certs:
        code = vocab.certification_code(cert["name"]) or cert["name"]
        old = kept.setdefault(code, dict(cert))
        if cert["name"] == code:
            old["name"] = code  # 'RT(R)' after the name, 'ARRT (R)' in the section
        for field in ("issuer", "expires"):
            old[field] = old[field] or cert[field]
    return list(kept.values())


def confidence(cert: dict[str, Any], trusted: bool) -> float:
    """A vocabulary credential in a credentials section (or after the name) is near certain,
    one met elsewhere less so; an unknown printed item is often a stray line."""
    if vocab.certification_code(cert["name"]) is None:
        return 0.55
    return 0.93 if trusted else 0.8
