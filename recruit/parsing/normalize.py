"""Extraction artefacts out, one clean Line per visual line.

Handles (cid:N) glyphs, NBSP/tabs, soft hyphens, ligatures, bullet glyphs, letter-spaced
names ("A m e l i a   C h e n") and date ranges wrapped after their dash.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from recruit.parsing.dates import parse_point
from recruit.parsing.model import Document, TextLine

_CID = re.compile(r"\(cid:\d+\)")
# a contact or timeline icon read as a letter or sign: '@ MAY 2020 - PRESENT' from a scan
_ICON = re.compile(r"^(?:[I#§@]|\(cid:\d+\))\s+(?=\S)")
# Word's Symbol/Wingdings bullets arrive as private-use code points.
# OCR reads a bullet as '¢', '«', '°', '+ ' or "'*"
_BULLET = re.compile(
    r"^\s*(?:['‘’]?[•●▪◦■□▸►‣⁃○∙·*✓✔➢➤❖◆◇–¢«°\ue000-\uf8ff-]|\+(?=\s+[A-Za-z\d])|\(cid:\d+\))\s*"
)
# a scan's specks: '_ St. Mary Hospital', '.  Mar 2017 - Dec 2019', 'Salem, OR ; :', 'Staff RN
# _ - May 2019'
_SPECK_LEAD = re.compile(r"^(?:[_~]+|[.,])\s+(?=\S)")
_SPECK_TAIL = re.compile(r"(?:\s+[;:~_.])+$")
_SPECK_INSIDE = re.compile(r"\s[_~]+(?=\s)")
_DASHES = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u00ad": None,
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": None,
        "\r": " ",
        "\u2019": "'",
        "\u2018": "'",
    }
)
_LETTER_SPACED = re.compile(r"^(?:\S (?! ))+\S(?:\s{2,}(?:\S (?! ))+\S)*$")
_SPACES = re.compile(r"[ \t]{3,}|\t+")
_RUN = re.compile(r" {2}")
# what parts a line's cells: a cleaned line keeps a column gap as two spaces (Line)
CELL_GAP = re.compile(r"\t|\s{2,}")
_LINE_MAX = 1500  # longer "lines" are extraction junk; cap them so every pattern stays cheap
# ' : ' is how OCR reads the middle dot between an employer and its town
_SEPARATORS = re.compile(r"\s*[|•·]\s*|\s+[–—]\s+|\s+--?\s+|\s{2,}| — |—|\s+:\s+")
_TIP = re.compile(r"^tip:", re.IGNORECASE)
# page furniture printed once: 'continued on page 2', 'W. Oduya — Résumé  Page 2' heading the
# second page only (a repeated one is found by position in _running_lines)
_PAGE_NOTE = re.compile(
    r"(?i)^\(?(?:continued|cont'd)(?: (?:on|over|from) (?:page \d+|(?:the )?(?:next|previous)"
    r" page|reverse|back))?\)?\.?$"
    r"|^(?:[^\t]{0,60}(?:\t|\s{2,}|\s[·|—–-]\s))?page\s+\d+(?:\s*(?:of|/)\s*\d+)?$"
)
# '==========' under a plain-text heading, '-----' between entries: a drawn rule, no text
_RULE = re.compile(r"[=_~*#.\-–—\s]{3,}")
_OPEN_RANGE = re.compile(r"(?:\d{4}|present)\s*[-–—]\s*$", re.IGNORECASE)
# a work table's From and To columns: '03/2026  Current', '08/2025\t02/2026' open the row with
# no dash between them (a certificate table's Issued | Expires pair follows the credential's
# name, so only a row's first cells, or a month before 'Current', are taken as a range)
_MONTH_YEAR_CELL = (
    r"(?:(?:0?[1-9]|1[0-2])/(?:19|20)\d\d"
    r"|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? (?:19|20)\d\d)"
)
_ROW_START_RANGE = re.compile(
    rf"^({_MONTH_YEAR_CELL})\s+({_MONTH_YEAR_CELL}|present|current)(?![\w/])", re.IGNORECASE
)
_MONTH_BEFORE_NOW = re.compile(rf"(?<![\w/])({_MONTH_YEAR_CELL})\s+$", re.IGNORECASE)
_NOW_WORD = re.compile(r"(?i)\b(?:present|current)(?![\w/])")
_WRAPPED_END = re.compile(
    r"(?i)^(?P<end>present|current|now|(?:\d{1,2}/)?(?:19|20)\d\d|[a-z]{3,9}\.?\s+(?:19|20)\d\d)"
    r"(?![\w/])\s*(?P<rest>.*)$"
)
# a timeline's left gutter: '03/2021 –' beside the title, 'Present' beside the employer
_GUTTER_POINT = r"(?:[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}/\d{4}|\d{4})"
# OCR reads the timeline's dot or rail beside a gutter date as '@', '©', '°' or '|', and may
# lose the dash: '04/2019-@ Title' over 'Present | Employer', '08/2014  Title' over '03/2019 | …'
_GUTTER_MARK = r"(?:\s*[@©®°•|])"
_GUTTER_START = re.compile(
    rf"^(?P<date>{_GUTTER_POINT})(?P<dash>(?P<dash_gap>\s*)[-–—])?(?P<mark>{_GUTTER_MARK})?(?P<gap>\s+)(?P<rest>\S.*)$"
)
_GUTTER_END = re.compile(
    rf"^(?P<to>(?:to|until|through|[-–—])\s+)?(?P<date>{_GUTTER_POINT}|present|current|now)(?P<mark>{_GUTTER_MARK})?(?P<gap>\s+)(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(r"^(?:(?P<word>[A-Za-z]{3,9})\.?\s+|(?P<month>\d{1,2})/)(?P<year>\d{4})$")


@dataclass(frozen=True, slots=True)
class Line:
    """A cleaned line: text with '  ' (two spaces) kept as a column gap, and where it came from."""

    text: str
    page: int
    index: int
    bullet: bool = False
    bold: bool = False
    size: float = 0.0
    raw: str = ""
    x0: float = 0.0
    top: float = 0.0

    @property
    def words(self) -> int:
        return len(self.text.split())


def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text.translate(_DASHES)).translate(_DASHES)
    if _LETTER_SPACED.match(text.strip()) and len(text.strip()) > 4:
        text = re.sub(r"\s{2,}", "\x00", text.strip()).replace(" ", "").replace("\x00", " ")
    text = _SPACES.sub("  ", text.replace("\t", "   "))
    return text.strip()


def lines_of(document: Document) -> list[Line]:
    """Clean every line; drop empty and template-guidance lines; re-join wrapped date ranges."""
    out: list[Line] = []
    pending = ""
    running = _running_lines(document.lines)
    for n, source in enumerate(document.lines):
        if n in running:
            continue
        raw = source.text
        bullet = bool(_BULLET.match(raw)) and not raw.strip().startswith("--")
        text = _ICON.sub("", _SPECK_LEAD.sub("", _emoji_dropped(raw.strip())))
        text = _BULLET.sub("", text) if bullet else text
        text = _SPECK_INSIDE.sub("", _SPECK_TAIL.sub("", text))
        text = _dash_between_columns(clean_text(_CID.sub(" ", text[:_LINE_MAX])))
        if _page_note(text):
            text = _contact_before_page_number(text)
        if not text or _TIP.match(text) or _RULE.fullmatch(text):
            continue
        if pending:
            text, pending = f"{pending} {text}", ""
        if _OPEN_RANGE.search(text) and len(text) < 40:
            pending = text
            continue
        out.append(
            Line(
                text,
                source.page,
                len(out),
                bullet,
                source.bold,
                source.font_size,
                raw,
                source.x0,
                source.top,
            )
        )
    if pending:
        out.append(Line(pending, document.lines[-1].page, len(out)))
    return _gutter_ranges_joined(_range_ends_joined(out))


def _emoji_dropped(text: str) -> str:
    """'💼 WORK', '🔹 staff RN … @ Lakeshore …', '✅ WI RN #231877-30': a phone's notes mark
    headings and items with pictographs; they are icons, not words."""
    start = 0
    while start < len(text) and (_pictograph(text[start]) or text[start] in _EMOJI_JOINERS):
        start += 1
    return text[start:].lstrip() if start else text


def _pictograph(char: str) -> bool:
    return unicodedata.category(char) == "So" and ord(char) >= _FIRST_PICTOGRAPH


_FIRST_PICTOGRAPH = 0x2600  # miscellaneous symbols on; '©', '®', '°' and arrows stay
_EMOJI_JOINERS = frozenset("\ufe0f\u200d\u20e3")


def _page_note(text: str) -> bool:
    lower = text[-14:].lower()  # both kinds end in 'page N', 'of M' or 'continued'
    return ("page" in lower or "cont" in text[:6].lower()) and _PAGE_NOTE.match(text) is not None


def _contact_before_page_number(text: str) -> str:
    """What a page footer says before its page number when that is the candidate's phone or
    e-mail ('(208) 555-0156 · j.w@example.net · Page 1 of 1': on some designs the only
    place they are printed); otherwise nothing, the whole line being page furniture."""
    number = _PAGE_NUMBER_AFTER.search(text)
    rest = text[: number.start()].strip(" ·|—–-") if number else ""
    return rest if "@" in rest or len(re.sub(r"\D", "", rest)) >= _PHONE_DIGITS else ""


_PAGE_NUMBER_AFTER = re.compile(
    r"(?i)(?:\t|\s{2,}|\s[·|—–-]\s)\s*page\s+\d+(?:\s*(?:of|/)\s*\d+)?$"
)
_PHONE_DIGITS = 10


def _dash_between_columns(text: str) -> str:
    start = _ROW_START_RANGE.match(text) if text[:1].isalnum() else None
    if start is not None:
        return f"{start[1]} - {start[2]}{text[start.end() :]}"
    now = (
        _NOW_WORD.search(text)
        if "rrent" in text or "esent" in text or "RRENT" in text or "ESENT" in text
        else None
    )
    if now is None:
        return text
    month = _MONTH_BEFORE_NOW.search(text, max(0, now.start() - 24), now.start())
    if month is None:
        return text
    return f"{text[: month.start()]}{month[1]} - {text[now.start() :]}"


def _running_lines(lines: list[TextLine]) -> set[int]:
    """Positions of a running footer ('Resume exported from job-board profile · 11/28/2026' at
    the foot of every page) and of a running header after the first page: the same text as the
    lowest, or highest, line of two or more pages. Page furniture, not content; a footer left
    in would sit between a credential and its dates carried over the page break."""
    lowest: dict[int, int] = {}
    highest: dict[int, int] = {}
    for n, line in enumerate(lines):
        if not line.top and not line.bottom:
            continue  # no geometry (Word, plain text)
        if line.page not in lowest or line.top > lines[lowest[line.page]].top:
            lowest[line.page] = n
        if line.page not in highest or line.top < lines[highest[line.page]].top:
            highest[line.page] = n
    if len(lowest) < 2:
        return set()
    out: set[int] = set()
    for ends, keep_first in ((lowest, False), (highest, True)):
        by_text: dict[str, list[int]] = {}
        for page in sorted(ends):
            by_text.setdefault(lines[ends[page]].text.strip(), []).append(ends[page])
        for text, found in by_text.items():
            if len(found) >= 2 and len(text) > 3:
                # a footer with the candidate's e-mail or phone is their contact line: once
                once = keep_first or _CONTACT_LIKE.search(text) is not None
                out.update(found[1:] if once else found)
    return out


_CONTACT_LIKE = re.compile(r"@|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}")


def _range_ends_joined(lines: list[Line]) -> list[Line]:
    """'Speech-Language Pathologist, Acute Care · 01/2020 –' over 'Present': a long line
    whose range wrapped after its dash takes the range's end back (short ones are joined
    whole above). Lines are numbered again."""
    out: list[Line] = []
    for line in lines:
        before = out[-1] if out else None
        end = _WRAPPED_END.match(line.text) if before is not None else None
        if (
            before is not None
            and end
            and before.page == line.page
            and _OPEN_RANGE.search(before.text)
        ):
            out[-1] = replace(before, text=f"{before.text} {end['end']}")
            if not end["rest"]:
                continue
            line = replace(line, text=end["rest"])
        out.append(replace(line, index=len(out)))
    return out


def _gutter_ranges_joined(lines: list[Line]) -> list[Line]:
    """'03/2021 –  Staff RN' over 'Present  Lakeview Hospital' (or 'Jan 2021  Home Health PT'
    over 'to Present  Lookout Mountain Home Care'): the range split over two lines of a date
    gutter goes whole onto the first line."""
    out = list(lines)
    for i in range(len(out) - 1):
        start = _GUTTER_START.match(out[i].text)
        end = _GUTTER_END.match(out[i + 1].text) if start else None
        if start and end and out[i].page == out[i + 1].page and _gutter_pair(start, end):
            first = f"{start['date']} – {end['date']}  {start['rest']}"
            out[i] = replace(out[i], text=first)
            out[i + 1] = replace(out[i + 1], text=end["rest"])
    return out


def _gutter_pair(start: re.Match[str], end: re.Match[str]) -> bool:
    """Both dates stand in a gutter (a column gap or a timeline mark after them), and the pair
    reads as a range: printed with its dash, or, where OCR lost the dash, month dates that rise
    (stacked entries of a list fall instead)."""
    # a dash set apart from the first date stands in the gutter too, whatever the space after
    # it ('10/2018  — Charge RN' over 'present  Blue Ridge …')
    dash_apart = start["dash"] is not None and len(start["dash_gap"]) >= 2
    in_gutter = (dash_apart or start["mark"] or len(start["gap"]) >= 2) and (
        end["mark"] or len(end["gap"]) >= 2
    )
    if not in_gutter:
        return False
    if start["dash"] or end["to"]:
        return True  # '05/2019 –' over 'Present', or 'Jan 2021' over 'to Present'
    if _MONTH_YEAR.match(start["date"]) is None:
        return False
    if _MONTH_YEAR.match(end["date"]) is None:
        return end["date"].lower() in ("present", "current", "now")
    first, last = parse_point(start["date"]), parse_point(end["date"])
    return first is not None and last is not None and first < last


def segments(text: str) -> list[str]:
    """Split a header line on the separators people use between title, employer, place, date."""
    parts = (_unbracketed(p) for p in _SEPARATORS.split(text) if p)
    return [p for p in parts if p]


def _unbracketed(part: str) -> str:
    """A part without punctuation at its edges, and without a bracket the separator cut
    from its pair: 'Speech-Language Pathologist (Travel)' keeps its closing one."""
    part = part.strip(" ,;:")
    if part.startswith("(") and part.endswith(")") and part.count("(") == part.count(")") == 1:
        return part[1:-1].strip(" ,;:")
    if part.endswith(")") and part.count(")") > part.count("("):
        part = part[:-1]
    if part.startswith("(") and part.count("(") > part.count(")"):
        part = part[1:]
    return part.strip(" ,;:")
