"""Clinical specialties actually worked: job and placement headers, unit lines, 'Specialties:'
lines and the summary (a unit named only as the goal of an objective does not count)."""

from __future__ import annotations

import re

from recruit.clinical import vocab
from recruit.clinical.regions import codes

_GOAL = re.compile(
    r"(?i)\b(?:seeking|looking for|looking to|aspir|to obtain|to join|hoping|goal|interested in"
    r"|transition(?:ing)? (?:to|into)|pursue)\b"
)
_LABEL = re.compile(
    r"(?i)^(?:specialt(?:y|ies)|areas? of (?:expertise|specialty)|units?|settings?)\s*:"
)
_UNIT_AFTER = re.compile(
    r"(?i)^[\s/-]*(?:\w+[\s/-]+){0,3}?(?:unit|ward|department|floor|dept|icu|setting|settings|halls?|wings?|stores?)\b"
)
_AFTER_CITY = re.compile(r"[A-Z][a-z]+,\s*$")
_MONITOR = re.compile(
    r"(?i)^\s*(?:monitor|rhythm|strip|system|pump|box|interpretation|skills?|c-arm|portables?)"
)


# 'floated to ICU', 'floated to ICU and PACU', 'received patients from the OR': a unit the
# candidate passed through or dealt with, not one they worked in
_IN_PASSING = re.compile(
    r"(?i)\b(?:float(?:ed|ing|s)?|transfer(?:red|ring|s)?|from|receiv(?:ed|ing)|sent|admitted"
    r"|admissions?|handoffs?|hand-offs?|report|cover(?:ed|ing)|consult(?:ed|s)?|liaison)\b"
    r"(?:\s+(?:to|the|in|into|between|with|for|from|and|or|patients?|pts)"
    r"|\s*,|(?-i:\s+[A-Z][A-Z&/-]{1,5})){0,5}\s*$"
)
# 'clinical rotations in ER, ICU, Postpartum...': a student's survey of units, not specialties
_ROTATIONS = re.compile(
    r"(?i)\brotations?\b|\bclinicals\b|\bcoursework\b|\bexposure to\b|\bcapstone\b"
    r"|\bpreceptorship\b|\bpracticum\b|\bexternship\b|\bclinical hours\b"
)


# 'pediatric and adult emergency care': a mixed population, not a pediatric specialty
_MIXED_AGES = re.compile(r"(?i)^\s*(?:and|&|/)\s*adults?\b")
_ADULTS_AND = re.compile(r"(?i)\badults?\s*(?:and|&|/)\s*$")
# 'Main OR, 18 suites', 'ICU, 30 beds': a unit sized by its beds or rooms
_SIZED = re.compile(r"(?i)^[\s,(-]*\d+[- ]?(?:beds?|suites?|rooms?|bays?|bassinets?|stretchers?)\b")
# 'Two and a half years as a patient care technician on a cardiac step-down unit': a support
# job before licensure, not the clinician's specialty
_SUPPORT_ROLE = re.compile(
    r"(?i)\bas an?\s+(?:(?:patient care|monitor|er|ed|emergency room|emergency department)"
    r"\s+tech(?:nician)?|pct|cna|stna|nurse aide|nursing assistant|nurse extern|unit secretary"
    r"|scribe|sitter)\b"
)
# 'scrubbing general, ortho and L&D C-sections': a surgical technologist names the services
# of the cases scrubbed; the work is in the operating room (or the cath lab, when named)
_SCRUB = re.compile(r"(?i)\bscrub(?:s|bed|bing)?\b|\bCST\b|surgical tech")


# 'OR circulating for C-sections' (or 'for cesareans'): the labour ward's own theatre, part of
# L&D work
_FOR_CESAREANS = re.compile(r"(?i)^[\s,-]*(?:[a-z]+\s+){0,3}(?:c-?sections?|ca?esareans?)\b")


# 'Lowcountry Post-Acute Care', 'subacute rehab': a setting of its own, not acute care
_POST_OR_SUB = re.compile(r"(?i)\b(?:post|sub)[- ]?$")


def _hits(text: str) -> list[vocab.Hit]:
    hits = list(vocab.specialty_matcher().finditer(text))
    hits += [h for h in vocab.specialty_acronym_matcher().finditer(text) if not _is_state(text, h)]
    hits = [h for h in hits if not _IN_PASSING.search(text[max(0, h.start - 40) : h.start])]
    hits = [h for h in hits if not _mixed_ages(text, h)]
    hits = [h for h in hits if not (h.canonical == "OR" and _FOR_CESAREANS.match(text[h.end :]))]
    hits = [h for h in hits if not _POST_OR_SUB.search(text[: h.start])]
    hits = sorted(hits, key=lambda h: h.start)
    return [h for n, h in enumerate(hits) if not _qualifies_next(text, h, hits[n + 1 :])]


def _mixed_ages(text: str, hit: vocab.Hit) -> bool:
    return hit.canonical == "Pediatrics" and bool(
        _MIXED_AGES.match(text[hit.end :]) or _ADULTS_AND.search(text[: hit.start])
    )


def _qualifies_next(text: str, hit: vocab.Hit, later: list[vocab.Hit]) -> bool:
    """'Medical-surgical ICU': a specialty written as the adjective of an ICU is the ICU's kind."""
    after = next((h for h in later if h.start >= hit.end), None)
    return (
        after is not None
        and after.canonical == "ICU"
        and hit.canonical != "ICU"
        and not text[hit.end : after.start].strip(" -")
    )


def _is_state(text: str, hit: vocab.Hit) -> bool:
    """'Portland, OR' is Oregon, not the operating room: a state code right after a city."""
    return hit.text in codes() and _AFTER_CITY.search(text[: hit.start]) is not None


def in_header(text: str) -> list[str]:
    """Specialties named in a job/placement header line."""
    return [h.canonical for h in _hits(text) if not _MONITOR.match(text[h.end :])]


def in_body(text: str) -> list[str]:
    """Bullets only count when they name a unit ('24-bed medical/surgical unit')."""
    if _LABEL.match(text):
        return in_header(text.split(":", 1)[1])
    led = _SETTING_LED.match(text)
    if led and _only_settings(led["label"]):
        return in_header(led["label"])
    return [
        h.canonical
        for h in _hits(text)
        if (
            _UNIT_AFTER.match(text[h.end :])
            or _SIZED.match(text[h.end :])
            or _NAMES_A_PHARMACY.search(text[h.start : h.end])
            or (h.canonical in _OPENING_SETTINGS and not text[: h.start].strip())
        )
        and not _MONITOR.match(text[h.end :])
    ]


# 'Outpatient hand therapy: flexor tendon protocols', 'Acute care; orthopaedic floors': a
# job's description opening on the kind of setting says where the work was
_OPENING_SETTINGS = frozenset(
    {"Outpatient", "Inpatient Rehab", "Acute Care", "SNF", "Home Health", "LTC", "Hospice"}
)
# 'Community pharmacy and long-term care blister packing': the setting's name is the workplace
_NAMES_A_PHARMACY = re.compile(r"(?i)\bpharmacy$")


def _only_settings(label: str) -> bool:
    """'Outpatient pediatrics', 'Acute care', 'ICU / step-down': nothing but specialties."""
    hits = _hits(label)
    rest = label
    for hit in sorted(hits, key=lambda h: -h.start):
        rest = rest[: hit.start] + " " + rest[hit.end :]
    words = re.findall(r"[a-z]+", rest.lower())
    return bool(hits) and all(word in _SETTING_FILLER for word in words)


# a bullet led by the setting it tells of: 'Acute care: bedside swallow evaluations …'
_SETTING_LED = re.compile(r"^(?P<label>[^:]{2,40}):\s")
_SETTING_FILLER = frozenset(
    {"and", "acute", "adult", "adults", "general", "unit", "units", "setting", "program"}
)


def in_summary(text: str, employers: frozenset[str] = frozenset()) -> list[str]:
    """Specialties the summary's sentences name, not counting words of the employers' names
    (each sentence on its own: a long summary is never searched as one string)."""
    found: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        sentence = _PLURAL_UNITS.sub(" ", _without_names(_GOAL.split(sentence)[0], employers))
        if _SCRUB.search(sentence) and in_header(sentence):
            named = in_header(sentence)
            found.append("Cath Lab" if "Cath Lab" in named else "OR")
        elif not _ROTATIONS.search(sentence) and not _SUPPORT_ROLE.search(sentence):
            found.extend(in_header(sentence))
    return found


# 'acute hemodialysis at the bedside in ICUs', 'consults to the EDs': a summary naming units
# in the plural tells where the work went, not the candidate's own unit (a job's own lines,
# 'Adult ICUs and ED: vents, ECMO', still name them)
_PLURAL_UNITS = re.compile(r"\b(?i:(?:cv|m|s|n|p)?icus|ccus)\b|\b(?:EDs|ERs|ORs)\b")


def _without_names(text: str, names: frozenset[str]) -> str:
    for name in sorted((n for n in names if n in text), key=len, reverse=True):
        text = text.replace(name, " ")
    return text


def without_broad_mentions(names: list[str], summary_only: set[str]) -> list[str]:
    """'Interventional cardiology nurse' in the summary of a Cath Lab RN: a broad specialty
    met only in passing, beside a specific one that implies it, says nothing new."""
    within = vocab.specialty_within()
    return [n for n in names if not (n in summary_only and within.get(n, frozenset()) & set(names))]


def in_scope(names: list[str], discipline: str | None) -> list[str]:
    if discipline is None:
        return []
    scope = vocab.specialty_scope()
    return [n for n in dict.fromkeys(names) if n not in scope or discipline in scope[n]]
