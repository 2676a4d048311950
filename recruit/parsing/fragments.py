"""What each fragment of a job header is: an employer, a title, a unit, a place or a date."""

from __future__ import annotations

import re
from functools import lru_cache

from recruit.clinical import vocab
from recruit.clinical.regions import code_for, codes
from recruit.parsing.dates import find_span
from recruit.parsing.normalize import segments

_ENTITY = re.compile(
    r"(?i)hospital|medical cent|clinic\b|universit|college|\binc\b|\bllc\b|\bltd\b|\bco\.|company"
    r"|corporation|\bcorp\b|pharmacy|schools?\b|nursing (?:home|center)|care home|home care|\bsnf\b"
    r"|facility|health system|\bcvs\b|walgreens|kaiser"
    r"|senior living|assisted living|retirement (?:community|home|village)|surg(?:ery|ical) cent"
    r"|nursing (?:and|&) rehab|rehab(?:ilitation)? (?:and|&) nursing|care cent(?:er|re)"
)
_BRAND = re.compile(r"(?i)\bcvs\b|walgreens|rite aid|walmart|kroger|kaiser")
_STRONG_ORG = re.compile(
    r"(?i)health(?:care)?\b|health care|medical group|rehab(?:ilitation)? (?:center|hospital)"
    r"|^[A-Z][a-z]+Health"
    r"|\b(?:Regional|Memorial)$"  # 'Sagebrush Valley Regional': a hospital's short name
)
_WEAK_ORG = re.compile(
    r"(?i)research|group|services|systems|foods|brands|studio|agency|center|centre|partners"
    r"|labs?\b|solutions|network|associates|institute|\bcamp\b|imaging|diagnostics"
)
TITLE = re.compile(
    r"(?i)\b(?:nurse|rn|lpn|lvn|therapist|pta|cota|slp|pharmacist|technician|tech|technologist|"
    r"engineer|manager|"
    r"assistant|coordinator|intern|developer|analyst|designer|instructor|representative|counsel+or|"
    r"director|supervisor|specialist|consultant|founder|cto|ceo|cfo|officer|associate|aide|worker|"
    r"volunteer|mentor|pathologist|educator|preceptor|clinician|lead|president|administrator|"
    r"attendant|practitioner|scientist|paramedic|emt|cna|clerk|cashier|receptionist|owner|"
    r"teacher|tutor|researcher|fellow|resident|physiotherapist|dietitian|charge|staff|mechanic|"
    r"millwright|electrician|operator|machinist|welder|carpenter|driver|chef|cook|server|apprentice|"
    r"sonographer|radiographer|mammographer|echocardiographer|phlebotomist|perfusionist|"
    r"dosimetrist|audiologist|midwife)\b"
)
_ENDS_IN_ROLE = re.compile(TITLE.pattern + r"[\s.,]*$")
# "Director of Pharmacy", "Manager of Rehab Services": a title even though it names a place
_TITLE_OF = re.compile(r"(?i)\b(?:director|manager|supervisor|head|chief|coordinator|dean) of\b")
# "ICU RN", "SNF PT", "Home Health OT": a setting followed by the clinician's role
_ROLE_SUFFIX = re.compile(
    r"\b(?:RN|LPN|LVN|PT|PTA|OT|OTR|COTA|SLP|RRT|CRT|CST|RPh|CNA|STNA|MT|MLT|RT)(?:/L)?$"
)
# 'School Occupational Therapist', 'School-based Occupational Therapist', 'Hospital Pharmacist',
# 'Pharmacy Manager': a setting word, then the role
# 'Tablerock Orthopedic & Sports PT': a practice named for two kinds of work, then the
# profession, is a place ('ICU RN' is a role)
# 'Bayou Capital Physical Therapy', 'Northwest Physical Therapy & Sports Medicine': a private
# practice named for its service (a unit would name a setting: 'Outpatient Physical Therapy')
_THERAPY_PRACTICE = re.compile(
    r"^(?:[A-Z][\w'.-]*\s+){1,4}(?:Physical|Occupational|Speech|Hand|Pediatric)\s+Therapy"
    r"(?:\s+(?:&|and)\s+[A-Z][\w ]+)?$"
)
_PRACTICE_NAME = re.compile(r"^\S+(?:\s+\S+)*\s+(?:&|and)\s+\S+\s+(?:PT|OT|SLP)$")
_SETTING_TITLE = re.compile(
    r"(?i)^(?:[\w-]+\s+){0,3}(?:nurse|therapist|pharmacist|technologist|pathologist|manager"
    r"|director|supervisor|technician|coordinator|sonographer|radiographer|mammographer"
    r"|intern|extern|resident)$"
)
# 'Pharmacy Technician / Intern': roles held together
_ROLES_TOGETHER = re.compile(r"\s*/\s*")
_UNIT = re.compile(r"(?i)\b(?:unit|department|dept|floor|ward|icu)\b")
_EMPTY_PARENS = re.compile(r"\(\s*\)|\s{3,}")
_STORE_NUMBER = re.compile(r"(?i)\s+(?:store\s*)?#\s?\d+$")
_EMPLOYMENT_TYPE = re.compile(
    r"(?i)\s*\((?:part[- ]time|full[- ]time|per diem|prn|casual|contract)\)"
)


def strip_date(text: str) -> str:
    span = find_span(text)
    text = text.replace(span.text, " ") if span else text
    text = _DATED_NOTE.sub(" ", text) if span else text
    return _EMPTY_PARENS.sub(" ", text).strip(" ,|–—-")


# 'Speech-Language Pathologist (Clinical Fellow 2018–2019)' after the job's own range: a note
# on part of the job, which would make the title read as a date
_DATED_NOTE = re.compile(r"\s*\([^()]*\b(?:19|20)\d\d\b[^()]*\)")


def names_employer(text: str) -> bool:
    """Whether a dated line names something besides a title, a place and dates."""
    parts = split_parts(text)
    kinds = [classify(p, parts[i + 1] if i + 1 < len(parts) else None) for i, p in enumerate(parts)]
    return any(k in ("org", "other", "agency") for k in kinds)


def has_org(text: str) -> bool:
    return any(classify(s, None) == "org" for s in split_parts(text))


_BRACKETED_PLACE = re.compile(r"\s*\(([A-Z][A-Za-z .'-]+,\s*[A-Z]{2})\)")
# '(Milwaukee WI)' typed on a phone, no comma: only a state code that is no word or unit
_BRACKETED_PLACE_NO_COMMA = re.compile(r"\s*\(((?:[A-Z][a-z.'-]+ ){1,3})([A-Z]{2})\)")
_CODES_THAT_ARE_WORDS = frozenset("OR IN ME OK HI AS ON PE DE ID OH".split())


def _bracketed_place(match: re.Match[str]) -> str:
    code = match[2]
    if code not in codes() or code in _CODES_THAT_ARE_WORDS:
        return match[0]
    return f", {match[1].strip()}, {code}"


def split_parts(text: str) -> list[str]:
    out: list[str] = []
    # 'Sand Creek School District 29 (Aurora, CO)': the place in brackets after the name
    text = _BRACKETED_PLACE_NO_COMMA.sub(_bracketed_place, _BRACKETED_PLACE.sub(r", \1", text))
    for seg in segments(strip_date(text)):
        for part in _town_after_org_apart(re.split(r",\s+", seg)):
            out.extend(trim(p) for p in _title_at_place(part) if trim(p))
    return [_STORE_NUMBER.sub("", _EMPLOYMENT_TYPE.sub("", p)) for p in out]


def _town_after_org_apart(parts: list[str]) -> list[str]:
    """'White River Medical Center Indianapolis, IN': a scan lost the dot between the hospital
    and its town; the words after the hospital's own last word, before a state, are the town."""
    out: list[str] = []
    for n, part in enumerate(parts):
        after = parts[n + 1].strip() if n + 1 < len(parts) else ""
        match = _ORG_THEN_TOWN.match(part.strip()) if after in codes() else None
        if match and not _ORG_WORDS.search(match["town"]):
            out += [match["org"], match["town"]]
        else:
            out.append(part)
    return out


_ORG_THEN_TOWN = re.compile(
    r"^(?P<org>.*\b(?:Center|Centre|Hospital|Clinic|Institute))\s+"
    r"(?P<town>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})$"
)
_ORG_WORDS = re.compile(
    r"\b(?:System|Network|Group|Campus|Partners|Health|Medical|Care|Services|Foundation"
    r"|Associates|Pavilion|Tower|Annex)\b|^(?:East|West|North|South|Main)$"
)


def _title_at_place(part: str) -> list[str]:
    """'ICU Registered Nurse at Banner Desert Hospital': the title, then where; 'acute care at
    Front Range Memorial Hospital': the unit, then where."""
    match = _AT_PLACE.match(part.strip(" :"))
    if match is None:
        return [part]
    # 'hand therapy at Saguaro Hand Center': a lower-case note on the work, then the employer
    described = match["title"][:1].islower() and classify(match["place"], None) == "org"
    if not described and classify(match["title"], None) not in ("title", "unit"):
        return [part]
    return [match["title"], match["place"]]


_AT_PLACE = re.compile(r"^(?P<title>[^@]+?)\s+(?:at|@)\s+(?P<place>[A-Z].*)$")


def trim(part: str) -> str:
    """Strip edge brackets and spaces, keeping a balanced '(SNF)' inside a name."""
    part = part.strip(" ")
    if part.endswith(")") and "(" in part:
        return part.lstrip(" (") if not part.startswith("(") else part.strip("()")
    return part.strip(" ()")


# LinkedIn prints how long a job lasted: '2 years 4 months', '(3 mos)'
_DURATION = re.compile(
    r"(?i)^\(?\s*(?:\d+\+?\s*(?:years?|yrs?|months?|mos?)\b\s*){1,2}\)?$|^less than a year$"
)


def is_duration(text: str) -> bool:
    """'2 yrs 4 mos', or with the employment type before it: 'Full-time · 6 yrs 4 mos'."""
    kind, dot, rest = text.strip().partition("·")
    if dot and _EMPLOYMENT_KIND.match(kind.strip()):
        text = rest
    return _DURATION.match(text.strip()) is not None


# LinkedIn's employment type beside the company: 'Harbor Rehab Partners · Contract'
_EMPLOYMENT_KIND = re.compile(
    r"(?i)^(?:contract|full[- ]time|part[- ]time|per diem|prn|self[- ]employed|freelance"
    r"|temporary|seasonal|internship|apprenticeship|permanent)$"
)


@lru_cache(maxsize=8192)  # pure, and called for the same parts by every header rule
def classify(part: str, following: str | None) -> str:
    if find_span(part) or re.fullmatch(r"[\d\s/–-]+", part) or _DURATION.match(part):
        return "date"
    if _EMPLOYMENT_KIND.match(part):
        return "employment"
    if vocab.ehr_matcher().search(part) and not _ENTITY.search(part):
        return "ehr"  # 'MEDITECH', 'Cerner PowerChart': a system used, not an employer
    if vocab.agency_matcher().search(part):
        return "agency"
    if is_location(part, following):
        return "location"
    if (
        following is not None
        and _EMPLOYMENT_KIND.match(following)
        and not _ENDS_IN_ROLE.search(part)
    ):
        return "org"  # LinkedIn's company line: 'Cascadia Compass Nurse Travel · Contract'
    # before settings: 'Radiologic Technologist', 'CT Technologist' name a role even though
    # the specialty vocabulary knows them as kinds of work
    role_suffix = _ROLE_SUFFIX.search(part) and not _PRACTICE_NAME.search(part)
    if _TITLE_OF.search(part) or role_suffix or _SETTING_TITLE.search(part):
        return "title"
    roles = _ROLES_TOGETHER.split(part)
    if len(roles) > 1 and all(role and classify(role, None) == "title" for role in roles):
        return "title"
    if is_setting(part):
        return "unit"  # 'SNF', 'Home health' after a facility's name: the kind of place
    entity = _ENTITY.search(part) is not None
    if TITLE.search(part) and not entity:
        return "title"
    if entity or _STRONG_ORG.search(part):
        return "org"
    if vocab.specialty_matcher().search(part) and (_UNIT.search(part) or len(part.split()) <= 2):
        return "unit"
    if _WEAK_ORG.search(part) or (
        _THERAPY_PRACTICE.search(part) and not vocab.specialty_matcher().search(part)
    ):
        return "org"
    return "other"


def is_setting(part: str) -> bool:
    """A part that is nothing but a specialty or setting's name."""
    if len(part) > 40:
        return False
    hit = vocab.specialty_matcher().search(part)
    whole = hit is not None and hit.start == 0 and hit.end == len(part.rstrip(" ."))
    return whole and _BRAND.search(part) is None


def strong_org(part: str) -> bool:
    return _ENTITY.search(part) is not None or _STRONG_ORG.search(part) is not None


_COUNTRIES = frozenset(
    {"USA", "US", "U.S.", "UNITED STATES", "UNITED STATES OF AMERICA", "UK", "CANADA", "INDIA"}
    | {"AUSTRALIA"}
)


def is_location(part: str, following: str | None) -> bool:
    words = part.split()
    if part in codes() or part.upper() in _COUNTRIES:
        return True
    if len(words) <= 4 and words and words[-1] in codes() and all(w[:1].isupper() for w in words):
        return True
    if code_for(part) and len(words) <= 3 and not _ENTITY.search(part):
        return True
    # 'Arizona and Nevada', 'OR & WA': the states a stretch of travel covered
    states = [s for s in re.split(r"\s*(?:,|&|\band\b)\s*", part) if s]
    if len(states) > 1 and all(code_for(s) for s in states):
        return True
    # 'Pueblo & La Junta, CO': two towns a job covered
    towns = _TOWNS_TOGETHER.split(part)
    return (
        following is not None
        and (following in codes() or bool(code_for(following)) or following.upper() in _COUNTRIES)
        and len(towns) <= 2
        and all(len(town.split()) <= 3 for town in towns)
        and (len(towns) == 1 or all(town[:1].isupper() for town in towns))
        and not _ENTITY.search(part)
        and " of " not in part  # "Cascadia of Lewiston, ID" names a facility, not a city
    )


_TOWNS_TOGETHER = re.compile(r"\s+(?:&|and)\s+")
