"""u01-u15: the PDFs (ReportLab, WeasyPrint, LibreOffice frames) and the Word files."""

from model import C, E, J, L

U01 = {
    "id": "u01",
    "fmt": "pdf",
    "render": "rl:cols",
    "layout": "reportlab-canvas-two-columns-by-coordinates-main-drawn-before-header",
    "opts": {"accent": "#23395b", "order": ["main", "side", "head"]},
    "name": "Marguerite A. Solberg",
    "creds": "RN, BSN, CCRN",
    "headline": "Critical Care Registered Nurse - 22 years at the bedside",
    "contact": [
        "(402) 555-0117",
        "marguerite.solberg@example.net",
        "4417 Larkspur Lane",
        "Omaha, NE 68104",
    ],
    "side": [
        (
            "Licensure",
            [
                "Nebraska RN - Multistate privilege (NLC), #RN-118204, exp 10/31/2027",
                "California RN 604417, single-state, expires 05/31/2028",
            ],
        ),
        (
            "Certifications",
            [
                "CCRN (Adult) - AACN, valid thru 01/2028",
                "CSC - AACN, valid thru 01/2028",
                "ACLS - American Heart Association, renewal due 04/2027",
                "BLS - American Heart Association, renewal due 04/2027",
                "TNCC - ENA, 2029",
            ],
        ),
        (
            "Education",
            [
                "Bachelor of Science in Nursing, Creighton University, Omaha, 2004",
            ],
        ),
        (
            "Systems",
            [
                "Epic (2016-now); Cerner PowerChart (2004-2016)",
                "Also: Pyxis MedStation, Kronos, Vocera badges, Omnicell",
            ],
        ),
    ],
    "main": [
        (
            "Profile",
            [
                "ICU nurse since 2010 with cardiovascular, neuro, medical and surgical ICU time, preceded by step-down and "
                "medical-surgical years. Charge, preceptor and rapid-response experience; comfortable with Impella, IABP, CRRT and EVDs.",
            ],
        ),
        (
            "Experience",
            [
                J(
                    "Staff RN, Cardiovascular ICU",
                    "Prairie Crest Heart Institute",
                    "Aug. 2019 - Present",
                    "2019-08:2026-12",
                    "Omaha, NE",
                    [
                        "Open-heart recovery, Impella and IABP patients, fresh post-op hearts 1:1",
                        "Unit educator for CRRT super-users",
                    ],
                ),
                J(
                    "Per Diem RN, Neuro ICU",
                    "Saint Brendan Regional Medical Center",
                    "2021 to date",
                    "2021-01:2026-12",
                    "Council Bluffs, IA",
                    [
                        "Two shifts a month alongside the staff job: EVDs, post-craniotomy care, stroke alerts"
                    ],
                ),
                J(
                    "Charge RN, Medical ICU",
                    "Loess Hills University Hospital",
                    "6/2013 - 7/2019",
                    "2013-06:2019-07",
                    "Omaha, NE",
                    ["24-bed MICU; charge 3 shifts a week; rapid response team 2016-2019"],
                ),
                J(
                    "Staff RN, Surgical ICU",
                    "Loess Hills University Hospital",
                    "2/2010 - 5/2013",
                    "2010-02:2013-05",
                    "Omaha, NE",
                ),
                J(
                    "Per Diem RN, ICU Float Pool",
                    "Bellwood Memorial Hospital",
                    "2011 - 2015",
                    "2011-01:2015-12",
                    "Lincoln, NE",
                    ["Weekend float to ICU and CCU while working full time at Loess Hills"],
                ),
                J(
                    "Staff RN, Progressive Care Unit (Step-Down)",
                    "Platte Valley Medical Center",
                    "Jan 2007 - Jan 2010",
                    "2007-01:2010-01",
                    "Fremont, NE",
                ),
                J(
                    "Staff RN, Medical-Surgical",
                    "Platte Valley Medical Center",
                    "June 2004 - Dec 2006",
                    "2004-06:2006-12",
                    "Fremont, NE",
                ),
                J(
                    "Student Nurse Extern",
                    "Platte Valley Medical Center",
                    "Summer 2003",
                    None,
                    "Fremont, NE",
                    ["Before licensure; paired with an RN preceptor on med-surg"],
                ),
            ],
        ),
    ],
    "truth": {
        "key": "solberg-reportlab-cols-cvicu-long-career",
        "email": "marguerite.solberg@example.net",
        "phone": "(402) 555-0117",
        "location": "Omaha, NE",
        "discipline": "RN",
        "specialties": ["ICU", "Step-down", "Med-Surg"],
        "licenses": [
            L("NE", "RN", "RN-118204", True, "2027-10"),
            L("CA", "RN", "604417", False, "2028-05"),
        ],
        "certifications": [
            C("CCRN", "AACN", "2028-01"),
            C("CSC", "AACN", "2028-01"),
            C("ACLS", "American Heart Association", "2027-04"),
            C("BLS", "American Heart Association", "2027-04"),
            C("TNCC", "ENA", None),
        ],
        "education": [E("Bachelor of Science in Nursing", "Creighton University")],
        "employers": [
            "Prairie Crest Heart Institute",
            "Saint Brendan Regional Medical Center",
            "Loess Hills University Hospital",
            "Bellwood Memorial Hospital",
            "Platte Valley Medical Center",
        ],
        "ehr_systems": ["Epic", "Cerner"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "CVICU/Neuro ICU/MICU/SICU/ICU float -> ICU; Progressive Care (Step-Down) -> Step-down; per diem jobs overlap staff jobs and count once; "
        "student extern pre-licence excluded (same employer kept once); 'TNCC - ENA, 2029' year-only -> null; Cerner PowerChart -> Cerner; "
        "Pyxis, Kronos, Vocera, Omnicell are not EHRs; stream order is main, sidebar, header.",
    },
}

U02 = {
    "id": "u02",
    "fmt": "pdf",
    "render": "html:modern",
    "layout": "weasyprint-slate-rule-small-caps-jobs-newest-last",
    "opts": {},
    "name": "Anneliese Korbel",
    "creds": "RN, BSN, RNC-OB",
    "headline": "Labor & Delivery Nurse | high-risk antepartum, OB triage, C-section circulating",
    "contact": [
        "(503) 555-0163",
        "anneliese.korbel@example.com",
        "2290 SE Tamarack St, Portland, OR 97214",
    ],
    "main": [
        (
            "Summary",
            [
                "Fourteen years in obstetrics, starting on a mother/baby unit. Experience is listed oldest first, the way my "
                "portfolio is kept."
            ],
        ),
        (
            "Experience (in chronological order)",
            [
                J(
                    "Staff RN, Mother/Baby Unit",
                    "Willamette Crossing Medical Center",
                    "Sept 2012 - Oct 2015",
                    "2012-09:2015-10",
                    "Salem, OR",
                    ["Couplet care for 4 dyads, breastfeeding support, newborn assessments"],
                ),
                J(
                    "Staff RN, Labor & Delivery",
                    "Columbia Heights Women's Hospital",
                    "Nov 2015 - Mar 2021",
                    "2015-11:2021-03",
                    "Portland, OR",
                    [
                        "3,900 births a year; high-risk antepartum; circulating for C-sections",
                        "Charge nurse from 2019",
                    ],
                ),
                J(
                    "Travel L&D RN",
                    "Cascadia Nurse Partners (travel agency)",
                    "Apr 2021 - Jan 2022",
                    "2021-04:2022-01",
                    "",
                    [],
                    [
                        "Kittredge Valley Hospital, Yakima, WA - 13 wks, Apr-Jul 2021",
                        "Bayfront Regional Medical Center, Coos Bay, OR - Aug 2021 - Jan 2022 (extended)",
                    ],
                ),
                J(
                    "Staff RN, Labor & Delivery / OB Triage",
                    "Columbia Heights Women's Hospital",
                    "Feb. 2022 - current",
                    "2022-02:2026-12",
                    "Portland, OR",
                    [
                        "Rehired after travel; OB triage lead; AWHONN fetal monitoring course instructor"
                    ],
                ),
            ],
        ),
        (
            "Licenses",
            [
                [
                    "Oregon RN license 201208813RN, exp. 06/30/2027",
                    "Washington RN license RN61177420 (exp 03/2027)",
                ]
            ],
        ),
        (
            "Certifications",
            [
                [
                    "RNC-OB, inpatient obstetric nursing - NCC - valid thru 11/2028",
                    "C-EFM, electronic fetal monitoring - NCC - valid thru 11/2028",
                    "NRP - American Academy of Pediatrics - exp. 02/2027",
                    "BLS - American Heart Association - exp. 09/2027",
                ]
            ],
        ),
        (
            "Education",
            [
                "Associate of Applied Science, Nursing - Portland Community College, 2012",
                "Bachelor of Science in Nursing - Oregon Health & Science University, 2018 (RN-to-BSN)",
            ],
        ),
        (
            "Charting & tools",
            ["Epic Stork (2015-now), Cerner (travel), PeriWatch Vigilance, Omnicell, Vocera"],
        ),
    ],
    "truth": {
        "key": "korbel-weasyprint-ld-newest-last",
        "email": "anneliese.korbel@example.com",
        "phone": "(503) 555-0163",
        "location": "Portland, OR",
        "discipline": "RN",
        "specialties": ["L&D", "Postpartum"],
        "licenses": [
            L("OR", "RN", "201208813RN", None, "2027-06"),
            L("WA", "RN", "RN61177420", None, "2027-03"),
        ],
        "certifications": [
            C("RNC-OB", "NCC", "2028-11"),
            C("C-EFM", "NCC", "2028-11"),
            C("NRP", "American Academy of Pediatrics", "2027-02"),
            C("BLS", "American Heart Association", "2027-09"),
        ],
        "education": [
            E("Associate of Applied Science, Nursing", "Portland Community College"),
            E("Bachelor of Science in Nursing", "Oregon Health & Science University"),
        ],
        "employers": [
            "Willamette Crossing Medical Center",
            "Columbia Heights Women's Hospital",
            "Kittredge Valley Hospital",
            "Bayfront Regional Medical Center",
        ],
        "ehr_systems": ["Epic", "Cerner"],
        "agencies": ["Cascadia Nurse Partners"],
        "clinical_sites": [],
        "notes": "Jobs printed oldest first; Mother/Baby -> Postpartum; C-section circulating is part of the L&D role, not OR; travel facilities are "
        "the employers, the agency is not; Epic Stork -> Epic; PeriWatch, Omnicell, Vocera are not EHRs; no compact wording -> compact null.",
    },
}

U03 = {
    "id": "u03",
    "fmt": "pdf",
    "render": "rl:reverse",
    "layout": "reportlab-one-column-lines-drawn-bottom-up",
    "opts": {"accent": "#5b2a86", "emp_first": True},
    "name": "Desmond K. Achterberg",
    "creds": "PT, DPT, OCS",
    "headline": "Physical Therapist - outpatient orthopaedics and sports",
    "contact": ["Madison, WI", "(608) 555-0129", "d.achterberg@example.org"],
    "main": [
        (
            "Professional experience",
            [
                J(
                    "Clinic Director / Physical Therapist",
                    "Lakeshore Motion Physical Therapy",
                    "since 2021",
                    "2021-01:2026-12",
                    "Madison, WI",
                    [
                        "Outpatient orthopaedic caseload of 11-13 visits a day plus clinic management",
                        "ACL return-to-sport program",
                    ],
                ),
                J(
                    "PRN Physical Therapist, inpatient rehabilitation",
                    "Capitol Heights Rehabilitation Hospital",
                    "2022 - present",
                    "2022-01:2026-12",
                    "Madison, WI",
                    ["Weekend coverage on the stroke and orthopaedic rehab units"],
                ),
                J(
                    "Staff Physical Therapist, Outpatient Orthopedics",
                    "Four Lakes Orthopedic Clinic",
                    "06/2016 - 12/2020",
                    "2016-06:2020-12",
                    "Middleton, WI",
                ),
                J(
                    "Physical Therapist, Acute Care",
                    "Riverbend Memorial Hospital",
                    "09/2014 - 05/2016",
                    "2014-09:2016-05",
                    "Janesville, WI",
                    ["Ortho/neuro floors and ICU early mobility consults"],
                ),
            ],
        ),
        (
            "Licensure and certification",
            [
                [
                    "Wisconsin Physical Therapist license 11482-024, expires 5/31/2027",
                    "Board-Certified Orthopaedic Clinical Specialist (OCS), ABPTS, recertification due 6/2030",
                    "CPR/BLS for the professional rescuer, American Red Cross, exp. 02/2027",
                    "Dry Needling Level 2, Evidence in Motion (2019)",
                ]
            ],
        ),
        (
            "Education",
            [
                "Doctor of Physical Therapy, University of Wisconsin-Madison, 2014",
                "B.S. Kinesiology, University of Wisconsin-La Crosse, 2011",
            ],
        ),
        ("Documentation", ["WebPT (clinic), Epic (hospital). Scheduling and payroll in Kronos."]),
    ],
    "truth": {
        "key": "achterberg-reportlab-reverse-outpatient-pt",
        "email": "d.achterberg@example.org",
        "phone": "(608) 555-0129",
        "location": "Madison, WI",
        "discipline": "PT",
        "specialties": ["Outpatient", "Inpatient Rehab", "Acute Care"],
        "licenses": [L("WI", "PT", "11482-024", None, "2027-05")],
        "certifications": [
            C("OCS", "ABPTS", "2030-06"),
            C("BLS", "American Red Cross", "2027-02"),
            C("Dry Needling Level 2", "Evidence in Motion", None),
        ],
        "education": [
            E("Doctor of Physical Therapy", "University of Wisconsin-Madison"),
            E("B.S. Kinesiology", "University of Wisconsin-La Crosse"),
        ],
        "employers": [
            "Lakeshore Motion Physical Therapy",
            "Capitol Heights Rehabilitation Hospital",
            "Four Lakes Orthopedic Clinic",
            "Riverbend Memorial Hospital",
        ],
        "ehr_systems": ["WebPT", "Epic"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "Employer printed first, title second; PRN inpatient rehab overlaps the director job; ICU early mobility consults are not an ICU job; "
        "'CPR/BLS' -> BLS; OCS 'recertification due 6/2030' -> 2030-06; Kronos is not an EHR; lines drawn bottom-up in the content stream.",
    },
}

U04 = {
    "id": "u04",
    "fmt": "pdf",
    "render": "odt:frames",
    "layout": "libreoffice-fodt-page-anchored-frames-band-and-sidebar-exported-pdf",
    "opts": {"accent": "#7a1f1f", "shade": "#f4e9e6"},
    "name": "Rafael Quintanilla-Moss",
    "creds": "RN, RCIS",
    "headline": "Cardiac Cath Lab RN - interventional cardiology, structural heart, IR",
    "contact": ["(520) 555-0181", "rquintanilla@example.com", "918 E Mabel St", "Tucson, AZ 85719"],
    "side": [
        ("License", ["Arizona RN - multistate licence - RN248817 - exp 09/30/2028"]),
        (
            "Certifications",
            [
                "RCIS (Cardiovascular Credentialing International) expires 12/2027",
                "ACLS, AHA, exp. 07/2027",
                "BLS, AHA, exp. 07/2027",
            ],
        ),
        ("Education", ["Bachelor of Science in Nursing", "The University of Arizona, 2013"]),
        (
            "Software",
            ["Cerner (Sonoran Valley), Epic (Catalina Foothills); Merge Hemo and Omnicell"],
        ),
    ],
    "main": [
        (
            "Experience",
            [
                J(
                    "Cath Lab RN",
                    "Sonoran Valley Heart Hospital, Tucson, AZ",
                    "Jan. '22 - current",
                    "2022-01:2026-12",
                    "",
                    [
                        "PCI, STEMI call team, TAVR and Watchman cases; moderate sedation; femoral and radial sheath pulls"
                    ],
                ),
                J(
                    "Per diem Interventional Radiology RN",
                    "Saguaro Regional Medical Center, Tucson, AZ",
                    "Spring 2023 - present",
                    "2023-04:2026-12",
                    "",
                    ["Paracentesis, biopsies, ports and drains under moderate sedation"],
                ),
                J(
                    "CVICU RN",
                    "Catalina Foothills Medical Center, Tucson, AZ",
                    "3/2016-12/2021",
                    "2016-03:2021-12",
                    "",
                    ["Post-PCI and post-CABG recovery, IABP, titrated drips"],
                ),
                J(
                    "Telemetry RN",
                    "Catalina Foothills Medical Center, Tucson, AZ",
                    "5/2013-2/2016",
                    "2013-05:2016-02",
                    "",
                ),
            ],
        ),
    ],
    "truth": {
        "key": "quintanilla-fodt-frames-cath-lab",
        "email": "rquintanilla@example.com",
        "phone": "(520) 555-0181",
        "location": "Tucson, AZ",
        "discipline": "RN",
        "specialties": ["Cath Lab", "Interventional Radiology", "ICU", "Telemetry"],
        "licenses": [L("AZ", "RN", "RN248817", True, "2028-09")],
        "certifications": [
            C("RCIS", "Cardiovascular Credentialing International", "2027-12"),
            C("ACLS", "AHA", "2027-07"),
            C("BLS", "AHA", "2027-07"),
        ],
        "education": [E("Bachelor of Science in Nursing", "The University of Arizona")],
        "employers": [
            "Sonoran Valley Heart Hospital",
            "Saguaro Regional Medical Center",
            "Catalina Foothills Medical Center",
        ],
        "ehr_systems": ["Cerner", "Epic"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "CVICU -> ICU; per diem IR kept as its own specialty; 'Spring 2023' read as 2023-04; Merge Hemo and Omnicell are not EHRs; "
        "name band and sidebar are page-anchored frames; degree wrapped over two sidebar lines.",
    },
}

U05 = {
    "id": "u05",
    "fmt": "pdf",
    "render": "html:cv",
    "layout": "weasyprint-two-page-serif-cv-running-header-page-counters",
    "opts": {},
    "name": "Helena Vasquez-Thornbury",
    "creds": "PharmD, BCPS, BCEMP",
    "headline": "Clinical Pharmacist, Emergency Medicine",
    "contact": [
        "77 Wexford Court, Apt 3B, Columbus, OH 43215",
        "(614) 555-0138",
        "hvthornbury@example.org",
    ],
    "main": [
        (
            "Professional Experience",
            [
                J(
                    "Clinical Pharmacist, Emergency Medicine",
                    "Scioto River University Medical Center",
                    "July 2018 - Present",
                    "2018-07:2026-12",
                    "Columbus, OH",
                    [
                        "Level I trauma and resuscitation response; RSI, massive transfusion and toxicology support",
                        "Antimicrobial culture-callback program for ED discharges",
                        "Preceptor for PGY1 and APPE students",
                    ],
                ),
                J(
                    "PRN Staff Pharmacist",
                    "Hocking Hills Community Hospital",
                    "2020 to date",
                    "2020-01:2026-12",
                    "Logan, OH",
                    ["Two weekends a month; order verification, IV room, pharmacokinetic dosing"],
                ),
                J(
                    "PGY1 Pharmacy Resident",
                    "Scioto River University Medical Center",
                    "July 2017 - June 2018",
                    "2017-07:2018-06",
                    "Columbus, OH",
                    [
                        "ASHP-accredited; rotations in EM, critical care, infectious diseases, cardiology"
                    ],
                ),
                J(
                    "Pharmacy Intern",
                    "Buckeye Corner Pharmacy",
                    "2014 - 2017",
                    None,
                    "Worthington, OH",
                    ["Before licensure"],
                ),
            ],
        ),
        (
            "Licensure",
            [
                [
                    "Ohio Pharmacist License 03-3-219844 (expires 09/15/2027)",
                    "Kentucky Pharmacist License #019377 - renewal due 02/28/2027",
                ]
            ],
        ),
        (
            "Board Certification and Training",
            [
                [
                    "BCPS - Board of Pharmacy Specialties - valid through 12/2029",
                    "BCEMP - Board of Pharmacy Specialties - valid through 12/2031",
                    "ACLS - American Heart Association - expires 03/2027",
                    "PALS - American Heart Association - expires 03/2027",
                ]
            ],
        ),
        (
            "Education",
            [
                "Doctor of Pharmacy (PharmD), The Ohio State University College of Pharmacy, 2017",
                "Pre-pharmacy coursework, Ohio University, 2011-2013",
            ],
        ),
        (
            "Presentations",
            [
                [
                    "Ketamine for agitation in the ED: a two-year review. Ohio Society of Health-System Pharmacists, 2022.",
                    "Weight-based heparin in obesity. Grand Rounds, 2020.",
                ]
            ],
        ),
        (
            "Publications",
            [
                "Vasquez-Thornbury H, Oduya P. Push-dose vasopressors outside the ICU. Am J Emerg Clin Pharm. 2023;7(2):44-51."
            ],
        ),
        (
            "Systems",
            ["Epic Willow (inpatient pharmacy), Pyxis MedStation, Omnicell, DoseEdge, Kronos"],
        ),
        (
            "Professional Service",
            [
                [
                    "ED pharmacy representative, Pharmacy & Therapeutics subcommittee, 2020-present",
                    "Residency advisory committee, 2021-present",
                    "Toxicology journal club lead, 2019-present",
                ]
            ],
        ),
        (
            "Teaching and Precepting",
            [
                [
                    "Co-coordinator, emergency medicine APPE rotation (12 students a year), 2019-present",
                    "Lecturer, toxicology module, PharmD year 3 therapeutics course, 2021-present",
                    "Nursing education: rapid sequence intubation drugs and push-dose pressors, quarterly ED skills days",
                ]
            ],
        ),
        (
            "Memberships",
            [
                [
                    "American College of Clinical Pharmacy - Emergency Medicine PRN",
                    "American Society of Health-System Pharmacists",
                    "Ohio Society of Health-System Pharmacists",
                ]
            ],
        ),
        ("References", ["Available on request."]),
    ],
    "truth": {
        "key": "vasquez-thornbury-weasyprint-cv-em-pharmacist",
        "email": "hvthornbury@example.org",
        "phone": "(614) 555-0138",
        "location": "Columbus, OH",
        "discipline": "Pharmacist",
        "specialties": ["ER", "Inpatient"],
        "licenses": [
            L("OH", "Pharmacist", "03-3-219844", None, "2027-09"),
            L("KY", "Pharmacist", "019377", None, "2027-02"),
        ],
        "certifications": [
            C("BCPS", "Board of Pharmacy Specialties", "2029-12"),
            C("BCEMP", "Board of Pharmacy Specialties", "2031-12"),
            C("ACLS", "American Heart Association", "2027-03"),
            C("PALS", "American Heart Association", "2027-03"),
        ],
        "education": [E("Doctor of Pharmacy (PharmD)", "The Ohio State University")],
        "employers": [
            "Scioto River University Medical Center",
            "Hocking Hills Community Hospital",
            "Buckeye Corner Pharmacy",
        ],
        "ehr_systems": ["Epic"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "Emergency medicine pharmacist -> ER + Inpatient (the PRN hospital job); PGY1 residency counted (licensed); intern years excluded; "
        "pre-pharmacy coursework is not a degree; Epic Willow -> Epic; Pyxis, Omnicell, DoseEdge, Kronos are not EHRs; running header on page 2.",
    },
}

U06 = {
    "id": "u06",
    "fmt": "pdf",
    "render": "rl:bands",
    "layout": "reportlab-contact-only-in-running-header-and-footer-agency-block-no-address",
    "opts": {"accent": "#9c2b1b", "size": 9.6},
    "name": "Jonah T. Whitlock",
    "creds": "RN, CEN",
    "headline": "Travel Emergency Nurse",
    "contact": ["(208) 555-0156", "jonah.whitlock@example.net"],
    "main": [
        (
            "Summary",
            [
                "Emergency nurse since 2016, travelling since spring 2022 with one agency. Level I and II trauma, rural critical access, "
                "pediatric ED volume. Available for 13-week contracts in compact states."
            ],
        ),
        (
            "Travel Assignments",
            [
                J(
                    "Travel ER RN",
                    "Meridian Travel Nursing",
                    "04/2022 - present",
                    "2022-04:2026-12",
                    "",
                    [],
                    [
                        "Blue Mesa Regional Medical Center, Grand Junction, CO - Emergency Dept, 13 wks - Oct 2026 - current",
                        "Tamarack General Hospital, Missoula, MT - Level II Trauma ED - Jun 2026 - Sep 2026",
                        "Coastal Pines Medical Center, Brunswick, GA - ED - Jan 2026 - May 2026",
                        "Saltgrass Medical Center, Ogden, UT - ED and fast track - Apr 2023 - Dec 2025 (extended four times)",
                        "Sweetwater Valley Hospital, Rock Springs, WY - ED - Apr 2022 - Mar 2023",
                    ],
                ),
            ],
        ),
        (
            "Staff Positions",
            [
                J(
                    "Staff RN, Emergency Department",
                    "Snake River Regional Hospital",
                    "Aug 2016 to March 2022",
                    "2016-08:2022-03",
                    "Boise, ID",
                    ["52-bed ED, trauma bay, triage; charge nurse 2019-2022"],
                ),
                J(
                    "Staff RN, Medical/Surgical",
                    "Snake River Regional Hospital",
                    "May 2014 - Jul 2016",
                    "2014-05:2016-07",
                    "Boise, ID",
                ),
            ],
        ),
        ("License", ["Idaho RN (multi-state / NLC) - N-91734 - exp 08/31/2027"]),
        (
            "Certifications",
            [
                [
                    "CEN - BCEN - exp 06/2028",
                    "TNCC - ENA - exp 10/2027",
                    "ACLS, PALS, BLS - American Heart Association - all expire 01/2028",
                ]
            ],
        ),
        (
            "Education",
            [
                "Associate of Science in Nursing - College of Western Idaho, 2014",
                "BSN - Boise State University, 2019",
            ],
        ),
        ("EHR", ["Epic, Cerner, MEDITECH Expanse. Comfortable with Pyxis, Omnicell and Vocera."]),
    ],
    "truth": {
        "key": "whitlock-reportlab-bands-er-traveller-agency-block",
        "email": "jonah.whitlock@example.net",
        "phone": "(208) 555-0156",
        "location": None,
        "discipline": "RN",
        "specialties": ["ER", "Med-Surg"],
        "licenses": [L("ID", "RN", "N-91734", True, "2027-08")],
        "certifications": [
            C("CEN", "BCEN", "2028-06"),
            C("TNCC", "ENA", "2027-10"),
            C("ACLS", "American Heart Association", "2028-01"),
            C("PALS", "American Heart Association", "2028-01"),
            C("BLS", "American Heart Association", "2028-01"),
        ],
        "education": [
            E("Associate of Science in Nursing", "College of Western Idaho"),
            E("BSN", "Boise State University"),
        ],
        "employers": [
            "Blue Mesa Regional Medical Center",
            "Tamarack General Hospital",
            "Coastal Pines Medical Center",
            "Saltgrass Medical Center",
            "Sweetwater Valley Hospital",
            "Snake River Regional Hospital",
        ],
        "ehr_systems": ["Epic", "Cerner", "MEDITECH"],
        "agencies": ["Meridian Travel Nursing"],
        "clinical_sites": [],
        "notes": "No home address: location null (facility cities are not home); contact only in running header/footer; facilities listed under the "
        "agency heading are the employers; 'ACLS, PALS, BLS ... all expire 01/2028' gives each the same expiry; fast track is part of ED.",
    },
}

U07 = {
    "id": "u07",
    "fmt": "pdf",
    "render": "html:grid",
    "layout": "weasyprint-css-table-main-cell-pale-green-right-rail",
    "opts": {},
    "name": "Ingrid Halvorsen-Byrne",
    "creds": "M.S., CCC-SLP",
    "headline": "Medical Speech-Language Pathologist - dysphagia, FEES, cognitive-communication",
    "contact": ["1503 Glenwood Ave, Raleigh, NC 27608", "(919) 555-0174", "ingrid.hb@example.com"],
    "side": [
        (
            "Licensure",
            [
                "North Carolina Board of Examiners for Speech and Language Pathologists and Audiologists - License #8841, expires 12/31/2027"
            ],
        ),
        (
            "Credentials",
            [
                [
                    "CCC-SLP, ASHA - renewal due 12/2027",
                    "BLS, American Heart Association - valid thru 04/2027",
                    "MBSImP, Northern Speech Services",
                    "VitalStim Certified Provider",
                ]
            ],
        ),
        ("Documentation", ["Epic; PointClickCare; Kronos and Vocera"]),
    ],
    "main": [
        (
            "Experience",
            [
                J(
                    "Speech-Language Pathologist (Acute Care)",
                    "Piedmont Oaks Medical Center",
                    "2019 to date",
                    "2019-01:2026-12",
                    "Raleigh, NC",
                    [
                        "Bedside swallow, FEES and MBSS; trach/vent and speaking valves in the neuro and medical ICUs",
                        "Stroke program SLP lead",
                    ],
                ),
                J(
                    "PRN Speech-Language Pathologist",
                    "Neuse River Skilled Nursing & Rehabilitation",
                    "since 2021",
                    "2021-01:2026-12",
                    "Garner, NC",
                    ["Weekend evaluations on the short-stay rehab hall"],
                ),
                J(
                    "Speech-Language Pathologist, Inpatient Rehabilitation",
                    "Crabtree Valley Rehabilitation Institute",
                    "08/2015 - 12/2018",
                    "2015-08:2018-12",
                    "Raleigh, NC",
                ),
                J(
                    "Clinical Fellow",
                    "Crabtree Valley Rehabilitation Institute",
                    "08/2014 - 07/2015",
                    "2014-08:2015-07",
                    "Raleigh, NC",
                    ["Brain injury and stroke units; CF mentored by the rehab SLP lead"],
                ),
            ],
        ),
        (
            "Education",
            [
                "Master of Science, Communication Sciences and Disorders - East Carolina University, 2014",
                "B.A., Communication Sciences and Disorders - Appalachian State University, 2012",
            ],
        ),
    ],
    "truth": {
        "key": "halvorsen-byrne-weasyprint-grid-medical-slp",
        "email": "ingrid.hb@example.com",
        "phone": "(919) 555-0174",
        "location": "Raleigh, NC",
        "discipline": "SLP",
        "specialties": ["Acute Care", "SNF", "Inpatient Rehab"],
        "licenses": [L("NC", "SLP", "8841", None, "2027-12")],
        "certifications": [
            C("CCC-SLP", "ASHA", "2027-12"),
            C("BLS", "American Heart Association", "2027-04"),
            C("MBSImP", "Northern Speech Services", None),
            C("VitalStim Certified Provider", None, None),
        ],
        "education": [
            E(
                "Master of Science, Communication Sciences and Disorders",
                "East Carolina University",
            ),
            E("B.A., Communication Sciences and Disorders", "Appalachian State University"),
        ],
        "employers": [
            "Piedmont Oaks Medical Center",
            "Neuse River Skilled Nursing & Rehabilitation",
            "Crabtree Valley Rehabilitation Institute",
        ],
        "ehr_systems": ["Epic", "PointClickCare"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "ICU trach/vent work is part of the acute care job, not an ICU specialty; short-stay rehab hall of a SNF -> SNF; CF counted; "
        "licence board name only, type SLP; Kronos and Vocera are not EHRs.",
    },
}

U08 = {
    "id": "u08",
    "fmt": "pdf",
    "render": "rl:cells",
    "layout": "reportlab-shaded-heading-cells-right-dates-drawn-first",
    "opts": {"accent": "#00566b", "size": 9.6},
    "name": "Tobias R. Engelhardt",
    "creds": "R.T.(R)(CT)(MR)(ARRT)",
    "headline": "CT / MRI Technologist",
    "contact": [
        "2207 W Riverside Ave, Spokane, WA 99201",
        "(509) 555-0107",
        "tobias.engelhardt@example.net",
    ],
    "main": [
        (
            "Experience",
            [
                J(
                    "Lead CT Technologist",
                    "Inland Empire Medical Center",
                    "2020 - current",
                    "2020-01:2026-12",
                    "Spokane, WA",
                    [
                        "Level II trauma CT, CTA/perfusion stroke protocols, cardiac CTA",
                        "Protocol and dose committee member",
                    ],
                ),
                J(
                    "Per diem MRI Technologist",
                    "Palouse Imaging Associates",
                    "11/2022 - now",
                    "2022-11:2026-12",
                    "Pullman, WA",
                    ["Outpatient MSK, neuro and breast MRI on 1.5T and 3T"],
                ),
                J(
                    "CT/X-ray Technologist",
                    "Columbia Basin General Hospital",
                    "2015 - 2020",
                    "2015-01:2019-12",
                    "Moses Lake, WA",
                ),
                J(
                    "Radiologic Technologist (X-ray)",
                    "Columbia Basin General Hospital",
                    "2012 - 2015",
                    "2012-07:2014-12",
                    "Moses Lake, WA",
                    ["Portables, OR C-arm, fluoroscopy"],
                ),
            ],
        ),
        (
            "Credentials",
            [
                [
                    "Washington Radiologic Technologist credential #RT60773914, exp 08/2027",
                    "ARRT (R), ARRT (CT), ARRT (MR) - registration renewal due 01/2027",
                    "BLS - American Heart Association - exp 05/2027",
                ]
            ],
        ),
        (
            "Education",
            [
                "A.A.S. Radiologic Technology, Spokane Community College, 2012",
                "Certificate in Magnetic Resonance Imaging, Bellevue College, 2022",
            ],
        ),
        (
            "Systems",
            [
                "Epic Radiant, MEDITECH; PACS: Philips IntelliSpace, GE Centricity; PowerScribe 360 dictation"
            ],
        ),
    ],
    "truth": {
        "key": "engelhardt-reportlab-cells-ct-mri-tech",
        "email": "tobias.engelhardt@example.net",
        "phone": "(509) 555-0107",
        "location": "Spokane, WA",
        "discipline": "other-allied",
        "specialties": ["CT", "MRI", "X-ray"],
        "licenses": [L("WA", "Radiologic Technologist", "RT60773914", None, "2027-08")],
        "certifications": [
            C("ARRT (R)", "ARRT", "2027-01"),
            C("ARRT (CT)", "ARRT", "2027-01"),
            C("ARRT (MR)", "ARRT", "2027-01"),
            C("BLS", "American Heart Association", "2027-05"),
        ],
        "education": [
            E("A.A.S. Radiologic Technology", "Spokane Community College"),
            E("Certificate in Magnetic Resonance Imaging", "Bellevue College"),
        ],
        "employers": [
            "Inland Empire Medical Center",
            "Palouse Imaging Associates",
            "Columbia Basin General Hospital",
        ],
        "ehr_systems": ["Epic", "MEDITECH"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "Year-only ranges read as mid-2012 start (tolerance covers it); ARRT (R)/(CT)/(MR) share the printed renewal date; "
        "Epic Radiant -> Epic; PACS and PowerScribe are not EHRs; the MRI certificate programme is listed under Education as printed; "
        "right-aligned dates are drawn before the left text in the content stream.",
    },
}

U09 = {
    "id": "u09",
    "fmt": "pdf",
    "render": "html:newgrad",
    "layout": "weasyprint-centred-new-graduate-rotations-table",
    "opts": {},
    "name": "Keziah Lowe",
    "creds": "BSN, RN",
    "headline": "New Graduate Registered Nurse - Pediatric Nurse Residency begins 01/2027",
    "contact": ["41 Abercorn Ct, Savannah, GA 31401", "(912) 555-0148", "keziah.lowe@example.com"],
    "main": [
        (
            "Licensure",
            [
                "Georgia Registered Nurse - multistate license RN325570 - issued 06/2026, expires 01/31/2029"
            ],
        ),
        (
            "Education",
            [
                "Bachelor of Science in Nursing, Georgia Southern University (Armstrong Campus), May 2026 - cum laude"
            ],
        ),
        (
            "Clinical Rotations",
            [
                (
                    ["Rotation", "Site", "Hours"],
                    [
                        ["Medical-Surgical", "Ogeechee Regional Hospital", "135"],
                        ["Pediatrics", "Tybee Sound Children's Hospital", "90"],
                        ["Obstetrics / Mother-Baby", "Ogeechee Regional Hospital", "90"],
                        ["Psychiatric-Mental Health", "Coastal Plains Behavioral Center", "90"],
                        ["Capstone: Pediatric ICU", "Tybee Sound Children's Hospital", "144"],
                    ],
                )
            ],
        ),
        (
            "Work Experience",
            [
                J(
                    "Patient Care Technician",
                    "Coastal Empire Medical Center",
                    "05/2023 - present",
                    None,
                    "Savannah, GA",
                    [
                        "Unlicensed role on a pediatric med-surg unit while in school; vitals, I&O, specimen collection"
                    ],
                ),
                J(
                    "Certified Nursing Assistant",
                    "Live Oak Senior Living",
                    "2021 - 2023",
                    None,
                    "Pooler, GA",
                ),
            ],
        ),
        (
            "Certifications",
            [
                [
                    "BLS - American Heart Association - exp 05/2028",
                    "PALS - American Heart Association - expires 06/2028",
                    "NIH Stroke Scale",
                ]
            ],
        ),
        ("Charting", ["Epic (PCT and clinicals), Cerner (clinicals); Pyxis"]),
    ],
    "truth": {
        "key": "lowe-weasyprint-new-grad-rotations",
        "email": "keziah.lowe@example.com",
        "phone": "(912) 555-0148",
        "location": "Savannah, GA",
        "discipline": "RN",
        "specialties": [],
        "licenses": [L("GA", "RN", "RN325570", True, "2029-01")],
        "certifications": [
            C("BLS", "American Heart Association", "2028-05"),
            C("PALS", "American Heart Association", "2028-06"),
            C("NIH Stroke Scale", None, None),
        ],
        "education": [E("Bachelor of Science in Nursing", "Georgia Southern University")],
        "employers": ["Coastal Empire Medical Center", "Live Oak Senior Living"],
        "ehr_systems": ["Epic", "Cerner"],
        "agencies": [],
        "clinical_sites": [
            "Ogeechee Regional Hospital",
            "Tybee Sound Children's Hospital",
            "Coastal Plains Behavioral Center",
        ],
        "notes": "New graduate: licensed 06/2026 with no RN job yet (residency starts 01/2027) -> years null, specialties []; rotations and the "
        "PICU capstone are not specialties; PCT and CNA jobs are unlicensed; Pyxis is not an EHR.",
    },
    "spans": [],
}

U10 = {
    "id": "u10",
    "fmt": "pdf",
    "render": "rl:cols",
    "layout": "reportlab-canvas-right-sidebar-band-header-sidebar-drawn-first",
    "opts": {
        "accent": "#2e5e4e",
        "side": "right",
        "band": True,
        "contact_in_head": True,
        "shade": "#eaf2ee",
        "order": ["side", "main", "head"],
        "serif": True,
        "size": 10,
    },
    "name": "Naomi J. Featherstone",
    "creds": "MS, OTR/L, CHT",
    "headline": "Occupational Therapist | Certified Hand Therapist",
    "contact": [
        "3120 Brereton St, Pittsburgh, PA 15219",
        "(412) 555-0190",
        "naomi.featherstone@example.org",
    ],
    "side": [
        (
            "Licenses",
            [
                "Pennsylvania OT license OC-018842, expires 06/30/2027",
                "Ohio OT license OT.012210, exp. 06/30/2027",
            ],
        ),
        (
            "Certifications",
            [
                "OTR - NBCOT, renewal 03/31/2027",
                "CHT - Hand Therapy Certification Commission, recertification due 2028",
                "BLS - American Red Cross, expires 11/2027",
            ],
        ),
        (
            "Education",
            [
                "Master of Occupational Therapy, University of Pittsburgh, 2012",
                "B.S. Rehabilitation Science, University of Pittsburgh, 2010",
            ],
        ),
        ("EMR", ["Epic, Net Health, PointClickCare (Kronos for time)"]),
    ],
    "main": [
        (
            "Experience",
            [
                J(
                    "Occupational Therapist - Hand & Upper Extremity",
                    "Allegheny Ridge Hand Center",
                    "2018 to date",
                    "2018-03:2026-12",
                    "Pittsburgh, PA",
                    [
                        "Outpatient hand therapy: flexor tendon protocols, custom orthoses, CRPS",
                        "Mentor for CHT candidates",
                    ],
                ),
                J(
                    "PRN Occupational Therapist",
                    "Three Rivers Acute Rehab Hospital",
                    "2020 - present",
                    "2020-01:2026-12",
                    "Pittsburgh, PA",
                    ["Inpatient rehabilitation weekends: stroke, SCI, amputee ADL retraining"],
                ),
                J(
                    "Occupational Therapist",
                    "Brentwood Hills Medical Center",
                    "Sep 2013 - Feb 2018",
                    "2013-09:2018-02",
                    "Pittsburgh, PA",
                    ["Acute care; orthopaedic and trauma floors; burn unit consults"],
                ),
                J(
                    "Occupational Therapist",
                    "Cedar Knoll Skilled Nursing Center",
                    "Jun 2012 - Aug 2013",
                    "2012-06:2013-08",
                    "Bethel Park, PA",
                ),
            ],
        ),
        (
            "Continuing education",
            [
                [
                    "Certified Lymphedema Therapist course (partial, 2024)",
                    "Kinesio taping fundamentals, 2016",
                ]
            ],
        ),
    ],
    "truth": {
        "key": "featherstone-reportlab-right-sidebar-hand-ot",
        "email": "naomi.featherstone@example.org",
        "phone": "(412) 555-0190",
        "location": "Pittsburgh, PA",
        "discipline": "OT",
        "specialties": ["Outpatient", "Inpatient Rehab", "Acute Care", "SNF"],
        "licenses": [
            L("PA", "OT", "OC-018842", None, "2027-06"),
            L("OH", "OT", "OT.012210", None, "2027-06"),
        ],
        "certifications": [
            C("OTR", "NBCOT", "2027-03"),
            C("CHT", "Hand Therapy Certification Commission", None),
            C("BLS", "American Red Cross", "2027-11"),
        ],
        "education": [
            E("Master of Occupational Therapy", "University of Pittsburgh"),
            E("B.S. Rehabilitation Science", "University of Pittsburgh"),
        ],
        "employers": [
            "Allegheny Ridge Hand Center",
            "Three Rivers Acute Rehab Hospital",
            "Brentwood Hills Medical Center",
            "Cedar Knoll Skilled Nursing Center",
        ],
        "ehr_systems": ["Epic", "Net Health", "PointClickCare"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "Hand therapy clinic -> Outpatient; '2018 to date' after Feb 2018 read as 2018-03; CHT 'recertification due 2028' year-only -> null; "
        "a partial lymphedema course is not a certification; Kronos is not an EHR; sidebar drawn before the main column and the header.",
    },
}

U11 = {
    "id": "u11",
    "fmt": "docx",
    "render": "docx:footer",
    "layout": "python-docx-contact-only-in-page-footer-tab-right-dates",
    "opts": {"accent": "6B2C5F"},
    "name": "Dorothea P. Villanueva",
    "creds": "RN, BSN, OCN",
    "headline": "Oncology Registered Nurse - infusion, inpatient hem/onc",
    "contact": [
        "5816 N Branch Ave, Tampa, FL 33604",
        "(813) 555-0132",
        "dorothea.villanueva@example.com",
    ],
    "main": [
        (
            "Experience",
            [
                J(
                    "RN, Outpatient Infusion Center",
                    "Gulf Bay Cancer Institute",
                    "12/2021-present",
                    "2021-12:2026-12",
                    "Tampa, FL",
                    [
                        "Chemotherapy, immunotherapy and biologic infusions for 8-10 chairs",
                        "Port access, vesicant management, reaction response",
                    ],
                ),
                J(
                    "RN, Inpatient Hematology/Oncology (5 West)",
                    "Hillsborough Bayside Hospital",
                    "3/2019-11/2021",
                    "2019-03:2021-11",
                    "Tampa, FL",
                    ["Induction chemotherapy, neutropenic precautions, stem cell mobilisation"],
                ),
                J(
                    "RN, Medical-Surgical",
                    "Pasco Palms Medical Center",
                    "7/2016-2/2019",
                    "2016-07:2019-02",
                    "New Port Richey, FL",
                ),
                J(
                    "PRN RN, Hospice Inpatient Unit",
                    "Suncoast Shores Hospice House",
                    "2018-2020 (PRN, weekends)",
                    "2018-01:2020-12",
                    "Tampa, FL",
                ),
            ],
        ),
        ("Licensure", ["Florida RN - Multistate - RN9437726 - exp. 04/30/2028"]),
        (
            "Certifications",
            [
                [
                    "OCN - Oncology Nursing Certification Corporation (ONCC) - expires 10/2028",
                    "ONS/ONCC Chemotherapy Immunotherapy Certificate - ONS - renewal due 02/2027",
                    "BLS - American Heart Association - exp. 08/2027",
                ]
            ],
        ),
        ("Education", ["Bachelor of Science in Nursing - University of South Florida, 2016"]),
        ("Systems", ["Epic Beacon, Omnicell, Vocera, BD Alaris pumps"]),
    ],
    "truth": {
        "key": "villanueva-docx-footer-contact-oncology",
        "email": "dorothea.villanueva@example.com",
        "phone": "(813) 555-0132",
        "location": "Tampa, FL",
        "discipline": "RN",
        "specialties": ["Oncology", "Outpatient", "Med-Surg", "Hospice"],
        "licenses": [L("FL", "RN", "RN9437726", True, "2028-04")],
        "certifications": [
            C("OCN", "Oncology Nursing Certification Corporation (ONCC)", "2028-10"),
            C("ONS/ONCC Chemotherapy Immunotherapy Certificate", "ONS", "2027-02"),
            C("BLS", "American Heart Association", "2027-08"),
        ],
        "education": [E("Bachelor of Science in Nursing", "University of South Florida")],
        "employers": [
            "Gulf Bay Cancer Institute",
            "Hillsborough Bayside Hospital",
            "Pasco Palms Medical Center",
            "Suncoast Shores Hospice House",
        ],
        "ehr_systems": ["Epic"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "Contact only in the page footer; hem/onc -> Oncology; infusion center -> Outpatient (+ Oncology); PRN hospice inpatient unit -> "
        "Hospice, overlapping med-surg/onc, counted once; Epic Beacon -> Epic; Omnicell, Vocera and Alaris are not EHRs.",
    },
}

U12 = {
    "id": "u12",
    "fmt": "docx",
    "render": "docx:lictable",
    "layout": "python-docx-licence-and-certification-word-tables-long-career-lpn",
    "opts": {"accent": "385723", "font": "Cambria"},
    "name": "Loretta Mae Buckner",
    "creds": "LPN",
    "headline": "Licensed Practical Nurse - 24 years in long-term care, clinic and home care",
    "contact": [
        "318 Creekside Dr, Bowling Green, KY 42101",
        "(270) 555-0115",
        "loretta.buckner@example.net",
    ],
    "main": [
        (
            "Work History",
            [
                J(
                    "Charge LPN",
                    "Barren River Nursing & Rehabilitation",
                    "2014 - present",
                    "2014-01:2026-12",
                    "Bowling Green, KY",
                    [
                        "Charge nurse for a 42-bed long-term care hall and the 12-bed Medicare skilled rehab wing",
                        "Med pass, wound treatments, MDS support, supervising 6 CNAs",
                    ],
                ),
                J(
                    "PRN LPN",
                    "Green River Home Health",
                    "since 2021",
                    "2021-01:2026-12",
                    "Bowling Green, KY",
                    ["Weekend home visits: wound care, INR checks, med set-up"],
                ),
                J(
                    "LPN, Family Practice",
                    "Hilltop Family Medicine",
                    "2008 - 2014",
                    "2008-01:2013-12",
                    "Glasgow, KY",
                    ["Rooming, injections, vaccines, prior authorisations"],
                ),
                J(
                    "LPN",
                    "Pennyrile Manor Long-Term Care",
                    "06/2002 - 2008",
                    "2002-06:2007-12",
                    "Hopkinsville, KY",
                ),
            ],
        ),
        (
            "License",
            [
                (
                    ["State", "Type", "Number", "Status", "Expires"],
                    [
                        [
                            "Kentucky",
                            "LPN",
                            "2-048812",
                            "Active - multistate (compact)",
                            "10/31/2027",
                        ]
                    ],
                )
            ],
        ),
        (
            "Certifications",
            [
                (
                    ["Certification", "Issued by", "Valid thru"],
                    [
                        ["BLS", "American Heart Association", "03/2027"],
                        ["Wound Care Certified (WCC)", "NAWCO", "08/2028"],
                        ["IV Therapy for LPNs", "Kentucky Board of Nursing approved course", "-"],
                    ],
                )
            ],
        ),
        (
            "Education",
            [
                "Practical Nursing Diploma, Southcentral Kentucky Community and Technical College, 2002"
            ],
        ),
        ("Computer", ["PointClickCare, athenahealth, Homecare Homebase (HCHB); Kronos"]),
    ],
    "truth": {
        "key": "buckner-docx-tables-long-career-lpn",
        "email": "loretta.buckner@example.net",
        "phone": "(270) 555-0115",
        "location": "Bowling Green, KY",
        "discipline": "LPN",
        "specialties": ["LTC", "SNF", "Home Health", "Outpatient"],
        "licenses": [L("KY", "LPN", "2-048812", True, "2027-10")],
        "certifications": [
            C("BLS", "American Heart Association", "2027-03"),
            C("Wound Care Certified (WCC)", "NAWCO", "2028-08"),
            C("IV Therapy for LPNs", "Kentucky Board of Nursing approved course", None),
        ],
        "education": [
            E("Practical Nursing Diploma", "Southcentral Kentucky Community and Technical College")
        ],
        "employers": [
            "Barren River Nursing & Rehabilitation",
            "Green River Home Health",
            "Hilltop Family Medicine",
            "Pennyrile Manor Long-Term Care",
        ],
        "ehr_systems": ["PointClickCare", "athenahealth", "Homecare Homebase"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "Long-term care hall + Medicare skilled wing -> LTC + SNF; family practice clinic -> Outpatient; year-only ranges read as Jan-Dec "
        "without overlap; 'Active - multistate (compact)' -> compact true; Kronos is not an EHR; HCHB = Homecare Homebase.",
    },
}

U13 = {
    "id": "u13",
    "fmt": "docx",
    "render": "docx:lictable",
    "layout": "python-docx-work-history-grid-dates-employer-role-unit",
    "opts": {"accent": "0B3C5D"},
    "name": "Marcus A. Oyelaran",
    "creds": "RRT-NPS",
    "headline": "Registered Respiratory Therapist - neonatal/pediatric and adult critical care",
    "contact": ["Grand Rapids, MI 49503", "(616) 555-0171", "marcus.oyelaran@example.com"],
    "main": [
        (
            "Summary",
            [
                "Thirteen years as a respiratory therapist; neonatal-pediatric specialist since 2019. High-frequency oscillation, "
                "jet ventilation, nitric oxide, transport team."
            ],
        ),
        (
            "Work History",
            [
                (
                    ["Dates", "Employer", "Role", "Unit(s)"],
                    [
                        [
                            "Jul 2019 - Present",
                            "Lakeshore Children's Hospital",
                            "Registered Respiratory Therapist",
                            "NICU (Level IV), PICU, transport",
                        ],
                        [
                            "2021 - present (PRN)",
                            "Kent County Medical Center",
                            "RRT, per diem",
                            "Adult ICU, Emergency Department",
                        ],
                        [
                            "Aug 2013 - Jun 2019",
                            "Kent County Medical Center",
                            "Respiratory Therapist (CRT, RRT from 2014)",
                            "Adult floors, ICU, ED",
                        ],
                    ],
                )
            ],
        ),
        (
            "License & Credentials",
            [
                [
                    "Michigan Respiratory Therapist License 5801023176, exp. 05/31/2027",
                    "RRT - NBRC (credential maintenance due 2028)",
                    "RRT-NPS - NBRC (credential maintenance due 2028)",
                    "NRP - American Academy of Pediatrics - valid thru 09/2027",
                    "PALS and BLS - American Heart Association - valid thru 09/2027",
                ]
            ],
        ),
        (
            "Education",
            [
                "Associate of Applied Science, Respiratory Therapy - Grand Rapids Community College, 2013",
                "Bachelor of Science, Respiratory Care - Ferris State University, 2018",
            ],
        ),
        ("Charting", ["Epic (Lakeshore), Cerner (Kent County); Vocera"]),
    ],
    "spans": ["2013-08:2026-12"],
    "truth": {
        "key": "oyelaran-docx-grid-neonatal-rt",
        "email": "marcus.oyelaran@example.com",
        "phone": "(616) 555-0171",
        "location": "Grand Rapids, MI",
        "discipline": "RT",
        "specialties": ["NICU", "PICU", "ICU", "ER"],
        "licenses": [L("MI", "RT", "5801023176", None, "2027-05")],
        "certifications": [
            C("RRT", "NBRC", None),
            C("RRT-NPS", "NBRC", None),
            C("NRP", "American Academy of Pediatrics", "2027-09"),
            C("PALS", "American Heart Association", "2027-09"),
            C("BLS", "American Heart Association", "2027-09"),
        ],
        "education": [
            E(
                "Associate of Applied Science, Respiratory Therapy",
                "Grand Rapids Community College",
            ),
            E("Bachelor of Science, Respiratory Care", "Ferris State University"),
        ],
        "employers": ["Lakeshore Children's Hospital", "Kent County Medical Center"],
        "ehr_systems": ["Epic", "Cerner"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "Work history only as a Word table; adult floors are general RT work (no specialty); 'credential maintenance due 2028' year-only -> null; "
        "'PALS and BLS ... valid thru 09/2027' gives both; Vocera is not an EHR; MI licence type 'Respiratory Therapist' -> RT.",
    },
}

U14 = {
    "id": "u14",
    "fmt": "docx",
    "render": "odt:frames",
    "layout": "libreoffice-fodt-frames-saved-as-docx-text-boxes-band-and-sidebar",
    "opts": {"accent": "#3d3270", "shade": "#ebe8f5", "font": "Caladea"},
    "name": "Cordelia N. Ashworth",
    "creds": "RN, BSN, PMH-BC",
    "headline": "Psychiatric-Mental Health Registered Nurse",
    "contact": [
        "1190 Kalamath St",
        "Denver, CO 80204",
        "(720) 555-0126",
        "cordelia.ashworth@example.org",
    ],
    "side": [
        ("Licensure", ["Colorado RN, multistate compact license 1688420, exp 09/30/2027"]),
        (
            "Certifications",
            [
                "PMH-BC - ANCC - expires 05/2029",
                "CPI Nonviolent Crisis Intervention - CPI - renewal due 11/2026",
                "BLS - AHA - exp 01/2028",
            ],
        ),
        ("Education", ["Bachelor of Science in Nursing", "Regis University, Denver, 2015"]),
        ("Systems", ["Cerner, Epic, Omnicell, Kronos, Vocera"]),
    ],
    "main": [
        (
            "Experience",
            [
                J(
                    "Charge RN, Adolescent Inpatient Behavioral Health",
                    "Front Range Behavioral Hospital",
                    "since March 2021",
                    "2021-03:2026-12",
                    "Aurora, CO",
                    [
                        "24-bed adolescent unit; de-escalation lead; restraint/seclusion debriefs",
                        "Precepts new graduates",
                    ],
                ),
                J(
                    "Per diem RN, Psychiatric Emergency Services",
                    "Platte Canyon Medical Center",
                    "2023-present",
                    "2023-01:2026-12",
                    "Denver, CO",
                    [
                        "Psych evaluations and holds in the psychiatric emergency service (a behavioral health unit, not the ED)"
                    ],
                ),
                J(
                    "Staff RN, Adult Acute Psychiatry",
                    "Mile High Medical Center",
                    "Oct 2017 - Feb 2021",
                    "2017-10:2021-02",
                    "Denver, CO",
                ),
                J(
                    "Staff RN, Medical-Surgical (incl. detox beds)",
                    "Arapahoe Valley Hospital",
                    "Jun 2015 - Sep 2017",
                    "2015-06:2017-09",
                    "Littleton, CO",
                ),
            ],
        ),
    ],
    "truth": {
        "key": "ashworth-fodt-frames-docx-psych",
        "email": "cordelia.ashworth@example.org",
        "phone": "(720) 555-0126",
        "location": "Denver, CO",
        "discipline": "RN",
        "specialties": ["Psych", "Med-Surg"],
        "licenses": [L("CO", "RN", "1688420", True, "2027-09")],
        "certifications": [
            C("PMH-BC", "ANCC", "2029-05"),
            C("CPI Nonviolent Crisis Intervention", "CPI", "2026-11"),
            C("BLS", "AHA", "2028-01"),
        ],
        "education": [E("Bachelor of Science in Nursing", "Regis University")],
        "employers": [
            "Front Range Behavioral Hospital",
            "Platte Canyon Medical Center",
            "Mile High Medical Center",
            "Arapahoe Valley Hospital",
        ],
        "ehr_systems": ["Cerner", "Epic"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "Word file saved by LibreOffice from frames: name band and sidebar are text boxes; psychiatric emergency service -> Psych, not ER "
        "(the page says so); detox beds on a med-surg floor -> Med-Surg; CPI 'renewal due 11/2026' kept (already lapsed on 2026-12-01); "
        "Omnicell, Kronos and Vocera are not EHRs.",
    },
}

U15 = {
    "id": "u15",
    "fmt": "docx",
    "render": "docx:plain",
    "layout": "python-docx-plain-bold-run-headings-dates-after-dash",
    "opts": {"font": "Arial", "size": 10.5},
    "name": "Beatriz L. Ocampo",
    "creds": "M.A., CCC-SLP",
    "headline": "Bilingual (Spanish/English) Speech-Language Pathologist - schools, early intervention, pediatric clinic",
    "contact": [
        "6011 Fredericksburg Rd, San Antonio, TX 78229",
        "(210) 555-0153",
        "beatriz.ocampo@example.com",
    ],
    "main": [
        (
            "Experience",
            [
                J(
                    "Speech-Language Pathologist",
                    "Mission Creek Independent School District",
                    "Aug 2020 - Present",
                    "2020-08:2026-12",
                    "San Antonio, TX",
                    [
                        "Caseload of 48 students PreK-5; bilingual evaluations; ARD/IEP meetings",
                        "AAC and articulation groups",
                    ],
                ),
                J(
                    "PRN Speech-Language Pathologist",
                    "Bexar Kids Therapy Clinic",
                    "2022 to date",
                    "2022-01:2026-12",
                    "San Antonio, TX",
                    ["Outpatient pediatric feeding and language sessions on Saturdays"],
                ),
                J(
                    "Speech-Language Pathologist (CF through 2017)",
                    "Hill Country ECI",
                    "09/2016 - 07/2020",
                    "2016-09:2020-07",
                    "New Braunfels, TX",
                    [
                        "Early Childhood Intervention home visits, birth to three, family coaching model"
                    ],
                ),
            ],
        ),
        ("License", ["Texas Speech-Language Pathology License #112477 (TDLR), expires 10/31/2027"]),
        (
            "Certifications",
            [
                [
                    "CCC-SLP, American Speech-Language-Hearing Association, valid through 12/2028",
                    "CPR, American Red Cross, expires 07/2027",
                    "PROMPT Level 1, PROMPT Institute",
                ]
            ],
        ),
        (
            "Education",
            [
                "M.A., Communication Disorders, Texas State University, 2016",
                "B.S., Communication Sciences and Disorders, The University of Texas at Austin, 2014",
            ],
        ),
        ("Software", ["Raintree (clinic EMR); eSped IEP forms; Kronos"]),
    ],
    "truth": {
        "key": "ocampo-docx-plain-school-slp",
        "email": "beatriz.ocampo@example.com",
        "phone": "(210) 555-0153",
        "location": "San Antonio, TX",
        "discipline": "SLP",
        "specialties": ["Schools", "Outpatient", "Pediatrics", "Home Health"],
        "licenses": [L("TX", "SLP", "112477", None, "2027-10")],
        "certifications": [
            C("CCC-SLP", "American Speech-Language-Hearing Association", "2028-12"),
            C("CPR", "American Red Cross", "2027-07"),
            C("PROMPT Level 1", "PROMPT Institute", None),
        ],
        "education": [
            E("M.A., Communication Disorders", "Texas State University"),
            E("B.S., Communication Sciences and Disorders", "The University of Texas at Austin"),
        ],
        "employers": [
            "Mission Creek Independent School District",
            "Bexar Kids Therapy Clinic",
            "Hill Country ECI",
        ],
        "ehr_systems": ["Raintree"],
        "agencies": [],
        "clinical_sites": [],
        "notes": "ECI home visits -> Home Health + Pediatrics; outpatient pediatric clinic -> Outpatient; CF counted; eSped IEP software and Kronos are "
        "not EHRs; CPR (American Red Cross) scored as BLS by score.py's alias.",
    },
}

PEOPLE = [U01, U02, U03, U04, U05, U06, U07, U08, U09, U10, U11, U12, U13, U14, U15]
