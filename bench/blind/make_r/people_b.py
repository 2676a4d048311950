"""Set r people r16-r30: page blocks written by hand, truth beside them."""

from model import cert, edu, lic

P = []

# r16 surgical tech (other-allied), docx.js text in a text box + hyperlinks
P.append(
    {
        "file": "r16.docx",
        "key": "ekwueme-docx-table-sidebar",
        "format": "docx",
        "layout": "docxjs-two-cell-sidebar-table-hyperlink",
        "blocks": [
            ("name", "Marcus T. Ekwueme, CST"),
            ("sub", "Certified Surgical Technologist"),
            ("h", "Experience"),
            (
                "job",
                "Surgical Technologist — Main OR",
                "Magic City Regional Medical Center, Birmingham, AL",
                "May 2018 – Present",
            ),
            (
                "b",
                "Scrubs ortho, neuro, general and robotic (da Vinci Xi) cases; first-scrub trainer.",
            ),
            (
                "job",
                "Travel Surgical Tech (13-week contracts)",
                "Gulf Breeze Surgical Hospital, Pensacola, FL — via Apex Allied Travel",
                "Jan 2017 – Apr 2018",
            ),
            (
                "job",
                "Surgical Technologist — Labor & Delivery OR",
                "Tuscaloosa Women's Center, Tuscaloosa, AL",
                "Jun 2014 – Dec 2016",
            ),
            ("h", "Education"),
            (
                "p",
                "Associate in Applied Science, Surgical Technology — Lawson State Community College, 2014",
            ),
        ],
        "side": [
            ("h", "Contact"),
            ("contact", "Hoover, AL 35244"),
            ("contact", "205-555-0166"),
            ("contact", "marcus.ekwueme@example.com"),
            ("h", "Certification"),
            ("p", "CST — NBSTSA — exp. 03/2028"),
            ("p", "BLS — AHA — exp. 09/2027"),
            ("h", "License"),
            ("p", "None required in Alabama"),
            ("h", "Systems"),
            ("p", "Epic OpTime, Cerner SurgiNet"),
        ],
        "spans": [("2014-06", "now")],
        "truth": {
            "name": "Marcus T. Ekwueme",
            "email": "marcus.ekwueme@example.com",
            "phone": "205-555-0166",
            "location": "Hoover, AL",
            "discipline": "other-allied",
            "specialties": ["OR", "L&D"],
            "licenses": [],
            "certifications": [cert("CST", "NBSTSA", "2028-03"), cert("BLS", "AHA", "2027-09")],
            "education": [
                edu(
                    "Associate in Applied Science, Surgical Technology",
                    "Lawson State Community College",
                )
            ],
            "employers": [
                "Magic City Regional Medical Center",
                "Gulf Breeze Surgical Hospital",
                "Tuscaloosa Women's Center",
            ],
            "ehr_systems": ["Epic OpTime", "Cerner SurgiNet"],
            "agencies": ["Apex Allied Travel"],
            "notes": "No licence. Years from certification (surgical techs are not licensed in AL): counted from the first CST job. 'Labor & Delivery OR' -> OR + L&D (judgement).",
        },
    }
)

# r17 RN dialysis, .doc via LibreOffice from ODT
P.append(
    {
        "file": "r17.doc",
        "key": "elidrissi-odt-lo-doc",
        "format": "doc",
        "layout": "odfpy-odt-libreoffice-doc",
        "blocks": [
            ("name", "Fatima Zahra El Idrissi, RN, CNN"),
            (
                "contact",
                "4021 W Thunderbird Rd, Las Vegas, NV 89129 — (702) 555-0130 — fz.elidrissi@example.net",
            ),
            ("h", "Nursing Experience"),
            (
                "job",
                "Charge Nurse — Outpatient Hemodialysis",
                "Red Rock Kidney Center, Las Vegas, NV",
                "Feb 2019 – ongoing",
            ),
            (
                "b",
                "Fistula/graft cannulation, CVC care, 48-station clinic; Clarity and eCube charting.",
            ),
            (
                "job",
                "Acute Dialysis RN",
                "Desert Sage Medical Center, Henderson, NV",
                "Aug 2015 – Jan 2019",
            ),
            ("b", "Bedside HD and CRRT in the ICUs (a dialysis service, not ICU staffing)."),
            (
                "job",
                "Staff RN — Medical-Surgical",
                "Desert Sage Medical Center, Henderson, NV",
                "Sep 2012 – Jul 2015",
            ),
            ("h", "Licensure"),
            (
                "p",
                "Nevada Registered Nurse — RN 0874412 — expires 06/2028 (Nevada is not a compact state)",
            ),
            ("p", "Utah Registered Nurse, multistate — 11470922-3101 — expires 01/2028"),
            ("h", "Certifications"),
            (
                "p",
                "Certified Nephrology Nurse (CNN), Nephrology Nursing Certification Commission, exp. 10/2029; BLS, AHA, exp. 05/2027",
            ),
            ("h", "Education"),
            ("p", "Associate Degree in Nursing — College of Southern Nevada, 2012"),
            ("p", "Bachelor of Science in Nursing — University of Nevada, Las Vegas, 2017"),
        ],
        "spans": [("2012-09", "now")],
        "truth": {
            "name": "Fatima Zahra El Idrissi",
            "email": "fz.elidrissi@example.net",
            "phone": "(702) 555-0130",
            "location": "Las Vegas, NV",
            "discipline": "RN",
            "specialties": ["Dialysis", "Outpatient", "Med-Surg"],
            "licenses": [
                lic("NV", "RN", "RN 0874412", False, "2028-06"),
                lic("UT", "RN", "11470922-3101", True, "2028-01"),
            ],
            "certifications": [
                cert("CNN", "Nephrology Nursing Certification Commission", "2029-10"),
                cert("BLS", "AHA", "2027-05"),
            ],
            "education": [
                edu("Associate Degree in Nursing", "College of Southern Nevada"),
                edu("Bachelor of Science in Nursing", "University of Nevada, Las Vegas"),
            ],
            "employers": ["Red Rock Kidney Center", "Desert Sage Medical Center"],
            "ehr_systems": ["Clarity", "eCube"],
            "notes": "CRRT in ICUs not an ICU specialty; 'Outpatient Hemodialysis' -> Dialysis + Outpatient; Clarity/eCube are dialysis charting systems, counted as EHRs (judgement).",
        },
    }
)

# r18 txt RN home health + hospice, RESUME title
P.append(
    {
        "file": "r18.txt",
        "key": "mckinnon-delacroix-txt",
        "format": "txt",
        "layout": "txt-resume-title-dashes",
        "blocks": [
            ("title", "RESUME"),
            ("name", "Carol Ann McKinnon-Delacroix, RN"),
            ("contact", "211 Birch Hollow Rd, Bangor, ME 04401"),
            ("contact", "207-555-0115 / carolann.md@example.com"),
            ("h", "EXPERIENCE"),
            (
                "job",
                "Hospice RN Case Manager",
                "Penobscot Valley Hospice, Bangor, ME",
                "6/2020 - current",
            ),
            (
                "b",
                "Caseload of 12-14 hospice patients at home and in assisted living; symptom management; HCHB.",
            ),
            (
                "job",
                "Home Health RN (visit nurse)",
                "Katahdin Home Care, Brewer, ME",
                "3/2011 - 5/2020",
            ),
            ("b", "Wound vac, PICC care, diabetic teaching; OASIS start-of-care visits."),
            ("p", "Time away from nursing 2005 - 2010 (raising family)."),
            (
                "job",
                "Staff Nurse, Orthopedics",
                "Eastern Maine Pines Hospital, Bangor, ME",
                "9/1999 - 12/2004",
            ),
            ("h", "LICENSE"),
            ("p", "Maine RN, compact/multistate, RN-0049321, exp 02/2028"),
            ("h", "CERTIFICATIONS"),
            ("p", "CHPN - Hospice and Palliative Credentialing Center - exp 11/2027"),
            ("p", "CPR (American Heart Association) exp 04/2027"),
            ("h", "EDUCATION"),
            ("p", "Associate Degree in Nursing, Eastern Maine Community College, 1999"),
            ("h", "SOFTWARE"),
            ("p", "Homecare Homebase (HCHB), Axxess, MEDITECH"),
        ],
        "spans": [("1999-09", "2004-12"), ("2011-03", "now")],
        "truth": {
            "name": "Carol Ann McKinnon-Delacroix",
            "email": "carolann.md@example.com",
            "phone": "207-555-0115",
            "location": "Bangor, ME",
            "discipline": "RN",
            "specialties": ["Hospice", "Home Health", "Orthopedics"],
            "licenses": [lic("ME", "RN", "RN-0049321", True, "2028-02")],
            "certifications": [
                cert("CHPN", "Hospice and Palliative Credentialing Center", "2027-11"),
                cert("CPR", "American Heart Association", "2027-04"),
            ],
            "education": [edu("Associate Degree in Nursing", "Eastern Maine Community College")],
            "employers": [
                "Penobscot Valley Hospice",
                "Katahdin Home Care",
                "Eastern Maine Pines Hospital",
            ],
            "ehr_systems": ["Homecare Homebase", "Axxess", "MEDITECH"],
            "notes": "Gap 2005-2010 excluded (Jan 2005-Feb 2011 unlicensed work not counted). 'Homecare Homebase (HCHB)' one EHR.",
        },
    }
)

# r19 txt PTA, CRLF, columns with pipes
P.append(
    {
        "file": "r19.txt",
        "key": "ramirez-ochoa-txt-pipes",
        "format": "txt",
        "layout": "txt-pipe-table-crlf",
        "blocks": [
            ("name", "Jesús Ramírez-Ochoa, PTA"),
            ("contact", "El Paso, TX 79912 | 915-555-0177 | jesus.ramirez.pta@example.com"),
            ("h", "WORK HISTORY"),
            ("row", ["Dates", "Employer", "Role / setting"]),
            (
                "row",
                [
                    "01/2021 - Present",
                    "Franklin Mountain Outpatient Rehab",
                    "PTA, outpatient ortho and sports",
                ],
            ),
            (
                "row",
                ["07/2023 - 06/2025", "Sun City Home Health", "PTA, home health (PRN weekends)"],
            ),
            (
                "row",
                [
                    "08/2017 - 12/2020",
                    "Rio Grande Skilled Nursing Center",
                    "PTA, skilled nursing (SNF)",
                ],
            ),
            (
                "row",
                [
                    "2015 - 2017",
                    "Franklin Mountain Outpatient Rehab",
                    "Rehab tech (before licensure)",
                ],
            ),
            ("h", "LICENSE"),
            ("row", ["Texas", "Physical Therapist Assistant", "1288410", "exp. 04/2028"]),
            ("h", "CERTIFICATIONS"),
            ("p", "BLS (American Heart Association) - expires 09/2027"),
            ("p", "Kinesio Taping Practitioner (KTP), 2022"),
            ("h", "EDUCATION"),
            ("p", "A.A.S. Physical Therapist Assistant - El Paso Community College, 2017"),
            ("h", "SOFTWARE"),
            ("p", "WebPT, PointClickCare, Kinnser"),
        ],
        "spans": [("2017-08", "now")],
        "truth": {
            "name": "Jesús Ramírez-Ochoa",
            "email": "jesus.ramirez.pta@example.com",
            "phone": "915-555-0177",
            "location": "El Paso, TX",
            "discipline": "PTA",
            "specialties": ["Outpatient", "Orthopedics", "Home Health", "SNF"],
            "licenses": [lic("TX", "PTA", "1288410", None, "2028-04")],
            "certifications": [cert("BLS", "American Heart Association", "2027-09"), cert("KTP")],
            "education": [edu("A.A.S. Physical Therapist Assistant", "El Paso Community College")],
            "employers": [
                "Franklin Mountain Outpatient Rehab",
                "Sun City Home Health",
                "Rio Grande Skilled Nursing Center",
            ],
            "ehr_systems": ["WebPT", "PointClickCare", "Kinnser"],
            "notes": "Rehab tech pre-licence excluded; PRN home health overlaps counted once; 'sports' not scored.",
        },
    }
)

# r20 txt retail pharmacist, e-mail style, UTF-8, no address
P.append(
    {
        "file": "r20.txt",
        "key": "alsayegh-txt-email-body",
        "format": "txt",
        "layout": "txt-email-body-no-address",
        "blocks": [
            (
                "p",
                "Hello — please find my resume below for the staff pharmacist opening. Thank you!",
            ),
            ("name", "Abdulrahman Al-Sayegh, PharmD, RPh"),
            ("contact", "Cell: (313) 555-0141 · Email: a.alsayegh.rph@example.com"),
            ("h", "Experience"),
            (
                "job",
                "Pharmacist-in-Charge",
                "Lakeshore Family Pharmacy #218, Dearborn, MI",
                "Oct 2020 – Present",
            ),
            ("b", "Community pharmacy, 400 Rx/day; immunizations, MTM, compounding; PioneerRx."),
            (
                "job",
                "Staff Pharmacist (floater)",
                "MedRite Drug Stores, Detroit metro, MI",
                "Jun 2016 – Sep 2020",
            ),
            (
                "b",
                "Covered 11 retail stores; covered the hospital outpatient pharmacy twice (not hospital practice).",
            ),
            ("job", "Pharmacy Intern", "MedRite Drug Stores, Detroit, MI", "2013 – 2016"),
            ("h", "Licenses"),
            (
                "p",
                "Michigan Pharmacist 5302061744, expires 06/30/2027; Ohio Pharmacist 03-3-31881, expires 09/15/2027",
            ),
            ("h", "Certifications"),
            ("p", "APhA Pharmacy-Based Immunization Delivery; BLS (AHA) exp 02/2028"),
            ("h", "Education"),
            ("p", "Doctor of Pharmacy, Wayne State University, 2016"),
        ],
        "spans": [("2016-06", "now")],
        "truth": {
            "name": "Abdulrahman Al-Sayegh",
            "email": "a.alsayegh.rph@example.com",
            "phone": "(313) 555-0141",
            "location": None,
            "discipline": "Pharmacist",
            "specialties": ["Retail"],
            "licenses": [
                lic("MI", "Pharmacist", "5302061744", None, "2027-06"),
                lic("OH", "Pharmacist", "03-3-31881", None, "2027-09"),
            ],
            "certifications": [
                cert("APhA Pharmacy-Based Immunization Delivery", "APhA"),
                cert("BLS", "AHA", "2028-02"),
            ],
            "education": [edu("Doctor of Pharmacy", "Wayne State University")],
            "employers": ["Lakeshore Family Pharmacy", "MedRite Drug Stores"],
            "ehr_systems": ["PioneerRx"],
            "notes": "No home address -> location null (employer cities only). Intern excluded. PioneerRx is a pharmacy system, kept as the page's charting software (judgement).",
        },
    }
)

# r21 photo: RN NICU, phone-scanner-app style (PNG); source LuaLaTeX
P.append(
    {
        "file": "r21.png",
        "key": "fontaine-mbeki-scanapp",
        "format": "photo",
        "layout": "photo-phone-scanner-app-bw-shadow-band",
        "blocks": [
            ("name", "Élodie Fontaine-Mbeki, BSN, RN, RNC-NIC"),
            ("contact", "Aurora, CO 80045 · 720-555-0128 · elodie.fm@example.org"),
            ("h", "Experience"),
            (
                "job",
                "Staff RN — Level IV NICU",
                "Front Range Children's Hospital, Aurora, CO",
                "Jan 2019 – Present",
            ),
            ("b", "Micro-preemies, surgical neonates, cooling, HFOV; transport team member."),
            (
                "job",
                "Staff RN — Mother/Baby",
                "Platte Valley Medical Center, Brighton, CO",
                "Jul 2016 – Dec 2018",
            ),
            ("h", "Licensure"),
            ("p", "Colorado RN — Multistate — RN.1732204 — exp. 09/30/2027"),
            ("h", "Certifications"),
            (
                "p",
                "RNC-NIC (NCC), exp. 03/2029; NRP (AAP), exp. 07/2027; S.T.A.B.L.E., 2025; BLS (AHA), exp. 07/2027",
            ),
            ("h", "Education"),
            ("p", "Bachelor of Science in Nursing, Regis University, 2016"),
            ("h", "EHR"),
            ("p", "Epic (Stork, Neonatal), Cerner"),
        ],
        "spans": [("2016-07", "now")],
        "truth": {
            "name": "Élodie Fontaine-Mbeki",
            "email": "elodie.fm@example.org",
            "phone": "720-555-0128",
            "location": "Aurora, CO",
            "discipline": "RN",
            "specialties": ["NICU", "Postpartum"],
            "licenses": [lic("CO", "RN", "RN.1732204", True, "2027-09")],
            "certifications": [
                cert("RNC-NIC", "NCC", "2029-03"),
                cert("NRP", "AAP", "2027-07"),
                cert("S.T.A.B.L.E."),
                cert("BLS", "AHA", "2027-07"),
            ],
            "education": [edu("Bachelor of Science in Nursing", "Regis University")],
            "employers": ["Front Range Children's Hospital", "Platte Valley Medical Center"],
            "ehr_systems": ["Epic", "Cerner"],
            "notes": "Mother/Baby -> Postpartum; transport team is part of NICU work.",
        },
    }
)

# r22 photo: SLP acute care, laptop/monitor screen moire (JPEG); source PDFKit
P.append(
    {
        "file": "r22.jpg",
        "key": "hart-iwasaki-monitor",
        "format": "photo",
        "layout": "photo-monitor-screen-moire",
        "blocks": [
            ("name", "Gwendolyn Hart-Iwasaki, MA, CCC-SLP"),
            ("contact", "Portland, OR 97214 · 503-555-0193 · gwen.hartiwasaki@example.com"),
            ("h", "Experience"),
            (
                "job",
                "Speech-Language Pathologist, Acute Care",
                "Willamette Heights Medical Center, Portland, OR",
                "Oct 2020 – Present",
            ),
            (
                "b",
                "Bedside swallow evaluations, FEES and MBSS; trach/vent patients in the ICUs; Epic.",
            ),
            (
                "job",
                "Speech-Language Pathologist, Inpatient Rehabilitation",
                "Columbia Gorge Rehabilitation Institute, Gresham, OR",
                "Sep 2016 – Sep 2020",
            ),
            ("h", "Licenses"),
            (
                "p",
                "Oregon SLP license 17-2204, exp. 12/31/2027; Washington SLP license LL.60771882, exp. 05/2028",
            ),
            ("h", "Certifications"),
            (
                "p",
                "CCC-SLP (ASHA), annual renewal 12/2026; Board Certified Specialist in Swallowing (BCS-S), 2024",
            ),
            ("h", "Education"),
            ("p", "M.A. Speech-Language Pathology, Portland State University, 2016"),
        ],
        "spans": [("2016-09", "now")],
        "truth": {
            "name": "Gwendolyn Hart-Iwasaki",
            "email": "gwen.hartiwasaki@example.com",
            "phone": "503-555-0193",
            "location": "Portland, OR",
            "discipline": "SLP",
            "specialties": ["Acute Care", "Inpatient Rehab"],
            "licenses": [
                lic("OR", "SLP", "17-2204", None, "2027-12"),
                lic("WA", "SLP", "LL.60771882", None, "2028-05"),
            ],
            "certifications": [cert("CCC-SLP", "ASHA", "2026-12"), cert("BCS-S")],
            "education": [edu("M.A. Speech-Language Pathology", "Portland State University")],
            "employers": [
                "Willamette Heights Medical Center",
                "Columbia Gorge Rehabilitation Institute",
            ],
            "ehr_systems": ["Epic"],
            "notes": "CF year not stated separately; years from Sep 2016. ICU patients seen as consults -> not ICU.",
        },
    }
)

# r23 photo: RN psych, lamp hot spot (JPEG); source Impress card? no: LuaLaTeX
P.append(
    {
        "file": "r23.jpg",
        "key": "wisniewski-lamp",
        "format": "photo",
        "layout": "photo-desk-lamp-hot-spot",
        "blocks": [
            ("name", "Tomasz Wiśniewski, RN-BC"),
            ("contact", "Milwaukee, WI 53207 · 414-555-0102 · tomasz.wisniewski@example.net"),
            ("h", "Experience"),
            (
                "job",
                "Charge RN — Adult Inpatient Psychiatry",
                "Lake Michigan Behavioral Health Hospital, Milwaukee, WI",
                "May 2017 – Present",
            ),
            ("b", "Acute psychiatric unit of 28 beds; de-escalation, ECT recovery, detox; Cerner."),
            (
                "job",
                "RN — Medical-Surgical",
                "St. Casimir Community Hospital, Milwaukee, WI",
                "Jun 2012 – Apr 2017",
            ),
            ("h", "License"),
            ("p", "Wisconsin RN — multistate — 193220-30 — exp. 02/28/2028"),
            ("h", "Certifications"),
            (
                "p",
                "Psychiatric-Mental Health Nursing (RN-BC), ANCC, exp. 06/2027; CPI Nonviolent Crisis Intervention, exp. 01/2027; BLS, exp. 08/2027",
            ),
            ("h", "Education"),
            ("p", "Bachelor of Science in Nursing, Marquette University, 2012"),
        ],
        "spans": [("2012-06", "now")],
        "truth": {
            "name": "Tomasz Wiśniewski",
            "email": "tomasz.wisniewski@example.net",
            "phone": "414-555-0102",
            "location": "Milwaukee, WI",
            "discipline": "RN",
            "specialties": ["Psych", "Med-Surg"],
            "licenses": [lic("WI", "RN", "193220-30", True, "2028-02")],
            "certifications": [
                cert("RN-BC", "ANCC", "2027-06"),
                cert("CPI", None, "2027-01"),
                cert("BLS", None, "2027-08"),
            ],
            "education": [edu("Bachelor of Science in Nursing", "Marquette University")],
            "employers": [
                "Lake Michigan Behavioral Health Hospital",
                "St. Casimir Community Hospital",
            ],
            "ehr_systems": ["Cerner"],
            "notes": "'Adult Inpatient Psychiatry' -> Psych; detox is part of it.",
        },
    }
)

# r24 photo: LVN, messaging-app compressed ~900 px q55; ALL CAPS name
P.append(
    {
        "file": "r24.jpg",
        "key": "freeman-boyd-chatapp",
        "format": "photo",
        "layout": "photo-messaging-app-900px-q55",
        "blocks": [
            ("name", "LATOYA M. FREEMAN-BOYD, LVN"),
            ("contact", "Fresno, CA 93722 · (559) 555-0174 · latoya.fb@example.com"),
            ("h", "EXPERIENCE"),
            (
                "job",
                "LVN — Skilled Nursing",
                "Valley Oak Post-Acute, Fresno, CA",
                "08/2018 – Present",
            ),
            ("b", "Sub-acute and skilled residents; treatments, med pass, admissions; MatrixCare."),
            (
                "job",
                "LVN — Dialysis (per diem)",
                "Sierra Vista Dialysis Clinic, Clovis, CA",
                "02/2021 – 07/2022",
            ),
            ("job", "CNA", "Valley Oak Post-Acute, Fresno, CA", "2015 – 2018"),
            ("h", "LICENSE"),
            (
                "p",
                "California LVN #VN 312877, expires 11/30/2027; IV Therapy and Blood Withdrawal certified (BVNPT)",
            ),
            ("h", "CERTIFICATIONS"),
            ("p", "BLS (AHA) exp 03/2027"),
            ("h", "EDUCATION"),
            ("p", "Vocational Nursing Certificate — Fresno City College, 2018"),
        ],
        "spans": [("2018-08", "now")],
        "truth": {
            "name": "Latoya M. Freeman-Boyd",
            "email": "latoya.fb@example.com",
            "phone": "(559) 555-0174",
            "location": "Fresno, CA",
            "discipline": "LPN",
            "specialties": ["SNF", "Dialysis"],
            "licenses": [lic("CA", "LVN", "VN 312877", None, "2027-11")],
            "certifications": [
                cert("IV Therapy and Blood Withdrawal", "BVNPT"),
                cert("BLS", "AHA", "2027-03"),
            ],
            "education": [edu("Vocational Nursing Certificate", "Fresno City College")],
            "employers": ["Valley Oak Post-Acute", "Sierra Vista Dialysis Clinic"],
            "ehr_systems": ["MatrixCare"],
            "notes": "CNA pre-licence excluded; name in caps; 'Sub-acute and skilled' -> SNF.",
        },
    }
)

# r25 photo: RN OR/PACU, two pages side by side (landscape JPEG)
P.append(
    {
        "file": "r25.jpg",
        "key": "deluca-two-pages",
        "format": "photo",
        "layout": "photo-two-pages-side-by-side",
        "blocks": [
            ("name", "Giancarlo De Luca, BSN, RN, CNOR"),
            (
                "contact",
                "22 Orchard Terrace, Providence, RI 02906 · 401-555-0135 · gdeluca.rn@example.com",
            ),
            ("h", "Summary"),
            (
                "p",
                "Perioperative nurse (circulator) with PACU experience. Ortho, spine and robotics service lines.",
            ),
            ("h", "Experience"),
            (
                "job",
                "RN Circulator — Operating Room",
                "Narragansett Bay Medical Center, Providence, RI",
                "March 2015 – Present",
            ),
            ("b", "Circulates total joints, spine and robotic general surgery; Epic OpTime."),
            ("b", "Charge nurse for the evening OR shift since 2021."),
            (
                "job",
                "PACU RN (per diem)",
                "Blackstone Valley Surgery Center, Pawtucket, RI",
                "June 2019 – Present",
            ),
            ("b", "Phase I and II recovery."),
            (
                "job",
                "Staff RN — Med/Surg",
                "Kent Harbor Hospital, Warwick, RI",
                "Sept 2011 – Feb 2015",
            ),
            ("pagebreak", ""),
            ("h", "Licensure"),
            ("p", "Rhode Island RN (multistate), RN54117, exp. 03/01/2028"),
            ("p", "Massachusetts RN (single state), RN2290334, exp. 10/2027"),
            ("h", "Certifications"),
            ("p", "CNOR — Competency & Credentialing Institute — exp. 08/2029"),
            ("p", "ACLS, PALS, BLS — AHA — exp. 12/2027"),
            ("h", "Education"),
            ("p", "BSN, University of Rhode Island, 2011"),
            ("h", "Professional"),
            ("p", "AORN member; hospital Value Analysis Committee"),
        ],
        "spans": [("2011-09", "now")],
        "truth": {
            "name": "Giancarlo De Luca",
            "email": "gdeluca.rn@example.com",
            "phone": "401-555-0135",
            "location": "Providence, RI",
            "discipline": "RN",
            "specialties": ["OR", "PACU", "Med-Surg"],
            "licenses": [
                lic("RI", "RN", "RN54117", True, "2028-03"),
                lic("MA", "RN", "RN2290334", False, "2027-10"),
            ],
            "certifications": [
                cert("CNOR", "Competency & Credentialing Institute", "2029-08"),
                cert("ACLS", "AHA", "2027-12"),
                cert("PALS", "AHA", "2027-12"),
                cert("BLS", "AHA", "2027-12"),
            ],
            "education": [edu("BSN", "University of Rhode Island")],
            "employers": [
                "Narragansett Bay Medical Center",
                "Blackstone Valley Surgery Center",
                "Kent Harbor Hospital",
            ],
            "ehr_systems": ["Epic OpTime"],
            "notes": "Two pages photographed side by side; per diem PACU overlaps. Ortho/spine service lines inside the OR are not separate specialties (judgement).",
        },
    }
)

# r26 scan: RN PICU traveller, duplex two-page skewed
P.append(
    {
        "file": "r26.pdf",
        "key": "kavanagh-moreno-duplex",
        "format": "scan",
        "layout": "scan-duplex-two-pages-different-skew",
        "blocks": [
            ("name", "Aisling Kavanagh-Moreno"),
            ("sub", "BSN, RN, CCRN (Pediatric)"),
            ("contact", "Nashville, TN 37206 · 615-555-0169 · aisling.km@example.org"),
            ("h", "Travel Assignments"),
            (
                "job",
                "Travel RN — PICU",
                "Cumberland Children's Hospital, Nashville, TN (Vanguard Nurse Travel)",
                "Jul 2026 – Present",
            ),
            (
                "job",
                "Travel RN — PICU",
                "Gulf Coast Children's Medical Center, Mobile, AL (Vanguard Nurse Travel)",
                "Jan 2026 – Apr 2026",
            ),
            (
                "job",
                "Travel RN — Pediatric ICU / CVICU",
                "Bayou Children's Hospital, Baton Rouge, LA (Atlas Pediatric Travel)",
                "Jun 2025 – Dec 2025",
            ),
            (
                "job",
                "Travel RN — PICU",
                "High Desert Children's Hospital, Albuquerque, NM (Atlas Pediatric Travel)",
                "Sep 2024 – Mar 2025",
            ),
            ("h", "Staff Experience"),
            (
                "job",
                "Staff RN — Pediatric Intensive Care",
                "Music City Pediatric Hospital, Nashville, TN",
                "Aug 2018 – Aug 2024",
            ),
            (
                "job",
                "Staff RN — General Pediatrics",
                "Music City Pediatric Hospital, Nashville, TN",
                "Jun 2016 – Jul 2018",
            ),
            ("pagebreak", ""),
            ("h", "Licensure"),
            ("p", "Tennessee RN, multistate (NLC), RN0231885, exp 05/31/2028"),
            ("h", "Certifications"),
            (
                "p",
                "CCRN-Pediatric (AACN) exp 01/2029; PALS (AHA) exp 10/2027; BLS (AHA) exp 10/2027; TNCC exp 06/2027",
            ),
            ("h", "Education"),
            ("p", "Bachelor of Science in Nursing — Belmont University, 2016"),
            ("h", "Charting"),
            ("p", "Epic, Cerner, MEDITECH"),
        ],
        "spans": [
            ("2016-06", "2024-08"),
            ("2024-09", "2025-03"),
            ("2025-06", "2025-12"),
            ("2026-01", "2026-04"),
            ("2026-07", "now"),
        ],
        "truth": {
            "name": "Aisling Kavanagh-Moreno",
            "email": "aisling.km@example.org",
            "phone": "615-555-0169",
            "location": "Nashville, TN",
            "discipline": "RN",
            "specialties": ["PICU", "Pediatrics"],
            "licenses": [lic("TN", "RN", "RN0231885", True, "2028-05")],
            "certifications": [
                cert("CCRN-Pediatric", "AACN", "2029-01"),
                cert("PALS", "AHA", "2027-10"),
                cert("BLS", "AHA", "2027-10"),
                cert("TNCC", None, "2027-06"),
            ],
            "education": [edu("Bachelor of Science in Nursing", "Belmont University")],
            "employers": [
                "Cumberland Children's Hospital",
                "Gulf Coast Children's Medical Center",
                "Bayou Children's Hospital",
                "High Desert Children's Hospital",
                "Music City Pediatric Hospital",
            ],
            "ehr_systems": ["Epic", "Cerner", "MEDITECH"],
            "agencies": ["Vanguard Nurse Travel", "Atlas Pediatric Travel"],
            "notes": "Gaps Apr-May 2025 and May-Jun 2026 excluded. 'Pediatric ICU / CVICU' -> PICU (pediatric cardiac ICU; not adult ICU, judgement).",
        },
    }
)

# r27 scan: PT home health, pale blue tint
P.append(
    {
        "file": "r27.pdf",
        "key": "okonkwo-blue-scan",
        "format": "scan",
        "layout": "scan-pale-blue-tint",
        "blocks": [
            ("name", "Bartholomew J. Okonkwo, PT, DPT"),
            (
                "contact",
                "708 Magnolia Ave, Jackson, MS 39202 · 601-555-0110 · bart.okonkwo@example.com",
            ),
            ("h", "Experience"),
            (
                "job",
                "Physical Therapist — Home Health",
                "Natchez Trace Home Health Services, Jackson, MS",
                "2020 – present",
            ),
            (
                "b",
                "Homebound adults after stroke, joint replacement, CHF; OASIS; Homecare Homebase.",
            ),
            (
                "job",
                "Physical Therapist — Acute Care",
                "Pearl River Regional Medical Center, Jackson, MS",
                "2015 – 2020",
            ),
            ("b", "Floor and step-down consults, early mobility."),
            ("h", "License"),
            (
                "p",
                "Mississippi PT License #004481, valid through 12/31/2027; Louisiana PT License PT-11402, exp 03/2027",
            ),
            ("h", "Certifications"),
            (
                "p",
                "BLS, AHA, exp 05/2027; Certified Exercise Expert for Aging Adults (CEEAA), APTA Geriatrics, 2022",
            ),
            ("h", "Education"),
            ("p", "Doctor of Physical Therapy, University of Mississippi Medical Center, 2015"),
        ],
        "spans": [("2015-01", "now")],
        "truth": {
            "name": "Bartholomew J. Okonkwo",
            "email": "bart.okonkwo@example.com",
            "phone": "601-555-0110",
            "location": "Jackson, MS",
            "discipline": "PT",
            "specialties": ["Home Health", "Acute Care"],
            "licenses": [
                lic("MS", "PT", "004481", None, "2027-12"),
                lic("LA", "PT", "PT-11402", None, "2027-03"),
            ],
            "certifications": [cert("BLS", "AHA", "2027-05"), cert("CEEAA", "APTA Geriatrics")],
            "education": [
                edu("Doctor of Physical Therapy", "University of Mississippi Medical Center")
            ],
            "employers": [
                "Natchez Trace Home Health Services",
                "Pearl River Regional Medical Center",
            ],
            "ehr_systems": ["Homecare Homebase"],
            "notes": "Bare years, read as January 2015 (the DPT year; ±1 covers mid-year). Step-down consults not a specialty.",
        },
    }
)

# r28 scan: RT with a coffee ring stain
P.append(
    {
        "file": "r28.pdf",
        "key": "ferreira-souza-coffee",
        "format": "scan",
        "layout": "scan-coffee-ring-stain",
        "blocks": [
            ("name", "Nalani K. Ferreira-Souza, RRT-NPS"),
            ("contact", "Tampa, FL 33609 · 813-555-0189 · nalani.fs@example.net"),
            ("h", "Experience"),
            (
                "job",
                "Respiratory Therapist — NICU/PICU",
                "Tampa Bay Children's Hospital, Tampa, FL",
                "Apr 2018 – Present",
            ),
            ("b", "Neonatal and pediatric ventilation, HFOV, nitric oxide, transport."),
            (
                "job",
                "Respiratory Therapist — Adult",
                "Hillsborough Regional Hospital, Tampa, FL",
                "Jun 2013 – Mar 2018",
            ),
            ("b", "ED and floor therapy, adult ICU ventilator rounds."),
            ("h", "License"),
            ("p", "Florida Respiratory Care Practitioner, RRT 14722, exp. 05/31/2027"),
            ("h", "Credentials"),
            ("p", "RRT (NBRC); RRT-NPS (NBRC); NRP exp. 06/2027; PALS exp. 06/2027"),
            ("h", "Education"),
            ("p", "A.S. Respiratory Care, Hillsborough Community College, 2013"),
        ],
        "spans": [("2013-06", "now")],
        "truth": {
            "name": "Nalani K. Ferreira-Souza",
            "email": "nalani.fs@example.net",
            "phone": "813-555-0189",
            "location": "Tampa, FL",
            "discipline": "RT",
            "specialties": ["NICU", "PICU", "ICU", "ER"],
            "licenses": [lic("FL", "Respiratory Care Practitioner", "RRT 14722", None, "2027-05")],
            "certifications": [
                cert("RRT", "NBRC"),
                cert("RRT-NPS", "NBRC"),
                cert("NRP", None, "2027-06"),
                cert("PALS", None, "2027-06"),
            ],
            "education": [edu("A.S. Respiratory Care", "Hillsborough Community College")],
            "employers": ["Tampa Bay Children's Hospital", "Hillsborough Regional Hospital"],
            "ehr_systems": [],
            "notes": "No EHR named. Adult RT job 'ED and floor therapy, adult ICU ventilator rounds' -> ER + ICU (judgement; an RT's paid areas).",
        },
    }
)

# r29 scan: OT outpatient peds/hand, 300-dpi dithered bilevel
P.append(
    {
        "file": "r29.pdf",
        "key": "chee-wong-dithered",
        "format": "scan",
        "layout": "scan-300dpi-bilevel-dithered",
        "blocks": [
            ("name", "Rosalind Chee-Wong, OTD, OTR/L"),
            (
                "contact",
                "1450 Kapahulu Pl, Salt Lake City, UT 84105 · 801-555-0152 · rosalind.cw@example.com",
            ),
            ("h", "Experience"),
            (
                "job",
                "Occupational Therapist — Outpatient Pediatrics",
                "Wasatch Kids Therapy Collective, Salt Lake City, UT",
                "Jan 2022 – Present",
            ),
            ("b", "Sensory processing, fine motor, feeding; documentation in Raintree."),
            (
                "job",
                "Occupational Therapist — School-based",
                "Granite Peak School District, Salt Lake City, UT",
                "Aug 2019 – Dec 2021",
            ),
            ("h", "License"),
            ("p", "Utah Occupational Therapist license 11902871-2401, exp. 05/31/2028"),
            ("h", "Certification"),
            ("p", "OTR — NBCOT — renewal 03/2028"),
            ("p", "SIPT certification (WPS), 2021"),
            ("p", "BLS — AHA — exp. 02/2028"),
            ("h", "Education"),
            ("p", "Doctor of Occupational Therapy, University of Utah, 2019"),
        ],
        "spans": [("2019-08", "now")],
        "truth": {
            "name": "Rosalind Chee-Wong",
            "email": "rosalind.cw@example.com",
            "phone": "801-555-0152",
            "location": "Salt Lake City, UT",
            "discipline": "OT",
            "specialties": ["Outpatient", "Pediatrics", "Schools"],
            "licenses": [lic("UT", "OT", "11902871-2401", None, "2028-05")],
            "certifications": [
                cert("OTR", "NBCOT", "2028-03"),
                cert("SIPT", "WPS"),
                cert("BLS", "AHA", "2028-02"),
            ],
            "education": [edu("Doctor of Occupational Therapy", "University of Utah")],
            "employers": ["Wasatch Kids Therapy Collective", "Granite Peak School District"],
            "ehr_systems": ["Raintree"],
            "notes": "Street named like a Hawaiian street but the address is Salt Lake City, UT.",
        },
    }
)

# r30 scan: RN ortho/med-surg, grey low-contrast with a RECEIVED stamp
P.append(
    {
        "file": "r30.pdf",
        "key": "bhatia-stamp-scan",
        "format": "scan",
        "layout": "scan-grey-received-stamp",
        "blocks": [
            ("name", "Vikram Singh Bhatia, RN"),
            ("contact", "Indianapolis, IN 46220 · 317-555-0198 · vikram.bhatia.rn@example.com"),
            ("h", "Experience"),
            (
                "job",
                "RN — Orthopedics & Spine Unit",
                "Hoosier Heartland Hospital, Indianapolis, IN",
                "Feb 2021 – current",
            ),
            ("b", "Post-op joints and spine, PCA pumps, early mobility; Epic."),
            (
                "job",
                "RN — Medical/Surgical",
                "White River Community Hospital, Noblesville, IN",
                "Aug 2019 – Jan 2021",
            ),
            (
                "job",
                "RN — Acute Inpatient Rehabilitation (PRN)",
                "Circle City Rehab Hospital, Indianapolis, IN",
                "Mar 2022 – Present",
            ),
            ("h", "License"),
            ("p", "Indiana RN, multistate, 28241170A, expires 10/31/2027"),
            ("h", "Certifications"),
            ("p", "Orthopaedic Nurse Certified (ONC), ONCB, exp. 07/2029; BLS, AHA, exp. 01/2028"),
            ("h", "Education"),
            ("p", "BSN, Indiana University Indianapolis, 2019"),
        ],
        "spans": [("2019-08", "now")],
        "truth": {
            "name": "Vikram Singh Bhatia",
            "email": "vikram.bhatia.rn@example.com",
            "phone": "317-555-0198",
            "location": "Indianapolis, IN",
            "discipline": "RN",
            "specialties": ["Orthopedics", "Med-Surg", "Inpatient Rehab"],
            "licenses": [lic("IN", "RN", "28241170A", True, "2027-10")],
            "certifications": [cert("ONC", "ONCB", "2029-07"), cert("BLS", "AHA", "2028-01")],
            "education": [edu("BSN", "Indiana University Indianapolis")],
            "employers": [
                "Hoosier Heartland Hospital",
                "White River Community Hospital",
                "Circle City Rehab Hospital",
            ],
            "ehr_systems": ["Epic"],
            "notes": "Indiana joined the NLC; the page says multistate. PRN rehab overlaps the staff job, counted once.",
        },
    }
)
