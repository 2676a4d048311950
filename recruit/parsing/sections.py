"""Split lines into sections by their headings.

A heading is a short line that is a known heading phrase, or an ALL-CAPS line with a heading
keyword. Headings that arrive after their items (scrambled PDFs) are handled by letting an empty
credentials section claim the short lines just above it.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from recruit.parsing.dates import RANGE
from recruit.parsing.fragments import TITLE
from recruit.parsing.normalize import Line

HEADER = "header"
EXPERIENCE_KINDS = frozenset({"experience", "clinical", "volunteer"})
CREDENTIAL_KINDS = frozenset({"licenses", "certifications"})
_MAX_HEADING_WORDS = 6


@dataclass(slots=True)
class Section:
    kind: str
    heading: Line | None
    lines: list[Line] = field(default_factory=list)


@cache
def vocabulary() -> tuple[dict[str, str], list[tuple[str, str]], frozenset[str]]:
    """Heading phrases -> kind, keywords in priority order, and every word headings use."""
    text = resources.files("recruit.parsing").joinpath("data", "headings.json").read_text("utf-8")
    data = json.loads(text)
    exact = {phrase: kind for kind, phrases in data["exact"].items() for phrase in phrases}
    caps = [(word, kind) for kind, words in data["caps_keywords"].items() for word in words]
    words = frozenset(w for phrase in exact for w in phrase.split())
    return exact, caps, words


@cache
def _unspaced() -> dict[str, str]:
    """Single-word heading phrases by their letters."""
    return {phrase: kind for phrase, kind in vocabulary()[0].items() if " " not in phrase}


_NON_LETTER = re.compile(r"[^a-z]+")
# "TRAVEL EXPERIENCE (agency: Cross Country)": a heading may carry a note in brackets
_TRAILING_NOTE = re.compile(r"\s*\([^()\d]*\)\s*$")
_DIGIT_OR_AT = re.compile(r"\d|@")
# "Licenses: CO RN (multistate)", "State licensure: ...", "Certifications: BLS, ACLS": a
# credential list written on one labelled line, wherever it sits (inside a job, the summary)
_CREDENTIAL_LABEL = re.compile(
    r"(?i)^(?P<label>(?:[a-z]+(?:\s*[/&]\s*|\s+)){0,2}"
    r"(?:licen[sc](?:e|es|ure)|certifications?|certs|credentials))\s*:\s*\S"
)
_NOT_HEADING_WORDS = re.compile(r"\bspeech language\b")
# keywords that also name what a job is about; 'experience' or 'licens' beside a role
# ('Travel Nurse Experience') still head a section
_WEAK_KEYWORDS = frozenset(
    {"education", "training", "contact", "language", "interest", "project", "award", "honor"}
    | {"publication", "achievement"}
)
# a heading's icon or accent bar that OCR read as a few small letters or signs:
# 'om Professional Summary', 'wns Education', 'm=amees EDUCATION', '§=SKILLS'
_ICON_READ_AS_LETTERS = re.compile(
    r"^(?:(?:[a-z@©®°*»«]{1,3}|[^\sA-Z]*[=§][^\sA-Z]*)\s*){1,2}(?<=[\s=§])(?P<rest>[A-Z].*)$"
)
# an agency's form numbers its parts: '2. Licenses', '4) Work history', 'III. Education'
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})[.)]\s+(?P<rest>[A-Za-z].*)$")
_LICENCE_WORD = re.compile(r"(?i)licen[sc]")
_CERTIFICATE_WORD = re.compile(r"(?i)cert|credential")


def _key(text: str) -> str:
    text = text.lower().replace("&", " and ").replace("/", " and ")
    return _NON_LETTER.sub(" ", text).strip()


def heading_kind(line: Line) -> str | None:
    """The section kind a line announces, or None when it is not a heading."""
    numbered = _NUMBERED.match(line.text)
    if numbered:
        return heading_kind(replace(line, text=numbered["rest"]))
    text = _TRAILING_NOTE.sub("", line.text.strip()) or line.text.strip()
    words = len(text.split())
    if words > _MAX_HEADING_WORDS or len(text) > 60 or _DIGIT_OR_AT.search(text):
        return None
    exact, caps, heading_words = vocabulary()
    key = _key(text)
    if key in exact:
        return exact[key]
    iconless = _ICON_READ_AS_LETTERS.match(text)
    if iconless:
        return heading_kind(replace(line, text=iconless["rest"]))
    letters = re.sub(r"[^A-Za-z]", "", text)
    if letters.isupper() and words > 1 and key.replace(" ", "") in _unspaced():
        return _unspaced()[key.replace(" ", "")]  # 'LICEN SURE': a scan split the word
    styled = line.bold and words <= 4
    # "Skills & Competencies", "Licensure and Credentials": made only of heading words
    composed = words <= 5 and all(w in heading_words for w in key.split())
    if (letters.isupper() or styled or composed) and len(letters) > 3:
        # 'Speech-Language Pathologist, Acute Care' in bold is a job title, not 'Languages'
        key = _NOT_HEADING_WORDS.sub(" ", key)
        for word, kind in caps:
            if word in key:
                # 'PATIENT EDUCATION NURSE', 'Staff Training Coordinator': a job title
                titled = word in _WEAK_KEYWORDS and TITLE.search(text) is not None
                return None if titled else kind
    return None


def credential_label(text: str) -> str | None:
    """The credential kind a line's opening label announces ('Licenses: ...'), else None."""
    match = _CREDENTIAL_LABEL.match(text)
    if match is None:
        return None
    label = match.group("label")
    # 'Licenses & Certifications: ...' mostly lists certifications; only a label naming
    # licences alone makes the line a licence line
    if _LICENCE_WORD.search(label) and not _CERTIFICATE_WORD.search(label):
        return "licenses"
    return "certifications"


_COLUMN_GAP = re.compile(r"\s{2,}")
# 'State  Type  Number  Expires' beside 'License': a table's column labels, not an entry
_COLUMN_LABELS = re.compile(
    r"^(?:[A-Za-z.#/]+(?: [A-Za-z.#/]+){0,2})(?:\s{2,}[A-Za-z.#/]+(?: [A-Za-z.#/]+){0,2})+$"
)


def margin_headings_apart(lines: list[Line]) -> list[Line]:
    """'EXPERIENCE  RN Circulator, Main OR  Jan 2020 - Present': a design that sets its
    headings in a left margin puts each heading on the row of its section's first line; the
    heading goes on a line of its own, above that row. Lines are numbered again."""
    out: list[Line] = []
    for line in lines:
        for part in _margin_parts(line):
            out.append(replace(part, index=len(out)))
    return out


def _margin_parts(line: Line) -> list[Line]:
    labelled = _LABELLED_SECTION.match(line.text)
    if labelled is not None:
        return _labelled_parts(line, labelled["label"], labelled["rest"])
    head, gap, rest = line.text.partition("  ")
    rest = rest.strip()
    if not gap or not rest:
        return [line]
    heading = replace(line, text=head.strip(), raw=head.strip())
    entry = replace(line, text=rest)
    kind = heading_kind(heading)
    # a contact block beside 'CONTACT' stays in the page's header, where contact is looked for;
    # 'LICENSES  CERTIFICATIONS' heads two boxes side by side and stays one heading, and
    # 'WORK  HISTORY' (a letter-spaced heading read with a gap) is one heading too
    if kind in (None, "other") or heading_kind(entry) is not None or _COLUMN_LABELS.match(rest):
        return [line]
    if heading_kind(line) is not None and all(w in vocabulary()[2] for w in _key(rest).split()):
        return [line]
    return [heading, entry]


def _labelled_parts(line: Line, label: str, rest: str) -> list[Line]:
    """'Education: Doctor of Physical Therapy, Regis University (2018)', 'School: …' in an
    e-mail or a pasted profile: the label heads its section, the rest is its first line.
    Only education: 'Skills: …' and 'Charting: …' are also a job's details, and credential
    labels stay on their line (credential_label reads them wherever they sit)."""
    heading = replace(line, text=label, raw=label)
    if heading_kind(heading) not in _LABELLED_KINDS:
        return [line]
    return [heading, replace(line, text=rest)]


_LABELLED_SECTION = re.compile(r"^(?P<label>[A-Za-z][A-Za-z &/]{2,30}):\s+(?P<rest>\S.*)$")
_LABELLED_KINDS = frozenset({"education"})


def split_sections(lines: list[Line]) -> list[Section]:
    sections = [Section(HEADER, None)]
    kinds = [heading_kind(line) for line in lines]
    heading_sizes = _heading_sizes(lines, kinds)
    for line, kind in zip(lines, kinds, strict=True):
        if kind is None and line.size in heading_sizes:
            kind = _keyword_kind(line)
        if kind is None and _column_restarts(sections[-1], line):
            sections.append(Section(HEADER, None, [line]))
        elif kind is None:
            sections[-1].lines.append(line)
        else:
            sections.append(Section(kind, line))
    _claim_items_above(sections)
    return sections


def _column_restarts(section: Section, line: Line) -> bool:
    """Reading order went back up the page into another column, above the section's heading:
    what sits there is no item of it (a screenshot's side panel 'Viewing as …' after the
    certifications, a sidebar's contact lines after 'Education')."""
    heading = section.heading
    if heading is None or not section.lines or not heading.top or not line.top:
        return False
    rise = max(heading.size, line.size, 8.0) * _RISE_IN_LINES
    return (
        line.page == heading.page
        and line.top < heading.top - rise
        and abs(line.x0 - heading.x0) > _OTHER_COLUMN
    )


_RISE_IN_LINES = 3
_OTHER_COLUMN = 30.0


def _heading_sizes(lines: list[Line], kinds: list[str | None]) -> frozenset[float]:
    """Type sizes the page's known headings are set in, when larger than its body text: a
    design that sets 'Licensure' and 'Education' in 13.5 pt sets its other headings so too."""
    sizes = [line.size for line in lines if line.size]
    if not sizes:
        return frozenset()
    body = max(set(sizes), key=sizes.count)
    return frozenset(
        line.size
        for line, kind in zip(lines, kinds, strict=True)
        if line.size > body and kind is not None
    )


def _keyword_kind(line: Line) -> str | None:
    """'Board Certification and Life Support' in the headings' size: the kind its keyword names."""
    text = line.text.strip()
    if len(text.split()) > _MAX_HEADING_WORDS or _DIGIT_OR_AT.search(text) or text.endswith("."):
        return None
    key = _NOT_HEADING_WORDS.sub(" ", _key(text))
    for word, kind in vocabulary()[1]:
        if word in key and not (word in _WEAK_KEYWORDS and TITLE.search(text)):
            return kind
    return None


def _claim_items_above(sections: list[Section]) -> None:
    """An empty credentials heading takes the short lines at the end of the section above it,
    unless they are all a headed section has or end a job (nor when a table's column labels,
    read as a heading of its kind, follow it: 'Licensure' over 'State  License  Number
    Expires' has its rows below)."""
    for n, (before, empty) in enumerate(itertools.pairwise(sections)):
        if empty.lines or empty.kind not in CREDENTIAL_KINDS or before.kind in EXPERIENCE_KINDS:
            continue  # a job's last bullets are no licence (a sonographer's empty 'Licensure')
        after = sections[n + 2] if n + 2 < len(sections) else None
        if after is not None and after.kind == empty.kind:
            continue
        taken: list[Line] = []
        while before.lines and len(taken) < 6:
            last = before.lines[-1]
            if last.words > 12 or last.text.endswith(".") or RANGE.search(last.text):
                break
            taken.insert(0, before.lines.pop())
        if before.heading is not None and not before.lines:
            # every line of a headed list would go: they are that heading's items ('Expertise'
            # over four skills, then a 'Licensure' heading with nothing under it)
            before.lines, taken = taken, []
        empty.lines = taken
