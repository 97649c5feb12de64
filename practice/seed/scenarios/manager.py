# ruff: noqa: E501  (scenario prose: long Dutch sentences read better unwrapped)
"""The team leader walks in: keep the group free of hierarchy without shutting her out (five steps)."""

from ..dsl import ch, end, sit

# fmt: off
MANAGER = {
    "slug": "leidinggevende-schuift-aan",
    "title": "De leidinggevende schuift aan",
    "focus": "manager",
    "method": "vijf-stappen",
    "summary": "Net als je wilt beginnen, komt de teamleider binnen: ‘Doe alsof ik er niet ben.’ De groep wordt stil.",
    "briefing": "<p>Een team schuldhulpverleners heeft intervisie met een externe begeleider: jij. In het intervisiecontract staat dat er binnen de groep geen hiërarchische verhouding is, en dat de organisatie bij de tussenevaluatie alleen algemene thema's hoort, nooit casussen. Samira wil vandaag iets inbrengen.</p>",
    "reflection": "Hoe bewaak jij de spelregels van de groep tegenover iemand met meer macht, zonder die persoon af te serveren?",
    "clock_start": 0,
    "time_budget": 120,
    "cast": [
        ("Jolanda", "teamleider", "Betrokken, wil weten wat intervisie oplevert."),
        ("Samira", "inbrenger", "Wil iets inbrengen over de planning."),
        ("Rik", "deelnemer", "Loyaal aan Jolanda, wil geen gedoe."),
        ("Henk", "deelnemer", "Voorzichtig, denkt aan zijn beoordeling."),
    ],
    "situations": [
        sit("start", "Doe alsof ik er niet ben", 1, [
            ("Jolanda", "Ik schuif even aan, ik ben benieuwd hoe het gaat. Doe alsof ik er niet ben!"),
            (None, "Samira stopt haar aantekeningen terug in haar tas. Henk kijkt naar de grond."),
        ], [
            ch("‘Gezellig! Pak er een stoel bij, Jolanda. Dan beginnen we; wie heeft er vandaag een casus meegenomen?’", "met-jolanda", "In de groep zit nu iemand die beoordeelt. Wie aan zijn beoordeling denkt, brengt niets kwetsbaars meer in.", minutes=3, saf=-15, gp=-10, when=("safety", 40, "einde-veilig-maar-leeg")),
            ch("‘Fijn dat je meekijkt. We spraken af: geen hiërarchie in de groep. Zullen we even op de gang praten?’", "gang", "Je noemt de afspraak uit het contract, niet je eigen voorkeur, en je biedt Jolanda een gesprek aan. Zo bewaak je de groep zonder haar af te serveren.", expert=True, minutes=5, gp=10, saf=10),
            ch("‘Wat vinden jullie ervan als Jolanda blijft? Zeg het maar eerlijk, hoor, alles mag hier gezegd worden.’", "groep-gevraagd", "Eerlijk antwoorden waar de leidinggevende bij zit, kan niemand. Je legt de beslissing bij de kwetsbaarste partij.", minutes=3, saf=-10, emo=-5),
        ]),
        sit("groep-gevraagd", "Niemand zegt iets", 1, [
            ("Rik", "Van mij mag het hoor."),
            (None, "Henk en Samira zwijgen. Jolanda glimlacht afwachtend."),
        ], [
            ch("‘Dat was geen eerlijke vraag van mij. Jolanda, in ons contract staat: geen hiërarchie. Zullen we even apart praten?’", "gang", "Herstel: je neemt de vraag terug bij de groep en de verantwoordelijkheid bij jezelf, en je regelt het met Jolanda zelf.", expert=True, minutes=5, gp=10, saf=10),
            ch("‘Dan is het goed: Rik vindt het prima en de anderen hebben geen bezwaar laten horen. We beginnen.’", "met-jolanda", "Zwijgen is geen instemming. De groep leert dat haar afspraken niet beschermd worden.", minutes=3, saf=-10, gp=-5),
        ]),
        sit("met-jolanda", "Een voorzichtige groep", 1, [
            (None, "Twintig minuten later. Rik brengt iets kleins in over een lastige schuldeiser. Niemand stelt een echte vraag."),
        ], [
            ch("In de pauze vraag je Jolanda apart of ze het na de pauze zonder haar wil laten doorgaan, met uitleg waarom.", "zonder-jolanda-laat", "Herstel, al is het laat: je legt uit waarom de groep zonder hiërarchie werkt en biedt haar een ander moment aan.", expert=True, minutes=10, gp=10, saf=5),
            ch("Je gaat door: de bijeenkomst loopt, en Jolanda ziet tenminste hoe intervisie er bij jullie uitziet.", "einde-veilig-maar-leeg", "Jolanda ziet vooral een voorzichtige groep. Wat ze te zien krijgt, is niet hoe intervisie werkt.", minutes=60, saf=-10, gp=-10),
        ]),
        sit("zonder-jolanda-laat", "Na de pauze", 1, [
            ("Jolanda", "Oké, ik snap het. Maar ik wil wel weten wat het oplevert."),
            (None, "Ze gaat. Samira haalt haar aantekeningen weer tevoorschijn, maar er is veel tijd weg."),
        ], [
            ch("‘We hebben minder tijd. Samira, wil je nog inbrengen? Dan doen we de stappen iets korter.’", "samira", "Je erkent het tijdverlies en laat Samira kiezen. De groep krijgt de kans die ze eerder niet had.", expert=True, minutes=5, tim=5, gp=5),
            ch("‘Laten we vandaag alleen evalueren hoe het ging met Jolanda erbij; een casus past er niet meer in.’", "einde-half", "Dat kan, maar Samira had een vraag en die gaat nu weer naar huis.", minutes=30, inc=-5),
        ]),
        sit("gang", "Op de gang", 1, [
            ("Jolanda", "Ik betaal hier wel voor, hè. Ik wil weten wat het oplevert."),
        ], [
            ch("‘Ik kan je na elke bijeenkomst kort vertellen welke casussen er speelden; dan houd je precies zicht op alles.’", "terug", "Daarmee breek je de vertrouwelijkheid die de groep draagt. Wat in de groep gezegd wordt, blijft in de groep.", minutes=5, saf=-15, gp=-10),
            ch("‘Terecht. Bij de tussenevaluatie hoor je van de groep de algemene thema's, nooit casussen. Past dat?’", "terug", "Dubbel contracteren: de organisatie krijgt zicht op opbrengst, de groep houdt haar vertrouwelijkheid. Jolanda wordt serieus genomen.", expert=True, minutes=5, gp=10, saf=5),
            ch("‘Intervisie is van de groep; wat het oplevert, merk je vanzelf in hun werk.’", "terug", "Inhoudelijk niet onwaar, maar je serveert de opdrachtgever af. Die zal de volgende keer minder welwillend zijn.", minutes=3, gp=-5),
        ]),
        sit("terug", "Terug in de groep", 1, [
            ("Henk", "En? Gaat zij nu horen wat wij hier zeggen?"),
        ], [
            ch("‘Maak je geen zorgen, Henk, Jolanda is echt heel betrokken en wil alleen maar het beste voor jullie team.’", "samira", "Geruststellen zonder afspraak helpt niet: Henks vraag gaat over wat er met zijn woorden gebeurt.", minutes=3, saf=-5),
            ch("‘Nee. Bij de tussenevaluatie hoort ze alleen algemene thema's, en jullie bepalen samen welke.’", "samira", "Je maakt de afspraak voor iedereen helder, zodat Henk niet hoeft te raden. Veiligheid ontstaat uit duidelijke grenzen.", expert=True, minutes=5, saf=10, gp=5),
        ]),
        sit("samira", "De planning", 1, [
            ("Samira", "Mijn casus gaat over de planning. Ik krijg steeds de moeilijkste dossiers."),
            ("Rik", "Dat kun je hier toch niet inbrengen? Dat gaat over Jolanda."),
        ], [
            ch("‘Rik heeft gelijk: over de planning kun je beter met Jolanda zelf praten dan hier in de groep.’", "einde-veilig-maar-leeg", "Een casus over een situatie met je leidinggevende kan juist in intervisie, zolang het over je eigen handelen gaat. Je sluit het af.", minutes=20, saf=-10, que=-10),
            ch("‘Het kan, als het over jou gaat. Samira, wat wil jij leren in hoe je met de planning omgaat?’", "verkennen", "Je houdt de casus open en helpt Samira haar vraag naar haar eigen aandeel te brengen. Rik krijgt een antwoord zonder terechtwijzing.", expert=True, minutes=10, que=10, saf=5),
        ]),
        sit("verkennen", "Vragen die verdedigen", 2, [
            ("Samira", "Ik wil leren hoe ik zeg dat het me te veel wordt, zonder dat het klinkt als klagen."),
            ("Rik", "Maar Jolanda bedoelt het toch goed? Ze geeft je die dossiers omdat je goed bent."),
        ], [
            ch("‘Rik, dat klinkt als een mening met een vraagteken. Welke open vraag heb je voor Samira?’", "kern", "Een suggestieve vraag stuurt de inbrenger. Je helpt Rik naar een echte vraag, zonder zijn loyaliteit af te keuren.", expert=True, minutes=25, que=10, gp=5),
            ch("Je laat Samira antwoorden; misschien helpt het haar juist om Jolanda's kant van het verhaal te zien.", "kern", "Samira moet nu Jolanda's beleid verdedigen of aanvallen, en haar eigen vraag raakt uit beeld.", minutes=25, que=-10, neu=-5),
        ]),
        sit("kern", "De kern", 3, [
            ("Henk", "Volgens mij durft ze geen nee te zeggen tegen de baas."),
            ("Samira", "Hm. Het is meer: ik wil laten zien dat ik het aankan."),
        ], [
            ch("‘Ik denk dat Henk de spijker op de kop slaat: nee zeggen tegen je leidinggevende, daar gaat het om.’", "advies", "Je kiest de kern voor Samira, en dan nog een die over haar relatie met de leidinggevende gaat.", minutes=10, neu=-10),
            ch("‘Samira, welke kern kies je?’", "advies", "De inbrenger bepaalt de kern. Henks formulering is een aanbod, geen vonnis.", expert=True, minutes=10, neu=10, que=5),
        ]),
        sit("advies", "Adviezen", 4, [
            ("Rik", "Mijn advies: zeg het gewoon tegen Jolanda, ze is heus redelijk."),
            ("Henk", "Mijn advies: hou een lijstje bij van je dossiers, dan heb je iets concreets."),
        ], [
            ch("‘Rik, jouw advies is prima, maar jij zit wel heel dicht op Jolanda. Henk, jij nog?’", "evaluatie", "Je suggereert dat Riks advies minder telt door zijn loyaliteit. Dat beschadigt hem in de groep.", minutes=20, saf=-10, neu=-5),
            ch("‘Dank je. Samira, welke adviezen spreken je aan, en waarom?’", "evaluatie", "In de adviesronde kiest de inbrenger. Jij houdt je eigen oordeel over wie het advies geeft erbuiten.", expert=True, minutes=20, neu=10, gp=5),
        ]),
        sit("evaluatie", "Evaluatie", 5, [
            ("Henk", "Komt dit ook in het verslag voor Jolanda?"),
        ], [
            ch("‘Dat weet ik eerlijk gezegd niet precies; dat zou je Jolanda zelf eens moeten vragen, Henk.’", "einde-half", "Onduidelijkheid over het verslag ondermijnt alles wat je eerder afsprak.", minutes=5, saf=-10),
            ch("‘Nee, er gaat geen verslag naar Jolanda. Hoe veilig voelde het vandaag, en wat neem je mee?’", "einde-goed", "Je bevestigt de vertrouwelijkheid en evalueert ook de veiligheid. Daarmee maak je het incident van het begin bespreekbaar.", expert=True, minutes=10, saf=10, gp=10),
        ]),
        end("einde-goed", "Veilig en zonder vijand", [(None, "Samira gaat weg met een plan voor het gesprek over de planning. Jolanda krijgt bij de tussenevaluatie de thema's, en de groep weet wat er wel en niet gedeeld wordt.")]),
        end("einde-half", "Half", [(None, "De bijeenkomst is gered, maar de groep twijfelt of wat ze hier zegt, hier blijft.")]),
        end("einde-veilig-maar-leeg", "Veilig, maar leeg", [(None, "Er is niets kwetsbaars gezegd. Jolanda vond het ‘een beetje vlak’, de groep vond het een verloren middag.")]),
    ],
}
# fmt: on
