"""Professional licences (state/province authorisations to practise) from any line naming one."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from recruit.clinical import vocab
from recruit.clinical.regions import code_for, codes_in, name_matcher, us_states
from recruit.parsing.dates import SINGLE, iso, parse_point, short_month_year
from recruit.parsing.normalize import Line

_KEYWORD = re.compile(
    r"(?i)\blicen[sc](?:e|ed|ure|es)\b|\bregistration\b|\bboard of\b|\bmulti-?state\b|\bcompact\b"
    r"|\bcollege of\b|\bnlc\b"
)
_NOT_PROFESSIONAL = re.compile(
    r"(?i)driver|driving|\bg level\b|\bclass [a-z]\b|\bin progress\b|pending|\bstudent\b"
)
_NUMBER = re.compile(
    r"(?i)(?:#|\bno\.?|\bnumber:?|\blicen[sc]e:?|\bcredential id:?)\s*#?\s*"
    r"(?P<n>[A-Z]{0,4}[.-]?\d[\w.-]{2,}|[A-Z]{1,3} \d{4,}\b)"
    r"|(?P<m>\b[A-Z]{1,4}[.-]?\d{4,}\b)"
)
_COMPACT = re.compile(
    r"(?i)multi-?state|\bcompact\b|\bnlc\b|\baslp-ic\b|\bptc\b|\binterstate\b|home state"
)
_SINGLE_STATE = re.compile(r"(?i)single[- ]state|non-?compact")
_NOT_COMPACT = re.compile(r"(?i)\bnot (?:an? )?(?:compact|multi-?state|nlc)\b")
_EXPIRES = re.compile(
    r"(?i)(?:exp(?:ires|iration|iry)?\.?|valid (?:through|until|thru)|renew(?:s|al)?)\s*:?\s*"
)
_LICENSED_IN = re.compile(r"(?i)\blicen[sc]ed in\b|\blicen[sc]es? in\b|\bstates? licensed\b")
_HOME_STATE = re.compile(r"(?i)home state:?\s*([A-Z]{2})\b")
_PRIVILEGE = re.compile(r"(?i)privilege|home state")
# California certifies its radiologic technologists itself: 'CA CRT (R)(F) — RHP 00482216' is
# that state certificate (a licence to practise), not the respiratory board's CRT
_STATE_RAD_TECH = re.compile(r"\bCRT\b(?=\s*(?:\((?:R|F|RF|M)\))+|.*\bRHP\s*\d)")
_IMAGING = re.compile(r"(?i)\bradiolog(?:ic|y) technolog(?:ist|y)\b|\bradiographer\b")
_CAPS_WORDS = frozenset({"OR", "IN", "ME", "OK", "HI", "AS", "ON", "PE", "DE", "ID", "OH"})


def license_type_in(text: str) -> str | None:
    """The licence type a line names, ignoring words that belong to a certification's name."""
    cert_spans = [(h.start, h.end) for h in vocab.certification_matcher().finditer(text)]
    for matcher in (vocab.license_phrase_matcher(), vocab.license_acronym_matcher()):
        for hit in matcher.finditer(text):
            if not any(
                s <= hit.start and hit.end <= e and (e - s) > (hit.end - hit.start)
                for s, e in cert_spans
            ):
                return hit.canonical
    return None


def parse_license_line(
    line: Line, *, in_section: bool, discipline_type: str | None, line_type: str | None = None
) -> list[dict[str, Any]]:
    """The licences one line states; line_type is the type a whole line names when this is
    one of its parts ('Licensed as an OT in South Carolina (…) and in North Carolina (…)')."""
    text = line.text
    keyword = _KEYWORD.search(text) is not None
    if not (in_section or keyword) or _NOT_PROFESSIONAL.search(text):
        return []
    each = _one_per_segment(text)
    if each:  # 'AZ RN 123456 exp 2027; CA RN 95123 exp 2026': each its own number and expiry
        kind = license_type_in(text) or discipline_type
        return [
            found
            for segment in each
            for found in parse_license_line(
                replace(line, text=segment),
                in_section=True,
                discipline_type=kind,
                line_type=license_type_in(text),
            )
        ]
    kind = "Radiologic Technologist" if _STATE_RAD_TECH.search(text) else license_type_in(text)
    if kind is None and (_LICENSED_IN.search(text) or _COMPACT.search(text)):
        kind = discipline_type
    elif kind is None and in_section and _leading_state(text):
        # a licence table row split into cells: the state (and number); an imaging row names
        # its type in full ('NV | Radiologic Technologist | RT 55021')
        kind = discipline_type or ("Radiologic Technologist" if _IMAGING.search(text) else None)
    if kind is None and in_section:
        kind = _printed_type(text) or line_type
    if kind is None or not (in_section or keyword):
        return []
    states = _states(text)
    if not states and not keyword and _certification_only(text):
        return []  # 'OTR certification (NBCOT) | exp 03/2027' is the credential, no licence
    number = _number(text, states) or (_bare_number(text) if in_section else None)
    if not in_section and not states and not number:
        return []
    # 'MA is not a compact state' names the compact too: the denial decides
    compact = (
        False
        if _NOT_COMPACT.search(text)
        else True
        if _COMPACT.search(text)
        else False
        if _SINGLE_STATE.search(text)
        else None
    )
    expires = _expiry(text) or (_latest_month(text) if in_section else None)
    base = {"type": kind, "number": number, "compact": compact, "expires": expires}
    if _PRIVILEGE.search(text) and (license_type_in(text) is None or number is None):
        # 'PT Compact Privileges: UT, CO, WA (via Idaho home license)': states practised in
        # on a held licence, no licences of their own
        base["privilege"] = True
    if not states:
        return [{"state": None, **base}]
    if len(states) > 1:
        base["number"] = None if len(states) > 2 else number
        marked = _compact_state(text, states) if compact else None
        return [{"state": s, **base, "compact": compact if s == marked else None} for s in states]
    return [{"state": state, **base} for state in states]


# 'Maryland Polysomnographic Technologist License PSG-01127': a state, the kind of licence in
# capitalised words, the licence word, a number
_BEFORE_LICENCE_WORD = re.compile(r"^\W*(?P<words>(?:[A-Z][a-z]+ ){3,5})[Ll]icen[sc]e\b(?=.*\d{3})")


def _printed_type(text: str) -> str | None:
    """A licence type the vocabulary does not know, as the page prints it after its state."""
    match = _BEFORE_LICENCE_WORD.match(text)
    if match is None:
        return None
    words = match["words"].split()
    for size in (2, 1):
        kind = words[size:]
        if code_for(" ".join(words[:size])) and 2 <= len(kind) <= 3:
            return " ".join(kind)
    return None


def state_cell_unwrapped(line: Line, below: Line | None) -> Line | None:
    """'District of  Registered Nurse  RN1049382  2028-06' over 'Columbia': a table's narrow
    state column wrapped the state's name; the row with the whole name, or None."""
    if below is None or below.words > 2 or _CELLS.search(below.text):
        return None
    # a justified cell may print its words apart: 'District  of  Registered Nurse …'
    for count in (1, 2):
        cells = _CELLS.split(line.text.strip(), maxsplit=count)
        if len(cells) <= count:
            return None
        first = " ".join(cells[:count])
        whole = f"{first} {below.text.strip()}"
        if whole.lower() in _state_names() and code_for(first) is None:
            return replace(line, text=f"{whole}  {cells[count]}")
    return None


@cache
def _state_names() -> frozenset[str]:
    return frozenset(name.lower() for name in us_states().values())


def _one_per_segment(text: str) -> list[str]:
    """The ';'-separated parts of a line when two or more of them each name one state, or
    its bracketed parts: 'Licensed in Rhode Island (multistate, RN61422, renewal 03/2028) and
    Massachusetts (RN 2381147, single-state, exp 09/2027)'."""
    for separator in (_SEMICOLON, _AFTER_BRACKET):
        segments = [segment for segment in separator.split(text) if segment.strip()]
        if sum(len(_states(segment)) == 1 for segment in segments) >= 2:
            return segments
    return []


_SEMICOLON = re.compile(r";")
_AFTER_BRACKET = re.compile(r"(?<=\))\s*(?:[,;]|and|&)\s+")


def prose_continued(line: Line, below: Line | None) -> Line | None:
    """'Licensed in Rhode Island (…) and' over 'Massachusetts (RN 2381147, …)': a sentence
    listing licences wrapped before a state; the sentence in one line, or None."""
    if below is None or not _LICENSED_IN.search(line.text) or not _RUNS_ON.search(line.text):
        return None
    if _leading_state(below.text) is None and not _STATE_NAME_FIRST.match(below.text):
        return None
    return replace(line, text=f"{line.text} {below.text}")


_RUNS_ON = re.compile(r"(?:\band|&|,)\s*$")
_STATE_NAME_FIRST = re.compile(r"^\W*[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*\(")


_CELLS = re.compile(r"\s*\|\s*|\s{2,}")
_COMPACT_LABEL = re.compile(r"(?i)^(?:multi-?state|compact|nlc)(?: licen[sc]e)?\??$")
_COLUMN_LABEL = re.compile(
    r"(?i)^(?:state|jurisdiction|type|license|licence|credential|number|no\.?"
    r"|licen[sc]e (?:no\.?|#|number)|#|expires|expiration|expiry|exp\.?|status|issued|verified"
    r"|board)$"
)
_YES = re.compile(r"(?i)^(?:yes|y|✓|✔|x)$")
_NO = re.compile(r"(?i)^(?:no|n|-|–)$")


def compact_column(text: str) -> int | None:
    """'State  License  Number  Multistate  Expires': the column saying whether it is compact."""
    cells = _CELLS.split(text.strip())
    if len(cells) < 3 or not all(_COLUMN_LABEL.match(c) or _COMPACT_LABEL.match(c) for c in cells):
        return None  # 'LPN | OH | PN 187722 | Multistate | exp 10/2028' is a row, no header
    return next((n for n, cell in enumerate(cells) if _COMPACT_LABEL.match(cell)), None)


def compact_cell(text: str, column: int) -> bool | None:
    """A table row's 'Yes' / 'No' under the multistate column."""
    cells = _CELLS.split(text.strip())
    if column >= len(cells):
        return None
    cell = cells[column]
    return True if _YES.match(cell) else False if _NO.match(cell) else None


def _certification_only(text: str) -> bool:
    """'COTA (NBCOT) — through 10/2027': a national board's credential, not a state's licence."""
    return (
        "certif" in text.lower()
        or vocab.certification_matcher().search(text) is not None
        or _certifying_bodies().search(text) is not None
    )


@cache
def _certifying_bodies() -> vocab.Matcher:
    return vocab.Matcher(vocab.load("certifications")["issuers"])


_ROW_CELL = re.compile(r"\s*(?:[#·|,(:]|\s{2}|\d|\bexp|\blic)", re.IGNORECASE)


def _leading_state(text: str) -> str | None:
    """A licence table row split into cells opens with its state: 'Ohio  #123456 · exp. ...',
    'Nevada (NSBN)  55555  05/31/2027'."""
    return code_for(_ROW_CELL.split(text, maxsplit=1)[0].strip())


def _compact_state(text: str, states: list[str]) -> str | None:
    """In 'TX (compact), CA, NY' only the state written next to the word is multistate."""
    where = _COMPACT.search(text)
    if where is None:
        return None
    home = _HOME_STATE.search(text)
    if home and home.group(1) in states:
        return home.group(1)
    positions = {s: _position(text, s) for s in states}
    return min(states, key=lambda s: abs(positions[s] - where.start()))


def _position(text: str, state: str) -> int:
    match = re.search(rf"(?<![A-Za-z]){state}(?![A-Za-z])", text)
    if match:
        return match.start()
    hit = next((h for h in name_matcher().finditer(text) if h.canonical == state), None)
    return hit.start if hit else len(text)


# 'Credential ID 4410' is no Idaho licence
_ID_LABEL = re.compile(r"(?i)\b(?:credential|licen[sc]e|member|certificate|registration)\s+ID\b")


def _states(text: str) -> list[str]:
    text = _ID_LABEL.sub(" ", text)
    found = [c for c in codes_in(text) if _named(c, text)]
    letters = re.sub(r"[^A-Za-z]", "", text)
    if letters.isupper():
        # 'ID PT #PT-9915': a capitals-only row still opens with its state and a licence type
        found = [c for c in found if c not in _CAPS_WORDS or _opens_row(c, text)]
    return found


def _named(code: str, text: str) -> bool:
    """Whether a state is named on its own, not only as letters glued to a licence number
    ('PA4471209' is a number)."""
    if re.search(rf"(?<![A-Za-z0-9]){code}(?![A-Za-z0-9])", text):
        return True
    return any(hit.canonical == code for hit in name_matcher().finditer(text))


def _opens_row(code: str, text: str) -> bool:
    rest = text[len(code) :] if text.startswith(f"{code} ") else ""
    return bool(rest) and license_type_in(rest.lstrip()[:12]) is not None


def _number(text: str, states: list[str]) -> str | None:
    for match in _NUMBER.finditer(text):
        value = match.group("n") or match.group("m")
        if value and re.search(r"\d{3,}", value) and not re.fullmatch(r"(19|20)\d\d", value):
            return value.strip("-")
    return None


# Vermont's numbers carry a board prefix and a dot ('026.0118734'), New Hampshire's a dashed
# suffix ('097723-21')
_BARE_NUMBER = re.compile(r"(?<![\w/.-])(?:\d{2,4}\.\d{5,8}|\d{5,8}-\d{1,3}|\d{5,10})(?![\w/.-])")
_SHORT_NUMBER = re.compile(r"\d{3,4}")
_YEARISH = re.compile(r"(?:19|20)\d\d")
_ROW_CELLS = 3
_MONTH_DATE = re.compile(r"(?i)[a-z]{3}|\d{1,2}\s*/|\d{4}\s*-\s*\d{2}")  # '2028-02' too


def _bare_number(text: str) -> str | None:
    """'Nevada (NSBN)  RN  55555  05/31/2027': a licence table row's number has no label."""
    found = _BARE_NUMBER.search(text)
    if found:
        return found.group(0)
    # 'Nebraska  Physical Therapist  1193  10/01/2028': a small board's short number, alone
    # in its cell
    cells = _CELLS.split(text.strip())
    short = [c for c in cells if _SHORT_NUMBER.fullmatch(c) and not _YEARISH.fullmatch(c)]
    return short[0] if len(cells) >= _ROW_CELLS and short else None


# '(issued 08/2026)', 'since 2019': when it was granted, never when it expires
_ISSUED = re.compile(r"(?i)\b(?:issued|since|granted|obtained|original(?:ly)?|initial)\W{0,3}$")


def _latest_month(text: str) -> str | None:
    """A licence row's dates with no label: the latest dated month is when it expires."""
    months = [
        parse_point(p.group(0), end=True)
        for p in SINGLE.finditer(text)
        if _MONTH_DATE.search(p.group(0)) and not _ISSUED.search(text[: p.start()])
    ]
    return iso(max(m for m in months if m)) if any(months) else None


def _expiry(text: str) -> str | None:
    keyword = _EXPIRES.search(text)
    if keyword is None:
        return None
    point = SINGLE.search(text, keyword.end())
    if point is None:
        short = short_month_year(text[keyword.end() :])  # 'RN 123456 exp 6/27'
        return iso(short) if short else None
    return iso(parse_point(point.group(0), end=True))


def merge(licenses: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One licence per (state, type); a stateless entry is dropped when a stated one exists,
    its number and expiry carried over when that one is the only licence of its type."""
    merged: dict[tuple[str | None, str], dict[str, Any]] = {}
    privileges = [lic for lic in licenses if lic.get("privilege")]
    for lic in [lic for lic in licenses if not lic.get("privilege")] + privileges:
        if lic.get("privilege") and (lic["state"], lic["type"]) not in merged:
            continue  # a compact privilege marks a held licence; it is not a licence itself
        key = (lic["state"], lic["type"])
        if key in merged:
            _fill_missing(merged[key], lic)
        else:
            merged[key] = dict(lic)
    stated: dict[str, list[dict[str, Any]]] = {}
    for (state, kind), lic in merged.items():
        if state:
            stated.setdefault(kind, []).append(lic)
    for (state, kind), lic in merged.items():
        if state is None and len(stated.get(kind, [])) == 1:
            # 'Licensed Practical Nurse (LPN)' / 'October 2025 to October 2027' over 'Ohio PN
            # license PN.174522': one licence told in two entries
            _fill_missing(stated[kind][0], lic)
    return [lic for (state, kind), lic in merged.items() if state or kind not in stated]


def _fill_missing(kept: dict[str, Any], other: dict[str, Any]) -> None:
    for field in ("number", "compact", "expires"):
        if kept[field] is None:
            kept[field] = other[field]


def confidence(licence: dict[str, Any], text: str) -> float:
    """How sure a licence read from this line is: a state and a printed type with a number or
    a licence word is near certain; a type only inferred from the discipline is a guess."""
    if licence["state"] is None:
        return 0.5
    printed = license_type_in(text) is not None
    if printed and (licence["number"] or _KEYWORD.search(text)):
        return 0.95
    return 0.85 if printed else 0.75
