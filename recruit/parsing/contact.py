"""The candidate's own name, e-mail, phone and location, never a referee's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import phonenumbers

from recruit.clinical import vocab
from recruit.clinical.regions import code_for, codes
from recruit.parsing.fragments import TITLE
from recruit.parsing.normalize import CELL_GAP, Line
from recruit.parsing.sections import heading_kind

EMAIL = re.compile(r"(?<![\w.+'-])[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[A-Za-z]{2,24}")
PHONE = re.compile(
    r"(?<![\w+])(?:\+?1[\s.-]?)?\(?\d{3}(?:\)\s{0,4}|\)?[\s.-]?)\d{3}[\s.-]?\d{4}(?!\d)"
    r"|(?<![\w])\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}(?!\d)"
    r"|(?<![\w])0\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?!\d)"
)
_CITY_STATE = re.compile(
    r"(?P<city>[A-Z][A-Za-z.'-]*(?:[ -][A-Z][A-Za-z.'-]*){0,3}),?\s+(?P<st>[A-Z]{2}"
    # 'Jackson, Ms 39202': a scan's lower-case letter in a state code its ZIP vouches for
    r"|[A-Z][a-z](?=\s+\d{5}(?!\d))"
    # 'Des Moines, lA 50312': OCR's l for the I of IA, ID, IL, IN
    r"|l[ADLN](?=\s+\d{5}(?!\d)))"
    r"(?![\w-])(?:\s+\d{5}(?:-\d{4})?|\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d)?"
)
_CITY_STATE_NAME = re.compile(
    r"(?P<city>[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2}),"
    r"\s*(?P<st>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)
# OCR reads 'jane.doe@x.com' as 'jane .doe@x.com'; a dot opening an address part is glued back
_OCR_DOT_GAP = re.compile(r"(\w) (\.[\w.+'-]*@)")
_REFEREE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+[A-Z]")
_NAME_TOKEN = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*\.?$")
_NICKNAME = re.compile(r"\s[\"“'‘(][^\"”'’()]{2,15}[\"”'’)]\s")  # Rebecca "Becca" Lindqvist
_NAME_TOP = 12  # lines: the name is among the first ones, or set larger than the body text
_NAME_WINDOW = 40
_NOT_NAME = re.compile(
    r"(?i)\b(?:resume|curriculum|vitae|cv|nurse|therapist|engineer|manager|summary|profile|"
    r"experience|education|contact|objective|street|avenue|road|suite|university|hospital|"
    r"developer|designer|analyst|coordinator|technician|pharmacist|pathologist|assistant|"
    r"technologist|sonographer|specialist|search|messaging|notifications|inbox)\b"
)
# words of a street or of care that no name holds, checked on the part before the first comma
# ('Hickman Rd, Des Moines, IA', 'Critical Care Nursing'; a name line may go on 'RN, … Care RN')
_NOT_NAME_HEAD = re.compile(
    r"(?i)\b(?:rd|ave|blvd|ln|hwy|pkwy|lane|drive|boulevard|highway|apt|nursing|care|rehab"
    r"|therapy|health|medical|clinical|center|centre|imaging|clinic|institute|pharmacy)\b"
)
_POSTNOMINAL = re.compile(
    r"^(?:[A-Z]{2,5}(?:[-/][A-Z]+)*|[A-Z][a-z]?[A-Z]+|Ph\.?D\.?|Pharm\.?D\.?|R\.N\.|M\.S\."
    # a registry's modalities or board in brackets: 'RT(R)(CT)', 'R.T.(R)', 'MLS(ASCP)CM'
    r"|[A-Z](?:\.?[A-Z]){1,4}\.?(?:\([A-Z]{1,5}\))+[A-Z]{0,3})$"
)
_PARTICLES = frozenset(
    {"de", "la", "del", "da", "di", "van", "von", "der", "den", "du", "le", "bin", "al", "y"}
)
_CONTACT_LINE_MAX = 200  # contact lines are short; prose never holds the address
# a profile page's badges beside the name: 'Lucinda Hargrove-Ibarra (She/Her) · 2nd'
_PROFILE_BADGES = re.compile(
    r"(?i)\s*\((?:she|he|they)/(?:her|hers|him|his|them|theirs)\)"
    r"|\s*[-·•]\s*(?:\d\s*)?(?:1st|2nd|3rd\+?)\s*$"
)
_FIRST_PART = re.compile(r"\s*[|•·]\s*|\s{2,}")
# 'Name: …', or an e-mail's sender 'From: Delphine Achebe-Moreau <delphine.am@…>'
_NAME_FIELD = re.compile(r"(?i)^\s*(?:full |candidate )?name\s*(?::|\t|\s{2,})")
_NAME_LABEL = re.compile(r"(?i)^\s*(?:(?:full |candidate )?name\s*(?::|\t|\s{2,})|from\s*:)\s*")
# 'Resume – Joseph Whitaker, LPN', 'Curriculum Vitae: …', 'Résumé of …': the document's label
_DOCUMENT_LABEL = re.compile(
    r"(?i)^\s*(?:r[eé]sum[eé]|curriculum vitae|cv)(?:\s*[:–—|-]\s*|\s+(?:of|for)\s+)(?=\S)"
)
_MAIL_ADDRESS = re.compile(r"\s*<[^<>]*@[^<>]*>")
_HONORIFIC = re.compile(r"^\s*(?:dr|mr|mrs|ms|mx)\.?\s+(?=[A-Z])", re.I)
_SPACED_LETTERS = re.compile(r"^\s*(?:[^\W\d_][ ]){3,}[^\W\d_]\b")
_GREETING = re.compile(r"(?i)^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b")
_LOCATION_NOISE = re.compile(r"(?i)^(?:address|location|home|based in)\s*:?\s*")


@dataclass(slots=True)
class Found:
    value: object
    line: Line
    confidence: float


def referee_lines(lines: list[Line], reference_indexes: set[int]) -> set[int]:
    """Lines that belong to referees: the References section and the few lines under a
    'Ms Jane Doe' style name anywhere."""
    blocked = set(reference_indexes)
    for line in lines:
        if _REFEREE.match(line.text) and line.words <= 5 and line.index >= _OWN_NAME_LINES:
            blocked.update(range(line.index, line.index + 5))
        elif _RECIPIENT.match(line.text) and line.index < _NAME_TOP:
            blocked.add(line.index)  # 'To: Grant Whitfield <gw@agency…>' on a forwarded e-mail
        elif _AGENCY_CONTACT.match(line.text):
            blocked.update(_agency_contact_lines(lines, line.index))
    return blocked


def _agency_contact_lines(lines: list[Line], start: int) -> list[int]:
    """'Recruiter: Tamsin Greer' heading an agency's form, and the phone and e-mail lines
    under it: the recruiter's, not the candidate's."""
    found = [start]
    for line in lines[start + 1 : start + 1 + _AGENCY_CONTACT_LINES]:
        if line.words > 8 or not ("@" in line.text or PHONE.search(line.text)):
            break
        found.append(line.index)
    return found


# 'Dr. Marisol Vega-Truong, DPT' heading the page is the candidate, not a referee
_OWN_NAME_LINES = 2
_AGENCY_CONTACT = re.compile(
    r"(?i)^\s*(?:your |agency )?(?:recruiter|account manager|recruitment consultant"
    r"|submitted by|prepared by)\s*(?::|[-–—]\s)"
)
_AGENCY_CONTACT_LINES = 2
_RECIPIENT = re.compile(r"(?i)^\s*(?:to|cc|bcc)\s*:")


def find_email(lines: list[Line], blocked: set[int]) -> Found | None:
    for line in lines:
        if line.index in blocked or "@" not in line.text:
            continue
        text = _repaired(line.text)
        match = EMAIL.search(text)
        if match:
            confidence = 0.97 if line.index < 15 else 0.85
            if _CUT_BEFORE.search(text[: match.start()]):
                confidence = 0.6  # 'jane roe@...': a dot or underscore lost in a scan
            return Found(match.group(0).strip(".'_-"), line, confidence)
    return None


# a scan's damage around an address: 'd. roe@example. net', 'roe@example, net', '_jane.roe@'
_INITIAL_GAP = re.compile(r"(?<![\w.])([a-z]{1,2})\. ([a-z][\w.+'-]*@)")
_DOMAIN_GAP = re.compile(r"(@[\w-]+(?:\.[\w-]+)*)[.,] ?(com|net|org|edu|gov|us|io|co|info|biz)\b")
_ICON_MARK = re.compile(r"(?:(?<=\s)|^)_+(?=[\w.+'-]+@)")
# a lower-case word right before the address, not a label: the address may have lost its start
_CUT_BEFORE = re.compile(r"(?<![\w:])(?!(?:e-?mail|mail|at|or|to)\s+$)[a-z]{2,}\s+$")


def _repaired(text: str) -> str:
    text = _OCR_DOT_GAP.sub(r"\1\2", text)
    text = _INITIAL_GAP.sub(r"\1.\2", text)
    return _ICON_MARK.sub("", _DOMAIN_GAP.sub(r"\1.\2", text))


def find_phone(lines: list[Line], blocked: set[int]) -> Found | None:
    """The first number printed as a phone number. A bare run of ten digits counts only when
    no number is printed like one, and never on a licence's line (Michigan's licence numbers
    have ten digits)."""
    for formatted in (True, False):
        for line in lines:
            if line.index in blocked or _FAX_LINE.search(line.text):
                continue
            if not formatted and _LICENCE_LINE.search(line.text):
                continue
            for match in PHONE.finditer(line.text):
                if match.group(0).isdigit() == formatted:
                    continue
                if _NUMBER_LABEL.search(line.text, 0, match.start()):
                    continue  # 'License No. 037.0009921': a licence number printed with a dot
                e164 = to_e164(match.group(0))
                if e164:
                    return Found(e164, line, 0.95 if line.index < 15 else 0.8)
    return None


# a fax number, or a fax machine's transmission header ('DEC-01-2026 08:42 FROM: 5015550199 TO:')
_FAX_LINE = re.compile(r"(?i)\bfax\b|\bfrom:.*\bto:")
_NUMBER_LABEL = re.compile(r"(?i)(?:\blicen[sc]e\s+(?:no\.?|number|#)|\blicen[sc]e\s*#)\s*:?\s*$")
_LICENCE_LINE = re.compile(r"(?i)licen[sc]|\bboard\b|\bno\.|#|\bnumber\b|\bexp")


def to_e164(text: str) -> str | None:
    digits = re.sub(r"\D", "", text)
    if len(digits) < 10 or re.fullmatch(r"(19|20)\d\d\s*[-–]\s*(19|20)\d\d", text.strip()):
        return None
    try:
        number = phonenumbers.parse(text, "US")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def find_name(lines: list[Line]) -> Found | None:
    """A short line near the top made of capitalised words, post-nominals removed. Names are
    set in the largest type, so in a typeset file (two columns put a sidebar first) the
    largest candidate wins; otherwise the first."""
    window = lines[:_NAME_WINDOW]
    body = _body_size(window)
    found = []
    for n, line in enumerate(window):
        if line.index >= _NAME_TOP and line.size <= body:
            continue
        below = window[n + 1] if n + 1 < len(window) else None
        if below is not None and _wrapped_title(line, below):
            continue
        unlabelled = _MAIL_ADDRESS.sub("", _NAME_LABEL.sub("", _letters_closed(line.text)))
        unlabelled = _PROFILE_BADGES.sub("", _DOCUMENT_LABEL.sub("", unlabelled))
        beside = _after_heading(unlabelled)
        first = _HONORIFIC.sub("", _FIRST_PART.split(beside, maxsplit=1)[0])
        name = _name_from(_NICKNAME.sub(" ", first)) or _name_over_two_lines(line, below)
        if name and (beside != unlabelled or heading_kind(line) is None):
            found.append((line, name))
    if not found:
        return None
    labelled = [c for c in found if _NAME_FIELD.match(c[0].text)]
    if labelled:
        # 'Name  Oksana R. Villanueva' on an agency's form, under the agency's own name
        return Found(labelled[0][1], labelled[0][0], 0.9)
    # work history comes after the name in every layout, sidebars included: a 'name' below
    # its heading is a scan's speckle or a job's line, however large OCR measured it
    history = next((line.index for line in window if heading_kind(line) == "experience"), None)
    above = [c for c in found if history is None or c[0].index < history]
    found = above or found
    line, name = max(found, key=lambda c: (c[0].size, -c[0].index))
    top_line, top_name = found[0]
    # a Word header's runs carry no size of their own: its first line counts as body text
    top_size = top_line.size or body
    if top_line.index == 0 and line.size < _CLEARLY_LARGER * top_size:
        # the page's first line, against a line OCR measured a little taller (a capitalised
        # name reads smaller than a job title with descenders), or one of body size: the
        # first line is the name
        line, name = top_line, top_name
    return Found(name, line, 0.9 if line.index < 3 else 0.7)


_CLEARLY_LARGER = 1.25


def _after_heading(text: str) -> str:
    """'Contact  Olumide Adeyemi, RDMS': a scan read a sidebar's heading and the name beside it
    as one line, a gap apart; the name is what follows the heading."""
    parts = CELL_GAP.split(text, maxsplit=1)
    if len(parts) == 2 and parts[1] and heading_kind(Line(parts[0].strip(), 0, 0)) is not None:
        return parts[1]
    return text


def _letters_closed(text: str) -> str:
    """'M A R I S O L   V E G A': a name set letter-spaced, read a letter at a time; the
    wider gaps are the gaps between its words."""
    if not _SPACED_LETTERS.match(text):
        return text
    return " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", text.strip()))


def _name_over_two_lines(line: Line, below: Line | None) -> str | None:
    """'Kwabena' over 'Ellery-Stroud': a name set large in a narrow column, a word a line."""
    if below is None or line.words != 1 or below.words != 1 or line.page != below.page:
        return None
    if abs(line.size - below.size) > 0.5 or (not line.size and line.index > 0):
        return None  # unsized (plain text): only the page's first two lines
    return _name_from(f"{line.text} {below.text}")


def _wrapped_title(line: Line, below: Line) -> bool:
    """'CARDIOVASCULAR INVASIVE' over 'SPECIALIST': a job title wrapped at the top of the page
    looks like a name until its last word."""
    if below.words != 1 or line.page != below.page or TITLE.search(line.text):
        return False
    matchers = (vocab.discipline_title_matcher(), vocab.specialty_matcher())
    return any(matcher.spans(line.text, below.text) for matcher in matchers)


def credentials_below(lines: list[Line], name_line: Line | None) -> Line | None:
    """The line of post-nominals printed under the name ('BSN, RN, CEN'), if there is one."""
    if name_line is None:
        return None
    below = next((line for line in lines if line.index > name_line.index), None)
    if below is None or below.index > name_line.index + 2:
        return None
    tokens = [t for t in re.split(r"[\s,|·•]+", below.text) if t]
    if tokens and all(_is_postnominal(t, shouting=False) for t in tokens):
        return below
    return None


def _body_size(lines: list[Line]) -> float:
    sizes = [line.size for line in lines if line.size]
    return max(set(sizes), key=sizes.count) if sizes else 0.0


def _name_from(text: str) -> str | None:
    if EMAIL.search(text) or re.search(r"\d", text) or _NOT_NAME.search(text):
        return None
    head, *rest = re.split(r",|\s[|–—-]\s", text, maxsplit=1)
    head = head.strip()
    if _NOT_NAME_HEAD.search(head) or _GREETING.match(head):
        return None  # 'Hi Grant,': the recruiter, greeted
    head = _SPLIT_APOSTROPHE.sub(r"\1'", head)  # a scan's "O' BRIEN"
    head = _LONG_HYPHEN.sub("-", head)  # OCR's 'Tsosie—Begay'
    tokens = [_capital_i_restored(t) for t in head.split()]
    while len(tokens) > 2 and _is_postnominal(tokens[-1], shouting=head.isupper()):
        tokens.pop()
    if len(tokens) > 2 and _misread_credential(tokens[-1], "".join(rest)):
        tokens.pop()
    if not 2 <= len(tokens) <= 4:
        return None
    if len(tokens) == 2 and tokens[0] in codes() and tokens[1].upper() in credentials():
        return None  # 'NE RN - compact': a licence, not a person
    if head.isupper():
        tokens = [_capitalised(t) if len(t) > 2 or "." not in t else t for t in tokens]
    inner = tokens[1:-1]
    if not (_name_token(tokens[0]) and _name_token(tokens[-1])):
        return None
    if not all(_name_token(t) or t.lower() in _PARTICLES for t in inner):
        return None
    return " ".join(tokens)


def _misread_credential(token: str, rest: str) -> bool:
    """'Océane M. Whitaker ssn, rnc-nic': OCR read the small capitals after a photo's name in
    lower case, one of them wrongly ('ssn' for BSN). A short lower-case word that ends a name
    and is followed by post-nominals is one of them: a name's last word is capitalised."""
    if not (token.isalpha() and token.islower() and len(token) <= _CREDENTIAL_LETTERS):
        return False
    if token.lower() in _PARTICLES:
        return False
    following = [t for t in re.split(r"[\s,]+", rest) if t]
    return bool(following) and all(
        _is_postnominal(t.upper(), shouting=True) or _CREDENTIAL_REMNANT.match(t) for t in following
    )


_CREDENTIAL_LETTERS = 5
# what OCR kept of a credential at the page's curled edge ('ssn, R.' for 'BSN, RNC-NIC')
_CREDENTIAL_REMNANT = re.compile(r"[A-Z]{1,3}\.?$")
_CAPITAL_I_READ_AS_L = re.compile(r"l[bcdfgjkmnpqrstvwxzADLN]")
_LONG_HYPHEN = re.compile(r"(?<=[^\W\d_])[–—](?=[^\W\d_])")
_SPLIT_APOSTROPHE = re.compile(r"\b([A-Za-z])['’]\s+(?=[A-Z])")


def _capital_i_restored(token: str) -> str:
    """'lwu-Sandoval' -> 'Iwu-Sandoval', 'lA' -> 'IA': OCR reads a capital I as a lower-case l.
    Only before a capital or a consonant no English word starts 'l' with ('Ivan', 'Isabel',
    'Ingrid'), so a lower-case word ('lead', 'lymph') still tells a line from a name."""
    return "I" + token[1:] if _CAPITAL_I_READ_AS_L.match(token) else token


def _capitalised(token: str) -> str:
    """'O'BRIEN-MATSUDA' -> 'O'Brien-Matsuda': each part of a joined name starts upper."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), token)


def _name_token(token: str) -> bool:
    """A capitalised word in any alphabet: 'Tomás', 'O'Brien-Matsuda', 'J.'."""
    return token[:1].isupper() and _NAME_TOKEN.match(token) is not None


@cache
def credentials() -> frozenset[str]:
    """Post-nominals people print after their name: discipline credentials, cert acronyms."""
    words = {
        c.upper()
        for spec in vocab.load("disciplines")["disciplines"].values()
        for c in spec["credentials"]
    }
    words |= {name.upper() for name in vocab.load("certifications")["certifications"]}
    return frozenset(
        words | {"BSN", "MSN", "ADN", "DPT", "MBA", "PHD", "MS", "MA", "BS", "BA", "MPH"}
    )


def _is_postnominal(token: str, *, shouting: bool) -> bool:
    bare = token.strip(".,").upper()
    if bare in credentials() or bare.replace(".", "") in credentials():
        return True
    return not shouting and _POSTNOMINAL.match(token) is not None


def find_location(
    lines: list[Line], allowed: set[int], *, name_line: Line | None = None
) -> Found | None:
    """City and state/province from the contact lines; never a job's place (a resume with no
    home address has no location, not its employer's city)."""
    previous: Line | None = None
    for line in lines:
        if line.index not in allowed or len(line.text) > _CONTACT_LINE_MAX:
            previous = None
            continue
        if heading_kind(line) or (line.bold and line.text.isupper() and "," not in line.text):
            continue  # 'REACH ME', 'CONTACT': a sidebar label, not Maine
        parts = _CONTACT_PARTS.split(line.text)
        if line is name_line:
            parts = parts[1:]  # 'Jaya Chaudhari    Nurse City, ON': the place beside the name
        for part in _with_neighbours_joined(parts):
            found = _location_in(_LOCATION_NOISE.sub("", part.strip()))
            # 'University City, MO' is a town, not a university
            rest = part.replace(found["city"], " ") if found and found["city"] else part
            # '1402 University Dr S, Fargo': a street may be named after one
            rest = _STREET.sub(" ", rest)
            if _JOB_PART.search(part) or has_org_name(rest):
                break  # 'Registered Nurse | Presbyterian Hospital, Albuquerque, NM'
            if found:
                return Found(found, line, 0.85 if line is not name_line else 0.75)
        found = _split_address(previous, line)
        if found:
            return Found(found, line, 0.7)
        previous = line
    return None


def _with_neighbours_joined(parts: list[str]) -> list[str]:
    """The parts, each followed by itself and the next as one: a scan's tab stops split
    '388 Hollyhock St · Des Moines, IA' into 'Des Moines,' and 'IA'."""
    out: list[str] = []
    for n, part in enumerate(parts):
        out.append(part)
        if n + 1 < len(parts) and part.rstrip().endswith(","):
            out.append(f"{part} {parts[n + 1]}")
    return out


_STREET = re.compile(r"^\s*\d{1,6}[A-Za-z]?\s+[^,\d]+,")
_CONTACT_PARTS = re.compile(r"\s*[|•·]\s*|\s{2,}")
_JOB_PART = re.compile(r"(?i)\b(?:19|20)\d\d\s*[-–]|\b(?:present|current)\b")
_STATE_ZIP = re.compile(r"^(?P<st>[A-Z]{2})(?P<zip>\s+\d{5}(?:-\d{4})?)?$")
_BARE_CITY = re.compile(r"^(?:[A-Z][a-z.'-]+)(?: [A-Z][a-z.'-]+){0,2}$")


def _split_address(previous: Line | None, line: Line) -> dict[str, str] | None:
    """A narrow sidebar breaks 'Dayton, OH 45402' into 'Dayton' over 'OH 45402', or
    '4417 Pecan Hollow Dr, Austin,' over 'TX'."""
    match = _STATE_ZIP.match(line.text.strip())
    if match is None or match.group("st") not in codes():
        return None
    above = previous.text.strip() if previous else ""
    if not match.group("zip") and not above.endswith(","):
        return None  # a bare 'TX' is only an address's end when the line above runs into it
    city = above.strip(" ,").split(",")[-1].strip()
    return {"city": city if _BARE_CITY.match(city) else "", "state": match.group("st")}


def has_org_name(part: str) -> bool:
    """A facility or employer named in a contact-looking part (its place is the job's)."""
    return _ORG_WORDS.search(part) is not None


_ORG_WORDS = re.compile(
    r"(?i)\b(?:hospital|medical cent(?:er|re)|clinic|health(?:care)? system|healthcare|university"
    r"|college|inc|llc|pharmacy|rehab(?:ilitation)? center|nursing (?:home|center)|staffing)\b"
)


_QUARTERS = frozenset({"NE", "NW", "SE", "SW"})
_STREET_END = re.compile(
    r"(?i)\b(?:blvd|st|ave|rd|dr|ln|way|ct|hwy|pkwy|street|avenue|road|drive|lane|court|boulevard)\.?$"
)


_WORDS_AFTER_BARE_STATE = re.compile(r"\s+[A-Za-z]")
_COMMA_OR_ZIP = re.compile(r",|\d{5}")


def _location_in(text: str) -> dict[str, str] | None:
    if EMAIL.search(text) or "linkedin" in text.lower():
        text = EMAIL.sub("", text)
    for match in _CITY_STATE.finditer(text):
        if _STREET_END.search(match.group("city")) and match.group("st") in _QUARTERS:
            continue  # '8120 Montgomery Blvd NE': a street and its quarter, not a city and state
        if _WORDS_AFTER_BARE_STATE.match(text, match.end()) and not _COMMA_OR_ZIP.search(match[0]):
            continue  # 'Travel OR Nurse — circulator': no comma, no ZIP and more words after it
        state = _capital_i_restored(match.group("st")).upper()
        if state in codes():
            city = match.group("city").split(",")[-1].strip()
            city = re.sub(r"^(?:Address|Location)\s*:?\s*", "", city)
            return {"city": city, "state": state}
    for match in _CITY_STATE_NAME.finditer(text):
        code = code_for(match.group("st"))
        if code and len(match.group("st")) > 2:
            return {"city": match.group("city"), "state": code}
    return None
