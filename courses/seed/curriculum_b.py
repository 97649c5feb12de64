"""Modules 5-7 of "Intervisie begeleiden: de basis", written for this product."""

from .blocks import callout, key_points, method, quiz, reflection, text

MODULE_5 = {
    "slug": "methodes",
    "title": "De methodes",
    "summary": "Zes methodes met hun stappen, tijden en het moment waarop advies mag.",
    "lessons": [
        {
            "slug": "incidentmethode-en-vijf-stappen",
            "title": "De incidentmethode en het vijfstappenmodel",
            "summary": "Twee methodes die goed werken voor beginnende groepen.",
            "minutes": 20,
            "blocks": [
                text(
                    "<p>Alle methodes delen een patroon: eerst verbreden en onderzoeken, dan "
                    "de kern benoemen, en pas daarna adviseren. Wie van de gekozen methode "
                    "afwijkt, krijgt al snel discussie en ongevraagde adviezen.</p>"
                    "<p>De <strong>incidentmethode</strong> is geschikt voor groepen die net "
                    "beginnen. De inbrenger vertelt een voorval tot aan het moment waarop een "
                    "beslissing moest vallen. De groep stelt eerst alleen feitelijke vragen, "
                    "analyseert, en ieder schrijft op wat hij zou doen. Pas daarna vertelt de "
                    "inbrenger wat er echt gebeurde.</p>"
                ),
                method(
                    "incidentmethode",
                    "Let op het moment waarop de inbrenger stil luistert: dan komen de "
                    "adviezen, en pas daarna reageert hij.",
                ),
                text(
                    "<p>Het <strong>vijfstappenmodel</strong> loopt van vraagintroductie via "
                    "probleemverkenning met open vragen en samenvattingen naar een "
                    "geformuleerde kern. In de adviesronde geeft iedereen minstens één advies "
                    "en zegt de inbrenger welke aanspreken. Een evaluatie sluit af. Er bestaat "
                    "een korte versie van ongeveer een halfuur.</p>"
                ),
                method("vijf-stappen"),
                quiz(
                    "Wanneer mag advies?",
                    [
                        (
                            "In welke stap van het vijfstappenmodel komen de adviezen?",
                            False,
                            [
                                ("In de adviesronde, na de kern", True, "Juist."),
                                (
                                    "Tijdens de probleemverkenning",
                                    False,
                                    "Dan stel je nog alleen open vragen.",
                                ),
                                ("Direct na de vraagintroductie", False, "Veel te vroeg."),
                            ],
                            "Advies komt pas als de kern helder is.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "tienstappen-en-balint",
            "title": "Het tienstappenmodel en de Balintmethode",
            "summary": "Methodes voor meer diepgang, en voor casussen met veel emotie.",
            "minutes": 20,
            "blocks": [
                text(
                    "<p>Het <strong>tienstappenmodel</strong> neemt de tijd: reken op twee "
                    "tot tweeënhalf uur per casus met zes deelnemers. De inbrenger beschrijft "
                    "de situatie met zijn eigen rol, de groep formuleert vragen, de inbrenger "
                    "kiest welke vragen hem het meest helpen, en de groep benoemt de kern, "
                    "die de inbrenger daarna opnieuw formuleert. Pas in een van de laatste "
                    "stappen is er ruimte voor tips, gevolgd door wat de deelnemers zelf "
                    "hebben geleerd.</p>"
                ),
                method("tien-stappen"),
                text(
                    "<p>De <strong>Balintmethode</strong> zoekt naar het echte probleem, "
                    "inclusief blinde vlekken en het eigen aandeel. Ze past bij casussen over "
                    "relaties waarin sterke emoties spelen. Probleemstelling, beeldvorming, "
                    "oordeelsvorming en besluitvorming worden strikt gescheiden. Deelnemers "
                    "schrijven eerst hun associaties op en later hun advies; de inbrenger "
                    "zwijgt als de adviezen gedeeld worden.</p>"
                    "<p>Balint vraagt een veilige groep van minstens vijf mensen en duurt een "
                    "tot twee uur. De inbrenger is nooit tegelijk gespreksleider.</p>"
                ),
                method("balint"),
                quiz(
                    "Methodes kiezen",
                    [
                        (
                            "Een deelnemer wil een casus inbrengen over een heftig conflict "
                            "met een collega waar veel emotie in zit. Welke methode past?",
                            False,
                            [
                                ("De Balintmethode", True, "Bedoeld voor relatiecasussen."),
                                (
                                    "Een korte bliksemronde",
                                    False,
                                    "Te snel voor zoveel lading.",
                                ),
                            ],
                            "Balint geeft ruimte aan beelden en gevoelens voordat er "
                            "geoordeeld wordt.",
                        ),
                        (
                            "Wat geldt voor de Balintmethode?",
                            True,
                            [
                                ("De fases blijven strikt gescheiden", True, "Klopt."),
                                ("De groep telt minstens vijf mensen", True, "Klopt."),
                                (
                                    "De inbrenger leidt het gesprek",
                                    False,
                                    "Dat is juist uitgesloten.",
                                ),
                            ],
                            "Scheiding van fases voorkomt dat de groep te snel oordeelt.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "roddel-en-vragenmethode",
            "title": "De roddelmethode en de vragenmethode",
            "summary": "Afstand nemen van je eigen verhaal, en leren van vragen.",
            "minutes": 18,
            "blocks": [
                text(
                    "<p>Bij de <strong>roddelmethode</strong> stelt ieder eerst een paar open "
                    "vragen. Daarna gaat de inbrenger buiten de kring zitten, met de rug naar "
                    "de groep, en maakt aantekeningen. De groep praat een kwartier in de derde "
                    "persoon over oorzaken, aannames en oplossingen. Tot slot vertelt de "
                    "inbrenger wat hem raakte en wat hij met de adviezen doet. Dit werkt alleen "
                    "in een veilige groep, en de toon moet opbouwend blijven.</p>"
                ),
                method("roddelmethode"),
                text(
                    "<p>De <strong>vragenmethode</strong> is een socratische vorm. De "
                    "inbrenger schetst het probleem in hooguit drie zinnen. Ieder schrijft "
                    "maximaal drie open vragen op een briefje. De inbrenger sorteert die in "
                    "koud, neutraal en warm, en beantwoordt de warme en neutrale vragen. "
                    "Daarna formuleert hij zijn vraag opnieuw; sterke punten en eventueel "
                    "advies volgen pas aan het eind, samen met een volgende stap.</p>"
                ),
                method("vragenmethode"),
                callout(
                    "tip",
                    "Kies bewust",
                    "<p>Kies de methode bij de vraag en bij de groep. Een nieuwe groep heeft "
                    "baat bij duidelijke stappen; een ervaren, veilige groep kan de "
                    "roddelmethode aan.</p>",
                ),
                quiz(
                    "Roddel- en vragenmethode",
                    [
                        (
                            "Wat doet de inbrenger tijdens het roddelen?",
                            False,
                            [
                                (
                                    "Hij zit met zijn rug naar de groep en schrijft mee",
                                    True,
                                    "Zo kan hij luisteren zonder te reageren.",
                                ),
                                (
                                    "Hij corrigeert wat niet klopt",
                                    False,
                                    "Dan verdwijnt de afstand die de methode zoekt.",
                                ),
                            ],
                            "Zwijgend luisteren geeft de inbrenger een nieuw perspectief.",
                        ),
                        (
                            "Wat doet de inbrenger met de vragen in de vragenmethode?",
                            False,
                            [
                                (
                                    "Sorteren in koud, neutraal en warm",
                                    True,
                                    "Juist, en dan de warme en neutrale beantwoorden.",
                                ),
                                (
                                    "Alle vragen meteen beantwoorden",
                                    False,
                                    "Het sorteren zelf is al leerzaam.",
                                ),
                            ],
                            "Welke vragen 'warm' zijn, zegt iets over waar de energie zit.",
                        ),
                    ],
                ),
            ],
        },
    ],
}

MODULE_6 = {
    "slug": "lastige-situaties",
    "title": "Lastige situaties en interventies",
    "summary": "Wat je doet als het anders loopt dan gepland.",
    "lessons": [
        {
            "slug": "geen-casus-en-emoties",
            "title": "Niemand heeft een casus, of iemand wordt emotioneel",
            "summary": "Twee momenten die veel begeleiders spannend vinden.",
            "minutes": 15,
            "blocks": [
                text(
                    "<p><strong>Niemand heeft een casus.</strong> Het eerste halfuur gaat op "
                    "aan koffie en 'wie wil er?'. Voorkom dit met een rooster waarin vooraf "
                    "vaststaat wie inbrengt, of vraag casussen vooraf per mail op. Heeft "
                    "niemand iets, kies dan een succescasus of werk met vragenkaarten die een "
                    "thema openen.</p>"
                    "<p><strong>Tranen of sterke emotie.</strong> Benoem wat je ziet en erken "
                    "het. Neem even pauze en vraag: 'wat gebeurt er nu bij je?'. Haast je niet "
                    "om te helpen of te troosten. Houd tegelijk de grens vast: intervisie is "
                    "geen therapie. Vraag daarna of de inbrenger verder wil, en met welke "
                    "vraag.</p>"
                ),
                key_points(
                    "Interventies",
                    [
                        "Werk met een inbrengrooster en casussen die vooraf binnenkomen.",
                        "Een succescasus is een volwaardig alternatief.",
                        "Bij emotie: benoemen, erkennen, pauzeren, niet redden.",
                        "Keer daarna terug naar de vraag en het eigen handelen.",
                    ],
                ),
                quiz(
                    "Wat doe je?",
                    [
                        (
                            "De inbrenger schiet vol tijdens de probleemverkenning. Wat "
                            "past het best?",
                            False,
                            [
                                (
                                    "Benoemen wat je ziet en vragen wat er nu gebeurt",
                                    True,
                                    "Zo erken je de emotie zonder het over te nemen.",
                                ),
                                (
                                    "Snel doorgaan naar de adviesronde",
                                    False,
                                    "Dat voelt als wegkijken.",
                                ),
                                (
                                    "De groep vragen de inbrenger gerust te stellen",
                                    False,
                                    "Troosten neemt de regie van de inbrenger over.",
                                ),
                            ],
                            "Emotie mag er zijn; de groep blijft wel bij het werk.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "oplossingsdrang-en-klaaguurtje",
            "title": "Oplossingsdrang, klaaguurtje en 'het ligt aan de ander'",
            "summary": "Als de groep te snel wil helpen of vooral klaagt.",
            "minutes": 15,
            "blocks": [
                text(
                    "<p><strong>Oplossingsdrang</strong>: deelnemers komen al met adviezen "
                    "voordat de vraag helder is, of stellen sturende vragen. Benoem de stap "
                    "waarin je zit en parkeer de adviezen, bijvoorbeeld op een flap. Laat "
                    "vragen eerst opschrijven; dat remt het reflexmatige helpen.</p>"
                    "<p><strong>Klaaguurtje</strong>: de bijeenkomst verandert in gezamenlijk "
                    "mopperen op de organisatie. Breng het terug naar de ik-vraag: 'wat is "
                    "jouw aandeel, en wat wil je daarin leren?'. Let ook op amateurpsychologie "
                    "als 'als ik jou was...'.</p>"
                    "<p><strong>'Het ligt aan de ander'</strong>: een casus over een lastige "
                    "derde voelt veilig, maar verbergt vaak de eigen worsteling. Vraag naar de "
                    "eigen rol en invloed.</p>"
                ),
                callout(
                    "example",
                    "Zo kan het klinken",
                    "<p>'Ik hoor al drie goede ideeën. Ik schrijf ze op, we komen er bij het "
                    "adviseren op terug. We zitten nu nog in het verkennen: wie heeft een "
                    "vraag aan Mirjam over wat zij toen dacht?'</p>",
                ),
                quiz(
                    "Herken het patroon",
                    [
                        (
                            "Na tien minuten gaat het gesprek vooral over hoe slecht het "
                            "rooster is. Wat is je interventie?",
                            False,
                            [
                                (
                                    "Terug naar de ik-vraag van de inbrenger",
                                    True,
                                    "Zo komt het eigen leren weer centraal.",
                                ),
                                (
                                    "Een actielijst voor het management maken",
                                    False,
                                    "Dat is geen intervisie meer.",
                                ),
                            ],
                            "Klagen kan lucht geven, maar leert de inbrenger weinig.",
                        ),
                        (
                            "Welke signalen wijzen op oplossingsdrang?",
                            True,
                            [
                                ("Vragen die beginnen met 'Heb je al eens...'", True, "Ja."),
                                ("Adviezen tijdens de verkenning", True, "Ja."),
                                (
                                    "Een deelnemer die een open vraag stelt",
                                    False,
                                    "Dat is juist gewenst.",
                                ),
                            ],
                            "Verkapte adviezen zijn het vaakst voorkomende signaal.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "groepsdynamiek-en-tijd",
            "title": "Dominant en stil, tijdnood en een manager erbij",
            "summary": "Ingrijpen in de groep zonder iemand te beschadigen.",
            "minutes": 15,
            "blocks": [
                text(
                    "<p><strong>Een dominante deelnemer</strong> houdt lange betogen, "
                    "beantwoordt vragen die voor de inbrenger bedoeld waren en praat over "
                    "anderen heen. Werk met rondes, gebruik de tijd als argument en benoem wat "
                    "er in de groep gebeurt (metacommunicatie).</p>"
                    "<p><strong>Een stille deelnemer</strong> nodig je uitdrukkelijk uit, of "
                    "je laat iedereen eerst schrijven zodat ook stille denkers iets "
                    "inbrengen.</p>"
                    "<p><strong>Tijd raakt op</strong>: vaak omdat de methode ter discussie "
                    "kwam, iemand de agenda overnam of de discussie al begon vóór de vragen. "
                    "Meestal sneuvelt de evaluatie. Bewaak de stappen met een tijdbewaker en "
                    "bescherm de laatste tien minuten.</p>"
                    "<p><strong>Een manager in de groep</strong>: deelnemers houden zich in, "
                    "uit angst dat het in een beoordeling terechtkomt. Bespreek dit vooraf met "
                    "de opdrachtgever; intervisie werkt het best zonder leidinggevende.</p>"
                ),
                key_points(
                    "Handgrepen",
                    [
                        "Rondes en schrijfmomenten verdelen de ruimte.",
                        "Noem de klok: 'we hebben nog vijf minuten voor deze stap'.",
                        "Metacommuniceer: 'ik merk dat we steeds op hetzelfde terugkomen'.",
                        "Spreek vooraf af dat leidinggevenden niet deelnemen.",
                    ],
                ),
                reflection(
                    "Welke van deze situaties zou jou als begeleider het meest uit balans "
                    "brengen? Wat zou je als eerste zeggen?",
                    "Schrijf de letterlijke zin op die je zou gebruiken.",
                ),
            ],
        },
    ],
}

MODULE_7 = {
    "slug": "naar-zelfstandig",
    "title": "Van begeleide naar zelfstandige intervisie",
    "summary": "Hoe een groep volwassen wordt en jij als begeleider naar de achtergrond gaat.",
    "lessons": [
        {
            "slug": "groeiroute",
            "title": "Een groeiroute in stappen",
            "summary": "Van externe begeleider via co-begeleiding naar een eigen groep.",
            "minutes": 12,
            "blocks": [
                text(
                    "<p>Een groep die zelfstandig intervisie doet, ontstaat niet vanzelf. Een "
                    "veelgebruikte route: een startbijeenkomst waarin de groep een leerplan "
                    "maakt en oefent met luisteren, samenvatten en doorvragen; daarna een "
                    "aantal begeleide bijeenkomsten; dan bijeenkomsten waarin een deelnemer "
                    "leidt met de begeleider op de achtergrond; en tot slot een evaluatie.</p>"
                    "<p>Na elke begeleide bijeenkomst schrijven deelnemers een korte "
                    "reflectie. De laatste begeleide bijeenkomst wordt soms door twee "
                    "deelnemers samen geleid. Een terugkommoment na een jaar laat zien of de "
                    "groep het volhoudt.</p>"
                ),
                quiz(
                    "Volgorde",
                    [
                        (
                            "Wat komt meestal vóór zelfstandige intervisie?",
                            False,
                            [
                                (
                                    "Bijeenkomsten waarin een deelnemer leidt en de "
                                    "begeleider op de achtergrond blijft",
                                    True,
                                    "Zo oefent de groep met een vangnet.",
                                ),
                                (
                                    "Een examen bij de leidinggevende",
                                    False,
                                    "Beoordeling past niet bij intervisie.",
                                ),
                            ],
                            "Het loslaten gebeurt geleidelijk.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "interne-begeleiders",
            "title": "Interne begeleiders en rollen wisselen",
            "summary": "Wat er verandert als een collega de groep begeleidt.",
            "minutes": 10,
            "blocks": [
                text(
                    "<p>Na een of twee bijeenkomsten met een externe begeleider nemen "
                    "interne begeleiders het vaak over. Dat werkt het best als zij daar tijd "
                    "voor krijgen en als de rol per bijeenkomst kan rouleren.</p>"
                    "<p>Een teamlid als begeleider brengt een risico mee: rolverwarring. Je "
                    "bent collega én procesbewaker, en je hebt vaak zelf een mening over de "
                    "inhoud. Spreek daarom af dat de begeleider van dienst die dag geen casus "
                    "inbrengt en inhoudelijk terughoudend is.</p>"
                ),
                callout(
                    "warning",
                    "Geen leidinggevende als begeleider",
                    "<p>Een leidinggevende die begeleidt, maakt van intervisie al snel een "
                    "werkoverleg met een beoordelend randje. Kies een collega zonder "
                    "hiërarchische rol.</p>",
                ),
                reflection(
                    "Als jij in je eigen team de intervisie zou begeleiden: bij welke "
                    "collega's of onderwerpen loop je risico op rolverwarring?",
                ),
            ],
        },
        {
            "slug": "evalueren-en-borgen",
            "title": "Evalueren en borgen",
            "summary": "Hoe de groep zichzelf scherp houdt.",
            "minutes": 10,
            "blocks": [
                text(
                    "<p>Evaluatie is de stap die het eerst sneuvelt als de tijd krap is, en "
                    "juist die houdt een groep scherp. Evalueer kort na elke casus op drie "
                    "niveaus: wat leverde de casus op, hoe werkte de methode, hoe verliep de "
                    "samenwerking?</p>"
                    "<p>Eenvoudige middelen helpen: een smileythermometer, een observator die "
                    "terugkoppelt, of een korte schriftelijke reflectie. Aan het eind van een "
                    "traject helpt een driegesprek tussen deelnemer, begeleider en "
                    "leidinggevende over de leerdoelen, zonder de inhoud van de casussen.</p>"
                ),
                key_points(
                    "Houd de groep gezond",
                    [
                        "Evalueer elke bijeenkomst, al is het vijf minuten.",
                        "Haal de spelregels twee keer per jaar opnieuw op.",
                        "Wissel methodes af zodat de groep niet indut.",
                        "Plan een terugkommoment na een jaar.",
                    ],
                ),
                quiz(
                    "Evalueren",
                    [
                        (
                            "Op welke niveaus evalueer je een bijeenkomst?",
                            True,
                            [
                                ("De casus", True, "Ja."),
                                ("De methode", True, "Ja."),
                                ("De samenwerking", True, "Ja."),
                                ("Het salaris van de inbrenger", False, "Uiteraard niet."),
                            ],
                            "Casus, methode en samenwerking samen geven een volledig beeld.",
                        ),
                    ],
                ),
            ],
        },
    ],
}

MODULES_B = [MODULE_5, MODULE_6, MODULE_7]
