"""Plain-text resumes for set f.

txt-board     a resume pasted into a job board's text box: the layout flattened, each job's
              title, facility, city and dates run together on one line, '-' bullets
txt-linkedin  a LinkedIn-style profile export: the agency is the "company" of travel roles,
              the facilities are in the role descriptions; roles grouped under one company with
              "N yrs M mos" durations; licences as "Issued … · Expires …" / "Credential ID" lines
txt-email     an e-mail to a recruiter (headers, greeting, the resume pasted in, signature with a
              nickname); the recruiter's own name and address are in the headers; no home address
"""

from cv import CV, months, one_date, span


def board(cv: CV) -> str:
    out = [
        f"{cv.name}, {cv.creds}",
        f"{cv.address} · {cv.phone} · {cv.email}",
        cv.headline,
        cv.summary,
        "Experience",
    ]
    for r in cv.roles:
        out.append(f"{r.title} {r.employer} {r.place} {span(r, cv, ' - ')}")
        out += [f"- {p}" for p in r.points]
    out.append("Education")
    out += [f"{s.degree} {s.school} {s.where} {s.year}" for s in cv.studies]
    out.append("License")
    out += [x.text for x in cv.licences]
    out.append("Certifications")
    out += [c.text for c in cv.cards]
    out.append("Skills")
    out.append(", ".join(cv.skills))
    return "\n".join(out) + "\n"


def _dur(n: int) -> str:
    y, m = divmod(n, 12)
    bits = []
    if y:
        bits.append(f"{y} year{'s' if y > 1 else ''}")
    if m:
        bits.append(f"{m} month{'s' if m > 1 else ''}")
    return " ".join(bits)


def _long(ym: str | None) -> str:
    return one_date(ym, "full", "Present")


def linkedin(cv: CV) -> str:
    L: list[str] = []
    L += ["Contact", f"{cv.phone} (Mobile)", cv.email, "", "Top Skills"]
    L += cv.skills[:3]
    L += ["", cv.name, cv.headline, cv.address or "", "", "Summary", cv.summary, "", "Experience"]
    rs = cv.roles
    # Tidepool (one contract)
    t = rs[0]
    L += [
        t.agency,
        t.title,
        f"{_long(t.start)} - Present ({_dur(len(months(t.start, t.end)))})",
        "Oxnard, California, United States",
        f"Contract at {t.employer} ({t.place}): CVICU and MICU, 13-week contract extended twice.",
        "",
    ]
    # Saguaro: four contracts, one role with an umbrella date range
    sag = [r for r in rs if r.agency == "Saguaro Travel Nursing"]
    first, last = min(r.start for r in sag), max(r.end for r in sag)
    n = len(months(first, last))
    L += [
        "Saguaro Travel Nursing",
        _dur(n),
        sag[0].title,
        f"{_long(first)} - {_long(last)} ({_dur(n)})",
        "Arizona and Nevada",
        "Assignments (13-week contracts, most extended):",
    ]
    units = {
        "Kaibab Regional Medical Center": "CVICU",
        "Sonoran Desert Medical Center": "MICU",
        "Great Basin Medical Center": "Neuro ICU",
    }
    for r in sorted(sag, key=lambda r: r.start):
        L.append(
            f"- {r.employer}, {r.place} — {units[r.employer]} "
            f"({one_date(r.start, 'abbr', '')} – {one_date(r.end, 'abbr', '')})"
        )
    L.append("")
    cam = [r for r in rs if r.employer == "Camelback Heights Hospital"]
    total = len(months(min(r.start for r in cam), max(r.end for r in cam)))
    L += ["Camelback Heights Hospital", _dur(total)]
    for r in cam:
        L += [
            r.title,
            f"{_long(r.start)} - {_long(r.end)} ({_dur(len(months(r.start, r.end)))})",
            "Phoenix, Arizona, United States",
        ]
        L += r.points + [""]
    na = rs[-1]
    L += [
        na.employer,
        na.title,
        f"{_long(na.start)} - {_long(na.end)} ({_dur(len(months(na.start, na.end)))})",
        "Mesa, Arizona, United States",
        "",
    ]
    L += ["Education", cv.studies[0].school, f"{cv.studies[0].degree}, Nursing · (2011 - 2015)", ""]
    L += ["Licenses & certifications"]
    issuers = {
        "AZ": "Arizona State Board of Nursing",
        "CA": "California Board of Registered Nursing",
    }
    issued = {"AZ": "Jun 2015", "CA": "Sep 2023"}
    for x in cv.licences:
        L += [
            x.text,
            issuers[x.state],
            f"Issued {issued[x.state]} · Expires {one_date(x.expires, 'abbr', '')}",
            f"Credential ID {x.number}",
            "",
        ]
    for c in cv.cards:
        L += [c.text, c.issuer or "", f"Expires {one_date(c.expires, 'abbr', '')}", ""]
    L += ["Skills", " · ".join(cv.skills), "", "Page 1 of 1"]
    return "\n".join(L) + "\n"


def email(cv: CV) -> str:
    first_nick = "Willa"
    L = [
        f"From: {cv.name} <{cv.email}>",
        "To: Dana Whitlock <dwhitlock@example.com>",
        "Subject: SLP opening - my resume (pasted below)",
        "Date: Tue, 24 Nov 2026 21:14:07 -0600",
        "",
        "Hi Dana,",
        "",
        "Thanks for the call this afternoon. As promised, here is my resume pasted",
        "below (the attachment kept bouncing from my school account). I'm most",
        "interested in school-based contracts for the 2027-28 year, ideally in eastern",
        "Iowa or northern Illinois, and I can start interviews after Thanksgiving.",
        "",
        "Best,",
        first_nick,
        "",
        "--------------------------------------------------",
        f"{cv.name.upper()}, {cv.creds}",
        f"{cv.headline}",
        f"{cv.phone} | {cv.email}",
        "",
        "EXPERIENCE",
    ]
    for r in cv.roles:
        L.append(f"{r.title} — {r.employer}, {r.place}")
        L.append(span(r, cv))
        L += [f"  * {p}" for p in r.points]
        L.append("")
    L.append("EDUCATION")
    L += [f"{s.degree} — {s.school}, {s.year}" for s in cv.studies]
    L += ["", "LICENSES & CERTIFICATIONS"]
    L += [x.text for x in cv.licences] + [c.text for c in cv.cards]
    L += [
        "",
        "SKILLS",
        ", ".join(cv.skills),
        "--------------------------------------------------",
        "",
        "--",
        f"{first_nick} Paz-Okonkwo",
        cv.phone,
        "Sent from my phone",
    ]
    return "\n".join(L) + "\n"


DESIGNS = {"txt-board": board, "txt-linkedin": linkedin, "txt-email": email}


def render(cv: CV) -> str:
    return DESIGNS[cv.design](cv)
