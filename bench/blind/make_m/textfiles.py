"""Plain-text resumes (set m): a phone notes-app resume and an ATS 'Field: value' export."""

from __future__ import annotations

from model import Person


def notes(p: Person) -> str:
    out = [f"📝 Resume — {p.name} {p.creds}", f"📱 {p.phone}", f"✉️ {p.email}", "", "💼 WORK"]
    for j in p.jobs:
        city = j.city.replace(",", "")
        out.append(f"🔹 {j.title} @ {j.employer} ({city}) {p.span(j, ' - ')}")
        out += [f"   • {b}" for b in j.bullets]
    out += ["", "🪪 LICENSES"]
    for x in p.licenses:
        out.append(
            f"✅ {x.state_name} {x.printed} #{x.number} {x.compact_text} {x.exp_text}".replace(
                "  ", " "
            )
        )
    out += ["", "🏅 CERTS"]
    for c in p.certs:
        long = f" {c.long}" if c.long else ""
        out.append(f"⭐ {c.name} ({c.issuer}){long} – {c.exp_text}")
    out += [""]
    for d in p.education:
        out.append(f"🎓 {d.degree} – {d.school} {d.year}")
    out += [f"💻 charting: {p.ehr_text}", "", "🙂 open to nights, 13wk contracts in WI/IL/MN", ""]
    return "\n".join(out)


def ats(p: Person) -> str:
    first, last = p.name.split(" ", 1)
    city, rest = p.city.split(",", 1)
    state, zipc = rest.split()
    out = [
        "CANDIDATE PROFILE EXPORT",
        "Source: CareerHub ATS v7.3   Generated: 2026-11-18 14:02",
        "",
        f"First Name: {first}",
        f"Last Name: {last}",
        f"Credentials: {p.creds}",
        f"Email Address: {p.email}",
        f"Mobile Phone: {p.phone}",
        f"Address Line 1: {p.street}",
        f"City: {city.strip()}",
        f"State: {state}",
        f"Postal Code: {zipc}",
        f"Headline: {p.headline}",
        "Profession: Allied Health",
        f"Specialty: {', '.join(p.specialties)}",
        "",
    ]
    for i, j in enumerate(p.jobs, 1):
        out += [
            f"Work History {i}",
            f"  Employer: {j.employer}",
            f"  Job Title: {j.title}",
            f"  Location: {j.city}",
            f"  Start Date: {p.date(j.start)}",
            f"  End Date: {p.date(j.end)}",
            f"  Staffing Agency: {j.agency or 'N/A'}",
            f"  Description: {' '.join(j.bullets)}",
            "",
        ]
    out += ["Licenses: none on file (surgical technologists are not licensed in Iowa)", ""]
    for i, c in enumerate(p.certs, 1):
        out += [
            f"Certification {i}",
            f"  Name: {c.name}",
            f"  Full Name: {c.long}",
            f"  Issuing Body: {c.issuer}",
            f"  Expiration Date: {c.exp_text or 'N/A'}",
            "",
        ]
    for i, d in enumerate(p.education, 1):
        out += [
            f"Education {i}",
            f"  Degree: {d.degree}",
            f"  School: {d.school}",
            f"  Location: {d.city}",
            f"  Graduation Year: {d.year}",
            "",
        ]
    out += [
        f"EHR Systems: {p.ehr_text}",
        f"Skills: {', '.join(p.skills)}",
        "Willing to Travel: Yes",
        "",
    ]
    return "\r\n".join(out)
