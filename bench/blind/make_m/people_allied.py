"""Set m's LPN/LVN, therapists, pharmacists, respiratory therapists and other allied staff (16)."""

from model import Cert, Degree, Job, Lic, Person

P = []

P.append(
    Person(
        file="m02.pdf",
        key="okonkwo-rt-critical",
        fmt="pdf",
        layout="wp-matrix",
        name="Dashiell Okonkwo",
        creds="BS, RRT-ACCS",
        email="dashiell.okonkwo@example.com",
        phone="(614) 555-0150",
        street="45 Sycamore Row",
        city="Columbus, OH 43215",
        discipline="RT",
        headline="Adult critical care respiratory therapist",
        specialties=["ICU"],
        licenses=[
            Lic(
                "OH",
                "Ohio",
                "RT",
                "Respiratory Care Professional",
                "RCP.0921774",
                None,
                "2027-06",
                "exp 06/30/2027",
            ),
            Lic(
                "KY",
                "Kentucky",
                "RT",
                "Respiratory Therapist",
                "RT-55018",
                None,
                "2027-03",
                "exp 03/31/2027",
            ),
        ],
        certs=[
            Cert("RRT", "Registered Respiratory Therapist", "NBRC"),
            Cert("RRT-ACCS", "Adult Critical Care Specialist", "NBRC"),
            Cert("ACLS", "", "AHA", "2027-10", "exp 10/2027"),
            Cert("BLS", "", "AHA", "2027-10", "exp 10/2027"),
        ],
        jobs=[
            Job(
                "Respiratory Therapist II",
                "Scioto Riverside Medical Center",
                "Columbus, OH",
                (2018, 8),
                None,
                bullets=[
                    "Ventilator management in MICU, SICU and CVICU; ECMO circuit rounds.",
                    "Airway team for rapid responses and codes.",
                ],
            ),
            Job(
                "Per Diem Respiratory Therapist",
                "Licking Valley Hospital",
                "Newark, OH",
                (2020, 2),
                (2023, 5),
                bullets=["Night coverage for ED and ICU."],
            ),
            Job(
                "Respiratory Therapist",
                "Bluegrass Pulmonary & Critical Care Hospital",
                "Covington, KY",
                (2015, 7),
                (2018, 7),
                bullets=["LTACH ventilator weaning and trach care."],
            ),
        ],
        education=[
            Degree(
                "Bachelor of Science in Respiratory Therapy",
                "The Ohio State University",
                "2015",
                "Columbus, OH",
            )
        ],
        ehr=["Epic"],
        ehr_text="Epic (Respiratory Therapy flowsheets)",
        skills=[
            "Servo-u / Hamilton G5",
            "APRV",
            "High-flow / NIV",
            "ECMO rounds",
            "Bronchoscopy assist",
            "Arterial blood gases",
        ],
        notes="RT licences: Ohio 'Respiratory Care Professional' and Kentucky 'Respiratory Therapist' (type RT, compact null). RRT and RRT-ACCS undated. Per diem overlaps the staff job. Skills matrix with years per skill.",
        date_style="mm/yyyy",
    )
)

P.append(
    Person(
        file="m04.pdf",
        key="tran-pt-ortho",
        fmt="pdf",
        layout="pd-gdocs-docx",
        name="Wilhelmina Tran",
        creds="PT, DPT, OCS",
        email="w.tran@example.net",
        phone="(208) 555-0137",
        street="302 Juniper Hollow Road",
        city="Boise, ID 83706",
        discipline="PT",
        headline="Orthopedic physical therapist",
        specialties=["Outpatient", "Acute Care"],
        licenses=[
            Lic(
                "ID",
                "Idaho",
                "PT",
                "Physical Therapist",
                "PT-6612",
                None,
                "2027-06",
                "exp. 06/30/2027",
            ),
            Lic(
                "OR",
                "Oregon",
                "PT",
                "Physical Therapist",
                "7403",
                None,
                "2028-03",
                "exp. 03/31/2028",
            ),
        ],
        certs=[
            Cert("OCS", "Orthopaedic Clinical Specialist", "ABPTS", "2033-06", "expires 06/2033"),
            Cert(
                "CSCS",
                "Certified Strength and Conditioning Specialist",
                "NSCA",
                "2027-12",
                "expires 12/2027",
            ),
            Cert("BLS", "", "American Heart Association", "2027-02", "expires 02/2027"),
        ],
        jobs=[
            Job(
                "Physical Therapist",
                "Treasure Valley Orthopedic & Sports Rehab",
                "Boise, ID",
                (2020, 1),
                None,
                bullets=[
                    "Post-operative ACL, rotator cuff and total joint rehabilitation; 14–16 visits a day.",
                    "Clinical instructor for DPT students.",
                ],
            ),
            Job(
                "PRN Physical Therapist, Acute Care",
                "Snake River Regional Medical Center",
                "Nampa, ID",
                (2021, 6),
                None,
                bullets=["Weekend ortho and medical floors."],
            ),
            Job(
                "Physical Therapist",
                "Willamette Motion Physical Therapy",
                "Salem, OR",
                (2017, 9),
                (2019, 12),
                bullets=["Outpatient orthopedics and vestibular rehab."],
            ),
            Job(
                "Rehabilitation Aide",
                "Willamette Motion Physical Therapy",
                "Salem, OR",
                (2013, 6),
                (2014, 8),
                licensed=False,
                bullets=["Before PT school."],
            ),
        ],
        education=[
            Degree("Doctor of Physical Therapy", "Pacific University", "2017", "Hillsboro, OR"),
            Degree(
                "Bachelor of Science in Exercise Science",
                "Boise State University",
                "2014",
                "Boise, ID",
            ),
        ],
        ehr=["WebPT", "Epic"],
        ehr_text="WebPT, Epic",
        skills=["Manual therapy", "Dry needling", "Post-op protocols", "Vestibular rehab"],
        notes="Google-Docs-style plain resume via pandoc docx exported by LibreOffice. PT licences, compact null. PRN acute job overlaps the outpatient job. Rehab aide before PT school excluded, employer once.",
        date_style="month yyyy",
    )
)

P.append(
    Person(
        file="m05.pdf",
        key="jaworski-pharm-critical",
        fmt="pdf",
        layout="pd-gdocs-html",
        name="Anselm Jaworski",
        creds="PharmD, BCCCP",
        email="anselm.jaworski@example.com",
        phone="(775) 555-0181",
        street="2150 Peavine Creek Road",
        city="Reno, NV 89523",
        discipline="Pharmacist",
        headline="Critical care clinical pharmacist",
        specialties=["Inpatient", "ICU"],
        licenses=[
            Lic(
                "NV",
                "Nevada",
                "Pharmacist",
                "Registered Pharmacist",
                "PH-19077",
                None,
                "2027-10",
                "expires 10/31/2027",
            ),
            Lic(
                "CA",
                "California",
                "Pharmacist",
                "Pharmacist",
                "RPH81234",
                None,
                "2028-04",
                "expires 04/30/2028",
            ),
        ],
        certs=[
            Cert(
                "BCCCP",
                "Board Certified Critical Care Pharmacist",
                "BPS",
                "2030-12",
                "recertify by 12/2030",
            ),
            Cert("ACLS", "", "AHA", "2027-05", "exp. 05/2027"),
            Cert("BLS", "", "AHA", "2027-05", "exp. 05/2027"),
        ],
        jobs=[
            Job(
                "Clinical Pharmacist — Critical Care",
                "Truckee Meadows University Medical Center",
                "Reno, NV",
                (2021, 7),
                None,
                bullets=[
                    "Rounds with the MICU and trauma ICU teams; sedation, anticoagulation and antimicrobial stewardship.",
                    "Code pharmacist; precepts PGY1 residents.",
                ],
            ),
            Job(
                "PGY2 Critical Care Pharmacy Resident",
                "Sacramento Delta Medical Center",
                "Sacramento, CA",
                (2020, 7),
                (2021, 6),
                bullets=["Rotations in MICU, SICU, neuro ICU, burn and ED."],
            ),
            Job(
                "PGY1 Pharmacy Resident",
                "Sacramento Delta Medical Center",
                "Sacramento, CA",
                (2019, 7),
                (2020, 6),
                bullets=["Internal medicine, infectious diseases, oncology."],
            ),
            Job(
                "Pharmacy Intern",
                "Capitol Corner Pharmacy",
                "Sacramento, CA",
                (2016, 6),
                (2019, 5),
                licensed=False,
                bullets=["Community pharmacy intern during the PharmD."],
            ),
        ],
        education=[
            Degree(
                "Doctor of Pharmacy (PharmD)",
                "University of the Pacific",
                "2019",
                "Stockton, CA",
                wrap="Doctor of Pharmacy",
            ),
            Degree(
                "Bachelor of Science in Biology", "University of Nevada, Reno", "2015", "Reno, NV"
            ),
        ],
        ehr=["Epic", "Cerner"],
        ehr_text="Epic (Willow), Cerner",
        skills=[
            "Sedation and analgesia",
            "Anticoagulation",
            "Antimicrobial stewardship",
            "Pharmacokinetics",
        ],
        notes="pandoc Markdown to HTML to WeasyPrint, Google-Docs style. Pharmacist licences (Nevada 'Registered Pharmacist', California 'Pharmacist'). PGY1 and PGY2 residencies counted as licensed work; intern excluded. PharmD wrapped over two lines. Specialties Inpatient + ICU (critical care pharmacist) — a judgement call.",
        date_style="mm/yyyy",
    )
)

P.append(
    Person(
        file="m06.pdf",
        key="lindqvist-slp",
        fmt="pdf",
        layout="odt-paragraphs",
        name="Marguerite Lindqvist",
        creds="MS, CCC-SLP",
        email="m.lindqvist@example.org",
        phone="(304) 555-0106",
        street="12 Chestnut Ridge Court",
        city="Morgantown, WV 26505",
        discipline="SLP",
        headline="Medical speech-language pathologist",
        specialties=["Acute Care", "SNF", "Inpatient Rehab"],
        licenses=[
            Lic(
                "WV",
                "West Virginia",
                "SLP",
                "Speech-Language Pathologist",
                "SL-4821",
                None,
                "2027-12",
                "valid until December 31, 2027",
            ),
            Lic(
                "PA",
                "Pennsylvania",
                "SLP",
                "Speech-Language Pathologist",
                "SL019244",
                None,
                "2027-07",
                "valid until July 31, 2027",
            ),
        ],
        certs=[
            Cert(
                "CCC-SLP", "Certificate of Clinical Competence in Speech-Language Pathology", "ASHA"
            ),
            Cert(
                "BCS-S",
                "Board Certified Specialist in Swallowing and Swallowing Disorders",
                "ABSSSD",
                "2029-05",
                "renewal due May 2029",
            ),
            Cert("BLS", "", "American Heart Association", "2027-03", "current until March 2027"),
        ],
        jobs=[
            Job(
                "Speech-Language Pathologist",
                "Monongahela Valley Medical Center",
                "Morgantown, WV",
                (2019, 6),
                None,
                bullets=[
                    "acute-care dysphagia and cognitive-communication evaluations in the ICUs and stroke unit, with FEES and modified barium swallow studies"
                ],
            ),
            Job(
                "Speech-Language Pathologist (per diem)",
                "Cheat Lake Skilled Nursing & Rehab",
                "Morgantown, WV",
                (2020, 3),
                (2024, 8),
                bullets=["weekend skilled-nursing caseload"],
            ),
            Job(
                "Clinical Fellow, then Speech-Language Pathologist",
                "Allegheny Ridge Rehabilitation Hospital",
                "Pittsburgh, PA",
                (2016, 8),
                (2019, 5),
                bullets=[
                    "aphasia, dysarthria and swallowing treatment on an inpatient rehabilitation unit"
                ],
            ),
        ],
        education=[
            Degree(
                "Master of Science in Speech-Language Pathology",
                "West Virginia University",
                "2016",
                "Morgantown, WV",
            ),
            Degree(
                "Bachelor of Arts in Communication Sciences and Disorders",
                "The Pennsylvania State University",
                "2014",
                "University Park, PA",
            ),
        ],
        ehr=["Cerner", "PointClickCare"],
        ehr_text="Cerner and PointClickCare",
        notes="Resume written in paragraphs (no bullets), odfpy ODT exported by LibreOffice. Clinical fellowship counted. CCC-SLP undated. Per diem SNF job overlaps the hospital job.",
        date_style="month yyyy",
        present="the present",
    )
)

P.append(
    Person(
        file="m09.docx",
        key="beauchamp-lpn",
        fmt="docx",
        layout="pd-docx-plain",
        name="Rhonda Beauchamp",
        creds="LPN",
        email="rhonda.beauchamp@example.com",
        phone="(302) 555-0198",
        street="77 Fieldstone Lane",
        city="Dover, DE 19904",
        discipline="LPN",
        headline="Licensed practical nurse — long-term care and rehab",
        specialties=["LTC", "SNF"],
        licenses=[
            Lic(
                "DE",
                "Delaware",
                "LPN",
                "Licensed Practical Nurse",
                "L1-0048213",
                True,
                "2028-02",
                "exp 2/28/2028",
                "Multistate",
            ),
            Lic(
                "DC",
                "District of Columbia",
                "LPN",
                "Licensed Practical Nurse",
                "LPN1009914",
                False,
                "2027-06",
                "exp 6/30/2027",
                "single-jurisdiction",
            ),
        ],
        certs=[
            Cert(
                "IV Therapy",
                "IV Therapy Certification for LPNs",
                "Delaware Technical Community College",
            ),
            Cert("WCC", "Wound Care Certified", "NAWCO", "2028-01", "exp. Jan 2028"),
            Cert("BLS", "CPR/BLS", "American Red Cross", "2027-08", "exp. Aug 2027"),
        ],
        jobs=[
            Job(
                "LPN Charge Nurse",
                "Silver Lake Rehabilitation & Nursing Center",
                "Dover, DE",
                (2018, 5),
                None,
                bullets=[
                    "Charge for a 40-bed long-term and short-stay rehab hall; med pass, treatments, admissions.",
                    "Supervise six CNAs per shift.",
                ],
            ),
            Job(
                "LPN (per diem)",
                "Brandywine Hills Assisted Living",
                "Wilmington, DE",
                (2021, 1),
                (2023, 12),
                bullets=["Medication administration and wellness checks."],
            ),
            Job(
                "Licensed Practical Nurse",
                "Rock Creek Gardens Nursing Home",
                "Washington, DC",
                (2014, 10),
                (2018, 4),
                bullets=["Long-term care, dementia unit."],
            ),
            Job(
                "Certified Nursing Assistant",
                "Rock Creek Gardens Nursing Home",
                "Washington, DC",
                (2012, 3),
                (2014, 9),
                licensed=False,
                bullets=["Before the PN program."],
            ),
        ],
        education=[
            Degree(
                "Diploma in Practical Nursing",
                "Delaware Technical Community College",
                "2014",
                "Dover, DE",
            )
        ],
        ehr=["PointClickCare", "MatrixCare"],
        ehr_text="PointClickCare, MatrixCare",
        skills=["Med pass for 30+ residents", "Wound care", "IV therapy", "Dementia care"],
        notes="pandoc-built .docx. Delaware multistate LPN beside District of Columbia single-jurisdiction. IV therapy certificate undated. CNA before licensure excluded, employer once. Per diem overlaps.",
        date_style="mm/yyyy",
    )
)

P.append(
    Person(
        file="m10.docx",
        key="hale-ot-rehab",
        fmt="docx",
        layout="pd-docx-table",
        name="Emeka Hale",
        creds="MS, OTR/L",
        email="emeka.hale@example.net",
        phone="(850) 555-0145",
        street="5120 Cypress Knee Drive",
        city="Tallahassee, FL 32312",
        discipline="OT",
        headline="Occupational therapist — inpatient rehabilitation",
        specialties=["Inpatient Rehab", "Acute Care", "SNF"],
        licenses=[
            Lic(
                "FL",
                "Florida",
                "OT",
                "Occupational Therapist",
                "OT 12987",
                None,
                "2027-02",
                "02/28/2027",
            ),
            Lic(
                "GA",
                "Georgia",
                "OT",
                "Occupational Therapist",
                "OT008834",
                None,
                "2028-03",
                "03/31/2028",
            ),
        ],
        certs=[
            Cert("OTR", "Occupational Therapist, Registered", "NBCOT", "2028-03", "03/2028"),
            Cert(
                "CBIS",
                "Certified Brain Injury Specialist",
                "Brain Injury Association of America",
                "2027-11",
                "11/2027",
            ),
            Cert("BLS", "Basic Life Support", "American Heart Association", "2027-09", "09/2027"),
        ],
        jobs=[
            Job(
                "Occupational Therapist",
                "Apalachee Regional Rehabilitation Hospital",
                "Tallahassee, FL",
                (2019, 4),
                None,
                bullets=[
                    "Inpatient rehabilitation for stroke, brain injury and spinal cord injury.",
                    "ADL retraining, upper-extremity neuro-rehab, home evaluations.",
                ],
            ),
            Job(
                "Travel Occupational Therapist",
                "Okefenokee Medical Center",
                "Waycross, GA",
                (2018, 6),
                (2019, 3),
                agency="Crescent Therapy Staffing",
                bullets=["Acute care evaluations on medical, surgical and ICU floors."],
            ),
            Job(
                "Occupational Therapist",
                "Live Oak Manor Health & Rehab",
                "Valdosta, GA",
                (2016, 7),
                (2018, 5),
                bullets=["Skilled nursing short-term rehab."],
            ),
        ],
        education=[
            Degree(
                "Master of Science in Occupational Therapy",
                "Florida Agricultural and Mechanical University",
                "2016",
                "Tallahassee, FL",
            ),
            Degree(
                "Bachelor of Health Science", "University of Florida", "2014", "Gainesville, FL"
            ),
        ],
        ehr=["Cerner", "PointClickCare"],
        ehr_text="Cerner; PointClickCare",
        skills=["Neuro-rehab", "ADL retraining", "Home evaluations", "Splinting"],
        notes="pandoc-built .docx with pipe tables for licences and certifications (expiry in its own column). Travel via Crescent (agency not employer). OT licences, compact null.",
        date_style="mon yyyy",
    )
)

P.append(
    Person(
        file="m12.docx",
        key="beck-cota",
        fmt="docx",
        layout="dx-skillsfirst",
        name="Tallulah Beck",
        creds="COTA/L",
        email="tallulah.beck@example.com",
        phone="(806) 555-0115",
        street="640 Pecan Grove Road",
        city="Lubbock, TX 79424",
        discipline="COTA",
        headline="Certified occupational therapy assistant",
        specialties=["SNF", "Schools"],
        licenses=[
            Lic(
                "TX",
                "Texas",
                "COTA",
                "Occupational Therapy Assistant",
                "204418",
                None,
                "2027-08",
                "expires 08/31/2027",
            ),
            Lic(
                "NM", "New Mexico", "COTA", "OTA", "OTA-2031", None, "2028-01", "expires 01/31/2028"
            ),
        ],
        certs=[
            Cert(
                "COTA",
                "Certified Occupational Therapy Assistant",
                "NBCOT",
                "2028-03",
                "renew by 03/31/2028",
            ),
            Cert("BLS", "", "American Heart Association", "2027-06", "renew by 06/2027"),
            Cert(
                "PAMs", "Physical Agent Modalities", "Texas Board of Occupational Therapy Examiners"
            ),
        ],
        jobs=[
            Job(
                "COTA/L",
                "Llano Estacado Rehabilitation Center",
                "Lubbock, TX",
                (2020, 2),
                None,
                bullets=["Skilled nursing rehab caseload, ADL and transfer training, modalities."],
            ),
            Job(
                "School-based COTA (contract)",
                "Lea County Unified School District",
                "Hobbs, NM",
                (2018, 8),
                (2019, 12),
                agency="Mesa Pediatric Therapy Staffing",
                bullets=["Fine-motor and sensory groups, K-5."],
            ),
            Job(
                "COTA",
                "Caprock Nursing & Rehab",
                "Plainview, TX",
                (2017, 6),
                (2018, 7),
                bullets=["Long-term and short-term residents."],
            ),
            Job(
                "Rehab Technician",
                "Caprock Nursing & Rehab",
                "Plainview, TX",
                (2015, 5),
                (2017, 5),
                licensed=False,
                bullets=["Before the OTA program."],
            ),
        ],
        education=[
            Degree(
                "Associate of Applied Science, Occupational Therapy Assistant",
                "South Plains College",
                "2017",
                "Levelland, TX",
            )
        ],
        ehr=["PointClickCare"],
        ehr_text="PointClickCare",
        skills=[
            "ADL training",
            "Therapeutic exercise",
            "Sensory integration",
            "Modalities (PAMs)",
            "Handwriting programs",
            "Bilingual English/Spanish",
        ],
        notes="python-docx skills-first layout, licences as bullets, dates right-aligned by a tab stop. Texas 'Occupational Therapy Assistant' and New Mexico 'OTA' (type COTA). School contract via agency (agency not employer, the district is). PAMs undated. Rehab tech before licensure excluded, employer once. Gap 2020-01.",
        date_style="mm/yyyy",
    )
)

P.append(
    Person(
        file="m14.txt",
        key="pelletier-surgtech",
        fmt="txt",
        layout="txt-ats",
        name="Joaquín Pelletier",
        creds="CST",
        email="joaquin.pelletier@example.net",
        phone="(319) 555-0130",
        street="219 Birchwood Drive",
        city="Cedar Rapids, IA 52402",
        discipline="other-allied",
        headline="Certified Surgical Technologist",
        specialties=["OR"],
        licenses=[],
        certs=[
            Cert("CST", "Certified Surgical Technologist", "NBSTSA", "2028-03", "03/31/2028"),
            Cert(
                "BLS", "Basic Life Support", "American Heart Association", "2027-07", "07/31/2027"
            ),
        ],
        jobs=[
            Job(
                "Certified Surgical Technologist",
                "Cedar Prairie Medical Center",
                "Cedar Rapids, IA",
                (2019, 9),
                None,
                bullets=["Scrub for ortho, neuro and cardiac cases; CVOR team."],
            ),
            Job(
                "Travel Surgical Technologist",
                "Mesquite Flats Surgical Hospital",
                "El Paso, TX",
                (2018, 11),
                (2019, 6),
                agency="Keystone Allied Travel",
                bullets=["Ortho and spine cases."],
            ),
            Job(
                "Surgical Technologist",
                "Wapsipinicon Valley Hospital",
                "Waterloo, IA",
                (2016, 5),
                (2018, 10),
                bullets=["General, GYN, urology."],
            ),
            Job(
                "Sterile Processing Technician",
                "Wapsipinicon Valley Hospital",
                "Waterloo, IA",
                (2014, 3),
                (2016, 4),
                licensed=False,
                bullets=["Instrument decontamination and tray assembly."],
            ),
        ],
        education=[
            Degree(
                "Associate of Applied Science, Surgical Technology",
                "Kirkwood Community College",
                "2016",
                "Cedar Rapids, IA",
            )
        ],
        ehr=["Epic"],
        ehr_text="Epic OpTime",
        skills=["CVOR", "Orthopedics", "Neuro", "Robotics"],
        notes="Plain-text ATS export with 'Field: value' lines. No state licence (licenses []). Travel via agency. Sterile processing before certification excluded. Gap 2019-07..08.",
        date_style="mm/yyyy",
    )
)

P.append(
    Person(
        file="m16.jpg",
        key="marchetti-pta",
        fmt="photo",
        layout="odt-paragraphs",
        name="Ofelia Marchetti",
        creds="PTA",
        email="ofelia.marchetti@example.org",
        phone="(417) 555-0172",
        street="815 Cobblestone Court",
        city="Springfield, MO 65804",
        discipline="PTA",
        headline="Physical therapist assistant",
        specialties=["Home Health", "Outpatient", "SNF"],
        licenses=[
            Lic(
                "MO",
                "Missouri",
                "PTA",
                "Physical Therapist Assistant",
                "2016009271",
                None,
                "2028-01",
                "valid until January 31, 2028",
            ),
            Lic(
                "AR",
                "Arkansas",
                "PTA",
                "Physical Therapist Assistant",
                "A-4410",
                None,
                "2027-02",
                "valid until February 28, 2027",
            ),
        ],
        certs=[
            Cert("BLS", "", "American Red Cross", "2027-09", "valid until September 2027"),
            Cert("CEEAA", "Certified Exercise Expert for Aging Adults", "APTA Geriatrics"),
        ],
        jobs=[
            Job(
                "Physical Therapist Assistant",
                "Ozark Hills Home Health",
                "Springfield, MO",
                (2021, 5),
                None,
                bullets=["home visits for gait, balance and post-joint-replacement plans of care"],
            ),
            Job(
                "PRN Physical Therapist Assistant",
                "Table Rock Skilled Nursing",
                "Branson, MO",
                (2022, 1),
                None,
                bullets=["weekend short-stay rehabilitation"],
            ),
            Job(
                "Physical Therapist Assistant",
                "Bentonville Sports & Spine Physical Therapy",
                "Rogers, AR",
                (2016, 9),
                (2021, 4),
                bullets=["outpatient orthopedic and sports caseload"],
            ),
        ],
        education=[
            Degree(
                "Associate of Applied Science, Physical Therapist Assistant",
                "Ozarks Technical Community College",
                "2016",
                "Springfield, MO",
            )
        ],
        ehr=["Axxess", "WebPT"],
        ehr_text="Axxess and WebPT",
        notes="Paragraph resume photographed under warm indoor light (yellow cast) on carpet. PTA licences, compact null. CEEAA undated. PRN SNF job overlaps the home health job.",
        date_style="month yyyy",
        present="the present",
    )
)

P.append(
    Person(
        file="m18.jpg",
        key="mbatha-pharm-retail",
        fmt="photo",
        layout="pd-gdocs-html",
        name="Theophilus Mbatha",
        creds="PharmD, RPh",
        email="t.mbatha@example.com",
        phone="(361) 555-0127",
        street="1402 Bayshore Palms Drive",
        city="Corpus Christi, TX 78411",
        discipline="Pharmacist",
        headline="Community pharmacist-in-charge",
        specialties=["Retail", "Inpatient"],
        licenses=[
            Lic(
                "TX",
                "Texas",
                "Pharmacist",
                "Pharmacist",
                "58211",
                None,
                "2027-09",
                "expires 09/30/2027",
            ),
            Lic(
                "LA",
                "Louisiana",
                "Pharmacist",
                "Pharmacist",
                "PST.021933",
                None,
                "2027-12",
                "expires 12/31/2027",
            ),
        ],
        certs=[
            Cert(
                "CDCES",
                "Certified Diabetes Care and Education Specialist",
                "CBDCE",
                "2029-12",
                "exp. 12/2029",
            ),
            Cert("BLS", "", "AHA", "2027-03", "exp. 03/2027"),
        ],
        jobs=[
            Job(
                "Pharmacist-in-Charge",
                "Padre Drug & Wellness",
                "Corpus Christi, TX",
                (2020, 3),
                None,
                bullets=[
                    "Independent community pharmacy, 450 scripts a day; immunizations and diabetes education."
                ],
            ),
            Job(
                "Per Diem Hospital Pharmacist",
                "Nueces Bay Medical Center",
                "Corpus Christi, TX",
                (2022, 6),
                None,
                bullets=["Order verification and IV room, two weekends a month."],
            ),
            Job(
                "Staff Pharmacist",
                "Gulf Breeze Pharmacy",
                "Lake Charles, LA",
                (2017, 7),
                (2020, 2),
                bullets=["Community pharmacy; MTM and immunizations."],
            ),
        ],
        education=[
            Degree(
                "Doctor of Pharmacy (PharmD)",
                "University of Louisiana Monroe",
                "2017",
                "Monroe, LA",
                wrap="Doctor of Pharmacy",
            )
        ],
        ehr=["Epic"],
        ehr_text="Epic Willow (hospital); PioneerRx (pharmacy system, not an EHR)",
        skills=["Immunizations", "Diabetes education", "MTM", "Compounding"],
        notes="Photo at a strong angle (keystone) on a car seat. Texas and Louisiana pharmacist licences. Per diem hospital shifts overlap the PIC job. PioneerRx is a pharmacy system, not an EHR.",
        date_style="mm/yyyy",
    )
)

P.append(
    Person(
        file="m19.jpg",
        key="ybarra-lvn",
        fmt="photo",
        layout="dx-shaded",
        name="Consuelo Ybarra",
        creds="LVN",
        email="consuelo.ybarra@example.com",
        phone="(210) 555-0179",
        street="2819 Mesquite Trail",
        city="San Antonio, TX 78230",
        discipline="LPN",
        headline="Licensed Vocational Nurse — pediatric home care",
        specialties=["Home Health", "Pediatrics", "SNF"],
        licenses=[
            Lic("TX", "Texas", "LPN", "LVN", "312554", True, "2028-05", "exp. 05/2028", "Compact"),
        ],
        certs=[
            Cert("PALS", "Pediatric Advanced Life Support", "AHA", "2027-10", "exp. 10/2027"),
            Cert("BLS", "Basic Life Support", "AHA", "2027-10", "exp. 10/2027"),
        ],
        jobs=[
            Job(
                "LVN, Pediatric Private Duty",
                "Alamo Heights Pediatric Home Care",
                "San Antonio, TX",
                (2019, 8),
                None,
                bullets=["Trach/vent and G-tube dependent children, 12-hour home shifts."],
            ),
            Job(
                "LVN (per diem)",
                "Hill Country Pediatric Day Center",
                "San Antonio, TX",
                (2023, 2),
                None,
                bullets=["Prescribed pediatric extended care center."],
            ),
            Job(
                "Charge LVN",
                "Mission Trails Nursing & Rehabilitation",
                "San Antonio, TX",
                (2015, 11),
                (2019, 7),
                bullets=["Skilled rehab hall, med pass and treatments."],
            ),
        ],
        education=[
            Degree(
                "Certificate in Vocational Nursing",
                "San Antonio College",
                "2015",
                "San Antonio, TX",
            )
        ],
        ehr=["Axxess", "PointClickCare"],
        ehr_text="Axxess, PointClickCare",
        skills=["Trach & vent care", "G-tube feeds", "Seizure management", "Pediatric assessment"],
        notes="LVN (discipline LPN) with a Texas compact licence only. Per diem PPEC overlaps. Photo on a wood desk with a shadow across the page.",
        date_style="mm/yyyy",
    )
)

P.append(
    Person(
        file="m20.jpg",
        key="kowalczyk-ct",
        fmt="photo",
        layout="wp-jobtable",
        name="Bettina Kowalczyk",
        creds="R.T.(R)(CT)(ARRT)",
        email="bettina.kowalczyk@example.net",
        phone="(856) 555-0103",
        street="61 Linden Commons",
        city="Cherry Hill, NJ 08003",
        discipline="other-allied",
        headline="CT and radiologic technologist",
        specialties=["CT", "X-ray"],
        licenses=[
            Lic(
                "NJ",
                "New Jersey",
                "Radiologic Technologist",
                "Diagnostic Radiologic Technologist",
                "R-0044817",
                None,
                "2027-04",
                "exp 04/30/2027",
            ),
        ],
        certs=[
            Cert(
                "ARRT (R)(CT)",
                "Radiography and Computed Tomography, ARRT #558214",
                "ARRT",
                "2027-03",
                "registered through 03/2027",
            ),
            Cert("BLS", "Basic Life Support", "AHA", "2027-12", "exp 12/2027"),
        ],
        jobs=[
            Job(
                "CT Technologist",
                "Delaware Riverfront Medical Center",
                "Camden, NJ",
                (2020, 10),
                None,
                unit="Level I trauma CT",
                bullets=["Trauma, stroke and cardiac CTA protocols; contrast injections."],
            ),
            Job(
                "Travel CT Technologist",
                "Eastern Shore Regional Medical Center",
                "Salisbury, MD",
                (2020, 1),
                (2020, 9),
                agency="Pinnacle Allied Staffing",
                unit="CT",
                bullets=["Siemens and GE scanners."],
            ),
            Job(
                "Radiologic Technologist",
                "Pine Barrens Community Hospital",
                "Vineland, NJ",
                (2016, 6),
                (2019, 12),
                unit="X-ray, ED and portables",
                bullets=["General radiography, fluoroscopy and OR C-arm."],
            ),
        ],
        education=[
            Degree(
                "Associate of Applied Science in Radiography",
                "Camden County College",
                "2016",
                "Blackwood, NJ",
            )
        ],
        ehr=["Epic"],
        ehr_text="Epic Radiant (PACS: Sectra — not an EHR)",
        skills=["CTA", "Stroke protocols", "Power injectors", "Fluoroscopy", "C-arm"],
        notes="NJ 'Diagnostic Radiologic Technologist' licence (type Radiologic Technologist). ARRT (R)(CT) on one line. Travel via agency. Photo under uneven light on carpet.",
        date_style="mm/yyyy",
    )
)

P.append(
    Person(
        file="m23.png",
        key="holloway-rt-neonatal",
        fmt="photo",
        layout="png-appprofile",
        name="Nkechi Holloway",
        creds="RRT-NPS",
        email="nkechi.holloway@example.org",
        phone="(480) 555-0155",
        street="",
        city="Mesa, AZ",
        discipline="RT",
        headline="Neonatal/pediatric respiratory therapist",
        specialties=["NICU", "Pediatrics"],
        licenses=[
            Lic(
                "AZ",
                "Arizona",
                "RT",
                "Respiratory Care Practitioner",
                "RCP-11408",
                None,
                "2027-11",
                "Exp 11/2027",
            ),
            Lic(
                "NV",
                "Nevada",
                "RT",
                "Respiratory Therapist",
                "RT-2290",
                None,
                "2027-06",
                "Exp 06/2027",
            ),
        ],
        certs=[
            Cert("RRT", "", "NBRC"),
            Cert("RRT-NPS", "", "NBRC"),
            Cert("NRP", "", "AAP", "2027-08", "Exp 08/2027"),
            Cert("PALS", "", "AHA", "2027-05", "Exp 05/2027"),
            Cert("BLS", "", "AHA", "2027-05", "Exp 05/2027"),
        ],
        jobs=[
            Job(
                "Neonatal/Pediatric Respiratory Therapist",
                "Sonoran Children's Hospital",
                "Phoenix, AZ",
                (2020, 6),
                None,
                bullets=[],
            ),
            Job(
                "Travel NICU Respiratory Therapist",
                "Spring Valley Women's and Infants Hospital",
                "Las Vegas, NV",
                (2019, 9),
                (2020, 3),
                agency="Desert Bloom Travel Therapy",
                bullets=[],
            ),
            Job(
                "Respiratory Therapist",
                "Gila Valley Regional Medical Center",
                "Safford, AZ",
                (2017, 1),
                (2019, 8),
                bullets=[],
            ),
        ],
        education=[
            Degree(
                "Associate in Applied Science, Respiratory Care",
                "GateWay Community College",
                "2016",
                "Phoenix, AZ",
            )
        ],
        ehr=["Epic", "Cerner"],
        ehr_text="Epic, Cerner",
        notes="PNG phone screenshot of a staffing app's profile page (Desert Bloom's app; recruiter card with the recruiter's name, phone and e-mail). Home shown as 'Mesa, AZ' only. RT licences, compact null. RRT and RRT-NPS undated. Gaps 2020-04..05.",
        date_style="mon yyyy",
    )
)

P.append(
    Person(
        file="m26.pdf",
        key="pike-xray-federal",
        fmt="scan",
        layout="odt-federal",
        name="Reginald Pike",
        creds="R.T.(R)(ARRT)",
        email="reginald.pike@example.com",
        phone="(308) 555-0191",
        street="908 Sandhill Crane Road",
        city="Kearney, NE 68845",
        discipline="other-allied",
        headline="Diagnostic Radiologic Technologist",
        specialties=["X-ray"],
        licenses=[
            Lic(
                "NE",
                "Nebraska",
                "Radiologic Technologist",
                "Medical Radiographer",
                "MR-30418",
                None,
                "2027-10",
                "Expiration: 10/31/2027",
            ),
            Lic(
                "KS",
                "Kansas",
                "Radiologic Technologist",
                "Radiologic Technologist",
                "R-18832",
                None,
                "2027-06",
                "Expiration: 06/30/2027",
            ),
        ],
        certs=[
            Cert(
                "ARRT (R)",
                "Registered Technologist, Radiography",
                "ARRT",
                "2027-07",
                "registration current through 07/2027",
            ),
            Cert(
                "BLS",
                "Basic Life Support",
                "American Heart Association",
                "2027-02",
                "expires 02/2027",
            ),
        ],
        jobs=[
            Job(
                "Diagnostic Radiologic Technologist",
                "Kearney Prairie Medical Center",
                "Kearney, NE",
                (2018, 4),
                None,
                hours=40,
                supervisor="Monica Stoltenberg, Imaging Manager, (308) 555-0114; may contact",
                kind="Permanent, full-time",
                bullets=[
                    "Perform general diagnostic, portable, trauma and fluoroscopic examinations for ED, inpatient and outpatient services; about 60 examinations per shift.",
                    "Lead technologist on evenings: schedules, quality control and image critique for students.",
                ],
            ),
            Job(
                "Radiologic Technologist (per diem)",
                "Frontier Orthopedics & Sports Medicine",
                "Kearney, NE",
                (2020, 9),
                (2024, 3),
                hours=16,
                supervisor="Dr. Alan Brekke, Medical Director, (308) 555-0159; may contact",
                kind="Per diem",
                bullets=["Extremity and spine radiography in an orthopedic clinic."],
            ),
            Job(
                "Radiographer",
                "Flint Hills Regional Hospital",
                "Manhattan, KS",
                (2013, 7),
                (2018, 3),
                hours=40,
                supervisor="Teresa Galvan, Radiology Supervisor, (785) 555-0186; may contact",
                kind="Permanent, full-time",
                bullets=[
                    "General radiography, OR C-arm and portable examinations in a 150-bed hospital."
                ],
            ),
            Job(
                "Radiology Aide / Patient Transporter",
                "Flint Hills Regional Hospital",
                "Manhattan, KS",
                (2011, 6),
                (2013, 6),
                licensed=False,
                hours=32,
                supervisor="Teresa Galvan, Radiology Supervisor, (785) 555-0186",
                kind="Part-time",
                bullets=["Transport and room turnover before the radiography program."],
            ),
        ],
        education=[
            Degree(
                "Associate of Science in Radiologic Technology",
                "Washburn University",
                "2013",
                "Topeka, KS",
            )
        ],
        ehr=["Cerner", "MEDITECH"],
        ehr_text="Cerner (Kearney Prairie); MEDITECH (Flint Hills)",
        skills=["Trauma radiography", "Fluoroscopy", "C-arm", "Image critique"],
        summary="Radiologic technologist with more than thirteen years of diagnostic imaging experience.",
        notes="Federal-style two-page resume scanned as two grey pages. Nebraska 'Medical Radiographer' and Kansas 'Radiologic Technologist' (type Radiologic Technologist, compact null). Per diem overlaps. Aide before registry excluded, employer once.",
        date_style="mm/yyyy",
    )
)

P.append(
    Person(
        file="m27.pdf",
        key="delacroix-pt-homehealth",
        fmt="scan",
        layout="wp-timeline",
        name="Saoirse Delacroix",
        creds="PT, DPT, NCS",
        email="saoirse.delacroix@example.net",
        phone="(423) 555-0138",
        street="1555 Riverbend Parkway",
        city="Chattanooga, TN 37405",
        discipline="PT",
        headline="Neurologic physical therapist — home health and rehab",
        specialties=["Home Health", "Inpatient Rehab", "Acute Care"],
        licenses=[
            Lic(
                "TN",
                "Tennessee",
                "PT",
                "Physical Therapist",
                "8814",
                None,
                "2028-04",
                "expires 04/30/2028",
            ),
            Lic(
                "GA",
                "Georgia",
                "PT",
                "Physical Therapist",
                "PT014592",
                None,
                "2027-12",
                "expires 12/31/2027",
            ),
        ],
        certs=[
            Cert("NCS", "Neurologic Clinical Specialist", "ABPTS", "2032-06", "valid to Jun 2032"),
            Cert(
                "BLS",
                "Basic Life Support",
                "American Heart Association",
                "2027-01",
                "valid to Jan 2027",
            ),
        ],
        jobs=[
            Job(
                "Home Health Physical Therapist",
                "Lookout Mountain Home Care",
                "Chattanooga, TN",
                (2021, 1),
                None,
                bullets=["Neuro and post-acute home caseload; OASIS evaluations."],
            ),
            Job(
                "PRN Physical Therapist, Acute Care",
                "Conasauga Regional Medical Center",
                "Dalton, GA",
                (2018, 3),
                (2022, 9),
                bullets=["Weekend acute coverage."],
            ),
            Job(
                "Physical Therapist, Inpatient Rehabilitation",
                "Signal Peak Rehabilitation Hospital",
                "Chattanooga, TN",
                (2016, 6),
                (2020, 12),
                bullets=["Stroke, SCI and brain injury programs; body-weight-supported gait."],
            ),
        ],
        education=[
            Degree("Doctor of Physical Therapy", "Belmont University", "2016", "Nashville, TN"),
            Degree(
                "Bachelor of Science in Exercise Science",
                "The University of Tennessee at Chattanooga",
                "2013",
                "Chattanooga, TN",
            ),
        ],
        ehr=["Homecare Homebase", "Cerner"],
        ehr_text="Homecare Homebase, Cerner",
        skills=["Neuro rehab", "Vestibular", "Gait training", "OASIS"],
        notes="Timeline design scanned with low contrast at 240 dpi. PT licences, compact null. PRN acute job overlaps both staff jobs.",
        date_style="mon yyyy",
    )
)

P.append(
    Person(
        file="m28.pdf",
        key="tillinghast-sonographer",
        fmt="scan",
        layout="odt-paragraphs",
        name="Imogen Tillinghast",
        creds="RDMS, RVT",
        email="imogen.tillinghast@example.org",
        phone="(603) 555-0169",
        street="33 Mill Pond Road",
        city="Concord, NH 03301",
        discipline="other-allied",
        headline="Diagnostic medical sonographer",
        specialties=["Ultrasound"],
        licenses=[],
        certs=[
            Cert(
                "RDMS",
                "Registered Diagnostic Medical Sonographer (Abdomen, OB/GYN)",
                "ARDMS",
                "2027-12",
                "active through December 2027",
            ),
            Cert(
                "RVT",
                "Registered Vascular Technologist",
                "ARDMS",
                "2027-12",
                "active through December 2027",
            ),
            Cert("BLS", "", "American Heart Association", "2027-04", "active through April 2027"),
        ],
        jobs=[
            Job(
                "Diagnostic Medical Sonographer",
                "Contoocook River Medical Center",
                "Concord, NH",
                (2018, 2),
                None,
                bullets=[
                    "general, obstetric and vascular ultrasound for inpatients, the emergency department and outpatients"
                ],
            ),
            Job(
                "Vascular Sonographer (per diem)",
                "Lakes Region Vascular Imaging",
                "Laconia, NH",
                (2021, 9),
                None,
                bullets=["carotid, venous and arterial duplex studies on Saturdays"],
            ),
            Job(
                "Sonographer",
                "Nashua Harbor Women's Imaging",
                "Nashua, NH",
                (2015, 8),
                (2018, 1),
                bullets=["obstetric and breast ultrasound"],
            ),
        ],
        education=[
            Degree(
                "Bachelor of Science in Diagnostic Medical Sonography",
                "Massachusetts College of Pharmacy and Health Sciences",
                "2015",
                "Boston, MA",
            )
        ],
        ehr=["Epic"],
        ehr_text="Epic Radiant",
        notes="Paragraph resume scanned with a red 'RECEIVED' stamp over the right end of the experience paragraphs (job descriptions and the per-diem job's dates show through) and a handwritten-looking signature at the foot. No state licence. RDMS/RVT expiry = ARDMS annual renewal printed 'active through December 2027'. Specialty 'Ultrasound' is outside score.py's vocabulary — a judgement call.",
        date_style="month yyyy",
        present="the present",
    )
)
