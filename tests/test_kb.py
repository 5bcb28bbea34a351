"""Knowledge base: data files load, lookups fold case/accents/apostrophes where they should and no more."""

from __future__ import annotations

import re

import pytest

from veille.analysis import kb as kbmod
from veille.analysis.kb import english_forms, french_forms, norm, slug
from veille.errors import DataFileError


@pytest.fixture(scope="module")
def kb():
    return kbmod.load()


def test_kb_load_is_cached(kb):
    assert kbmod.load() is kb


@pytest.mark.parametrize(
    "a,b",
    [
        ("États-Unis", "etats-unis"),
        ("l’OTAN", "l'otan"),
        ("Corée  du\u00a0Nord", "coree du nord"),
        ("Zaporijjia–sud", "zaporijjia-sud"),
    ],
)
def test_kb_norm_folds_case_accents_apostrophes_spaces(a, b):
    assert norm(a) == b


def test_kb_slug_is_ascii_and_stable():
    assert slug("Shigeru Ishiba") == "shigeru-ishiba"
    assert slug("Hans Müller") == "hans-muller"


@pytest.mark.parametrize(
    "text,lang,code",
    [
        ("États-Unis", "fr", "USA"),
        ("Etats-Unis", "fr", "USA"),
        ("USA", "en", "USA"),
        ("United States", "en", "USA"),
        ("Royaume-Uni", "fr", "GBR"),
        ("Britain", "en", "GBR"),
        ("Corée du Nord", "fr", "PRK"),
        ("North Korea", "en", "PRK"),
        ("Japon", "fr", "JPN"),
        ("Allemagne", "fr", "DEU"),
        ("Turkey", "en", "TUR"),
        ("Türkiye", "en", "TUR"),
        ("Côte d’Ivoire", "fr", "CIV"),
        ("Côte d'Ivoire", "fr", "CIV"),
        ("RDC", "fr", "COD"),
        ("Birmanie", "fr", "MMR"),
    ],
)
def test_kb_country_names_and_variants(kb, text, lang, code):
    entries = kb.lookup(text, lang)
    assert entries and entries[0].kind == "country" and entries[0].code == code and entries[0].type == "GPE"


def test_kb_every_iso_country_is_present(kb):
    import pycountry

    codes = {e.code for e in kb.entries.values() if e.kind == "country"}
    assert {c.alpha_3 for c in pycountry.countries} <= codes


@pytest.mark.parametrize(
    "code,qid",
    [
        ("USA", "Q30"),
        ("JPN", "Q17"),
        ("CHN", "Q148"),
        ("RUS", "Q159"),
        ("PRK", "Q423"),
        ("UKR", "Q212"),
        ("DEU", "Q183"),
    ],
)
def test_kb_country_wikidata(kb, code, qid):
    assert kb.entry_for_code(code).wikidata == qid


def test_kb_wikidata_ids_are_well_formed_and_many_states_have_one(kb):
    ids = [e.wikidata for e in kb.entries.values() if e.wikidata]
    assert all(re.fullmatch(r"Q[1-9]\d*", q) for q in ids)
    assert sum(1 for e in kb.entries.values() if e.kind == "country" and e.wikidata) >= 60


@pytest.mark.parametrize(
    "text,lang,code",
    [
        ("OTAN", "fr", "NATO"),
        ("NATO", "en", "NATO"),
        ("NATO", "fr", "NATO"),
        ("ONU", "fr", "UN"),
        ("UN", "en", "UN"),
        ("UE", "fr", "EU"),
        ("Union européenne", "fr", "EU"),
        ("union europeenne", "fr", None),
        ("UA", "fr", "AU"),
        ("AIEA", "fr", "IAEA"),
        ("IAEA", "en", "IAEA"),
        ("OMS", "fr", "WHO"),
        ("WHO", "en", "WHO"),
        ("otan", "fr", None),
        ("who", "en", None),
        ("G7", "en", "G7"),
        ("ASEAN", "fr", "ASEAN"),
        ("OSCE", "en", "OSCE"),
    ],
)
def test_kb_org_names_acronyms_case_rules(kb, text, lang, code):
    entries = [e for e in kb.lookup(text, lang) if e.kind == "org"]
    assert (entries[0].code if entries else None) == code


def test_kb_orgs_at_least_80_with_both_languages(kb):
    orgs = [e for e in kb.entries.values() if e.kind == "org"]
    assert len(orgs) >= 80
    assert {e.code: e.wikidata for e in orgs if e.code in ("NATO", "UN", "EU")} == {
        "NATO": "Q7184",
        "UN": "Q1065",
        "EU": "Q458",
    }
    for e in orgs:
        assert any(i == e.id for table in kb.names["fr"].values() for i, _ in table), e.code
        assert any(i == e.id for table in kb.names["en"].values() for i, _ in table), e.code
        assert e.sector in kb.sectors


def test_kb_context_alias_is_not_a_name(kb):
    assert [e.code for e in kb.context_alias("Alliance", "fr")] == ["NATO"]
    assert [e.code for e in kb.context_alias("Alliance", "en")] == ["NATO"]
    assert not [e for e in kb.lookup("Alliance", "fr") if e.code == "NATO"]
    assert not kb.context_alias("alliance", "fr")  # a common noun, lowercase


@pytest.mark.parametrize(
    "text,lang,code",
    [
        ("japonais", "fr", "JPN"),
        ("japonaise", "fr", "JPN"),
        ("nord-coréens", "fr", "PRK"),
        ("ukrainiens", "fr", "UKR"),
        ("ukrainiennes", "fr", "UKR"),
        ("américaine", "fr", "USA"),
        ("Américains", "fr", "USA"),
        ("russe", "fr", "RUS"),
        ("chinoises", "fr", "CHN"),
        ("allemand", "fr", "DEU"),
        ("français", "fr", "FRA"),
        ("grecque", "fr", "GRC"),
        ("turques", "fr", "TUR"),
        ("American", "en", "USA"),
        ("Americans", "en", "USA"),
        ("Japanese", "en", "JPN"),
        ("North Korean", "en", "PRK"),
        ("Ukrainians", "en", "UKR"),
        ("british", "en", None),
        ("Chinese", "en", "CHN"),
    ],
)
def test_kb_demonyms(kb, text, lang, code):
    assert kb.demonym(text, lang) == code


def test_kb_demonyms_cover_100_countries_that_exist(kb):
    codes = {c for lg in kbmod.LANGS for hits in kb.demonyms[lg].values() for c, _ in hits}
    assert len(codes) >= 100
    assert all(kb.entry_for_code(c) for c in codes)


@pytest.mark.parametrize(
    "lemma,forms",
    [
        ("ukrainien", ["ukrainien", "ukrainiens", "ukrainienne", "ukrainiennes"]),
        ("japonais", ["japonais", "japonaise", "japonaises"]),
        ("russe", ["russe", "russes"]),
        ("turc/turque", ["turc", "turcs", "turque", "turques"]),
    ],
)
def test_kb_french_forms(lemma, forms):
    assert set(french_forms(lemma)) == set(forms)


def test_kb_english_forms():
    assert english_forms("American") == ["American", "Americans"]
    assert english_forms("Japanese") == ["Japanese"]


@pytest.mark.parametrize(
    "text,lang,code,kind",
    [
        ("Moscou", "fr", "RUS", "city"),
        ("Moscow", "en", "RUS", "city"),
        ("Pékin", "fr", "CHN", "city"),
        ("Beijing", "en", "CHN", "city"),
        ("Kiev", "fr", "UKR", "city"),
        ("Kyiv", "en", "UKR", "city"),
        ("Bruxelles", "fr", "BEL", "city"),
        ("Londres", "fr", "GBR", "city"),
        ("la Maison Blanche", "fr", "USA", "seat"),
        ("White House", "en", "USA", "seat"),
        ("Kremlin", "fr", "RUS", "seat"),
        ("Downing Street", "en", "GBR", "seat"),
        ("l’Élysée", "fr", "FRA", "seat"),
        ("Matignon", "fr", "FRA", "seat"),
        ("Zhongnanhai", "en", "CHN", "seat"),
    ],
)
def test_kb_capitals_and_seats(kb, text, lang, code, kind):
    e = kb.lookup(text, lang)[0]
    assert (e.code, e.kind) == (code, kind)
    assert e.id != kb.entry_for_code(code).id  # the city is its own entity, carrying the state's code


def test_kb_tokyo_wikidata(kb):
    assert kb.lookup("Tokyo", "fr")[0].wikidata == "Q1490"


@pytest.mark.parametrize(
    "text,lang,role,sector",
    [
        ("Premier ministre", "fr", "prime minister", "GOV"),
        ("président", "fr", "president", "GOV"),
        ("secrétaire général", "fr", "secretary general", "GOV"),
        ("ministre de la Défense", "fr", "defence minister", "GOV"),
        ("chef de la diplomatie", "fr", "foreign minister", "GOV"),
        ("porte-parole", "fr", "spokesperson", "GOV"),
        ("chef d’état-major", "fr", "chief of staff", "MIL"),
        ("ambassadeur", "fr", "ambassador", "GOV"),
        ("général", "fr", "general", "MIL"),
        ("prime minister", "en", "prime minister", "GOV"),
        ("Defense Minister", "en", "defence minister", "GOV"),
        ("foreign minister", "en", "foreign minister", "GOV"),
        ("spokesperson", "en", "spokesperson", "GOV"),
        ("general", "en", "general", "MIL"),
        ("juge", "fr", "judge", "JUD"),
    ],
)
def test_kb_roles(kb, text, lang, role, sector):
    r = kb.role(text, lang)
    assert (r.role, r.sector) == (role, sector)


def test_kb_role_sectors_are_documented_and_accents_matter(kb):
    assert {r.sector for lg in kbmod.LANGS for hits in kb.roles[lg].values() for r, _ in hits} <= set(kb.sectors)
    assert kb.role("General", "fr") is None  # English 'General' is not French 'général'
    assert kb.role("chef", "fr").generic


def test_kb_city_gazetteer(kb):
    assert kb.city("Wiesbaden")[1] == "DEU"
    assert kb.city("Zaporizhzhia")[1] == "UKR"
    assert kb.city("Kentucky")[1:] == ("USA", "state")
    assert kb.city("Nowhereville") is None


@pytest.mark.parametrize(
    "name, code",
    [("ISLAMABAD", "PAK"), ("Zaragoza", "ESP"), ("Montgomery", "USA"), ("Nice", "FRA"), ("Chittagong", "BGD")],
)
def test_kb_city_own_name_before_another_city_alternate(kb, name: str, code: str) -> None:
    # a city's own name is that city, never the alternate name a more populous city of another state also carries
    # (the gazetteer lists "Islamabad" among the alternates of a larger city); alternates still name their city
    assert kb.city(name)[1] == code


@pytest.mark.parametrize(
    "text,lang,key,country",
    [
        ("ministère des Affaires étrangères", "fr", "foreign", None),
        ("Defense Ministry", "en", "defence", None),
        ("State Department", "en", "foreign", "USA"),
        ("gouvernement", "fr", "government", None),
        ("armée de l’air", "fr", "airforce", None),
    ],
)
def test_kb_bodies(kb, text, lang, key, country):
    body = kb.body(text, lang)
    assert (body.key, body.country) == (key, country)


@pytest.mark.parametrize(
    "key,code,host,name",
    [
        ("foreign", "CHL", None, "Ministry of Foreign Affairs of Chile"),
        ("foreign", "USA", None, "United States Department of State"),
        ("navy", "PER", None, "Peruvian Navy"),
        ("interior", "UKR", None, "Ministry of Internal Affairs of Ukraine"),
        ("embassy", "NOR", "FIN", "Embassy of Norway in Finland"),
        ("embassy", "NOR", "NOR", "Embassy of Norway"),
        ("embassy", "USA", None, "Embassy of the United States"),
        ("embassy", "NOR", "USA", "Embassy of Norway in United States"),
        ("government", "COD", None, "Government of the Democratic Republic of the Congo"),
        ("foreign", "MDV", None, "Ministry of Foreign Affairs of Maldives"),
        ("highcommission", "IND", "LKA", "High Commission of India in Sri Lanka"),
        # South Korea's presidential office left the Blue House in 2022: named as the office, the seat stays a place
        ("presidency", "KOR", None, "Office of the President of South Korea"),
        ("presidency", "USA", None, "White House"),
    ],
)
def test_kb_body_names(kb, key, code, host, name):
    assert kb.body_name(key, code, host) == name


@pytest.mark.parametrize(
    "key,code,host,place,name",
    [
        ("embassy", "GBR", "PER", "Lima", "Embassy of the United Kingdom in Lima"),
        ("highcommission", "IND", "LKA", "Colombo", "High Commission of India in Colombo"),
        ("embassy", "PER", "PER", "Cusco", "Embassy of Peru"),  # a city of its own state: no mission abroad
    ],
)
def test_kb_mission_names_with_the_city(kb, key, code, host, place, name):
    assert kb.body_name(key, code, host, place) == name


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Koulikoro", ("Koulikoro Region", "MLI")),
        ("région de Koulikoro", ("Koulikoro Region", "MLI")),
        ("Magway region", ("Magway Region", "MMR")),
        ("Nord", None),  # a name several states give a subdivision is left out
    ],
)
def test_kb_subdivisions(kb, text, expected):
    assert kb.subdivision(text) == expected


def test_kb_ambiguous_demonym_lists_every_state(kb):
    assert kb.demonym_codes("congolaises", "fr") == ["COD", "COG"]
    assert kb.demonym("congolais", "fr") == "COD"


def test_kb_credit_cues_and_continents(kb):
    assert "photo" in kb.credit_cues
    # continents are places (the real-news convention), no longer non-entities
    assert [e.name for e in kb.lookup("Afrique", "fr")] == ["Africa"] and "europe" not in kb.nonentities


def test_kb_org_canonical_names_are_surfaces(kb):
    # the French name column counts as a surface even when the list of French names omits it
    assert [e.code for e in kb.lookup("Autorité intergouvernementale pour le développement", "fr")] == ["IGAD"]
    assert {e.code for e in kb.lookup("RSF", "fr")} == {"RWB"} and kb.lookup("FSR", "fr")[0].code == "RSF"


def test_kb_duplicate_org_code_is_a_config_error(monkeypatch):
    from veille.analysis import kb as kbmod
    from veille.errors import ConfigError

    real = kbmod._read

    def doubled(name):
        rows = real(name)
        return rows + rows[:1] if name == "orgs.tsv" else rows

    monkeypatch.setattr(kbmod, "_read", doubled)
    kbmod.load.cache_clear()
    try:
        with pytest.raises(ConfigError, match="duplicate"):
            kbmod.load()
    finally:
        monkeypatch.undo()
        kbmod.load.cache_clear()


@pytest.mark.parametrize("code,parent", [("EEAS", "EU"), ("KFOR", "NATO"), ("OHCHR", "UN"), ("NATO", None)])
def test_kb_org_parent(kb, code, parent):
    assert kb.entry_for_code(code).parent == parent


@pytest.mark.parametrize(
    "text,expected", [("Kunar", ("Kunaṟ Province", "AFG")), ("Quang Ngai", ("Quảng Ngãi Province", "VNM"))]
)
def test_kb_subdivisions_in_extended_latin_script(kb, text, expected):
    assert kb.subdivision(text) == expected


@pytest.mark.parametrize(
    "text,lang,code",
    [
        ("Moroni", "fr", "COM"),
        ("Valletta", "en", "MLT"),
        ("Islamic Republic", "en", "IRN"),
        ("Chine nouvelle", "fr", "XINHUA"),
        ("Commission de l’océan Indien", "fr", "COI"),
    ],
)
def test_kb_small_capitals_aliases_and_orgs(kb, text, lang, code):
    assert code in {e.code for e in kb.lookup(text, lang)}


def test_kb_street_words(kb):
    assert {"avenue", "place", "rue"} <= kb.street_words


def test_kb_name_languages_and_the_policy_for_others(kb):
    assert kbmod.LANGS == ("fr", "en") and kbmod.CANONICAL in kbmod.LANGS
    assert kbmod.name_langs("fr") == ("fr",) and kbmod.name_langs("en") == ("en",)
    assert kbmod.name_langs("es") == kbmod.LANGS  # a language with no names of its own reads every language's
    assert [e.code for e in kb.lookup("Allemagne", "es")] == ["DEU"] == [e.code for e in kb.lookup("Germany", "es")]
    assert not kb.lookup("Allemagne", "en") and not kb.lookup("Germany", "fr")
    assert kb.demonym("allemand", "es") == "DEU" and kb.demonym("allemand", "en") is None
    assert set(kb.surfaces("es")) == set(kb.surfaces("fr")) | set(kb.surfaces("en"))


def test_kb_canonical_role_names_are_roles_of_the_canonical_language(kb):
    roles = {r.role for lg in kbmod.LANGS for hits in kb.roles[lg].values() for r, _ in hits}
    assert "prime minister" in roles
    assert kb.role("prime minister", kbmod.CANONICAL).role == "prime minister"


def test_kb_missing_file_is_a_data_file_error():
    from veille.errors import ConfigError, DataFileError

    with pytest.raises(DataFileError, match="build_kb") as err:
        kbmod._read("no-such-file.tsv")
    assert isinstance(err.value, ConfigError)


def test_kb_ecowas_french_name_without_the_article(kb):
    # "des États d’Afrique de l’Ouest" (no "l’" before Afrique) is ECOWAS, not the region West Africa inside it
    assert [e.code for e in kb.lookup("Communauté économique des États d’Afrique de l’Ouest", "fr")] == ["ECOWAS"]


@pytest.mark.parametrize(
    "name, codes",
    [
        ("official", {"GOV", "MIL", "COP"}),
        ("force", {"MIL", "COP"}),
        ("office", {"GOV", "MIL", "LEG", "JUD", "COP"}),
        ("organ", {"GOV", "MIL", "COP", "JUD"}),
        ("crowd", {"CVL", "OPP"}),
        ("no_side", {"MED", "BUS", "NGO", "EDU"}),
    ],
)
def test_kb_sectors_in_reads_the_classes_of_sectors_tsv(name, codes):
    assert kbmod.sectors_in(name) == codes


def test_kb_sectors_in_an_unknown_class_is_an_error():
    with pytest.raises(DataFileError, match="no sector of class 'officials'"):
        kbmod.sectors_in("officials")


def test_kb_every_sector_used_by_the_tables_is_listed():
    listed = set(kbmod.load().sectors)
    used = {a.sector for a in kbmod.actors() if a.sector} | set(kbmod.group_nouns().values())
    assert used <= listed
