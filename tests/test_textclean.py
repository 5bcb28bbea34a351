"""The plain-text cleaner on hand-written pages in several layouts (French and English)."""

from pathlib import Path

import pytest

from veille.config import Settings
from veille.extract.textclean import clean_text, find_dates, fold
from veille.lang.detect import detect

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _detect(text):
    return detect(text, Settings().languages)


def clean(text):
    return clean_text(text, source="test", detect=_detect)


#: A short invented article (a dockers' strike) the tests of one kind of page furniture put a line into, English and
#: French (test_textclean_quoted_teasers, _glyph_teasers, _comment_form_prompts).
TITLE = "Carvella port reopens after three-week strike"
INTRO = "The port of Carvella reopened on Monday morning after a three-week strike by dockers, its managers said."
AFTER = "Union leaders are due to meet the managers on Thursday to discuss pay and night shifts at the docks."
TITLE_FR = "Le port de Brévonne rouvre après trois semaines de grève"
INTRO_FR = "Le port de Brévonne a rouvert lundi après trois semaines de grève des dockers, a annoncé la direction."
AFTER_FR = "Les syndicats doivent rencontrer la direction jeudi pour discuter des salaires et des horaires de nuit."


FR_PREFIXED = """International

Séisme au Pérou : les secours fouillent les décombres à Arequipa

Les autorités redoutent un bilan plus lourd après la secousse de magnitude 6,8 survenue dans la nuit.

Par Claire Montel et Hugo Vasseur

Publié le 12/03/2024 à 10h15 Mis à jour le 12/03/2024 à 18h40

Les équipes de secours ont poursuivi toute la journée de mardi leurs recherches dans les quartiers anciens d’Arequipa, où plusieurs immeubles se sont effondrés pendant la nuit.

Selon la protection civile, au moins quarante personnes ont été blessées et une dizaine restent portées disparues, un chiffre qui pourrait encore évoluer.

Un habitant observe les ruines de sa maison à Arequipa, le 12 mars 2024 (AFP)

Lire aussi : Au Chili, la reconstruction après le séisme de 2010 n’est pas achevée

Le gouvernement a décrété l’état d’urgence dans trois provinces et promis une aide financière aux familles sinistrées avant la fin du mois.

Partager sur Facebook

Suivez-nous sur Twitter

© Le Quotidien du Sud 2024 Tous droits réservés
"""  # noqa: E501 (a page's text: one paragraph a line)

EN_SCRAPED = """Menu
Search

Harbour workers walk out over night-shift pay in Port Calder

By Daniel O'Reilly | Northern Ledger
Updated March 3, 2024 10:15 am

Dock workers at the Port Calder container terminal walked off the job on Saturday, halting the loading of three ships as a dispute over night-shift pay entered its second month.

"We are not asking for anything extraordinary," said union organiser Maria Lindqvist, adding that talks had stalled since January.

Striking workers gather outside the terminal gate on Saturday. Photo: Ledger staff / Reuters
Striking workers gather outside the terminal gate on Saturday. Photo: Ledger staff / Reuters

The terminal operator said it regretted the stoppage and remained open to mediation, but warned that delays could spread to rail freight by the middle of the week.

Read more: City council approves new ferry timetable

Leave a comment

7 + 2 =

We use cookies to improve your experience on our site. By continuing you agree to our cookie policy.
"""  # noqa: E501 (a page's text: one paragraph a line)

FR_SEED_LIKE = """Ambassador Hélène Ruiz and Minister Tomas Berg sign the agreement in Oslo, 4 March, 2024

Sophie Marchand

La Norvège et l’Espagne signent un accord sur la pêche en mer de Barents

« Cet accord protège nos pêcheurs et nos océans », a déclaré la ministre Inès Calvo lors d’une conférence de presse à Oslo, où les deux délégations se sont réunies pendant deux jours.

Les deux pays se sont engagés à partager leurs données scientifiques sur les stocks de cabillaud et à renforcer les contrôles conjoints dans les zones de pêche.

La ministre Inès Calvo s'exprime lors d'une conférence de presse à Oslo, le 4 mars 2024
La ministre Inès Calvo s’exprime lors d’une conférence de presse à Oslo, le 4 mars 2024

Les organisations de pêcheurs ont salué un texte « équilibré », tout en demandant des précisions sur le calendrier de mise en œuvre des quotas.

3 commentaires

Laisser un commentaire

12 − 5 =
"""  # noqa: E501 (a page's text: one paragraph a line)


def test_textclean_prefixed_layout_french():
    art = clean(FR_PREFIXED)
    assert art.title == "Séisme au Pérou : les secours fouillent les décombres à Arequipa"
    assert art.authors == ["Claire Montel", "Hugo Vasseur"]
    assert art.published == "2024-03-12"
    assert art.language == "fr"
    assert art.standfirst and art.standfirst.startswith("Les autorités redoutent")
    assert art.paragraphs[0] == art.standfirst
    body = art.body
    assert "Le gouvernement a décrété l’état d’urgence" in body
    for junk in ("Lire aussi", "Partager", "Suivez-nous", "©", "International", "Par Claire"):
        assert junk not in body
    assert art.captions == ["Un habitant observe les ruines de sa maison à Arequipa, le 12 mars 2024 (AFP)"]
    assert any("Tous droits réservés" in b for b in art.boilerplate)
    assert any(b.startswith("Lire aussi") for b in art.boilerplate)


def test_textclean_english_byline_duplicate_caption_and_widgets():
    art = clean(EN_SCRAPED)
    assert art.title == "Harbour workers walk out over night-shift pay in Port Calder"
    assert art.authors == ["Daniel O'Reilly"]
    assert art.published == "2024-03-03"
    assert art.language == "en"
    assert len(art.captions) == 1 and art.captions[0].startswith("Striking workers gather")
    body = art.body
    assert body.startswith("Dock workers at the Port Calder")
    assert "The terminal operator said it regretted" in body
    for junk in ("Menu", "Read more", "Leave a comment", "7 + 2 =", "cookies", "Striking workers"):
        assert junk not in body
    # every removed line is kept for audit
    for line in ("Menu", "Search", "Leave a comment", "7 + 2 ="):
        assert line in art.boilerplate


def test_textclean_foreign_caption_bare_byline_and_caption_date():
    art = clean(FR_SEED_LIKE)
    assert art.title == "La Norvège et l’Espagne signent un accord sur la pêche en mer de Barents"
    assert art.authors == ["Sophie Marchand"]
    assert art.language == "fr"
    # no date line: the latest date stated in a caption is used
    assert art.published == "2024-03-04"
    folded = [fold(c) for c in art.captions]
    assert len(art.captions) == 2
    assert fold("La ministre Inès Calvo s’exprime lors d’une conférence de presse à Oslo") in folded[1]
    assert folded[0].startswith("ambassador hélène ruiz")
    assert "3 commentaires" not in art.body and "12 − 5" not in art.body
    assert "Laisser un commentaire" in art.boilerplate
    assert art.body.startswith("« Cet accord protège")
    assert art.body.count("La ministre Inès Calvo s") == 0


def test_textclean_repeated_sentence_paragraph_is_kept_once_in_body():
    para = (
        "Le conseil municipal a voté mardi soir le budget de l’année, après quatre heures de débats "
        "souvent tendus entre la majorité et l’opposition."
    )
    art = clean(
        f"Budget voté à Lormont après un long débat\n\n{para}\n\n{para}\n\nLa séance a été levée à minuit, "
        "sans incident, et le prochain conseil se tiendra en avril selon le calendrier habituel."
    )
    assert art.body.count("Le conseil municipal a voté") == 1
    assert art.captions == []
    assert para in art.boilerplate


def test_textclean_hard_wrapped_lines_are_joined():
    text = (
        "Un titre assez long pour être un titre de presse\n\n"
        "La préfecture a annoncé lundi la fermeture provisoire du pont, dont les piles\n"
        "présentent des fissures découvertes lors d’une inspection de routine menée en février.\n"
    )
    art = clean(text)
    assert len(art.paragraphs) == 1
    assert "dont les piles présentent des fissures" in art.paragraphs[0]


def test_textclean_short_widget_words_do_not_remove_sentences():
    line = (
        "Share prices fell sharply in Tokyo on Monday after the central bank surprised investors with "
        "an early rate rise, the first in more than a decade."
    )
    art = clean(f"Markets tumble after surprise rate rise in Japan\n\n{line}")
    assert art.paragraphs == [line]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("le 9 avril 2025", ["2025-04-09"]),
        ("Tokyo, 9 April, 2025", ["2025-04-09"]),
        ("March 3, 2024 at noon", ["2024-03-03"]),
        ("Publié le 12/03/2024", ["2024-03-12"]),
        ("le 1er mai 2023 puis le 2023-06-30", ["2023-05-01", "2023-06-30"]),
        ("le 31 février 2024", []),
        ("en avril", []),
    ],
)
def test_textclean_find_dates(text, expected):
    assert [d.isoformat() for d in find_dates(text)] == expected


def test_textclean_us_numeric_dates_in_english():
    assert [d.isoformat() for d in find_dates("03/12/2024", month_first=True)] == ["2024-03-12"]
    assert [d.isoformat() for d in find_dates("03/12/2024")] == ["2024-12-03"]


def test_textclean_empty_and_title_only():
    assert clean_text("", source="x").paragraphs == []
    art = clean("Un seul paragraphe sans titre, qui dit tout ce qu’il y a à dire sur la réunion de ce soir au conseil.")
    assert art.paragraphs and art.title is None


@pytest.fixture
def seed_text():
    path = SHARED / "seed" / "seed-fr.txt"
    if not path.exists():
        pytest.skip(f"../shared not available ({path} missing): seed test skipped")
    return path.read_text(encoding="utf-8")


def test_textclean_seed_matches_gold(seed_text):
    import json

    gold = json.loads((SHARED / "gold" / "seed.json").read_text(encoding="utf-8"))
    art = clean(seed_text)
    assert art.language == gold["language"]
    assert art.title == gold["title"]
    assert art.authors == gold["authors"]
    assert art.published == gold["published"]
    body = fold(art.body)
    for fragment in gold["body"]["must_include"]:
        assert fold(fragment) in body
    for fragment in gold["body"]["must_exclude"]:
        assert fold(fragment) not in body
    for caption in gold["body"]["captions"]:
        assert sum(fold(caption) in fold(c) for c in art.captions) == 1


@pytest.mark.parametrize(
    "line,authors",
    [
        ("Par Jean Dupont", ["Jean Dupont"]),
        ("By RACHEL MONROE", ["Rachel Monroe"]),
        ("By Daniel O'Reilly | Northern Ledger", ["Daniel O'Reilly"]),
        ("Par Claire Montel et Hugo Vasseur", ["Claire Montel", "Hugo Vasseur"]),
        ("Amina Odhiambo, Nairobi", ["Amina Odhiambo"]),
        ("Par Hélène Vautrin (à Vienne)", ["Hélène Vautrin"]),
        ("Par la rédaction, avec agences", []),
        ("West Africa Desk", []),
        ("Jean-Marc de La Tour", ["Jean-Marc de La Tour"]),
        ("Le gouvernement a démissionné", None),
        ("Séisme au Japon", None),
    ],
)
def test_textclean_parse_byline(line, authors):
    from veille.extract.textclean import parse_byline

    assert parse_byline(line) == authors


def test_textclean_date_lines_widget_rows_breadcrumbs_and_credits():
    text = """Accueil > Monde > Afrique

Le Ghana inaugure un nouveau port en eau profonde à Keta

Par Kofi Mensah
10 févr. 2025 à 15:02 (heure de Paris)

Partager sur Facebook   Partager sur X   Envoyer par e-mail

Le président ghanéen a inauguré lundi le port en eau profonde de Keta, un chantier de quatre ans destiné à désengorger celui de Tema et à attirer le trafic des pays sahéliens.

Des grues déchargent un porte-conteneurs dans le port de Keta, lundi. (Ghana Ports/Handout)

Les autorités portuaires espèrent traiter un million de conteneurs par an d’ici à la fin de la décennie, selon le ministère des Transports.

Cet article a été modifié le 11 février 2025 pour corriger le nom d’un ministre.

Les plus consultés
Le cacao atteint un record historique à Londres
"""  # noqa: E501 (a page's text: one paragraph a line)
    art = clean(text)
    assert art.title == "Le Ghana inaugure un nouveau port en eau profonde à Keta"
    assert art.authors == ["Kofi Mensah"]
    assert art.published == "2025-02-10"
    assert art.captions == [
        "Des grues déchargent un porte-conteneurs dans le port de Keta, lundi. (Ghana Ports/Handout)"
    ]
    assert len(art.paragraphs) == 2
    for junk in ("Accueil", "Partager", "15:02", "a été modifié", "plus consultés", "cacao"):
        assert junk not in art.body


def test_textclean_site_name_above_headline_and_reader_comments():
    text = """The Harbour Gazette

Ferry operator cancels winter crossings after second engine failure in a month

By Nora Whitfield
Published 9:30 AM, March 4, 2025

(Photo by Ian Doyle/Getty Images)

The island's only ferry operator cancelled all winter crossings on Monday after a second engine failure in four weeks left hundreds of passengers stranded overnight.

Islanders said the decision would cut them off from hospital appointments on the mainland, and the council called an emergency meeting for Thursday evening.

3 Comments

Mike_1987 says: This has been coming for years and nobody in charge ever listened to us.

Reply

Sandra P. says: My mother missed her chemotherapy appointment because of the last cancellation.
"""  # noqa: E501 (a page's text: one paragraph a line)
    art = clean(text)
    assert art.title == "Ferry operator cancels winter crossings after second engine failure in a month"
    assert art.authors == ["Nora Whitfield"] and art.published == "2025-03-04"
    assert len(art.paragraphs) == 2
    assert "Mike_1987" not in art.body and "chemotherapy" not in art.body and "Getty" not in art.body
    assert (
        "Sandra P. says: My mother missed her chemotherapy appointment because of the last cancellation."
        in art.boilerplate
    )


def test_textclean_comment_count_in_header_does_not_cut_the_article():
    text = """Les éleveurs manifestent devant la préfecture de Guéret

Par Paul Lenoir
12 commentaires

Plusieurs centaines d’éleveurs ont manifesté lundi devant la préfecture de la Creuse pour dénoncer la baisse des prix du lait et le retard des aides promises par l’État.

Le préfet a reçu une délégation en fin de matinée et promis de transmettre leurs revendications au ministère de l’Agriculture avant la fin de la semaine.
"""  # noqa: E501 (a page's text: one paragraph a line)
    art = clean(text)
    assert len(art.paragraphs) == 2 and art.authors == ["Paul Lenoir"]
    assert "12 commentaires" in art.boilerplate


@pytest.mark.parametrize(
    "line,authors",
    [
        ("By The Associated Press", []),
        ("Par Marine Le Gall", ["Marine Le Gall"]),
        ("The Harbour Gazette", None),
        ("Harbour Courier Weekend Edition", None),  # a publication's edition
        ("Left Menu", None),  # a page's navigation label
        ("Menu principal", None),
        ("Par Marine Le Gall, édition du soir", ["Marine Le Gall"]),
    ],
)
def test_textclean_parse_byline_publications(line, authors):
    from veille.extract.textclean import parse_byline

    assert parse_byline(line) == authors


def test_textclean_link_lists_and_footer_after_the_article():
    text = """Storm closes mountain passes across the Pyrenees

By Lucas Ferrer
March 12, 2025

Heavy snow closed four mountain passes between France and Spain on Tuesday, stranding hundreds of lorries on both sides of the border as forecasters warned of more to come.

Road crews worked through the night to clear the main routes, and the authorities asked drivers to postpone any journey until Thursday at the earliest.

More from Europe
Floods cut power to thousands in northern Portugal
Rail strike disrupts commuters in Brussels
Avalanche risk raised to highest level in the Alps
Share this article
About us
Contact
The Valley Herald is published by Valley Media Group. Our journalists follow a strict code of editorial independence and accuracy.
"""  # noqa: E501 (a page's text: one paragraph a line)
    art = clean(text)
    assert len(art.paragraphs) == 2
    assert art.paragraphs[1].startswith("Road crews")
    for line in ("Floods cut power", "Rail strike", "Avalanche risk", "Valley Media Group"):
        assert line not in art.body
        assert any(line in b for b in art.boilerplate)


def test_textclean_a_short_list_inside_the_article_is_kept():
    text = """Government unveils three measures against rising rents

The housing minister presented on Monday a plan to slow the rise of rents in large cities, after a year in which they grew twice as fast as wages.

The plan has three parts:
- a cap on rent increases for new leases
- a tax credit for owners who renovate
- more inspectors to check listings

Tenant associations welcomed the cap but said the number of inspectors announced was far too low to make a difference.
"""  # noqa: E501 (a page's text: one paragraph a line)
    art = clean(text)
    assert "a cap on rent increases for new leases" in art.body
    assert art.paragraphs[-1].startswith("Tenant associations")


@pytest.mark.parametrize(
    "line,authors",
    [
        ("By South Asia correspondent Priya Raman", ["Priya Raman"]),
        ("Par notre envoyée spéciale Marie Lenoir", ["Marie Lenoir"]),
        ("By Mele Fifita in Port Vila", ["Mele Fifita"]),
        ("Par Jean Dupont, à Moscou", ["Jean Dupont"]),
        ("By Ana Costa, Lisbon", ["Ana Costa"]),
    ],
)
def test_textclean_parse_byline_roles_and_places(line, authors):
    from veille.extract.textclean import parse_byline

    assert parse_byline(line) == authors


def test_textclean_tickers_live_widgets_bios_credits_and_tags():
    text = """Markets: CAC +0.2% | EUR/USD 1.08 | Brent 82.10 USD
Monde  Afrique  Économie  Se connecter

DIRECT
Suivez notre direct

Le Sénégal et la Gambie rouvrent leur frontière commune après trois semaines de fermeture

12 mars 2025 à 09h30

Les deux pays ont rouvert mercredi matin leur frontière commune, fermée depuis trois semaines à la suite d’un différend sur les droits de transit des camions de marchandises.

Les transporteurs, qui bloquaient la route nationale depuis lundi, ont commencé à lever leurs barrages dans la matinée, selon des témoins joints par téléphone.

© A. Diallo — Des camions attendent au poste-frontière de Keur Ayib, le 11 mars 2025.

Mots-clés : Sénégal · Gambie · Transport
Cet article vous a-t-il été utile ? Oui / Non

(Reportage de Awa Ndiaye à Dakar et Lamin Jallow à Banjul ; édité par Paul Martin)
Awa Ndiaye est correspondante à Dakar depuis 2019.
"""  # noqa: E501 (a page's text: one paragraph a line)
    art = clean(text)
    assert art.title == "Le Sénégal et la Gambie rouvrent leur frontière commune après trois semaines de fermeture"
    assert art.authors == ["Awa Ndiaye", "Lamin Jallow"]
    assert art.published == "2025-03-12"
    assert art.captions == ["© A. Diallo — Des camions attendent au poste-frontière de Keur Ayib, le 11 mars 2025."]
    assert len(art.paragraphs) == 2
    for junk in ("Markets", "Se connecter", "DIRECT", "Suivez", "Mots-clés", "utile", "Reportage", "correspondante"):
        assert junk not in art.body


def test_textclean_captions_with_credits_below_after_and_in_teaser_lists():
    text = """Lisbon caps short-term rentals in its historic centre

by Joana Sousa, Lisbon correspondent
March 4, 2025 at 8:45 a.m.

Lisbon's city council voted on Tuesday to freeze new short-term rental licences in five historic districts, where holiday flats now outnumber long-term homes.

A tram climbs a street lined with holiday apartments in the Alfama district.
Image credit: Rui Matos for The Harbour Post

Landlords' associations said they would challenge the decision in court, arguing that it breached the rules under which their licences had been granted.

Residents protest outside the city hall on Monday. © Ana Pires

Published 2 hours ago
The rest of this article is for subscribers only. Already a subscriber? Sign in
"""  # noqa: E501 (a page's text: one paragraph a line)
    art = clean(text)
    assert art.authors == ["Joana Sousa"] and art.published == "2025-03-04"
    assert art.captions == [
        "A tram climbs a street lined with holiday apartments in the Alfama district.",
        "Residents protest outside the city hall on Monday. © Ana Pires",
    ]
    assert len(art.paragraphs) == 2
    for junk in ("Image credit", "8:45", "2 hours ago", "subscribers"):
        assert junk not in art.body


def test_textclean_a_lead_paragraph_over_a_photo_credit_stays_in_the_body():
    lead = (
        "Deux ingénieurs belges enlevés en mars dans le nord du Niger ont été libérés mardi soir et remis aux "
        "autorités de Niamey, a annoncé le ministère belge des Affaires étrangères, sans préciser les conditions "
        "de leur libération ni l’identité de leurs ravisseurs."
    )
    text = f"""Deux ingénieurs belges libérés au Niger

Par Claire Dumont

{lead}
Crédit photo : Ibrahim Sani / Agence Sahel

Leurs familles, qui avaient lancé un appel à leur libération en avril, ont exprimé leur soulagement dans un bref communiqué.
"""  # noqa: E501 (a page's text: one paragraph a line)
    art = clean(text)
    assert art.paragraphs[0] == lead and art.captions == []


@pytest.mark.parametrize("credit", ["(Belga)", "(AFP)", "(ATS)", "(Reuters)", "( Agence Nord )"])
@pytest.mark.parametrize("dateline", ["", " date 2024-05 "])
def test_textclean_a_wire_story_on_one_line_closed_by_its_agency_is_the_body(credit: str, dateline: str) -> None:
    story = (
        "Un incendie a détruit jeudi soir un entrepôt de la coopérative Valmorel à Hoeilaart. Les pompiers sont "
        "restés sur place toute la nuit pour éteindre les derniers foyers. Le parquet a désigné un expert pour "
        f"établir l'origine du feu. Personne n'a été blessé. {credit}"
    )
    art = clean(dateline + story)
    # the story is the body; its agency's credit is cut off it (stop 43: the real-news golds leave it out)
    assert art.paragraphs == [story[: -len(credit)].strip()] and art.captions == []
    assert credit in art.boilerplate


def test_textclean_a_caption_closed_by_an_agency_credit_stays_a_caption() -> None:
    caption = "Le maire Paul Verdier devant la mairie de Hoeilaart, jeudi. (Belga)"
    body = (
        "Le conseil communal de Hoeilaart a voté jeudi soir la fermeture de deux écoles du centre, une décision "
        "que les parents d'élèves ont aussitôt dénoncée. Les travaux de regroupement commenceront en septembre."
    )
    art = clean(f"Deux écoles fermées à Hoeilaart\n\n{caption}\n\n{body}\n")
    assert art.captions == [caption] and art.paragraphs == [body]


def test_textclean_language_data_is_merged_over_languages():
    from veille.extract import lexicon

    assert lexicon.month_first("en") and not lexicon.month_first("fr") and not lexicon.month_first(None)
    assert {"par", "by"} <= lexicon.words("byline_prefixes")  # French and English words apply to every text
    assert lexicon.boilerplate_patterns()[0][0] == "comment"  # patterns are tried in their order
    # an English widget in a French page and a French one in an English page are both removed
    art = clean_text(
        "Une longue phrase du corps de l'article qui suffit bien à faire un paragraphe entier ici.\n\n"
        "Share this article\n\nPartager cet article\n\n"
        "Une autre longue phrase du corps de l'article qui suffit bien à faire un paragraphe complet.",
        language="fr",
    )
    assert art.boilerplate == ["Share this article", "Partager cet article"]


# A page scraped onto one line, cut mid-sentence by the excerpt: prose, not a headline (E107 before).
ONE_LINE = (
    "Le conseil municipal de Valbourg a voté mardi soir le budget de la nouvelle médiathèque, après deux heures "
    "de débat. La maire, Odile Ferrant, a rappelé que le chantier devait commencer au printemps. L'opposition "
    "a dénoncé un projet trop coûteux et demandé une consultation des habitants, que la majorité a refusée pour"
)


@pytest.mark.parametrize(
    "page",
    [
        ONE_LINE,
        f"Valbourg : la médiathèque votée\n\n{ONE_LINE}",
        f"{ONE_LINE} (Rédigé par Léa Morin)",  # closed by a credit in parentheses
    ],
)
def test_textclean_long_prose_without_a_final_period_is_body(page):
    art = clean_text(page, source="test")
    assert any(p.startswith("Le conseil municipal de Valbourg") for p in art.paragraphs)
    assert art.title is None or art.title.startswith("Valbourg")


def test_textclean_a_headline_with_an_abbreviation_stays_a_headline():
    art = clean_text(
        "Gen. Tomas Reyes named to lead the northern command\n\n" + ONE_LINE.replace("pour", "pour le moment."),
        source="test",
    )
    assert art.title == "Gen. Tomas Reyes named to lead the northern command"


@pytest.mark.parametrize("stamp", ["2024-03-12", "date 2024-03", "Updated 2024-03-12"])
def test_textclean_a_date_stamp_glued_before_the_headline_is_set_apart(stamp):
    page = f" {stamp} Valbourg vote le budget de sa médiathèque\n\nValbourg vote le budget de sa médiathèque\n\n"
    art = clean_text(page + ONE_LINE + ".", source="test")
    assert art.title == "Valbourg vote le budget de sa médiathèque"
    assert stamp in art.boilerplate and not art.captions  # the headline printed twice is no caption


def test_textclean_a_caption_printed_twice_above_the_headline_is_still_a_caption():
    caption = "La maire de Valbourg devant le chantier, en mars 2024 (archives)"
    page = f"{caption}\n\nValbourg vote le budget de sa médiathèque\n\n{ONE_LINE}.\n\n{caption}\n"
    art = clean_text(page, source="test")
    assert art.captions == [caption] and art.title == "Valbourg vote le budget de sa médiathèque"


@pytest.mark.parametrize(
    "line",
    [
        "Join thought-provoking conversations with other Valbourg Gazette readers",
        "Comments are moderated and may take a few hours to appear.",
        "Your support keeps the Valbourg Gazette free for everyone.",
        "Content will continue after the ad",
        "This article is more than 3 years old",
        "Vous venez de publier un commentaire et nous vous en remercions.",
        "« Mon commentaire n’a pas été publié depuis trois jours »",
        "Veuillez noter que la Gazette de Valbourg ne cautionne pas les opinions exprimées ici.",
        "Veuillez noter que cet article, paru en mars 2015, décrit une situation qui n’est plus la même.",
        "Soutenez-nous : votre don finance une rédaction indépendante.",
        "20",
        "—",
        "#Actualités",
    ],
)
def test_textclean_appeals_moderation_notices_and_stray_symbols_are_boilerplate(line):
    art = clean_text(f"Valbourg vote le budget de sa médiathèque\n\n{ONE_LINE}.\n\n{line}\n\n{ONE_LINE}.", source="t")
    assert line in art.boilerplate and line not in art.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said the support of the region had been decisive for the project, which will open in 2026.",
        "Les commentaires du ministre ont été vivement critiqués par l'opposition, qui réclame une enquête.",
    ],
)
def test_textclean_sentences_about_support_or_comments_stay_in_the_body(line):
    art = clean_text(f"Valbourg vote le budget de sa médiathèque\n\n{ONE_LINE}.\n\n{line}", source="t")
    assert line in art.paragraphs


def test_textclean_an_ap_file_photo_caption_is_a_caption():
    caption = "FILE - Workers repair the Valbourg bridge, Tuesday, March 12, 2024, in Valbourg."
    art = clean_text(f"Valbourg bridge reopens\n\n{caption}\n\n{ONE_LINE}.", source="t")
    assert art.captions == [caption]


def test_textclean_credit_after_answers_as_the_pattern_search():
    import random

    from veille.extract.textclean.captions import CREDIT_AFTER, credit_after

    cases = [
        "Flooded fields near Dunmore on Tuesday, after the storm. © Ilse Varga",
        "Volunteers clear the road outside Kestrel Bay. (Photo: Tomas Reyes)",
        "Volunteers clear the road outside Kestrel Bay. (photo Tomas Reyes)",
        "La place du marché de Valbrune, samedi matin. © O. Serrat / Studio Nord",
        "Short. © A",
        "- — A line with a dash first, then enough words here. (Agence Lune)\n",
        "A first line without credit.\nA second line that ends with a credit. © Ben Ode",
        "Le maire a parlé longtemps (et sans notes)",
        "",
    ]
    rng = random.Random(17)
    alphabet = "ab Z.!?©()\n:-'" + "é"
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 70))) for _ in range(3000)]
    cases += [c + ")" for c in cases[-500:]]
    for text in cases:
        assert credit_after(text) == bool(CREDIT_AFTER.search(text)), text
    assert credit_after(cases[0]) and not credit_after(cases[7])
