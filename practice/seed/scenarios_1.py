# ruff: noqa: E501  (scenario prose: long Dutch sentences read better unwrapped)
"""Seed scenarios, part 1: no case, tears, jumping to advice, a complaining hour."""

from .dsl import ch, end, sit

NO_CASE = {
    "slug": "niemand-heeft-een-casus",
    "title": "Niemand heeft een casus",
    "focus": "no_case",
    "method": "vijf-stappen",
    "summary": "Een team wijkverpleegkundigen zit klaar, maar niemand wil iets inbrengen. "
    "Het rooster lonkt als gespreksonderwerp.",
    "briefing": "<p>Je begeleidt de vierde bijeenkomst van een intervisiegroep "
    "wijkverpleegkundigen. Afgesproken is dat iemand een casus meeneemt, maar dat is niet "
    "gebeurd.</p>",
    "reflection": "Wat doe jij zelf als het stil valt in een groep, en wat wil je daar de "
    "volgende keer anders in doen?",
    "clock_start": 5,
    "time_budget": 115,
    "cast": [
        ("Ingrid", "deelnemer", "Ervaren wijkverpleegkundige; zegt graag dat alles goed gaat."),
        (
            "Martijn",
            "deelnemer",
            "Een half jaar in het team, twijfelt of zijn vragen er mogen zijn.",
        ),
        ("Naima", "deelnemer", "Praktisch en snel; wil om drie uur weg."),
        ("Kees", "deelnemer", "Maakt grapjes als het spannend wordt."),
    ],
    "situations": [
        sit(
            "start",
            "Stilte na de koffie",
            1,
            [
                (
                    None,
                    "De koffie is op. Je vraagt wie een casus heeft meegenomen. Niemand kijkt je aan.",
                ),
                ("Ingrid", "Eerlijk gezegd loopt bij mij alles op rolletjes op het moment."),
                (
                    "Kees",
                    "Zullen we het over het nieuwe rooster hebben? Daar valt genoeg over te zeggen.",
                ),
                (None, "Martijn kijkt naar zijn telefoon. Naima zucht hoorbaar."),
            ],
            [
                ch(
                    "‘Prima, dan hebben we het over het rooster; dat leeft blijkbaar.’",
                    "rooster",
                    "Het rooster is een onderwerp voor het werkoverleg. Intervisie gaat over je eigen "
                    "handelen; door het over te nemen laat je de structuur los en wordt de middag een "
                    "vergadering.",
                    gp=-15,
                    tim=-5,
                    ene=5,
                ),
                (
                    "‘Neem even een minuut voor jezelf: welk moment van de afgelopen weken bleef bij je "
                    "hangen? Het mag ook iets zijn dat goed afliep.’",
                    "ronde",
                    "Een kleine, concrete vraag verlaagt de drempel, en een succesmoment is ook een "
                    "geldige casus. Je laat de stilte bestaan zonder haar zelf te vullen.",
                    True,
                    3,
                    {"gp": 10, "que": 15, "inc": 5, "saf": 5},
                ),
                ch(
                    "‘Martijn, jij bent nog nieuw, jij hebt vast iets lastigs meegemaakt.’",
                    "martijn-onder-druk",
                    "Een casus inbrengen is altijd vrijwillig. Door de nieuwste collega aan te wijzen "
                    "zet je hem voor de groep onder druk, en de anderen leunen opgelucht achterover.",
                    saf=-15,
                    emo=-15,
                    inc=-5,
                ),
            ],
        ),
        sit(
            "rooster",
            "Het roosterverhaal",
            1,
            [
                ("Kees", "Drie weekenden achter elkaar, en dat noemen ze flexibel."),
                ("Naima", "En niemand van de planning die ooit vraagt hoe het uitkomt."),
                (None, "Er wordt gelachen en geknikt. Een kwartier is voorbij."),
            ],
            [
                (
                    "‘Ik stop hier even. Dit is een terecht punt, maar geen intervisie. Wie herkent in dit "
                    "verhaal iets van zichzelf: wat doe jij als je het ergens niet mee eens bent?’",
                    "ronde",
                    "Je benoemt wat er gebeurt (metacommunicatie) en buigt de klacht om naar een "
                    "ik-vraag. Liever laat dan nooit: de groep krijgt haar eigen leerdoel terug.",
                    True,
                    2,
                    {"gp": 10, "que": 10, "ene": -5},
                ),
                ch(
                    "Je laat het gesprek lopen; het lucht blijkbaar op.",
                    "einde-vergadering",
                    "Je laat de tijd gaan. De groep heeft zich geuit, maar niemand heeft iets over het "
                    "eigen handelen geleerd, en volgende keer ligt dit patroon klaar.",
                    minutes=30,
                    gp=-15,
                    tim=-15,
                ),
            ],
        ),
        sit(
            "martijn-onder-druk",
            "Martijn bloost",
            1,
            [
                ("Martijn", "Eh... nou, niet echt iets bijzonders eigenlijk."),
                (None, "Hij wordt rood. Ingrid kijkt naar het raam."),
            ],
            [
                (
                    "‘Sorry Martijn, dat was niet handig van mij: je hoeft niets. Ik stel de vraag anders, "
                    "aan iedereen: welk moment bleef bij je hangen, ook als het goed afliep?’",
                    "ronde",
                    "Herstellen mag en werkt: je neemt de druk weg, maakt inbrengen weer een vrije "
                    "keuze en laat zien dat fouten hier besproken kunnen worden.",
                    True,
                    2,
                    {"emo": 10, "saf": 10, "gp": 5},
                ),
                ch(
                    "‘Kom op, iedereen heeft wel eens iets meegemaakt.’",
                    "einde-voorzichtig",
                    "Doordrukken levert een casus op zonder eigenaarschap. Martijn vertelt iets "
                    "veiligs om ervan af te zijn, en de groep leert dat nee zeggen hier niet kan.",
                    emo=-10,
                    saf=-10,
                    inc=-5,
                ),
            ],
        ),
        sit(
            "ronde",
            "Drie aarzelende ideeën",
            1,
            [
                (
                    "Naima",
                    "Ik had vorige week een mevrouw die de zorg weigerde, maar dat is eigenlijk al opgelost.",
                ),
                ("Ingrid", "Ik zag op tegen een familiegesprek. Het ging uiteindelijk goed, hoor."),
                ("Martijn", "Ik twijfel. Het gaat over een collega. Mag dat?"),
            ],
            [
                (
                    "‘Ik hoor drie mogelijke casussen. Wil ieder in één zin zeggen wat je ervan zou willen "
                    "leren? Dan kiezen we samen.’",
                    "keuze",
                    "Je laat kiezen op leervraag in plaats van op wie het hardst praat. Zo staat het "
                    "eigen handelen centraal, en kan ook een afgeronde situatie leerzaam zijn.",
                    True,
                    4,
                    {"gp": 10, "que": 10, "inc": 5},
                ),
                ch(
                    "‘Ingrid, dan nemen we die van jou, die klinkt goed.’",
                    "ingrid-gekozen",
                    "Snel, maar jij kiest in plaats van de groep en je geeft een oordeel over welke "
                    "casus ‘goed’ is. Martijns aarzeling verdwijnt onder tafel.",
                    minutes=1,
                    neu=-10,
                    inc=-10,
                    tim=5,
                ),
                ch(
                    "‘Martijn, over collega's praten we hier liever niet.’",
                    "keuze",
                    "Een casus over een collega kan juist waardevol zijn, zolang het over je eigen "
                    "aandeel gaat. Je sluit iets af zonder het te onderzoeken, en de groep wordt "
                    "voorzichtiger.",
                    saf=-20,
                    emo=-10,
                    inc=-10,
                    when=("safety", 45, "einde-voorzichtig"),
                ),
            ],
        ),
        sit(
            "ingrid-gekozen",
            "Ingrid begint",
            1,
            [
                ("Ingrid", "Goed, dan vertel ik over dat familiegesprek..."),
                (None, "Martijn schuift zijn stoel iets naar achteren."),
            ],
            [
                (
                    "‘Ingrid, één moment. Martijn, je noemde ook iets. Wil je het bewaren voor de "
                    "volgende keer? Dan zet ik het op de agenda.’",
                    "keuze",
                    "Je maakt je keuze niet ongedaan, maar je ziet Martijn wel. Een rooster of "
                    "agenda voor casussen voorkomt dat stille leden steeds achteraan sluiten.",
                    True,
                    1,
                    {"inc": 15, "gp": 5},
                ),
                ch(
                    "Je laat Ingrid vertellen.",
                    "einde-redelijk",
                    "De bijeenkomst komt op gang, maar zonder dat de groep koos. Of Ingrid echt een "
                    "leervraag heeft, weet niemand.",
                    que=-5,
                ),
            ],
        ),
        sit(
            "keuze",
            "Een casus met een vraag",
            1,
            [
                (
                    "Martijn",
                    "Ik wil leren hoe ik iets zeg tegen een collega die mijn werk steeds overdoet zonder te overleggen.",
                ),
                ("Ingrid", "Die van Martijn, vind ik. Dat herken ik wel."),
                ("Naima", "Oké, maar dan wel vlot, ik moet om drie uur weg."),
            ],
            [
                (
                    "‘Martijn, kun je je vraag in de ik-vorm zetten: wat wil jij anders doen?’",
                    "einde-goed",
                    "Een goede intervisievraag is concreet, actueel en gaat over je eigen aandeel. Zo "
                    "voorkom je dat de groep een uur over de collega praat.",
                    True,
                    2,
                    {"que": 15, "gp": 5},
                ),
                ch(
                    "‘Goed, Martijn, vertel maar.’",
                    "einde-redelijk",
                    "De casus staat, maar de vraag gaat nog over de collega. Dat is een uitnodiging "
                    "om over iemand te praten die er niet is.",
                    que=-5,
                ),
                ch(
                    "‘Naima, als je eerder weg moet, is dit misschien niet jouw moment.’",
                    "einde-redelijk",
                    "Tijd bewaken kan vriendelijker: noem de afgesproken eindtijd en wat er nog komt. "
                    "Een terechtwijzing voor de groep kost veiligheid.",
                    saf=-10,
                    tim=5,
                    emo=-5,
                ),
            ],
        ),
        end(
            "einde-goed",
            "De casus staat, met een eigen vraag",
            [
                (
                    None,
                    "Na twaalf minuten ligt er een casus met een ik-vraag. De vijf stappen "
                    "kunnen beginnen; Naima knikt, het past in de tijd.",
                ),
            ],
        ),
        end(
            "einde-redelijk",
            "Op gang, maar wankel",
            [
                (
                    None,
                    "Er wordt een casus besproken, maar de vraag blijft vaag. Aan het eind zegt "
                    "iemand: ‘gezellig, maar wat hebben we nu geleerd?’",
                ),
            ],
        ),
        end(
            "einde-vergadering",
            "Een vergadering over het rooster",
            [
                (
                    None,
                    "Om half vier is het rooster grondig besproken. Niemand heeft een casus "
                    "ingebracht. Kees: ‘Lekker gespuid.’",
                ),
            ],
        ),
        end(
            "einde-voorzichtig",
            "Een voorzichtige groep",
            [
                (
                    None,
                    "Martijn zegt de rest van de middag weinig. Er wordt een veilige casus "
                    "besproken, beleefd en zonder eigenaarschap; de echte vragen blijven liggen.",
                ),
            ],
        ),
    ],
}
