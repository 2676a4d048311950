"""Generic duty bullets that pad each licensed job the way real resumes read.

No units, systems or employers are named in them."""

from __future__ import annotations

from model import Person

BANK: dict[str, list[str]] = {
    "RN": [
        "Assessed, planned and evaluated care for an assignment of 2-6 patients per shift",
        "Administered medications and blood products per policy, including high-alert infusions",
        "Educated patients and families on diagnoses, medications and discharge plans",
        "Served on the unit practice council and the falls-prevention workgroup",
        "Precepted nursing students and orientees; completed annual competencies",
        "Collaborated with physicians, pharmacists and case managers in daily "
        "interdisciplinary rounds",
        "Maintained 100% compliance on restraint, skin and pain reassessment audits",
        "Responded to rapid responses and codes as a team member",
    ],
    "LPN": [
        "Passed medications and treatments for an assigned hall or patient group",
        "Reported changes in condition to the RN and provider; documented per policy",
        "Performed dressing changes, catheter care and specimen collection",
        "Supervised nursing assistants and coordinated daily care assignments",
    ],
    "therapy": [
        "Completed evaluations, plans of care, progress notes and discharge summaries",
        "Met productivity standards of 85-90% while keeping notes same-day",
        "Trained patients and caregivers in home exercise programs and safety",
        "Collaborated with nursing, case management and physicians on discharge planning",
        "Supervised assistants and students; completed competency checkoffs",
        "Ordered and fitted adaptive equipment and durable medical equipment",
    ],
    "Pharmacist": [
        "Verified orders for appropriateness, interactions, allergies and renal dosing",
        "Counseled patients on new prescriptions and devices",
        "Precepted APPE students and supported technician training",
        "Managed controlled-substance inventory and audits",
        "Led formulary and medication-safety initiatives with the P&T committee",
    ],
    "RT": [
        "Managed invasive and non-invasive ventilation and weaning per protocol",
        "Performed ABG sampling and analysis, aerosol and airway clearance therapies",
        "Responded to codes, rapid responses and high-risk deliveries",
        "Educated nurses and patients on respiratory equipment and inhaler technique",
        "Completed equipment quality checks and infection-control cleaning logs",
    ],
    "other-allied": [
        "Performed and documented exams according to department protocols",
        "Ran daily quality control and maintained equipment logs",
        "Trained new staff and students; completed annual competencies",
        "Worked with radiologists, cardiologists and pathologists to meet turnaround targets",
        "Maintained patient safety, privacy and infection-control standards",
    ],
}


def pad(p: Person, per_job: int = 3) -> None:
    """Add bullets to each licensed job, drawn in turn from the discipline's bank."""
    key = p.discipline
    if key in ("PT", "PTA", "OT", "COTA", "SLP"):
        key = "therapy"
    bank = BANK[key]
    k = int(p.key[1:])
    for j in p.jobs:
        if not j.licensed:
            continue
        for _ in range(per_job):
            b = bank[k % len(bank)]
            k += 7
            if b not in j.bullets:
                j.bullets.append(b)
