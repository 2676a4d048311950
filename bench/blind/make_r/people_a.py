"""Set r people r01-r15: page blocks written by hand, truth beside them."""

from model import cert, edu, lic

P = []

# r01 RN CVICU traveller, LuaLaTeX sidebar
P.append(
    {
        "file": "r01.pdf",
        "key": "nkosi-lualatex-sidebar",
        "format": "pdf",
        "layout": "lualatex-fontspec-paracol-sidebar",
        "blocks": [
            ("name", "Thandiwe Nkosi-Barrett"),
            ("sub", "BSN, RN, CCRN — Cardiovascular ICU Travel Nurse"),
            ("h", "Profile"),
            (
                "p",
                "Critical care nurse with open-heart, Impella and CRRT experience, taking 13-week travel contracts since 2022.",
            ),
            ("h", "Travel Contracts"),
            (
                "job",
                "Travel RN — CVICU",
                "Saguaro Ridge Heart Hospital, Tucson, AZ (via Meridian Travel Partners)",
                "Jun 2026 – Present",
            ),
            (
                "b",
                "24-bed CVICU: fresh CABG and valve patients, open-chest recovery, IABP and Impella.",
            ),
            (
                "job",
                "Travel RN — Cardiothoracic ICU",
                "Lakeshore Pines Medical Center, Duluth, MN (via Meridian Travel Partners)",
                "Oct 2025 – Mar 2026",
            ),
            (
                "b",
                "Floated twice to the PACU to recover cases when the ICU was full (not a home unit).",
            ),
            (
                "job",
                "Travel RN — CVICU",
                "Brazos Bend Regional Hospital, Waco, TX (via Lonestar Clinical Staffing)",
                "Jan 2025 – Aug 2025",
            ),
            (
                "job",
                "Travel RN — CVICU",
                "Chesapeake Harbor Medical Center, Norfolk, VA (via Lonestar Clinical Staffing)",
                "Apr 2022 – Nov 2024",
            ),
            (
                "b",
                "Three back-to-back extensions; precepted new travelers on the Cerner charting workflow.",
            ),
            ("h", "Staff Positions"),
            (
                "job",
                "Staff RN — Cardiovascular ICU",
                "Piedmont Crossing Hospital, Greensboro, NC",
                "Aug 2017 – Mar 2022",
            ),
            (
                "job",
                "Staff RN — Telemetry",
                "Piedmont Crossing Hospital, Greensboro, NC",
                "Jul 2015 – Jul 2017",
            ),
            ("h", "Education"),
            (
                "p",
                "Bachelor of Science in Nursing — University of North Carolina at Greensboro, 2015",
            ),
        ],
        "side": [
            ("h", "Contact"),
            ("contact", "Greensboro, NC 27408"),
            ("contact", "(336) 555-0112"),
            ("contact", "thandiwe.nb@example.com"),
            ("h", "Licensure"),
            ("p", "North Carolina RN, multistate (NLC)"),
            ("p", "No. 281934, exp. 03/2028"),
            ("p", "Minnesota RN (single-state) No. R 7730419, exp. 09/2027"),
            ("h", "Certifications"),
            ("p", "CCRN (AACN) — exp. 02/2028"),
            ("p", "ACLS, AHA — exp. 06/2027"),
            ("p", "BLS, AHA — exp. 06/2027"),
            ("p", "NIHSS"),
            ("h", "Charting"),
            ("p", "Epic, Cerner, MEDITECH Expanse"),
        ],
        "spans": [
            ("2015-07", "2022-03"),
            ("2022-04", "2024-11"),
            ("2025-01", "2025-08"),
            ("2025-10", "2026-03"),
            ("2026-06", "now"),
        ],
        "truth": {
            "name": "Thandiwe Nkosi-Barrett",
            "email": "thandiwe.nb@example.com",
            "phone": "(336) 555-0112",
            "location": "Greensboro, NC",
            "discipline": "RN",
            "specialties": ["ICU", "Telemetry"],
            "licenses": [
                lic("NC", "RN", "281934", True, "2028-03"),
                lic("MN", "RN", "R 7730419", False, "2027-09"),
            ],
            "certifications": [
                cert("CCRN", "AACN", "2028-02"),
                cert("ACLS", "AHA", "2027-06"),
                cert("BLS", "AHA", "2027-06"),
                cert("NIHSS"),
            ],
            "education": [
                edu("Bachelor of Science in Nursing", "University of North Carolina at Greensboro")
            ],
            "employers": [
                "Saguaro Ridge Heart Hospital",
                "Lakeshore Pines Medical Center",
                "Brazos Bend Regional Hospital",
                "Chesapeake Harbor Medical Center",
                "Piedmont Crossing Hospital",
            ],
            "ehr_systems": ["Epic", "Cerner", "MEDITECH Expanse"],
            "agencies": ["Meridian Travel Partners", "Lonestar Clinical Staffing"],
            "notes": "CVICU/Cardiothoracic ICU -> ICU; PACU float 'not a home unit' excluded; gaps Sep 2025 and Apr-May 2026 and Dec 2024 excluded; agencies are not employers.",
        },
    }
)

# r02 PT outpatient ortho, LuaLaTeX two-column, name on two lines
P.append(
    {
        "file": "r02.pdf",
        "key": "villasenor-lualatex-twoline",
        "format": "pdf",
        "layout": "lualatex-name-two-lines-paracol",
        "blocks": [
            ("name", "JOAQUÍN"),
            ("name", "VILLASEÑOR"),
            ("sub", "PT, DPT, OCS"),
            (
                "contact",
                "4417 Larkspur Lane, Boise, ID 83704  ·  208-555-0133  ·  jvillasenor.dpt@example.net",
            ),
            ("h", "Experience"),
            (
                "job",
                "Physical Therapist — Outpatient Orthopedics",
                "Treasure Valley Motion Clinic, Boise, ID",
                "March 2021 – Present",
            ),
            (
                "b",
                "Caseload of 13–15 visits per day: post-op ACL, rotator cuff, total joints, spine.",
            ),
            ("b", "Dry needling and blood-flow restriction programs; documentation in WebPT."),
            (
                "job",
                "Physical Therapist — Acute Care",
                "Snake River General Hospital, Twin Falls, ID",
                "June 2018 – February 2021",
            ),
            ("b", "Med-surg, ortho and ICU mobility consults; discharge recommendations in Epic."),
            (
                "job",
                "Rehabilitation Aide (before licensure)",
                "Gem State Sports Rehab, Meridian, ID",
                "2013 – 2015",
            ),
            ("h", "Licensure"),
            ("p", "Idaho Physical Therapist License PT-9021877 · expires 06/30/2027"),
            ("p", "Oregon Physical Therapist License 4471203PT · expires 03/31/2028"),
            ("h", "Certifications"),
            ("p", "Orthopaedic Clinical Specialist (OCS), ABPTS, 2023"),
            ("p", "Certified Dry Needling Practitioner (CDNP), 2020"),
            ("p", "CPR/BLS — American Red Cross, exp. 11/2027"),
            ("h", "Education"),
            ("p", "Doctor of Physical Therapy — Idaho State University, 2018"),
            ("p", "B.S. Exercise Science — Boise State University, 2015"),
        ],
        "spans": [("2018-06", "now")],
        "truth": {
            "name": "Joaquín Villaseñor",
            "email": "jvillasenor.dpt@example.net",
            "phone": "208-555-0133",
            "location": "Boise, ID",
            "discipline": "PT",
            "specialties": ["Outpatient", "Orthopedics", "Acute Care"],
            "licenses": [
                lic("ID", "PT", "PT-9021877", None, "2027-06"),
                lic("OR", "PT", "4471203PT", None, "2028-03"),
            ],
            "certifications": [
                cert("OCS", "ABPTS"),
                cert("CDNP"),
                cert("BLS", "American Red Cross", "2027-11"),
            ],
            "education": [
                edu("Doctor of Physical Therapy", "Idaho State University"),
                edu("B.S. Exercise Science", "Boise State University"),
            ],
            "employers": ["Treasure Valley Motion Clinic", "Snake River General Hospital"],
            "ehr_systems": ["WebPT", "Epic"],
            "notes": "Name printed on two lines in caps; rehab aide pre-licence excluded; acute-care consults on med-surg/ICU are not specialties; 'Outpatient Orthopedics' -> Outpatient + Orthopedics.",
        },
    }
)

# r03 RN L&D after Mother/Baby, Impress one-slide card
P.append(
    {
        "file": "r03.pdf",
        "key": "nibhriain-impress-card",
        "format": "pdf",
        "layout": "impress-odp-one-slide-card",
        "blocks": [
            ("name", "Siobhán Ní Bhriain, RN, RNC-OB"),
            ("contact", "Savannah, GA 31405 | 912.555.0158 | siobhan.nibhriain@example.org"),
            ("h", "Experience"),
            (
                "job",
                "Labor & Delivery RN",
                "Coastal Empire Women's Hospital, Savannah, GA",
                "09/2020 – present",
            ),
            (
                "b",
                "Triage, inductions, epidurals, circulating C-sections in the L&D OR; Epic Stork.",
            ),
            (
                "job",
                "Mother/Baby RN",
                "Coastal Empire Women's Hospital, Savannah, GA",
                "05/2017 – 08/2020",
            ),
            ("job", "PRN L&D RN", "Lowcountry Birth Center, Beaufort, SC", "02/2022 – 12/2024"),
            ("h", "Licenses"),
            ("p", "Georgia RN — multistate — RN294471 — exp. 01/2028"),
            ("h", "Certifications"),
            (
                "p",
                "RNC-OB (NCC) certified 2019, valid to 12/2028 · NRP (AAP) exp. 04/2027 · AWHONN Fetal Heart Monitoring, Intermediate · BLS (AHA) exp. 04/2027",
            ),
            ("h", "Education"),
            ("p", "BSN, Georgia Southern University — Armstrong Campus, 2017"),
        ],
        "spans": [("2017-05", "now")],
        "truth": {
            "name": "Siobhán Ní Bhriain",
            "email": "siobhan.nibhriain@example.org",
            "phone": "912.555.0158",
            "location": "Savannah, GA",
            "discipline": "RN",
            "specialties": ["L&D", "Postpartum"],
            "licenses": [lic("GA", "RN", "RN294471", True, "2028-01")],
            "certifications": [
                cert("RNC-OB", "NCC", "2028-12"),
                cert("NRP", "AAP", "2027-04"),
                cert("AWHONN Fetal Heart Monitoring"),
                cert("BLS", "AHA", "2027-04"),
            ],
            "education": [edu("BSN", "Georgia Southern University — Armstrong Campus")],
            "employers": ["Coastal Empire Women's Hospital", "Lowcountry Birth Center"],
            "ehr_systems": ["Epic Stork"],
            "notes": "RNC-OB 'valid to 12/2028'. PRN overlaps counted once. Mother/Baby -> Postpartum. L&D OR is part of L&D, not OR.",
        },
    }
)

# r04 Pharmacist inpatient, PDFKit (node), CURRICULUM VITAE title
P.append(
    {
        "file": "r04.pdf",
        "key": "tsai-okafor-pdfkit",
        "format": "pdf",
        "layout": "pdfkit-node-cv-title",
        "blocks": [
            ("title", "CURRICULUM VITAE"),
            ("name", "Mei-Ling Tsai-Okafor, PharmD, BCPS"),
            ("contact", "1290 Alder Court, Apt 3B, Madison, WI 53711"),
            ("contact", "Mobile (608) 555-0171 — meiling.tsaiokafor@example.com"),
            ("h", "Professional Experience"),
            (
                "job",
                "Clinical Pharmacist, Internal Medicine & Critical Care",
                "Four Lakes University Hospital, Madison, WI",
                "July 2019 – current",
            ),
            (
                "b",
                "Rounds with the medical ICU and hospitalist teams; vancomycin AUC dosing, anticoagulation, TPN.",
            ),
            ("b", "Verifies orders in Epic Willow; oversees Omnicell cabinets for two floors."),
            (
                "job",
                "PGY1 Pharmacy Resident",
                "Four Lakes University Hospital, Madison, WI",
                "July 2018 – June 2019",
            ),
            ("job", "Pharmacy Intern", "Badger Corner Pharmacy, Middleton, WI", "2015 – 2018"),
            ("h", "Licensure"),
            ("p", "Wisconsin Pharmacist, License No. 24188-40, expires 05/31/2028"),
            ("p", "Illinois Registered Pharmacist, 051.0339184, expires 03/31/2028"),
            ("h", "Board Certification"),
            (
                "p",
                "Board Certified Pharmacotherapy Specialist (BCPS), Board of Pharmacy Specialties, through 12/2029",
            ),
            ("p", "ACLS Provider, American Heart Association, valid until 10/2027"),
            ("h", "Education"),
            ("p", "Doctor of Pharmacy, University of Wisconsin–Madison, 2018"),
            ("h", "Presentations"),
            (
                "p",
                '"Extended-infusion beta-lactams in septic shock", Wisconsin Society of Health-System Pharmacists, 2023',
            ),
        ],
        "spans": [("2018-07", "now")],
        "truth": {
            "name": "Mei-Ling Tsai-Okafor",
            "email": "meiling.tsaiokafor@example.com",
            "phone": "(608) 555-0171",
            "location": "Madison, WI",
            "discipline": "Pharmacist",
            "specialties": ["Inpatient", "ICU"],
            "licenses": [
                lic("WI", "Pharmacist", "24188-40", None, "2028-05"),
                lic("IL", "Pharmacist", "051.0339184", None, "2028-03"),
            ],
            "certifications": [
                cert("BCPS", "Board of Pharmacy Specialties", "2029-12"),
                cert("ACLS", "American Heart Association", "2027-10"),
            ],
            "education": [edu("Doctor of Pharmacy", "University of Wisconsin–Madison")],
            "employers": ["Four Lakes University Hospital"],
            "ehr_systems": ["Epic Willow"],
            "notes": "PGY1 counted (licensed resident), intern years excluded; critical-care clinical pharmacist -> Inpatient + ICU; Omnicell is not an EHR; 'Internal Medicine' not a scored specialty.",
        },
    }
)

# r05 RN ER/Trauma 25+ years with Army Nurse Corps; LuaLaTeX, pikepdf owner-password encrypted
P.append(
    {
        "file": "r05.pdf",
        "key": "ashworth-bey-encrypted",
        "format": "pdf",
        "layout": "lualatex-article-pikepdf-owner-password",
        "blocks": [
            ("name", "Reginald D. Ashworth-Bey, MSN, RN, CEN, TCRN"),
            (
                "contact",
                "88 Cannonball Road, Fayetteville, NC 28303 — 910-555-0104 — rdashworthbey@example.net",
            ),
            ("h", "Summary"),
            (
                "p",
                "Emergency and trauma nurse since 1998, first as an Army Nurse Corps officer, then in a Level I trauma center. Charge nurse, TNCC instructor.",
            ),
            ("h", "Employment History"),
            (
                "job",
                "Emergency Department Charge Nurse",
                "Cape Fear Valley Trauma Center (Level I), Fayetteville, NC",
                "Jan 2007 to date",
            ),
            (
                "b",
                "68-bed ED and trauma bays; resuscitation, mass-casualty drills, stroke and STEMI alerts.",
            ),
            (
                "b",
                "Occasionally staffs the Neuro ICU overflow when holding boarders (not an assignment).",
            ),
            (
                "job",
                "Per Diem RN — Emergency",
                "Sandhills Community Hospital, Pinehurst, NC",
                "2012 – 2019",
            ),
            (
                "job",
                "Staff Nurse / Officer, Army Nurse Corps (66H → 66T)",
                "Womack Army Medical Center, Fort Liberty, NC; 86th Combat Support Hospital, Iraq",
                "Jun 1998 – Aug 2006",
            ),
            (
                "b",
                "Emergency and trauma nursing at home station and on one deployment (2004–2005).",
            ),
            ("p", "Career break Sept 2006 – Dec 2006 (transition from active duty)."),
            ("h", "Licenses"),
            (
                "p",
                "North Carolina Registered Nurse, multistate license no. 0177345, expires 10/31/2027",
            ),
            ("h", "Certifications"),
            (
                "p",
                "CEN (BCEN) exp 2028-07; TCRN (BCEN) exp 2027-05; TNCC instructor (ENA) exp 2027-09; ACLS and PALS (AHA) exp 2027-01; BLS (AHA) exp 2027-01",
            ),
            ("h", "Education"),
            ("p", "Master of Science in Nursing, Duke University, 2014"),
            (
                "p",
                "Bachelor of Science in Nursing, North Carolina Agricultural and Technical State University, 1998",
            ),
            ("h", "Systems"),
            ("p", "Epic ASAP, Cerner FirstNet (military), AHLTA"),
        ],
        "spans": [("1998-06", "2006-08"), ("2007-01", "now")],
        "truth": {
            "name": "Reginald D. Ashworth-Bey",
            "email": "rdashworthbey@example.net",
            "phone": "910-555-0104",
            "location": "Fayetteville, NC",
            "discipline": "RN",
            "specialties": ["ER", "Trauma"],
            "licenses": [lic("NC", "RN", "0177345", True, "2027-10")],
            "certifications": [
                cert("CEN", "BCEN", "2028-07"),
                cert("TCRN", "BCEN", "2027-05"),
                cert("TNCC", "ENA", "2027-09"),
                cert("ACLS", "AHA", "2027-01"),
                cert("PALS", "AHA", "2027-01"),
                cert("BLS", "AHA", "2027-01"),
            ],
            "education": [
                edu("Master of Science in Nursing", "Duke University"),
                edu(
                    "Bachelor of Science in Nursing",
                    "North Carolina Agricultural and Technical State University",
                ),
            ],
            "employers": [
                "Cape Fear Valley Trauma Center",
                "Sandhills Community Hospital",
                "Womack Army Medical Center",
                "86th Combat Support Hospital",
            ],
            "ehr_systems": ["Epic ASAP", "Cerner FirstNet", "AHLTA"],
            "notes": "Military nursing counted; 4-month career break excluded; per diem overlap counted once; Neuro ICU overflow 'not an assignment' excluded; 'Trauma' kept (score.py folds it to ER). PDF is encrypted with an owner password and an EMPTY user password.",
        },
    }
)

# r06 RT, PDFKit, qpdf-linearised, 'Name:' labelled form
P.append(
    {
        "file": "r06.pdf",
        "key": "keawe-mahoe-pdfkit-linearised",
        "format": "pdf",
        "layout": "pdfkit-labelled-form-qpdf-linearized",
        "blocks": [
            ("title", "Respiratory Therapist — Application Resume"),
            ("row", ["Name:", "Kalani Keawe-Mahoe"]),
            ("row", ["Credentials:", "RRT, RRT-ACCS"]),
            ("row", ["Address:", "95-1040 Kuahelani Ave, Mililani, HI 96789"]),
            ("row", ["Phone:", "808-555-0126"]),
            ("row", ["Email:", "kalani.km@example.org"]),
            ("h", "Work Experience"),
            (
                "job",
                "Respiratory Therapist II — Adult ICU",
                "Ko'olau Medical Center, Honolulu, HI",
                "Aug 2016 – Present",
            ),
            (
                "b",
                "Ventilator management, ECMO circuit support, bronchoscopy assist, ABGs; charting in Cerner.",
            ),
            (
                "job",
                "Respiratory Therapist (per diem) — NICU",
                "Kapiolani Women's and Children's Pavilion, Honolulu, HI",
                "Mar 2020 – Oct 2023",
            ),
            (
                "job",
                "Respiratory Therapist — Emergency Department & Floors",
                "Windward Community Hospital, Kaneohe, HI",
                "Jan 2014 – Jul 2016",
            ),
            ("h", "License"),
            ("row", ["State", "Type", "Number", "Expires"]),
            ("row", ["HI", "Respiratory Therapist", "RT-00418", "06/2028"]),
            ("h", "Credentials"),
            ("p", "Registered Respiratory Therapist (RRT) — NBRC"),
            ("p", "Adult Critical Care Specialist (RRT-ACCS) — NBRC"),
            ("p", "Neonatal Resuscitation Program (NRP) — exp. 02/2027"),
            ("p", "ACLS — exp. 09/2027"),
            ("h", "Education"),
            ("p", "Associate of Science in Respiratory Care — Kapiolani Community College"),
        ],
        "spans": [("2014-01", "now")],
        "truth": {
            "name": "Kalani Keawe-Mahoe",
            "email": "kalani.km@example.org",
            "phone": "808-555-0126",
            "location": "Mililani, HI",
            "discipline": "RT",
            "specialties": ["ICU", "NICU", "ER"],
            "licenses": [lic("HI", "Respiratory Therapist", "RT-00418", None, "2028-06")],
            "certifications": [
                cert("RRT", "NBRC"),
                cert("RRT-ACCS", "NBRC"),
                cert("NRP", None, "2027-02"),
                cert("ACLS", None, "2027-09"),
            ],
            "education": [
                edu("Associate of Science in Respiratory Care", "Kapiolani Community College")
            ],
            "employers": [
                "Ko'olau Medical Center",
                "Kapiolani Women's and Children's Pavilion",
                "Windward Community Hospital",
            ],
            "ehr_systems": ["Cerner"],
            "notes": "Labelled 'Name:' form; per diem NICU overlapped, counted once; 'Emergency Department & Floors' -> ER (floors not a specialty).",
        },
    }
)

# r07 new grad RN, name only in page header (LuaLaTeX fancyhdr)
P.append(
    {
        "file": "r07.pdf",
        "key": "raghunathan-cole-header-newgrad",
        "format": "pdf",
        "layout": "lualatex-name-in-page-header-newgrad",
        "header": "Priya Raghunathan-Cole  |  New Graduate RN  |  (512) 555-0139  |  priya.rc@example.com",
        "blocks": [
            ("h", "Objective"),
            (
                "p",
                "Newly licensed registered nurse seeking a residency position in medical-surgical or step-down nursing.",
            ),
            ("h", "Licensure & Certifications"),
            (
                "p",
                "Registered Nurse, Texas Board of Nursing — Multistate/Compact — License #1144820 — issued 08/2026, expires 07/31/2028",
            ),
            ("p", "BLS Provider (American Heart Association), exp. 05/2028"),
            ("p", "ACLS Provider (American Heart Association), exp. 06/2028"),
            ("h", "Education"),
            (
                "p",
                "Bachelor of Science in Nursing, The University of Texas at Austin, May 2026 — GPA 3.8, Sigma Theta Tau",
            ),
            ("h", "Clinical Rotations"),
            (
                "row",
                [
                    "Capstone (144 h)",
                    "Cardiac Step-Down, Hill Country Presbyterian Hospital",
                    "Spring 2026",
                ],
            ),
            ("row", ["Critical Care", "Medical ICU, Colorado River Medical Center", "Fall 2025"]),
            ("row", ["Pediatrics", "Bluebonnet Children's Hospital", "Spring 2025"]),
            ("row", ["Mental Health", "Pecan Grove Behavioral Health", "Fall 2024"]),
            ("h", "Work Experience"),
            (
                "job",
                "Student Nurse Extern",
                "Hill Country Presbyterian Hospital, Austin, TX",
                "May 2025 – Aug 2025",
            ),
            (
                "job",
                "Patient Care Technician",
                "Hill Country Presbyterian Hospital, Austin, TX",
                "Sept 2023 – May 2026",
            ),
            ("h", "Skills"),
            (
                "p",
                "Epic (student access), IV insertion, telemetry interpretation, Spanish (conversational)",
            ),
        ],
        "spans": None,
        "truth": {
            "name": "Priya Raghunathan-Cole",
            "email": "priya.rc@example.com",
            "phone": "(512) 555-0139",
            "location": None,
            "discipline": "RN",
            "specialties": [],
            "licenses": [lic("TX", "RN", "1144820", True, "2028-07")],
            "certifications": [
                cert("BLS", "American Heart Association", "2028-05"),
                cert("ACLS", "American Heart Association", "2028-06"),
            ],
            "education": [
                edu("Bachelor of Science in Nursing", "The University of Texas at Austin")
            ],
            "employers": ["Hill Country Presbyterian Hospital"],
            "ehr_systems": ["Epic"],
            "clinical_sites": [
                "Hill Country Presbyterian Hospital",
                "Colorado River Medical Center",
                "Bluebonnet Children's Hospital",
                "Pecan Grove Behavioral Health",
            ],
            "notes": "New grad: years null, specialties []. Name, phone and email ONLY in the running page header. No home address -> location null. Extern and PCT are pre-licence jobs; the employer is still listed (as q's new grad).",
        },
    }
)

# r08 SLP school-based; page 1 LuaLaTeX + page 2 PDFKit merged with pikepdf
P.append(
    {
        "file": "r08.pdf",
        "key": "vanrensburg-merged",
        "format": "pdf",
        "layout": "merged-lualatex-p1-pdfkit-p2-pikepdf",
        "blocks": [
            ("name", "Anneliese van Rensburg, M.S., CCC-SLP"),
            ("contact", "Sacramento, California 95818 · 916-555-0162 · anneliese.vr@example.com"),
            ("h", "Professional Experience"),
            (
                "job",
                "Speech-Language Pathologist — School-based (K–8)",
                "Elk Grove Unified School District, Elk Grove, CA (contract via BrightPath School Staffing)",
                "Aug 2022 – Present",
            ),
            ("b", "Caseload of 55 students: articulation, language, AAC, autism; IEPs in SEIS."),
            (
                "job",
                "Speech-Language Pathologist — Outpatient Pediatrics",
                "Little Oaks Pediatric Therapy, Davis, CA",
                "Sept 2018 – June 2022",
            ),
            ("b", "Feeding therapy and early intervention; documentation in TheraNest."),
            (
                "job",
                "Clinical Fellow (CF-SLP)",
                "Little Oaks Pediatric Therapy, Davis, CA",
                "Sept 2017 – Aug 2018",
            ),
            ("pagebreak", ""),
            ("h", "Licensure"),
            ("p", "California Speech-Language Pathologist license SP 31882, expires 01/2028"),
            ("p", "California Speech-Language Pathology Services Credential (CTC), clear"),
            ("h", "Certification"),
            (
                "p",
                "Certificate of Clinical Competence (CCC-SLP), ASHA — account 14482019, renewal 12/2027",
            ),
            ("p", "PROMPT Level 1 trained"),
            ("h", "Education"),
            (
                "p",
                "M.S. Communication Sciences and Disorders, California State University, Sacramento, 2017",
            ),
            ("p", "B.A. Linguistics, University of California, Davis, 2014"),
        ],
        "spans": [("2017-09", "now")],
        "truth": {
            "name": "Anneliese van Rensburg",
            "email": "anneliese.vr@example.com",
            "phone": "916-555-0162",
            "location": "Sacramento, CA",
            "discipline": "SLP",
            "specialties": ["Schools", "Outpatient", "Pediatrics"],
            "licenses": [lic("CA", "Speech-Language Pathologist", "SP 31882", None, "2028-01")],
            "certifications": [cert("CCC-SLP", "ASHA", "2027-12"), cert("PROMPT Level 1")],
            "education": [
                edu(
                    "M.S. Communication Sciences and Disorders",
                    "California State University, Sacramento",
                ),
                edu("B.A. Linguistics", "University of California, Davis"),
            ],
            "employers": ["Elk Grove Unified School District", "Little Oaks Pediatric Therapy"],
            "ehr_systems": ["SEIS", "TheraNest"],
            "agencies": ["BrightPath School Staffing"],
            "notes": "Clinical fellowship counted (SLPs practise under a temporary licence); the CTC credential is not a licence (judgement); two generators merged into one PDF.",
        },
    }
)

# r09 cath lab tech (other-allied), ALL CAPS name, LuaLaTeX
P.append(
    {
        "file": "r09.pdf",
        "key": "volkov-hastings-lualatex-caps",
        "format": "pdf",
        "layout": "lualatex-caps-name-rules",
        "blocks": [
            ("name", "DMITRI A. VOLKOV-HASTINGS, RCIS"),
            (
                "contact",
                "2716 Beaumont Street, Louisville, KY 40205 — 502 555 0187 — dvolkovhastings@example.org",
            ),
            ("h", "Experience"),
            (
                "job",
                "Cardiovascular Invasive Specialist — Cath Lab",
                "Falls City Heart & Vascular Institute, Louisville, KY",
                "2019 – Present",
            ),
            (
                "b",
                "Scrub, circulate and monitor for PCI, TAVR, Impella and EP ablations; hemodynamics on Mac-Lab.",
            ),
            ("b", "Scrubs Interventional Radiology cases one week a month (IR rotation, paid)."),
            (
                "job",
                "Radiologic Technologist — X-ray",
                "Bluegrass Baptist Hospital, Lexington, KY",
                "2014 – 2019",
            ),
            ("h", "License / Registry"),
            ("p", "Kentucky Radiographer License No. KR-63018, expires 12/2027"),
            ("p", "ARRT (R) registry, No. 883021, and RCIS (CCI) — exp 06/2028"),
            ("p", "BLS and ACLS — American Heart Association — exp 03/2028"),
            ("h", "Education"),
            (
                "p",
                "Associate in Applied Science, Radiography — Bluegrass Community and Technical College",
            ),
            ("h", "Systems"),
            ("p", "GE Mac-Lab, Epic Cupid, Merge Hemo"),
        ],
        "spans": [("2014-01", "now")],
        "truth": {
            "name": "Dmitri A. Volkov-Hastings",
            "email": "dvolkovhastings@example.org",
            "phone": "502 555 0187",
            "location": "Louisville, KY",
            "discipline": "other-allied",
            "specialties": ["Cath Lab", "X-ray", "Interventional Radiology"],
            "licenses": [lic("KY", "Radiologic Technologist", "KR-63018", None, "2027-12")],
            "certifications": [
                cert("ARRT (R)", "ARRT"),
                cert("RCIS", "CCI", "2028-06"),
                cert("BLS", "American Heart Association", "2028-03"),
                cert("ACLS", "American Heart Association", "2028-03"),
            ],
            "education": [
                edu(
                    "Associate in Applied Science, Radiography",
                    "Bluegrass Community and Technical College",
                )
            ],
            "employers": ["Falls City Heart & Vascular Institute", "Bluegrass Baptist Hospital"],
            "ehr_systems": ["Epic Cupid"],
            "notes": "Bare years 2014/2019 read as January; IR weekend call is paid work -> kept as a specialty (judgement); GE Mac-Lab and Merge Hemo are hemodynamic systems, not EHRs (judgement); ARRT registry number is not a licence.",
        },
    }
)

# r10 RN Neuro ICU, docx.js, name only in DOCX HEADER
P.append(
    {
        "file": "r10.docx",
        "key": "tanabe-morales-docx-header",
        "format": "docx",
        "layout": "docxjs-name-in-header-hyperlinks",
        "header": "HIROSHI TANABE-MORALES, BSN, RN, SCRN",
        "footer": "Phoenix, AZ 85016 · 602-555-0145 · hiroshi.tm@example.com · linkedin.com/in/hiroshi-tm-rn",
        "blocks": [
            ("h", "Clinical Experience"),
            (
                "job",
                "Staff Nurse, Neuro ICU",
                "Camelback Neuroscience Hospital, Phoenix, AZ",
                "04/2019 – Present",
            ),
            (
                "b",
                "EVDs, bolts, hypertonic therapy, post-thrombectomy and post-craniotomy care; Epic.",
            ),
            ("b", "Stroke alert responder to the ED (alert team, not an ED assignment)."),
            (
                "job",
                "Staff Nurse, Neuro Step-Down (IMC)",
                "Camelback Neuroscience Hospital, Phoenix, AZ",
                "06/2016 – 03/2019",
            ),
            (
                "job",
                "Certified Nursing Assistant",
                "Sonoran Sunset Care Center, Mesa, AZ",
                "2013 – 2016",
            ),
            ("h", "Licenses"),
            ("p", "Arizona RN — Compact (multistate) — License RN212847 — exp. 11/2027"),
            ("h", "Certifications"),
            ("p", "SCRN — American Board of Neuroscience Nursing — exp. 09/2029"),
            ("p", "CCRN — AACN — exp. 05/2027"),
            ("p", "NIH Stroke Scale (NIHSS); ACLS (AHA) exp. 02/2028; BLS (AHA) exp. 02/2028"),
            ("h", "Education"),
            ("p", "BSN — Arizona State University, 2016"),
        ],
        "spans": [("2016-06", "now")],
        "truth": {
            "name": "Hiroshi Tanabe-Morales",
            "email": "hiroshi.tm@example.com",
            "phone": "602-555-0145",
            "location": "Phoenix, AZ",
            "discipline": "RN",
            "specialties": ["Neuro ICU", "Step-down"],
            "licenses": [lic("AZ", "RN", "RN212847", True, "2027-11")],
            "certifications": [
                cert("SCRN", "American Board of Neuroscience Nursing", "2029-09"),
                cert("CCRN", "AACN", "2027-05"),
                cert("NIHSS"),
                cert("ACLS", "AHA", "2028-02"),
                cert("BLS", "AHA", "2028-02"),
            ],
            "education": [edu("BSN", "Arizona State University")],
            "employers": ["Camelback Neuroscience Hospital", "Sonoran Sunset Care Center"],
            "ehr_systems": ["Epic"],
            "notes": "Name ONLY in the DOCX header, contact ONLY in the footer (email and LinkedIn as hyperlinks); CNA pre-licence excluded from years, its employer kept; ED stroke alerts not a specialty; 'NIH Stroke Scale' named NIHSS (judgement).",
        },
    }
)

# r11 OT inpatient rehab, docx.js two newspaper columns (w:cols)
P.append(
    {
        "file": "r11.docx",
        "key": "dufresne-docx-two-columns",
        "format": "docx",
        "layout": "docxjs-two-section-columns",
        "blocks": [
            ("name", "Léa-Marguerite Dufresne, MS, OTR/L"),
            (
                "contact",
                "17 Rue Chartres Ct, New Orleans, LA 70116 | 504-555-0119 | lea.dufresne@example.net",
            ),
            ("cols", ""),
            ("h", "Experience"),
            (
                "job",
                "Occupational Therapist",
                "Crescent City Rehabilitation Hospital (inpatient rehab unit), New Orleans, LA",
                "Feb 2020 – Present",
            ),
            (
                "b",
                "Stroke, SCI and brain-injury programs; ADL retraining, splinting; notes in Cerner.",
            ),
            (
                "job",
                "Occupational Therapist — Skilled Nursing",
                "Magnolia Gardens SNF, Metairie, LA",
                "Jul 2017 – Jan 2020",
            ),
            ("b", "Short-term rehab residents; PointClickCare documentation."),
            ("h", "Career Break"),
            ("p", "Jan 2019 – Jun 2019 (family relocation; not employed)."),
            ("h", "License"),
            ("p", "Louisiana OT license 0311-OT, expires 06/30/2027"),
            ("h", "Certifications"),
            (
                "p",
                "NBCOT OTR, certified 2017; Certified Stroke Rehabilitation Specialist (CSRS), 2022; CPR/BLS, AHA, exp. 08/2027",
            ),
            ("h", "Education"),
            (
                "p",
                "Master of Occupational Therapy, Louisiana State University Health Sciences Center New Orleans, 2017",
            ),
        ],
        "spans": [("2017-07", "2018-12"), ("2019-07", "now")],
        "truth": {
            "name": "Léa-Marguerite Dufresne",
            "email": "lea.dufresne@example.net",
            "phone": "504-555-0119",
            "location": "New Orleans, LA",
            "discipline": "OT",
            "specialties": ["Inpatient Rehab", "SNF"],
            "licenses": [lic("LA", "OT", "0311-OT", None, "2027-06")],
            "certifications": [cert("OTR", "NBCOT"), cert("CSRS"), cert("BLS", "AHA", "2027-08")],
            "education": [
                edu(
                    "Master of Occupational Therapy",
                    "Louisiana State University Health Sciences Center New Orleans",
                )
            ],
            "employers": ["Crescent City Rehabilitation Hospital", "Magnolia Gardens SNF"],
            "ehr_systems": ["Cerner", "PointClickCare"],
            "notes": "Career break Jan–Jun 2019 sits INSIDE the SNF job's dates: excluded (judgement: the page says not employed).",
        },
    }
)

# r12 RN Tele/PCU, docx.js numbering list for jobs, nickname in quotes
P.append(
    {
        "file": "r12.docx",
        "key": "mcallister-ruiz-docx-numbered",
        "format": "docx",
        "layout": "docxjs-numbered-jobs-nickname",
        "blocks": [
            ("name", 'Robert "Bobby" McAllister-Ruiz, RN'),
            ("contact", "Knoxville, TN 37919 — (865) 555-0150 — bobby.mcruiz@example.com"),
            ("h", "Work History"),
            (
                "njob",
                "Progressive Care Unit (PCU) RN — Smoky Ridge Medical Center, Knoxville, TN — 11/2021 to Present",
            ),
            ("b", "Drips (diltiazem, heparin, amiodarone), BiPAP, post-cath patients; 1:3 ratio."),
            ("njob", "Telemetry RN — Holston Valley Hospital, Kingsport, TN — 06/2018 to 10/2021"),
            ("b", "Cardiac telemetry, 36 beds; super-user for the Cerner go-live."),
            ("njob", "Pharmacy Technician — Volunteer Drug, Kingsport, TN — 2014 to 2017"),
            ("h", "License"),
            ("p", "Tennessee Registered Nurse (multistate) #RN0219337, expiration 09/30/2028"),
            ("h", "Certifications"),
            ("p", "PCCN (AACN) — exp 11/2027; ACLS — exp 01/2028; BLS — exp 01/2028"),
            ("h", "Education"),
            ("p", "Associate of Science in Nursing, Northeast State Community College, 2018"),
            ("p", "RN-to-BSN, Western Governors University, in progress"),
        ],
        "spans": [("2018-06", "now")],
        "truth": {
            "name": "Robert McAllister-Ruiz",
            "email": "bobby.mcruiz@example.com",
            "phone": "(865) 555-0150",
            "location": "Knoxville, TN",
            "discipline": "RN",
            "specialties": ["Step-down", "Telemetry"],
            "licenses": [lic("TN", "RN", "RN0219337", True, "2028-09")],
            "certifications": [
                cert("PCCN", "AACN", "2027-11"),
                cert("ACLS", None, "2028-01"),
                cert("BLS", None, "2028-01"),
            ],
            "education": [
                edu("Associate of Science in Nursing", "Northeast State Community College")
            ],
            "employers": [
                "Smoky Ridge Medical Center",
                "Holston Valley Hospital",
                "Volunteer Drug",
            ],
            "ehr_systems": ["Cerner"],
            "notes": "Name printed with nickname in quotes; truth drops the nickname (judgement). Pharmacy tech pre-licence years excluded, employer kept. BSN in progress not listed as a degree.",
        },
    }
)

# r13 LPN LTC, docx.js, contact only in footer, ALL CAPS headings
P.append(
    {
        "file": "r13.docx",
        "key": "damato-greene-docx-footer",
        "format": "docx",
        "layout": "docxjs-footer-contact-table-licence",
        "footer": "Shaniqua D'Amato-Greene, LPN · 3390 Fox Hollow Dr, Columbus, OH 43228 · 614-555-0183 · shaniqua.dg@example.com",
        "blocks": [
            ("name", "Shaniqua D'Amato-Greene"),
            ("sub", "Licensed Practical Nurse"),
            ("h", "EXPERIENCE"),
            (
                "job",
                "Charge LPN, Long-Term Care",
                "Olentangy Pines Nursing & Rehabilitation, Columbus, OH",
                "March 2015 – Present",
            ),
            (
                "b",
                "30-resident long-term care hall; med pass, wound care, G-tubes; PointClickCare eMAR.",
            ),
            ("job", "LPN (PRN) — Hospice", "Buckeye Compassion Hospice, Dublin, OH", "2020 – 2023"),
            (
                "job",
                "STNA",
                "Olentangy Pines Nursing & Rehabilitation, Columbus, OH",
                "2011 – 2014",
            ),
            ("h", "LICENSE"),
            ("row", ["Ohio", "Licensed Practical Nurse", "PN.155320", "Exp. 10/31/2027"]),
            ("h", "CERTIFICATIONS"),
            (
                "p",
                "IV Therapy for LPNs (Ohio Board of Nursing approved), 2016; BLS for Healthcare Providers (American Red Cross), expires 07/2027",
            ),
            ("h", "EDUCATION"),
            ("p", "Practical Nursing Diploma — Columbus State Community College, 2014"),
        ],
        "spans": [("2015-03", "now")],
        "truth": {
            "name": "Shaniqua D'Amato-Greene",
            "email": "shaniqua.dg@example.com",
            "phone": "614-555-0183",
            "location": "Columbus, OH",
            "discipline": "LPN",
            "specialties": ["LTC", "Hospice"],
            "licenses": [lic("OH", "LPN", "PN.155320", None, "2027-10")],
            "certifications": [cert("IV Therapy"), cert("BLS", "American Red Cross", "2027-07")],
            "education": [edu("Practical Nursing Diploma", "Columbus State Community College")],
            "employers": ["Olentangy Pines Nursing & Rehabilitation", "Buckeye Compassion Hospice"],
            "ehr_systems": ["PointClickCare"],
            "notes": "Contact only in the footer; STNA pre-licence excluded. Ohio is not an NLC state (2026 page silent) -> compact null.",
        },
    }
)

# r14 COTA SNF, docx via LibreOffice from hand-written ODT (odfpy)
P.append(
    {
        "file": "r14.docx",
        "key": "phan-odt-lo-docx",
        "format": "docx",
        "layout": "odfpy-odt-libreoffice-docx",
        "blocks": [
            ("name", "Tuan Q. Phan, COTA/L"),
            (
                "contact",
                "5612 N Dahlia St, Wichita, KS 67204 · 316-555-0108 · tuan.phan.cota@example.com",
            ),
            ("h", "Summary"),
            (
                "p",
                "Certified occupational therapy assistant in skilled nursing and home health since 2019.",
            ),
            ("h", "Experience"),
            (
                "job",
                "COTA/L",
                "Prairie Wind Skilled Nursing & Rehab, Wichita, KS",
                "10/2019 – present",
            ),
            (
                "b",
                "Short-stay rehab and long-term residents; ADL and transfer training; Net Health therapy notes.",
            ),
            (
                "job",
                "COTA/L (weekends, PRN)",
                "Heartland Home Health Partners, Wichita, KS",
                "04/2022 – present",
            ),
            ("b", "Home safety and bathroom equipment visits; charting in Axxess."),
            ("h", "License"),
            ("p", "Kansas Occupational Therapy Assistant license #26-04417, renews 03/31/2027"),
            ("h", "Certification"),
            ("p", "COTA — NBCOT — 2019; BLS — AHA — exp 06/2027"),
            ("h", "Education"),
            (
                "p",
                "Associate of Applied Science, Occupational Therapy Assistant — Cowley College, 2019",
            ),
        ],
        "spans": [("2019-10", "now")],
        "truth": {
            "name": "Tuan Q. Phan",
            "email": "tuan.phan.cota@example.com",
            "phone": "316-555-0108",
            "location": "Wichita, KS",
            "discipline": "COTA",
            "specialties": ["SNF", "Home Health"],
            "licenses": [lic("KS", "Occupational Therapy Assistant", "26-04417", None, "2027-03")],
            "certifications": [cert("COTA", "NBCOT"), cert("BLS", "AHA", "2027-06")],
            "education": [
                edu(
                    "Associate of Applied Science, Occupational Therapy Assistant", "Cowley College"
                )
            ],
            "employers": ["Prairie Wind Skilled Nursing & Rehab", "Heartland Home Health Partners"],
            "ehr_systems": ["Net Health", "Axxess"],
            "notes": "'Short-stay rehab and long-term residents' at a SNF -> SNF only.",
        },
    }
)

# r15 RN Oncology, docx via LibreOffice from ODT; RESUME title; LinkedIn
P.append(
    {
        "file": "r15.docx",
        "key": "haugen-odt-lo-docx",
        "format": "docx",
        "layout": "odfpy-odt-libreoffice-docx-resume-title",
        "blocks": [
            ("title", "RESUME"),
            ("name", "Ingrid Solveig Haugen, BSN, RN, OCN"),
            ("contact", "Fargo, ND 58103 · (701) 555-0121 · ingrid.haugen@example.org"),
            ("h", "Experience"),
            (
                "job",
                "RN, Inpatient Hematology/Oncology & BMT",
                "Red River Cancer Institute at Prairie Sky Hospital, Fargo, ND",
                "Since 2018",
            ),
            (
                "b",
                "Chemotherapy and biotherapy administration, neutropenic care, stem-cell infusions; Epic Beacon.",
            ),
            ("job", "RN, Medical-Surgical", "Prairie Sky Hospital, Fargo, ND", "2014 – 2018"),
            ("b", "Floated to oncology when short (before transfer)."),
            ("h", "Licensure"),
            (
                "p",
                "North Dakota RN, Multistate, R41228, exp. 12/31/2027; Minnesota RN, single-state, 2290117, exp. 08/2028",
            ),
            ("h", "Certifications"),
            (
                "p",
                "OCN (ONCC), exp. 2028; ONS/ONCC Chemotherapy Immunotherapy Certificate, exp. 04/2027; BLS, exp. 10/2027",
            ),
            ("h", "Education"),
            ("p", "Bachelor of Science in Nursing — North Dakota State University, 2014"),
        ],
        "spans": [("2014-01", "now")],
        "truth": {
            "name": "Ingrid Solveig Haugen",
            "email": "ingrid.haugen@example.org",
            "phone": "(701) 555-0121",
            "location": "Fargo, ND",
            "discipline": "RN",
            "specialties": ["Oncology", "Med-Surg"],
            "licenses": [
                lic("ND", "RN", "R41228", True, "2027-12"),
                lic("MN", "RN", "2290117", False, "2028-08"),
            ],
            "certifications": [
                cert("OCN", "ONCC"),
                cert("ONS/ONCC Chemotherapy Immunotherapy Certificate", "ONS/ONCC", "2027-04"),
                cert("BLS", None, "2027-10"),
            ],
            "education": [edu("Bachelor of Science in Nursing", "North Dakota State University")],
            "employers": ["Prairie Sky Hospital"],
            "ehr_systems": ["Epic Beacon"],
            "notes": "'Red River Cancer Institute at Prairie Sky Hospital' -> one employer Prairie Sky Hospital (fuzzy match covers either). 'Since 2018' and bare years read as January. OCN 'exp. 2028' has no month -> no expiry. BMT folds into Oncology.",
        },
    }
)
