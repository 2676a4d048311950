"""Neutral duty lines per discipline: no unit, specialty, EHR or employer names in them."""

from __future__ import annotations

from model import Person

POOL: dict[str, list[str]] = {
    "RN": [
        "Carried a 2–4 patient assignment with hourly rounding and focused reassessment",
        "Titrated infusions to protocol and documented response within the charting window",
        "Precepted newly hired nurses through a twelve-week orientation",
        "Led bedside shift report and safety huddles with the oncoming team",
        "Coordinated discharge teaching with case management and pharmacy",
        "Served on the unit practice council; rewrote two admission checklists",
    ],
    "LPN": [
        "Passed medications for a 24-resident hall and completed treatment records",
        "Supervised three nursing assistants per shift",
        "Completed admission assessments and care-plan updates with the RN supervisor",
        "Performed wound care, tube feedings and glucose monitoring",
    ],
    "PT": [
        "Evaluated and treated a caseload of 11–14 patients a day",
        "Wrote plans of care with measurable functional goals",
        "Taught gait training, transfers and home exercise programs",
        "Mentored two DPT students on full-time clinical rotations",
    ],
    "PTA": [
        "Carried out plans of care written by the supervising physical therapist",
        "Progressed therapeutic exercise, balance and gait training",
        "Documented daily notes and reported changes to the evaluating therapist",
    ],
    "OT": [
        "Completed evaluations and wrote goals for self-care and fine-motor skills",
        "Recommended adaptive equipment and trained caregivers in its use",
        "Co-treated with physical therapy and speech for complex cases",
        "Supervised a COTA and two Level II fieldwork students",
    ],
    "COTA": [
        "Carried out treatment plans under OTR supervision",
        "Led ADL retraining and fine-motor groups",
    ],
    "SLP": [
        "Completed bedside swallow evaluations and instrumental study referrals",
        "Treated aphasia, dysarthria and cognitive-communication deficits",
        "Trained staff on diet texture and liquid consistency levels",
        "Wrote evaluation reports and progress notes within 24 hours",
    ],
    "Pharmacist": [
        "Verified and dispensed orders; counselled patients on new prescriptions",
        "Managed anticoagulation and renal dose adjustments",
        "Precepted APPE students and pharmacy technicians",
        "Maintained controlled-substance inventory and audits",
    ],
    "RT": [
        "Managed invasive and non-invasive ventilation and weaning protocols",
        "Responded to rapid responses, codes and high-risk deliveries",
        "Drew and analysed arterial blood gases",
        "Taught airway clearance and inhaler technique",
    ],
    "other-allied": [
        "Positioned patients and set protocols to the ordering provider's request",
        "Completed daily quality-control checks and logs",
        "Explained procedures and screened patients for safety",
        "Oriented new technologists and students",
    ],
}


SUPPORT = [
    "Assisted licensed staff with patient care, transport and room turnover",
    "Stocked supplies and kept equipment and temperature logs",
]


def fill(p: Person) -> None:
    """Give every job without its own duty lines two or three from the pool, in turn."""
    pool = POOL[p.discipline]
    k = len(p.key)
    for j in p.jobs:
        if not j.bullets and not j.licensed:
            j.bullets = list(SUPPORT)
        if not j.bullets:
            n = 2 if len(p.jobs) > 3 else 3
            j.bullets = [pool[(k + i) % len(pool)] for i in range(n)]
            k += n
