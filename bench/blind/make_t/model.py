"""Set t's records: a resume is page text (sections of jobs, paragraphs, lists, tables) plus its truth.

Page text is written by hand in people_a.py / people_b.py; renderers only lay it out.
"""

from dataclasses import dataclass, field

AS_OF = (2026, 12)


@dataclass
class Job:
    title: str
    org: str
    dates: str
    place: str = ""
    bullets: list = field(default_factory=list)
    para: str = ""
    sub: str = ""  # a second line under the title, e.g. "Travel contract via …"


@dataclass
class Section:
    title: str
    items: list  # Job | str (paragraph) | ("ul", [..]) | ("table", header, rows) | ("kv", [(k, v)]) | ("bars", [(label, n)])


@dataclass
class Resume:
    file: str
    fmt: str  # pdf | docx | doc | txt | photo | scan
    design: str  # renderer key
    layout: str  # truth's layout label
    key: str
    name: str = ""
    creds: str = ""
    headline: str = ""
    contact: list = field(default_factory=list)  # [(kind, text)]: mail, phone, home, web, note
    main: list = field(default_factory=list)  # [Section]
    side: list = field(default_factory=list)  # [Section] (sidebar designs; appended for one-column)
    text: str = ""  # .txt files: the whole text
    employer_first: bool = False
    opts: dict = field(default_factory=dict)
    truth: dict = field(default_factory=dict)
    licensed: list = field(
        default_factory=list
    )  # [("YYYY-MM", "YYYY-MM" | "now")] licensed work spans


def ul(*items):
    return ("ul", list(items))


def table(header, *rows):
    return ("table", list(header), [list(r) for r in rows])


def kv(*pairs):
    return ("kv", list(pairs))


def bars(*pairs):
    return ("bars", list(pairs))


def months(spans):
    """Union of inclusive month spans, in months."""
    got = set()
    for a, b in spans:
        y, m = (int(x) for x in a.split("-"))
        ey, em = AS_OF if b == "now" else (int(x) for x in b.split("-"))
        while (y, m) <= (ey, em):
            got.add((y, m))
            m += 1
            if m > 12:
                y, m = y + 1, 1
    return len(got)


def years(spans):
    return round(months(spans) / 12, 1) if spans else None


def lic(state, typ, number, compact=None, expires=None):
    return {"state": state, "type": typ, "number": number, "compact": compact, "expires": expires}


def cert(name, issuer=None, expires=None):
    return {"name": name, "issuer": issuer, "expires": expires}


def edu(degree, school):
    return {"degree": degree, "school": school}
