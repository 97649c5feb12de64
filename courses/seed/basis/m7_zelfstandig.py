"""Module 7 of the basis course: towards an independent group, evaluating and closing."""

from ..blocks import callout, key_points, paras, quiz, reflection, transcript

GROEIROUTE = {
    "slug": "groeiroute",
    "title": "Een groeiroute in stappen",
    "summary": "Van externe begeleider via co-begeleiding naar een eigen groep.",
    "minutes": 4,
    "blocks": [
        paras(
            "Een groep die zelfstandig intervisie doet, ontstaat niet vanzelf. Een "
            "veelgebruikte route begint met een startbijeenkomst waarin de groep een leerplan "
            "maakt en oefent met luisteren, samenvatten en doorvragen. Daarna volgen "
            "enkele begeleide bijeenkomsten, bijvoorbeeld vier keer tweeënhalf uur met zes "
            "weken ertussen. Dan komen bijeenkomsten waarin een deelnemer leidt en de "
            "begeleider op de achtergrond blijft. Een evaluatie rondt het traject af, en een "
            "terugkombijeenkomst na ongeveer een jaar laat zien of de groep het volhoudt.",
            "Na elke begeleide bijeenkomst schrijven deelnemers een korte reflectie: wat "
            "leerde ik over de casus, over de methode en over mezelf? De laatste begeleide "
            "bijeenkomst wordt soms door twee deelnemers samen geleid, met de begeleider als "
            "observator. Zo oefent de groep met een vangnet.",
            "Halverwege zo'n route hoort een tussenevaluatie, en aan het eind een afsluitend "
            "gesprek. Die twee momenten krijgen in deze module elk een eigen les.",
        ),
        quiz(
            "Loslaten in stappen",
            [
                (
                    "Na drie begeleide bijeenkomsten vraagt de groep of ze nu zelf verder "
                    "kan. De evaluaties zijn goed, maar nog niemand heeft een keer geleid. "
                    "Wat stel je voor?",
                    False,
                    [
                        (
                            "Eerst een bijeenkomst waarin een deelnemer leidt en jij op de "
                            "achtergrond observeert",
                            True,
                            "Zo oefent de groep met een vangnet voordat ze alleen verdergaat.",
                        ),
                        (
                            "Meteen zelfstandig verder, want goede evaluaties laten zien "
                            "dat de groep er klaar voor is",
                            False,
                            "Goede evaluaties van begeleide bijeenkomsten zeggen nog niets "
                            "over zelf leiden.",
                        ),
                        (
                            "Nog drie begeleide bijeenkomsten, zodat de groep de methodes "
                            "nog beter leert kennen",
                            False,
                            "Meer van hetzelfde; de groep leert er niet van om zelf te leiden.",
                        ),
                    ],
                    "Het loslaten gebeurt geleidelijk: eerst leiden met een vangnet.",
                ),
            ],
        ),
    ],
}

INTERN = {
    "slug": "interne-begeleiders",
    "title": "Interne begeleiders en rollen wisselen",
    "summary": "Wat er verandert als een collega de groep begeleidt.",
    "minutes": 6,
    "blocks": [
        paras(
            "Na één of twee bijeenkomsten met een externe begeleider nemen interne begeleiders "
            "het vaak over. Dat werkt het best als zij daar tijd voor krijgen en als de rol per "
            "bijeenkomst kan rouleren.",
            "Een teamlid als begeleider brengt een risico mee: rolverwarring. Je bent collega "
            "én procesbewaker, en je hebt vaak zelf een mening over de inhoud. Spreek daarom af "
            "dat de begeleider van dienst die dag geen casus inbrengt en inhoudelijk "
            "terughoudend is. Als de begeleider toch iets wil zeggen, kan hij dat expliciet "
            "doen: 'Ik stap even uit mijn rol als begeleider.'",
        ),
        callout(
            "warning",
            "Geen leidinggevende van de deelnemers als begeleider",
            "<p>Een leidinggevende die zijn eigen medewerkers begeleidt, maakt van intervisie "
            "al snel een werkoverleg met een beoordelend randje. Kies een collega zonder "
            "hiërarchische relatie met de groep.</p>",
        ),
        reflection(
            "Als jij in je eigen team de intervisie zou begeleiden: bij welke collega's of "
            "onderwerpen loop je risico op rolverwarring?",
        ),
    ],
}

TUSSENEVALUATIE = {
    "slug": "tussenevaluatie",
    "title": "De tussenevaluatie",
    "summary": "Halverwege terugkijken: leerdoelen, werkwijze, veiligheid en bijsturen.",
    "minutes": 9,
    "blocks": [
        paras(
            "Halverwege een traject, bijvoorbeeld na de derde of vierde bijeenkomst, plan je een "
            "tussenevaluatie. Het doel is bijsturen terwijl het nog kan. Aan het eind van een "
            "traject hoor je wat er beter had gekund; halverwege kun je er nog iets mee.",
            "Een tussenevaluatie kijkt naar vier dingen. Ten eerste de <strong>leerdoelen"
            "</strong>: waar staat ieder ten opzichte van het doel uit de intake, en klopt het "
            "doel nog? Ten tweede de <strong>werkwijze</strong>: welke methodes werken, welke "
            "niet, en is de tijd goed verdeeld? Ten derde de <strong>samenwerking en "
            "veiligheid</strong>: durven mensen nog steeds iets in te brengen, en worden de "
            "afspraken nageleefd? Ten vierde de <strong>vervolgstap</strong>: wat spreken we "
            "af voor de tweede helft?",
            "Plan er echt tijd voor, bijvoorbeeld drie kwartier in plaats van de tweede casus. "
            "Een tussenevaluatie in de laatste vijf minuten levert alleen 'prima' op.",
        ),
        paras(
            "<strong>Een werkvorm.</strong> Laat iedereen eerst in stilte op een schaal van één "
            "tot tien aangeven hoe ver hij is met zijn leerdoel, en hoe veilig hij zich in de "
            "groep voelt. Laat daarna iedereen zijn cijfers toelichten, zonder discussie. Vraag "
            "bij elk cijfer: 'Wat zou er moeten gebeuren om één punt hoger te komen?' Die "
            "vraag levert concrete afspraken op, en niemand hoeft te verdedigen waarom het "
            "geen tien is.",
            "Schrijf de afspraken op en kom er in de volgende bijeenkomst kort op terug. Een "
            "tussenevaluatie zonder vervolg leert de groep dat evalueren niets uitmaakt.",
        ),
        transcript(
            "Fragment: zo loopt het mis",
            "Einde van de vierde bijeenkomst, nog vijf minuten over.",
            [
                ("Begeleider", "We zijn op de helft. Hoe vinden jullie het tot nu toe?"),
                ("Marco", "Goed hoor."),
                ("Lotte", "Ja, prima."),
                ("Begeleider", "Fijn. Dan zie ik jullie over zes weken."),
            ],
            [
                "De vraag is zo breed dat alleen een beleefd antwoord mogelijk is.",
                "Vijf minuten aan het eind zijn te weinig; iedereen wil naar huis.",
                "Er is niets gevraagd over leerdoelen of veiligheid, en er is niets afgesproken.",
            ],
        ),
        transcript(
            "Fragment: zo kan het ook",
            "Vierde bijeenkomst, drie kwartier gereserveerd. Iedereen heeft twee cijfers "
            "opgeschreven.",
            [
                ("Lotte", "Leerdoel een zes, veiligheid een zeven."),
                ("Begeleider", "Wat zou er moeten gebeuren om bij veiligheid een acht te geven?"),
                (
                    "Lotte",
                    "Dat we na de bijeenkomst niet meer in de kantine napraten over de casus. "
                    "Dat gebeurde vorige keer.",
                ),
                (
                    "Begeleider",
                    "Dat raakt aan onze afspraak over vertrouwelijkheid. Hoe kijken de "
                    "anderen daarnaar?",
                ),
            ],
            [
                "Twee concrete cijfers maken het makkelijker om iets te zeggen dan een open "
                "'hoe vinden jullie het?'.",
                "De vraag 'wat is er nodig voor één punt hoger' levert een concreet punt op "
                "zonder verwijt.",
                "De begeleider koppelt het aan een afspraak van de groep en legt het terug bij "
                "de groep.",
            ],
        ),
        quiz(
            "De tussenevaluatie begeleiden",
            [
                (
                    "In de tussenevaluatie blijkt dat een deelnemer haar leerdoel niet meer "
                    "herkent: haar werk is veranderd. Wat doe je?",
                    False,
                    [
                        (
                            "Het doel samen met haar bijstellen, en dat met haar leidinggevende "
                            "afstemmen",
                            True,
                            "Een doel dat niet meer past, motiveert niet; bijstellen hoort "
                            "bij een tussenevaluatie.",
                        ),
                        (
                            "Het oude doel laten staan, want dat was in de intake met "
                            "iedereen afgesproken",
                            False,
                            "Dan werkt ze de tweede helft aan iets wat haar niet meer helpt.",
                        ),
                        (
                            "Het doel schrappen, zodat ze zich de rest van het traject "
                            "vrij kan voelen",
                            False,
                            "Zonder doel valt er aan het eind niets te evalueren.",
                        ),
                    ],
                    "Halverwege mag een doel bijgesteld worden, in overleg.",
                ),
                (
                    "Yara geeft veiligheid een vier, maar wil in de groep niet zeggen "
                    "waarom. Wat past het best?",
                    False,
                    [
                        (
                            "Het cijfer serieus nemen, niet doorvragen in de groep, en na "
                            "afloop apart contact zoeken",
                            True,
                            "Je respecteert haar keuze en laat het signaal niet liggen.",
                        ),
                        (
                            "Doorvragen, want de groep moet weten wat er mis is om het te "
                            "kunnen verbeteren",
                            False,
                            "Dan dwing je haar precies tot wat ze niet veilig vindt.",
                        ),
                        (
                            "Het laten gaan, want de rest van de groep geeft hoge cijfers",
                            False,
                            "Een laag cijfer van één persoon is juist een belangrijk signaal.",
                        ),
                    ],
                    "Een laag cijfer voor veiligheid vraagt om aandacht, op haar voorwaarden.",
                ),
            ],
        ),
    ],
}

AFSLUITING = {
    "slug": "afsluitend-gesprek",
    "title": "Het afsluitende gesprek",
    "summary": "Een traject afronden met de groep en in een driegesprek, zonder casusinhoud.",
    "minutes": 7,
    "blocks": [
        paras(
            "Een traject verdient een afsluiting, net zoals het een start had. Het afsluitende "
            "gesprek heeft twee kanten. Met de <strong>groep</strong> kijk je terug: wat heeft "
            "ieder geleerd, hoe is de groep gegroeid, en hoe gaat het verder? Met elke "
            "<strong>deelnemer</strong> voer je vaak een driegesprek met diens "
            "leidinggevende, net als bij de intake. Daar bespreek je de leerdoelen, niet de "
            "casussen.",
            "In de laatste groepsbijeenkomst kun je iedereen vragen om terug te lezen in zijn "
            "logboek en drie dingen te noemen: wat hij op normatief, methodisch en persoonlijk "
            "niveau leerde. Vraag ook naar de groep als geheel: wat kunnen we nu wat we aan het "
            "begin niet konden? En maak concrete afspraken over het vervolg: wie leidt de "
            "volgende bijeenkomst, welke methode, wanneer is het terugkommoment?",
            "In het driegesprek vertelt de deelnemer zelf wat hij heeft geleerd, aan de hand "
            "van zijn leerdoelen. Jij vult aan waar dat helpt, en bewaakt dat er niets over "
            "casussen of andere deelnemers wordt gezegd. De leidinggevende kan vertellen wat "
            "hij in het werk heeft gemerkt. Zo kijkt iedereen naar hetzelfde: het leren van "
            "deze deelnemer.",
        ),
        transcript(
            "Fragment: zo loopt het mis",
            "Driegesprek met Bram, zijn teamleider Karin en de begeleider.",
            [
                ("Karin", "Fijn dat het traject goed ging. Waar hebben jullie zoal over gepraat?"),
                (
                    "Begeleider",
                    "Nou, Bram had bijvoorbeeld een mooie casus over een collega die steeds "
                    "te laat...",
                ),
                ("Bram", "(kijkt naar de grond)"),
            ],
            [
                "De begeleider vertelt inhoud uit de groep, en ook nog over een collega die "
                "er niet bij is. Dat is een breuk in de vertrouwelijkheid.",
                "Bram verliest de regie over zijn eigen verhaal.",
                "Karins vraag is begrijpelijk. Juist daarom hoort in het contract al te staan "
                "wat je op zo'n vraag antwoordt.",
            ],
        ),
        transcript(
            "Fragment: zo kan het ook",
            "Hetzelfde gesprek.",
            [
                ("Karin", "Fijn dat het traject goed ging. Waar hebben jullie zoal over gepraat?"),
                (
                    "Begeleider",
                    "Wat er in de groep besproken is, blijft daar; zo hebben we het ook in het "
                    "contract gezet. Bram, wil jij vertellen wat je met je leerdoelen hebt "
                    "gedaan?",
                ),
                (
                    "Bram",
                    "Mijn doel was om in het overleg eerst samen te vatten voordat ik reageer. "
                    "Dat lukt nu meestal. Alleen als ik boos ben, nog niet.",
                ),
                ("Karin", "Dat herken ik. In het laatste overleg viel het me ook op."),
            ],
            [
                "De begeleider verwijst naar de afspraak, zonder Karin terecht te wijzen.",
                "Bram vertelt zelf, aan de hand van zijn leerdoel, en is eerlijk over wat "
                "nog niet lukt.",
                "Karin kan aansluiten bij wat ze in het werk zag. Het gesprek gaat over leren, "
                "niet over casussen.",
            ],
        ),
        key_points(
            "Afsluiten in drie delen",
            [
                "Terugkijken met de groep: wat leerde ieder, wat kan de groep nu?",
                "Driegesprek per deelnemer: leerdoelen, zonder casusinhoud.",
                "Vervolg vastleggen: wie leidt, welke methode, wanneer het terugkommoment.",
            ],
        ),
        quiz(
            "Afsluiten",
            [
                (
                    "In het driegesprek vraagt de leidinggevende of de deelnemer 'wel "
                    "actief meedeed' in de groep. Wat antwoord je?",
                    False,
                    [
                        (
                            "Dat de deelnemer dat zelf vertelt; jij geeft geen oordeel over inzet",
                            True,
                            "Je beschermt de groep en laat de deelnemer aan het woord.",
                        ),
                        (
                            "Eerlijk zeggen hoe vaak hij een casus inbracht en hoeveel hij "
                            "zei in de groep",
                            False,
                            "Dan wordt intervisie alsnog een beoordeling.",
                        ),
                        (
                            "Voorstellen dat de leidinggevende het aan de andere deelnemers vraagt",
                            False,
                            "Daarmee schuif je de beoordeling door naar zijn collega's.",
                        ),
                    ],
                    "Het driegesprek gaat over leerdoelen, niet over beoordeling.",
                ),
            ],
        ),
    ],
}

BORGEN = {
    "slug": "evalueren-en-borgen",
    "title": "Evalueren en borgen",
    "summary": "Hoe de groep zichzelf scherp houdt, elke bijeenkomst opnieuw.",
    "minutes": 4,
    "blocks": [
        paras(
            "Evaluatie is de stap die het eerst sneuvelt als de tijd krap is, en juist die "
            "houdt een groep scherp. Evalueer kort na elke casus op drie niveaus: wat leverde "
            "de casus op, hoe werkte de methode, hoe verliep de samenwerking?",
            "Eenvoudige middelen helpen: een smileythermometer, een observator die terugkoppelt, "
            "of een korte schriftelijke reflectie van een half A4. Wissel methodes af zodat de "
            "groep niet indut, en haal de spelregels één of twee keer per jaar opnieuw op. Een "
            "groep die na een jaar nog steeds dezelfde methode gebruikt, stelt vaak ook steeds "
            "dezelfde vragen.",
        ),
        key_points(
            "Houd de groep gezond",
            [
                "Evalueer elke bijeenkomst, al is het vijf minuten.",
                "Haal de spelregels één of twee keer per jaar opnieuw op.",
                "Wissel methodes af zodat de groep niet indut.",
                "Plan een terugkommoment na een jaar.",
            ],
        ),
        quiz(
            "Evalueren",
            [
                (
                    "Er zijn nog vijf minuten over en de inbrenger wil graag nog een laatste "
                    "vraag beantwoorden. De evaluatie is nog niet gedaan. Wat doe je?",
                    False,
                    [
                        (
                            "Eén korte evaluatievraag stellen en de laatste vraag "
                            "meenemen naar het logboek",
                            True,
                            "Je beschermt de evaluatie, ook als die kort moet.",
                        ),
                        (
                            "De vraag laten beantwoorden en de evaluatie een volgende keer inhalen",
                            False,
                            "Een ingehaalde evaluatie gaat over een bijeenkomst die "
                            "niemand zich nog goed herinnert.",
                        ),
                        (
                            "Tien minuten uitlopen, zodat zowel de vraag als de evaluatie nog past",
                            False,
                            "Uitlopen zonder te vragen schaadt de afspraak over tijd.",
                        ),
                    ],
                    "Evaluatie is kort, maar sla hem niet over.",
                ),
            ],
        ),
    ],
}

MODULE = {
    "slug": "naar-zelfstandig",
    "title": "Van begeleide naar zelfstandige intervisie",
    "summary": "Hoe een groep volwassen wordt: tussenevaluatie, afsluiting en borgen.",
    "lessons": [GROEIROUTE, INTERN, TUSSENEVALUATIE, AFSLUITING, BORGEN],
}
