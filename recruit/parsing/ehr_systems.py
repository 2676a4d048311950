"""The EHR and charting systems a candidate has used, named as the page names them."""

from __future__ import annotations

import re

from recruit.clinical import vocab
from recruit.parsing.evidence import Evidence
from recruit.parsing.normalize import Line

_KNOWN = 0.9
_LISTED = 0.7  # a system the vocabulary does not know, under an EHR label


def named(lines: list[Line], ev: Evidence) -> list[str]:
    """Each system once: those the vocabulary knows anywhere on the page ('Homecare
    Homebase', 'HCHB'; a vendor with a module after it is the vendor, 'Epic ASAP' -> 'Epic'),
    then the other items of a line labelled as the EHRs used ('Charting systems: Epic, eCube
    Clinical')."""
    names: dict[str, str] = {}
    texts = [_with_wrapped_end(lines, n) for n in range(len(lines))]
    for line, text in zip(lines, texts, strict=True):
        for canonical, shown in _known(text):
            if canonical not in names:
                names[canonical] = shown
                ev.item("ehr_systems", shown, line, _KNOWN)
    for line, text in zip(lines, texts, strict=True):
        for item in _labelled_items(text):
            if item.lower() not in {key.lower() for key in names}:
                names[item] = item
                ev.item("ehr_systems", item, line, _LISTED)
    return list(names.values())


def _with_wrapped_end(lines: list[Line], n: int) -> str:
    """'Documentation: Cerner, Net' over 'Health.': a labelled list wrapped onto a short line."""
    text = lines[n].text
    below = lines[n + 1] if n + 1 < len(lines) else None
    if (
        below is None
        or _EHR_LABEL.search(text) is None
        or text.rstrip().endswith((".", ";"))
        or below.words > _MAX_WORDS
        or below.page != lines[n].page
    ):
        return text
    return f"{text} {below.text}"


def _known(text: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    previous: vocab.Hit | None = None
    label = _EHR_LABEL.search(text)
    hits = list(vocab.ehr_matcher().finditer(text))
    capitalised = sum(1 for hit in hits if hit.text[:1].isupper())
    for hit in hits:
        renamed = previous is not None and _bracketed_after(previous, hit, text)
        previous = hit
        # 'an epic shift' is no system; after 'charting:' a phone's lower case still names one,
        # and so does an item of a list of systems ('PointClickCare, athenahealth, HCHB')
        listed = (label is not None and hit.start >= label.end()) or (
            capitalised > 0 and _list_item(text, hit)
        )
        # 'eClinicalWorks' is a name even in lower case: a capital inside the word says so
        named = hit.text[:1].isupper() or any(c.isupper() for c in hit.text[1:])
        if renamed or not (named or listed):
            continue  # 'Kinnser (WellSky)': one system under its old and new names
        shown = hit.canonical
        if hit.canonical.lower() not in hit.text.lower():
            shown = " ".join(hit.text.split())  # 'Homecare Homebase', not 'HCHB'
        found.append((hit.canonical, shown))
    return found


def _list_item(text: str, hit: vocab.Hit) -> bool:
    """Whether the hit is a whole item of a comma- or semicolon-separated list."""
    before, after = text[: hit.start], text[hit.end :]
    return (
        _ITEM_START.search(before) is not None
        and _ITEM_END.match(after) is not None
        and ("," in before[-3:] or after.lstrip()[:1] in (",", ";"))
    )


_ITEM_START = re.compile(r"(?:^|[,;:]\s*)$")
_ITEM_END = re.compile(r"\s*(?:[,;(.]|$)")


def _bracketed_after(first: vocab.Hit, second: vocab.Hit, text: str) -> bool:
    return _RENAMED.fullmatch(text[first.end : second.start].strip()) is not None


_RENAMED = re.compile(r"(?i)\(\s*(?:now|formerly|previously|aka)?")


def _labelled_items(text: str) -> list[str]:
    """'Electronic health records: Fusion.' -> ['Fusion']: unknown names listed after a label
    that says they are EHRs."""
    label = _EHR_LABEL.search(text)
    if label is None:
        return []
    listed = _BRACKETED.sub("", text[label.end() :]).split(".")[0]
    items = []
    for part in re.split(r",|;|\band\b|\s[|•·+]\s", listed):
        item = part.strip(" -–:")
        words = item.split()
        if (
            _BRAND.match(item)
            and 1 <= len(words) <= _MAX_WORDS
            and not vocab.ehr_matcher().search(item)
            and not _NOT_AN_EHR.search(item)
        ):
            items.append(" ".join(words))
    return items


_EHR_LABEL = re.compile(
    r"(?i)(?:^|[.;]\s+)(?:ehrs?|emrs?|ehr\s*/\s*emr|emr\s*/\s*ehr|(?:ehr|emr) systems"
    r"|charting(?: systems?)?|documentation(?: systems?)?|electronic (?:health|medical) records?)"
    r"\s*:\s*"
)
_BRACKETED = re.compile(r"\([^)]*\)")
_BRAND = re.compile(r"[A-Z]|[a-z]{1,2}[A-Z]")  # 'Fusion', 'eCube Clinical'; not 'paper charts'
_MAX_WORDS = 3
# what a charting list also holds that is no record system
_NOT_AN_EHR = re.compile(
    r"(?i)\bpyxis\b|\bomnicell\b|\bmicrosoft\b|\boffice\b|\bexcel\b|\bpaper\b|\bpacs\b"
    r"|\bdocumentation\b|\bcharting\b|\bproficien|\bexperience|\byears?\b"
    r"|\belectronic\b|\brecords?\b|\behr\b|\bemr\b"
)
