"""Modules 1-4 of "Intervisie begeleiden: de basis", written for this product."""

from .blocks import callout, key_points, quiz, reflection, text

MODULE_1 = {
    "slug": "wat-intervisie-is",
    "title": "Wat intervisie is, en wat niet",
    "summary": "Het verschil met supervisie, coaching en therapie, en waarom de focus op je "
    "eigen handelen ligt.",
    "lessons": [
        {
            "slug": "leren-van-gelijken",
            "title": "Leren van gelijken",
            "summary": "Wat er gebeurt als collega's zonder hiërarchie samen naar werk kijken.",
            "minutes": 12,
            "blocks": [
                text(
                    "<p>Intervisie is een vaste vorm waarin professionals die elkaars gelijken "
                    "zijn, met regelmaat bij elkaar komen om van hun eigen praktijk te leren. "
                    "Niemand in de groep is de baas of de expert. Juist daardoor kan iemand een "
                    "situatie inbrengen waar hij of zij mee worstelt, zonder dat er een oordeel "
                    "over functioneren aan vastzit.</p>"
                    "<p>Het materiaal is altijd een echte casus uit het werk van een van de "
                    "deelnemers. De groep kijkt niet in de eerste plaats naar de inhoud van dat "
                    "probleem, maar naar hoe de inbrenger ermee omgaat: wat denkt, voelt en doet "
                    "die persoon, en wat maakt dat het vastloopt?</p>"
                    "<p>Een bijeenkomst duurt minstens een uur en meestal rond de twee uur. "
                    "Groepen komen bijvoorbeeld elke zes tot acht weken samen en blijven vaak "
                    "anderhalf tot twee jaar bij elkaar.</p>"
                ),
                key_points(
                    "Kenmerken van intervisie",
                    [
                        "Deelnemers zijn gelijkwaardig: geen leidinggevende, geen beoordeling.",
                        "Er wordt gewerkt met echte, actuele casussen van de deelnemers zelf.",
                        "Het gaat om het eigen handelen van de inbrenger, niet om de vakinhoud.",
                        "De groep volgt een vaste methode met duidelijke stappen.",
                        "Eerst verbreden en onderzoeken, pas later samenvatten en adviseren.",
                    ],
                ),
                quiz(
                    "Klopt je beeld van intervisie?",
                    [
                        (
                            "Waar richt de groep zich in intervisie vooral op?",
                            False,
                            [
                                (
                                    "Op het eigen handelen van de inbrenger",
                                    True,
                                    "Precies: de persoon en zijn aanpak staan centraal.",
                                ),
                                (
                                    "Op de juiste vakinhoudelijke oplossing",
                                    False,
                                    "Inhoud mag voorbijkomen, maar is niet het doel.",
                                ),
                                (
                                    "Op het beoordelen van elkaars werk",
                                    False,
                                    "Beoordelen past juist niet bij gelijkwaardigheid.",
                                ),
                            ],
                            "Intervisie leert je kijken naar je eigen rol in een situatie.",
                        ),
                        (
                            "Welke uitspraken passen bij intervisie?",
                            True,
                            [
                                ("Deelnemers zijn gelijken van elkaar", True, "Klopt."),
                                ("Er is een vaste methode met stappen", True, "Klopt."),
                                (
                                    "De leidinggevende zit erbij om mee te denken",
                                    False,
                                    "Een leidinggevende in de groep remt de openheid.",
                                ),
                            ],
                            "Gelijkwaardigheid en een vaste structuur maken de groep veilig.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "intervisie-naast-andere-vormen",
            "title": "Intervisie naast supervisie, coaching en therapie",
            "summary": "Waar de grenzen liggen en waarom die grenzen de groep beschermen.",
            "minutes": 10,
            "blocks": [
                text(
                    "<p>Bij <strong>supervisie</strong> kijkt een ervaren deskundige als het "
                    "ware van bovenaf mee. Die supervisor beoordeelt, stuurt bij en heeft meer "
                    "kennis dan de supervisant. In intervisie ontbreekt die verticale lijn: de "
                    "collega's leren van elkaar.</p>"
                    "<p><strong>Coaching</strong> is meestal een-op-een en richt zich op de "
                    "doelen van één persoon. In intervisie helpt een hele groep, en leert de "
                    "groep mee van elke casus die op tafel komt.</p>"
                    "<p>Intervisie is ook <strong>geen therapie</strong>. Persoonlijke gevoelens "
                    "mogen er zijn en horen er zelfs bij, maar de groep gaat niet aan de slag "
                    "met iemands levensgeschiedenis of psychische klachten. Als begeleider bewaak "
                    "je die grens, vriendelijk maar duidelijk.</p>"
                ),
                callout(
                    "warning",
                    "Let op de grens",
                    "<p>Merk je dat een casus vooral over privéleed gaat, benoem dan dat de "
                    "groep daar niet voor is, en vraag wat de inbrenger in zijn werk anders "
                    "wil doen.</p>",
                ),
                quiz(
                    "Herken de vorm",
                    [
                        (
                            "Een ervaren collega beoordeelt je gespreksvoering en geeft je "
                            "opdrachten. Welke vorm is dit?",
                            False,
                            [
                                ("Supervisie", True, "Ja: er is een deskundige die meekijkt."),
                                ("Intervisie", False, "In intervisie beoordeelt niemand."),
                                ("Therapie", False, "Het gaat hier om werk, niet om heling."),
                            ],
                            "De verticale verhouding maakt het supervisie.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "wat-intervisie-oplevert",
            "title": "Wat intervisie oplevert",
            "summary": "Leren op drie niveaus, en wat een groep na anderhalf jaar kan.",
            "minutes": 10,
            "blocks": [
                text(
                    "<p>Een goede bijeenkomst levert de inbrenger een scherper beeld van zijn "
                    "vraag op, en vaak een of twee concrete ideeën om uit te proberen. Maar de "
                    "opbrengst is breder. Deelnemers leren beter luisteren, open vragen stellen "
                    "en hun oordeel uitstellen.</p>"
                    "<p>Het helpt om het leren op drie niveaus te bekijken: wat leerde de groep "
                    "over de <em>casus</em>, wat over de <em>methode</em>, en wat over de "
                    "<em>samenwerking</em> in de groep? Veel groepen houden daarnaast een "
                    "logboek bij met de besproken situaties en leervragen.</p>"
                ),
                key_points(
                    "Wat deelnemers meenemen",
                    [
                        "Een scherpere leervraag en een volgende stap die ze zelf kunnen zetten.",
                        "Vaardigheden: luisteren, doorvragen, samenvatten, oordeel uitstellen.",
                        "Inzicht in patronen die bij meer collega's terugkomen.",
                        "Een groep die op den duur zonder externe begeleider verder kan.",
                    ],
                ),
                reflection(
                    "Denk aan een situatie uit je eigen werk van de afgelopen maand waar je "
                    "nog over nadenkt. Wat zou je willen leren als je die inbracht?",
                    "Schrijf in de ik-vorm; niemand anders leest dit.",
                ),
            ],
        },
    ],
}

MODULE_2 = {
    "slug": "rollen",
    "title": "Rollen: begeleider, inbrenger, deelnemers, tijdbewaker",
    "summary": "Wie doet wat in een bijeenkomst, en waarom de begeleider zelf geen advies geeft.",
    "lessons": [
        {
            "slug": "de-begeleider",
            "title": "De begeleider bewaakt het proces",
            "summary": "Voor, tijdens en na de bijeenkomst: wat de begeleider doet.",
            "minutes": 15,
            "blocks": [
                text(
                    "<p>Als begeleider ben je verantwoordelijk voor het proces, niet voor de "
                    "inhoud. Je zorgt dat de groep de gekozen methode volgt, dat de tijd "
                    "klopt en dat iedereen aan bod komt. Je werkt vanuit niet-weten: je hoeft "
                    "geen antwoord te hebben op de casus, en je geeft zelf geen advies.</p>"
                    "<p><strong>Vooraf</strong> plan je de bijeenkomst, verdeel je de rollen, "
                    "kies je de methode en heb je eventueel contact met de inbrenger. "
                    "<strong>Tijdens</strong> blik je terug op afspraken van de vorige keer, "
                    "bewaak je stappen, tijd en structuur, houd je vragen open, vat je samen "
                    "en leg je acties vast. <strong>Achteraf</strong> zorg je voor een kort "
                    "verslag of een aantekening in het logboek.</p>"
                    "<p>Een handige regel: storingen gaan voor. Als iemand duidelijk met iets "
                    "anders bezig is, of de sfeer verandert, benoem je dat eerst.</p>"
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
                quiz(
                    "De rol van de begeleider",
                    [
                        (
                            "Een deelnemer vraagt de begeleider: 'Wat zou jij doen?' Wat past "
                            "het best?",
                            False,
                            [
                                (
                                    "Vriendelijk terugleggen bij de groep of de inbrenger",
                                    True,
                                    "Goed: je blijft procesbewaker.",
                                ),
                                (
                                    "Kort je eigen advies geven, je hebt er ervaring mee",
                                    False,
                                    "Dan word je deelnemer en verlies je overzicht.",
                                ),
                            ],
                            "De begeleider geeft geen inhoudelijk advies.",
                        ),
                        (
                            "Wat hoort bij de voorbereiding van de begeleider?",
                            True,
                            [
                                ("Rollen verdelen", True, "Ja."),
                                ("Een methode kiezen", True, "Ja."),
                                ("De oplossing voor de casus bedenken", False, "Nee, juist niet."),
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
            "minutes": 12,
            "blocks": [
                text(
                    "<p>De <strong>inbrenger</strong> komt met een recente situatie en een "
                    "vraag. Hij of zij is bereid zich te laten bevragen en staat open voor "
                    "verandering. Dat vraagt moed: je laat collega's meekijken naar iets wat "
                    "nog niet lukt.</p>"
                    "<p>De <strong>deelnemers</strong> helpen door open vragen te stellen over "
                    "het denken en doen van de inbrenger. Niet: 'hoe oud is die cliënt?', maar "
                    "'wat ging er door je heen toen hij dat zei?'. Ze stellen hun eigen oordeel "
                    "uit en bewaren adviezen tot de methode daar ruimte voor geeft.</p>"
                ),
                callout(
                    "example",
                    "Twee vragen vergeleken",
                    "<ul><li>'Heb je al geprobeerd om het met je teamleider te bespreken?' is "
                    "een advies in vraagvorm.</li><li>'Wat houdt je tegen om het met je "
                    "teamleider te bespreken?' onderzoekt de inbrenger.</li></ul>",
                ),
                quiz(
                    "Welke vraag is open en onderzoekend?",
                    [
                        (
                            "Kies de vraag die het best past bij intervisie.",
                            False,
                            [
                                (
                                    "Wat maakte dat je op dat moment zweeg?",
                                    True,
                                    "Deze vraag gaat over het handelen van de inbrenger.",
                                ),
                                (
                                    "Zou je niet gewoon een mail sturen?",
                                    False,
                                    "Dit is een verkapt advies.",
                                ),
                                (
                                    "Hoe lang werkt die collega al bij jullie?",
                                    False,
                                    "Een feitenvraag over de casus, niet over de inbrenger.",
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
            "minutes": 8,
            "blocks": [
                text(
                    "<p>Naast begeleider, inbrenger en deelnemers kun je extra rollen "
                    "verdelen. Een <strong>tijdbewaker</strong> geeft aan wanneer een stap "
                    "bijna om is. Een <strong>verslaglegger</strong> noteert de vraag, de kern "
                    "en de afspraken. Een <strong>observator</strong> let op het groepsproces "
                    "en geeft dat aan het eind terug.</p>"
                    "<p>Wissel deze rollen per bijeenkomst. Zo oefent iedereen met kijken naar "
                    "het proces, en dat is precies wat een groep nodig heeft om later zelf te "
                    "draaien.</p>"
                ),
                key_points(
                    "Tips bij het verdelen",
                    [
                        "Spreek de rollen aan het begin af en schrijf ze op.",
                        "De inbrenger heeft nooit ook de rol van gespreksleider.",
                        "Laat de observator kort en concreet terugkoppelen.",
                    ],
                ),
                reflection(
                    "Welke rol vind jij zelf het lastigst om in te nemen, en waarom?",
                ),
            ],
        },
    ],
}

MODULE_3 = {
    "slug": "spelregels-en-contract",
    "title": "Spelregels en contracteren",
    "summary": "Vertrouwelijkheid, vrijwilligheid en afspraken met groep én organisatie.",
    "lessons": [
        {
            "slug": "spelregels",
            "title": "Spelregels die veiligheid geven",
            "summary": "De basisafspraken die elke groep vooraf maakt.",
            "minutes": 12,
            "blocks": [
                text(
                    "<p>Een groep kan alleen open praten als iedereen weet wat er met dat "
                    "gesprek gebeurt. Daarom maak je in de eerste bijeenkomst spelregels, en "
                    "haal je ze later af en toe opnieuw boven tafel.</p>"
                    "<p>De belangrijkste regel is <strong>vertrouwelijkheid</strong>: wat in "
                    "de groep besproken wordt, blijft daar. Je verwijst er buiten de "
                    "bijeenkomst niet naar, ook niet als grapje bij de koffieautomaat.</p>"
                ),
                key_points(
                    "Veelgebruikte spelregels",
                    [
                        "Wat hier gezegd wordt, blijft hier.",
                        "Meedoen is vrijwillig; niemand wordt gedwongen een casus in te brengen.",
                        "We zijn gelijken; er zit geen leidinggevende bij.",
                        "We spreken in de ik-vorm en laten elkaar uitpraten.",
                        "We zijn op tijd en zeggen alleen af bij ziekte.",
                        "We spreken af hoe we omgaan met dubbele relaties in de groep.",
                    ],
                ),
                quiz(
                    "Spelregels",
                    [
                        (
                            "Een collega vertelt bij de lunch over de casus van een andere "
                            "deelnemer, 'anoniem'. Welke spelregel is geschonden?",
                            False,
                            [
                                ("Vertrouwelijkheid", True, "Ja, ook anoniem hoort het niet."),
                                ("Stiptheid", False, "Daar gaat het hier niet om."),
                                ("Vrijwilligheid", False, "Niet direct."),
                            ],
                            "Buiten de groep verwijs je niet naar wat er besproken is.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "contracteren",
            "title": "Contracteren met groep en organisatie",
            "summary": "Wat je vastlegt in een intervisiecontract, en met wie.",
            "minutes": 12,
            "blocks": [
                text(
                    "<p>In een intervisiecontract leg je vast hoe lang de groep bestaat, hoe "
                    "vaak je bijeenkomt, hoe casussen worden ingebracht, wat er geheim blijft "
                    "en of, en zo ja hoe, er wordt gerapporteerd.</p>"
                    "<p>Vaak betaalt een organisatie voor de intervisie. Dan contracteer je "
                    "dubbel: met de groep over veiligheid en werkwijze, en met de "
                    "opdrachtgever over doel, tijd en wat die wel en niet te horen krijgt. Maak "
                    "vooraf helder dat de inhoud van casussen niet naar de organisatie gaat.</p>"
                ),
                callout(
                    "tip",
                    "Rapporteren zonder inhoud",
                    "<p>Een opdrachtgever kan horen hoe vaak de groep bijeenkwam en welke "
                    "thema's in algemene zin speelden, zonder dat één casus herkenbaar "
                    "wordt.</p>",
                ),
                reflection(
                    "Stel dat een manager jou vraagt 'hoe het gaat met die groep'. Wat "
                    "vertel je wel en wat niet? Schrijf je antwoord op zoals je het zou "
                    "zeggen.",
                ),
            ],
        },
        {
            "slug": "eerste-bijeenkomst",
            "title": "De eerste bijeenkomst opzetten",
            "summary": "Kennismaken, leerdoelen en de eerste casus.",
            "minutes": 10,
            "blocks": [
                text(
                    "<p>In een eerste bijeenkomst wil je drie dingen bereiken: de deelnemers "
                    "kennen elkaar en de bedoeling van intervisie, de spelregels zijn "
                    "afgesproken, en de groep heeft één keer een methode doorlopen.</p>"
                    "<p>Laat iedereen een persoonlijk leerdoel formuleren. Een goed leerdoel "
                    "is positief en haalbaar, beschrijft concreet gedrag met een tijdstip "
                    "zodat je het kunt nagaan, ligt binnen de eigen invloed en motiveert.</p>"
                    "<p>Kies voor de eerste casus een eenvoudige methode, zoals de "
                    "incidentmethode, en houd de tijd strak. Zo ervaart de groep meteen wat "
                    "structuur oplevert.</p>"
                ),
                quiz(
                    "Een goed leerdoel",
                    [
                        (
                            "Welk leerdoel voldoet het best?",
                            False,
                            [
                                (
                                    "Vóór de zomer stel ik in elk teamoverleg minstens één "
                                    "open vraag in plaats van meteen te reageren.",
                                    True,
                                    "Concreet, in eigen hand en na te gaan.",
                                ),
                                (
                                    "Ik wil minder last hebben van mijn collega's.",
                                    False,
                                    "Niet concreet en afhankelijk van anderen.",
                                ),
                                (
                                    "Ik word een betere professional.",
                                    False,
                                    "Te vaag om na te gaan.",
                                ),
                            ],
                            "Concreet gedrag, een tijdstip en eigen invloed maken een leerdoel "
                            "bruikbaar.",
                        ),
                    ],
                ),
            ],
        },
    ],
}

MODULE_4 = {
    "slug": "vraag-en-casus",
    "title": "Een goede intervisievraag en een goede casus",
    "summary": "Van 'lastige situatie' naar een vraag waar de inbrenger iets mee kan.",
    "lessons": [
        {
            "slug": "goede-casus",
            "title": "Wat maakt een casus geschikt?",
            "summary": "Actueel, onopgelost en met persoonlijke betrokkenheid.",
            "minutes": 10,
            "blocks": [
                text(
                    "<p>Niet elke situatie is een goede casus. Een bruikbare casus is nog "
                    "niet opgelost, speelt nu, en raakt de inbrenger persoonlijk. Hij gaat "
                    "over het eigen functioneren, niet alleen over wat anderen doen.</p>"
                    "<p>Ook een succes mag een casus zijn. Onderzoeken waarom iets goed ging, "
                    "levert vaak verrassend veel op en is een mooie opstap voor een groep die "
                    "nog aan elkaar moet wennen.</p>"
                ),
                key_points(
                    "Toets voor een casus",
                    [
                        "Speelt het nu, of komt het binnenkort terug?",
                        "Is het nog onopgelost?",
                        "Ben je er zelf bij betrokken en heb je er invloed op?",
                        "Wil je er iets van leren, en niet alleen je verhaal kwijt?",
                    ],
                ),
                quiz(
                    "Geschikt of niet?",
                    [
                        (
                            "Welke situaties zijn geschikt als casus?",
                            True,
                            [
                                (
                                    "Ik loop vast in gesprekken met een ouder die steeds "
                                    "boos wordt.",
                                    True,
                                    "Actueel en je eigen rol doet ertoe.",
                                ),
                                (
                                    "Vorig jaar had ik een conflict dat inmiddels is uitgepraat.",
                                    False,
                                    "Opgelost en niet actueel.",
                                ),
                                (
                                    "Een lastig traject liep onverwacht goed af en ik wil "
                                    "snappen waarom.",
                                    True,
                                    "Ook een succescasus kan.",
                                ),
                            ],
                            "Een casus leeft nog en gaat over jezelf.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "goede-vraag",
            "title": "Van probleem naar intervisievraag",
            "summary": "Ik-vorm, concreet, actueel en over je eigen aandeel.",
            "minutes": 12,
            "blocks": [
                text(
                    "<p>Een inbrenger begint vaak met een probleem: 'mijn collega komt "
                    "afspraken niet na'. Dat is een startpunt, geen vraag. Help de inbrenger "
                    "er een intervisievraag van te maken.</p>"
                    "<p>Een goede vraag staat in de ik-vorm, is concreet en actueel, en gaat "
                    "over het eigen aandeel. De kern is: wat wil ik hiervan leren? Bijvoorbeeld: "
                    "'Hoe kan ik mijn collega aanspreken op afspraken zonder dat ik achteraf "
                    "boos op mezelf ben omdat ik weer inbond?'</p>"
                ),
                callout(
                    "tip",
                    "Drie hulpvragen voor de begeleider",
                    "<ul><li>Wat is jouw aandeel hierin?</li><li>Wat wil je anders kunnen "
                    "doen?</li><li>Waaraan merk je straks dat je het geleerd hebt?</li></ul>",
                ),
                quiz(
                    "Welke vraag is een goede intervisievraag?",
                    [
                        (
                            "Kies de beste formulering.",
                            False,
                            [
                                (
                                    "Hoe houd ik in het overleg met mijn team mijn standpunt "
                                    "vast als ik tegenspraak krijg?",
                                    True,
                                    "Ik-vorm, concreet en over eigen gedrag.",
                                ),
                                (
                                    "Waarom luistert mijn team nooit?",
                                    False,
                                    "Dit gaat over anderen en is algemeen.",
                                ),
                                (
                                    "Wat is de beste manier van vergaderen?",
                                    False,
                                    "Dit is een kennisvraag, geen leervraag.",
                                ),
                            ],
                            "De inbrenger moet zelf het verschil kunnen maken.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "bovenstroom-onderstroom",
            "title": "Bovenstroom en onderstroom",
            "summary": "Gedrag aan de oppervlakte, en wat daaronder meespeelt.",
            "minutes": 10,
            "blocks": [
                text(
                    "<p>Een vraag kan over de <strong>bovenstroom</strong> gaan: zichtbaar "
                    "gedrag, afspraken, aanpak. Of over de <strong>onderstroom</strong>: "
                    "overtuigingen, gevoelens, belemmeringen en krachten die het gedrag "
                    "sturen.</p>"
                    "<p>Beide zijn goed. Het helpt de groep wel om te weten waar de vraag "
                    "ligt, zodat de vragen aansluiten. Als begeleider kun je hardop benoemen: "
                    "'Ik hoor een vraag over aanpak, maar ook iets over twijfel aan jezelf. "
                    "Waar wil je vandaag aan werken?'</p>"
                ),
                reflection(
                    "Neem de situatie die je in de eerste module opschreef. Wat speelt daar "
                    "in de bovenstroom, en wat in de onderstroom?",
                ),
            ],
        },
    ],
}

MODULES_A = [MODULE_1, MODULE_2, MODULE_3, MODULE_4]
