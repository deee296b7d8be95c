#!/usr/bin/env python3
"""Generate the demo school "OBS De Linde" as a school-history/1 file.

Re-run from the repository root (Python 3, standard library only):

    python3 tools/make_demo_school.py

It rewrites src/main/resources/demo/demo-school.json. The output is deterministic
(fixed random seed), so re-running without edits gives the same file byte for byte.
Before writing, the script checks every reference rule of the format; afterwards it
prints the per-leader signals over the last 12 weeks, so you can see that the four
leaders behave differently.

The calendar: 24 weeks of weekly board sessions, the newest in the week of
2026-11-23. The app shifts all dates on import by whole weeks so that week becomes last
week, whatever the weekday: the demo looks the same every day. The dates here are only
relative (no school holidays are modelled).

Who is who:
  l1  Keyplayer-like: nearly always there, leads most sessions, hands out actions.
  l2  Teamplayer-like and school coach: there about two of three times, lets
      teachers lead, asks and shares a lot, writes the vision with teachers.
  l3  Facilitator-like: seldom there, hears how things go from the coach updates.
  l4  New leader: follows only "Kernteam Rekenen", a team that started four weeks
      ago, so there are too few sessions to infer a pattern.
"""

import json
import random
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

SEED = 20261123
FIRST_MONDAY = date(2026, 6, 15)      # Monday of week 0
WEEKS = 24                            # weeks 0..23; week 23 starts on 2026-11-23
REFERENCE_DAY = date(2026, 11, 27)    # "today" for overdue actions and the summary
# The app moves week 23 to last week, so a visitor is always in week 24. Open actions are
# never due in that week: whether they are overdue must not depend on the weekday of the visit.
VISITOR_WEEK = date(2026, 11, 30)
WINDOW_WEEKS = 12
OUT = Path(__file__).resolve().parent.parent / "src/main/resources/demo/demo-school.json"

rng = random.Random(SEED)


def reseed(part):
    """Each part of the history draws from its own seeded stream, so editing the
    content of one part does not reshuffle the others."""
    rng.seed(f"{SEED}-{part}")


def monday(week):
    return FIRST_MONDAY + timedelta(weeks=week)


def iso(d):
    return d.isoformat()


# ---------------------------------------------------------------------------------
# People. Email is the lowercase first name at linde.example.
# ---------------------------------------------------------------------------------
PEOPLE = [
    # Groep 1-2
    ("t1", "Anouk de Vries", ["TEACHER"]),
    ("t2", "Marieke Bakker", ["TEACHER"]),
    ("t3", "Sanne Visser", ["TEACHER"]),
    ("t4", "Ilse Jansen", ["TEACHER"]),
    ("t5", "Femke de Boer", ["TEACHER"]),
    ("t6", "Joyce Mulder", ["TEACHER"]),
    # Groep 3-4 (plus school coach c1)
    ("t7", "Lotte Smit", ["TEACHER"]),
    ("t8", "Esther Meijer", ["TEACHER"]),
    ("t9", "Ruben de Groot", ["TEACHER"]),
    ("t10", "Hanneke Bos", ["TEACHER"]),
    ("t11", "Sabine Vos", ["TEACHER"]),
    ("t12", "Wendy Peters", ["TEACHER"]),
    # Groep 5-6
    ("t13", "Daan van Dijk", ["TEACHER"]),
    ("t14", "Nicole Kok", ["TEACHER"]),
    ("t15", "Eline Jacobs", ["TEACHER"]),
    ("t16", "Thijs van Leeuwen", ["TEACHER"]),
    ("t17", "Mirjam Dekker", ["TEACHER"]),
    ("t18", "Bart Brouwer", ["TEACHER"]),
    ("t19", "Petra de Wit", ["TEACHER"]),
    ("t20", "Linda Dijkstra", ["TEACHER"]),
    # Groep 7-8 (plus school coach c2)
    ("t21", "Jeroen Smits", ["TEACHER"]),
    ("t22", "Maaike de Graaf", ["TEACHER"]),
    ("t23", "Sander van der Meer", ["TEACHER"]),
    ("t24", "Yvonne Koster", ["TEACHER"]),
    ("t25", "Fatima El Amrani", ["TEACHER"]),
    # School coaches: teachers trained as internal coach
    ("c1", "Karin Hendriks", ["TEACHER", "COACH"]),
    ("c2", "Rik Willems", ["TEACHER", "COACH"]),
    # School leaders
    ("l1", "Monique van den Berg", ["LEADER"]),
    ("l2", "Erik Verhoeven", ["LEADER", "COACH"]),
    ("l3", "Carla Huisman", ["LEADER"]),
    ("l4", "Tom Prins", ["LEADER"]),
    # Administration
    ("a1", "Ingrid Post", ["ADMIN"]),
]
ROLES = {key: roles for key, _, roles in PEOPLE}
NAMES = {key: name for key, name, _ in PEOPLE}
LEADERS = [key for key, _, roles in PEOPLE if "LEADER" in roles]

# ---------------------------------------------------------------------------------
# Teams: weekday of the session (0 = Monday), the week the team started, cancelled
# weeks with their reason, and weeks without any record (a gap the coach sees).
# ---------------------------------------------------------------------------------
TEAMS = [
    dict(key="groep12", name="Groep 1-2", weekday=0, first_week=0,
         members=["t1", "t2", "t3", "t4", "t5", "t6"], leaders=["l1", "l3"],
         cancelled={14: "Studiedag", 21: "Veel zieken in het team"}, gaps=set()),
    dict(key="groep34", name="Groep 3-4", weekday=1, first_week=0,
         members=["t7", "t8", "t9", "t10", "t11", "t12", "c1"], leaders=["l1"],
         cancelled={6: "Ouderavond", 17: "Tien-minutengesprekken"}, gaps=set()),
    dict(key="groep56", name="Groep 5-6", weekday=3, first_week=0,
         members=["t13", "t14", "t15", "t16", "t17", "t18", "t19", "t20"], leaders=["l2", "l3"],
         cancelled={4: "Schoolreis", 19: "Studiedag"}, gaps=set()),
    dict(key="groep78", name="Groep 7-8", weekday=2, first_week=0,
         members=["t21", "t22", "t23", "t24", "t25", "c2"], leaders=["l2", "l3"],
         cancelled={11: "Studiedag"}, gaps={15, 16}),
    # A small cross-team group that began four weeks ago; the new leader l4 follows it.
    dict(key="rekenen", name="Kernteam Rekenen", weekday=1, first_week=20,
         members=["t17", "t3", "t9", "t13", "t23"], leaders=["l4"],
         cancelled={}, gaps=set()),
]
SCHOOL_COACHES = ["c1", "c2"]
TEAM = {t["key"]: t for t in TEAMS}

# How each leader behaves in the sessions of the teams they follow.
#   attend: share of held sessions attended (PRESENT or PARTIAL)
#   partial: how many attended sessions per half (12 weeks) are only PARTIAL
#   lead: share of the sessions attended in full that the leader leads
#   comment_chance: chance of a comment in an attended session (l2 also always makes
#       one); None means the remarks are placed by week instead (L1_/L3_COMMENTS)
LEADER_BEHAVIOUR = {
    "l1": dict(attend=0.95, partial=0, lead=0.75, comment_chance=None),
    "l2": dict(attend=0.72, partial=2, lead=0.08, comment_chance=0.25),
    "l3": dict(attend=0.22, partial=1, lead=0.0, comment_chance=None),
    "l4": dict(attend=1.0, partial=0, lead=None, comment_chance=0.6),  # opens the new team
}

# ---------------------------------------------------------------------------------
# Board content. Weeks are 0..23; a card lands on the team's session nearest that
# week at which its author was there. Author "T" means: a teacher of the team who
# was present. In the teams of l1 she writes many ideas herself and creates most
# actions; in the teams of l2 the ideas mostly come from teachers.
# ---------------------------------------------------------------------------------
GOALS = [
    dict(key="g1", team="groep12", title="Kleuters werken zelfstandig met het planbord",
         measure="% kleuters dat 20 minuten zelfstandig werkt (observatie speelwerkuur)",
         target=80, start=45, first_week=0, every=1, decimals=0),
    dict(key="g2", team="groep12", title="Klankbewustzijn in groep 2",
         measure="% leerlingen groep 2 dat de geoefende klanken herkent",
         target=90, start=58, first_week=6, every=2, decimals=0),
    dict(key="g3", team="groep34", title="Vlotter lezen in groep 3 en 4",
         measure="gemiddeld aantal goed gelezen woorden per minuut (leestoets groep 4)",
         target=60, start=41, first_week=0, every=2, decimals=0),
    dict(key="g4", team="groep34", title="Rustige start na de pauze",
         measure="% dagen waarop iedereen binnen 3 minuten aan het werk is",
         target=90, start=50, first_week=4, every=1, decimals=0),
    dict(key="g5", team="groep56", title="Tafels 1 tot en met 10 geautomatiseerd",
         measure="% leerlingen dat de tafeltoets haalt (3 seconden per som)",
         target=85, start=48, first_week=0, every=1, decimals=0),
    dict(key="g6", team="groep56", title="Begrijpend lezen: strategieën echt gebruiken",
         measure="gemiddelde score (1-10) op de wekelijkse leestekst",
         target=7.5, start=6.0, first_week=2, every=2, decimals=1),
    dict(key="g7", team="groep78", title="Leerlingen plannen hun weektaak zelf",
         measure="% leerlingen dat de weektaak op vrijdag af heeft",
         target=85, start=58, first_week=0, every=1, decimals=0),
    dict(key="g8", team="groep78", title="Stem van de leerling: exit tickets",
         measure="aantal lessen per week afgesloten met een exit ticket",
         target=10, start=2, first_week=8, every=1, decimals=0),
    dict(key="g9", team="rekenen", title="Elke dag automatiseren in groep 3 tot en met 8",
         measure="aantal groepen (van 6) dat dagelijks 10 minuten automatiseert",
         target=6, start=2, first_week=20, every=1, decimals=0),
]

# (week, author, status, idea text, action title when ADOPTED)
IDEAS = {
    "groep12": [
        (1, "l1", "ADOPTED", "Planbord met pictogrammen in alle kleutergroepen",
         "Pictogrammen voor het planbord maken en ophangen"),
        (2, "T", "ADOPTED", "Ik-ben-klaar-kaart, zodat kleuters niet op de juf hoeven te wachten",
         "Ik-ben-klaar-kaarten ontwerpen en uitproberen in 1/2b"),
        (4, "l1", "ADOPTED", "Elke ochtend vijf minuten klankspel in de kring",
         "Klankspelletjes voor de kring verzamelen in één map"),
        (5, "l1", "DROPPED", "Elke week de klankkennis toetsen", None),
        (7, "l1", "ADOPTED", "Observaties direct in het leerlingvolgsysteem zetten in plaats van op papier",
         "Korte instructie observeren en registreren plannen"),
        (9, "T", "ADOPTED", "Timetimer gebruiken bij het opruimen",
         "Timetimers bestellen voor alle kleutergroepen"),
        (10, "T", "PARKED", "Tweede huishoek inrichten als winkel om te rekenen", None),
        (12, "T", "ADOPTED", "Ouders uitnodigen voor een inloopochtend met een leesactiviteit",
         "Inloopochtend 'samen lezen' organiseren"),
        (15, "l1", "ADOPTED", "Vaste plek en tijd voor de kleine kring met risicolezers",
         "Rooster voor de kleine kring in groep 2 opstellen"),
        (17, "l1", "PARKED", "Portfolio's van de kleuters digitaal maken", None),
        (19, "l1", "ADOPTED", "Overdracht naar groep 3 starten met een gezamenlijke speelochtend",
         "Speelochtend groep 2 en groep 3 voorbereiden"),
        (21, "T", "NEW", "Buitenspelen gebruiken voor tel- en meetactiviteiten", None),
        (22, "T", "NEW", "Prentenboek van de week ook mee naar huis geven", None),
    ],
    "groep34": [
        (1, "l1", "ADOPTED", "Elke dag tien minuten duo-lezen direct na de pauze",
         "Leesduo's indelen voor groep 3 en 4"),
        (2, "T", "ADOPTED", "Vaste startopdracht op het bord na de pauze",
         "Startopdrachten voor vier weken voorbereiden"),
        (4, "l1", "ADOPTED", "Tafels van 1, 2, 5 en 10 dagelijks oefenen met een liedje",
         "Tafelliedjes kiezen en een oefenrooster maken"),
        (5, "T", "DROPPED", "Spelling alleen nog digitaal laten oefenen op de tablet", None),
        (7, "l1", "ADOPTED", "Gelezen boeken bijhouden op een leesmuur in de gang",
         "Leesmuur in de gang inrichten"),
        (9, "T", "ADOPTED", "Rustige hoek met koptelefoons voor wie veel prikkels ervaart",
         "Rustige hoek inrichten in groep 4"),
        (11, "l1", "ADOPTED", "Leesouders inzetten op dinsdag en donderdag",
         "Leesouders werven via de nieuwsbrief"),
        (13, "T", "PARKED", "Groep 4 als leesmaatje voor groep 3", None),
        (14, "l1", "ADOPTED", "Na elke les kort terugkijken met duim omhoog of omlaag",
         "Duimpjes-evaluatie een maand uitproberen"),
        (16, "T", "ADOPTED", "Stilleesmoment met een eigen boek uit de bibliotheek",
         "Boekenkisten bij de bibliotheek ophalen"),
        (18, "l1", "ADOPTED", "Extra leesmoment met de intern begeleider voor vijf risicolezers",
         "Leesmoment met de intern begeleider inroosteren"),
        (20, "l1", "NEW", "Vaste lesopbouw met het directe instructiemodel in elke les", None),
        (22, "T", "NEW", "Zelfgemaakte boekjes van groep 3 in de schoolbibliotheek zetten", None),
    ],
    "groep56": [
        (1, "T", "ADOPTED", "Tafeldictee van één minuut aan het begin van de rekenles",
         "Tafeldictees voor zes weken maken"),
        (3, "T", "ADOPTED", "Tafelkampioenen uit groep 6 oefenen met groep 5",
         "Tutorrooster tafels groep 6 voor groep 5"),
        (5, "T", "DROPPED", "Tafels als huiswerk via een app", None),
        (6, "l2", "ADOPTED", "Bij begrijpend lezen eerst hardop voordoen hoe je voorspelt",
         "Voorbeeld van hardop denken opnemen en delen"),
        (8, "T", "ADOPTED", "Leestekst van de week kiezen bij het thema van wereldoriëntatie",
         "Teksten bij het thema 'water' verzamelen"),
        (10, "T", "PARKED", "Klokkijken koppelen aan het dagritme op het bord", None),
        (11, "T", "ADOPTED", "Breukenstroken van karton maken met de kinderen",
         "Breukenstroken maken voor beide groepen"),
        (13, "l2", "PARKED", "Eens per maand samen een les ontwerpen met groep 7-8", None),
        (14, "T", "ADOPTED", "Leerlingen geven na de leesles een cijfer voor hun eigen begrip",
         "Exit-kaartje voor begrijpend lezen ontwerpen"),
        (16, "T", "ADOPTED", "Instructietafel voor verlengde instructie rekenen",
         "Verlengde instructie rekenen inroosteren"),
        (18, "T", "ADOPTED", "Leerlingen kiezen om de beurt de leestekst van de week",
         "Keuzelijst met leesteksten voor leerlingen maken"),
        (20, "l2", "NEW", "Leerlingen zelf laten kiezen welke leesstrategie ze oefenen", None),
        (22, "T", "NEW", "Leeshoek opknappen met kussens en nieuwe strips", None),
    ],
    "groep78": [
        (1, "T", "ADOPTED", "Weektaak met een planningsblad waarop leerlingen zelf afvinken",
         "Planningsblad voor de weektaak ontwerpen"),
        (3, "T", "DROPPED", "Telefoons bij binnenkomst in een bak", None),
        (5, "T", "ADOPTED", "Exit ticket van drie vragen na de instructie",
         "Exit tickets voor rekenen en taal maken"),
        (7, "l2", "ADOPTED", "Oud-leerlingen laten vertellen over de middelbare school",
         "Drie oud-leerlingen benaderen voor een vragenuur"),
        (9, "T", "ADOPTED", "Kindgesprekken van vijf minuten over de weektaak",
         "Kindgesprekken over de weektaak inplannen"),
        (10, "T", "PARKED", "Kamp groep 8 voorbereiden met een leerlingencommissie", None),
        (12, "T", "ADOPTED", "Teksten van de doorstroomtoets oefenen in tweetallen",
         "Oefenteksten doorstroomtoets verzamelen"),
        (14, "T", "ADOPTED", "Vaste momenten waarop een leerling de rekenuitleg geeft",
         "Rooster maken voor uitleg door leerlingen"),
        (18, "l2", "NEW", "Uitkomsten van de exit tickets bespreken in de bordsessie", None),
        (19, "T", "ADOPTED", "Planningsmaatje uit groep 8 voor wie in groep 7 vastloopt",
         "Planningsmaatjes koppelen"),
        (21, "T", "NEW", "Leerlingenpanel dat eens per maand meedenkt over de lessen", None),
    ],
    "rekenen": [
        (20, "T", "ADOPTED", "Tien minuten automatiseren per dag in alle groepen vanaf groep 3",
         "Automatiseerrooster per groep afspreken"),
        (21, "l4", "NEW", "Rekenmuur in de hal die de doorgaande lijn laat zien", None),
        (21, "T", "ADOPTED", "Overzicht van alle rekenspellen in de school",
         "Rekenspellen inventariseren"),
        (23, "T", "NEW", "Rekencoördinator bezoekt in elke groep een rekenles", None),
    ],
}

# Actions that do not come from an idea: (week, created by, owner, title).
# "T" = a teacher present at that session.
ACTIONS = {
    "groep12": [
        (2, "l1", "T", "Observatielijst zelfstandig werken invullen voor alle kleuters"),
        (6, "l1", "T", "Lijst met risicolezers van groep 2 naar de intern begeleider"),
        (8, "T", "T", "Thematafel voor het nieuwe thema inrichten"),
        (11, "l1", "l1", "Afspraak maken met de logopedist over de screening"),
        (13, "l1", "T", "Ouderbrief over de inloopochtend schrijven"),
        (16, "T", "T", "Materiaal voor meten en wegen aanvullen"),
        (18, "l1", "T", "Overdrachtsformulieren groep 2 invullen"),
        (22, "l1", "T", "Resultaten klankenmeting op het bord zetten"),
    ],
    "groep34": [
        (3, "l1", "T", "AVI-boekjes sorteren op niveau"),
        (5, "l1", "T", "Leesresultaten groep 3 in het overzicht zetten"),
        (8, "T", "T", "Spellingcategorieën van deze maand op de muur"),
        (10, "l1", "T", "Tafelkaarten van 2, 5 en 10 printen en lamineren"),
        (12, "l1", "T", "Rooster voor de leesouders maken"),
        (15, "l1", "l1", "Gesprekken plannen met ouders van kinderen met een leesachterstand"),
        (19, "l1", "T", "Nieuwe leesboeken voor groep 4 uitzoeken en bestellen"),
        (21, "l1", "T", "Startopdrachten na de gymles aanpassen"),
        (23, "l1", "T", "Leestoets groep 4 afnemen en verwerken"),
    ],
    "groep56": [
        (2, "T", "T", "Tafeltoets afnemen en uitslag in de meetlat zetten"),
        (7, "T", "T", "Oefenteksten begrijpend lezen van vorig jaar opzoeken"),
        (9, "T", "l2", "Onderwijsassistent vragen voor woensdagochtend"),
        (12, "T", "T", "Map met exit-kaartjes bijhouden"),
        (15, "l2", "l2", "Lesbezoeken bij elkaar plannen rond hardop denken"),
        (17, "T", "T", "Tafelkaart voor ouders maken"),
        (21, "T", "T", "Klassenvergadering groep 6 voorbereiden met de leerlingen"),
        (23, "T", "T", "Uitslag tafeltoets bespreken met de tutors"),
    ],
    "groep78": [
        (2, "T", "T", "Planning adviesgesprekken groep 8 rondsturen"),
        (6, "T", "T", "Resultaten exit tickets per week verzamelen"),
        (8, "T", "l2", "Bus regelen voor het bezoek aan het voortgezet onderwijs"),
        (7, "T", "T", "Werk klaarzetten voor de zieke leerlingen"),
        (14, "T", "T", "Extra instructie procenten voorbereiden"),
        (18, "l2", "l2", "Voorlichtingsavond voortgezet onderwijs in de nieuwsbrief zetten"),
        (20, "T", "c2", "Aanpak uitleg-door-leerling laten zien in groep 5-6"),
        (22, "T", "T", "Kampcommissie samenstellen"),
    ],
    "rekenen": [
        (21, "l4", "l4", "Afspraak plannen met de adviseur van de rekenmethode"),
        (22, "T", "T", "Voorstel doorgaande lijn tafels op papier zetten"),
    ],
}

DROPPED_ACTIONS = {
    "Materiaal voor meten en wegen aanvullen",
    "Spellingcategorieën van deze maand op de muur",
    "Oefenteksten begrijpend lezen van vorig jaar opzoeken",
    "Resultaten exit tickets per week verzamelen",
}

# Statuses chosen by hand where the story needs them (a celebrated success, a remark);
# every other action gets its status from its age, see action_status().
STATUS_BY_HAND = {
    "Tafelkaart voor ouders maken": "DONE",
    "Verlengde instructie rekenen inroosteren": "IN_PROGRESS",
    "Boekenkisten bij de bibliotheek ophalen": "DONE",
}

# (week, author, text). Author "T" = a teacher present at that session.
SUCCESSES = {
    "groep12": [
        (3, "T", "Het planbord hangt in alle drie de kleutergroepen."),
        (5, "T", "Kringgesprek over de seizoenen: iedereen kwam aan de beurt."),
        (7, "l1", "Klankspel 'wat hoor je eerst?' is de favoriet van groep 2."),
        (9, "T", "Nieuwe instromer zei haar eerste Nederlandse zinnetje in de kring."),
        (11, "T", "Alle kleuters van 1/2a ruimden binnen vijf minuten op."),
        (13, "T", "Ouders brachten nieuwe verkleedkleren voor de huishoek."),
        (15, "T", "Eerste inloopochtend: 22 ouders lazen mee."),
        (16, "T", "Zelfstandig werken twintig minuten volgehouden in 1/2c."),
        (18, "l1", "De logopedist is positief over de klankspelletjes."),
        (19, "T", "Een kleuter legde zelf het planbord uit aan een nieuw kind."),
        (22, "T", "Yara herkent nu alle klanken van haar naam."),
        (23, "T", "De kleine kring met risicolezers loopt twee keer per week."),
    ],
    "groep34": [
        (2, "T", "Groep 3 leest de eerste korte zinnen hardop voor."),
        (9, "l1", "Groep 4 kent de tafels van 2, 5 en 10 bijna allemaal."),
        (8, "T", "Na de pauze binnen drie minuten rustig aan de startopdracht."),
        (10, "T", "Duo-lezen: twee stille lezers lazen voor aan de hele groep."),
        (11, "T", "Het tafelliedje van 5 wordt zelfs op het plein gezongen."),
        (13, "T", "Vijf nieuwe leesouders aangemeld."),
        (14, "T", "De leesmuur telt al 120 gelezen boeken."),
        (15, "T", "Rustige hoek werkt: minder boze buien in groep 4."),
        (16, "T", "Spellingdictee groep 4: gemiddeld twee fouten minder."),
                (20, "l1", "Leesplezier-peiling: 21 van de 26 kinderen lezen graag."),
        (21, "T", "Boekenkisten uit de bibliotheek worden grijsgelezen."),
        (21, "T", "Groep 3 schreef en tekende een eigen boekje."),
    ],
    "groep56": [
        (2, "T", "Tafeldictee: zes kinderen hadden alles goed."),
        (4, "T", "De tutors uit groep 6 krijgen complimenten van groep 5."),
        (7, "T", "Rustige start na het buitenspelen, drie dagen op rij."),
        (9, "l2", "Mooie les met hardop denken, gedeeld met het hele team."),
        (10, "T", "Tafeltoets: twaalf kinderen beheersen er een tafel bij."),
        (12, "T", "Twee collega's van groep 7-8 kwamen kijken bij de breukenles."),
        (15, "T", "De tafel van 7 zit er bij de helft van groep 5 in."),
        (15, "T", "Gemiddelde score op de leestekst voor het eerst boven de 7."),
        (16, "T", "Exit-kaartjes worden zonder mopperen ingevuld."),
        (20, "T", "Ouders enthousiast over de tafelkaart."),
        (21, "T", "Leerlingen kozen zelf de leestekst over de Waddenzee."),
        (22, "T", "Groep 6 bedacht zelf de agenda voor de klassenvergadering."),
    ],
    "groep78": [
        (4, "T", "Planningsblad is af en wordt al gebruikt."),
        (4, "T", "Alle adviesgesprekken van groep 8 zijn ingepland."),
        (9, "T", "Exit tickets laten bij rekenen een duidelijke groei zien."),
        (11, "l2", "Oud-leerlingen vertelden over de brugklas; er kwamen veel vragen."),
        (12, "T", "Kindgesprekken: iedereen heeft een eigen leerdoel op papier."),
        (13, "T", "Bezoek aan het voortgezet onderwijs verliep soepel."),
        (14, "T", "Oefenteksten in tweetallen: veel discussie, weinig stilte."),
        (17, "T", "Sem legde breuken beter uit dan het boek."),
        (18, "T", "Procenten: na de extra instructie haalde 80% de toets."),
        (19, "T", "Weektaak: 22 van de 27 leerlingen hadden alles af op vrijdag."),
        (21, "T", "Groep 8 hielp mee op de sportdag van de kleuters."),
        (23, "T", "Vijf leerlingen willen in de kampcommissie."),
    ],
    "rekenen": [
        (20, "T", "Eerste sessie: iedereen kwam met een voorbeeld uit de eigen groep."),
        (23, "T", "De tafelkaarten van groep 5-6 worden nu ook in groep 4 gebruikt."),
    ],
}

# Comments: (kind, text[, not before week]), in rough story order. Kinds: Q = QUESTION,
# I = IDEA, C = COMMENT. The optional week keeps a remark after what it is about.
# Teachers' comments each land on one held session.
TEACHER_COMMENTS = {
    "groep12": [
        ("Q", "Wie heeft nog ideeën voor de hoek bij het nieuwe thema?"),
        ("C", "De pictogrammen werken, alleen 'opruimen' snappen ze nog niet.", 4),
        ("Q", "Doen we de klankspelletjes ook in groep 1, of alleen in groep 2?", 5),
        ("I", "De ik-ben-klaar-kaart kan ook bij de werkjes aan tafel.", 3),
        ("C", "Drie kinderen in 1/2b vinden afscheid nemen 's ochtends nog lastig."),
        ("Q", "Wanneer komt de logopedist weer screenen?"),
        ("I", "Klanken koppelen aan gebaren, dat helpt de stillere kinderen."),
        ("C", "Nieuwe instromer in 1/2c; ze spreekt nog weinig Nederlands."),
        ("Q", "Hoe leggen jullie observaties bij het buitenspelen vast?", 8),
        ("C", "De timetimer helpt: opruimen duurt nu nog vijf minuten.", 12),
        ("I", "Een fotoboekje van de inloopochtend voor ouders die er niet waren.", 16),
        ("C", "Ouders reageren enthousiast op de leesactiviteit.", 15),
        ("C", "De kleine kring lukt op dinsdag niet door de gymles.", 17),
        ("I", "Zet het prentenboek van de week op het bord bij de ingang."),
        ("Q", "Hebben we genoeg materiaal om te meten met de kleuters?"),
        ("C", "Zelfstandig werken gaat beter sinds het planbord op ooghoogte hangt.", 6),
        ("Q", "Wie wil volgende week de sessie leiden?"),
    ],
    "groep34": [
        ("C", "Duo-lezen na de pauze geeft rust; de kinderen vragen er zelf om.", 2),
        ("Q", "Hoe lang laten we de startopdracht duren? Tien minuten lijkt te lang.", 3),
        ("Q", "Kunnen we de tafelliedjes ook naar de ouders sturen?", 5),
        ("C", "Vier kinderen in groep 3 kennen de klanken van deze kern nog niet."),
        ("I", "Tel de gelezen boeken per groep in plaats van per kind.", 8),
        ("Q", "Is er budget voor nieuwe AVI-boekjes?"),
        ("C", "De rustige hoek wordt vooral door twee kinderen gebruikt, dat is prima.", 11),
        ("Q", "Welke kinderen krijgen extra leestijd met de leesouders?", 12),
        ("I", "Leesouders kunnen met de snelle lezers een boekbespreking oefenen.", 13),
        ("C", "Na de gym is de overgang lastig; de startopdracht helpt dan minder.", 4),
        ("C", "De duimpjes laten zien dat spelling als moeilijk wordt ervaren.", 16),
        ("Q", "Wie heeft ervaring met koptelefoons tijdens het dictee?"),
        ("I", "Laten we de boekenkisten ruilen met groep 5-6.", 21),
        ("Q", "Wanneer nemen we de volgende leestoets af?"),
        ("C", "Fijn dat de leesouders er zijn, het scheelt echt tijd.", 16),
        ("Q", "Kan een van ons de sessie eens leiden?"),
    ],
    "groep56": [
        ("C", "Tafeldictee werkt, maar de tafel van 7 blijft lastig.", 2),
        ("Q", "Hoe houden we bij wie de tafeltoets heeft gehaald?"),
        ("I", "De tutors van groep 6 kunnen een oorkonde maken voor groep 5.", 4),
        ("C", "In groep 5 is het onrustig na het buitenspelen."),
        ("Q", "Wie heeft de map met oefenteksten van vorig jaar?"),
        ("C", "De video met hardop denken is ook in groep 5 bruikbaar.", 8),
        ("Q", "Welke tekst nemen we volgende week voor begrijpend lezen?"),
        ("C", "Breukenstroken waren een succes, ook bij de zwakke rekenaars.", 12),
        ("I", "Een tafel-estafette op het schoolplein als afsluiting."),
        ("C", "De exit-kaartjes laten zien dat de helft voorspellen nog lastig vindt.", 15),
        ("Q", "Kan de verlengde instructie op woensdag, als de onderwijsassistent er is?", 17),
        ("C", "Ouders vragen of ze thuis kunnen helpen met de tafels."),
        ("Q", "Hoe dagen we de snelle rekenaars uit?"),
        ("I", "Bij wereldoriëntatie ook de leesstrategieën benoemen."),
        ("Q", "Zullen we de tafelkampioenen na zes weken wisselen?", 6),
        ("C", "Toets begrijpend lezen schuift een week op."),
    ],
    "groep78": [
        ("Q", "Hoe gaan we om met leerlingen die hun planning steeds uitstellen?"),
        ("C", "Adviesgesprekken staan gepland; alle ouders hebben gereageerd.", 3),
        ("I", "Exit tickets ook bij geschiedenis proberen.", 7),
        ("Q", "Welke oud-leerlingen willen komen vertellen?", 8),
        ("C", "Groep 7 heeft moeite met lange verhaaltjessommen."),
        ("I", "Wie klaar is, kijkt het exit ticket van een ander na.", 7),
        ("Q", "Wanneer is de voorlichtingsavond van het voortgezet onderwijs?"),
        ("C", "Kindgesprekken over de weektaak geven veel inzicht.", 11),
        ("Q", "Wie regelt de bus voor het bezoek aan de middelbare school?"),
        ("C", "Exit tickets laten zien dat procenten nog niet landen.", 8),
        ("Q", "Oefenen we de toetsteksten in tweetallen of in groepjes van drie?", 13),
        ("C", "Leerlingen geven graag zelf uitleg, maar het kost tijd.", 16),
        ("C", "Twee leerlingen van groep 8 zijn langdurig ziek; werk gaat mee naar huis."),
        ("I", "Een planningsgesprekje op maandag voor wie dat nodig heeft."),
        ("I", "De weektaak digitaal maken, zodat ouders mee kunnen kijken."),
    ],
    "rekenen": [
        ("Q", "Welke groepen automatiseren nu al dagelijks?"),
        ("C", "In groep 5-6 werken ze met tafeldictees; dat kunnen we breder delen."),
        ("Q", "Is er een overzicht van de rekenmethode per groep?"),
        ("C", "Groep 1-2 doet al veel met tellen; ook dat hoort bij de lijn."),
        ("I", "Een rekenweek voor de hele school in het voorjaar."),
    ],
}

# l1: mostly directive remarks, each at the session nearest its week that she attended.
L1_COMMENTS = {
    "groep12": [
        ("C", "Ik wil dat de planborden vóór maandag in alle groepen hangen.", 1),
        ("C", "Graag de observaties vóór vrijdag invullen, dan bespreek ik ze met de intern begeleider.", 2),
        ("Q", "Wie heeft de klankmap nog niet gezien? Ik loop morgen langs.", 5),
        ("C", "De timetimers bestel ik, dat loopt via mij.", 10),
        ("C", "De inloopochtend zet ik in de nieuwsbrief; jullie tekst graag vóór woensdag.", 13),
        ("C", "Ik maak het rooster voor de kleine kring en deel het donderdag.", 16),
        ("C", "Vanaf volgende week lees ik zelf mee met de risicolezers.", 20),
    ],
    "groep34": [
        ("C", "Graag de lesbezoeken van volgende week in jullie agenda zetten.", 3),
        ("C", "Ik heb de tafelliedjes uitgezocht; ze staan in de gedeelde map.", 5),
        ("C", "De leesresultaten zet ik zelf op het bord, dan is het overzicht compleet.", 7),
        ("Q", "Is de leesmuur al af? Ik wil hem laten zien op de open dag.", 9),
        ("Q", "Waarom is de startopdracht in groep 4 gestopt?", 10),
        ("C", "Let op: de leesouders beginnen pas over twee weken.", 12),
        ("C", "De toetsresultaten neem ik mee naar het MT-overleg.", 19),
        ("C", "We houden de vaste lesopbouw aan; ik kom volgende week kijken.", 21),
    ],
}

# l2: questions and ideas, curious rather than directive.
L2_COMMENTS = {
    "groep56": [
        ("Q", "Wat merken jullie zelf als het tafeldictee goed gaat?", 2),
        ("Q", "Welke leerlingen hebben het meest aan de tutors?", 5),
        ("I", "Zou het helpen om de tafel van 7 een week centraal te zetten?", 3),
        ("Q", "Hoe weten we of het voorspellen ook bij andere vakken blijft hangen?", 8),
        ("C", "Mooi om te zien hoe de groep 6-ers uitleg geven.", 5),
        ("Q", "Wat hebben jullie nodig om de verlengde instructie vol te houden?", 18),
        ("I", "Ik kan een keer een les overnemen, dan kunnen jullie bij elkaar kijken."),
        ("Q", "Wat zeggen de leerlingen zelf over de exit-kaartjes?", 16),
        ("C", "Ik stuur jullie de leesteksten van groep 7-8, misschien bruikbaar."),
        ("Q", "Is de meetlat nog de goede, of meten we eigenlijk iets anders?"),
        ("Q", "Hoe ging het deze week met de onrust na het buitenspelen?"),
        ("I", "Ouders een tafelkaart meegeven bij het rapport?"),
        ("Q", "Wie wil meedoen aan de volgende ronde lesbezoeken?"),
        ("C", "Goed dat jullie de breukenstroken delen met groep 7.", 13),
        ("Q", "Wat heeft deze week het meeste opgeleverd?"),
        ("I", "Zullen we een keer een leerling uitnodigen om mee te praten?"),
        ("Q", "Welk geparkeerd idee past nu wel?"),
        ("Q", "Waar lopen jullie tegenaan bij het kiezen van de teksten?"),
        ("C", "Ik neem de vraag over extra assistentie mee, zonder beloftes."),
        ("Q", "Hoe is de werkdruk op dit moment?"),
        ("Q", "Welke actie kunnen we beter laten vallen?"),
        ("I", "De leesstrategie van de week ook op de deur van de klas?"),
    ],
    "groep78": [
        ("Q", "Wat hebben we geleerd van de twee weken zonder sessie?", 17),
        ("Q", "Wat valt op aan de leerlingen die de weektaak niet afkrijgen?"),
        ("I", "Zou een planningsmaatje uit groep 8 helpen voor groep 7?"),
        ("Q", "Wat leren jullie zelf van de exit tickets?", 7),
        ("C", "Het kindgesprek dat ik bijwoonde was echt waardevol.", 11),
        ("Q", "Hoe bereiden we leerlingen voor op het gesprek met de middelbare school?"),
        ("Q", "Welke vragen willen de leerlingen aan de oud-leerlingen stellen?", 8),
        ("I", "De uitkomst van de exit tickets samen met de klas bespreken?", 7),
        ("Q", "Wat hebben jullie van mij nodig rond de adviesgesprekken?"),
        ("C", "Ouders vertelden me dat ze het planningsblad thuis ook gebruiken.", 4),
        ("Q", "Is procenten iets om samen een les over te ontwerpen?", 13),
        ("Q", "Hoe gaat het met de leerlingen die langdurig ziek zijn?", 8),
        ("Q", "Hoe houden jullie de kinderen die snel klaar zijn aan het leren?"),
        ("Q", "Wat is de volgende stap na het planningsblad?"),
        ("C", "Sterk dat twee leerlingen hun exit tickets kwamen toelichten.", 9),
        ("Q", "Hoe houden we de doorstroomtoets luchtig voor de kinderen?"),
        ("I", "Een korte peiling onder leerlingen over de weektaak?"),
        ("C", "Ik heb de exit tickets naast de methodetoets gelegd: ze kloppen aardig.", 12),
        ("Q", "Wie wil de sessie volgende week leiden?"),
        ("Q", "Merken jullie verschil in zelfstandigheid tussen groep 7 en 8?"),
        ("Q", "Wat wil het leerlingenpanel als eerste bespreken?", 21),
        ("I", "De planningsmaatjes na vier weken samen laten terugkijken?", 20),
    ],
}

# l3: now and then a question, at the attended session nearest the week.
L3_COMMENTS = {
    "groep12": [("Q", "Hoe gaat het met de planborden? Ik hoor er goede dingen over.", 6)],
    "groep56": [("Q", "Kan ik iets betekenen bij het tekort aan onderwijsassistentie?", 10),
                ("C", "Fijn om er weer bij te zijn; de updates van de coaches lees ik elke week.", 21)],
    "groep78": [("Q", "Hoe lopen de adviesgesprekken dit jaar?", 4)],
}
# l4: finding their feet in the new team.
L4_COMMENTS = {
    "rekenen": [("C", "Ik ben net begonnen en kijk vooral mee hoe jullie werken."),
                ("Q", "Wat willen jullie dat ik als eerste oppak?"),
                ("Q", "Welke groepen willen hulp bij het rooster?")],
}

# Vision items: (date, author, teacher co-authors, title).
VISION = [
    (date(2026, 6, 22), "l1", [], "Elke leerling leest aan het eind van groep 8 op of boven niveau"),
    (date(2026, 7, 6), "l1", ["t17"], "Eén doorgaande lijn rekenen van groep 1 tot en met 8"),
    (date(2026, 7, 13), "l3", [], "Passend aanbod voor elke leerling in de eigen groep"),
    (date(2026, 8, 31), "l2", ["t22", "t21"], "Leerlingen geven elke week feedback op onze lessen"),
    (date(2026, 9, 14), "l1", [], "Leraren leren van elkaar door bij elkaar in de klas te kijken"),
    (date(2026, 9, 28), "l2", ["t15", "t19", "c2"], "We ontwerpen lessen begrijpend lezen samen"),
    (date(2026, 10, 5), "l1", ["t7"], "Heldere afspraken over gedrag, in elke groep dezelfde"),
    (date(2026, 10, 19), "l3", [], "Een jaarplanning die de werkdruk beheersbaar houdt"),
    (date(2026, 11, 2), "l1", [], "Ouders zijn partner in de ontwikkeling van hun kind"),
    (date(2026, 11, 9), "l2", ["t25", "t13"], "Elke leerling kent zijn eigen leerdoel en weet hoe hij het haalt"),
]

# Coach updates: (week, author, to, team or None, text). Dated on the Thursday.
COACH_UPDATES = [
    (1, "c2", ["l2"], "groep78", "Groep 7-8 wil het planningsblad zelf ontwerpen; ze vragen vooral tijd, geen hulp."),
    (3, "c1", ["l3"], "groep12", "Groep 1-2 is gestart met een planbord met pictogrammen. Het team is enthousiast."),
    (3, "c2", ["l3"], "groep56", "In groep 5-6 is het tafeldictee ingevoerd; eerste meting: 48% beheerst de tafels."),
    (5, "c1", ["l3"], "groep78", "Groep 7-8 werkt met een planningsblad voor de weektaak. Leerlingen zijn enthousiast, leraren nog zoekend."),
    (6, "c1", ["l1"], "groep34", "Groep 3-4: de startopdracht na de pauze werkt. Het team zou de sessie graag vaker zelf leiden."),
    (7, "c2", ["l3"], "groep56", "De sessies van groep 5-6 zijn kort en gericht; meestal een kwartier."),
    (9, "c1", ["l3"], "groep12", "Groep 1-2 registreert observaties nu direct digitaal. Dat kostte even wennen."),
    (10, "c2", ["l2"], "groep56", "Groep 5-6 stelt zelf meer vragen in de sessie sinds jij dat voordoet."),
    (11, "c2", ["l3"], "groep78", "Groep 7-8 zet exit tickets in. Leraren zien snel wat niet landt; kom gerust eens kijken."),
    (12, "c1", ["l1", "l3"], "groep12", "Groep 1-2: de klankspelletjes lopen goed. Vraag uit het team: wie kiest het idee van de week?"),
    (13, "c1", ["l3"], "groep56", "Groep 5-6 zit op een 6,9 voor begrijpend lezen; teksten bij het thema van wereldoriëntatie lijken te helpen."),
    (15, "c2", ["l3"], None, "Schoolbreed: elk team heeft een actueel doel op het bord. Aandachtspunt: acties die over de datum zijn."),
    (17, "c2", ["l2", "l3"], "groep78", "Groep 7-8 heeft twee weken geen sessie gehouden door de adviesgesprekken; deze week weer gestart."),
    (17, "c1", ["l1"], "groep34", "Groep 3-4: de leesouders zijn een uitkomst. Het rooster werkt het best als de leraren het zelf maken."),
    (19, "c1", ["l3"], "groep12", "Groep 1-2 zoekt nog een goed moment voor de kleine kring; ze komen er samen wel uit."),
    (20, "c1", ["l4"], "rekenen", "Welkom Tom! Het kernteam rekenen is gestart; ik help graag bij de eerste sessies."),
    (21, "c2", ["l3"], "groep56", "Groep 5-6: de tutors uit groep 6 doen het goed. De werkdruk bij de leraren is wel hoog."),
    (22, "c2", ["l2"], "groep78", "Groep 7-8 deelt de exit tickets nu met de andere teams; misschien iets voor de studiedag."),
    (23, "c1", ["l3"], None, "Schoolbreed: alle teams houden weer elke week hun sessie. Het kernteam rekenen draait sinds vier weken."),
]

CHECK_INS = [
    ("l1", date(2026, 11, 4), "TOO_MUCH"),
    ("l2", date(2026, 11, 5), "RIGHT"),
    ("l3", date(2026, 8, 20), "RIGHT"),
    ("l3", date(2026, 10, 22), "TOO_LITTLE"),
]

# Logged time per week: (category, chance per week, minute choices, how many times).
TIME_MENU = {
    "l1": [("SESSION_PREP", 1.0, [20, 25, 30], 2),
           ("COACHING", 0.9, [45, 60], 1),
           ("LESSON_VISIT", 0.9, [45, 60, 90], 1),
           ("COACH_MEETING", 0.8, [30, 45], 1),
           ("OTHER", 0.6, [30, 45], 1)],
    "l2": [("COACHING", 0.9, [45, 60], 1),
           ("LESSON_VISIT", 0.5, [30, 45], 1),
           ("COACH_MEETING", 0.5, [30], 1),
           ("SESSION_PREP", 0.3, [15], 1)],
    "l3": [("COACH_MEETING", 0.4, [30], 1),
           ("OTHER", 0.2, [15], 1)],
    "l4": [("SESSION_PREP", 1.0, [30], 1),
           ("LESSON_VISIT", 0.5, [45], 1),
           ("COACH_MEETING", 0.5, [30], 1),
           ("COACHING", 0.3, [30], 1)],
}
# Training days: (leader, week, minutes).
TRAININGS = [("l1", 3, 120), ("l1", 10, 120), ("l1", 16, 180), ("l1", 22, 120),
             ("l2", 5, 90), ("l2", 13, 120), ("l2", 20, 90),
             ("l3", 10, 60),
             ("l4", 20, 120)]


# ---------------------------------------------------------------------------------
# Building the history
# ---------------------------------------------------------------------------------
def build_sessions():
    """Sessions per team, week by week; held ones get attendance and a session lead."""
    reseed("sessions")
    sessions = []
    for team in TEAMS:
        for week in range(team["first_week"], WEEKS):
            if week in team["gaps"]:
                continue
            s = dict(team=team["key"], week=week, date=monday(week) + timedelta(days=team["weekday"]),
                     cancelled=week in team["cancelled"], reason=team["cancelled"].get(week),
                     attendance={}, ledBy=None, minutes=None)
            sessions.append(s)
    held = [s for s in sessions if not s["cancelled"]]

    # Teachers: mostly present.
    for s in held:
        for member in TEAM[s["team"]]["members"]:
            r = rng.random()
            s["attendance"][member] = "PRESENT" if r < 0.90 else ("PARTIAL" if r < 0.95 else "ABSENT")

    # Leaders: per half of the 24 weeks, attend and lead an exact share of the sessions
    # in their scope, so both 12-week windows show the same behaviour.
    leader_marks = {}
    led_by_leader = {}
    for leader in LEADERS:
        b = LEADER_BEHAVIOUR[leader]
        scope = [s for s in held if leader in TEAM[s["team"]]["leaders"]]
        for half in (range(0, 12), range(12, 24)):
            part = [s for s in scope if s["week"] in half]
            if not part:
                continue
            attended = rng.sample(part, round(b["attend"] * len(part)))
            partial = rng.sample(attended, min(b["partial"], len(attended) // 3))
            full = [s for s in attended if s not in partial]
            for s in part:
                mark = "PARTIAL" if s in partial else ("PRESENT" if s in attended else "ABSENT")
                leader_marks[(leader, id(s))] = mark
            if b["lead"] is None:
                lead = [min(full, key=lambda s: s["date"])]      # leads the first session
            else:
                lead = rng.sample(full, round(b["lead"] * len(full)))
            for s in lead:
                led_by_leader[id(s)] = leader

    rotation = {t["key"]: 0 for t in TEAMS}
    for s in held:
        team = TEAM[s["team"]]
        for leader in team["leaders"]:
            s["attendance"][leader] = leader_marks[(leader, id(s))]
        if id(s) in led_by_leader:
            s["ledBy"] = led_by_leader[id(s)]
        else:
            # Teachers (and the school coach in the team) take turns.
            members = team["members"]
            for step in range(len(members)):
                candidate = members[(rotation[team["key"]] + step) % len(members)]
                if s["attendance"][candidate] == "PRESENT":
                    s["ledBy"] = candidate
                    rotation[team["key"]] = (rotation[team["key"]] + step + 1) % len(members)
                    break
        # About a quarter of an hour; sessions l1 leads tend to run a little longer.
        if s["ledBy"] == "l1":
            s["minutes"] = rng.choice([15, 16, 17, 18, 18, 20])
        else:
            s["minutes"] = rng.choice([15, 15, 15, 15, 15, 12, 13, 14, 16, 17, 18])
    return sessions


def present(session, person):
    return session["attendance"].get(person) in ("PRESENT", "PARTIAL")


def held_sessions(sessions, team):
    return [s for s in sessions if s["team"] == team and not s["cancelled"]]


def session_near(sessions, team, week, person=None):
    """The held session of the team nearest the week at which the person was there."""
    candidates = sorted(held_sessions(sessions, team), key=lambda s: (abs(s["week"] - week), s["week"]))
    for s in candidates:
        if person is None or present(s, person):
            return s
    raise AssertionError(f"no session of {team} near week {week} with {person}")


def teacher_present(session):
    members = [m for m in TEAM[session["team"]]["members"] if present(session, m)]
    return rng.choice(members)


def resolve_author(sessions, team, week, author):
    """(session, person) for a card: a named author, or a teacher present ("T")."""
    if author == "T":
        s = session_near(sessions, team, week)
        return s, teacher_present(s)
    s = session_near(sessions, team, week, author)
    return s, author


def next_held(sessions, session):
    later = [s for s in held_sessions(sessions, session["team"]) if s["date"] > session["date"]]
    return min(later, key=lambda s: s["date"]) if later else session


def action_status(created, title):
    """Older actions are mostly done; recent ones open or in progress. A few named ones
    were dropped along the way (chosen by hand, so no dropped action is later celebrated)."""
    if title in DROPPED_ACTIONS:
        return "DROPPED"
    if title in STATUS_BY_HAND:
        return STATUS_BY_HAND[title]
    age_weeks = (REFERENCE_DAY - created).days / 7
    r = rng.random()
    if age_weeks > 8:
        return "DONE"
    if age_weeks > 4:
        return "DONE" if r < 0.5 else ("IN_PROGRESS" if r < 0.8 else "OPEN")
    return "OPEN" if r < 0.5 else ("IN_PROGRESS" if r < 0.9 else "DONE")


def make_action(session, title, creator, owner, from_idea=None):
    """An action created in this session. "T" picks a teacher who was there; a named
    creator who was not there is replaced by a teacher (someone else typed it in)."""
    team = TEAM[session["team"]]
    if creator == "T" or not present(session, creator):
        creator = session["ledBy"] if session["ledBy"] in team["members"] else teacher_present(session)
    if owner == "T":
        owner = rng.choice([m for m in team["members"] if present(session, m) and m != creator])
    assert owner in team["members"] + team["leaders"], (title, owner)
    created = session["date"]
    due = created + timedelta(weeks=rng.choice([1, 2, 2, 3, 3, 4]))
    action = dict(team=team["key"], title=title, owner=owner, createdBy=creator)
    if from_idea:
        action["fromIdea"] = from_idea
    status = action_status(created, title)
    if status in ("OPEN", "IN_PROGRESS") and VISITOR_WEEK <= due < VISITOR_WEEK + timedelta(weeks=1):
        due = nearest_school_day_outside_visitor_week(due)
    action.update(created=iso(created), due=iso(due), status=status)
    if action["status"] in ("DONE", "DROPPED"):
        action["closed"] = iso(closing_day(created, due, title))
    return action


def nearest_school_day_outside_visitor_week(day):
    """The Friday before the visitor's week or the Monday after it, whichever is nearer (ties: before)."""
    before, after = VISITOR_WEEK - timedelta(days=3), VISITOR_WEEK + timedelta(weeks=1)
    return before if (day - before) <= (after - day) else after


def closing_day(created, due, title):
    """The day a closed action was done or dropped: around its due date, never in the future.
    Derived from the title and dates, not drawn from rng, so the rest of the school stays the same."""
    spread = (due - created).days + 10
    day = created + timedelta(days=3 + (len(title) * 7 + created.toordinal()) % spread)
    return min(day, REFERENCE_DAY - timedelta(days=1))


def build_board(sessions):
    reseed("board")
    ideas, actions, comments, successes = [], [], [], []
    n = 0
    for team_key, team_ideas in IDEAS.items():
        style = "keyplayer" if "l1" in TEAM[team_key]["leaders"] else "teamplayer"
        for week, author, status, text, action_title in team_ideas:
            n += 1
            s, who = resolve_author(sessions, team_key, week, author)
            key = f"i{n}"
            ideas.append(dict(key=key, team=team_key, author=who, date=iso(s["date"]), text=text, status=status))
            if status == "ADOPTED":
                adopted_in = next_held(sessions, s)   # discussed and adopted the week after
                if style == "keyplayer":
                    creator, owner = "l1", "T"          # the leader hands it out
                elif who in LEADERS:
                    creator, owner = who, who           # a leader's own idea: they carry it
                else:
                    creator, owner = (who, who) if present(adopted_in, who) else ("T", "T")
                actions.append(make_action(adopted_in, action_title, creator, owner, key))
    for team_key, team_actions in ACTIONS.items():
        for week, creator, owner, title in team_actions:
            who = creator if creator != "T" else None
            s = session_near(sessions, team_key, week, who)
            actions.append(make_action(s, title, creator, owner))
    for team_key, team_successes in SUCCESSES.items():
        for week, author, text in team_successes:
            s, who = resolve_author(sessions, team_key, week, author)
            successes.append(dict(team=team_key, author=who, date=iso(s["date"]), text=text))

    kinds = {"Q": "QUESTION", "I": "IDEA", "C": "COMMENT"}

    def take(pool, s):
        """The first text of the pool that fits this session's week (see "not before")."""
        for i, item in enumerate(pool):
            if len(item) < 3 or item[2] <= s["week"]:
                return pool.pop(i)
        return None

    def comment(s, author, item):
        comments.append(dict(team=s["team"], author=author, date=iso(s["date"]), kind=kinds[item[0]], text=item[1]))

    # Teachers: comments spread over the held sessions, in story order.
    for team_key, texts in TEACHER_COMMENTS.items():
        pool = list(texts)
        held = held_sessions(sessions, team_key)
        for s in sorted(rng.sample(held, min(len(pool) + 2, len(held))), key=lambda s: s["date"]):
            item = take(pool, s)
            if item:
                comment(s, teacher_present(s), item)

    # l1 and l3: each remark at the session nearest its week that they attended.
    for leader, pools in (("l1", L1_COMMENTS), ("l3", L3_COMMENTS)):
        for team_key, texts in pools.items():
            for item in texts:
                comment(session_near(sessions, team_key, item[2], leader), leader, item)

    # The other leaders: only in sessions they attended, in story order.
    for team_key in TEAM:
        held = held_sessions(sessions, team_key)
        for leader, pools in (("l2", L2_COMMENTS), ("l4", L4_COMMENTS)):
            pool = list(pools.get(team_key, []))
            chance = LEADER_BEHAVIOUR[leader]["comment_chance"]
            for s in held:
                if not present(s, leader):
                    continue
                if leader == "l2":
                    # At least one question, idea or remark in every session attended.
                    item = take(pool, s)
                    assert item, f"l2 needs more comment texts for {team_key}"
                    comment(s, leader, item)
                if rng.random() < chance:
                    item = take(pool, s)
                    if item:
                        comment(s, leader, item)
    comments.sort(key=lambda c: (c["date"], c["team"]))
    actions.sort(key=lambda a: (a["created"], a["team"]))
    successes.sort(key=lambda c: (c["date"], c["team"]))
    return ideas, actions, comments, successes


def build_goals(sessions):
    reseed("goals")
    goals = []
    for g in GOALS:
        held = [s for s in held_sessions(sessions, g["team"]) if s["week"] >= g["first_week"]]
        measured = held[::g["every"]]
        measurements = []
        for i, s in enumerate(measured):
            progress = (i / max(1, len(measured) - 1)) ** 0.8      # quick start, flattening out
            value = g["start"] + (g["target"] - g["start"]) * 0.95 * progress
            value += rng.uniform(-0.04, 0.04) * (g["target"] - g["start"]) if 0 < i < len(measured) - 1 else 0
            value = round(min(value, g["target"]), g["decimals"])
            if g["decimals"] == 0:
                value = int(value)
            measurements.append(dict(date=iso(s["date"]), value=value))
        # The last measurement of one goal reaches its target: a success to show.
        if g["key"] == "g8":
            measurements[-1]["value"] = g["target"]
        goals.append(dict(key=g["key"], team=g["team"], title=g["title"], measure=g["measure"],
                          target=g["target"], measurements=measurements))
    return goals


def build_time_entries(last_day):
    reseed("time")
    entries = []
    for leader, menu in TIME_MENU.items():
        weeks = range(20, WEEKS) if leader == "l4" else range(WEEKS)
        for week in weeks:
            for category, chance, choices, times in menu:
                for _ in range(times):
                    if rng.random() < chance:
                        day = monday(week) + timedelta(days=rng.randint(0, 4))
                        entries.append(dict(person=leader, date=iso(min(day, last_day)),
                                            minutes=rng.choice(choices), category=category))
    for leader, week, minutes in TRAININGS:
        entries.append(dict(person=leader, date=iso(monday(week) + timedelta(days=2)),
                            minutes=minutes, category="TRAINING"))
    # One entry per person, day and category, as a leader would log it.
    merged = {}
    for e in entries:
        key = (e["date"], e["person"], e["category"])
        if key in merged:
            merged[key]["minutes"] += e["minutes"]
        else:
            merged[key] = e
    return [merged[k] for k in sorted(merged)]


def session_json(s):
    out = dict(team=s["team"], date=iso(s["date"]))
    if s["cancelled"]:
        out.update(cancelled=True, cancelReason=s["reason"], attendance={})
    else:
        out.update(durationMinutes=s["minutes"], ledBy=s["ledBy"], cancelled=False, attendance=s["attendance"])
    return out


def build():
    sessions = build_sessions()
    last_day = max(s["date"] for s in sessions)
    ideas, actions, comments, successes = build_board(sessions)
    history = {
        "format": "school-history/1",
        "school": {"name": "OBS De Linde", "sector": "PO"},
        "people": [dict(key=k, name=n, email=n.split()[0].lower() + "@linde.example", roles=r)
                   for k, n, r in PEOPLE],
        "teams": [dict(key=t["key"], name=t["name"], members=t["members"], leaders=t["leaders"],
                       coaches=SCHOOL_COACHES) for t in TEAMS],
        "goals": build_goals(sessions),
        "sessions": [session_json(s) for s in sorted(sessions, key=lambda s: (s["date"], s["team"]))],
        "ideas": ideas,
        "actions": actions,
        "comments": comments,
        "successes": successes,
        "visionItems": [dict(title=title, author=author, coAuthors=co, date=iso(d))
                        for d, author, co, title in VISION],
        "timeEntries": build_time_entries(last_day),
        "coachUpdates": [dict(author=a, to=to, date=iso(monday(w) + timedelta(days=3)), text=text,
                              **({"team": team} if team else {}))
                         for w, a, to, team, text in COACH_UPDATES],
        "checkIns": [dict(person=p, date=iso(d), timeFeeling=f) for p, d, f in CHECK_INS],
    }
    return history


# ---------------------------------------------------------------------------------
# Self-check: the reference rules of history-format.md, and the demo's promises.
# ---------------------------------------------------------------------------------
ENUMS = dict(sector={"PO", "VO", "MBO"}, role={"TEACHER", "COACH", "LEADER", "ADMIN"},
             attendance={"PRESENT", "PARTIAL", "ABSENT"}, idea={"NEW", "ADOPTED", "PARKED", "DROPPED"},
             action={"OPEN", "IN_PROGRESS", "DONE", "DROPPED"}, comment={"QUESTION", "IDEA", "COMMENT"},
             time={"SESSION_PREP", "COACHING", "LESSON_VISIT", "COACH_MEETING", "TRAINING", "OTHER"},
             feeling={"TOO_LITTLE", "RIGHT", "TOO_MUCH"})


def d(text):
    return date.fromisoformat(text)   # raises on anything not ISO yyyy-MM-dd


def check(h):
    assert h["format"] == "school-history/1" and h["school"]["sector"] in ENUMS["sector"]
    people = {p["key"]: p for p in h["people"]}
    assert len(people) == len(h["people"]), "duplicate person key"
    emails = [p["email"] for p in h["people"]]
    assert len(set(emails)) == len(emails), "duplicate email"
    for p in h["people"]:
        assert re.fullmatch(r"[a-z]+@linde\.example", p["email"]), p["email"]
        assert set(p["roles"]) <= ENUMS["role"] and p["roles"]
        prefix = {"TEACHER": "t", "LEADER": "l", "ADMIN": "a"}
        if "COACH" in p["roles"] and "LEADER" not in p["roles"]:
            assert p["key"].startswith("c")
        else:
            assert p["key"].startswith(prefix[p["roles"][0]]), p["key"]

    def has(key, role):
        return key in people and role in people[key]["roles"]

    teams = {t["key"]: t for t in h["teams"]}
    assert len(teams) == len(h["teams"]), "duplicate team key"
    for t in h["teams"]:
        assert all(has(m, "TEACHER") for m in t["members"]), t["key"]
        assert t["leaders"] and all(has(m, "LEADER") for m in t["leaders"]), t["key"]
        assert all(has(m, "COACH") for m in t["coaches"]), t["key"]
        if t["key"] != "rekenen":
            assert 5 <= len(t["members"]) <= 9, t["key"]
    assert sum(1 for t in h["teams"] if t["key"] != "rekenen") == 4
    assert all(has(c, "COACH") and has(c, "TEACHER") and any(c in t["members"] for t in h["teams"])
               for c in ("c1", "c2"))

    goal_keys = [g["key"] for g in h["goals"]]
    assert len(set(goal_keys)) == len(goal_keys)
    for g in h["goals"]:
        assert g["team"] in teams and g["measurements"]
        [d(m["date"]) for m in g["measurements"]]
    per_team = Counter(g["team"] for g in h["goals"])
    assert all(1 <= per_team[t] <= 2 for t in teams)

    seen = set()
    newest = max(d(s["date"]) for s in h["sessions"])
    for i, s in enumerate(h["sessions"]):
        where = f"sessions[{i}]"
        assert s["team"] in teams, where
        assert (s["team"], s["date"]) not in seen, where
        seen.add((s["team"], s["date"]))
        d(s["date"])
        if s["cancelled"]:
            assert s["attendance"] == {} and "ledBy" not in s and s["cancelReason"], where
            continue
        expected = set(teams[s["team"]]["members"]) | set(teams[s["team"]]["leaders"])
        assert set(s["attendance"]) == expected, where
        assert set(s["attendance"].values()) <= ENUMS["attendance"], where
        assert s["attendance"][s["ledBy"]] == "PRESENT", where
        assert 12 <= s["durationMinutes"] <= 20, where
    assert newest - timedelta(days=newest.weekday()) == date(2026, 11, 23), newest
    for t in teams:
        weekdays = {d(s["date"]).weekday() for s in h["sessions"] if s["team"] == t}
        assert len(weekdays) == 1, t

    ideas = {i["key"]: i for i in h["ideas"]}
    assert len(ideas) == len(h["ideas"]), "duplicate idea key"
    for i in h["ideas"]:
        assert i["team"] in teams and i["author"] in people and i["status"] in ENUMS["idea"]
        d(i["date"])
    for i, a in enumerate(h["actions"]):
        where = f"actions[{i}]"
        assert a["team"] in teams and a["owner"] in people and a["createdBy"] in people, where
        assert a["status"] in ENUMS["action"], where
        assert d(a["created"]) <= d(a["due"]), where
        if "fromIdea" in a:
            idea = ideas[a["fromIdea"]]
            assert idea["status"] == "ADOPTED" and idea["team"] == a["team"], where
    for c in h["comments"]:
        assert c["team"] in teams and c["author"] in people and c["kind"] in ENUMS["comment"]
        d(c["date"])
    for c in h["successes"]:
        assert c["team"] in teams and c["author"] in people
        d(c["date"])
    for v in h["visionItems"]:
        assert has(v["author"], "LEADER") and all(has(c, "TEACHER") for c in v["coAuthors"])
        d(v["date"])
    for e in h["timeEntries"]:
        assert has(e["person"], "LEADER") and e["category"] in ENUMS["time"] and e["minutes"] > 0
        d(e["date"])
    for u in h["coachUpdates"]:
        assert has(u["author"], "COACH") and all(has(p, "LEADER") for p in u["to"])
        assert u.get("team") is None or u["team"] in teams
        d(u["date"])
    for c in h["checkIns"]:
        assert has(c["person"], "LEADER") and c["timeFeeling"] in ENUMS["feeling"]
        d(c["date"])

    # Nothing but due dates lies after the newest session.
    for section, field in (("ideas", "date"), ("actions", "created"), ("comments", "date"),
                           ("successes", "date"), ("visionItems", "date"), ("timeEntries", "date"),
                           ("coachUpdates", "date"), ("checkIns", "date")):
        assert all(d(x[field]) <= newest for x in h[section]), section

    # Every status and kind shows up, some actions are overdue, no text repeats.
    assert {a["status"] for a in h["actions"]} == ENUMS["action"]
    assert {i["status"] for i in h["ideas"]} == ENUMS["idea"]
    assert {c["kind"] for c in h["comments"]} == ENUMS["comment"]
    assert {e["category"] for e in h["timeEntries"]} == ENUMS["time"]
    overdue = [a for a in h["actions"] if a["status"] in ("OPEN", "IN_PROGRESS") and d(a["due"]) < REFERENCE_DAY]
    assert len(overdue) >= 3, len(overdue)
    texts = ([i["text"] for i in h["ideas"]] + [a["title"] for a in h["actions"]]
             + [c["text"] for c in h["comments"]] + [s["text"] for s in h["successes"]]
             + [u["text"] for u in h["coachUpdates"]])
    repeated = [t for t, n in Counter(texts).items() if n > 1]
    assert not repeated, repeated
    assert any(s["cancelled"] for s in h["sessions"])
    return overdue


# ---------------------------------------------------------------------------------
# Summary: the signals of leadership-model.md per leader, over the last 12 weeks.
# ---------------------------------------------------------------------------------
def signals(h, leader, at=REFERENCE_DAY, weeks=WINDOW_WEEKS):
    start = at - timedelta(weeks=weeks)

    def in_window(text):
        return start < d(text) <= at

    scope = {t["key"] for t in h["teams"] if leader in t["leaders"]}
    teachers = {p["key"] for p in h["people"] if "LEADER" not in p["roles"]}
    held = [s for s in h["sessions"] if s["team"] in scope and not s["cancelled"] and in_window(s["date"])]
    marks = [s["attendance"][leader] for s in held]
    attended = [s for s in held if s["attendance"][leader] != "ABSENT"]
    led = [s for s in attended if s["ledBy"] == leader]
    inquiries = (sum(1 for c in h["comments"] if c["author"] == leader and c["team"] in scope and in_window(c["date"]))
                 + sum(1 for i in h["ideas"] if i["author"] == leader and i["team"] in scope and in_window(i["date"])))
    actions = [a for a in h["actions"] if a["team"] in scope and in_window(a["created"])]
    adopted = [i for i in h["ideas"] if i["team"] in scope and i["status"] == "ADOPTED" and in_window(i["date"])]
    session_minutes = sum(s["durationMinutes"] * (1 if s["attendance"][leader] == "PRESENT" else 0.5) for s in attended)
    logged = sum(e["minutes"] for e in h["timeEntries"] if e["person"] == leader and in_window(e["date"]))
    vision = [v for v in h["visionItems"] if v["author"] == leader]

    def share(part, whole):
        return round(len(part) / len(whole), 2) if whole else None

    return dict(
        sessionsHeld=len(held),
        attendanceRate=round((marks.count("PRESENT") + 0.5 * marks.count("PARTIAL")) / len(held), 2) if held else 0,
        ledShare=round(len(led) / len(attended), 2) if attended else 0,
        inquiryPerSession=round(inquiries / len(attended), 2) if attended else 0,
        directiveShare=share([a for a in actions if a["createdBy"] == leader and a["owner"] != leader], actions),
        ownedShare=share([a for a in actions if a["owner"] == leader], actions),
        bottomUpShare=share([i for i in adopted if i["author"] in teachers], adopted),
        hoursPerWeek=round((session_minutes + logged) / 60 / weeks, 2),
        loggedHoursPerWeek=round(logged / 60 / weeks, 2),
        alsoCoach="COACH" in next(p["roles"] for p in h["people"] if p["key"] == leader),
        visionCoCreation=share([v for v in vision if v["coAuthors"]], vision),
        coachUpdates=sum(1 for u in h["coachUpdates"] if leader in u["to"] and in_window(u["date"])),
        checkIns=[c["timeFeeling"] for c in h["checkIns"] if c["person"] == leader],
    )


def main():
    history = build()
    overdue = check(history)
    text = json.dumps(history, indent=2, ensure_ascii=False) + "\n"
    assert len(text.encode("utf-8")) < 1_000_000
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")

    print(f"wrote {OUT} ({len(text.encode('utf-8')) // 1024} KiB)")
    counts = {k: len(v) for k, v in history.items() if isinstance(v, list)}
    print("counts:", ", ".join(f"{k} {n}" for k, n in counts.items()))
    print(f"cancelled sessions {sum(s['cancelled'] for s in history['sessions'])}, "
          f"overdue actions at {REFERENCE_DAY}: {len(overdue)}, "
          f"action statuses {dict(Counter(a['status'] for a in history['actions']))}")
    print(f"\nsignals over the {WINDOW_WEEKS} weeks up to {REFERENCE_DAY}:")
    columns = ["sessionsHeld", "attendanceRate", "ledShare", "inquiryPerSession", "directiveShare",
               "ownedShare", "bottomUpShare", "hoursPerWeek", "loggedHoursPerWeek", "alsoCoach",
               "visionCoCreation", "coachUpdates", "checkIns"]
    rows = [[leader] + [str(signals(history, leader)[c]) for c in columns] for leader in LEADERS]
    header = ["leader"] + columns
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
    for r in [header] + rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip())


if __name__ == "__main__":
    main()
