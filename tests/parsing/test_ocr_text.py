"""OCR text repairs: each case is a line as Tesseract reads it and the line it should become.
Adding a case means adding a pair; the last group are lines the rules must leave alone."""

from __future__ import annotations

import pytest

from recruit.parsing.ocr_text import fix_line

REPAIRED = [
    # an e-mail address split at its '@' or after a dot
    (
        "Dayton, OH · 555-0101 · jane.doe @example.com",
        "Dayton, OH · 555-0101 · jane.doe@example.com",
    ),
    ("jane.doe@ example.org | (555) 555-0101", "jane.doe@example.org | (555) 555-0101"),
    ("ingrid. haugen@example.net", "ingrid.haugen@example.net"),
    ("Dearborn, MI · leila.‘haddad@example.net", "Dearborn, MI · leila.haddad@example.net"),
    ("(720) 555-0153 chris.nguyen. er@example.com", "(720) 555-0153 chris.nguyen.er@example.com"),
    ("kevin.tran.rn @ example.com", "kevin.tran.rn@example.com"),
    ("hollis.vantreese@example. com", "hollis.vantreese@example.com"),
    ("(254) 555-0157 · ana.k@mail.example. org", "(254) 555-0157 · ana.k@mail.example.org"),
    (
        "Ave S, Birmingham, AL\t205.555.0119@jo.ic@example.org",
        "Ave S, Birmingham, AL\t205.555.0119 · jo.ic@example.org",
    ),
    # a common mail domain with letters Tesseract confuses ('l' as 'i', 'e' as 'c', 'm' as 'rn')
    ("latoya.fb@exampie.com", "latoya.fb@example.com"),
    ("(916) 555-0152 · holloway@exampic.com", "(916) 555-0152 · holloway@example.com"),
    ("rosa.mejia@grnail.corn", "rosa.mejia@gmail.com"),
    ("Email: d.okafor@outiook.com", "Email: d.okafor@outlook.com"),
    ("cornelius.oduya@example.co", "cornelius.oduya@example.com"),
    # a phone's 5 read as '§'
    ("§02.555.0161", "502.555.0161"),
    # '©' or '®' for '@' inside an address
    ("alfred.pennyworth©email.com", "alfred.pennyworth@email.com"),
    # a bullet read as a letter or a sign
    ("e RNC-OB (Inpatient Obstetric Nursing), NCC", "* RNC-OB (Inpatient Obstetric Nursing), NCC"),
    ("© Epic Stork documentation", "* Epic Stork documentation"),
    ("¢« ACLS, AHA, expires 01/2027", "* ACLS, AHA, expires 01/2027"),
    ("o Couplet care for 6 dyads", "* Couplet care for 6 dyads"),
    # '|' for 'l' inside a word
    ("Wi|son Memorial Hospital", "Wilson Memorial Hospital"),
    ("|icensed Practical Nurse", "licensed Practical Nurse"),
    # '|' for 'I' opening a capitalised abbreviation
    ("* |V Therapy - IV Therapy Certification", "* IV Therapy - IV Therapy Certification"),
    ("Staff RN, |CU (MICU)", "Staff RN, ICU (MICU)"),
    # a table's left rule read before its first cell
    ("| Vermont\tRegistered Nurse\t026.0118734", "Vermont\tRegistered Nurse\t026.0118734"),
    # letters for digits inside a date or a phone number
    ("BLS, AHA, exp O1/2O27", "BLS, AHA, exp 01/2027"),
    ("(555) 555-O1l2", "(555) 555-0112"),
    ("May 2O19 - Present", "May 2019 - Present"),
    # a card's corner read as a sign before a date, across a gap
    ("7\t06/2019 02/2024", "06/2019 - 02/2024"),
    ("|\t2018 - Present", "2018 - Present"),
    # a thin dash between dates read as '~'
    ("03/2024 ~ 12/2024", "03/2024 - 12/2024"),
    ("Jun 2019 ~Present", "Jun 2019 - Present"),
    # a phone's digits read as letters and its dash as '~' after a bracketed area code
    ("(616) sss~0163 | a.hb@example.com", "(616) 555-0163 | a.hb@example.com"),
    ("(312) 5S5-O1l9", "(312) 555-0119"),
    # a state's letter read as one Tesseract confuses with it, after a city
    ("* Lexington, SG\t:", "* Lexington, SC\t:"),
    ("Columbus, 0H 43215 | (614) 555-0100", "Columbus, OH 43215 | (614) 555-0100"),
    ("Ann Arbor, Ml", "Ann Arbor, MI"),
    # a state whose name starts with a capital I, read with an l
    (
        "lowa\tPhysical Therapist\tPT-09384\t07/15/2027",
        "Iowa\tPhysical Therapist\tPT-09384\t07/15/2027",
    ),
    ("ldaho RN, exp 05/2028", "Idaho RN, exp 05/2028"),
    # an area code's bracket read as a brace
    ("Little Rock, AR 72205 | (501} 555-0153", "Little Rock, AR 72205 | (501) 555-0153"),
    # a space inside a date
    ("ACLS exp 12/ 2027", "ACLS exp 12/2027"),
    ("ACLS exp 12 /2027", "ACLS exp 12/2027"),
    # a month's leading zero read as another digit
    (
        "62/2015 - Present\tYadkin Valley Care Center",
        "02/2015 - Present\tYadkin Valley Care Center",
    ),
    ("Staff LPN 03/2013 - 89/2014", "Staff LPN 03/2013 - 09/2014"),
    # the thin dash between two dates lost
    ("PTA\t2018 2021", "PTA\t2018 - 2021"),
    ("Staff RN  03/2018 06/2021", "Staff RN  03/2018 - 06/2021"),
    (
        "Respiratory Therapist — Adult\tJun 2013 Mar 2018",
        "Respiratory Therapist — Adult\tJun 2013 - Mar 2018",
    ),
    ("RT — NICU/PICU\tApr 2018 Present", "RT — NICU/PICU\tApr 2018 - Present"),
    # 'I' for 'l' in a lower-case address
    ("(317) 555-0189 | octavia.Ir@example.org", "(317) 555-0189 | octavia.lr@example.org"),
    # a city's comma read inside its state's letters
    ("2703 Mesquite Draw, Waco T,X 76710", "2703 Mesquite Draw, Waco, TX 76710"),
    # TN in small type
    ("Williamson Medical Center, Franklin, ™", "Williamson Medical Center, Franklin, TN"),
]

LEFT_ALONE = [
    "Registered Nurse | ICU | Level I trauma",
    "COVID-19 unit, I-95 corridor",
    "Mercy Hospital. Jane@example.com",
    "e-mail: jane@example.com",
    "nurse.lee@mercyhealth.org",
    "amy@mail.com · amy@live.com",
    "jo@studio.co",
    "Epic™ certified",
    "Staff RN, 5 West (IMC)",
    "RN-224871, exp 12/2027",
    "Dayton, OH 45402",
    "O2 therapy, BiPAP",
    "12/2015 - 06/2019",
    "Cohorts of 2019, 2021",
    "Awarded 2021 1998",
    "Mar 2020 Feb 2019",
    "Worked May 2019 and June 2021",
    "Grades A,B and C",
    "Ian.Wells@Example.com",
    "Write to jane@example. Commute: 20 minutes",
    "RN\t2018 - Present",
    "~ 2 years",
    "(ICU) sss-also",
    "ICU\t06/2019 - 02/2024",
    "Jordan Smith, RN",
    "Paula Reyes, GN",
    "lowan Street Clinic",
    "|State\tType",
    "|OH\t|RN\t123456",
    "BLS | ACLS | PALS",
]


@pytest.mark.parametrize(("read", "expected"), REPAIRED)
def test_a_misread_line_is_repaired(read: str, expected: str) -> None:
    assert fix_line(read) == expected


@pytest.mark.parametrize("line", LEFT_ALONE)
def test_a_line_read_right_is_left_alone(line: str) -> None:
    assert fix_line(line) == line
