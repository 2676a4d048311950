"""Records for set r: a resume is a list of marked blocks beside its truth values.

Blocks: ("title", t) ("name", t) ("sub", t) ("contact", t) ("h", t) ("job", title, where, dates)
("b", t) bullet, ("p", t) paragraph, ("row", [cells]) table row. A person may carry "side" blocks
(a sidebar), "header" (text set only in the page header) and "footer".
Years are the union of the licensed months over twelve; "now" = 2026-12.
"""


def ym(s):
    if s == "now":
        return 2026 * 12 + 11
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def years(spans):
    if spans is None:
        return None
    months = set()
    for a, b in spans:
        months.update(range(ym(a), ym(b) + 1))
    return round(len(months) / 12, 1)


def lic(state, typ, number, compact=None, expires=None):
    return {"state": state, "type": typ, "number": number, "compact": compact, "expires": expires}


def cert(name, issuer=None, expires=None):
    return {"name": name, "issuer": issuer, "expires": expires}


def edu(degree, school):
    return {"degree": degree, "school": school}


TRUTH_KEYS = [
    "file",
    "key",
    "format",
    "layout",
    "name",
    "email",
    "phone",
    "location",
    "discipline",
    "specialties",
    "licenses",
    "certifications",
    "years_experience",
    "education",
    "employers",
    "ehr_systems",
    "agencies",
    "clinical_sites",
    "notes",
]


def truth_line(p):
    t = dict(p["truth"])
    t["file"] = p["file"]
    t["key"] = p["key"]
    t["format"] = p["format"]
    t["layout"] = p["layout"]
    t["years_experience"] = years(p["spans"])
    t.setdefault("agencies", [])
    t.setdefault("clinical_sites", [])
    return {k: t.get(k) for k in TRUTH_KEYS}
