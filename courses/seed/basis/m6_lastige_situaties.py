"""Module 6 of the basis course: difficult moments and interventions."""

from ..blocks import callout, key_points, paras, quiz, reflection, transcript

GEEN_CASUS_EMOTIE = {
    "slug": "geen-casus-en-emoties",
    "title": "Niemand heeft een casus, of iemand wordt emotioneel",
    "summary": "Twee momenten die veel begeleiders spannend vinden, en de nazorg daarna.",
    "minutes": 10,
    "blocks": [
        paras(
            "<strong>Niemand heeft een casus.</strong> Het eerste halfuur gaat op aan koffie "
            "en 'wie wil er?'. Voorkom dit met een rooster waarin vooraf vaststaat wie "
            "inbrengt, of vraag casussen een week vooraf per mail op. Heeft toch niemand iets, "
            "kies dan een succescasus of werk met vragenkaarten die een thema openen, zoals "
            "'een moment waarop je twijfelde of je moest ingrijpen'. Zeg wel hardop wat er "
            "gebeurt: 'We zijn nu tien minuten aan het zoeken. Wat maakt dat het vandaag "
            "lastig is om iets in te brengen?' Soms zit daar de echte casus van de groep.",
            "<strong>Tranen of sterke emotie.</strong> Benoem wat je ziet en erken het. Stel "
            "een pauze voor en vraag: 'Wat gebeurt er nu bij je?' Haast je niet om te helpen "
            "of te troosten, en laat de groep dat ook niet doen; de inbrenger heeft vooral "
            "ruimte nodig. Vraag na de pauze of de inbrenger verder wil, en met welke vraag. "
            "Houd tegelijk de grens vast: intervisie is geen therapie. De groep onderzoekt wat "
            "de inbrenger in zijn werk wil doen, niet waarom hij op een bepaald moment bevroor "
            "of waar zijn gevoel vandaan komt.",
        ),
        paras(
            "<strong>Nazorg.</strong> Raakt een casus aan veiligheid of gezondheid, "
            "bijvoorbeeld na agressie of bedreiging, dan is de bijeenkomst niet het eindpunt. "
            "Spreek af wanneer je de inbrenger nog even spreekt, bijvoorbeeld een telefoontje "
            "de volgende dag. Vraag of het incident gemeld is volgens het protocol van de "
            "organisatie, en wijs op de vertrouwenspersoon of de bedrijfsarts als dat past. Je "
            "neemt die zorg niet over; je zorgt dat de inbrenger weet waar ze terechtkan. De "
            "inhoud van het gesprek blijft daarbij vertrouwelijk.",
        ),
        transcript(
            "Fragment: zo loopt het mis",
            "Vragenronde. Esther vertelt over een vader die haar op school bedreigde. Haar "
            "stem breekt.",
            [
                ("Jasper", "Ach, wat naar. Maar je hebt het goed gedaan hoor, echt."),
                ("Noor", "Ja, en waarom bevroor je eigenlijk, denk je? Heb je dat vaker?"),
                ("Begeleider", "Goede vraag. Esther, kun je daar iets over zeggen?"),
            ],
            [
                "Jasper troost. Dat is lief bedoeld, maar het sluit het gesprek af in plaats "
                "van ruimte te geven.",
                "Noor graaft naar de oorzaak van het bevriezen. Dat is de weg naar therapie, "
                "en de begeleider gaat mee.",
                "Niemand benoemt de emotie, niemand biedt een pauze aan, en over melding en "
                "nazorg wordt niet gesproken.",
            ],
        ),
        transcript(
            "Fragment: zo kan het ook",
            "Hetzelfde moment.",
            [
                (
                    "Begeleider",
                    "Esther, ik zie dat dit je raakt. Dat mag. Zullen we vijf minuten pauze nemen?",
                ),
                ("Esther", "Graag."),
                (
                    "Begeleider",
                    "(na de pauze) Wat gebeurt er nu bij je, en wil je verder met je vraag?",
                ),
                (
                    "Esther",
                    "Het gaat weer. Ja, ik wil verder. Ik wil weten wat ik doe als hij morgen "
                    "weer voor me staat.",
                ),
                (
                    "Begeleider",
                    "Dan is dat de vraag. Aan het eind kom ik bij je terug op de melding en "
                    "op wie je nog kunt spreken.",
                ),
            ],
            [
                "De begeleider benoemt, erkent en biedt een pauze aan, zonder te troosten of "
                "over te nemen.",
                "Esther kiest zelf of en hoe ze verdergaat, en haar vraag wordt concreet.",
                "De nazorg is aangekondigd: melding en wie ze kan spreken krijgen een eigen "
                "plek aan het eind.",
            ],
        ),
        quiz(
            "Wat doe je?",
            [
                (
                    "De inbrenger schiet vol tijdens de probleemverkenning. Een deelnemer "
                    "schuift meteen een doos tissues toe en begint haar gerust te stellen. "
                    "Wat past het best?",
                    False,
                    [
                        (
                            "Benoemen wat je ziet, een pauze aanbieden en daarna vragen "
                            "wat er nu bij haar gebeurt",
                            True,
                            "Zo erken je de emotie en houdt de inbrenger de regie.",
                        ),
                        (
                            "De deelnemer laten troosten, want steun van collega's is in "
                            "zo'n moment het belangrijkst",
                            False,
                            "Troosten sluit de emotie af en neemt de regie over.",
                        ),
                        (
                            "Rustig doorgaan met de volgende vraag, zodat ze niet het "
                            "middelpunt van de aandacht wordt",
                            False,
                            "Dat voelt voor haar als wegkijken.",
                        ),
                    ],
                    "Emotie mag er zijn; de groep blijft daarna bij het werk.",
                ),
                (
                    "Aan het eind van een bespreking over een agressieve cliënt zegt de "
                    "inbrenger dat ze het incident nog niet gemeld heeft. Wat doe je?",
                    False,
                    [
                        (
                            "Vragen hoe het meldprotocol bij haar werkt, en afspreken dat "
                            "je haar morgen even belt",
                            True,
                            "Nazorg: de melding en een vervolgcontact, zonder het over te nemen.",
                        ),
                        (
                            "De melding zelf doen bij haar leidinggevende, zodat ze er niet "
                            "alleen voor staat",
                            False,
                            "Dan breek je de vertrouwelijkheid en neem je haar verantwoor"
                            "delijkheid over.",
                        ),
                        (
                            "Haar succes wensen en de bijeenkomst afsluiten met de "
                            "evaluatie van vandaag",
                            False,
                            "Dan gaat ze naar huis met losse eindjes na een onveilige situatie.",
                        ),
                    ],
                    "Bij veiligheid en gezondheid hoort nazorg: melding, nabellen, "
                    "vertrouwenspersoon.",
                ),
            ],
        ),
    ],
}

OPLOSSINGSDRANG = {
    "slug": "oplossingsdrang-en-klaaguurtje",
    "title": "Oplossingsdrang, klaaguurtje en 'het ligt aan de ander'",
    "summary": "Als de groep te snel wil helpen, vooral klaagt, of de oorzaak buiten zichzelf "
    "legt.",
    "minutes": 7,
    "blocks": [
        paras(
            "<strong>Oplossingsdrang</strong>: deelnemers komen al met adviezen voordat de "
            "vraag helder is, of stellen sturende vragen als 'heb je al eens...?'. Benoem de "
            "stap waarin je zit en parkeer de adviezen, bijvoorbeeld op een flap. Laat vragen "
            "eerst opschrijven; dat remt het reflexmatige helpen. Ook zinnen als 'als ik jou "
            "was...' horen hierbij: dat is een advies in vermomming, en het komt bijna altijd "
            "te vroeg.",
            "<strong>Klaaguurtje</strong>: de bijeenkomst verandert in gezamenlijk mopperen op "
            "de organisatie, het rooster of de cliënten. Klagen kan even lucht geven, maar de "
            "inbrenger leert er niets van. Breng het terug naar de ik-vraag: 'Wat is jouw "
            "aandeel, en wat wil je daarin leren?' Doe dat zonder de frustratie weg te zetten: "
            "'Ik hoor hoeveel dit jullie allemaal dwarszit. Wat kun jij er morgen anders in "
            "doen?'",
            "<strong>'Het ligt aan de ander'</strong>: een casus over een lastige derde voelt "
            "veilig, maar verbergt vaak de eigen worsteling. Vraag naar de eigen rol en "
            "invloed. Kent iemand in de groep de persoon over wie het gaat, benoem die dubbele "
            "relatie dan voordat de bespreking begint, en spreek af hoe de groep ermee omgaat. "
            "De ander is er niet bij en kan niet reageren; dat is nog een reden om bij de "
            "inbrenger te blijven.",
        ),
        callout(
            "example",
            "Zo kan het klinken",
            "<p>'Ik hoor al drie goede ideeën. Ik schrijf ze op, we komen er bij het adviseren "
            "op terug. We zitten nu nog in het verkennen: wie heeft een vraag aan Mirjam over "
            "wat zij toen dacht?'</p>",
        ),
        quiz(
            "Herken het patroon",
            [
                (
                    "Na tien minuten gaat het gesprek vooral over hoe slecht het nieuwe "
                    "rooster is. Iedereen doet mee. Wat is je interventie?",
                    False,
                    [
                        (
                            "Erkennen dat het rooster iedereen dwarszit, en vragen wat de "
                            "inbrenger er zelf in wil leren",
                            True,
                            "Zo komt het eigen leren weer centraal, zonder de frustratie "
                            "weg te wuiven.",
                        ),
                        (
                            "Voorstellen om samen een lijst met verbeterpunten voor het "
                            "management op te stellen",
                            False,
                            "Dat kan nuttig zijn, maar dan is het werkoverleg en geen intervisie.",
                        ),
                        (
                            "Het gesprek laten lopen, want de groep heeft blijkbaar even "
                            "behoefte om stoom af te blazen",
                            False,
                            "Even kan, maar na tien minuten leert de inbrenger niets meer.",
                        ),
                    ],
                    "Klagen kan lucht geven, maar leert de inbrenger weinig.",
                ),
                (
                    "Welke signalen wijzen op oplossingsdrang?",
                    True,
                    [
                        ("Vragen die beginnen met 'Heb je al eens...'", True, "Ja."),
                        ("Een deelnemer die zegt: 'Als ik jou was...'", True, "Ja."),
                        (
                            "Een deelnemer die vraagt wat de inbrenger voelde",
                            False,
                            "Dat is een open, onderzoekende vraag.",
                        ),
                        (
                            "Adviezen tijdens de verkenning, voordat de kern er is",
                            True,
                            "Ja.",
                        ),
                    ],
                    "Verkapte adviezen zijn het meest voorkomende signaal.",
                ),
            ],
        ),
    ],
}

GROEPSDYNAMIEK = {
    "slug": "groepsdynamiek-en-tijd",
    "title": "Dominant en stil, tijdnood en een leidinggevende erbij",
    "summary": "Ingrijpen in de groep zonder iemand te beschadigen.",
    "minutes": 9,
    "blocks": [
        paras(
            "<strong>Een dominante deelnemer</strong> houdt lange betogen, beantwoordt vragen "
            "die voor de inbrenger bedoeld waren en praat over anderen heen. Werk met rondes, "
            "gebruik de tijd als argument en benoem wat er in de groep gebeurt: 'Ik merk dat "
            "we steeds bij hetzelfde uitkomen. Wie heeft een andere invalshoek?' Zo spreek je "
            "de groep aan op het patroon, zonder één persoon aan de schandpaal te nagelen.",
            "<strong>Een stille deelnemer</strong> nodig je uitdrukkelijk uit, of je laat "
            "iedereen eerst schrijven zodat ook stille denkers iets inbrengen. Stil is niet "
            "hetzelfde als afwezig: wie zwijgt, kan goed meedenken. Nodig uit, maar dwing niet.",
            "<strong>De tijd raakt op</strong>: vaak omdat de methode ter discussie kwam, "
            "iemand de agenda overnam of de discussie al begon vóór de vragen. Meestal "
            "sneuvelt dan de evaluatie. Werk met een tijdbewaker, noem de klok bij elke stap, "
            "en bescherm de laatste tien minuten.",
            "<strong>Een leidinggevende in de groep</strong>: de regel is niet dat "
            "leidinggevenden nooit aan intervisie doen. Veel leidinggevenden hebben hun eigen "
            "intervisiegroep met collega-leidinggevenden, en dat werkt uitstekend. De regel is "
            "dat er binnen de groep geen hiërarchische relatie is. Zit de leidinggevende van "
            "deelnemers erbij, dan houden die zich in, uit angst dat het in een beoordeling "
            "terechtkomt. Leg dit vooraf vast in het contract met de opdrachtgever, zodat je er "
            "op het moment zelf naar kunt verwijzen.",
        ),
        key_points(
            "Handgrepen",
            [
                "Rondes en schrijfmomenten verdelen de ruimte.",
                "Noem de klok: 'we hebben nog vijf minuten voor deze stap'.",
                "Metacommuniceer: 'ik merk dat we steeds op hetzelfde terugkomen'.",
                "Spreek vooraf af dat er binnen de groep geen hiërarchische relatie is.",
            ],
        ),
        quiz(
            "Ingrijpen in de groep",
            [
                (
                    "De afdelingsmanager loopt onaangekondigd binnen en wil 'gewoon even "
                    "meeluisteren'. In het contract staat dat er geen hiërarchie in de groep "
                    "is. Wat doe je?",
                    False,
                    [
                        (
                            "Naar de afspraak in het contract verwijzen en haar apart spreken",
                            True,
                            "Je noemt de afspraak, niet je eigen voorkeur, en laat haar "
                            "niet voor gek staan.",
                        ),
                        (
                            "De groep laten stemmen of ze mag blijven, zodat niemand zich "
                            "gepasseerd voelt",
                            False,
                            "Niemand stemt vrijuit tegen zijn eigen leidinggevende.",
                        ),
                        (
                            "Haar laten blijven en de bespreking verplaatsen naar een "
                            "veiliger onderwerp",
                            False,
                            "Dan verdwijnt de vraag van de inbrenger, en de afspraak ook.",
                        ),
                    ],
                    "Geen hiërarchische relatie binnen de groep: dat staat in het contract.",
                ),
            ],
        ),
        reflection(
            "Welke van deze situaties zou jou als begeleider het meest uit balans brengen? "
            "Wat zou je als eerste zeggen?",
            "Schrijf de letterlijke zin op die je zou gebruiken.",
        ),
    ],
}

MODULE = {
    "slug": "lastige-situaties",
    "title": "Lastige situaties en interventies",
    "summary": "Wat je doet als het anders loopt dan gepland.",
    "lessons": [GEEN_CASUS_EMOTIE, OPLOSSINGSDRANG, GROEPSDYNAMIEK],
}
