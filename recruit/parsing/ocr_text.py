"""General repairs of what Tesseract misreads on resumes, one line at a time.

Each rule fixes a kind of misreading, never a word: an e-mail address split at its '@' or
after a dot (before its top-level domain too), '©' for '@' inside an address, a bullet read
as 'e' or '©', '|' for 'l' inside a word, letters for digits inside a date or phone number, a
space inside a date, a month's leading zero read as another digit, the dash between two dates
lost, a city's comma read inside its state, 'I' for 'l' in a lower-case e-mail address, a
common mail domain with a letter Tesseract confuses ('exampie.com', 'grnail.com'). Cases:
tests/parsing/test_ocr_text.py.
"""

from __future__ import annotations

import re
from functools import cache

from recruit.clinical.regions import codes, us_states

_LOCAL = r"[A-Za-z0-9._%+-]"
_DOMAIN = r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
_RULES: list[tuple[re.Pattern[str], str]] = [
    # 'jane.doe @example.com', 'jane.doe@ example.com': the '@' glyph's wide bearings
    (re.compile(rf"(?<={_LOCAL})\s+@\s*(?={_DOMAIN})"), "@"),
    (re.compile(rf"(?<={_LOCAL})@\s+(?={_DOMAIN})"), "@"),
    # 'jane. doe@example.com', 'chris.nguyen. er@…'
    # (lower case only: 'Mercy. Jane@...' is two things)
    (re.compile(rf"(?<![\w.])((?:[a-z0-9_%+-]+\.)+)\s+(?=[a-z0-9._%+-]+@{_DOMAIN})"), r"\1"),
    # 'leila.‘haddad@example.net': a speck after a dot inside an address read as a quote
    (re.compile(rf"(?<=[a-z0-9]\.)[‘’'`´]+(?=[a-z0-9._%+-]*@{_DOMAIN})"), ""),
    # 'hollis.v@example. com': a space read after the dot before a common top-level domain
    (
        re.compile(
            rf"({_LOCAL}+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.)\s+((?:com|org|net|edu|gov|us)\b)"
        ),
        r"\1\2",
    ),
    # a separator dot read as '@' between a phone and an address: '205.555.0119@jo.ic@example.org'
    (re.compile(r"(?<![\w.])(\(?\d{3}\)?[ .-]?\d{3}[.-]\d{4})@(?=[^\s@]+@)"), r"\1 · "),
    # 'jane.doe©example.com'
    (re.compile(rf"(?<={_LOCAL})[©®](?={_DOMAIN})"), "@"),
    # a bullet read as a letter or a sign: '© Epic', 'e BLS', '¢« ACLS'
    (re.compile(r"^(?:[eo]|[°©®»«¢*·•‘'.,:;-]{0,2}[°©®»«¢*·•])\s+(?=\S)"), "* "),
    # '|' for 'l' inside a word: 'Wi|son', 'A|fred', '|icensed'
    (re.compile(r"(?<=[A-Za-z])\|(?=[a-z])|(?<![^\s])\|(?=[a-z]{2,})"), "l"),
    # a table's left rule read before its first cell: '| Vermont\tRegistered Nurse'
    (re.compile(r"^\|\s+(?=[A-Z])"), ""),
    # '|' for 'I' opening an abbreviation: '|V Therapy', '|CU'. Only those: a table's rule
    # glued to a cell ('|OH', '|RN') is no letter
    (re.compile(r"(?<![^\s(/])\|(?=(?:V|CU|MC|RF|CCU|VF)\b)"), "I"),
    # a space inside a date: '12/ 2027', '12 /2027'
    (re.compile(r"\b(\d{1,2})\s*/\s+(\d{4})\b|\b(\d{1,2})\s+/(\d{4})\b"), r"\1\3/\2\4"),
    # a thin dash between dates read as '~': '03/2024 ~ 12/2024', '2019 ~ Present'
    (re.compile(r"(?i)(?<=(?:19|20)\d\d)\s*~\s*(?=(?:\d{1,2}/)?(?:19|20)\d\d|present\b)"), " - "),
    # a month's leading '0' read as '6', '8' or '9' (thin fax strokes): '62/2015' is no month
    (re.compile(r"(?<![\d/.])[689]([1-9])(?=/(?:19|20)\d\d\b)"), r"0\1"),
    # an area code's closing bracket read as a brace: '(501} 555-0153'
    (re.compile(r"\((\d{3})[}\]]"), r"(\1)"),
    # 'Nashville, ™' (TN in small type)
    (re.compile(r",\s*™(?=\s|\d|$)"), ", TN"),
]
# letters Tesseract puts for digits, fixed only in a token that is otherwise a number
_AS_DIGIT = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "S": "5", "§": "5"})
_NUMBERISH = re.compile(r"(?<![\w@.])[0-9OoIl|S§()./-]*[0-9][0-9OoIl|S§()./-]*(?![\w@])")


# 'PTA  2018 2021', '03/2018 06/2021': a thin dash between two dates lost
_LOST_DASH = re.compile(
    r"(?<![\w/.-])((?:\d{1,2}/)?((?:19|20)\d\d))[ \t]{1,3}((?:\d{1,2}/)?((?:19|20)\d\d))(?![\w/.-])"
)


# 'Apr 2018 Present', 'Jun 2013 Mar 2018': the same with months in words
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_LOST_WORD_DASH = re.compile(
    rf"(?i)(?<![\w/.-])({_MONTH}\s*((?:19|20)\d\d))[ \t]{{1,3}}"
    rf"((?:{_MONTH}\s*((?:19|20)\d\d))|present|current)(?![\w/.-])"
)


# a card's corner or rule read as one sign before a range across a gap: '7\t06/2019 - 02/2024'
# (after the lost dash is back)
_SIGN_BEFORE_RANGE = re.compile(
    r"^[^\s\w]?\w?[^\s\w]?(?<=\S)\t(?=(?:\d{1,2}/)?(?:19|20)\d\d\s*[-–—])"
)


# 'Waco T,X 76710': the comma after a city read inside the state's two letters
_COMMA_IN_STATE = re.compile(r"(?<=[a-z])\s+([A-Z]),([A-Z])(?=\s+\d{5}\b|\s*$|\s{2,}|\t)")


# 'Lexington, SG': a state's letter misread as one Tesseract confuses it with, after a city
_MISREAD_STATE = re.compile(
    r"(?<=[a-z]),\s*([A-Z0-9][A-Z0-9l])(?=\s+\d{5}\b|\s*$|\s{2,}|\t|\s+[|·•])"
)
_CONFUSED = {
    "G": "C",
    "C": "G",
    "Q": "O",
    "0": "O",
    "D": "O",
    "1": "I",
    "L": "I",
    "5": "S",
    "8": "B",
    "l": "I",
}


# 'octavia.Ir@example.org': a lower-case address with a capital I is an l misread
_ADDRESS = re.compile(rf"{_LOCAL}+@{_DOMAIN}")


# '(616) sss~0163': a phone number after its bracketed area code with letters for digits and
# '~' for its dash (OCR of small type on a photo)
_PHONE_LETTERS = re.compile(r"(?<!\w)(\(\d{3}\)\s?)([\dsSoOlIB]{3})[~\-–.]([\dsSoOlIB]{4})(?!\w)")
_PHONE_DIGITS = str.maketrans(
    {"s": "5", "S": "5", "o": "0", "O": "0", "l": "1", "I": "1", "B": "8"}
)


def _phone_back(match: re.Match[str]) -> str:
    middle, last = match[2].translate(_PHONE_DIGITS), match[3].translate(_PHONE_DIGITS)
    return f"{match[1]}{middle}-{last}"


@cache
def _i_states() -> re.Pattern[str]:
    """'lowa', 'lllinois': a state whose name starts with a capital I, read with an l."""
    names = [name[1:] for name in us_states().values() if name.startswith("I")]
    return re.compile(rf"(?<![\w@.])l(?:{'|'.join(map(re.escape, names))})\b")


# mail domains common enough that a near miss is a misreading, not another domain
_MAIL_DOMAINS = (
    "gmail",
    "yahoo",
    "outlook",
    "hotmail",
    "icloud",
    "example",
    "protonmail",
    "comcast",
)
_TOP_DOMAINS = ("com", "org", "net", "edu")
_GLYPH_CLASSES = (
    ("rn", "m"),
    ("vv", "w"),
    ("i", "l"),
    ("1", "l"),
    ("!", "l"),
    ("c", "e"),
    ("0", "o"),
)
_MAIL_DOMAIN = re.compile(rf"(?<={_LOCAL})@([A-Za-z0-9!-]+)\.([A-Za-z0-9]{{2,4}})\b")


def _glyph_class(word: str) -> str:
    word = word.lower()
    for read, meant in _GLYPH_CLASSES:
        word = word.replace(read, meant)
    return word


@cache
def _domain_by_class(names: tuple[str, ...]) -> dict[str, str]:
    return {_glyph_class(name): name for name in names}


def _known_or_read(read: str, names: tuple[str, ...]) -> str:
    return read if read.lower() in names else _domain_by_class(names).get(_glyph_class(read), read)


def _mail_domain_back(match: re.Match[str]) -> str:
    name = _known_or_read(match[1], _MAIL_DOMAINS)
    top = match[2]
    if name.lower() in _MAIL_DOMAINS and top == "co":
        top = "com"  # the last letter lost at the edge: none of these domains is under .co
    elif name != match[1] or top == "corn":
        top = _known_or_read(top, _TOP_DOMAINS)
    return f"@{name}.{top}"


def fix_line(text: str) -> str:
    text = _i_states().sub(lambda m: "I" + m[0][1:], text)
    text = _PHONE_LETTERS.sub(_phone_back, text)
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    text = _NUMBERISH.sub(_digits, text)
    text = _ADDRESS.sub(_lower_l, text)
    text = _MAIL_DOMAIN.sub(_mail_domain_back, text)
    text = _COMMA_IN_STATE.sub(_comma_back, text)
    text = _MISREAD_STATE.sub(_state_back, text)
    text = _LOST_DASH.sub(_dash_back, text)
    text = _LOST_WORD_DASH.sub(_word_dash_back, text)
    return _SIGN_BEFORE_RANGE.sub("", text).strip()


def _lower_l(match: re.Match[str]) -> str:
    address = match[0]
    others = address.replace("I", "")
    return address.replace("I", "l") if "I" in address and others == others.lower() else address


def _comma_back(match: re.Match[str]) -> str:
    state = match[1] + match[2]
    return f", {state}" if state in codes() else match[0]


def _state_back(match: re.Match[str]) -> str:
    """One confusable letter replaced, when exactly one state comes of it."""
    read = match[1]
    if read in codes():
        return match[0]
    candidates = {
        read[:n] + _CONFUSED[c] + read[n + 1 :] for n, c in enumerate(read) if c in _CONFUSED
    }
    states = {state for state in candidates if state in codes()}
    return match[0].replace(read, states.pop()) if len(states) == 1 else match[0]


def _dash_back(match: re.Match[str]) -> str:
    first, last = int(match[2]), int(match[4])
    return f"{match[1]} - {match[3]}" if first <= last <= first + 40 else match[0]


def _word_dash_back(match: re.Match[str]) -> str:
    first, last = int(match[2]), int(match[4] or match[2])
    return f"{match[1]} - {match[3]}" if first <= last <= first + 40 else match[0]


def _digits(match: re.Match[str]) -> str:
    """'O1/2O27' -> '01/2027', '555-O142' -> '555-0142': only with at least three real digits
    and more digits than letters, so 'I-95' or 'COVID-19' stay as they are."""
    token = match.group(0)
    digits = sum(c.isdigit() for c in token)
    letters = sum(c.isalpha() or c in "|§" for c in token)
    if letters == 0 or digits < 3 or letters >= digits:
        return token
    return token.translate(_AS_DIGIT)
