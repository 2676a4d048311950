"""Plain-text designs of set l: txt-jobboard (a job board's 'paste your resume' box, hard-wrapped
oddly) and txt-indeed (an Indeed-like text export)."""

from __future__ import annotations

import textwrap

from model import STATES, Person, ym


def odd_wrap(text: str, width: int) -> list[str]:
    """Hard-wrap like a browser textarea that was copied with its soft wraps turned into newlines."""
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)


def txt_jobboard(p: Person) -> str:
    L = []
    L.append(f"{p.name}, {p.creds}")
    L.append(f"{p.phone} | {p.email}")
    L.append("")
    L.append("Objective / Summary:")
    L += odd_wrap(p.summary + " Open to staff or per diem roles in the Twin Ports area.", 61)
    L.append("")
    L.append("LICENSURE:")
    for lic in p.licenses:
        L += odd_wrap(f"- {STATES[lic.state]} {lic.printed}, #{lic.number}, {lic.exp_text}", 58)
    L.append("CERTIFICATIONS:")
    for c in p.certs:
        line = f"- {c.long} ({c.name})" if c.long else f"- {c.name}"
        line += f" - {c.issuer} - {c.exp_text}"
        L += odd_wrap(line, 58)
    L.append("")
    L.append("EXPERIENCE:")
    for j in p.jobs:
        head = f"{j.title} -- {j.employer}, {j.city}, {j.st} -- {ym(j.start, 'num')} to {ym(j.end, 'num', 'present')}"
        L += odd_wrap(head, 57)
        for b in j.bullets:
            L += ["   " + x for x in odd_wrap(b, 54)]
        L.append("")
    L.append("EDUCATION:")
    for e in p.education:
        L += odd_wrap(f"{e.degree}, {e.school} ({e.city}), {e.year}", 56)
    L.append("")
    L.append("EMR: " + ", ".join(p.ehr_printed))
    L.append("")
    L.append("References available upon request.")
    return "\n".join(L) + "\n"


def txt_indeed(p: Person) -> str:
    L = [p.name, p.headline, f"{p.city}, {p.st}", p.email, p.phone, ""]
    L += [p.summary, ""]
    L.append("Authorized to work in the US for any employer")
    L += ["", "Work Experience", ""]
    travel = [j for j in p.jobs if j.agency]
    done_travel = False
    for j in p.jobs:
        if j.agency:
            if done_travel:
                continue
            done_travel = True
            first = min(travel, key=lambda x: x.start)
            last = max(travel, key=lambda x: x.start)
            L.append(j.title)
            L.append(f"{j.agency} - Montgomery, AL")
            L.append(f"{ym(first.start, 'month')} to {ym(last.end, 'month')}")
            L.append(
                "Assignments: "
                + "; ".join(
                    f"{t.employer}, {t.city}, {t.st} ({ym(t.start, 'mon')} – {ym(t.end, 'mon')})"
                    for t in sorted(travel, key=lambda x: x.start)
                )
            )
            L.append("13-week travel contracts, extended; general, OB and ortho cases.")
            L.append("")
            continue
        L.append(j.title)
        L.append(f"{j.employer} - {j.city}, {j.st}")
        L.append(f"{ym(j.start, 'month')} to {ym(j.end, 'month', 'Present')}")
        for b in j.bullets:
            L.append(b)
        L.append("")
    L += ["Education", ""]
    for e in p.education:
        L += [e.degree, f"{e.school} - {e.city}", e.year, ""]
    L += ["Skills", ""]
    L += [
        "Surgical instrumentation (10+ years)",
        "Robotic surgery (5 years)",
        f"{p.ehr_printed[0]} (6 years)",
        f"{p.ehr_printed[1]} (2 years)",
        "Sterile technique (10+ years)",
        "",
    ]
    L += ["Certifications and Licenses", ""]
    for c in p.certs:
        L.append(f"{c.long or c.name}" + ("" if c.name in (c.long or "") else f" ({c.name})"))
        L.append(f"{c.exp_text.replace('Expires', 'Expires')}")
        L.append(f"Issued by {c.issuer}")
        L.append("")
    L += ["Additional Information", "", "Available for travel contracts and weekend call."]
    return "\n".join(L) + "\n"


TEXT = {"txt-jobboard": txt_jobboard, "txt-indeed": txt_indeed}
