"""Records for set q: a resume is a list of marked lines plus its truth line.

Marks: T title, N name, C contact, H heading, J job header, B bullet, P paragraph,
R table row (cells split on " | "), "==SIDE==" starts the sidebar (layouts without a
sidebar print it after the main column). Years are the union of licensed months / 12,
"Present" = 2026-12.
"""

NOW = (2026, 12)


def L(state, type_, number, compact, expires):
    return {"state": state, "type": type_, "number": number, "compact": compact, "expires": expires}


def C(name, issuer, expires=None):
    return {"name": name, "issuer": issuer, "expires": expires}


def E(degree, school):
    return {"degree": degree, "school": school}


def months(spans):
    """Union of inclusive (YYYY-MM, YYYY-MM|'now') spans, in months."""
    got = set()
    for a, b in spans:
        ya, ma = map(int, a.split("-"))
        yb, mb = NOW if b == "now" else map(int, b.split("-"))
        for k in range(ya * 12 + ma - 1, yb * 12 + mb):
            got.add(k)
    return len(got)


def years(spans):
    return None if not spans else round(months(spans) / 12, 1)


def parse_doc(text):
    main, side, cur = [], [], None
    cur = main
    for raw in text.strip("\n").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line == "==SIDE==":
            cur = side
            continue
        mark, _, body = line.partition(": ")
        cur.append((mark, body))
    return main, side
