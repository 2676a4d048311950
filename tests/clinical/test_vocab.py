from recruit.clinical import regions, vocab


def test_specialty_synonyms_map_to_canonical_names():
    found = vocab.specialty_matcher().find(
        "24-bed MICU, Telemetry/Step-Down Unit, medical/surgical, L&D"
    )
    assert found == ["ICU", "Telemetry", "Step-Down", "Med-Surg", "L&D"]


def test_certification_long_names_and_acronyms_agree():
    matcher = vocab.certification_matcher()
    assert matcher.find("Advanced Cardiovascular Life Support (ACLS)") == ["ACLS"]
    assert matcher.find("Trauma Nursing Core Course") == ["TNCC"]
    assert matcher.find("CCC-SLP") == ["CCC-SLP"]


def test_generic_emr_is_not_an_ehr_product():
    assert vocab.ehr_matcher().find("Documented in the EMR and EHR") == []
    assert vocab.ehr_matcher().find("Epic, Cerner (Oracle Health), MEDITECH") == [
        "Epic",
        "Cerner",
        "Meditech",
    ]


def test_agencies_are_data():
    assert vocab.agency_matcher().find("Aya Healthcare") == ["Aya Healthcare"]
    assert vocab.agency_matcher().find("Sunbelt Healthcare Staffing") == ["_marker"]


def test_states_by_name_code_and_regulator():
    assert regions.codes_in("Licensed in CA, AZ, NV and Texas") == ["CA", "AZ", "NV", "TX"]
    assert regions.code_for("College of Nurses of Ontario") == "ON"
    assert regions.code_for("Manitoba Steel") is None
    assert regions.country_of("ON") == "CA" and regions.country_of("TX") == "US"
