"""Twelve registered nurses for set i."""

from __future__ import annotations

from model import Cert, Edu, Job, Lic, Person

EPIC = "Epic"
CERNER = "Cerner"


def rn_people() -> list[Person]:
    return [
        Person(
            key="i01",
            name="Marisol Okafor-Brandt",
            creds="BSN, RN, CCRN",
            email="marisol.okbrandt@example.com",
            phone="(512) 555-0134",
            street="4417 Pecan Hollow Dr",
            city="Austin, TX",
            discipline="RN",
            headline="Travel ICU Registered Nurse",
            summary="Critical care nurse with eight years at the bedside in medical and "
            "cardiovascular ICUs; five travel contracts since 2023. Comfortable with CRRT, "
            "Impella, titratable drips and post-op open-heart recovery.",
            specialties=["ICU"],
            licenses=[
                Lic(
                    "TX",
                    "RN",
                    "891276",
                    True,
                    "2027-05",
                    "RN — Texas (Compact) #891276, exp 05/31/2027",
                ),
                Lic(
                    "CA",
                    "RN",
                    "95510342",
                    False,
                    "2028-02",
                    "RN — California #95510342, exp 02/29/2028",
                ),
            ],
            certs=[
                Cert("CCRN", "AACN", "2028-03", "CCRN (Adult) · AACN · valid to 03/2028"),
                Cert("ACLS", "AHA", "2027-06", "ACLS · AHA · exp 06/2027"),
                Cert("BLS", "AHA", "2027-06", "BLS · AHA · exp 06/2027"),
                Cert("NIHSS", None, None, "NIHSS certified"),
            ],
            education=[
                Edu("Bachelor of Science in Nursing", "The University of Texas at Austin", "2018")
            ],
            jobs=[
                Job(
                    "Travel RN — CVICU",
                    "Mercy Ridge Heart Institute",
                    "Sacramento, CA",
                    "2025-06",
                    "now",
                    ["13-week contract, extended twice; 1:1 fresh hearts and Impella patients"],
                    agency="Northstar Clinical Travel",
                ),
                Job(
                    "Travel RN — MICU",
                    "Gulf Harbor Medical Center",
                    "Corpus Christi, TX",
                    "2024-09",
                    "2025-04",
                    ["Sepsis, ARDS and proning teams; charge relief on nights"],
                    agency="Northstar Clinical Travel",
                ),
                Job(
                    "Travel RN — Neuro/Medical ICU",
                    "Bluebonnet Regional Hospital",
                    "Temple, TX",
                    "2023-04",
                    "2024-07",
                    ["EVD and ICP monitoring, hypothermia protocol"],
                    agency="TrueNorth Nurse Staffing",
                ),
                Job(
                    "Staff RN, Medical ICU",
                    "St. Brendan's University Hospital",
                    "Austin, TX",
                    "2018-08",
                    "2023-03",
                    [
                        "Preceptor for 9 new graduates; unit sepsis champion",
                        "Charted in Epic; super-user for the 2021 Epic upgrade",
                    ],
                ),
                Job(
                    "Patient Care Technician",
                    "St. Brendan's University Hospital",
                    "Austin, TX",
                    "2016-05",
                    "2018-07",
                    ["Vitals, phlebotomy, EKGs while in nursing school"],
                    licensed=False,
                ),
            ],
            ehr=[EPIC, CERNER],
            skills=["CRRT", "Impella / IABP", "Swan-Ganz", "Titratable drips", "Epic", "Cerner"],
            agencies=["Northstar Clinical Travel", "TrueNorth Nurse Staffing"],
            notes="Agencies are not employers; facilities are. PCT work before licence excluded "
            "from years (Aug 2018-Dec 2026 = 101 months). TX compact, CA single-state (compact false).",
            stated_years=8,
        ),
        Person(
            key="i03",
            name="Delphine Achterberg",
            creds="RNC-OB, BSN",
            email="d.achterberg@example.net",
            phone="(402) 555-0172",
            street="2208 S 48th Ave",
            city="Omaha, NE",
            discipline="RN",
            headline="Labor & Delivery RN — Travel",
            summary="L&D nurse, 7 years: high-risk antepartum, intrapartum, recovery and "
            "circulating for C-sections. Travel since 2022.",
            specialties=["L&D", "Postpartum"],
            licenses=[
                Lic(
                    "NE",
                    "RN",
                    "RN-208874",
                    True,
                    "2027-10",
                    "Nebraska RN, multistate (NLC), #RN-208874, exp 10/31/2027",
                ),
            ],
            certs=[
                Cert("RNC-OB", "NCC", "2029-04", "RNC-OB (NCC) — renew by April 2029"),
                Cert("NRP", "AAP", "2027-01", "NRP (AAP) — exp Jan 2027"),
                Cert("BLS", "AHA", "2027-09", "BLS (AHA) — exp Sep 2027"),
                Cert("ACLS", "AHA", "2027-09", "ACLS (AHA) — exp Sep 2027"),
                Cert("AWHONN Intermediate FHM", "AWHONN", None, "AWHONN Intermediate FHM (2023)"),
            ],
            education=[Edu("BSN", "Creighton University", "2019")],
            jobs=[
                Job(
                    "Travel L&D RN",
                    "Prairie Vista Women's Hospital",
                    "Sioux Falls, SD",
                    "2025-03",
                    "now",
                    ["Level III unit, 3,800 deliveries a year"],
                    agency="Heartland Travel Nurses",
                ),
                Job(
                    "Travel L&D RN",
                    "Cedar Bluff Medical Center",
                    "Des Moines, IA",
                    "2024-01",
                    "2024-12",
                    ["High-risk antepartum, magnesium and insulin drips"],
                    agency="Heartland Travel Nurses",
                ),
                Job(
                    "Travel L&D RN",
                    "Westfork Regional Hospital",
                    "Billings, MT",
                    "2022-10",
                    "2023-10",
                    ["Circulated C-sections, OR turnover"],
                    agency="Summit Med Travel",
                ),
                Job(
                    "Staff RN, Labor & Delivery / Mother-Baby",
                    "Midlands Methodist Hospital",
                    "Omaha, NE",
                    "2019-07",
                    "2022-09",
                    ["Cross-trained to mother-baby; Cerner charting"],
                ),
            ],
            ehr=[CERNER, EPIC],
            skills=["Fetal monitoring", "Epidurals", "Cerner", "Epic Stork"],
            agencies=["Heartland Travel Nurses", "Summit Med Travel"],
            checklist=[
                ("Intrapartum care / fetal monitoring", 4, "Daily"),
                ("Magnesium sulfate / Pitocin titration", 4, "Daily"),
                ("Circulating C-section", 3, "Weekly"),
                ("Postpartum hemorrhage protocol", 4, "Monthly"),
                ("Neonatal resuscitation (NRP)", 3, "Monthly"),
                ("Antepartum high-risk", 4, "Weekly"),
                ("Epic Stork documentation", 4, "Daily"),
            ],
            notes="Skills checklist (self-rated 1-4) is not a job list. Travel contracts via agencies; "
            "gaps between contracts excluded. Mother-baby cross-training -> Postpartum.",
            stated_years=7,
        ),
        Person(
            key="i05",
            name="Caleb Whitcombe-Reyes",
            creds="RN, CEN, TCRN",
            email="cwr.ernurse@example.org",
            phone="(602) 555-0148",
            street=None,
            city=None,
            discipline="RN",
            headline="Emergency Department Registered Nurse",
            summary="Level I trauma ED nurse; triage, resuscitation bay and charge.",
            specialties=["ER"],
            licenses=[
                Lic(
                    "AZ",
                    "RN",
                    "RN301877",
                    True,
                    "2028-08",
                    "Arizona RN License RN301877 (multistate) — expires 08/2028",
                ),
            ],
            certs=[
                Cert(
                    "CEN",
                    "BCEN",
                    "2028-11",
                    "Certified Emergency Nurse (CEN), BCEN, through 11/2028",
                ),
                Cert(
                    "TCRN",
                    "BCEN",
                    "2029-05",
                    "Trauma Certified Registered Nurse (TCRN), BCEN, through 05/2029",
                ),
                Cert("TNCC", "ENA", "2026-10", "TNCC, ENA — expired 10/2026 (renewal booked)"),
                Cert("ACLS", "ARC", "2027-12", "ACLS, American Red Cross, 12/2027"),
                Cert("PALS", "ARC", "2027-12", "PALS, American Red Cross, 12/2027"),
                Cert("BLS", "ARC", "2027-12", "BLS, American Red Cross, 12/2027"),
            ],
            education=[
                Edu("Associate Degree in Nursing", "GateWay Community College", "2014"),
                Edu(
                    "RN-to-BSN, Bachelor of Science in Nursing", "Arizona State University", "2017"
                ),
            ],
            jobs=[
                Job(
                    "Charge Nurse, Emergency Department",
                    "Saguaro Valley Medical Center",
                    "Phoenix, AZ",
                    "2019-02",
                    "now",
                    ["Level I trauma; 110-bed ED; Epic ASAP"],
                ),
                Job(
                    "Per Diem ED RN",
                    "Canyon Rim Community Hospital",
                    "Mesa, AZ",
                    "2021-05",
                    "2024-06",
                    ["Two shifts a month alongside the staff job"],
                ),
                Job(
                    "Staff RN, Emergency Department",
                    "Desert Crossing Hospital",
                    "Glendale, AZ",
                    "2014-08",
                    "2019-01",
                    ["Triage and fast track; Meditech"],
                ),
                Job(
                    "ED Technician",
                    "Desert Crossing Hospital",
                    "Glendale, AZ",
                    "2012-06",
                    "2014-07",
                    ["Splinting, EKGs, phlebotomy"],
                    licensed=False,
                ),
            ],
            ehr=[EPIC, "Meditech"],
            skills=["Trauma resuscitation", "Triage (ESI)", "Epic ASAP", "Meditech"],
            cover=[
                "December 1, 2026",
                "Ms. Renata Oyelaran, Senior Recruiter\nBrightpath Staffing Partners\n1500 Larimer St, Suite 300\nDenver, CO 80202",
                "Dear Ms. Oyelaran,",
                "I am writing about the night-shift emergency department opening you described. I have "
                "spent twelve years in emergency nursing, the last seven at a Level I trauma centre, "
                "where I also work as charge nurse.",
                "I hold a multistate Arizona licence and current CEN and TCRN certifications. I would "
                "welcome a call at the number below.",
                "Sincerely,\nCaleb Whitcombe-Reyes, RN",
            ],
            agencies=["Brightpath Staffing Partners"],
            notes="Cover letter first: the recruiter's Denver address is not home; the page has no "
            "home address (location null). Per diem 2021-2024 overlaps the staff job (counted once). "
            "ED tech before licence excluded. Years Aug 2014-Dec 2026 = 149 months.",
            stated_years=12,
        ),
        Person(
            key="i07",
            name="Margaret Ellsworth-Kaye",
            creds="RN, BSN, CMSRN",
            email="mekaye1974@example.net",
            phone="(317) 555-0119",
            street="66 Brookside Ct",
            city="Carmel, IN",
            discipline="RN",
            headline="Registered Nurse — Medical-Surgical & Telemetry",
            summary="Twenty-eight years of hospital nursing on medical-surgical, telemetry and "
            "orthopedic floors, as staff nurse, charge nurse and unit educator.",
            specialties=["Med-Surg", "Telemetry"],
            licenses=[
                Lic(
                    "IN",
                    "RN",
                    "28119043A",
                    True,
                    "2027-10",
                    "Indiana Registered Nurse, compact, #28119043A, expires October 31, 2027",
                )
            ],
            certs=[
                Cert("CMSRN", "MSNCB", "2028-12", "CMSRN — MSNCB — exp. 12/2028"),
                Cert("ACLS", "AHA", "2027-04", "ACLS — AHA — exp. 04/2027"),
                Cert("BLS", "AHA", "2027-04", "BLS — AHA — exp. 04/2027"),
            ],
            education=[
                Edu(
                    "Bachelor of Science in Nursing",
                    "Indiana University",
                    "2009",
                    "Indianapolis, IN",
                ),
                Edu(
                    "Associate of Science in Nursing",
                    "Ivy Tech Community College",
                    "1998",
                    "Indianapolis, IN",
                ),
            ],
            jobs=[
                Job(
                    "Clinical Nurse Educator, Med-Surg",
                    "Hamilton Crossing Hospital",
                    "Noblesville, IN",
                    "2019-06",
                    "now",
                    ["Orientation for 40+ nurses a year; Epic go-live trainer"],
                ),
                Job(
                    "Charge Nurse, Telemetry",
                    "Hamilton Crossing Hospital",
                    "Noblesville, IN",
                    "2013-03",
                    "2019-05",
                    ["24-bed cardiac telemetry unit"],
                ),
                Job(
                    "Staff RN, Orthopedics/Med-Surg",
                    "Central Indiana Medical Center",
                    "Indianapolis, IN",
                    "2008-01",
                    "2013-02",
                    ["Total joints, spine; Cerner"],
                ),
                Job(
                    "Staff RN, Medical-Surgical",
                    "Whitewater Valley Hospital",
                    "Richmond, IN",
                    "2003-09",
                    "2007-12",
                    ["Night shift, 6-patient assignments"],
                ),
                Job(
                    "Staff RN, Medical Floor",
                    "Lakeview Memorial Hospital",
                    "Muncie, IN",
                    "1998-08",
                    "2003-05",
                    ["Meditech charting"],
                ),
                Job(
                    "Nursing Assistant",
                    "Lakeview Memorial Hospital",
                    "Muncie, IN",
                    "1995-06",
                    "1998-07",
                    [],
                    licensed=False,
                ),
            ],
            ehr=[EPIC, CERNER, "Meditech"],
            skills=["Telemetry", "Precepting", "Epic", "Cerner", "Meditech"],
            datefmt="year",
            notes="Dates printed as years only (right-aligned); truth years from the months behind "
            "them: Aug 1998-May 2003, Sep 2003-Dec 2007, Jan 2008-now minus a summer 2003 gap. "
            "Nursing assistant before licence excluded. Orthopedics not a specialty of its own.",
            stated_years=28,
        ),
        Person(
            key="i10",
            name="Thuy-Linh Castellanos",
            creds="BSN, RN, RNC-NIC",
            email="tl.castellanos@example.com",
            phone="(919) 555-0163",
            street="815 Quarry Spring Ln",
            city="Raleigh, NC",
            discipline="RN",
            headline="Neonatal Intensive Care Nurse",
            summary="Level IV NICU nurse, 6 years: micro-preemies, cooling, post-surgical neonates.",
            specialties=["NICU"],
            licenses=[
                Lic(
                    "NC",
                    "RN",
                    "304418",
                    True,
                    "2027-07",
                    "North Carolina RN — multistate — No. 304418 — exp. 07/31/2027",
                )
            ],
            certs=[
                Cert(
                    "RNC-NIC",
                    "NCC",
                    "2029-02",
                    "RNC-NIC, National Certification Corporation, expires February 2029",
                ),
                Cert(
                    "NRP", "AAP", "2027-05", "NRP, American Academy of Pediatrics, expires May 2027"
                ),
                Cert("S.T.A.B.L.E.", None, "2027-08", "S.T.A.B.L.E., expires August 2027"),
                Cert(
                    "BLS", "AHA", "2027-03", "BLS, American Heart Association, expires March 2027"
                ),
            ],
            education=[
                Edu(
                    "Bachelor of Science in Nursing",
                    "University of North Carolina at Chapel Hill",
                    "2020",
                )
            ],
            jobs=[
                Job(
                    "Staff Nurse III, Level IV NICU",
                    "Capital Oaks Children's Hospital",
                    "Raleigh, NC",
                    "2022-04",
                    "now",
                    ["Transport team member", "Epic charting super-user"],
                ),
                Job(
                    "Staff Nurse, NICU",
                    "Piedmont Crescent Medical Center",
                    "Durham, NC",
                    "2020-08",
                    "2022-03",
                    ["Level III; PICC care and TPN"],
                ),
                Job(
                    "PRN NICU RN",
                    "Harnett Valley Hospital",
                    "Dunn, NC",
                    "2023-01",
                    "2025-06",
                    ["Per diem weekends, Level II special care nursery"],
                ),
            ],
            ehr=[EPIC],
            skills=["Therapeutic hypothermia", "NIPPV / HFOV", "Epic"],
            notes="PRN job overlaps the staff job (counted once). Years Aug 2020-Dec 2026 = 77 months. "
            "E-mail is a Word hyperlink field.",
            stated_years=6,
        ),
        Person(
            key="i13",
            name="Jonah Pettigrew-Asante",
            creds="BSN, RN",
            email="jonah.pettigrew@example.org",
            phone="(614) 555-0186",
            street="1290 Neil Ave, Apt 4C",
            city="Columbus, OH",
            discipline="RN",
            headline="New Graduate Registered Nurse",
            summary="New graduate nurse (BSN May 2026, licensed September 2026) seeking a "
            "nurse residency in critical care or step-down.",
            specialties=[],
            licenses=[
                Lic(
                    "OH",
                    "RN",
                    "RN.617702",
                    True,
                    "2027-10",
                    "Ohio RN (multistate), license RN.617702, expires 10/31/2027",
                )
            ],
            certs=[
                Cert(
                    "BLS",
                    "AHA",
                    "2028-01",
                    "BLS Provider, American Heart Association, valid through January 2028",
                ),
                Cert(
                    "ACLS",
                    "AHA",
                    "2028-02",
                    "ACLS Provider, American Heart Association, valid through February 2028",
                ),
            ],
            education=[
                Edu("Bachelor of Science in Nursing", "The Ohio State University", "May 2026")
            ],
            jobs=[
                Job(
                    "State Tested Nursing Assistant (STNA)",
                    "Olentangy Ridge Senior Living",
                    "Columbus, OH",
                    "2023-06",
                    "2026-05",
                    ["Part-time, 24 h a week during school; PointClickCare"],
                    licensed=False,
                ),
            ],
            ehr=["PointClickCare", EPIC],
            skills=["Epic (student access)", "PointClickCare", "IV starts", "Foley insertion"],
            rotations=[
                (
                    "Capstone practicum, Surgical ICU (144 h)",
                    "Buckeye Lakes University Hospital",
                    "Spring 2026",
                ),
                ("Adult Med-Surg", "Scioto Bend Medical Center", "Fall 2025"),
                ("Pediatrics", "Franklin Heights Children's Hospital", "Spring 2025"),
                ("Obstetrics", "Scioto Bend Medical Center", "Fall 2024"),
            ],
            clinical_sites=[
                "Buckeye Lakes University Hospital",
                "Scioto Bend Medical Center",
                "Franklin Heights Children's Hospital",
            ],
            references=[
                (
                    "Adaeze Morrow, MSN, RN",
                    "Clinical Instructor, The Ohio State University",
                    "(614) 555-0190",
                    "amorrow@example.org",
                ),
                (
                    "Peter Lindqvist, RN",
                    "Charge Nurse, SICU",
                    "(614) 555-0191",
                    "plindqvist@example.org",
                ),
            ],
            notes="New grad: rotations are clinical sites, not specialties or employers; STNA work "
            "before licence is kept as an employer but not counted (years null). References' "
            "names/phones are not the candidate's.",
        ),
        Person(
            key="i16",
            name="Rosalind Okonkwo-Hale",
            creds="MSN, RN, PMH-BC",
            email="rokonkwohale@example.com",
            phone="(503) 555-0127",
            street=None,
            city="Portland, OR",
            discipline="RN",
            headline="Psychiatric-Mental Health Registered Nurse",
            summary="Psychiatric nurse with 10 years on adult acute inpatient, adolescent and "
            "crisis stabilization units; de-escalation trainer.",
            specialties=["Psych"],
            licenses=[
                Lic(
                    "OR",
                    "RN",
                    "201408812RN",
                    None,
                    "2028-03",
                    "Oregon RN license 201408812RN, expires 03/2028",
                ),
                Lic(
                    "WA",
                    "RN",
                    "RN61029934",
                    None,
                    "2027-09",
                    "Washington RN license RN61029934, expires 09/2027",
                ),
            ],
            certs=[
                Cert(
                    "PMH-BC",
                    "ANCC",
                    "2029-06",
                    "Psychiatric-Mental Health Nursing (PMH-BC), ANCC, exp. 06/2029",
                ),
                Cert("BLS", "AHA", "2027-05", "BLS, AHA, exp. 05/2027"),
                Cert(
                    "CPI",
                    "CPI",
                    "2027-02",
                    "CPI Nonviolent Crisis Intervention Instructor, exp. 02/2027",
                ),
            ],
            education=[
                Edu(
                    "Master of Science in Nursing, Nursing Education",
                    "Oregon Health & Science University",
                    "2021",
                ),
                Edu("Bachelor of Science in Nursing", "University of Portland", "2016"),
            ],
            jobs=[
                Job(
                    "RN II, Adult Acute Psychiatry",
                    "Willamette Bridge Behavioral Hospital",
                    "Portland, OR",
                    "2019-09",
                    "now",
                    ["18-bed locked unit; restraint/seclusion reviews; Epic"],
                ),
                Job(
                    "Staff RN, Adolescent Psychiatry",
                    "Columbia Gorge Youth Center",
                    "Vancouver, WA",
                    "2016-09",
                    "2019-08",
                    ["Milieu therapy, medication groups; Cerner"],
                ),
                Job(
                    "Mental Health Technician",
                    "Columbia Gorge Youth Center",
                    "Vancouver, WA",
                    "2014-06",
                    "2016-08",
                    [],
                    licensed=False,
                ),
            ],
            ehr=[EPIC, CERNER],
            skills=["De-escalation", "ECT recovery", "Epic", "Cerner"],
            notes="Text copied out of a PDF: hard wraps, hyphenation at line ends, page-number lines. "
            "Only 'Portland, OR' printed (OR is the state). Licences say nothing about compact (null). "
            "MHT before licence excluded.",
            stated_years=10,
        ),
        Person(
            key="i19",
            name="Anneliese Varga-Mbeki",
            creds="RN, CNOR",
            email="avarga.or@example.com",
            phone="(615) 555-0155",
            street="3012 Belmont Blvd",
            city="Nashville, TN",
            discipline="RN",
            headline="Perioperative Registered Nurse",
            summary="OR circulator and scrub nurse; ortho, neuro and robotic cases.",
            specialties=["OR"],
            licenses=[
                Lic(
                    "TN",
                    "RN",
                    "RN-244190",
                    True,
                    "2028-01",
                    "TN RN #RN-244190 · Multistate · exp 01/2028",
                )
            ],
            certs=[
                Cert("CNOR", "CCI", "2027-11", "CNOR · CCI · 11/2027"),
                Cert("BLS", "AHA", "2027-07", "BLS · AHA · 07/2027"),
                Cert("ACLS", "AHA", "2027-07", "ACLS · AHA · 07/2027"),
            ],
            education=[
                Edu("Associate of Science in Nursing", "Nashville State Community College", "2017")
            ],
            jobs=[
                Job(
                    "RN Circulator, Main OR",
                    "Harpeth River Medical Center",
                    "Nashville, TN",
                    "2020-03",
                    "now",
                    ["Da Vinci robotic cases, spine and total joints; Epic OpTime"],
                ),
                Job(
                    "Staff RN, Surgical Services",
                    "Cumberland Plateau Hospital",
                    "Cookeville, TN",
                    "2017-08",
                    "2020-02",
                    ["Scrub and circulate, general/GYN/ortho"],
                ),
                Job(
                    "Certified Surgical Technologist",
                    "Cumberland Plateau Hospital",
                    "Cookeville, TN",
                    "2013-01",
                    "2017-07",
                    [],
                    licensed=False,
                ),
            ],
            ehr=[EPIC],
            skills=["Robotic surgery", "Sterile technique", "Epic OpTime"],
            notes="Surgical tech before nursing excluded from years (Aug 2017-Dec 2026 = 113 months). "
            "Photo of the canva page.",
            stated_years=9,
        ),
        Person(
            key="i21",
            name="Maria Teresa Dimaculangan",
            creds="RN, OCN",
            email="mt.dimaculangan@example.net",
            phone="(718) 555-0141",
            street="87-14 Parsons Blvd, Apt 6F",
            city="Jamaica, NY",
            discipline="RN",
            headline="Oncology Registered Nurse — Travel",
            summary="Oncology nurse educated in the Philippines, NCLEX-RN 2019, US practice since "
            "2019 on inpatient oncology and BMT; travel since 2024.",
            specialties=["Oncology"],
            licenses=[
                Lic("NY", "RN", "781220", None, "2028-05", "New York RN #781220, exp 05/2028"),
                Lic(
                    "NJ",
                    "RN",
                    "26NR51873400",
                    None,
                    "2027-05",
                    "New Jersey RN #26NR51873400, exp 05/2027",
                ),
            ],
            certs=[
                Cert("OCN", "ONCC", "2029-03", "OCN — ONCC — exp 03/2029"),
                Cert(
                    "ONS/ONCC Chemotherapy Immunotherapy Certificate",
                    "ONS",
                    "2027-10",
                    "ONS/ONCC Chemotherapy Immunotherapy Certificate — exp 10/2027",
                ),
                Cert("BLS", "AHA", "2027-08", "BLS — AHA — exp 08/2027"),
            ],
            education=[
                Edu(
                    "Bachelor of Science in Nursing",
                    "University of Santo Tomas",
                    "2013",
                    "Manila, Philippines",
                )
            ],
            jobs=[
                Job(
                    "Travel Oncology RN",
                    "Harborview Cancer Pavilion",
                    "Newark, NJ",
                    "2024-05",
                    "now",
                    ["Inpatient hem/onc; chemo and biotherapy"],
                    agency="Atlas Allied & Nursing",
                ),
                Job(
                    "Staff RN, Bone Marrow Transplant",
                    "Queensbridge Medical Center",
                    "Queens, NY",
                    "2019-09",
                    "2024-04",
                    ["Autologous/allogeneic BMT; Epic Beacon"],
                ),
                Job(
                    "Staff Nurse, Medical Oncology Ward",
                    "St. Lazarus Medical Center",
                    "Quezon City, Philippines",
                    "2014-01",
                    "2018-12",
                    ["Licensed Philippine RN; 40-bed oncology ward"],
                ),
            ],
            ehr=[EPIC],
            skills=["Chemotherapy administration", "Central lines", "Epic Beacon"],
            agencies=["Atlas Allied & Nursing"],
            checklist=[
                ("Chemotherapy / biotherapy administration", 4, "Daily"),
                ("Neutropenic precautions", 4, "Daily"),
                ("Blood product transfusion", 4, "Weekly"),
                ("Central line / port access", 4, "Daily"),
                ("Stem cell infusion", 3, "Monthly"),
                ("Epic Beacon", 4, "Daily"),
            ],
            extra=[
                (
                    "NCLEX / Credentials Evaluation",
                    [
                        "NCLEX-RN passed March 2019",
                        "CGFNS VisaScreen certificate 2019",
                        "Philippine Nurse Licensure Examination passed 2013",
                    ],
                )
            ],
            notes="Foreign-educated: licensed RN work in the Philippines (2014-2018) counted as licensed "
            "professional experience (judgement); gap Jan-Aug 2019 excluded. US licences say nothing about "
            "compact (null). The Philippine licensure exam is not listed as a licence (no number printed).",
        ),
        Person(
            key="i23",
            name="Everett Nakashima-Doyle",
            creds="RN, PCCN",
            email="everett.nd@example.com",
            phone="(206) 555-0177",
            street=None,
            city=None,
            discipline="RN",
            headline="Progressive Care / Telemetry RN",
            summary="Progressive care nurse, 5 years; cardiac step-down, drips and post-cath.",
            specialties=["Step-down", "Telemetry"],
            licenses=[
                Lic("WA", "RN", "RN60998127", None, "2027-04", "WA RN RN60998127 exp 4/2027")
            ],
            certs=[
                Cert("PCCN", "AACN", "2028-06", "PCCN (AACN) exp 6/2028"),
                Cert("ACLS", "AHA", "2027-02", "ACLS (AHA) exp 2/2027"),
                Cert("BLS", "AHA", "2027-02", "BLS (AHA) exp 2/2027"),
            ],
            education=[Edu("BSN", "Seattle University", "2021")],
            jobs=[
                Job(
                    "RN, Progressive Care Unit",
                    "Elliott Bay Heart & Vascular Hospital",
                    "Seattle, WA",
                    "2023-02",
                    "now",
                    ["Post-cath, heparin and amiodarone drips; Epic"],
                ),
                Job(
                    "RN, Cardiac Telemetry",
                    "Puget Sound Lutheran Medical Center",
                    "Tacoma, WA",
                    "2021-09",
                    "2023-01",
                    ["5-patient assignments"],
                ),
            ],
            ehr=[EPIC],
            skills=["Telemetry interpretation", "Cardiac drips", "Epic"],
            notes="Screenshot of the document open in a browser word processor; no home address "
            "(location null). Years Sep 2021-Dec 2026 = 64 months.",
            stated_years=5,
        ),
        Person(
            key="i25",
            name="Oluwaseun Bridgewater",
            creds="BSN, RN, CPAN",
            email="seun.bridgewater@example.org",
            phone="(404) 555-0168",
            street="512 Glenwood Ave SE",
            city="Atlanta, GA",
            discipline="RN",
            headline="PACU Registered Nurse",
            summary="Post-anesthesia nurse, phase I and II; pediatric and adult.",
            specialties=["PACU", "ICU"],
            licenses=[
                Lic(
                    "GA",
                    "RN",
                    "RN275519",
                    True,
                    "2027-01",
                    "Georgia RN RN275519, Compact, expires 01/31/2027",
                )
            ],
            certs=[
                Cert("CPAN", "ABPANC", "2028-10", "CPAN, ABPANC, exp 10/2028"),
                Cert("ACLS", "AHA", "2027-03", "ACLS, AHA, exp 03/2027"),
                Cert("PALS", "AHA", "2027-03", "PALS, AHA, exp 03/2027"),
                Cert("BLS", "AHA", "2027-03", "BLS, AHA, exp 03/2027"),
            ],
            education=[Edu("Bachelor of Science in Nursing", "Georgia State University", "2015")],
            jobs=[
                Job(
                    "PACU RN",
                    "Peachtree Summit Surgical Hospital",
                    "Atlanta, GA",
                    "2020-01",
                    "now",
                    ["Phase I/II, 22-bay PACU; Cerner"],
                ),
                Job(
                    "Staff RN, Surgical ICU",
                    "Chattahoochee Regional Medical Center",
                    "Marietta, GA",
                    "2015-07",
                    "2019-10",
                    ["Post-op vascular and trauma; Cerner"],
                ),
            ],
            ehr=[CERNER],
            skills=["Airway management", "Malignant hyperthermia", "Cerner"],
            notes="Gap Nov-Dec 2019 excluded. Years Jul 2015-Oct 2019 + Jan 2020-Dec 2026 = 136 months.",
            stated_years=11,
        ),
        Person(
            key="i29",
            name="Gwendolyn Abernathy-Lusk",
            creds="RN, CNN",
            email="gwen.lusk@example.com",
            phone="(205) 555-0139",
            street="1718 Crestline Rd",
            city="Vestavia Hills, AL",
            discipline="RN",
            headline="Registered Nurse — Home Health and Dialysis",
            summary="Registered nurse with dialysis unit and home health case management experience.",
            specialties=["Home Health", "Dialysis", "Med-Surg"],
            licenses=[
                Lic(
                    "AL",
                    "RN",
                    "1-187734",
                    True,
                    "2028-12",
                    "Alabama Registered Nurse (Multistate) No. 1-187734, exp. 12/31/2028",
                )
            ],
            certs=[
                Cert(
                    "CNN", "NNCC", "2027-06", "Certified Nephrology Nurse (CNN), NNCC, exp. 06/2027"
                ),
                Cert("BLS", "ARC", "2027-11", "BLS, American Red Cross, exp. 11/2027"),
            ],
            education=[
                Edu(
                    "Associate in Applied Science, Nursing",
                    "Jefferson State Community College",
                    "2011",
                )
            ],
            jobs=[
                Job(
                    "Home Health RN Case Manager",
                    "Shades Valley Home Care",
                    "Birmingham, AL",
                    "2020-06",
                    "now",
                    ["OASIS, wound care; Homecare Homebase"],
                ),
                Job(
                    "Dialysis Charge RN",
                    "Cahaba Kidney Center",
                    "Hoover, AL",
                    "2014-03",
                    "2020-05",
                    ["In-center hemodialysis, 30 stations"],
                ),
                Job(
                    "Staff RN, Medical-Surgical",
                    "Red Mountain General Hospital",
                    "Birmingham, AL",
                    "2011-08",
                    "2014-02",
                    ["Meditech"],
                ),
            ],
            ehr=["Homecare Homebase", "Meditech"],
            skills=["OASIS", "Hemodialysis", "Homecare Homebase", "Meditech"],
            references=[
                (
                    "Lorraine Pettway, RN",
                    "Director of Nursing, Shades Valley Home Care",
                    "(205) 555-0140",
                    "lpettway@example.org",
                ),
                (
                    "Dr. Samuel Ocampo",
                    "Medical Director, Cahaba Kidney Center",
                    "(205) 555-0142",
                    "socampo@example.net",
                ),
            ],
            notes="Two-page scan with a references section (the references' names and phones are not the candidate's). "
            "Med-surg job 2011-2014 counted as a specialty (paid work the page names).",
        ),
    ]
