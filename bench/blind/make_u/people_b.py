"""u16-u30: a Word file, the .doc, the text files, the photos and screenshots, the scans."""

from model import C, E, J, L

U16 = {
    "id": "u16",
    "fmt": "docx",
    "render": "docx:header",
    "layout": "python-docx-name-and-contact-in-page-header-agency-block-surgical-tech",
    "opts": {"accent": "7F3B08", "font": "Georgia", "size": 10},
    "name": "Jerome D. Fairweather",
    "creds": "CST",
    "headline": "Certified Surgical Technologist - cardiovascular / open heart, travel experience",
    "contact": [
        "2400 Kavanaugh Blvd, Little Rock, AR 72205",
        "(501) 555-0102",
        "jfairweather@example.net",
    ],
    "main": [
        (
            "Experience",
            [
                J(
                    "Certified Surgical Technologist - CV/Open Heart",
                    "Natural State Heart Hospital",
                    "Jan. '22 - current",
                    "2022-01:2026-12",
                    "Little Rock, AR",
                    ["First scrub on CABG, valve and aortic cases; pump standby; robotic mitral"],
                ),
                J(
                    "Travel Surgical Technologist",
                    "Ridgeline Allied Staffing",
                    "Sep 2019 - Dec 2021",
                    "2019-09:2021-12",
                    "",
                    [],
                    [
                        "Red River Regional Hospital, Texarkana, TX - general and ortho - Sep 2019 - Feb 2020",
                        "Ozark Highlands Medical Center, Springfield, MO - 13 wks x2, Mar-Sep 2020",
                        "Bayou Parish Medical Center, Monroe, LA - CV and general - Oct 2020 - Dec 2021",
                    ],
                ),
                J(
                    "Surgical Technologist",
                    "Arkansas Valley Surgery Center",
                    "05/2014 - 08/2019",
                    "2014-05:2019-08",
                    "Conway, AR",
                    ["Outpatient ortho, ENT, GYN and plastics"],
                ),
                J(
                    "Sterile Processing Technician",
                    "Arkansas Valley Surgery Center",
                    "2012 - 2014",
                    None,
                    "Conway, AR",
                    ["Before certification"],
                ),
            ],
        ),
        (
            "Certification",
            [
                [
                    "CST - NBSTSA - expires 03/31/2028",
                    "BLS - American Heart Association - exp. 10/2027",
                ]
            ],
        ),
        (
            "Education",
            [
                "Certificate, Surgical Technology - University of Arkansas - Pulaski Technical College, 2014"
            ],
        ),
        ("Systems", ["Epic OpTime, Cerner SurgiNet; Censitrac instrument tracking; Kronos"]),
    ],
    "truth": {
        "key": "fairweather-docx-header-cv-surgical-tech",
        "email": "jfairweather@example.net",
        "phone": "(501) 555-0102",
        "location": "Little Rock, AR",
        "discipline": "other-allied",
        "specialties": ["OR"],
        "licenses": [],
        "certifications": [
            C("CST", "NBSTSA", "2028-03"),
            C("BLS", "American Heart Association", "2027-10"),
        ],
        "education": [
            E(
                "Certificate, Surgical Technology",
                "University of Arkansas - Pulaski Technical College",
            )
        ],
        "employers": [
            "Natural State Heart Hospital",
            "Red River Regional Hospital",
            "Ozark Highlands Medical Center",
            "Bayou Parish Medical Center",
            "Arkansas Valley Surgery Center",
        ],
        "ehr_systems": ["Epic", "Cerner"],
        "agencies": ["Ridgeline Allied Staffing"],
        "clinical_sites": [],
        "notes": "Name and contact only in the page header; CV/open heart and surgery-center cases -> OR; no state licence (none printed); "
        "years from CST certification 05/2014, SPD years excluded; Epic OpTime -> Epic, Cerner SurgiNet -> Cerner; Censitrac and "
        "Kronos are not EHRs.",
    },
}

U17 = {
    "id": "u17",
    "fmt": "doc",
    "render": "docx:plain",
    "layout": "python-docx-plain-then-libreoffice-ms-word-97-doc",
    "opts": {"font": "Times New Roman", "size": 11},
    "name": "Wendell F. Ostrowski",
    "creds": "PTA",
    "headline": "Physical Therapist Assistant",
    "contact": [
        "2716 Monroe St, Toledo, OH 43606",
        "(419) 555-0168",
        "wendell.ostrowski@example.com",
    ],
    "main": [
        (
            "Experience",
            [
                J(
                    "Physical Therapist Assistant",
                    "Maumee Bay Outpatient Therapy",
                    "Oct 2017 to date",
                    "2017-10:2026-12",
                    "Toledo, OH",
                    ["Orthopaedic and post-surgical outpatients, 14-16 visits a day"],
                ),
                J(
                    "Physical Therapist Assistant (weekends)",
                    "Glass City Skilled Care Center",
                    "since 2021",
                    "2021-01:2026-12",
                    "Toledo, OH",
                    ["Short-term rehab residents, gait and balance, fall prevention"],
                ),
                J(
                    "Physical Therapist Assistant",
                    "Fallen Timbers Home Health",
                    "Spring 2014 - Fall 2017",
                    "2014-04:2017-09",
                    "Maumee, OH",
                    ["Home visits under the supervising PT, 5-6 visits a day"],
                ),
            ],
        ),
        ("License", ["Ohio PTA license PTA.008317 - expires 6/30/2027"]),
        (
            "Certifications",
            [
                [
                    "BLS, American Heart Association, exp. 12/2026",
                    "Certified Exercise Expert for Aging Adults (CEEAA), APTA Geriatrics",
                ]
            ],
        ),
        (
            "Education",
            [
                "Associate of Applied Science, Physical Therapist Assistant - Owens Community College, 2014"
            ],
        ),
        ("Documentation", ["WebPT, PointClickCare, Homecare Homebase. Kronos for scheduling."]),
    ],
    "truth": {
        "key": "ostrowski-doc-word97-pta",
        "email": "wendell.ostrowski@example.com",
        "phone": "(419) 555-0168",
        "location": "Toledo, OH",
        "discipline": "PTA",
        "specialties": ["Outpatient", "SNF", "Home Health"],
        "licenses": [L("OH", "PTA", "PTA.008317", None, "2027-06")],
        "certifications": [
            C("BLS", "American Heart Association", "2026-12"),
            C("Certified Exercise Expert for Aging Adults (CEEAA)", "APTA Geriatrics", None),
        ],
        "education": [
            E(
                "Associate of Applied Science, Physical Therapist Assistant",
                "Owens Community College",
            )
        ],
        "employers": [
            "Maumee Bay Outpatient Therapy",
            "Glass City Skilled Care Center",
            "Fallen Timbers Home Health",
        ],
        "ehr_systems": ["WebPT", "PointClickCare", "Homecare Homebase"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "'Spring 2014' read as 2014-04, 'Fall 2017' as 2017-09; weekend SNF job overlaps and counts once; short-term rehab in a "
        "skilled care center -> SNF; Kronos is not an EHR.",
    },
}

U18_TEXT = """GWENDOLYN TEAGUE, RN, CNN
Nephrology Nurse
4480 Poplar Ave Apt 12, Memphis, TN 38117
cell (901) 555-0144   gwen.teague@example.net

==============================
PROFILE
==============================
Dialysis nurse since 2014 - acute bedside hemodialysis, CRRT support and chronic outpatient
hemodialysis - after four years on a nephrology/telemetry floor.

==============================
WORK HISTORY
==============================
Acute Dialysis RN ........................................... 2019 to date
  Mid-South Kidney Partners - Memphis, TN
  Contracted acute dialysis team covering three hospitals: bedside HD in ICUs,
  step-down and floors; CRRT set-up with the ICU nurses; plasmapheresis.
  (I treat ICU patients as the dialysis nurse - my unit is dialysis, not the ICU.)

Charge RN, Outpatient Hemodialysis .......................... 2014 - 2019
  Riverbluff Dialysis Center - Germantown, TN
  24-station in-center unit, 3 shifts; water system checks; QAPI meetings.

Staff RN, Nephrology/Telemetry ............................... Jun 2010 - 2014
  Shelby Crossing Medical Center - Memphis, TN
  28-bed tele floor with the hospital's renal patients.

==============================
LICENSE
==============================
TN RN license #188402 (multistate), exp 11/30/2027

==============================
CERTIFICATIONS
==============================
CNN - Nephrology Nursing Certification Commission (NNCC) - valid thru 06/2028
BLS - American Heart Association - exp. 02/2027
ACLS - American Heart Association - exp. 02/2027

==============================
EDUCATION
==============================
Associate Degree in Nursing - Southwest Tennessee Community College, 2010
BSN - University of Memphis, 2016

==============================
SYSTEMS
==============================
Epic, Cerner, Pyxis
"""

U18 = {
    "id": "u18",
    "fmt": "txt",
    "render": "txt",
    "text": U18_TEXT,
    "layout": "txt-dotted-leader-dates-equals-rules-dialysis",
    "name": "Gwendolyn Teague",
    "spans": ["2010-06:2026-12"],
    "truth": {
        "key": "teague-txt-dotted-leaders-dialysis",
        "email": "gwen.teague@example.net",
        "phone": "(901) 555-0144",
        "location": "Memphis, TN",
        "discipline": "RN",
        "specialties": ["Dialysis", "Outpatient", "Telemetry"],
        "licenses": [L("TN", "RN", "188402", True, "2027-11")],
        "certifications": [
            C("CNN", "Nephrology Nursing Certification Commission (NNCC)", "2028-06"),
            C("BLS", "American Heart Association", "2027-02"),
            C("ACLS", "American Heart Association", "2027-02"),
        ],
        "education": [
            E("Associate Degree in Nursing", "Southwest Tennessee Community College"),
            E("BSN", "University of Memphis"),
        ],
        "employers": [
            "Mid-South Kidney Partners",
            "Riverbluff Dialysis Center",
            "Shelby Crossing Medical Center",
        ],
        "ehr_systems": ["Epic", "Cerner"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "Acute dialysis in ICUs is dialysis work, not ICU (the page says so); outpatient hemodialysis -> Dialysis + Outpatient; "
        "nephrology/telemetry floor -> Telemetry; year-only ranges joined end to start; Pyxis is not an EHR.",
    },
}

U19_TEXT = """Rosalinda P. Guerra, LVN
El Paso, TX 79924  |  9120 Dyer St
Phone: (915) 555-0119
Email: rosalinda.guerra@example.org

OBJECTIVE
LVN with pediatric private duty, clinic and long-term care background looking for a
local or travel LVN contract (peds home care preferred).

EXPERIENCE

Aug 2020 - present
LVN, Pediatric Private Duty
Franklin Mountain Pediatric Home Care, El Paso, TX
* 12-hour shifts in the home with trach/vent and G-tube kids
* Seizure precautions, suctioning, feeding pumps, parent teaching

Feb 2016 - Jul 2020
LVN
Sun City Family Clinic, El Paso, TX
* Family medicine clinic: triage calls, injections, immunizations, EKGs

Mar 2013 - Jan 2016
LVN, Long-Term Care
Rio Bravo Nursing Center, Socorro, TX
* 30-resident hall, med pass, treatments, care plans

LICENSE
Texas LVN License No. 301577 - Compact/multistate - expiration 09/30/2027

CERTIFICATIONS
BLS for Healthcare Providers - AHA - exp. 04/2027
Pediatric Advanced Life Support (PALS) - AHA - exp. 04/2027
IV Certification (LVN IV therapy course), 2014

EDUCATION
Vocational Nursing Certificate - El Paso Community College, 2013

CHARTING
eClinicalWorks (clinic), WellSky Personal Care (home care)

LANGUAGES
Spanish (native), English
"""

U19 = {
    "id": "u19",
    "fmt": "txt",
    "render": "txt",
    "text": U19_TEXT,
    "layout": "txt-dates-first-job-blocks-asterisk-bullets-lvn",
    "name": "Rosalinda P. Guerra",
    "spans": ["2013-03:2026-12"],
    "truth": {
        "key": "guerra-txt-dates-first-peds-private-duty-lvn",
        "email": "rosalinda.guerra@example.org",
        "phone": "(915) 555-0119",
        "location": "El Paso, TX",
        "discipline": "LPN",
        "specialties": ["Home Health", "Pediatrics", "Outpatient", "LTC"],
        "licenses": [L("TX", "LPN", "301577", True, "2027-09")],
        "certifications": [
            C("BLS", "AHA", "2027-04"),
            C("PALS", "AHA", "2027-04"),
            C("IV Certification", None, None),
        ],
        "education": [E("Vocational Nursing Certificate", "El Paso Community College")],
        "employers": [
            "Franklin Mountain Pediatric Home Care",
            "Sun City Family Clinic",
            "Rio Bravo Nursing Center",
        ],
        "ehr_systems": ["eClinicalWorks", "WellSky"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "LVN -> discipline LPN, licence type LPN; pediatric private duty -> Home Health + Pediatrics; family clinic -> Outpatient; "
        "'BLS for Healthcare Providers' -> BLS; 'IV Certification ..., 2014' is a completion year, no expiry; WellSky Personal Care -> WellSky.",
    },
}

U20_TEXT = """# Calvin Ostergaard, RPh

**Pharmacy Manager | 28 years licensed**
1402 University Dr S, Fargo, ND 58103 - (701) 555-0187 - calvin.ostergaard@example.com

## Experience

**Pharmacy Manager** - Red River Drug Co. #14, Fargo, ND
_2011 - present_
- Retail store with 450 scripts a day, immunization clinic, med sync and MTM
- Manage 3 pharmacists and 9 technicians; DEA and board inspections

**PRN Staff Pharmacist** - Prairie Lutheran Hospital, Moorhead, MN
_since 2016_
- Inpatient order verification and IV room, 2-3 weekends a month

**Staff Pharmacist** - Dakota Plains Pharmacy, West Fargo, ND
_2003 - 2011_
- Community pharmacy and long-term care blister packing

**Staff Pharmacist** - Sheyenne Valley Hospital, Valley City, ND
_June 1998 - 2003_
- Hospital pharmacy: unit dose, TPN compounding, nights

## Licenses

- North Dakota Pharmacist License #6128 - renewal due 03/01/2027
- Minnesota Pharmacist License 118844 - exp. 03/31/2027

## Certificates

- Pharmacy-Based Immunization Delivery certificate (APhA), 2009
- BLS, American Heart Association, exp 07/2027

## Education

- Bachelor of Science in Pharmacy, North Dakota State University, 1998

## Systems

- Epic (hospital)
- PioneerRx and EnterpriseRx pharmacy management, Pyxis, ScriptPro robot
"""

U20 = {
    "id": "u20",
    "fmt": "txt",
    "render": "txt",
    "text": U20_TEXT,
    "layout": "txt-markdown-headings-bold-italic-28-year-retail-pharmacist",
    "name": "Calvin Ostergaard",
    "spans": ["1998-06:2026-12"],
    "truth": {
        "key": "ostergaard-txt-markdown-retail-pharmacist",
        "email": "calvin.ostergaard@example.com",
        "phone": "(701) 555-0187",
        "location": "Fargo, ND",
        "discipline": "Pharmacist",
        "specialties": ["Retail", "Inpatient"],
        "licenses": [
            L("ND", "Pharmacist", "6128", None, "2027-03"),
            L("MN", "Pharmacist", "118844", None, "2027-03"),
        ],
        "certifications": [
            C("Pharmacy-Based Immunization Delivery", "APhA", None),
            C("BLS", "American Heart Association", "2027-07"),
        ],
        "education": [E("Bachelor of Science in Pharmacy", "North Dakota State University")],
        "employers": [
            "Red River Drug Co.",
            "Prairie Lutheran Hospital",
            "Dakota Plains Pharmacy",
            "Sheyenne Valley Hospital",
        ],
        "ehr_systems": ["Epic"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "Markdown paste; community pharmacy -> Retail, hospital pharmacy and PRN hospital job -> Inpatient; year-only ranges joined; "
        "PioneerRx/EnterpriseRx (pharmacy management), Pyxis and ScriptPro are not EHRs; store number dropped from the employer.",
    },
}

U21_TEXT = """TAMSIN GREER, COTA/L
Certified Occupational Therapy Assistant
Albuquerque, NM | (505) 555-0135 | tamsin.greer@example.net

SUMMARY
COTA/L with 11 years in skilled nursing rehab, home health and pediatric outpatient therapy.
Fluent with PAMs, ADL retraining, sensory diets and handwriting programs.

EXPERIENCE
COTA/L - Sandia Vista Rehabilitation & Skilled Nursing - Albuquerque, NM
4/2018 - current
  - Short-term rehab and long-term residents; ADL, transfers, dysphagia positioning
  - Rehab team lead for restorative program

COTA, PRN - Rio Grande Pediatric Therapy - Albuquerque, NM
since 2022
  - Saturday outpatient clinic: fine motor, sensory processing, feeding

COTA - Duke City Home Health - Rio Rancho, NM
11/2015 - 3/2018
  - Home visits under the supervising OTR, 5-6 a day

LICENSE & CERTIFICATION
NM Occupational Therapy Assistant License #OTA-2291, exp. 12/31/2027
NBCOT COTA certification - renews 03/2028
BLS - American Heart Association - valid thru 05/2027
Physical Agent Modalities (PAM) competency, 2019

EDUCATION
Associate of Applied Science, Occupational Therapy Assistant
Central New Mexico Community College, 2015

DOCUMENTATION
PointClickCare, Homecare Homebase, Fusion Web Clinic
"""

U21 = {
    "id": "u21",
    "fmt": "txt",
    "render": "txt",
    "text": U21_TEXT,
    "layout": "txt-plain-caps-headings-employer-on-title-line-cota",
    "name": "Tamsin Greer",
    "spans": ["2015-11:2026-12"],
    "truth": {
        "key": "greer-txt-plain-cota",
        "email": "tamsin.greer@example.net",
        "phone": "(505) 555-0135",
        "location": "Albuquerque, NM",
        "discipline": "COTA",
        "specialties": ["SNF", "Outpatient", "Pediatrics", "Home Health"],
        "licenses": [L("NM", "COTA", "OTA-2291", None, "2027-12")],
        "certifications": [
            C("COTA", "NBCOT", "2028-03"),
            C("BLS", "American Heart Association", "2027-05"),
            C("Physical Agent Modalities (PAM)", None, None),
        ],
        "education": [
            E(
                "Associate of Applied Science, Occupational Therapy Assistant",
                "Central New Mexico Community College",
            )
        ],
        "employers": [
            "Sandia Vista Rehabilitation & Skilled Nursing",
            "Rio Grande Pediatric Therapy",
            "Duke City Home Health",
        ],
        "ehr_systems": ["PointClickCare", "Homecare Homebase", "Fusion Web Clinic"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "No street address, city only; 'Occupational Therapy Assistant License' -> type COTA; long-term residents are part of the SNF job "
        "(short-term rehab) -> SNF only; PAM competency 2019 has no expiry; degree wrapped over two lines with the school below.",
    },
}

U22 = {
    "id": "u22",
    "fmt": "photo",
    "render": "html:phone",
    "shot": "phone",
    "layout": "photo-dark-mode-phone-screenshot-job-app-profile-png",
    "opts": {"app_title": "Profile - ShiftBridge"},
    "name": "Imogen Castellano",
    "creds": "RN, CHPN",
    "headline": "Hospice RN Case Manager - open to local and travel",
    "contact": ["Summerville, SC 29485", "(843) 555-0161", "imogen.castellano@example.com"],
    "main": [
        (
            "Work experience",
            [
                J(
                    "Hospice RN Case Manager",
                    "Lowcountry Palms Hospice",
                    "Jun 2020 - now",
                    "2020-06:2026-12",
                    "Charleston, SC",
                    ["Caseload of 12-14 home hospice patients; symptom management; death visits"],
                ),
                J(
                    "PRN Home Health RN",
                    "Palmetto Tide Home Health",
                    "since 2021",
                    "2021-01:2026-12",
                    "Summerville, SC",
                    ["Weekend visits: wound care, IV antibiotics, start-of-care OASIS"],
                ),
                J(
                    "RN, Oncology/Med-Surg",
                    "Ashley River Medical Center",
                    "Jan 2014 - May 2020",
                    "2014-01:2020-05",
                    "Charleston, SC",
                ),
            ],
        ),
        (
            "Licenses",
            [
                "South Carolina RN \u00b7 Multistate (Compact) \u00b7 #R-224419 \u00b7 Exp 04/30/2028"
            ],
        ),
        (
            "Certifications",
            ["CHPN \u00b7 HPCC \u00b7 valid thru 09/2028", "BLS \u00b7 AHA \u00b7 exp 03/2027"],
        ),
        ("Education", ["BSN \u00b7 Medical University of South Carolina \u00b7 2013"]),
        ("EHR", ["Homecare Homebase \u00b7 WellSky \u00b7 Epic"]),
    ],
    "truth": {
        "key": "castellano-dark-phone-hospice",
        "email": "imogen.castellano@example.com",
        "phone": "(843) 555-0161",
        "location": "Summerville, SC",
        "discipline": "RN",
        "specialties": ["Hospice", "Home Health", "Oncology", "Med-Surg"],
        "licenses": [L("SC", "RN", "R-224419", True, "2028-04")],
        "certifications": [C("CHPN", "HPCC", "2028-09"), C("BLS", "AHA", "2027-03")],
        "education": [E("BSN", "Medical University of South Carolina")],
        "employers": [
            "Lowcountry Palms Hospice",
            "Palmetto Tide Home Health",
            "Ashley River Medical Center",
        ],
        "ehr_systems": ["Homecare Homebase", "WellSky", "Epic"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "Dark-mode job-app screenshot (light text on near-black); home is Summerville (job cities are Charleston); home hospice -> Hospice "
        "(not also Home Health; the PRN job gives Home Health); oncology/med-surg floor -> Oncology + Med-Surg.",
    },
}

U23 = {
    "id": "u23",
    "fmt": "photo",
    "render": "html:email",
    "shot": "email",
    "layout": "photo-webmail-client-screenshot-resume-pasted-in-message-png",
    "opts": {
        "email": {
            "subject": "PACU/OR RN - resume for the Norfolk contract",
            "hdr": [
                ("From", "Leonie Vandermeer <leonie.vandermeer@example.org>"),
                ("To", "Dana Pruitt <dpruitt@example.com>"),
                ("Date", "Mon 11/30/2026 7:42 PM"),
            ],
            "attachment": "Vandermeer_resume_2026.pdf (212 KB)",
            "sel": 1,
            "list": [
                (
                    "Corwin Haddleston",
                    "Re: ICU contract in Roanoke",
                    "Thanks Dana, I can start 1/4.",
                ),
                (
                    "Leonie Vandermeer",
                    "PACU/OR RN - resume for the Norfolk contract",
                    "Hi Dana, as promised...",
                ),
                (
                    "Credentialing Team",
                    "Missing TB test - Ashby, Rhonda",
                    "Please upload by Friday",
                ),
                ("Priya Sandhu-Kerr", "Tele RN availability", "I'm free after December 15"),
                ("Harborlight Payroll", "Timesheet reminder", "Submit hours by Monday noon"),
            ],
            "pre": [
                "Hi Dana,",
                "As promised on the phone, my resume is pasted below (the PDF is attached too). I'm open to the Norfolk PACU "
                "contract or anything with OR call. Best number is my cell.",
            ],
            "post": ["Thanks! - Leonie", "Sent from my laptop"],
        },
    },
    "name": "Leonie Vandermeer",
    "creds": "BSN, RN, CPAN, CNOR",
    "headline": "Perianesthesia and Perioperative RN",
    "contact": ["Virginia Beach, VA", "cell (757) 555-0177", "leonie.vandermeer@example.org"],
    "main": [
        (
            "Experience",
            [
                J(
                    "PACU RN",
                    "Tidewater General Hospital",
                    "Sept 2018 - present",
                    "2018-09:2026-12",
                    "Norfolk, VA",
                    [
                        "Phase I recovery for adult and pediatric surgery; ICU holds when beds are short"
                    ],
                ),
                J(
                    "PRN Pre-op/PACU RN",
                    "Chesapeake Surgery Center",
                    "since 2022",
                    "2022-01:2026-12",
                    "Chesapeake, VA",
                ),
                J(
                    "OR Circulator RN",
                    "Elizabeth River Medical Center",
                    "Jun 2013 - Aug 2018",
                    "2013-06:2018-08",
                    "Portsmouth, VA",
                    ["General, ortho, neuro and robotics; charge on weekends"],
                ),
            ],
        ),
        ("License", ["Virginia RN, multistate, 0001288431, exp 07/2028"]),
        (
            "Certifications",
            [
                "CPAN (ABPANC) expires 10/2027; CNOR (CCI) expires 05/2027; ACLS, PALS, BLS (AHA) exp 01/2028"
            ],
        ),
        ("Education", ["BSN, Old Dominion University, 2013"]),
        ("Systems", ["Epic, Cerner; Pyxis, Vocera"]),
    ],
    "truth": {
        "key": "vandermeer-webmail-screenshot-pacu-or",
        "email": "leonie.vandermeer@example.org",
        "phone": "(757) 555-0177",
        "location": "Virginia Beach, VA",
        "discipline": "RN",
        "specialties": ["PACU", "OR"],
        "licenses": [L("VA", "RN", "0001288431", True, "2028-07")],
        "certifications": [
            C("CPAN", "ABPANC", "2027-10"),
            C("CNOR", "CCI", "2027-05"),
            C("ACLS", "AHA", "2028-01"),
            C("PALS", "AHA", "2028-01"),
            C("BLS", "AHA", "2028-01"),
        ],
        "education": [E("BSN", "Old Dominion University")],
        "employers": [
            "Tidewater General Hospital",
            "Chesapeake Surgery Center",
            "Elizabeth River Medical Center",
        ],
        "ehr_systems": ["Epic", "Cerner"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "Screenshot of a webmail client; the recruiter in To:, the other senders in the message list and the payroll sender are not "
        "the candidate; the recruiter's agency is not the candidate's agency; pre-op is part of the PACU job; ICU holds are not ICU; "
        "Pyxis and Vocera are not EHRs.",
    },
}

U24 = {
    "id": "u24",
    "fmt": "photo",
    "render": "html:twocol",
    "shot": "photo",
    "layout": "photo-desk-of-weasyprint-two-newspaper-columns-page",
    "photo": {
        "angle": -2.2,
        "keystone": 0.035,
        "light": (0.18, 0.12),
        "bg": (92, 70, 50),
        "quality": 70,
    },
    "opts": {},
    "name": "Sunniva Haraldsen",
    "creds": "PT, DPT, NCS",
    "headline": "Physical Therapist - neurologic rehabilitation",
    "contact": [
        "3307 Bryant Ave S, Minneapolis, MN 55408",
        "(612) 555-0193",
        "sunniva.haraldsen@example.com",
    ],
    "main": [
        (
            "Experience",
            [
                J(
                    "Physical Therapist, Inpatient Rehabilitation",
                    "Northstar Rehabilitation Hospital",
                    "since Sept 2019",
                    "2019-09:2026-12",
                    "Minneapolis, MN",
                    [
                        "Stroke, brain injury and SCI; body-weight-supported gait; Lokomat",
                        "Neuro residency clinical mentor",
                    ],
                ),
                J(
                    "PRN Physical Therapist",
                    "Lake Harriet Home Care",
                    "2020-present",
                    "2020-01:2026-12",
                    "Minneapolis, MN",
                    ["Home visits two evenings a week"],
                ),
                J(
                    "Physical Therapist",
                    "Hennepin Crossing Medical Center",
                    "Aug 2015 - Aug 2019",
                    "2015-08:2019-08",
                    "Minneapolis, MN",
                    ["Acute care: neuro/stroke floors, ICU early mobility, discharge planning"],
                ),
            ],
        ),
        ("License", ["Minnesota PT License #8207 - expires 02/28/2027"]),
        (
            "Certifications",
            [
                [
                    "NCS - American Board of Physical Therapy Specialties - valid thru 06/2031",
                    "BLS - American Heart Association - exp. 10/2027",
                ]
            ],
        ),
        (
            "Education",
            [
                "Doctor of Physical Therapy - University of Minnesota, 2015",
                "B.A. Biology - St. Olaf College, 2012",
            ],
        ),
        ("Documentation", ["Epic, Axxess Home Health"]),
        (
            "Service",
            [
                [
                    "APTA Minnesota neurology SIG, secretary 2022-2024",
                    "Stroke support group volunteer",
                ]
            ],
        ),
    ],
    "truth": {
        "key": "haraldsen-photo-two-column-neuro-pt",
        "email": "sunniva.haraldsen@example.com",
        "phone": "(612) 555-0193",
        "location": "Minneapolis, MN",
        "discipline": "PT",
        "specialties": ["Inpatient Rehab", "Home Health", "Acute Care"],
        "licenses": [L("MN", "PT", "8207", None, "2027-02")],
        "certifications": [
            C("NCS", "American Board of Physical Therapy Specialties", "2031-06"),
            C("BLS", "American Heart Association", "2027-10"),
        ],
        "education": [
            E("Doctor of Physical Therapy", "University of Minnesota"),
            E("B.A. Biology", "St. Olaf College"),
        ],
        "employers": [
            "Northstar Rehabilitation Hospital",
            "Lake Harriet Home Care",
            "Hennepin Crossing Medical Center",
        ],
        "ehr_systems": ["Epic", "Axxess"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "Photo of a page in two newspaper columns (text flows down the left column and continues at the top of the right); "
        "ICU early mobility is part of acute care; Axxess Home Health -> Axxess.",
    },
}

U25 = {
    "id": "u25",
    "fmt": "photo",
    "render": "rl:cols",
    "shot": "photo",
    "layout": "photo-lamp-lit-reportlab-sidebar-page-on-laminate",
    "photo": {
        "angle": 3.0,
        "keystone": 0.02,
        "light": (-0.12, 0.22),
        "bg": (150, 150, 146),
        "quality": 66,
        "grain": False,
    },
    "opts": {"accent": "#a0456e", "shade": "#f7eaf0", "order": ["head", "main", "side"]},
    "name": "Mirela Dragomir",
    "creds": "RN, BSN, CPN",
    "headline": "Pediatric Registered Nurse",
    "contact": [
        "8812 Bellaire Blvd",
        "Houston, TX 77036",
        "(713) 555-0109",
        "mirela.dragomir@example.net",
    ],
    "side": [
        ("License", ["Texas RN - Multistate - 889214 - exp. 08/31/2028"]),
        (
            "Certifications",
            [
                "CPN - PNCB - exp 02/2028",
                "PALS - AHA - exp 06/2027",
                "NRP - AAP - exp 03/2027",
                "BLS - AHA - exp 06/2027",
            ],
        ),
        ("Education", ["Bachelor of Science in Nursing", "Texas Woman's University, 2014"]),
        ("Charting", ["Epic; Omnicell, Vocera, Kronos"]),
    ],
    "main": [
        (
            "Experience",
            [
                J(
                    "RN, Pediatric Acute Care",
                    "Bayou City Children's Hospital",
                    "3/2017 - present",
                    "2017-03:2026-12",
                    "Houston, TX",
                    [
                        "32-bed general pediatrics unit: respiratory, post-op, DKA, new diabetics",
                        "Charge and preceptor",
                    ],
                ),
                J(
                    "Per diem RN, Level III NICU",
                    "Gulfgate Women's Hospital",
                    "2019 to date",
                    "2019-01:2026-12",
                    "Houston, TX",
                    ["Two shifts a month: feeders and growers, CPAP, phototherapy"],
                ),
                J(
                    "RN, Newborn Nursery / Mother-Baby",
                    "Gulfgate Women's Hospital",
                    "Aug 2014 - Feb 2017",
                    "2014-08:2017-02",
                    "Houston, TX",
                ),
            ],
        ),
        (
            "Skills",
            [["Peds IV starts and PICC care", "Family-centered rounds", "Spanish conversational"]],
        ),
    ],
    "truth": {
        "key": "dragomir-photo-reportlab-sidebar-peds",
        "email": "mirela.dragomir@example.net",
        "phone": "(713) 555-0109",
        "location": "Houston, TX",
        "discipline": "RN",
        "specialties": ["Pediatrics", "NICU", "Postpartum"],
        "licenses": [L("TX", "RN", "889214", True, "2028-08")],
        "certifications": [
            C("CPN", "PNCB", "2028-02"),
            C("PALS", "AHA", "2027-06"),
            C("NRP", "AAP", "2027-03"),
            C("BLS", "AHA", "2027-06"),
        ],
        "education": [E("Bachelor of Science in Nursing", "Texas Woman's University")],
        "employers": ["Bayou City Children's Hospital", "Gulfgate Women's Hospital"],
        "ehr_systems": ["Epic"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "Pediatric acute care floor -> Pediatrics; newborn nursery/mother-baby -> Postpartum; per diem NICU overlaps, counted once; "
        "Omnicell, Vocera and Kronos are not EHRs; lamp-lit photo of a ReportLab page.",
    },
}

U26 = {
    "id": "u26",
    "fmt": "photo",
    "render": "html:modern",
    "shot": "photo",
    "layout": "photo-hand-held-weasyprint-modern-page-on-dark-cloth",
    "photo": {
        "angle": -3.6,
        "keystone": 0.045,
        "light": (0.05, 0.25),
        "bg": (38, 40, 52),
        "quality": 74,
    },
    "opts": {
        "css": "h1 { color:#0f5e59; } h2 { color:#0f5e59; border-bottom-color:#9fcfc9; } .head { border-bottom-color:#0f5e59; }"
    },
    "name": "Delphine Marchetti",
    "creds": "MS, CCC-SLP, BCS-S",
    "headline": "Speech-Language Pathologist - voice and swallowing",
    "contact": [
        "88 Hope St, Providence, RI 02906",
        "(401) 555-0122",
        "delphine.marchetti@example.org",
    ],
    "main": [
        (
            "Experience",
            [
                J(
                    "Outpatient Speech-Language Pathologist (voice/swallow)",
                    "Narragansett ENT & Voice Center",
                    "Jan. '22 - current",
                    "2022-01:2026-12",
                    "Providence, RI",
                    [
                        "Videostroboscopy with laryngologists, LSVT LOUD, head and neck cancer dysphagia"
                    ],
                ),
                J(
                    "PRN Home Health SLP",
                    "Ocean State VNA",
                    "since 2019",
                    "2019-01:2026-12",
                    "Warwick, RI",
                ),
                J(
                    "Speech-Language Pathologist",
                    "Blackstone Valley Skilled Nursing",
                    "Feb 2018 - Dec 2021",
                    "2018-02:2021-12",
                    "Pawtucket, RI",
                ),
                J(
                    "Speech-Language Pathologist, Acute Care (CF year included)",
                    "Pawtuxet Memorial Hospital",
                    "09/2014 - 01/2018",
                    "2014-09:2018-01",
                    "Cranston, RI",
                ),
            ],
        ),
        (
            "Licenses",
            [
                [
                    "Rhode Island SLP License SLP01517 - exp. 12/31/2027",
                    "Massachusetts SLP license #8834 - expires 05/31/2027",
                ]
            ],
        ),
        (
            "Certifications",
            [
                [
                    "CCC-SLP (ASHA) - renewal due 12/2027",
                    "BCS-S (ABSS) - expires 2030",
                    "BLS (AHA) - expires 11/2027",
                ]
            ],
        ),
        (
            "Education",
            [
                "M.S. Speech-Language Pathology - Emerson College, 2014",
                "B.A. Linguistics - University of Rhode Island, 2012",
            ],
        ),
        ("EMR", ["Epic, PointClickCare"]),
    ],
    "truth": {
        "key": "marchetti-photo-modern-voice-slp",
        "email": "delphine.marchetti@example.org",
        "phone": "(401) 555-0122",
        "location": "Providence, RI",
        "discipline": "SLP",
        "specialties": ["Outpatient", "Home Health", "SNF", "Acute Care"],
        "licenses": [
            L("RI", "SLP", "SLP01517", None, "2027-12"),
            L("MA", "SLP", "8834", None, "2027-05"),
        ],
        "certifications": [
            C("CCC-SLP", "ASHA", "2027-12"),
            C("BCS-S", "ABSS", None),
            C("BLS", "AHA", "2027-11"),
        ],
        "education": [
            E("M.S. Speech-Language Pathology", "Emerson College"),
            E("B.A. Linguistics", "University of Rhode Island"),
        ],
        "employers": [
            "Narragansett ENT & Voice Center",
            "Ocean State VNA",
            "Blackstone Valley Skilled Nursing",
            "Pawtuxet Memorial Hospital",
        ],
        "ehr_systems": ["Epic", "PointClickCare"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "BCS-S 'expires 2030' year-only -> null; CF year inside the acute care job counted; PRN home health overlaps SNF and outpatient.",
    },
}

U27 = {
    "id": "u27",
    "fmt": "scan",
    "render": "html:pale",
    "shot": "scan",
    "layout": "scan-grey-low-contrast-pastel-headings-long-career-tele",
    "scan": {"skews": [0.9], "dpi": 200},
    "opts": {},
    "name": "Winifred J. Kallstrom",
    "creds": "RN, BSN, PCCN",
    "headline": "Telemetry / Progressive Care Registered Nurse - 26 years as an RN",
    "contact": [
        "5220 N Keystone Ave, Indianapolis, IN 46220",
        "(317) 555-0145",
        "winnie.kallstrom@example.com",
    ],
    "main": [
        (
            "Experience",
            [
                J(
                    "Charge RN, Telemetry",
                    "Crossroads Heart & Vascular",
                    "2017 - present",
                    "2017-01:2026-12",
                    "Indianapolis, IN",
                    [
                        "36-bed cardiac telemetry: post-cath, heart failure, drips per protocol",
                        "Charge 4 of 6 shifts; staffing grid",
                    ],
                ),
                J(
                    "PRN RN, Step-Down",
                    "White River Medical Center",
                    "2019 to date",
                    "2019-01:2026-12",
                    "Indianapolis, IN",
                ),
                J(
                    "RN, Medical-Surgical",
                    "White River Medical Center",
                    "2009 - 2016",
                    "2009-09:2016-12",
                    "Indianapolis, IN",
                ),
                J(
                    "Travel RN",
                    "Hoosier Flex Nursing",
                    "2007 - 2009",
                    "2007-06:2009-08",
                    "",
                    [],
                    [
                        "Fall Creek Hospital, Anderson, IN - med-surg - Jun 2007 - May 2008",
                        "Wabash Valley Regional Hospital, Terre Haute, IN - telemetry - Jun 2008 - Aug 2009",
                    ],
                ),
                J(
                    "RN, Orthopedic/Med-Surg",
                    "Monument Circle Hospital",
                    "June 2000 - May 2007",
                    "2000-06:2007-05",
                    "Indianapolis, IN",
                ),
                J(
                    "LPN",
                    "Meridian Hills Care Center",
                    "1996 - 2000",
                    None,
                    "Indianapolis, IN",
                    ["Long-term care LPN before my RN licence"],
                ),
            ],
        ),
        ("Licensure", ["Indiana RN 28117043A - multistate license - exp. 10/31/2027"]),
        (
            "Certifications",
            [
                [
                    "PCCN - AACN - valid thru 03/2028",
                    "CMSRN - MSNCB - exp. 2029",
                    "ACLS and BLS - American Heart Association - renewal due 05/2027",
                ]
            ],
        ),
        (
            "Education",
            [
                "Bachelor of Science in Nursing - Indiana University School of Nursing, 2012",
                "Associate of Science in Nursing - Ivy Tech Community College, 2000",
                "Practical Nursing certificate - Ivy Tech Community College, 1996",
            ],
        ),
        ("Systems", ["Cerner PowerChart, Epic, MEDITECH (travel); Pyxis, Kronos, Vocera"]),
    ],
    "truth": {
        "key": "kallstrom-pale-scan-long-career-tele",
        "email": "winnie.kallstrom@example.com",
        "phone": "(317) 555-0145",
        "location": "Indianapolis, IN",
        "discipline": "RN",
        "specialties": ["Telemetry", "Step-down", "Med-Surg"],
        "licenses": [L("IN", "RN", "28117043A", True, "2027-10")],
        "certifications": [
            C("PCCN", "AACN", "2028-03"),
            C("CMSRN", "MSNCB", None),
            C("ACLS", "American Heart Association", "2027-05"),
            C("BLS", "American Heart Association", "2027-05"),
        ],
        "education": [
            E("Bachelor of Science in Nursing", "Indiana University School of Nursing"),
            E("Associate of Science in Nursing", "Ivy Tech Community College"),
            E("Practical Nursing certificate", "Ivy Tech Community College"),
        ],
        "employers": [
            "Crossroads Heart & Vascular",
            "White River Medical Center",
            "Fall Creek Hospital",
            "Wabash Valley Regional Hospital",
            "Monument Circle Hospital",
            "Meridian Hills Care Center",
        ],
        "ehr_systems": ["Cerner", "Epic", "MEDITECH"],
        "agencies": ["Hoosier Flex Nursing"],
        "clinical_sites": [],
        "notes": "LPN years 1996-2000 are another discipline and excluded from RN years; orthopedic/med-surg -> Med-Surg; travel facilities are the "
        "employers; CMSRN 'exp. 2029' year-only -> null; year-only ranges joined (2009 start read after the travel job ends); pastel "
        "headings and grey body are faint after the grey scan.",
    },
}

U28 = {
    "id": "u28",
    "fmt": "scan",
    "render": "docx:footer",
    "shot": "scan",
    "via": "docx",
    "layout": "scan-grey-of-word-page-rendered-by-libreoffice-footer-contact",
    "scan": {"skews": [-1.3], "dpi": 200},
    "opts": {"accent": "5A3E85", "font": "Carlito", "size": 10.5},
    "name": "Odessa Fairbanks",
    "creds": "OTD, OTR/L",
    "headline": "Pediatric Occupational Therapist - outpatient, NICU, school-based",
    "contact": [
        "1730 Highland Ave S, Birmingham, AL 35205",
        "(205) 555-0112",
        "odessa.fairbanks@example.net",
    ],
    "main": [
        (
            "Experience",
            [
                J(
                    "Occupational Therapist",
                    "Magic City Pediatric Therapy",
                    "06/2020 - present",
                    "2020-06:2026-12",
                    "Birmingham, AL",
                    ["Outpatient pediatrics: sensory processing, feeding, handwriting, autism"],
                ),
                J(
                    "PRN Occupational Therapist, NICU",
                    "Red Mountain Women's & Infants Hospital",
                    "since 2022",
                    "2022-01:2026-12",
                    "Birmingham, AL",
                    ["Developmental positioning, oral-motor readiness, family education"],
                ),
                J(
                    "School-Based Occupational Therapist",
                    "Vulcan Ridge City Schools",
                    "08/2016 - 05/2020",
                    "2016-08:2020-05",
                    "Hoover, AL",
                ),
            ],
        ),
        ("License", ["Alabama OT License #OT-3391, exp 09/30/2027"]),
        (
            "Certifications",
            [
                [
                    "OTR - NBCOT - expires 03/31/2028",
                    "Neonatal Therapy Certification (NTC) - NTNCB - valid through 2029",
                    "BLS - American Heart Association - exp 02/2027",
                ]
            ],
        ),
        (
            "Education",
            [
                "Doctor of Occupational Therapy - Samford University, 2016",
                "B.S. Psychology - Auburn University, 2013",
            ],
        ),
        ("Documentation", ["Epic (hospital), Fusion Web Clinic (clinic)"]),
    ],
    "truth": {
        "key": "fairbanks-scan-word-footer-peds-ot",
        "email": "odessa.fairbanks@example.net",
        "phone": "(205) 555-0112",
        "location": "Birmingham, AL",
        "discipline": "OT",
        "specialties": ["Outpatient", "Pediatrics", "NICU", "Schools"],
        "licenses": [L("AL", "OT", "OT-3391", None, "2027-09")],
        "certifications": [
            C("OTR", "NBCOT", "2028-03"),
            C("Neonatal Therapy Certification (NTC)", "NTNCB", None),
            C("BLS", "American Heart Association", "2027-02"),
        ],
        "education": [
            E("Doctor of Occupational Therapy", "Samford University"),
            E("B.S. Psychology", "Auburn University"),
        ],
        "employers": [
            "Magic City Pediatric Therapy",
            "Red Mountain Women's & Infants Hospital",
            "Vulcan Ridge City Schools",
        ],
        "ehr_systems": ["Epic", "Fusion Web Clinic"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "Contact only in the footer line at the bottom of the scanned page; NTC 'valid through 2029' -> null; summer gap 06/2020 none "
        "(05 -> 06).",
    },
}

U29 = {
    "id": "u29",
    "fmt": "scan",
    "render": "rl:reverse",
    "shot": "scan",
    "layout": "scan-bilevel-200dpi-courier-reportlab-page-long-career-rt",
    "scan": {"skews": [0.7], "dpi": 200, "bilevel": True, "threshold": 150},
    "opts": {"mono": True, "accent": "#000000", "size": 9.6, "rules": False, "dash": True},
    "name": "Dwight L. Merriweather",
    "creds": "RRT-ACCS",
    "headline": "Registered Respiratory Therapist - 27 years",
    "contact": [
        "415 Fortification St, Jackson, MS 39202",
        "(601) 555-0198",
        "dwight.merriweather@example.com",
    ],
    "main": [
        (
            "Experience",
            [
                J(
                    "Lead Respiratory Therapist",
                    "Pearl River University Hospital",
                    "2012 - present",
                    "2012-01:2026-12",
                    "Jackson, MS",
                    [
                        "Adult ICUs and ED: vents, ECMO circuits with perfusion, rapid response",
                        "Protocol committee; trains new RTs",
                    ],
                ),
                J(
                    "PRN Respiratory Therapist / PFT",
                    "Magnolia Pulmonary Associates",
                    "2015 to date",
                    "2015-01:2026-12",
                    "Flowood, MS",
                    ["Outpatient pulmonary function testing and pulmonary rehab sessions"],
                ),
                J(
                    "Staff Respiratory Therapist",
                    "Rankin County Medical Center",
                    "2003 - 2011",
                    "2003-01:2011-12",
                    "Brandon, MS",
                    ["Adult ICU and NICU coverage, floors, ED"],
                ),
                J(
                    "Certified Respiratory Therapist",
                    "Yazoo Delta Hospital",
                    "1999 - 2002",
                    "1999-06:2002-12",
                    "Yazoo City, MS",
                ),
            ],
        ),
        (
            "License and credentials",
            [
                [
                    "Mississippi Respiratory Care Practitioner License #RCP-1108, expires 12/31/2027",
                    "RRT and RRT-ACCS, NBRC",
                    "ACLS and BLS, American Heart Association, expire 04/2027",
                ]
            ],
        ),
        (
            "Education",
            [
                "Associate of Applied Science, Respiratory Care Technology, Hinds Community College, 1999"
            ],
        ),
        ("Charting", ["Epic (Pearl River), MEDITECH (Rankin County)"]),
    ],
    "truth": {
        "key": "merriweather-bilevel-scan-courier-rt",
        "email": "dwight.merriweather@example.com",
        "phone": "(601) 555-0198",
        "location": "Jackson, MS",
        "discipline": "RT",
        "specialties": ["ICU", "ER", "Outpatient", "NICU"],
        "licenses": [L("MS", "RT", "RCP-1108", None, "2027-12")],
        "certifications": [
            C("RRT", "NBRC", None),
            C("RRT-ACCS", "NBRC", None),
            C("ACLS", "American Heart Association", "2027-04"),
            C("BLS", "American Heart Association", "2027-04"),
        ],
        "education": [
            E(
                "Associate of Applied Science, Respiratory Care Technology",
                "Hinds Community College",
            )
        ],
        "employers": [
            "Pearl River University Hospital",
            "Magnolia Pulmonary Associates",
            "Rankin County Medical Center",
            "Yazoo Delta Hospital",
        ],
        "ehr_systems": ["Epic", "MEDITECH"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "Mississippi 'Respiratory Care Practitioner' -> RT; year-only ranges read Jan-Dec, the first from mid-1999; PFT/pulmonary rehab -> "
        "Outpatient; ECMO with perfusion is ICU work; 'RRT and RRT-ACCS, NBRC' have no expiry.",
    },
}

U30 = {
    "id": "u30",
    "fmt": "scan",
    "render": "odt:frames",
    "shot": "scan",
    "layout": "scan-grey-of-libreoffice-frames-page-sonographer",
    "scan": {"skews": [-0.5], "dpi": 200},
    "opts": {"accent": "#1c4966", "shade": "#e3edf3"},
    "name": "Camille Dubois-Grant",
    "creds": "RDMS, RVT",
    "headline": "Diagnostic Medical Sonographer - abdomen, OB/GYN, vascular",
    "contact": [
        "1418 W 39th St",
        "Kansas City, MO 64111",
        "(816) 555-0131",
        "camille.duboisgrant@example.com",
    ],
    "side": [
        (
            "Registry",
            [
                "RDMS (AB, OB/GYN) - ARDMS - renewal due 10/2027",
                "RVT - ARDMS - renewal due 10/2027",
                "BLS - AHA - exp 01/2027",
            ],
        ),
        (
            "Education",
            [
                "Associate of Applied Science,",
                "Diagnostic Medical Sonography",
                "Metropolitan Community College, 2012",
            ],
        ),
        ("Systems", ["Epic, Cerner; GE Viewpoint reporting; Philips PACS"]),
    ],
    "main": [
        (
            "Experience",
            [
                J(
                    "Lead Sonographer",
                    "Plaza Heights Imaging Center",
                    "July 2018 - present",
                    "2018-07:2026-12",
                    "Kansas City, MO",
                    [
                        "Outpatient abdominal, pelvic, OB, thyroid and breast ultrasound",
                        "Schedules and QA for 5 sonographers",
                    ],
                ),
                J(
                    "PRN Vascular Sonographer",
                    "Blue River Medical Center",
                    "2020 - now",
                    "2020-01:2026-12",
                    "Kansas City, MO",
                    ["Inpatient and ED venous duplex, carotids, arterial studies"],
                ),
                J(
                    "Diagnostic Medical Sonographer",
                    "Missouri Valley Medical Center",
                    "2012 - 2018",
                    "2012-07:2018-06",
                    "Independence, MO",
                ),
            ],
        ),
        ("Note", ["Missouri does not license sonographers; registry credentials above."]),
    ],
    "truth": {
        "key": "dubois-grant-scan-frames-sonographer",
        "email": "camille.duboisgrant@example.com",
        "phone": "(816) 555-0131",
        "location": "Kansas City, MO",
        "discipline": "other-allied",
        "specialties": ["Ultrasound", "Outpatient"],
        "licenses": [],
        "certifications": [
            C("RDMS", "ARDMS", "2027-10"),
            C("RVT", "ARDMS", "2027-10"),
            C("BLS", "AHA", "2027-01"),
        ],
        "education": [
            E(
                "Associate of Applied Science, Diagnostic Medical Sonography",
                "Metropolitan Community College",
            )
        ],
        "employers": [
            "Plaza Heights Imaging Center",
            "Blue River Medical Center",
            "Missouri Valley Medical Center",
        ],
        "ehr_systems": ["Epic", "Cerner"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "Sonography (general and vascular) -> Ultrasound; outpatient imaging center -> Outpatient; no licence (the page says MO does not "
        "license sonographers); degree wrapped over three sidebar lines; GE Viewpoint and PACS are not EHRs; '2012 - 2018' read mid-year.",
    },
}

PEOPLE = [U16, U17, U18, U19, U20, U21, U22, U23, U24, U25, U26, U27, U28, U29, U30]
