"""Module 2 of the basis course: the roles in a session."""

from ..blocks import callout, key_points, paras, quiz, reflection, transcript

MODULE = {
    "slug": "rollen",
    "title": "Rollen: begeleider, inbrenger, deelnemers, tijdbewaker",
    "summary": "Wie doet wat in een bijeenkomst, en waarom de begeleider zelf geen advies geeft.",
    "lessons": [
        {
            "slug": "de-begeleider",
            "title": "De begeleider bewaakt het proces",
            "summary": "Voor, tijdens en na de bijeenkomst: wat de begeleider doet.",
            "minutes": 7,
            "blocks": [
                paras(
                    "Als begeleider ben je verantwoordelijk voor het proces, niet voor de "
                    "inhoud. Je zorgt dat de groep de gekozen methode volgt, dat de tijd klopt "
                    "en dat iedereen aan bod komt. Je werkt vanuit niet-weten: je hoeft geen "
                    "antwoord te hebben op de casus, en je geeft zelf geen advies. Het liefst "
                    "heb je zelfs geen inhoudelijke kennis van het vak van de groep; dan kom je "
                    "ook niet in de verleiding.",
                    "<strong>Vooraf</strong> plan je de bijeenkomst, verdeel je de rollen, kies "
                    "je de methode en heb je zo nodig contact met de inbrenger over zijn casus. "
                    "<strong>Tijdens</strong> de bijeenkomst blik je terug op de afspraken van "
                    "de vorige keer, bewaak je stappen, tijd en structuur, houd je vragen open, "
                    "vat je samen en leg je acties vast. <strong>Achteraf</strong> zorg je voor "
                    "een kort verslag of een aantekening in het logboek.",
                    "Een handige regel is: storingen gaan voor. Als iemand duidelijk met iets "
                    "anders bezig is, of als de sfeer ineens verandert, benoem je dat eerst. "
                    "Zolang er een spanning in de groep hangt die niemand uitspreekt, leert de "
                    "groep weinig meer.",
                ),
                key_points(
                    "Vier niveaus waarop je let",
                    [
                        "Inhoud: daar blijf je zelf buiten.",
                        "Procedure: de stappen van de methode en de tijd.",
                        "Interactie: wie praat, wie zwijgt, wie onderbreekt.",
                        "Gevoelens: spanning, emotie, onveiligheid.",
                    ],
                ),
                transcript(
                    "Fragment: de begeleider wordt om advies gevraagd",
                    "Vijfstappenmethode, adviesronde. Wendy begeleidt, Bram is de inbrenger.",
                    [
                        ("Bram", "Wendy, jij hebt dit vast vaker meegemaakt. Wat zou jij doen?"),
                        (
                            "Wendy",
                            "Ik merk dat je graag een antwoord van mij wilt. Mijn rol is "
                            "vandaag om het gesprek te bewaken, dus ik houd mijn mening voor "
                            "me. Wie van de groep heeft een advies dat we nog niet hoorden?",
                        ),
                        ("Femke", "Ik heb er nog een. Zou je het gesprek kunnen beginnen met..."),
                    ],
                    [
                        "Wendy benoemt de vraag in plaats van hem te negeren. Bram voelt zich "
                        "gehoord.",
                        "Ze legt uit waarom ze geen advies geeft: het gaat om haar rol, niet om "
                        "onwil.",
                        "Ze geeft het woord meteen terug aan de groep, zodat de adviesronde "
                        "doorloopt.",
                    ],
                ),
                quiz(
                    "De rol van de begeleider",
                    [
                        (
                            "Je begeleidt een groep leraren. Je was zelf tien jaar leraar en "
                            "je ziet een oplossing die niemand noemt. Wat doe je?",
                            False,
                            [
                                (
                                    "Je houdt het voor je en vraagt naar andere invalshoeken",
                                    True,
                                    "Goed: je blijft procesbewaker en de groep blijft zelf denken.",
                                ),
                                (
                                    "Je geeft je idee aan het eind, als tip van een "
                                    "ervaringsdeskundige",
                                    False,
                                    "Dan word je toch deelnemer, en jouw tip krijgt meer "
                                    "gewicht dan die van de anderen.",
                                ),
                                (
                                    "Je stelt een vraag die de groep vanzelf naar jouw "
                                    "oplossing leidt",
                                    False,
                                    "Een sturende vraag is een advies in vermomming.",
                                ),
                            ],
                            "De begeleider geeft geen inhoudelijk advies, ook niet verpakt.",
                        ),
                        (
                            "Wat hoort bij jouw voorbereiding als begeleider?",
                            True,
                            [
                                ("De rollen voor die dag verdelen", True, "Ja."),
                                ("Een methode kiezen die bij de vraag past", True, "Ja."),
                                (
                                    "Een oplossing voor de casus alvast bedenken",
                                    False,
                                    "Nee, juist niet: je werkt vanuit niet-weten.",
                                ),
                            ],
                            "Voorbereiden gaat over de vorm, niet over de inhoud.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "inbrenger-en-deelnemers",
            "title": "De inbrenger en de deelnemers",
            "summary": "Een open houding bij de inbrenger, open vragen bij de groep.",
            "minutes": 5,
            "blocks": [
                paras(
                    "De <strong>inbrenger</strong> komt met een recente situatie en een vraag. "
                    "Hij of zij is bereid zich te laten bevragen en staat open voor verandering. "
                    "Dat vraagt moed: je laat collega's meekijken naar iets wat nog niet lukt. "
                    "Als begeleider kun je die moed benoemen, zeker in een jonge groep.",
                    "De <strong>deelnemers</strong> helpen door open vragen te stellen over het "
                    "denken en doen van de inbrenger. Niet: 'hoe oud is die cliënt?', maar: "
                    "'wat ging er door je heen toen hij dat zei?'. Ze stellen hun eigen oordeel "
                    "uit en bewaren adviezen tot de methode daar ruimte voor geeft. Ook "
                    "luisteren is een taak: wie goed luistert, stelt een vervolgvraag op wat de "
                    "inbrenger net zei, in plaats van een eigen vraag die al klaarlag.",
                    "Een valkuil voor deelnemers is invullen. 'Dat zal wel frustrerend voor je "
                    "zijn geweest' klinkt meelevend, maar legt de inbrenger een gevoel in de "
                    "mond. 'Hoe was dat voor je?' laat hem zelf het woord kiezen.",
                ),
                callout(
                    "example",
                    "Twee vragen vergeleken",
                    "<ul><li>'Heb je al geprobeerd om het met je teamleider te bespreken?' is "
                    "een advies in vraagvorm.</li><li>'Wat houdt je tegen om het met je "
                    "teamleider te bespreken?' onderzoekt de inbrenger.</li></ul>",
                ),
                transcript(
                    "Fragment: doorvragen of een eigen vraag stellen",
                    "Vragenronde. Samira brengt in dat ze in teamoverleg nooit iets zegt.",
                    [
                        ("Samira", "Als ik iets wil zeggen, heeft iemand anders het al gezegd."),
                        ("Marco", "Hoe vaak hebben jullie eigenlijk teamoverleg?"),
                        ("Lotte", "Je zegt: iemand heeft het al gezegd. Wat doe je dan?"),
                        (
                            "Samira",
                            "Dan denk ik: laat maar. Maar eigenlijk bedoelde ik iets anders.",
                        ),
                    ],
                    [
                        "Marco stelt een feitenvraag die niet aansluit bij wat Samira net zei.",
                        "Lotte vraagt door op Samira's eigen woorden. Daardoor komt er iets "
                        "nieuws: Samira bedoelde iets anders, maar zweeg toch.",
                        "Als begeleider kun je de vraag van Lotte later noemen als voorbeeld van "
                        "goed luisteren.",
                    ],
                ),
                quiz(
                    "Welke vraag is open en onderzoekend?",
                    [
                        (
                            "Een inbrenger vertelt dat ze een moeilijk gesprek met een collega "
                            "steeds uitstelt. Welke vraag helpt haar het meest verder?",
                            False,
                            [
                                (
                                    "Wat denk je dat er gebeurt als je het gesprek voert?",
                                    True,
                                    "Deze vraag gaat over haar verwachting, en daar zit "
                                    "waarschijnlijk de rem.",
                                ),
                                (
                                    "Zou je het niet gewoon volgende week even inplannen?",
                                    False,
                                    "Een advies in vraagvorm: zij moet ja of nee zeggen.",
                                ),
                                (
                                    "Hoe lang werkt die collega al bij jullie op de afdeling?",
                                    False,
                                    "Een feitenvraag over de collega, niet over haarzelf.",
                                ),
                            ],
                            "Open vragen helpen de inbrenger zelf iets te ontdekken.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "tijdbewaker-en-andere-rollen",
            "title": "Tijdbewaker, verslaglegger en observator",
            "summary": "Rollen die je kunt verdelen zodat de begeleider lucht krijgt.",
            "minutes": 9,
            "blocks": [
                paras(
                    "Naast begeleider, inbrenger en deelnemers kun je extra rollen verdelen. "
                    "Een <strong>tijdbewaker</strong> geeft aan wanneer een stap bijna om is. "
                    "Een <strong>verslaglegger</strong> noteert de vraag, de kern en de "
                    "afspraken, zonder de inhoud van de casus uitgebreid op te schrijven. Een "
                    "<strong>observator</strong> let op het groepsproces en geeft dat aan het "
                    "eind kort en concreet terug.",
                    "Wissel deze rollen per bijeenkomst. Zo oefent iedereen met kijken naar het "
                    "proces, en dat is precies wat een groep nodig heeft om later zelf te "
                    "draaien. Een deelnemer die een keer observator was, ziet daarna zelf ook "
                    "sneller wanneer een vraag eigenlijk een advies is.",
                    "Een observator kijkt bijvoorbeeld naar één ding tegelijk: wie er aan het "
                    "woord is, hoeveel vragen echt open zijn, of hoe de groep met stiltes "
                    "omgaat. Laat de observator feiten teruggeven ('in de vragenronde werden "
                    "negen vragen gesteld, waarvan vier met een advies erin') en geen oordelen "
                    "('het ging niet zo goed').",
                ),
                key_points(
                    "Tips bij het verdelen",
                    [
                        "Spreek de rollen aan het begin af en schrijf ze op.",
                        "De inbrenger is nooit tegelijk gespreksleider.",
                        "Geef de observator één kijkvraag, niet vijf.",
                        "Laat de verslaglegger alleen vraag, kern en afspraken noteren.",
                    ],
                ),
                quiz(
                    "Rollen in de praktijk",
                    [
                        (
                            "Een groep wil haar eerste zelfstandige bijeenkomst houden. Jeroen "
                            "heeft een casus en biedt ook aan om het gesprek te leiden. Wat "
                            "raad je de groep aan?",
                            False,
                            [
                                (
                                    "Iemand anders leidt, zodat Jeroen alleen inbrenger is",
                                    True,
                                    "Inbrengen en leiden tegelijk gaat niet: je kunt niet "
                                    "zelf het proces bewaken en onderzocht worden.",
                                ),
                                (
                                    "Jeroen leidt, want hij kent zijn casus het best van iedereen",
                                    False,
                                    "Juist daarom niet: hij zit er middenin.",
                                ),
                                (
                                    "Jeroen leidt en een observator let op zijn rol als leider",
                                    False,
                                    "Een observator lost de dubbele rol niet op.",
                                ),
                            ],
                            "De inbrenger is nooit tegelijk de gespreksleider.",
                        ),
                    ],
                ),
                reflection(
                    "Welke rol vind jij zelf het lastigst om in te nemen, en waarom?",
                ),
            ],
        },
    ],
}
