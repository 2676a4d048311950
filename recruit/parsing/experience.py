"""Years of experience the resume states ('8 years', '4+ years', 'a decade', 'over 22 years')."""

from __future__ import annotations

import re
from typing import NamedTuple

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40}
_UNIT = "|".join(_UNITS)
# 'Twenty-eight years of hospital nursing': tens before units, so 'eight' alone is no match
_NUMBER = (
    rf"(?P<n>(?<![/⁄\d])\d{{1,2}}(?:\.\d|\s*1[/⁄]2|\s*½)?|(?:{'|'.join(_TENS)})(?:[- ](?:{_UNIT}))?"
    rf"|{'|'.join(_TEENS)}|{_UNIT})"
)
_STATED = re.compile(
    rf"(?i)(?:over|more than|nearly|almost|approximately|about)?\s*\b{_NUMBER}\s*\+?\s*(?:\+\s*)?"
    r"(?:years?|yrs?)\b(?:'|’)?(?P<tail>(?:\s+[\w/&,-]+){0,6}?\s+(?:experience|expertise|career|practice))"
)
_DECADE = re.compile(
    r"(?i)\b(?:(?:over|more than|nearly|almost|about)\s+)?(?P<n>a|one|two|three)\s+decades?\b"
)
_NON_CLINICAL = re.compile(
    r"(?i)managerial|customer service|front office|retail|sales|administrative"
    r"|management experience|teaching"
)


# 'after three years in adult critical care', 'including 2 years of ICU': one stretch of a
# career, not its length
_PART_OF_CAREER = re.compile(r"(?i)\b(?:after|before|including|incl\.?|spent|then|first)\s*$")


# 'five years of general radiography before cross-training', 'six years as a surgical
# technologist, then an RN': the stretch before a change
_EARLIER_STRETCH = re.compile(r"(?i)\b(?:before|prior to|until|then)\b")


# 'five years of staff ICU experience and nine travel contracts since 2021': more work follows
# the stated stretch, so it may be one part of the career; '5+ yrs in a busy ED after two years
# on a med-surg floor': more work came before it ('after four years as a Navy corpsman' is not:
# that was work before the licence)
_MORE_WORK_AFTER = re.compile(
    rf"(?i)(?:^|\s)(?:and|plus)\s+(?:(?:an?|another|{_NUMBER})\s+)?(?:more\s+)?"
    r"(?:travel\s+|per[- ]diem\s+|agency\s+|contract\s+)?(?:contracts?|assignments?|years?)\b"
    r"|(?:^|\s)after\s+(?:an?|another|\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+(?:years?|yrs?)\s+(?:on|in|at|of)\b"
)


_STATED_LOOSE = re.compile(
    rf"(?i)(?:over|more than|nearly|almost|approximately|about)?\s*\b{_NUMBER}\s*\+?\s*(?:\+\s*)?"
    r"(?:years?|yrs?)\b(?:'|’)?(?P<tail>\s+(?:of|in|as|working|across|within|caring|treating)\b"
    r"(?:(?!\s\d{1,2}\+?\s*(?:years?|yrs?)\b)[^.;]){0,60})"
)


def stated_years(text: str, *, clinician: bool, summary: bool = False) -> float | None:
    """The total stated in text; a summary may state it without the word 'experience'."""
    found = stated_total(text, clinician=clinician, summary=summary)
    return found.years if found else None


class StatedTotal(NamedTuple):
    years: float
    at_least: bool  # '20+ years', 'over a decade': dates showing a little more are better
    one_stretch: bool  # '6 years of ICU and 2 years in the ED': dates showing more are better


def stated_total(text: str, *, clinician: bool, summary: bool = False) -> StatedTotal | None:
    """The total stated in text, and how far dates may go past it."""
    lowered = text.lower()
    if "year" not in lowered and "yr" not in lowered and "decade" not in lowered:
        return None
    for match in (_STATED_LOOSE if summary else _STATED).finditer(text):
        if clinician and _NON_CLINICAL.search(match.group("tail")):
            continue
        if _PART_OF_CAREER.search(text[: match.start()]) or _EARLIER_STRETCH.search(
            match.group("tail")
        ):
            continue
        years = _value(match.group("n"))
        at_least = _AT_LEAST.search(match.group(0)) is not None
        one_stretch = _MORE_WORK_AFTER.search(match.group("tail") + text[match.end() :])
        return StatedTotal(years, at_least, one_stretch is not None)
    decade = _DECADE.search(text)
    if decade:
        word = decade.group("n").lower()
        years = float({"a": 1, "one": 1, "two": 2, "three": 3}[word] * 10)
        return StatedTotal(years, _AT_LEAST.search(decade.group(0)) is not None, False)
    return None


def _value(number: str) -> float:
    """'12', '4.5', '8 1/2', '8½', 'six', 'twenty-eight' as a number."""
    words = re.split(r"[- ]", number.lower())
    if words[0][0].isdigit():
        whole = _HALF.sub("", number)
        return float(whole) + (0.5 if whole != number else 0.0)
    table = {**_UNITS, **_TEENS, **_TENS}
    return float(sum(table[word] for word in words))


_HALF = re.compile(r"\s*(?:1[/⁄]2|½)$")
_AT_LEAST = re.compile(r"(?i)\+|\bover\b|\bmore than\b")


def stated_phrases(text: str) -> list[tuple[float, str]]:
    """Every 'N years of/in <words>' in text, as (years, the words after it)."""
    if "year" not in text.lower() and "yr" not in text.lower():
        return []
    found = []
    for match in _STATED_LOOSE.finditer(text):
        found.append((_value(match.group("n")), match.group("tail")))
    return found
