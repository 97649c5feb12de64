"""Module 5 of the basis course, part 1: choosing a method, the incident method, five steps."""

from ..blocks import key_points, method, paras, quiz, transcript

KIEZEN = {
    "slug": "een-methode-kiezen",
    "title": "Waarom een methode, en welke?",
    "summary": "Het gedeelde patroon van alle methodes, en hoe je kiest.",
    "minutes": 5,
    "blocks": [
        paras(
            "Alle intervisiemethodes delen een patroon: eerst verbreden en onderzoeken, dan de "
            "kern benoemen, en pas daarna adviseren. Dat patroon beschermt de inbrenger tegen "
            "een regen van goedbedoelde tips over een probleem dat nog niemand begrijpt. Wie "
            "van de gekozen methode afwijkt, krijgt al snel discussie en ongevraagde adviezen.",
            "Een methode is ook een afspraak. Als de groep weet in welke stap ze zit, kan de "
            "begeleider zeggen 'we zitten nog in de vragen' zonder dat het persoonlijk wordt. "
            "De methode is dan de scheidsrechter, niet de begeleider.",
            "Kies de methode bij de vraag en bij de groep. Een nieuwe groep heeft baat bij "
            "korte, duidelijke stappen, zoals de incidentmethode. Een vraag over aanpak past "
            "goed bij de vijfstappenmethode. Een vraag met veel emotie over een relatie vraagt om "
            "de Balintmethode. Een groep die wil oefenen met vragen stellen, heeft veel aan de "
            "vragenmethode. En een vertrouwde groep met tijd kan de tienstappenmethode of de "
            "roddelmethode aan.",
            "In de volgende lessen zie je per methode de stappen, de tijd en het moment waarop "
            "advies mag. Bij elke methode lees je ook een kort fragment uit een bijeenkomst "
            "die misloopt en een fragment waarin het goed gaat, met wat een trainer daarover "
            "zou zeggen.",
        ),
        key_points(
            "Welke methode bij welke situatie",
            [
                "Nieuwe groep, klein voorval: incidentmethode.",
                "Vraag over aanpak, groep die advies wil leren uitstellen: vijfstappenmethode.",
                "Ervaren groep met ruim twee uur tijd: tienstappenmethode.",
                "Relatie met veel emotie, vertrouwde groep van minstens vijf: Balint.",
                "Groep die wil leren vragen in plaats van adviseren: vragenmethode.",
                "Veilige groep, inbrenger die vastzit in zijn eigen verhaal: roddelmethode.",
            ],
        ),
        quiz(
            "Een methode kiezen",
            [
                (
                    "Een groep die al een jaar samenwerkt, heeft vandaag een uur. Samira "
                    "wil een casus inbrengen over een cliënt op wie ze steeds boos wordt, "
                    "en ze weet niet goed waarom. Welke methode past het best?",
                    False,
                    [
                        (
                            "De Balintmethode: een relatie met veel emotie, in een "
                            "vertrouwde groep",
                            True,
                            "Balint zoekt de blinde vlek en het eigen aandeel, en duurt "
                            "één tot twee uur.",
                        ),
                        (
                            "De tienstappenmethode: een zware casus verdient de meeste "
                            "stappen en tijd",
                            False,
                            "Die methode vraagt ruim twee uur; een uur is te kort.",
                        ),
                        (
                            "De incidentmethode: de groep beslist eerst wat zij zelf zou doen",
                            False,
                            "Die methode zoekt een beslismoment; Samira zoekt wat haar "
                            "boosheid betekent.",
                        ),
                    ],
                    "Kies bij de vraag, bij de groep en bij de tijd die er is.",
                ),
            ],
        ),
    ],
}

INCIDENT = {
    "slug": "incidentmethode",
    "title": "De incidentmethode",
    "summary": "Een kort voorval tot het beslismoment, en de groep beslist eerst zelf.",
    "minutes": 10,
    "blocks": [
        paras(
            "De <strong>incidentmethode</strong> is geschikt voor groepen die net beginnen. De "
            "inbrenger vertelt een kort, recent voorval tot aan het moment waarop hij iets "
            "moest beslissen, en vertelt nog niet wat hij deed. De groep stelt eerst alleen "
            "feitelijke vragen, analyseert de situatie, en ieder schrijft op wat hij op dat "
            "moment zou doen. De deelnemers lichten hun keuze toe terwijl de inbrenger "
            "luistert. Pas daarna vertelt de inbrenger wat er echt gebeurde, en reageert hij "
            "op de ideeën van de groep.",
            "Met de tijden uit de methodekaart hieronder duurt een ronde ongeveer zeventig "
            "minuten. De kracht zit in de volgorde: omdat iedereen eerst zelf moet kiezen, "
            "wordt iedereen deelnemer in plaats van toeschouwer. En omdat de inbrenger pas aan "
            "het eind vertelt wat hij deed, kan de groep niet meteen gaan oordelen.",
        ),
        method(
            "incidentmethode",
            "Let op de stap waarin de inbrenger stil luistert: dan komen de beslissingen van "
            "de groep, en pas daarna vertelt hij wat hij deed.",
        ),
        transcript(
            "Fragment: zo loopt het mis",
            "Een groep begeleiders in de gehandicaptenzorg. Kim vertelt over een bewoner die "
            "tijdens het eten zijn bord van tafel veegde.",
            [
                ("Kim", "...en toen stond ik daar, en iedereen keek naar mij."),
                ("Jasper", "En wat deed je toen?"),
                ("Kim", "Ik heb hem naar zijn kamer gestuurd."),
                (
                    "Jasper",
                    "Oei. Dat zou ik nooit doen, dan escaleert het juist. Je had hem beter even...",
                ),
                ("Begeleider", "Ja, goed punt. Hoe zien de anderen dat?"),
            ],
            [
                "Jasper vraagt meteen wat Kim deed. Daarmee slaat de groep de kern van de "
                "methode over: eerst zelf beslissen.",
                "Er volgt direct een oordeel ('oei') en een advies. Kim moet zich nu "
                "verdedigen in plaats van leren.",
                "De begeleider gaat mee in de discussie in plaats van de stap te bewaken.",
            ],
        ),
        transcript(
            "Fragment: zo kan het ook",
            "Dezelfde groep, dezelfde casus.",
            [
                ("Kim", "...en toen stond ik daar, en iedereen keek naar mij."),
                ("Jasper", "En wat deed je toen?"),
                (
                    "Begeleider",
                    "Dat horen we straks, Jasper; Kim stopt bewust op dit moment. We zitten "
                    "nu bij de feitelijke vragen. Wat wil je nog weten over de situatie?",
                ),
                ("Jasper", "Waren er andere begeleiders in de ruimte?"),
                ("Kim", "Nee, ik was alleen met zes bewoners."),
                (
                    "Begeleider",
                    "Dank je. Nog twee minuten voor feitelijke vragen, daarna schrijft "
                    "iedereen op wat hij op dit moment zou doen.",
                ),
            ],
            [
                "De begeleider legt uit waarom de vraag nog niet kan, zonder Jasper af te "
                "wijzen, en helpt hem een feitelijke vraag te stellen.",
                "Het antwoord ('alleen met zes bewoners') verandert het beeld van de groep "
                "meteen. Dat was verloren gegaan in een discussie over wat Kim had moeten doen.",
                "Door de tijd en de volgende stap te noemen, weet iedereen waar hij aan toe is.",
            ],
        ),
        quiz(
            "De incidentmethode begeleiden",
            [
                (
                    "In de stap 'beslissingen delen' begint de inbrenger zich te "
                    "verdedigen: 'Maar dat kon helemaal niet, want...' Wat doe je?",
                    False,
                    [
                        (
                            "Vriendelijk vragen om zijn reactie te bewaren tot zijn eigen "
                            "stap, straks",
                            True,
                            "Zo hoort hij alle ideeën en krijgt hij daarna echt de ruimte.",
                        ),
                        (
                            "Hem laten uitpraten, want hij voelt zich blijkbaar aangevallen "
                            "door de groep",
                            False,
                            "Dan wordt het een discussie, en horen de anderen hun keuze "
                            "niet meer uitgelegd.",
                        ),
                        (
                            "De deelnemers vragen hun beslissingen wat voorzichtiger te formuleren",
                            False,
                            "Je stuurt de inhoud; de methode zelf biedt hem straks het woord.",
                        ),
                    ],
                    "De inbrenger luistert eerst zwijgend; daarna reageert hij op alles.",
                ),
                (
                    "Een nieuwe groep van vijf heeft zeventig minuten voor één casus. Een "
                    "deelnemer wil een klein voorval van vorige week bespreken. Past de "
                    "incidentmethode?",
                    False,
                    [
                        (
                            "Ja: klein, recent, en een groep die structuur nodig heeft",
                            True,
                            "Precies waarvoor de methode bedoeld is.",
                        ),
                        (
                            "Nee: een nieuwe groep moet eerst met de Balintmethode oefenen",
                            False,
                            "Balint vraagt juist een vertrouwde groep.",
                        ),
                        (
                            "Nee: de incidentmethode is alleen voor incidenten met agressie",
                            False,
                            "Een 'incident' is hier elk kort voorval met een beslismoment.",
                        ),
                    ],
                    "De incidentmethode past bij een kort voorval en een beginnende groep.",
                ),
            ],
        ),
    ],
}

VIJF = {
    "slug": "vijfstappenmodel",
    "title": "De vijfstappenmethode",
    "summary": "Verkennen met open vragen, de kern benoemen, en pas dan adviseren.",
    "minutes": 10,
    "blocks": [
        paras(
            "De <strong>vijfstappenmethode</strong> loopt van de vraagintroductie via een "
            "probleemverkenning met open vragen en samenvattingen naar een geformuleerde kern. "
            "Die kern bepaalt de inbrenger zelf. Dan volgt de adviesronde: iedereen geeft "
            "minstens één advies, en de inbrenger zegt welke adviezen hem aanspreken. Een "
            "evaluatie sluit af. Met de tijden hieronder kost een ronde ongeveer tachtig "
            "minuten; er bestaat ook een korte versie van ongeveer een halfuur.",
            "De langste stap is de probleemverkenning, en dat is met opzet. In die stap leer "
            "je de groep om advies uit te stellen. Een samenvatting halverwege helpt: 'Wat ik "
            "tot nu toe hoor, is...'. Daarmee controleer je of de groep hetzelfde beeld heeft "
            "als de inbrenger, en geef je hem de kans om bij te sturen.",
        ),
        method("vijf-stappen"),
        transcript(
            "Fragment: zo loopt het mis",
            "Probleemverkenning. Femke brengt in dat ze een collega niet durft aan te spreken "
            "op slordige overdrachten.",
            [
                ("Hasan", "Heb je al eens geprobeerd om het in het teamoverleg te zeggen?"),
                ("Femke", "Nee, dat durf ik niet."),
                ("Lotte", "Of een mail sturen? Dan heb je het ook zwart op wit."),
                ("Femke", "Ja... misschien."),
                (
                    "Begeleider",
                    "Goede ideeën. Femke, welke spreekt je aan?",
                ),
            ],
            [
                "De vragen van Hasan en Lotte zijn adviezen in vraagvorm. Femke kan alleen "
                "ja of nee zeggen.",
                "Nog niemand weet waarom Femke het niet durft; de kern is niet verkend.",
                "De begeleider gaat mee naar de adviesronde ('welke spreekt je aan?'), terwijl "
                "de methode nog in stap twee zit.",
            ],
        ),
        transcript(
            "Fragment: zo kan het ook",
            "Dezelfde situatie. De begeleider grijpt na de eerste vraag in.",
            [
                ("Hasan", "Heb je al eens geprobeerd om het in het teamoverleg te zeggen?"),
                (
                    "Begeleider",
                    "Hasan, ik hoor er een idee in. Schrijf het op, in de adviesronde komt "
                    "het terug. Kun je er nu een open vraag van maken?",
                ),
                ("Hasan", "Wat maakt het lastig om het in het overleg te zeggen?"),
                (
                    "Femke",
                    "Ze werkt hier al twintig jaar en ik pas twee. Wie ben ik om haar te "
                    "verbeteren?",
                ),
                (
                    "Begeleider",
                    "Even samenvatten: het gaat niet om de overdracht zelf, maar om je plek "
                    "als nieuwe collega tegenover iemand met veel ervaring. Klopt dat?",
                ),
                ("Femke", "Ja. Dat is het eigenlijk."),
            ],
            [
                "De begeleider parkeert het advies zonder het weg te wuiven en helpt Hasan "
                "een open vraag te stellen.",
                "Die open vraag brengt de onderstroom boven: Femkes plek in het team.",
                "De samenvatting geeft Femke de kans om te bevestigen. Nu ligt er een kern "
                "waar de adviesronde iets mee kan.",
            ],
        ),
        quiz(
            "De vijfstappenmethode begeleiden",
            [
                (
                    "In de adviesronde geeft een deelnemer geen advies maar stelt hij nog "
                    "een verhelderende vraag. De tijd is bijna om. Wat doe je?",
                    False,
                    [
                        (
                            "Benoemen dat we nu adviseren, en vragen of hij er een advies "
                            "van kan maken",
                            True,
                            "Je bewaakt de stap en geeft hem de kans om bij te dragen.",
                        ),
                        (
                            "De inbrenger de vraag laten beantwoorden, want elke vraag kan "
                            "nog iets opleveren",
                            False,
                            "Dan loopt de tijd op en schuift de ronde terug naar de verkenning.",
                        ),
                        (
                            "Hem overslaan en doorgaan met de deelnemer die naast hem zit",
                            False,
                            "Dan mist hij zijn beurt, en weet hij niet waarom.",
                        ),
                    ],
                    "Elke stap heeft zijn eigen soort bijdrage.",
                ),
                (
                    "Na de verkenning stelt de groep voor dat de kern 'assertiviteit' is. "
                    "De inbrenger kijkt twijfelend. Wat past het best bij stap drie?",
                    False,
                    [
                        (
                            "De inbrenger vragen de kern in eigen woorden te zeggen",
                            True,
                            "De inbrenger bepaalt de kern; de groep mag voorstellen doen.",
                        ),
                        (
                            "De kern vastleggen, want de hele groep ziet het zo",
                            False,
                            "Een meerderheid bepaalt niet wat de vraag van een ander is.",
                        ),
                        (
                            "Terug naar de verkenning tot de inbrenger het ermee eens is",
                            False,
                            "Je hoeft hem niet te overtuigen; vraag hoe hij het zelf ziet.",
                        ),
                    ],
                    "In de vijfstappenmethode bepaalt de inbrenger de kern.",
                ),
            ],
        ),
    ],
}

LESSONS = [KIEZEN, INCIDENT, VIJF]
