"""Set u's records: a resume is a header, main and side sections, and its truth.

A section is (title, items); an item is a paragraph string, a list (bullets) or a job dict.
A job carries the dates as printed and, separately, the licensed months it covers ("span"),
so years of experience are the union of those months over twelve ("Present" = 2026-12).
"""

AS_OF = "2026-12"


def J(title, employer, dates, span=None, loc="", bullets=(), sub=()):
    return {
        "kind": "job",
        "title": title,
        "employer": employer,
        "loc": loc,
        "dates": dates,
        "span": span,
        "bullets": list(bullets),
        "sub": list(sub),
    }


def L(state, type_, number, compact=None, expires=None):
    return {"state": state, "type": type_, "number": number, "compact": compact, "expires": expires}


def C(name, issuer=None, expires=None):
    return {"name": name, "issuer": issuer, "expires": expires}


def E(degree, school):
    return {"degree": degree, "school": school}


def _month_index(ym):
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def months(span):
    a, b = span.split(":")
    return set(range(_month_index(a), _month_index(b) + 1))


def years(spans):
    got = set()
    for s in spans:
        got |= months(s)
    return round(len(got) / 12, 1) if got else None


def jobs_of(resume):
    out = []
    for part in ("main", "side"):
        for _title, items in resume.get(part, []):
            out += [i for i in items if isinstance(i, dict) and i.get("kind") == "job"]
    return out


def spans_of(resume):
    if "spans" in resume:
        return resume["spans"]
    return [j["span"] for j in jobs_of(resume) if j["span"]]
