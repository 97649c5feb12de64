# ruff: noqa: E501  (scenario prose: long Dutch sentences read better unwrapped)
"""Seed scenarios, part 4: the other's fault, running out of time, a manager joins."""

from .dsl import ch, end, sit

OTHERS_FAULT = {
    "slug": "het-ligt-aan-de-ander",
    "title": "Het ligt aan Ria",
    "focus": "others_fault",
    "method": "roddelmethode",
    "summary": "De inbrenger wil weten hoe ze haar collega zover krijgt dat die haar werk "
    "doet. De groep begint over de collega te praten.",
    "briefing": "<p>Zorgcoördinatoren van een vvt-organisatie werken met de roddelmethode. "
    "De groep is al een jaar bij elkaar en vertrouwt elkaar.</p>",
    "reflection": "Hoe help jij een inbrenger om van ‘de ander moet veranderen’ naar ‘wat is "
    "mijn aandeel’ te komen, zonder dat het als een verwijt klinkt?",
    "clock_start": 10,
    "time_budget": 60,
    "cast": [
        ("Hanneke", "inbrenger", "Zorgcoördinator, lost graag zelf alles op."),
        ("Bas", "deelnemer", "Nieuwsgierig naar details."),
        ("Joyce", "deelnemer", "Stelt goede open vragen."),
        ("Ahmed", "deelnemer", "Kent Ria van een vorige afdeling."),
    ],
    "situations": [
        sit(
            "start",
            "De vraag",
            1,
            [
                (
                    "Hanneke",
                    "Mijn collega Ria houdt zich nooit aan afspraken. Ze laat dossiers "
                    "liggen en ik mag het oplossen. Mijn vraag is: hoe krijg ik Ria zover dat ze haar "
                    "werk doet?",
                ),
            ],
            [
                (
                    "‘Dank je. Ria is er niet, dus haar kunnen we hier niet veranderen. Kun je je "
                    "vraag zo stellen dat hij over jouw handelen gaat?’",
                    "herformuleren",
                    "Een casus over een ander voelt veilig, maar verbergt de eigen worsteling. Een "
                    "ik-vraag gaat over wat je zelf kunt beïnvloeden.",
                    True,
                    2,
                    {"que": 15, "gp": 10},
                ),
                ch(
                    "‘Helder. Wie heeft een vraag voor Hanneke?’",
                    "ria-bespreken",
                    "Met deze vraag gaat de bespreking over Ria. De groep kan alleen advies geven "
                    "over iemand die er niet bij is.",
                    que=-10,
                ),
                ch(
                    "‘Misschien ligt het ook een beetje aan jou?’",
                    "hanneke-verdedigt",
                    "Een suggestieve vraag met een oordeel erin. Je vraagt wel naar eigen aandeel, "
                    "maar als verwijt; dat roept verdediging op.",
                    saf=-15,
                    emo=-15,
                    neu=-10,
                ),
            ],
        ),
        sit(
            "ria-bespreken",
            "Vragen over Ria",
            2,
            [
                ("Bas", "Hoe oud is Ria eigenlijk?"),
                ("Joyce", "Heeft ze thuis misschien problemen?"),
                ("Ahmed", "Ik ken haar, ze is inderdaad lastig."),
            ],
            [
                (
                    "‘We praten nu over iemand die er niet is. Ik wil terug naar Hanneke: welke vragen "
                    "kunnen we stellen over wat zíj doet en voelt?’",
                    "eigen-aandeel",
                    "Je stuurt de vragen van de inhoud en de ander naar het denken en doen van de "
                    "inbrenger. Dat is waar intervisie over gaat.",
                    True,
                    2,
                    {"gp": 10, "que": 10},
                ),
                ch(
                    "Je laat de vragen lopen.",
                    "einde-roddel",
                    "De groep vormt een beeld van Ria, en Ahmed bevestigt het. Dat is echt roddelen, "
                    "en het is niet eerlijk tegenover Ria.",
                    gp=-10,
                    saf=-5,
                ),
            ],
        ),
        sit(
            "hanneke-verdedigt",
            "Dus het is mijn schuld?",
            1,
            [
                ("Hanneke", "Dus het is mijn schuld?!"),
                (None, "Haar wangen kleuren. De anderen kijken naar jou."),
            ],
            [
                (
                    "‘Nee, zo bedoel ik het niet, al klonk het wel zo. Ik ben nieuwsgierig naar jouw "
                    "kant: wat heb je al geprobeerd, en wat deed dat met je?’",
                    "eigen-aandeel",
                    "Je herstelt je suggestieve vraag en stelt een echte open vraag. Eigen aandeel "
                    "vinden gaat via nieuwsgierigheid, niet via schuld.",
                    True,
                    2,
                    {"emo": 10, "saf": 10, "que": 5},
                ),
                ch(
                    "‘Het gaat niet om schuld. Laten we verder gaan.’",
                    "einde-dicht",
                    "Je laat de schade liggen. Hanneke blijft op haar hoede en brengt niets "
                    "persoonlijks meer in.",
                    emo=-5,
                ),
            ],
        ),
        sit(
            "herformuleren",
            "Een nieuwe vraag",
            1,
            [
                (
                    "Hanneke",
                    "Hmm. Dan: hoe zeg ik tegen Ria wat ik nodig heb, zonder dat ik boos word?",
                ),
            ],
            [
                (
                    "‘Dat is een vraag over jou. Dan gaan we naar de open vragen; stel ze over "
                    "Hanneke.’",
                    "eigen-aandeel",
                    "De vraag ligt nu bij de inbrenger. Je benoemt de stap en de focus, zodat de "
                    "groep niet alsnog over Ria gaat praten.",
                    True,
                    1,
                    {"gp": 5, "que": 5},
                ),
                ch(
                    "‘Mooi. Weet iemand hoe je dat doet, boos blijven zonder boos te worden?’",
                    "einde-half",
                    "Je springt over de verkenning heen naar tips. Het eigen aandeel blijft "
                    "onontdekt.",
                    neu=-10,
                    gp=-5,
                ),
            ],
        ),
        sit(
            "eigen-aandeel",
            "Het eigen aandeel",
            2,
            [
                (
                    "Joyce",
                    "Wat doe jij op het moment dat je ziet dat een dossier is blijven liggen?",
                ),
                ("Hanneke", "Ik los het zelf op. Dan is het tenminste goed."),
                (None, "Stilte."),
                ("Hanneke", "...en dan ben ik boos. Op haar. En eigenlijk ook op mezelf."),
            ],
            [
                (
                    "‘Ik hoor: je lost het op, en dan word je boos. Hanneke, draai je stoel om; de "
                    "groep praat nu over jouw vraag. Let op: we praten over Hanneke, niet over Ria.’",
                    "roddelronde",
                    "Je vat het eigen aandeel samen en zet de roddelronde neer met een duidelijke "
                    "spelregel, zodat die opbouwend blijft.",
                    True,
                    2,
                    {"gp": 10, "que": 5},
                ),
                ch(
                    "‘Dus je bent eigenlijk een beetje een controlfreak?’",
                    "einde-dicht",
                    "Een etiket in plaats van een samenvatting. Net nu Hanneke zich opent, voelt ze "
                    "zich beoordeeld.",
                    emo=-15,
                    saf=-10,
                ),
            ],
        ),
        sit(
            "roddelronde",
            "De roddelronde",
            3,
            [
                (None, "Hanneke zit met haar rug naar de groep en schrijft mee."),
                ("Ahmed", "Ik denk dat Ria gewoon lui is."),
                ("Joyce", "Misschien weet Ria niet eens dat Hanneke het steeds oplost."),
            ],
            [
                (
                    "‘Ahmed, terug naar Hanneke: wat zie je háár doen, en wat zou zij kunnen "
                    "proberen?’",
                    "einde-goed",
                    "Ook in de roddelronde blijft de inbrenger het onderwerp. Een oordeel over een "
                    "afwezige helpt Hanneke niet en is niet eerlijk.",
                    True,
                    1,
                    {"gp": 10, "neu": 5},
                ),
                ch(
                    "Je laat het gaan; Joyce brengt het vanzelf wel terug.",
                    "einde-half",
                    "Joyce doet je werk, maar Ahmeds oordeel blijft staan en Hanneke heeft het "
                    "gehoord.",
                    gp=-5,
                ),
            ],
        ),
        end(
            "einde-goed",
            "Van Ria naar Hanneke",
            [
                (
                    "Hanneke",
                    "Ik ga Ria vertellen dat ik haar dossiers niet meer oplos, en vragen wat "
                    "zij nodig heeft. Spannend. Maar dit kan ik zelf doen.",
                ),
            ],
        ),
        end(
            "einde-half",
            "Tips voor een ander",
            [
                (
                    None,
                    "Hanneke krijgt tips over hoe je met lastige collega's omgaat. Ze bedankt "
                    "de groep, maar haar eigen patroon blijft buiten beeld.",
                ),
            ],
        ),
        end(
            "einde-roddel",
            "Een echte roddel",
            [
                (
                    None,
                    "Na een halfuur weet iedereen veel over Ria. Hanneke voelt zich gesteund, "
                    "en niemand heeft iets over zichzelf geleerd.",
                ),
            ],
        ),
        end(
            "einde-dicht",
            "Op haar hoede",
            [
                (
                    None,
                    "Hanneke beantwoordt de vragen feitelijk en kort. De bespreking blijft aan "
                    "de oppervlakte.",
                ),
            ],
        ),
    ],
}

OUT_OF_TIME = {
    "slug": "tijd-loopt-uit",
    "title": "De tijd loopt weg",
    "focus": "out_of_time",
    "method": "incidentmethode",
    "summary": "De informatievragen lopen uit, iemand wil van methode wisselen en de "
    "evaluatie dreigt te sneuvelen.",
    "briefing": "<p>Leerplichtambtenaren hebben anderhalf uur en werken met de "
    "incidentmethode. Peter bracht een gesprek met een schooldirecteur in.</p>",
    "reflection": "Waar laat jij tijd liggen in een bijeenkomst, en welke stap sneuvelt dan "
    "als eerste?",
    "clock_start": 30,
    "time_budget": 45,
    "cast": [
        ("Peter", "inbrenger", "Leerplichtambtenaar, wil graag een concreet antwoord."),
        ("Wendy", "deelnemer", "Houdt van variatie in methodes."),
        ("Mohamed", "deelnemer", "Kent de school uit Peters casus."),
        ("Gerda", "tijdbewaker", "Is tijdbewaker, maar raakt zelf in het gesprek."),
    ],
    "situations": [
        sit(
            "start",
            "Tien minuten achter",
            2,
            [
                (None, "De informatievragen duren al twintig minuten in plaats van tien."),
                (
                    "Wendy",
                    "Zullen we eigenlijk niet liever de vijfstappenmethode doen? Die vind ik fijner.",
                ),
                ("Gerda", "O ja, wat is eigenlijk het verschil?"),
            ],
            [
                (
                    "‘Goede vraag voor de evaluatie, Wendy, ik noteer hem. Vandaag houden we deze "
                    "methode aan. We lopen tien minuten achter: ik stel voor de analyse in te korten "
                    "tot vijf minuten. Akkoord?’",
                    "analyse",
                    "Een methodediscussie halverwege is een klassieke tijdvreter. Je parkeert haar, "
                    "maakt de achterstand zichtbaar en doet een voorstel; dat is tijd bewaken.",
                    True,
                    2,
                    {"tim": 15, "gp": 10},
                ),
                ch(
                    "‘Interessant, laten we het even over de methodes hebben.’",
                    "methodediscussie",
                    "Je laat de groep over de vorm praten in plaats van over Peters casus. Dat "
                    "kost tijd en Peter raakt op de achtergrond.",
                    minutes=10,
                    tim=-15,
                    gp=-10,
                ),
                ch(
                    "‘Nog een paar vragen dan, en daarna de analyse.’",
                    "uitloop",
                    "Zonder grens worden ‘een paar vragen’ er tien. De achterstand groeit.",
                    minutes=10,
                    tim=-10,
                ),
            ],
        ),
        sit(
            "methodediscussie",
            "Over methodes",
            2,
            [
                ("Wendy", "Bij de vijfstappenmethode krijg je tenminste allemaal een advies."),
                (None, "Peter kijkt op zijn horloge."),
            ],
            [
                (
                    "‘We praten over de methode in plaats van over Peters casus. Ik zet het op de "
                    "agenda voor de evaluatie. Peter, excuus: we gaan verder.’",
                    "analyse",
                    "Je benoemt wat er gebeurt en geeft de casus terug aan de inbrenger. Beter laat "
                    "bijsturen dan helemaal niet.",
                    True,
                    2,
                    {"gp": 10, "tim": 5},
                ),
                ch(
                    "‘Goed, dan stappen we over op de vijfstappenmethode.’",
                    "einde-verloren",
                    "Halverwege van methode wisselen gooit alles om. De stappen die al gedaan zijn "
                    "passen niet, en niemand weet meer waar de groep is.",
                    minutes=15,
                    gp=-15,
                    tim=-10,
                ),
            ],
        ),
        sit(
            "uitloop",
            "Discussie",
            2,
            [
                ("Mohamed", "Volgens mij had die school allang moeten melden."),
                ("Gerda", "Scholen doen dat nooit op tijd, dat zie ik ook steeds."),
            ],
            [
                (
                    "‘Stop. We lopen uit en we zijn in discussie over scholen. Korte analyse: ieder "
                    "één zin over wat er volgens hem speelt bij Peter, dan gaan we schrijven.’",
                    "analyse",
                    "Je benoemt de uitloop en de afdwaling en geeft een strakke, haalbare vorm. De "
                    "focus gaat terug naar Peter.",
                    True,
                    2,
                    {"tim": 10, "gp": 10},
                ),
                ch(
                    "Je laat de discussie uitlopen; Gerda is toch de tijdbewaker.",
                    "krap",
                    "De tijdbewaker helpt, maar het proces blijft jouw verantwoordelijkheid. Als "
                    "zij meepraat, moet jij ingrijpen.",
                    minutes=10,
                    tim=-10,
                    when=("time_left", 15, "einde-geen-evaluatie"),
                ),
            ],
        ),
        sit(
            "analyse",
            "Weer op schema?",
            4,
            [
                (
                    None,
                    "De analyse is rond. Nog te gaan: opschrijven, beslissingen delen, Peters "
                    "reactie en de evaluatie.",
                ),
                ("Gerda", "We hebben nog twintig minuten."),
            ],
            [
                (
                    "‘Dank je, Gerda. Ik stel voor: opschrijven en delen samen in tien minuten, dan "
                    "Peter vijf minuten, en de evaluatie houden we, al is hij kort.’",
                    "krap",
                    "Je verdeelt de resterende tijd zichtbaar over de stappen, en je beschermt "
                    "bewust de evaluatie: die sneuvelt anders altijd als eerste.",
                    True,
                    10,
                    {"tim": 10, "gp": 5},
                ),
                ch(
                    "‘We doen het allemaal gewoon volledig, dan lopen we maar iets uit.’",
                    "krap",
                    "Uitlopen is een afspraak breken: mensen moeten weg en de evaluatie verdwijnt.",
                    minutes=20,
                    tim=-15,
                    when=("time_left", 10, "einde-geen-evaluatie"),
                ),
            ],
        ),
        sit(
            "krap",
            "Acht minuten",
            6,
            [
                (
                    "Peter",
                    "Ik heb uiteindelijk de leerplichtwet erbij gepakt en een termijn gesteld.",
                ),
                ("Gerda", "Mag ik nog één advies geven? Want ik dacht..."),
                (None, "Er zijn nog acht minuten."),
            ],
            [
                (
                    "‘Gerda, dank je; we hebben nog acht minuten en ik wil de evaluatie niet "
                    "overslaan, daar leren we als groep van. Peter, je laatste reactie?’",
                    "einde-goed",
                    "De inbrenger krijgt het laatste woord en de evaluatie blijft staan. Je "
                    "gebruikt de tijd als argument, niet de persoon.",
                    True,
                    3,
                    {"tim": 10, "gp": 5},
                ),
                ch(
                    "‘We ronden af; de evaluatie doen we volgende keer.’",
                    "einde-geen-evaluatie",
                    "De evaluatie sneuvelt, zoals zo vaak. Juist daar zou de groep bespreken "
                    "waarom de tijd wegliep.",
                    minutes=2,
                    tim=-10,
                    gp=-5,
                ),
            ],
        ),
        end(
            "einde-goed",
            "Op tijd, met evaluatie",
            [
                (
                    "Wendy",
                    "In de evaluatie: ‘Laten we volgende keer vooraf de tijd per stap op het "
                    "bord zetten.’ Iedereen is om kwart over vier de deur uit.",
                ),
            ],
        ),
        end(
            "einde-geen-evaluatie",
            "Zonder evaluatie",
            [
                (
                    None,
                    "De groep gaat tien minuten te laat uit elkaar, zonder evaluatie. Volgende "
                    "keer loopt het weer zo.",
                ),
            ],
        ),
        end(
            "einde-verloren",
            "Verdwaald in de methode",
            [
                (
                    None,
                    "Na de wissel weet niemand meer in welke stap de groep zit. Peter gaat "
                    "naar huis zonder antwoord op zijn vraag.",
                ),
            ],
        ),
    ],
}

MANAGER = {
    "slug": "leidinggevende-schuift-aan",
    "title": "De teamleider schuift aan",
    "focus": "manager",
    "method": "vijf-stappen",
    "summary": "Net als je wilt beginnen, komt de teamleider binnen: ‘Doe alsof ik er niet "
    "ben.’ De groep wordt stil.",
    "briefing": "<p>Een team schuldhulpverleners heeft intervisie met een externe "
    "begeleider: jij. Samira wil vandaag iets inbrengen.</p>",
    "reflection": "Hoe bewaak jij de spelregels van de groep tegenover iemand met meer macht, "
    "zonder die persoon af te serveren?",
    "clock_start": 0,
    "time_budget": 120,
    "cast": [
        ("Jolanda", "teamleider", "Betrokken, wil weten wat intervisie oplevert."),
        ("Samira", "inbrenger", "Wil iets inbrengen over de planning."),
        ("Rik", "deelnemer", "Loyaal aan Jolanda, wil geen gedoe."),
        ("Henk", "deelnemer", "Voorzichtig, denkt aan zijn beoordeling."),
    ],
    "situations": [
        sit(
            "start",
            "Even meeluisteren",
            1,
            [
                (
                    "Jolanda",
                    "Ik schuif even aan, ik ben benieuwd hoe jullie dit doen. Doe maar alsof ik er niet ben.",
                ),
                (None, "Samira kijkt naar haar map. Henk schuift zijn stoel bij."),
            ],
            [
                (
                    "‘Fijn dat je belangstelling hebt, Jolanda. We hebben afgesproken dat intervisie "
                    "zonder leidinggevende is, omdat mensen dan vrijer spreken. Zullen we na afloop "
                    "samen koffie drinken? Dan vertel ik hoe we werken.’",
                    "zonder-jolanda",
                    "Gelijkwaardigheid is een spelregel: met een leidinggevende erbij houden mensen "
                    "zich in, uit angst dat het in een beoordeling terechtkomt. Je begrenst en biedt "
                    "tegelijk iets aan.",
                    True,
                    3,
                    {"gp": 15, "saf": 15},
                ),
                ch(
                    "‘Natuurlijk, welkom.’",
                    "met-jolanda",
                    "Je laat de spelregel los op het moment dat hij ertoe doet. De groep ziet dat "
                    "jij de ruimte niet beschermt.",
                    saf=-20,
                    gp=-10,
                ),
                ch(
                    "‘Wat vinden jullie ervan?’",
                    "groep-gevraagd",
                    "Het lijkt democratisch, maar je legt de beslissing bij mensen die er met hun "
                    "leidinggevende bij geen nee tegen kunnen zeggen.",
                    saf=-5,
                    gp=-5,
                ),
            ],
        ),
        sit(
            "groep-gevraagd",
            "Moet kunnen",
            1,
            [
                (None, "Stilte."),
                ("Rik", "Eh... moet kunnen, toch?"),
                (None, "Samira kijkt naar beneden."),
            ],
            [
                (
                    "‘Ik neem het besluit zelf, dan hoeft niemand het te doen. Jolanda, ik wil je "
                    "vragen niet te blijven. Ik kom graag na afloop bij je langs.’",
                    "zonder-jolanda",
                    "Je neemt de verantwoordelijkheid terug die je net bij de groep legde. Zo hoeft "
                    "niemand tegenover de leidinggevende positie te kiezen.",
                    True,
                    2,
                    {"gp": 10, "saf": 10},
                ),
                ch(
                    "‘Goed, dan blijft Jolanda.’",
                    "met-jolanda",
                    "Het ‘ja’ van Rik is geen echte instemming. Samira heeft haar casus al "
                    "ingeslikt.",
                    saf=-15,
                ),
            ],
        ),
        sit(
            "met-jolanda",
            "Een veilige casus",
            1,
            [
                ("Samira", "Ik had eigenlijk iets, maar dat bewaar ik wel voor een andere keer."),
                ("Henk", "Ik heb wel iets over het nieuwe softwarepakket."),
                (None, "Jolanda knikt bemoedigend."),
            ],
            [
                (
                    "‘Ik merk dat het anders is nu Jolanda erbij is, en dat is logisch. Jolanda, mag "
                    "ik je toch vragen om de rest van de bijeenkomst niet te blijven?’",
                    "zonder-jolanda-laat",
                    "Je benoemt wat je ziet (metacommunicatie) en stuurt alsnog bij. Dat vraagt "
                    "moed, en het laat de groep zien dat de spelregels gelden.",
                    True,
                    2,
                    {"gp": 10, "saf": 10},
                ),
                ch(
                    "‘Prima, Henk, vertel.’",
                    "einde-veilig-maar-leeg",
                    "De bijeenkomst gaat door, maar over een onderwerp waar niets op het spel "
                    "staat. Samira's echte vraag blijft thuis.",
                    que=-5,
                ),
            ],
        ),
        sit(
            "zonder-jolanda",
            "Na het vertrek",
            1,
            [
                (None, "Jolanda gaat, iets beduusd maar vriendelijk."),
                ("Rik", "Oei, was dat wel slim? Ze is wel onze baas."),
            ],
            [
                (
                    "‘Ik snap dat het spannend voelt. Ik praat zelf met haar. Wat hier besproken "
                    "wordt, blijft hier; dat is onze afspraak. Wie heeft er een casus?’",
                    "samira",
                    "Je erkent de zorg, neemt de verantwoordelijkheid op je en herhaalt de afspraak "
                    "over vertrouwelijkheid. Zo groeit de veiligheid.",
                    True,
                    2,
                    {"saf": 10, "emo": 5},
                ),
                ch(
                    "‘Dat is haar probleem, niet het jouwe.’",
                    "samira",
                    "Afwijzend over de leidinggevende, en Riks zorg wordt niet erkend. Je zet hem "
                    "in een loyaliteitsconflict.",
                    neu=-5,
                    saf=-5,
                ),
            ],
        ),
        sit(
            "zonder-jolanda-laat",
            "Nu durf ik wel",
            1,
            [
                (None, "Jolanda vertrekt. Het blijft even stil."),
                ("Samira", "Oké. Nu durf ik het wel."),
            ],
            [
                (
                    "‘Dank je dat je het toch inbrengt. Vertel, en zeg erbij wat je ervan wilt "
                    "leren.’",
                    "samira",
                    "Je waardeert de stap die Samira zet en vraagt meteen naar een leervraag.",
                    True,
                    2,
                    {"emo": 5, "que": 5},
                ),
                ch(
                    "‘Zie je wel, dat had je meteen kunnen doen.’",
                    "samira",
                    "Een verwijt, terwijl de drempel door de situatie kwam, niet door Samira.",
                    emo=-10,
                ),
            ],
        ),
        sit(
            "samira",
            "Een casus over de teamleider",
            1,
            [
                (
                    "Samira",
                    "Mijn casus gaat eigenlijk over Jolanda. Ze plant ons steeds in zonder overleg.",
                ),
                ("Henk", "Dat kunnen we hier toch niet bespreken? Als ze het hoort..."),
            ],
            [
                (
                    "‘Henk, goed dat je daar alert op bent. Samira, we kijken hier naar jouw handelen: "
                    "wat wil jij leren over hoe jij ermee omgaat? En wat hier gezegd wordt, blijft "
                    "hier.’",
                    "einde-goed",
                    "Je maakt de casus veilig op twee manieren: de vertrouwelijkheid wordt "
                    "herhaald, en de vraag gaat over Samira zelf, niet over haar leidinggevende.",
                    True,
                    2,
                    {"que": 10, "saf": 10, "neu": 5},
                ),
                ch(
                    "‘Dan moet je dat gewoon tegen Jolanda zeggen.’",
                    "einde-half",
                    "Een advies nog voordat de vraag helder is, en van de begeleider. Samira "
                    "voelt zich afgescheept.",
                    neu=-15,
                ),
            ],
        ),
        end(
            "einde-goed",
            "Een veilige plek",
            [
                (
                    "Samira",
                    "Ik ga Jolanda vragen om me een week vooraf te laten weten wat er "
                    "gepland is. En ik ga het zelf zeggen, niet via de groepsapp.",
                ),
            ],
        ),
        end(
            "einde-half",
            "Een snel advies",
            [
                (
                    None,
                    "Samira knikt. In de evaluatie zegt ze dat ze meer tijd had willen hebben "
                    "om uit te zoeken wat haar tegenhoudt.",
                ),
            ],
        ),
        end(
            "einde-veilig-maar-leeg",
            "Veilig, maar leeg",
            [
                (
                    None,
                    "De software wordt grondig besproken. Na afloop zegt Samira tegen Rik: "
                    "‘Volgende keer misschien.’",
                ),
            ],
        ),
    ],
}
