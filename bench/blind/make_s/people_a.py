"""s01-s15: page text written by hand; every person, employer, agency, address and number invented."""

from model import Job, Li, Resume, Row, Sec, cert, edu, lic, truth

PEOPLE_A = [
    # ------------------------------------------------------------------ s01
    Resume(
        key="ybarra-jspdf-sidebar",
        file="s01.pdf",
        fmt="pdf",
        layout="jspdf-lato-teal-sidebar-cvicu-traveller",
        render="jspdf",
        name="Marisol Ybarra-Quintanilla",
        creds="BSN, RN, CCRN, CSC",
        headline="Critical Care Travel Nurse  |  CVICU · MICU · Open-Heart Recovery",
        contact=[
            "4418 Calle Paloma",
            "Laredo, TX 78041",
            "(956) 555-0131",
            "marisol.yq@example.com",
        ],
        side=[
            Sec(
                "LICENSURE",
                [
                    "Texas RN — Multistate (NLC)",
                    "No. 912447 · exp 03/2028",
                    "California RN — single-state",
                    "No. 95507312 · exp 09/2027",
                ],
            ),
            Sec(
                "CERTIFICATIONS",
                [
                    "CCRN (Adult), AACN — exp 04/2028",
                    "CSC, AACN — exp Feb 2029",
                    "ACLS, AHA — exp 11/2027",
                    "BLS, AHA — exp 11/2027",
                    "NIHSS",
                ],
            ),
            Sec("CHARTING", ["Epic (ClinDoc, Haiku)", "Cerner PowerChart"]),
            Sec(
                "EDUCATION",
                [
                    "Bachelor of Science in Nursing",
                    "Texas A&M International University",
                    "Laredo, TX · 2017",
                ],
            ),
        ],
        main=[
            Sec(
                "PROFILE",
                [
                    "ICU nurse with nine years at the bedside, most of them in cardiovascular "
                    "intensive care: fresh hearts, IABP, Impella, CRRT and titrated drips. "
                    "Travelling since 2025; fast orientation, strong charting."
                ],
            ),
            Sec(
                "EXPERIENCE",
                [
                    Job(
                        "Travel RN — CVICU",
                        "Hollowbrook Heart Institute",
                        "Sacramento, CA",
                        "Jun 2026 – Present",
                        [
                            "18-bed cardiovascular ICU; post-CABG and valve recovery, 1:1 and 1:2.",
                            "Impella CP and IABP management; CRRT with Prismaflex.",
                        ],
                        note="Contract through Northstar Clinical Travel",
                    ),
                    Job(
                        "Travel RN — Medical ICU",
                        "Fort Larkin Regional Medical Center",
                        "Lubbock, TX",
                        "Oct 2025 – Apr 2026",
                        [
                            "24-bed MICU: sepsis, ARDS, proning, DKA; extended twice.",
                        ],
                        note="Contract through Northstar Clinical Travel",
                    ),
                    Job(
                        "Travel RN — CVICU",
                        "Cobalt Springs Medical Center",
                        "Tucson, AZ",
                        "Jan 2025 – Sep 2025",
                        [
                            "Open-heart recovery and TAVR patients; charge relief on nights.",
                        ],
                        note="Contract through Northstar Clinical Travel",
                    ),
                    Job(
                        "Staff RN — Cardiovascular ICU",
                        "Rio Bravo Medical Center",
                        "Laredo, TX",
                        "Jul 2017 – Dec 2024",
                        [
                            "Preceptor for 14 new graduates; unit practice council chair 2022–2024.",
                            "Floated to the ED boarding area during winter surges (not a home unit).",
                            "Rapid response team member 2021–2024.",
                        ],
                    ),
                    Job(
                        "Patient Care Technician (while in nursing school)",
                        "Rio Bravo Medical Center",
                        "Laredo, TX",
                        "May 2014 – Jun 2017",
                        [
                            "Vitals, EKGs, glucose checks and ambulation on the cardiac step-down floor."
                        ],
                    ),
                ],
            ),
        ],
        footer="Took May 2026 off between contracts.",
        opts={"font": "Lato", "accent": [16, 110, 120]},
        truth=truth(
            name="Marisol Ybarra-Quintanilla",
            email="marisol.yq@example.com",
            phone="(956) 555-0131",
            location="Laredo, TX",
            discipline="RN",
            specialties=["ICU"],
            licenses=[
                lic("TX", "RN", "912447", True, "2028-03"),
                lic("CA", "RN", "95507312", False, "2027-09"),
            ],
            certifications=[
                cert("CCRN", "AACN", "2028-04"),
                cert("CSC", "AACN", "2029-02"),
                cert("ACLS", "AHA", "2027-11"),
                cert("BLS", "AHA", "2027-11"),
                cert("NIHSS"),
            ],
            spans=[
                ("2017-07", "2024-12"),
                ("2025-01", "2025-09"),
                ("2025-10", "2026-04"),
                ("2026-06", "2026-12"),
            ],
            education=[edu("Bachelor of Science in Nursing", "Texas A&M International University")],
            employers=[
                "Hollowbrook Heart Institute",
                "Fort Larkin Regional Medical Center",
                "Cobalt Springs Medical Center",
                "Rio Bravo Medical Center",
            ],
            ehr_systems=["Epic", "Cerner"],
            agencies=["Northstar Clinical Travel"],
            notes="CVICU/MICU -> ICU; ED boarding float 'not a home unit' excluded; PCT years pre-licence excluded (employer kept, same hospital); gap May 2026 excluded; Epic (ClinDoc, Haiku) -> Epic, Cerner PowerChart -> Cerner.",
        ),
    ),
    # ------------------------------------------------------------------ s02
    Resume(
        key="achterberg-jspdf-serif",
        file="s02.pdf",
        fmt="pdf",
        layout="jspdf-times-core-font-right-dates",
        render="jspdf",
        name="Desmond K. Achterberg",
        creds="BSN, RN, CEN, TCRN",
        headline="Emergency Nurse — Level I/II Trauma, Travel & Staff",
        contact=[
            "1207 Bayou Chico Lane, Pensacola, FL 32507",
            "Cell (850) 555-0144",
            "dachterberg@example.net",
        ],
        main=[
            Sec(
                "Summary",
                [
                    "Twelve years of emergency nursing after four years as a Navy hospital corpsman. "
                    "Triage, trauma resuscitation, pediatric and psychiatric holds, and charge."
                ],
            ),
            Sec(
                "Licensure",
                [
                    Li(
                        "Florida Registered Nurse, multistate compact licence RN9481127, expires 04/30/2028"
                    ),
                    Li("Hawaii Registered Nurse RN-94418, single-state, expires 06/30/2027"),
                ],
            ),
            Sec(
                "Certifications",
                [
                    Li(
                        "CEN — Board of Certification for Emergency Nursing (BCEN), valid through 08/2027"
                    ),
                    Li("TCRN — BCEN, valid through 2029"),
                    Li("TNCC — Emergency Nurses Association (ENA), expires 3/2027"),
                    Li("ACLS and PALS — American Heart Association, expire 01/2028"),
                    Li("BLS — American Heart Association, expires 01/2028"),
                ],
            ),
            Sec(
                "Professional Experience",
                [
                    Job(
                        "Staff RN, Emergency Department (charge 2022–present)",
                        "Perdido Key Regional Medical Center",
                        "Pensacola, FL",
                        "Aug 2019 – Present",
                        [
                            "54-bed Level II trauma ED, 70,000 visits a year; triage, trauma bay, fast track.",
                            "Charge nurse three shifts a month; sepsis bundle champion.",
                        ],
                    ),
                    Job(
                        "Per Diem ED RN",
                        "Escambia Shoals Community Hospital",
                        "Milton, FL",
                        "Mar 2021 – Jun 2024",
                        ["Two weekend shifts a month in a 16-bed rural ED."],
                    ),
                    Job(
                        "Travel ER RN",
                        "Kapalua Coast Medical Center",
                        "Kahului, HI",
                        "Sep 2018 – Mar 2019",
                        [
                            "Island trauma centre; air transfers to Honolulu.  Agency: Halcyon Travel Nursing."
                        ],
                    ),
                    Job(
                        "ER RN",
                        "Bayou Teche General Hospital",
                        "Lafayette, LA",
                        "May 2014 – Aug 2018",
                        ["Adult and pediatric emergency care; ED-to-ICU transport team."],
                    ),
                    Job(
                        "Hospital Corpsman (HM3)",
                        "U.S. Navy",
                        "Naval Hospital Pensacola, FL",
                        "2008 – 2012",
                        ["Before nursing school. Sick call, immunizations, field medicine."],
                    ),
                ],
            ),
            Sec("Charting Systems", ["Epic ASAP · Cerner FirstNet · MEDITECH"]),
            Sec(
                "Education",
                [
                    Li(
                        "Bachelor of Science in Nursing (RN-to-BSN) — University of West Florida, 2020"
                    ),
                    Li("Associate of Science in Nursing — Pensacola State College, 2014"),
                ],
            ),
        ],
        footer="Apr – Jul 2019: relocation back to Florida (not working).",
        opts={"font": "times"},
        truth=truth(
            name="Desmond K. Achterberg",
            email="dachterberg@example.net",
            phone="(850) 555-0144",
            location="Pensacola, FL",
            discipline="RN",
            specialties=["ER"],
            licenses=[
                lic("FL", "RN", "RN9481127", True, "2028-04"),
                lic("HI", "RN", "RN-94418", False, "2027-06"),
            ],
            certifications=[
                cert("CEN", "BCEN", "2027-08"),
                cert("TCRN", "BCEN"),
                cert("TNCC", "ENA", "2027-03"),
                cert("ACLS", "American Heart Association", "2028-01"),
                cert("PALS", "American Heart Association", "2028-01"),
                cert("BLS", "American Heart Association", "2028-01"),
            ],
            spans=[("2014-05", "2018-08"), ("2018-09", "2019-03"), ("2019-08", "2026-12")],
            education=[
                edu("Bachelor of Science in Nursing", "University of West Florida"),
                edu("Associate of Science in Nursing", "Pensacola State College"),
            ],
            employers=[
                "Perdido Key Regional Medical Center",
                "Escambia Shoals Community Hospital",
                "Kapalua Coast Medical Center",
                "Bayou Teche General Hospital",
                "U.S. Navy",
            ],
            ehr_systems=["Epic", "Cerner", "MEDITECH"],
            agencies=["Halcyon Travel Nursing"],
            notes="Level II trauma ED -> ER; per diem overlap counted once; Navy corpsman years pre-licence excluded (employer kept); Apr-Jul 2019 relocation gap excluded; TCRN 'through 2029' has no month -> null.",
        ),
    ),
    # ------------------------------------------------------------------ s03
    Resume(
        key="halvorsen-pdflib-linkedin",
        file="s03.pdf",
        fmt="pdf",
        layout="pdflib-linkedin-save-to-pdf-sidebar",
        render="pdflib",
        name="Kiersten Halvorsen-Abebe",
        creds="PT, DPT, OCS",
        headline="Orthopedic Physical Therapist | Clinic Lead at Sawtooth Motion Physical Therapy | Dry Needling | Return-to-Sport",
        contact=["Boise, Idaho, United States"],
        side=[
            Sec(
                "Contact",
                [
                    "208-555-0127 (Mobile)",
                    "kiersten.ha@example.org",
                    "www.linkedin.com/in/kiersten-halvorsen-abebe-dpt (LinkedIn)",
                ],
            ),
            Sec("Top Skills", ["Manual Therapy", "WebPT", "Return-to-Sport Testing"]),
            Sec(
                "Licenses & Certifications",
                [
                    "Physical Therapist License — Idaho PT-7731 (exp 06/2027)",
                    "Physical Therapist License — Washington PT60558213 (exp 10/2027)",
                    "Orthopaedic Clinical Specialist (OCS) — ABPTS",
                    "Certified Dry Needling (CDN)",
                    "CPR/BLS — American Heart Association, exp 05/2027",
                ],
            ),
            Sec("Languages", ["Amharic (Limited Working)", "Norwegian (Elementary)"]),
        ],
        main=[
            Sec(
                "Summary",
                [
                    "Board-certified orthopaedic clinical specialist. I treat spine, shoulder and "
                    "post-operative knee patients, mentor students and run our ACL return-to-sport "
                    "program. Before settling in Boise I spent three years on travel contracts in "
                    "skilled nursing and inpatient rehab."
                ],
            ),
            Sec(
                "Experience",
                [
                    Job(
                        "Physical Therapist, Clinic Lead",
                        "Sawtooth Motion Physical Therapy",
                        "Boise, Idaho",
                        "January 2021 - Present (5 years 11 months)",
                        [
                            "Outpatient orthopedics, 13 visits a day; WebPT documentation.",
                            "Clinic lead since 2023: scheduling, audits, two DPT students a year.",
                        ],
                    ),
                    Job(
                        "Physical Therapist",
                        "Columbia Gorge Sports & Spine",
                        "Kennewick, Washington",
                        "August 2019 - December 2020 (1 year 5 months)",
                        ["Outpatient sports and spine clinic (Net Health documentation)."],
                    ),
                    Job(
                        "Travel Physical Therapist",
                        "Pinecrest Therapy Staffing",
                        "",
                        "September 2016 - July 2019 (2 years 11 months)",
                        [
                            "13-week contracts at Lewis Clark Valley Care Center (skilled nursing, "
                            "Lewiston, ID; PointClickCare) and Palouse Meadows Rehabilitation Hospital "
                            "(inpatient rehab, Pullman, WA).",
                        ],
                    ),
                    Job(
                        "Physical Therapy Aide",
                        "Sawtooth Motion Physical Therapy",
                        "Boise, Idaho",
                        "May 2012 - August 2013 (1 year 4 months)",
                        ["Before PT school: clinic set-up, exercise supervision, front desk."],
                    ),
                ],
            ),
            Sec(
                "Education",
                [
                    Job(
                        "Doctor of Physical Therapy - DPT, Physical Therapy · (2013 - 2016)",
                        "Idaho State University",
                        "",
                        "",
                    ),
                    Job(
                        "Bachelor of Science - BS, Exercise Science · (2008 - 2012)",
                        "Boise State University",
                        "",
                        "",
                    ),
                ],
            ),
        ],
        opts={"font": "Carlito"},
        truth=truth(
            name="Kiersten Halvorsen-Abebe",
            email="kiersten.ha@example.org",
            phone="208-555-0127",
            location="Boise, ID",
            discipline="PT",
            specialties=["Outpatient", "Orthopedics", "SNF", "Inpatient Rehab"],
            licenses=[
                lic("ID", "PT", "PT-7731", None, "2027-06"),
                lic("WA", "PT", "PT60558213", None, "2027-10"),
            ],
            certifications=[
                cert("OCS", "ABPTS"),
                cert("CDN"),
                cert("BLS", "American Heart Association", "2027-05"),
            ],
            spans=[("2016-09", "2026-12")],
            education=[
                edu("Doctor of Physical Therapy - DPT", "Idaho State University"),
                edu("Bachelor of Science - BS, Exercise Science", "Boise State University"),
            ],
            employers=[
                "Sawtooth Motion Physical Therapy",
                "Columbia Gorge Sports & Spine",
                "Lewis Clark Valley Care Center",
                "Palouse Meadows Rehabilitation Hospital",
            ],
            ehr_systems=["WebPT", "Net Health", "PointClickCare"],
            agencies=["Pinecrest Therapy Staffing"],
            notes="LinkedIn-style: the travel job's 'company' is the agency; its facilities are in the description and are the employers. Location printed 'Boise, Idaho, United States'. 'CPR/BLS' -> BLS. PT aide years pre-licence excluded (same clinic).",
        ),
    ),
    # ------------------------------------------------------------------ s04
    Resume(
        key="bamgbose-pdflib-serif-cv",
        file="s04.pdf",
        fmt="pdf",
        layout="pdflib-caladea-cv-licence-grid",
        render="pdflib",
        name="Oluwaseun T. Bamgbose-Reyes",
        creds="PharmD, BCPS, BCCCP",
        headline="Clinical Pharmacist — Critical Care",
        contact=[
            "2290 Olentangy Bluff Drive, Columbus, OH 43202",
            "(614) 555-0158",
            "seun.bamgbose@example.com",
        ],
        main=[
            Sec(
                "Professional Experience",
                [
                    Job(
                        "Clinical Pharmacist, Critical Care",
                        "Olentangy Ridge Medical Center",
                        "Columbus, OH",
                        "July 2020 – Present",
                        [
                            "Rounds daily with the medical and surgical ICU teams; vancomycin and aminoglycoside dosing.",
                            "Code blue and stroke-alert pharmacist; sedation and anticoagulation protocols.",
                            "Co-precepts PGY1 residents on the critical care rotation.",
                        ],
                    ),
                    Job(
                        "Staff Pharmacist (per diem), Inpatient Pharmacy",
                        "Licking Valley Community Hospital",
                        "Newark, OH",
                        "September 2021 – March 2024",
                        ["Weekend order verification and IV room oversight."],
                    ),
                    Job(
                        "PGY2 Critical Care Pharmacy Resident",
                        "Bluegrass Commonwealth Hospital",
                        "Lexington, KY",
                        "July 2019 – June 2020",
                        ["MICU, SICU, neuro ICU, cardiac ICU and emergency medicine rotations."],
                    ),
                    Job(
                        "PGY1 Pharmacy Resident",
                        "Bluegrass Commonwealth Hospital",
                        "Lexington, KY",
                        "July 2018 – June 2019",
                        [
                            "Internal medicine, infectious diseases, ambulatory care, administration."
                        ],
                    ),
                    Job(
                        "Pharmacy Intern",
                        "Crossroads Family Pharmacy",
                        "Cincinnati, OH",
                        "May 2015 – May 2018",
                        ["Student intern during the PharmD program; counseling and immunizations."],
                    ),
                ],
            ),
            Sec(
                "Licensure",
                [
                    Row(["Ohio", "Pharmacist", "License No. 03-3-41187", "exp. 09/15/2027"]),
                    Row(["Kentucky", "Pharmacist", "License No. 019944", "exp. 02/2027"]),
                ],
            ),
            Sec(
                "Board Certification & Training",
                [
                    Li("BCPS — Board of Pharmacy Specialties, recertification due 12/2028"),
                    Li("BCCCP — Board of Pharmacy Specialties, through 2030"),
                    Li("ACLS — American Heart Association, exp. 05/2027"),
                    Li("BLS — American Heart Association, exp. 05/2027"),
                    Li("APhA Pharmacy-Based Immunization Delivery certificate"),
                ],
            ),
            Sec(
                "Education",
                [
                    Li("Doctor of Pharmacy — University of Cincinnati, 2018"),
                    Li("Bachelor of Science in Chemistry — Ohio University, 2014"),
                ],
            ),
            Sec(
                "Systems",
                [
                    "Epic Willow (inpatient), Cerner PharmNet (residency). Pyxis MedStation and DoseEdge IV workflow are dispensing tools, not charting."
                ],
            ),
            Sec(
                "Presentations",
                [
                    "Bamgbose-Reyes O, et al. Ketamine infusion for analgosedation in mechanically ventilated adults: a single-centre review. Ohio Society of Health-System Pharmacists Annual Meeting, 2023.",
                ],
            ),
        ],
        footer="Oluwaseun T. Bamgbose-Reyes, PharmD — page {page}",
        opts={"font": "Caladea"},
        truth=truth(
            name="Oluwaseun T. Bamgbose-Reyes",
            email="seun.bamgbose@example.com",
            phone="(614) 555-0158",
            location="Columbus, OH",
            discipline="Pharmacist",
            specialties=["ICU", "Inpatient"],
            licenses=[
                lic("OH", "Pharmacist", "03-3-41187", None, "2027-09"),
                lic("KY", "Pharmacist", "019944", None, "2027-02"),
            ],
            certifications=[
                cert("BCPS", "Board of Pharmacy Specialties", "2028-12"),
                cert("BCCCP", "Board of Pharmacy Specialties"),
                cert("ACLS", "American Heart Association", "2027-05"),
                cert("BLS", "American Heart Association", "2027-05"),
                cert("APhA Pharmacy-Based Immunization Delivery", "APhA"),
            ],
            spans=[("2018-07", "2026-12")],
            education=[
                edu("Doctor of Pharmacy", "University of Cincinnati"),
                edu("Bachelor of Science in Chemistry", "Ohio University"),
            ],
            employers=[
                "Olentangy Ridge Medical Center",
                "Licking Valley Community Hospital",
                "Bluegrass Commonwealth Hospital",
                "Crossroads Family Pharmacy",
            ],
            ehr_systems=["Epic", "Cerner"],
            notes="Critical care -> ICU; inpatient pharmacy -> Inpatient; PGY1/PGY2 counted as licensed; intern years excluded (employer kept); per diem overlap counted once; Pyxis and DoseEdge are not EHRs; 'recertification due 12/2028' read as the expiry; BCCCP 'through 2030' no month.",
        ),
    ),
    # ------------------------------------------------------------------ s05
    Resume(
        key="sorensen-reactpdf-band",
        file="s05.pdf",
        fmt="pdf",
        layout="reactpdf-colour-band-header",
        render="reactpdf",
        name="Annika Sørensen-Whitfield",
        creds="BSN, RNC-OB, C-EFM",
        headline="Labor & Delivery Registered Nurse",
        contact=[
            "815 S. Cliff Avenue, Sioux Falls, SD 57104",
            "(605) 555-0163",
            "annika.sw@example.org",
        ],
        main=[
            Sec(
                "About",
                [
                    "L&D nurse for seven years after three years on Mother/Baby. Comfortable with high-risk "
                    "antepartum, magnesium and oxytocin protocols, OR circulating for cesareans and "
                    "neonatal resuscitation at delivery."
                ],
            ),
            Sec(
                "Experience",
                [
                    Job(
                        "Labor & Delivery RN",
                        "Big Sioux Regional Health",
                        "Sioux Falls, SD",
                        "03/2020 – present",
                        [
                            "Level III obstetric unit, 3,100 births a year; charge nurse since 2023.",
                            "Circulates cesarean sections; OB hemorrhage team.",
                            "Covers nursery breaks when staffing is short (not a home unit).",
                        ],
                    ),
                    Job(
                        "Travel Labor & Delivery RN",
                        "Willamette Crest Medical Center",
                        "Salem, OR",
                        "06/2019 – 02/2020",
                        ["13-week contract, extended once. Summit Ridge Medical Staffing."],
                    ),
                    Job(
                        "Mother/Baby RN",
                        "Big Sioux Regional Health",
                        "Sioux Falls, SD",
                        "01/2016 – 05/2019",
                        ["Couplet care, lactation support, newborn hearing screens."],
                    ),
                    Job(
                        "Unit Secretary",
                        "Big Sioux Regional Health",
                        "Sioux Falls, SD",
                        "2013 – 2015",
                        ["Part time while in nursing school."],
                    ),
                ],
            ),
            Sec(
                "Licenses",
                [
                    Li("South Dakota RN — Multistate — R041127 — exp. 03/2028"),
                    Li("Oregon RN — single state — 202288115RN — exp. 11/2027"),
                ],
            ),
            Sec(
                "Certifications",
                [
                    Li("RNC-OB, NCC — renews 05/2029"),
                    Li("C-EFM, NCC — renews 05/2029"),
                    Li("NRP, AAP — exp. 10/2027"),
                    Li("ACLS, AHA — exp. 08/2027"),
                    Li("BLS, AHA — exp. 08/2027"),
                    Li("AWHONN Intermediate Fetal Monitoring"),
                ],
            ),
            Sec("Documentation", ["Epic Stork; Cerner PowerChart Maternity (Oregon contract)"]),
            Sec(
                "Education",
                [Li("Bachelor of Science in Nursing — South Dakota State University, 2015")],
            ),
        ],
        opts={"font": "OpenSans", "band": "#7a2e4d"},
        truth=truth(
            name="Annika Sørensen-Whitfield",
            email="annika.sw@example.org",
            phone="(605) 555-0163",
            location="Sioux Falls, SD",
            discipline="RN",
            specialties=["L&D", "Postpartum"],
            licenses=[
                lic("SD", "RN", "R041127", True, "2028-03"),
                lic("OR", "RN", "202288115RN", False, "2027-11"),
            ],
            certifications=[
                cert("RNC-OB", "NCC", "2029-05"),
                cert("C-EFM", "NCC", "2029-05"),
                cert("NRP", "AAP", "2027-10"),
                cert("ACLS", "AHA", "2027-08"),
                cert("BLS", "AHA", "2027-08"),
                cert("AWHONN Intermediate Fetal Monitoring", "AWHONN"),
            ],
            spans=[("2016-01", "2026-12")],
            education=[edu("Bachelor of Science in Nursing", "South Dakota State University")],
            employers=["Big Sioux Regional Health", "Willamette Crest Medical Center"],
            ehr_systems=["Epic", "Cerner"],
            agencies=["Summit Ridge Medical Staffing"],
            notes="Mother/Baby -> Postpartum; nursery cover 'not a home unit' excluded; unit secretary pre-licence excluded; Epic Stork -> Epic, Cerner PowerChart Maternity -> Cerner.",
        ),
    ),
    # ------------------------------------------------------------------ s06
    Resume(
        key="whitaker-reactpdf-right-rail",
        file="s06.pdf",
        fmt="pdf",
        layout="reactpdf-noto-right-rail",
        render="reactpdf",
        name="Ngọc Lâm Whitaker",
        creds="M.S., CCC-SLP",
        headline="Medical Speech-Language Pathologist — dysphagia, FEES, cognitive-communication",
        contact=[
            "3127 W. Fairview Ave, Spokane, WA 99205",
            "(509) 555-0172",
            "ngoc.whitaker@example.com",
        ],
        side=[
            Sec(
                "Licences",
                [
                    "Washington — Speech-Language Pathologist",
                    "SP.60912377 · exp 11/2027",
                    "Idaho — Speech-Language Pathologist",
                    "SLP-4418 · exp 06/2027",
                ],
            ),
            Sec(
                "Certifications",
                [
                    "ASHA CCC-SLP #12118844, renews 12/2027",
                    "VitalStim Certified Provider",
                    "MBSImP (Northwestern)",
                    "BLS — American Red Cross, exp. Jan 2027",
                ],
            ),
            Sec("Systems", ["Epic", "PointClickCare", "Homecare Homebase"]),
            Sec("Languages", ["Vietnamese, English"]),
        ],
        main=[
            Sec(
                "Experience",
                [
                    Job(
                        "Speech-Language Pathologist — Acute Care",
                        "Latah Creek Medical Center",
                        "Spokane, WA",
                        "Feb 2021 – Present",
                        [
                            "Bedside swallow evaluations, FEES and modified barium swallow studies.",
                            "Consults on the ICU and step-down floors for trach/vent patients (consult service).",
                        ],
                    ),
                    Job(
                        "PRN Speech-Language Pathologist — Home Health",
                        "Silver Valley Home Care",
                        "Coeur d'Alene, ID",
                        "Jun 2022 – Present",
                        ["Two or three home visits on Saturdays."],
                    ),
                    Job(
                        "Speech-Language Pathologist — Skilled Nursing",
                        "Hayden Pines Health & Rehabilitation",
                        "Coeur d'Alene, ID",
                        "Sep 2018 – Jan 2021",
                        [
                            "Dysphagia and cognition caseload of 18–22; Medicare Part A/B documentation."
                        ],
                    ),
                    Job(
                        "Clinical Fellow (CF-SLP)",
                        "Hayden Pines Health & Rehabilitation",
                        "Coeur d'Alene, ID",
                        "Sep 2017 – Aug 2018",
                        ["Clinical fellowship year under a CCC-SLP mentor."],
                    ),
                ],
            ),
            Sec(
                "Education",
                [
                    Li("M.S., Speech and Hearing Sciences — Washington State University, 2017"),
                    Li("B.A., Communication Disorders — Eastern Washington University, 2015"),
                ],
            ),
        ],
        opts={"font": "NotoSans"},
        truth=truth(
            name="Ngọc Lâm Whitaker",
            email="ngoc.whitaker@example.com",
            phone="(509) 555-0172",
            location="Spokane, WA",
            discipline="SLP",
            specialties=["Acute Care", "Home Health", "SNF"],
            licenses=[
                lic("WA", "Speech-Language Pathologist", "SP.60912377", None, "2027-11"),
                lic("ID", "Speech-Language Pathologist", "SLP-4418", None, "2027-06"),
            ],
            certifications=[
                cert("CCC-SLP", "ASHA", "2027-12"),
                cert("VitalStim"),
                cert("MBSImP", "Northwestern"),
                cert("BLS", "American Red Cross", "2027-01"),
            ],
            spans=[("2017-09", "2026-12")],
            education=[
                edu("M.S., Speech and Hearing Sciences", "Washington State University"),
                edu("B.A., Communication Disorders", "Eastern Washington University"),
            ],
            employers=[
                "Latah Creek Medical Center",
                "Silver Valley Home Care",
                "Hayden Pines Health & Rehabilitation",
            ],
            ehr_systems=["Epic", "PointClickCare", "Homecare Homebase"],
            notes="ICU/step-down consults are a consult service, not specialties; clinical fellowship counted; PRN home health overlap counted once.",
        ),
    ),
    # ------------------------------------------------------------------ s07
    Resume(
        key="mendoza-pdfmake-tables",
        file="s07.pdf",
        fmt="pdf",
        layout="pdfmake-noto-serif-job-table",
        render="pdfmake",
        name="Rafael Mendoza-Lindqvist",
        creds="BSN, RN, OCN",
        headline="Oncology / Hematology Registered Nurse",
        contact=[
            "6610 Kingston Pike Apt 4B, Knoxville, TN 37919",
            "865.555.0185",
            "rafa.ml@example.net",
        ],
        main=[
            Sec(
                "WORK HISTORY",
                [
                    Job(
                        "Travel RN, Hematology/Oncology",
                        "Cumberland Plateau Medical Center",
                        "Cookeville, TN",
                        "Nov 2025 – Present",
                        ["Chemotherapy and biotherapy administration; neutropenic precautions."],
                        note="Keystone Nurse Network (agency)",
                    ),
                    Job(
                        "Travel RN, Inpatient Oncology / BMT",
                        "Hudson Palisades Cancer Center",
                        "Albany, NY",
                        "Apr 2025 – Oct 2025",
                        ["Autologous and allogeneic transplant patients; CAR-T monitoring."],
                        note="Keystone Nurse Network (agency)",
                    ),
                    Job(
                        "Staff RN, Oncology",
                        "Smoky Ridge University Medical Center",
                        "Knoxville, TN",
                        "Jun 2017 – Mar 2025",
                        [
                            "32-bed inpatient oncology unit; chemo-competent since 2018.",
                            "Picked up outpatient infusion center shifts as a float (not an assignment).",
                        ],
                    ),
                    Job(
                        "Staff RN, Medical-Surgical",
                        "Smoky Ridge University Medical Center",
                        "Knoxville, TN",
                        "Jun 2015 – May 2017",
                        ["Adult med-surg; post-op and GI patients."],
                    ),
                ],
            ),
            Sec(
                "LICENSES",
                [
                    Row(["State", "Type", "Number", "Compact / Multistate", "Expires"]),
                    Row(["Tennessee", "RN", "213377", "Yes", "07/31/2027"]),
                    Row(["New York", "RN", "781244", "No (single state)", "05/31/2028"]),
                ],
            ),
            Sec(
                "CERTIFICATIONS",
                [
                    Row(["OCN", "ONCC", "exp 06/2028"]),
                    Row(["ONS/ONCC Chemotherapy Immunotherapy Certificate", "ONS", "exp 03/2027"]),
                    Row(["BLS", "AHA", "exp 08/2027"]),
                    Row(["ACLS", "AHA", "exp 08/2027"]),
                ],
            ),
            Sec("EHR", ["Epic (Beacon) · MEDITECH Expanse"]),
            Sec(
                "EDUCATION",
                [Li("Bachelor of Science in Nursing, University of Tennessee, Knoxville — 2015")],
            ),
        ],
        opts={"font": "NotoSerif"},
        truth=truth(
            name="Rafael Mendoza-Lindqvist",
            email="rafa.ml@example.net",
            phone="865.555.0185",
            location="Knoxville, TN",
            discipline="RN",
            specialties=["Oncology", "Med-Surg"],
            licenses=[
                lic("TN", "RN", "213377", True, "2027-07"),
                lic("NY", "RN", "781244", False, "2028-05"),
            ],
            certifications=[
                cert("OCN", "ONCC", "2028-06"),
                cert("ONS/ONCC Chemotherapy Immunotherapy Certificate", "ONS", "2027-03"),
                cert("BLS", "AHA", "2027-08"),
                cert("ACLS", "AHA", "2027-08"),
            ],
            spans=[("2015-06", "2026-12")],
            education=[edu("Bachelor of Science in Nursing", "University of Tennessee, Knoxville")],
            employers=[
                "Cumberland Plateau Medical Center",
                "Hudson Palisades Cancer Center",
                "Smoky Ridge University Medical Center",
            ],
            ehr_systems=["Epic", "MEDITECH"],
            agencies=["Keystone Nurse Network"],
            notes="Hem/Onc and BMT -> Oncology; infusion float 'not an assignment' -> not Outpatient; compact from a Yes/No table column; Epic (Beacon) -> Epic, MEDITECH Expanse -> MEDITECH.",
        ),
    ),
    # ------------------------------------------------------------------ s08
    Resume(
        key="castleberry-pango-tabs",
        file="s08.pdf",
        fmt="pdf",
        layout="pangocairo-markup-tab-dates",
        render="pango",
        name="Imani R. Castleberry-Duarte",
        creds="RRT, RRT-ACCS",
        headline="Registered Respiratory Therapist · Adult Critical Care",
        contact=["Albuquerque, NM 87110", "(505) 555-0119", "imani.castleberry@example.org"],
        main=[
            Sec(
                "Experience",
                [
                    Job(
                        "Respiratory Therapist II, Adult Critical Care",
                        "Sandia Mesa Medical Center",
                        "Albuquerque, NM",
                        "10/2018 – Present",
                        [
                            "Ventilator management in a 36-bed adult ICU: APRV, proning, ECMO circuits with perfusion.",
                            "Airway team for rapid responses and codes; bronchoscopy assist.",
                        ],
                    ),
                    Job(
                        "PRN Respiratory Therapist",
                        "Pueblo Canyon Hospital",
                        "Pueblo, CO",
                        "01/2022 – 08/2025",
                        ["Emergency Department and floor therapy, one or two weekends a month."],
                    ),
                    Job(
                        "Respiratory Therapist",
                        "Rio Puerco Community Hospital",
                        "Los Lunas, NM",
                        "06/2015 – 09/2018",
                        [
                            "Emergency Department, medical floors and a 6-bed ICU in a rural hospital."
                        ],
                    ),
                ],
            ),
            Sec(
                "Licenses",
                [
                    Li("New Mexico — Respiratory Care Practitioner — RC-20571 — exp. 06/2027"),
                    Li("Colorado — Respiratory Therapist — RTL.0011842 — exp. 05/31/2027"),
                ],
            ),
            Sec(
                "Credentials",
                [
                    Li("RRT and RRT-ACCS — National Board for Respiratory Care (NBRC)"),
                    Li("ACLS · PALS · BLS — American Heart Association, all expire 09/2027"),
                    Li("NRP — American Academy of Pediatrics, expires 04/2027"),
                ],
            ),
            Sec(
                "Education",
                [
                    Li(
                        "B.S. Respiratory Care — Boise State University, 2020 (online degree advancement)"
                    ),
                    Li("A.A.S. Respiratory Therapy — Central New Mexico Community College, 2015"),
                ],
            ),
            Sec("Charting", ["Cerner PowerChart; MEDITECH (Rio Puerco)"]),
        ],
        opts={"font": "Lato"},
        truth=truth(
            name="Imani R. Castleberry-Duarte",
            email="imani.castleberry@example.org",
            phone="(505) 555-0119",
            location="Albuquerque, NM",
            discipline="RT",
            specialties=["ICU", "ER"],
            licenses=[
                lic("NM", "Respiratory Care Practitioner", "RC-20571", None, "2027-06"),
                lic("CO", "Respiratory Therapist", "RTL.0011842", None, "2027-05"),
            ],
            certifications=[
                cert("RRT", "NBRC"),
                cert("RRT-ACCS", "NBRC"),
                cert("ACLS", "American Heart Association", "2027-09"),
                cert("PALS", "American Heart Association", "2027-09"),
                cert("BLS", "American Heart Association", "2027-09"),
                cert("NRP", "American Academy of Pediatrics", "2027-04"),
            ],
            spans=[("2015-06", "2026-12")],
            education=[
                edu("B.S. Respiratory Care", "Boise State University"),
                edu("A.A.S. Respiratory Therapy", "Central New Mexico Community College"),
            ],
            employers=[
                "Sandia Mesa Medical Center",
                "Pueblo Canyon Hospital",
                "Rio Puerco Community Hospital",
            ],
            ehr_systems=["Cerner", "MEDITECH"],
            notes="Adult ICU -> ICU; Emergency Department work -> ER; medical floors not scored as a specialty; PRN overlap counted once; the page has a city and ZIP but no street.",
        ),
    ),
    # ------------------------------------------------------------------ s09
    Resume(
        key="ferreira-gnumeric-sheet",
        file="s09.pdf",
        fmt="pdf",
        layout="openpyxl-xlsx-gnumeric-ssconvert-grid",
        render="xlsx",
        name="Dominic Ferreira-Tsosie",
        creds="CST",
        headline="Certified Surgical Technologist — ortho, neuro, robotics",
        contact=[
            "2711 N. Fort Valley Rd, Flagstaff, AZ 86001",
            "928-555-0126",
            "dom.ferreira@example.net",
        ],
        main=[
            Sec(
                "WORK HISTORY",
                [
                    Job(
                        "Travel Surgical Technologist",
                        "Emerald Sound Surgical Hospital",
                        "Tacoma, WA",
                        "01/2026 – Present",
                        ["Total joints, spine, da Vinci Xi robotics"],
                        note="Agency: Tidewater Allied Staffing",
                    ),
                    Job(
                        "Travel Surgical Technologist",
                        "Painted Desert Regional Medical Center",
                        "Gallup, NM",
                        "03/2025 – 12/2025",
                        ["General, GYN, ortho trauma; call coverage"],
                        note="Agency: Tidewater Allied Staffing",
                    ),
                    Job(
                        "Surgical Technologist, Main OR",
                        "Ponderosa Peaks Medical Center",
                        "Flagstaff, AZ",
                        "05/2018 – 02/2025",
                        [
                            "Ortho and neuro service lines; first scrub on craniotomies",
                            "Occasional C-section call in the L&D OR (not a home department)",
                        ],
                    ),
                    Job(
                        "Sterile Processing Technician",
                        "Ponderosa Peaks Medical Center",
                        "Flagstaff, AZ",
                        "06/2016 – 04/2018",
                        ["Before surgical technology school"],
                    ),
                ],
            ),
            Sec(
                "CREDENTIALS",
                [
                    Row(
                        [
                            "Washington",
                            "Surgical Technologist registration",
                            "ST.61044719",
                            "exp 08/2027",
                        ]
                    ),
                    Row(["CST", "NBSTSA", "", "exp 03/31/2028"]),
                    Row(["CRCST", "HSPA", "", "exp 12/2026"]),
                    Row(["BLS", "AHA", "", "exp 10/2027"]),
                ],
            ),
            Sec(
                "EDUCATION",
                [
                    Row(
                        [
                            "2018",
                            "A.A.S. Surgical Technology",
                            "GateWay Community College",
                            "Phoenix, AZ",
                        ]
                    )
                ],
            ),
            Sec("SYSTEMS", [Row(["Charting", "Epic OpTime", "Cerner SurgiNet"])]),
        ],
        opts={"font": "Liberation Sans"},
        truth=truth(
            name="Dominic Ferreira-Tsosie",
            email="dom.ferreira@example.net",
            phone="928-555-0126",
            location="Flagstaff, AZ",
            discipline="other-allied",
            specialties=["OR"],
            licenses=[lic("WA", "Surgical Technologist", "ST.61044719", None, "2027-08")],
            certifications=[
                cert("CST", "NBSTSA", "2028-03"),
                cert("CRCST", "HSPA", "2026-12"),
                cert("BLS", "AHA", "2027-10"),
            ],
            spans=[("2018-05", "2026-12")],
            education=[edu("A.A.S. Surgical Technology", "GateWay Community College")],
            employers=[
                "Emerald Sound Surgical Hospital",
                "Painted Desert Regional Medical Center",
                "Ponderosa Peaks Medical Center",
            ],
            ehr_systems=["Epic", "Cerner"],
            agencies=["Tidewater Allied Staffing"],
            notes="Spreadsheet page (Gnumeric print of an .xlsx). Washington surgical technologist registration kept as the licence. L&D OR C-section call 'not a home department' excluded. SPD years before the surgical-tech career excluded (same employer).",
        ),
    ),
    # ------------------------------------------------------------------ s10
    Resume(
        key="kovalenko-officegen-contact-table",
        file="s10.docx",
        fmt="docx",
        layout="officegen-contact-table-pacu",
        render="officegen",
        name="Yevgenia Kovalenko-Marsh",
        creds="BSN, RN, CPAN",
        headline="PACU Registered Nurse — Phase I & II recovery",
        contact=[
            "5120 Underwood Ave, Omaha, NE 68132",
            "402-555-0148",
            "ykovalenko.marsh@example.com",
        ],
        main=[
            Sec(
                "LICENSES",
                [
                    Li("Nebraska RN (multistate) #RN-98107 — expires 10/31/2028"),
                    Li("Illinois RN #041-488217 — single-state — expires 05/31/2028"),
                ],
            ),
            Sec(
                "CERTIFICATIONS",
                [
                    Li("CPAN — ABPANC — exp. 10/2028"),
                    Li("ACLS, PALS, BLS — American Heart Association — exp. 06/2027"),
                ],
            ),
            Sec(
                "EXPERIENCE",
                [
                    Job(
                        "PACU RN",
                        "Loess Hills Medical Center",
                        "Omaha, NE",
                        "November 2019 – Present",
                        [
                            "22-bay post-anesthesia care unit; Phase I and Phase II recovery.",
                            "Holds ICU-overflow recoveries overnight when beds are short (hold, not an ICU assignment).",
                            "Malignant hyperthermia response lead.",
                        ],
                    ),
                    Job(
                        "Per Diem PACU / Pre-op RN",
                        "Bellevue Bend Ambulatory Surgery Center",
                        "Bellevue, NE",
                        "May 2021 – Present",
                        ["Ortho, ENT and GI cases; two Saturdays a month."],
                    ),
                    Job(
                        "Travel PACU RN",
                        "Kankakee Prairie Medical Center",
                        "Joliet, IL",
                        "January 2019 – September 2019",
                        ["Contract with Silver Compass Health Staffing."],
                    ),
                    Job(
                        "Medical-Surgical / Orthopedic RN",
                        "Loess Hills Medical Center",
                        "Omaha, NE",
                        "July 2014 – December 2018",
                        ["Post-op joints and spine; telemetry-monitored patients."],
                    ),
                ],
            ),
            Sec("EDUCATION", [Li("Bachelor of Science in Nursing — Creighton University, 2014")]),
            Sec("SYSTEMS", ["Epic (OpTime/ClinDoc), MEDITECH 6.x"]),
            Sec(
                "NOTE",
                ["October 2019: time off between the Illinois contract and Loess Hills PACU."],
            ),
        ],
        opts={"font": "Calibri"},
        truth=truth(
            name="Yevgenia Kovalenko-Marsh",
            email="ykovalenko.marsh@example.com",
            phone="402-555-0148",
            location="Omaha, NE",
            discipline="RN",
            specialties=["PACU", "Med-Surg"],
            licenses=[
                lic("NE", "RN", "RN-98107", True, "2028-10"),
                lic("IL", "RN", "041-488217", False, "2028-05"),
            ],
            certifications=[
                cert("CPAN", "ABPANC", "2028-10"),
                cert("ACLS", "American Heart Association", "2027-06"),
                cert("PALS", "American Heart Association", "2027-06"),
                cert("BLS", "American Heart Association", "2027-06"),
            ],
            spans=[("2014-07", "2019-09"), ("2019-11", "2026-12")],
            education=[edu("Bachelor of Science in Nursing", "Creighton University")],
            employers=[
                "Loess Hills Medical Center",
                "Bellevue Bend Ambulatory Surgery Center",
                "Kankakee Prairie Medical Center",
            ],
            ehr_systems=["Epic", "MEDITECH"],
            agencies=["Silver Compass Health Staffing"],
            notes="Med-Surg/Ortho job -> Med-Surg (Orthopedics not added: the title is med-surg with ortho patients); ICU overflow holds excluded; Oct 2019 gap excluded; per diem overlap once; MEDITECH 6.x -> MEDITECH.",
        ),
    ),
    # ------------------------------------------------------------------ s11
    Resume(
        key="pettiford-officegen-table-jobs",
        file="s11.docx",
        fmt="docx",
        layout="officegen-table-work-history-lpn",
        render="officegen",
        name="LaShonda Pettiford-Greer",
        creds="LPN",
        headline="Licensed Practical Nurse — long-term care, skilled rehab and hospice",
        contact=[
            "418 Magnolia Grove Circle, Jackson, MS 39206",
            "(601) 555-0133",
            "lashonda.pg@example.net",
        ],
        main=[
            Sec(
                "WORK HISTORY",
                [
                    Row(
                        [
                            "02/2020 – Present",
                            "Charge LPN — Magnolia Terrace Nursing & Rehabilitation, Jackson, MS",
                        ]
                    ),
                    Row(
                        [
                            "",
                            "60-bed long-term care and a 24-bed skilled nursing (SNF) rehab hall; med pass, wound care, admissions.",
                        ]
                    ),
                    Row(
                        [
                            "03/2022 – Present",
                            "PRN LPN, Hospice — Delta Sunrise Hospice, Ridgeland, MS",
                        ]
                    ),
                    Row(
                        [
                            "",
                            "Continuous-care and visit shifts, symptom management, death pronouncement support.",
                        ]
                    ),
                    Row(
                        [
                            "08/2016 – 01/2020",
                            "LPN, Long-Term Care — Pearl River Oaks Care Center, Brandon, MS",
                        ]
                    ),
                    Row(
                        ["06/2013 – 09/2015", "LPN — Tittabawassee Valley Care Center, Saginaw, MI"]
                    ),
                    Row(
                        [
                            "2010 – 2012",
                            "Certified Nursing Assistant — Tittabawassee Valley Care Center, Saginaw, MI",
                        ]
                    ),
                ],
            ),
            Sec(
                "LICENSURE",
                [
                    Li("Mississippi LPN — Multistate — P-339127 — exp 12/31/2027"),
                    Li("Michigan LPN — 4702118823 — single state — exp 03/31/2027"),
                ],
            ),
            Sec(
                "CERTIFICATIONS",
                [
                    Li(
                        "IV Therapy Certification (Mississippi Board of Nursing approved course), 2019"
                    ),
                    Li("BLS — American Heart Association — exp 02/2027"),
                    Li("Certified Dementia Practitioner (CDP) — NCCDP — exp 04/2027"),
                ],
            ),
            Sec(
                "EDUCATION",
                [Li("Practical Nursing Certificate — Delta College, University Center, MI — 2013")],
            ),
            Sec("SOFTWARE", ["PointClickCare · MatrixCare · Homecare Homebase (HCHB)"]),
            Sec(
                "OTHER",
                [
                    "Moved from Michigan to Mississippi in late 2015; started at Pearl River Oaks in August 2016."
                ],
            ),
        ],
        opts={"font": "Arial"},
        truth=truth(
            name="LaShonda Pettiford-Greer",
            email="lashonda.pg@example.net",
            phone="(601) 555-0133",
            location="Jackson, MS",
            discipline="LPN",
            specialties=["LTC", "SNF", "Hospice"],
            licenses=[
                lic("MS", "LPN", "P-339127", True, "2027-12"),
                lic("MI", "LPN", "4702118823", False, "2027-03"),
            ],
            certifications=[
                cert("IV Therapy", "Mississippi Board of Nursing"),
                cert("BLS", "American Heart Association", "2027-02"),
                cert("CDP", "NCCDP", "2027-04"),
            ],
            spans=[("2013-06", "2015-09"), ("2016-08", "2026-12")],
            education=[edu("Practical Nursing Certificate", "Delta College")],
            employers=[
                "Magnolia Terrace Nursing & Rehabilitation",
                "Delta Sunrise Hospice",
                "Pearl River Oaks Care Center",
                "Tittabawassee Valley Care Center",
            ],
            ehr_systems=["PointClickCare", "MatrixCare", "Homecare Homebase"],
            notes="Jobs as two-cell table rows (dates | title — employer); SNF rehab hall -> SNF beside LTC; PRN hospice overlap once; CNA years pre-licence excluded (same employer); Oct 2015-Jul 2016 move gap excluded.",
        ),
    ),
    # ------------------------------------------------------------------ s12
    Resume(
        key="quispe-html2docx",
        file="s12.docx",
        fmt="docx",
        layout="html-to-docx-headings-lists",
        render="html2docx",
        name="Fernando Quispe-Albright",
        creds="MS, OTR/L",
        headline="Occupational Therapist — inpatient rehab, SNF, hand therapy and home health",
        contact=[
            "1450 Poly Drive, Billings, MT 59102",
            "406-555-0152",
            "f.quispe.albright@example.org",
        ],
        main=[
            Sec(
                "Experience",
                [
                    Job(
                        "Occupational Therapist",
                        "Yellowstone Bend Rehabilitation Hospital",
                        "Billings, MT",
                        "Apr 2020 – Present",
                        [
                            "Inpatient rehabilitation: stroke, SCI, TBI and amputee programs; 10–12 patients a day.",
                            "Covered acute-care consults on the orthopedic floor two weekends (coverage only).",
                        ],
                    ),
                    Job(
                        "PRN Occupational Therapist, Home Health",
                        "Beartooth Home Health",
                        "Billings, MT",
                        "Jan 2023 – Present",
                        ["OASIS-E functional items, home safety evaluations."],
                    ),
                    Job(
                        "Travel Occupational Therapist",
                        "Shoshone Valley Care Center",
                        "Cody, WY",
                        "Jun 2019 – Mar 2020",
                        [
                            "Skilled nursing facility, Part A caseload.  Through Pinecrest Therapy Staffing."
                        ],
                    ),
                    Job(
                        "Occupational Therapist",
                        "Rimrock Hand & Upper Extremity Clinic",
                        "Billings, MT",
                        "Jul 2016 – May 2019",
                        ["Outpatient hand therapy: splinting, tendon repairs, CRPS."],
                    ),
                ],
            ),
            Sec(
                "Licensure",
                [
                    Li("Montana Occupational Therapist — OTL-0027718 — expires 03/2028"),
                    Li("Wyoming Occupational Therapist — OT-1194 — expires 12/2027"),
                ],
            ),
            Sec(
                "Certifications",
                [
                    Li("OTR — NBCOT certification #339912, renewal 03/31/2028"),
                    Li("CLT (Certified Lymphedema Therapist) — Klose Training"),
                    Li("LSVT BIG certified clinician"),
                    Li("BLS — AHA, exp 07/2027"),
                ],
            ),
            Sec(
                "Education",
                [
                    Li("Master of Occupational Therapy — University of Utah, 2016"),
                    Li(
                        "B.S. Health and Human Performance — Montana State University Billings, 2013"
                    ),
                ],
            ),
            Sec("Documentation systems", ["Cerner, PointClickCare, WebPT, Axxess"]),
        ],
        opts={"font": "Georgia"},
        truth=truth(
            name="Fernando Quispe-Albright",
            email="f.quispe.albright@example.org",
            phone="406-555-0152",
            location="Billings, MT",
            discipline="OT",
            specialties=["Inpatient Rehab", "Home Health", "SNF", "Outpatient"],
            licenses=[
                lic("MT", "OT", "OTL-0027718", None, "2028-03"),
                lic("WY", "OT", "OT-1194", None, "2027-12"),
            ],
            certifications=[
                cert("OTR", "NBCOT", "2028-03"),
                cert("CLT", "Klose Training"),
                cert("LSVT BIG"),
                cert("BLS", "AHA", "2027-07"),
            ],
            spans=[("2016-07", "2026-12")],
            education=[
                edu("Master of Occupational Therapy", "University of Utah"),
                edu("B.S. Health and Human Performance", "Montana State University Billings"),
            ],
            employers=[
                "Yellowstone Bend Rehabilitation Hospital",
                "Beartooth Home Health",
                "Shoshone Valley Care Center",
                "Rimrock Hand & Upper Extremity Clinic",
            ],
            ehr_systems=["Cerner", "PointClickCare", "WebPT", "Axxess"],
            agencies=["Pinecrest Therapy Staffing"],
            notes="html-to-docx (sectPr before the body). Acute-care weekend coverage excluded; hand clinic -> Outpatient; PRN home health overlap once.",
        ),
    ),
    # ------------------------------------------------------------------ s13
    Resume(
        key="vandermeer-html2docx-header-contact",
        file="s13.docx",
        fmt="docx",
        layout="html-to-docx-contact-in-header-licence-table",
        render="html2docx",
        name="Hollis J. Vandermeer",
        creds="MSN, RN, PMH-BC",
        headline="Psychiatric–Mental Health Registered Nurse",
        contact=[],
        header="Hollis J. Vandermeer, MSN, RN, PMH-BC  ·  2904 Grove Avenue, Richmond, VA 23221  ·  (804) 555-0167  ·  hollis.vandermeer@example.com",
        main=[
            Sec(
                "Profile",
                [
                    "Psychiatric nurse with adult, adolescent and addiction experience; de-escalation "
                    "trainer; earlier med-surg background."
                ],
            ),
            Sec(
                "Licensure",
                [
                    Row(["Jurisdiction", "License", "Number", "Status", "Expires"]),
                    Row(
                        [
                            "Virginia",
                            "Registered Nurse",
                            "0001298774",
                            "Multistate (NLC)",
                            "01/2028",
                        ]
                    ),
                    Row(
                        [
                            "District of Columbia",
                            "Registered Nurse",
                            "RN1072245",
                            "Single state",
                            "06/2027",
                        ]
                    ),
                ],
            ),
            Sec(
                "Experience",
                [
                    Job(
                        "Charge RN, Adult Inpatient Psychiatry",
                        "James River Behavioral Health Center",
                        "Richmond, VA",
                        "September 2019 – present",
                        [
                            "28-bed locked adult unit; charge four shifts a week.",
                            "Medical-clearance checks for psych holds in the ED (liaison, not an ED assignment).",
                        ],
                    ),
                    Job(
                        "PRN RN, Addiction Recovery",
                        "Chesterfield Recovery Center",
                        "Chesterfield, VA",
                        "April 2021 – December 2023",
                        ["Withdrawal management (CIWA/COWS) on the detox unit."],
                    ),
                    Job(
                        "Travel RN, Child & Adolescent Psychiatry",
                        "Anacostia Heights Hospital",
                        "Washington, DC",
                        "January 2019 – August 2019",
                        ["Contract through Halcyon Travel Nursing."],
                    ),
                    Job(
                        "RN, Medical-Surgical",
                        "Tuckahoe Regional Medical Center",
                        "Richmond, VA",
                        "June 2013 – November 2018",
                        ["36-bed adult med-surg unit."],
                    ),
                ],
            ),
            Sec(
                "Certifications",
                [
                    Li("PMH-BC — ANCC — expires 09/2029"),
                    Li(
                        "CPI (Nonviolent Crisis Intervention) — Crisis Prevention Institute — exp. 02/2027"
                    ),
                    Li("BLS — American Heart Association — exp. 05/2027"),
                ],
            ),
            Sec(
                "Education",
                [
                    Li(
                        "Master of Science in Nursing (Nursing Education) — Old Dominion University, 2022"
                    ),
                    Li("Bachelor of Science in Nursing — Virginia Commonwealth University, 2013"),
                ],
            ),
            Sec("EHR", ["Epic; Cerner Millennium (DC contract)"]),
        ],
        footer="References on request · December 2018 was a month between jobs",
        opts={"font": "Cambria"},
        truth=truth(
            name="Hollis J. Vandermeer",
            email="hollis.vandermeer@example.com",
            phone="(804) 555-0167",
            location="Richmond, VA",
            discipline="RN",
            specialties=["Psych", "Med-Surg"],
            licenses=[
                lic("VA", "RN", "0001298774", True, "2028-01"),
                lic("DC", "RN", "RN1072245", False, "2027-06"),
            ],
            certifications=[
                cert("PMH-BC", "ANCC", "2029-09"),
                cert("CPI", "Crisis Prevention Institute", "2027-02"),
                cert("BLS", "American Heart Association", "2027-05"),
            ],
            spans=[("2013-06", "2018-11"), ("2019-01", "2026-12")],
            education=[
                edu("Master of Science in Nursing", "Old Dominion University"),
                edu("Bachelor of Science in Nursing", "Virginia Commonwealth University"),
            ],
            employers=[
                "James River Behavioral Health Center",
                "Chesterfield Recovery Center",
                "Anacostia Heights Hospital",
                "Tuckahoe Regional Medical Center",
            ],
            ehr_systems=["Epic", "Cerner"],
            agencies=["Halcyon Travel Nursing"],
            notes="Name, address, phone and e-mail ONLY in the DOCX header (the body starts at Profile); addiction/detox and adolescent psych -> Psych; ED liaison excluded; Dec 2018 gap excluded; Cerner Millennium -> Cerner.",
        ),
    ),
    # ------------------------------------------------------------------ s14
    Resume(
        key="lemalu-uno-gdocs",
        file="s14.docx",
        fmt="docx",
        layout="uno-writer-google-docs-like-title-table",
        render="uno",
        name="Paulo Fa'asavalu Lemalu",
        creds="BSN, RN, PCCN",
        headline="Progressive Care & Cardiac Telemetry Nurse",
        contact=["1733 E. Brown Rd, Mesa, AZ 85203", "480-555-0171", "paulo.lemalu@example.net"],
        main=[
            Sec(
                "Experience",
                [
                    Job(
                        "Staff RN, Step-Down Unit",
                        "Camelback Terrace Hospital",
                        "Phoenix, AZ",
                        "January 2026 – Present",
                        ["Cardiac and pulmonary step-down, 1:3; drips, BiPAP, post-cath patients."],
                    ),
                    Job(
                        "Travel RN, Progressive Care (PCU)",
                        "Chugach Vista Medical Center",
                        "Anchorage, AK",
                        "May 2025 – November 2025",
                        ["Summit Ridge Medical Staffing contract; 13 weeks + 13 extension."],
                    ),
                    Job(
                        "Staff RN, Cardiac Telemetry",
                        "Superstition Foothills Medical Center",
                        "Mesa, AZ",
                        "March 2018 – April 2025",
                        [
                            "36-bed telemetry; rhythm interpretation, post-PCI, heart failure education."
                        ],
                    ),
                    Job(
                        "Staff RN, Medical-Surgical",
                        "Superstition Foothills Medical Center",
                        "Mesa, AZ",
                        "June 2016 – February 2018",
                        ["New-graduate residency then med-surg staff."],
                    ),
                    Job(
                        "Caregiver / CNA",
                        "Apache Trail Senior Living",
                        "Apache Junction, AZ",
                        "2013 – 2016",
                        ["While in nursing school."],
                    ),
                ],
            ),
            Sec(
                "Licenses",
                [
                    Li("Arizona RN — multi-state privilege — License RN252281 — exp. 02/2029"),
                    Li("Alaska RN — 188734 — single state — exp. 11/30/2026"),
                ],
            ),
            Sec(
                "Certifications",
                [
                    Li("PCCN — AACN — expires 07/2028"),
                    Li("ACLS and BLS — AHA — expire 03/2027"),
                    Li("NIHSS (NIH Stroke Scale) — valid through 10/2027"),
                ],
            ),
            Sec(
                "Education", [Li("Bachelor of Science in Nursing — Arizona State University, 2016")]
            ),
            Sec("EHR", ["Cerner PowerChart, Epic"]),
        ],
        opts={"font": "Arial"},
        truth=truth(
            name="Paulo Fa'asavalu Lemalu",
            email="paulo.lemalu@example.net",
            phone="480-555-0171",
            location="Mesa, AZ",
            discipline="RN",
            specialties=["Step-down", "Telemetry", "Med-Surg"],
            licenses=[
                lic("AZ", "RN", "RN252281", True, "2029-02"),
                lic("AK", "RN", "188734", False, "2026-11"),
            ],
            certifications=[
                cert("PCCN", "AACN", "2028-07"),
                cert("ACLS", "AHA", "2027-03"),
                cert("BLS", "AHA", "2027-03"),
                cert("NIHSS", None, "2027-10"),
            ],
            spans=[("2016-06", "2025-11"), ("2026-01", "2026-12")],
            education=[edu("Bachelor of Science in Nursing", "Arizona State University")],
            employers=[
                "Camelback Terrace Hospital",
                "Chugach Vista Medical Center",
                "Superstition Foothills Medical Center",
                "Apache Trail Senior Living",
            ],
            ehr_systems=["Cerner", "Epic"],
            agencies=["Summit Ridge Medical Staffing"],
            notes="'multi-state privilege' -> compact; PCU -> Step-down; Dec 2025 gap excluded; CNA years pre-licence excluded (employer kept). Alaska licence already expired 11/2026 as printed.",
        ),
    ),
    # ------------------------------------------------------------------ s15
    Resume(
        key="oyelaran-uno-pages-frames",
        file="s15.docx",
        fmt="docx",
        layout="uno-writer-pages-like-text-frames",
        render="uno",
        name="Tamsin Oyelaran-Brooks",
        creds="PTA",
        headline="Physical Therapist Assistant",
        contact=[
            "4512 Wornall Road, Kansas City, MO 64111",
            "816-555-0159",
            "tamsin.ob@example.org",
        ],
        side=[
            Sec(
                "Licences",
                [
                    "Missouri Physical Therapist Assistant, License 2018009912, exp 01/31/2027",
                    "Kansas Physical Therapist Assistant, Certification 10-05517, exp 03/2027",
                ],
            ),
            Sec(
                "Certifications",
                ["BLS (AHA), exp 12/2026", "Certified Kinesio Taping Practitioner (CKTP)"],
            ),
            Sec("Software", ["WebPT", "PointClickCare", "Net Health Therapy"]),
        ],
        main=[
            Sec(
                "Experience",
                [
                    Job(
                        "Physical Therapist Assistant",
                        "Blue River Orthopedic & Sports Rehab",
                        "Overland Park, KS",
                        "Aug 2021 – Present",
                        [
                            "Outpatient orthopedics: post-op knee and shoulder protocols, ACL return-to-run."
                        ],
                    ),
                    Job(
                        "PTA (PRN)",
                        "Heartland Crossing Health & Rehab",
                        "Independence, MO",
                        "Jan 2022 – Present",
                        ["Skilled nursing facility weekends."],
                    ),
                    Job(
                        "Physical Therapist Assistant",
                        "Kaw Point Post-Acute",
                        "Kansas City, KS",
                        "May 2018 – Jul 2021",
                        ["Short-term rehab in a SNF; fall-prevention program."],
                    ),
                    Job(
                        "Rehab Technician",
                        "Kaw Point Post-Acute",
                        "Kansas City, KS",
                        "2016 – 2018",
                        ["Before PTA licensure."],
                    ),
                ],
            ),
            Sec(
                "Education",
                [
                    Li(
                        "A.A.S. Physical Therapist Assistant — Metropolitan Community College–Penn Valley, 2018"
                    )
                ],
            ),
        ],
        opts={"font": "Carlito"},
        truth=truth(
            name="Tamsin Oyelaran-Brooks",
            email="tamsin.ob@example.org",
            phone="816-555-0159",
            location="Kansas City, MO",
            discipline="PTA",
            specialties=["Outpatient", "Orthopedics", "SNF"],
            licenses=[
                lic("MO", "Physical Therapist Assistant", "2018009912", None, "2027-01"),
                lic("KS", "Physical Therapist Assistant", "10-05517", None, "2027-03"),
            ],
            certifications=[cert("BLS", "AHA", "2026-12"), cert("CKTP")],
            spans=[("2018-05", "2026-12")],
            education=[
                edu(
                    "A.A.S. Physical Therapist Assistant",
                    "Metropolitan Community College–Penn Valley",
                )
            ],
            employers=[
                "Blue River Orthopedic & Sports Rehab",
                "Heartland Crossing Health & Rehab",
                "Kaw Point Post-Acute",
            ],
            ehr_systems=["WebPT", "PointClickCare", "Net Health"],
            notes="Contact in a TEXT FRAME top left, licences/certs/software in a sidebar frame; Kansas 'Certification' of a PTA counted as the licence; rehab tech years pre-licence excluded; Net Health Therapy -> Net Health.",
        ),
    ),
]
