"""Clinical vocabularies loaded from the dated data files in recruit/clinical/data.

Every vocabulary is data (canonical name -> synonyms); this module only turns the data into one
compiled pattern per vocabulary, so matching a line costs one regex scan, whatever its size.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """One data file, parsed once per process."""
    text = resources.files("recruit.clinical").joinpath("data", f"{name}.json").read_text("utf-8")
    return json.loads(text)


def trie_pattern(words: list[str]) -> str:
    """One regex for many literals, factored by common prefix: a scan costs the depth of the
    trie per position instead of the size of the vocabulary. Longest match wins."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [
        re.escape(char) + _node_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


@dataclass(frozen=True, slots=True)
class Hit:
    canonical: str
    start: int
    end: int
    text: str


class Matcher:
    """Finds every synonym of a vocabulary in a string with a single compiled alternation."""

    def __init__(self, table: Mapping[str, Iterable[str]], *, case_sensitive: bool = False) -> None:
        self._lookup: dict[str, str] = {}
        for canonical, synonyms in table.items():
            for synonym in synonyms:
                key = synonym if case_sensitive else synonym.lower()
                self._lookup.setdefault(key, canonical)
        self._case_sensitive = case_sensitive
        alternation = trie_pattern(list(self._lookup)) or r"(?!x)x"
        flags = 0 if case_sensitive else re.IGNORECASE
        self._pattern = re.compile(rf"(?<![\w])(?:{alternation})(?![\w])", flags)

    def finditer(self, text: str) -> Iterator[Hit]:
        for match in self._pattern.finditer(text):
            key = match.group(0) if self._case_sensitive else match.group(0).lower()
            yield Hit(self._lookup[key], match.start(), match.end(), match.group(0))

    def find(self, text: str) -> list[str]:
        """Canonical names found in text, first occurrence order, no repeats."""
        return list(dict.fromkeys(hit.canonical for hit in self.finditer(text)))

    def search(self, text: str) -> Hit | None:
        return next(self.finditer(text), None)

    def spans(self, before: str, after: str) -> bool:
        """Whether a term runs on from `before` into `after` (a line cut inside 'Speech-Language'
        / 'Pathologist'), the two read joined by a space."""
        joined = f"{before} {after}"
        return any(hit.start < len(before) < hit.end for hit in self.finditer(joined))

    def whole(self, text: str) -> str | None:
        """The canonical name of text when all of it is one synonym ('Basic Life Support'),
        else None."""
        key = " ".join(text.split())
        return self._lookup.get(key if self._case_sensitive else key.lower())


@cache
def specialty_matcher() -> Matcher:
    table = load("specialties")["specialties"]
    return Matcher({name: spec["synonyms"] for name, spec in table.items()})


@cache
def specialty_acronym_matcher() -> Matcher:
    return Matcher(load("specialties").get("case_sensitive", {}), case_sensitive=True)


@cache
def specialty_scope() -> dict[str, frozenset[str]]:
    table = load("specialties")["specialties"]
    return {name: frozenset(spec["scope"]) for name, spec in table.items() if "scope" in spec}


@cache
def specialty_within() -> dict[str, frozenset[str]]:
    """Broad specialty -> the specific ones that already imply it ('Cardiac' -> 'Cath Lab')."""
    table = load("specialties")["specialties"]
    return {name: frozenset(spec["within"]) for name, spec in table.items() if "within" in spec}


@cache
def certification_matcher() -> Matcher:
    table = load("certifications")["certifications"]
    return Matcher({name: spec["synonyms"] for name, spec in table.items()})


@cache
def certification_info(name: str) -> dict[str, Any]:
    return load("certifications")["certifications"].get(name, {})


def certification_code(name: str) -> str | None:
    """The standard name of a credential however the page printed it ('Basic Life Support',
    'S.T.A.B.L.E.' -> 'BLS', 'STABLE'), or None for one the vocabulary does not know."""
    key = certification_matcher().whole(name) or _keys_by_lowercase(
        "certifications", "certifications"
    ).get(name.strip().lower())
    return certification_info(key).get("canonical", key) if key else None


@cache
def _keys_by_lowercase(vocabulary: str, table: str) -> dict[str, str]:
    """A vocabulary's canonical names by their lower case, built once ('hchb' -> 'HCHB')."""
    return {key.lower(): key for key in load(vocabulary)[table]}


@cache
def ehr_matcher() -> Matcher:
    return Matcher(load("ehr")["ehr"])


def ehr_code(name: str) -> str | None:
    """The vendor's system however the page printed it ('Homecare Homebase' -> 'HCHB')."""
    return ehr_matcher().whole(name) or _keys_by_lowercase("ehr", "ehr").get(name.strip().lower())


def shows_standard_name(printed: str, standard: str) -> bool:
    """Whether the printed words are the standard name itself, give or take spacing, hyphens
    and words that only say it is a credential ('RNC OB', 'LSVT BIG certified clinician',
    'BLS for Healthcare Providers'), rather than another name for the thing ('NIH Stroke
    Scale' for NIHSS) or a longer name around it ('CPI Nonviolent Crisis Intervention'): a
    reader keeps what the page says."""

    def squeezed(text: str) -> str:
        return re.sub(r"[\s-]+", "", text.lower())

    words = re.sub(r"[\s-]+", " ", printed.lower()).split()
    size = len(re.sub(r"[\s-]+", " ", standard.lower()).split())
    for start in {0, max(0, len(words) - size)}:
        rest = words[:start] + words[start + size :]
        if squeezed(" ".join(words[start : start + size])) == squeezed(standard) and all(
            word in _CREDENTIAL_WORDS for word in rest
        ):
            return True
    return squeezed(printed) == squeezed(standard)


_CREDENTIAL_WORDS = frozenset(
    "certified certification certificate provider providers clinician for healthcare"
    " health care the card course program therapy".split()
)


@cache
def agency_matcher() -> Matcher:
    data = load("agencies")
    table = {name: [name] for name in data["agencies"]}
    table.update({"_marker": data["marker_words"]})
    return Matcher(table)


@cache
def discipline_labels() -> dict[str, str]:
    """Discipline code -> how forms and filters name it, in the data's order."""
    return {code: entry["label"] for code, entry in load("disciplines")["disciplines"].items()}


@cache
def discipline_title_matcher() -> Matcher:
    table = load("disciplines")["disciplines"]
    return Matcher({name: spec["titles"] for name, spec in table.items()})


@cache
def discipline_credential_matcher() -> Matcher:
    table = load("disciplines")["disciplines"]
    return Matcher({name: spec["credentials"] for name, spec in table.items()}, case_sensitive=True)


@cache
def license_phrase_matcher() -> Matcher:
    table = load("license_types")["license_types"]
    return Matcher({name: spec["phrases"] for name, spec in table.items()})


@cache
def license_acronym_matcher() -> Matcher:
    table = load("license_types")["license_types"]
    return Matcher({name: spec["acronyms"] for name, spec in table.items()}, case_sensitive=True)


@cache
def degree_discipline_matcher() -> Matcher:
    return Matcher(load("degrees")["implies"])


@cache
def degree_pattern() -> re.Pattern[str]:
    data = load("degrees")
    words = "|".join(re.escape(w) for w in sorted(data["keywords"], key=len, reverse=True))
    acronyms = "|".join(re.escape(a) for a in sorted(data["acronyms"], key=len, reverse=True))
    return re.compile(rf"(?i:(?<![\w])(?:{words})(?![\w]))|(?<![\w.])(?:{acronyms})(?![\w])")


def warm() -> None:
    """Load and compile every vocabulary now (at import), so a worker that preloads the parser
    and forks per document never pays for it inside a parse."""
    for build in (
        specialty_matcher,
        specialty_acronym_matcher,
        specialty_scope,
        certification_matcher,
        ehr_matcher,
        agency_matcher,
        discipline_title_matcher,
        discipline_credential_matcher,
        license_phrase_matcher,
        license_acronym_matcher,
        degree_discipline_matcher,
        degree_pattern,
    ):
        build()
