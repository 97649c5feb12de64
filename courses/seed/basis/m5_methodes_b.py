"""Module 5 of the basis course, part 2: the ten-step method and the Balint method."""

from ..blocks import callout, method, paras, quiz, transcript

TIEN = {
    "slug": "tienstappenmodel",
    "title": "De tienstappenmethode",
    "summary": "Vragen opschrijven en laten waarderen, twee keer de kern, en tips pas in stap "
    "negen.",
    "minutes": 11,
    "blocks": [
        paras(
            "De <strong>tienstappenmethode</strong> neemt de tijd. De stappen op de kaart "
            "hieronder tellen op tot ruim twee uur; reken met een pauze erbij op twee tot "
            "tweeënhalf uur voor één casus met zes deelnemers. De methode is daarom geschikt "
            "voor ervaren groepen en voor vragen waar echt iets op het spel staat.",
            "De inbrenger beschrijft de situatie met zijn eigen rol. Iedereen schrijft in "
            "stilte vragen op, en de inbrenger kiest welke vragen hem het meest raken. Die "
            "waardering is een bijzondere stap: de inbrenger vertelt daarmee zonder het te "
            "zeggen waar zijn energie zit. Na de antwoorden en een extra vragenronde benoemt "
            "eerst de groep wat zij als kern ziet, en daarna formuleert de inbrenger de kern "
            "opnieuw, in eigen woorden. Dan volgt de vraag wat hij anders wil doen en hoe "
            "bereid hij daartoe is. Pas in stap negen is er ruimte voor tips en adviezen. De "
            "laatste stap gaat over de deelnemers: wat leerden zij voor hun eigen werk?",
        ),
        method("tien-stappen"),
        callout(
            "tip",
            "Twee keer de kern",
            "<p>Het verschil tussen de kern volgens de groep en de kern volgens de inbrenger "
            "is vaak het leerzaamste moment van de bespreking. Vraag er gerust naar: 'Wat "
            "herken je in wat de groep zag, en wat niet?'</p>",
        ),
        transcript(
            "Fragment: zo loopt het mis",
            "Stap zeven, de kern volgens de inbrenger. Ruud heeft net de kern van de groep "
            "gehoord: 'je wilt aardig gevonden worden'.",
            [
                ("Ruud", "Nou, dat vind ik wat kort door de bocht."),
                (
                    "Marco",
                    "Maar dat zie je toch ook aan hoe je met die klant omgaat? Je zei zelf...",
                ),
                ("Ruud", "Dat zei ik niet zo."),
                ("Begeleider", "Laten we daar even goed over doorpraten, dit is belangrijk."),
            ],
            [
                "Stap zeven is van de inbrenger. Marco verdedigt de kern van de groep "
                "tegenover Ruud, en de begeleider laat dat toe.",
                "Ruud raakt in de verdediging; de kans dat hij zelf iets ontdekt, wordt kleiner.",
                "Een discussie over wie gelijk heeft, kost tijd die de adviesronde straks mist.",
            ],
        ),
        transcript(
            "Fragment: zo kan het ook",
            "Hetzelfde moment.",
            [
                ("Ruud", "Nou, dat vind ik wat kort door de bocht."),
                ("Marco", "Maar dat zie je toch ook aan..."),
                (
                    "Begeleider",
                    "Marco, de groep heeft haar kern gegeven; nu is het aan Ruud. Ruud, wat "
                    "is voor jou de kern, als je alles van vandaag bij elkaar neemt?",
                ),
                (
                    "Ruud",
                    "Dat ik geen nee durf te zeggen tegen een klant die al jaren bij ons zit. "
                    "Aardig gevonden worden... misschien zit daar wel iets van in.",
                ),
            ],
            [
                "De begeleider noemt de stap en geeft het woord terug aan Ruud.",
                "Omdat niemand hem overtuigt, kan Ruud zelf iets van de kern van de groep "
                "overnemen, in zijn eigen woorden.",
                "Zijn kern is concreter dan die van de groep: nee zeggen tegen een vaste klant.",
            ],
        ),
        quiz(
            "De tienstappenmethode begeleiden",
            [
                (
                    "Een groep heeft anderhalf uur voor de hele bijeenkomst, inclusief "
                    "opening en evaluatie. Iemand stelt de tienstappenmethode voor. Wat zeg "
                    "je?",
                    False,
                    [
                        (
                            "Dat het niet past: alleen de stappen vragen al ruim twee uur",
                            True,
                            "Een methode die niet in de tijd past, sneuvelt halverwege.",
                        ),
                        (
                            "Dat het kan als de groep de stappen wat sneller doorloopt",
                            False,
                            "Dan vallen juist de waardering en de twee kernen weg.",
                        ),
                        (
                            "Dat het kan als de adviesronde in stap negen vervalt",
                            False,
                            "Dan mis je een wezenlijke stap, en blijft de tijd te krap.",
                        ),
                    ],
                    "Kies een methode die in de beschikbare tijd past.",
                ),
                (
                    "In stap vier beantwoordt de inbrenger de gekozen vragen. Een deelnemer "
                    "zegt: 'Mijn vraag is niet gekozen, maar die is wel belangrijk.' Wat "
                    "doe je?",
                    False,
                    [
                        (
                            "Zeggen dat de inbrenger kiest, en dat er in stap vijf nog een "
                            "vragenronde komt",
                            True,
                            "Je respecteert de keuze en wijst op de plek waar het wel kan.",
                        ),
                        (
                            "De inbrenger vragen of hij die vraag toch nog wil beantwoorden",
                            False,
                            "Dan zet je hem onder druk om zijn eigen keuze terug te draaien.",
                        ),
                        (
                            "De vraag laten voorlezen, zodat de groep kan oordelen of hij "
                            "belangrijk is",
                            False,
                            "Dan wordt de waardering van de inbrenger een stemming.",
                        ),
                    ],
                    "Welke vragen de inbrenger kiest, is informatie, geen fout.",
                ),
            ],
        ),
    ],
}

BALINT = {
    "slug": "balintmethode",
    "title": "De Balintmethode",
    "summary": "Voor relaties met veel emotie: beelden, oordelen en besluiten strikt gescheiden.",
    "minutes": 11,
    "blocks": [
        paras(
            "De <strong>Balintmethode</strong> zoekt naar het echte probleem, met de blinde "
            "vlekken en het eigen aandeel van de inbrenger. Ze past bij casussen over relaties "
            "waarin sterke emoties spelen: de cliënt die je niet uit je hoofd krijgt, de "
            "collega bij wie je steeds ontploft. Probleemstelling, beeldvorming, oordeelsvorming "
            "en besluitvorming worden strikt gescheiden. Zo voorkom je dat de groep al oordeelt "
            "voordat het beeld compleet is.",
            "De groep verzamelt eerst mogelijke casussen; ieder zegt in hooguit drie zinnen "
            "waarom de zijne nu belangrijk is. De groep kiest er één, en ook een "
            "procesbegeleider. De inbrenger vertelt het hele verhaal. Iedereen schrijft daarna "
            "op welke beelden en gevoelens bij hem opkomen. Dan volgen korte verhelderende "
            "vragen met korte antwoorden. Ieder schrijft een advies op, en de adviezen worden "
            "voorgelezen terwijl de inbrenger zwijgt. De inbrenger besluit wat hij ermee doet, "
            "en de groep evalueert.",
            "Balint vraagt een vertrouwde groep van minstens vijf mensen en duurt één tot twee "
            "uur; de kaart hieronder komt op ongeveer tachtig minuten. De inbrenger is nooit "
            "tegelijk gespreksleider.",
        ),
        method("balint"),
        transcript(
            "Fragment: zo loopt het mis",
            "Verhelderende vragen. Eva vertelt over een moeder die haar tijdens elk gesprek "
            "kleineert.",
            [
                ("Noor", "Ik kreeg bij je verhaal een beeld van een kat en een muis."),
                ("Jeroen", "Ja! En jij bent de muis. Dat zag ik ook."),
                ("Eva", "Nou, zo voel ik me helemaal niet."),
                (
                    "Noor",
                    "Maar misschien zie je het zelf niet. Als ik jou was, zou ik eens "
                    "nadenken over waarom je je zo laat behandelen.",
                ),
            ],
            [
                "Noor deelt haar associatie in de vragenstap. Beeldvorming en vragen lopen "
                "door elkaar, en de inbrenger moet reageren op beelden die nog geen plek "
                "hebben.",
                "Jeroen maakt van het beeld een oordeel ('jij bent de muis').",
                "'Als ik jou was' is een advies in vermomming, en het komt twee stappen te "
                "vroeg. De begeleider grijpt niet in.",
            ],
        ),
        transcript(
            "Fragment: zo kan het ook",
            "Dezelfde casus. De associaties zijn opgeschreven en liggen omgekeerd op tafel.",
            [
                ("Noor", "Ik kreeg een beeld van een kat en een..."),
                (
                    "Begeleider",
                    "Noor, houd dat beeld vast; het staat op je papier en het komt straks "
                    "aan bod. Nu korte vragen om het verhaal helder te krijgen.",
                ),
                ("Noor", "Oké. Eva, wie bepaalt waar en wanneer jullie afspreken?"),
                ("Eva", "Zij. Altijd bij haar thuis, en meestal te laat."),
                ("Jeroen", "Wat doe je als ze je onderbreekt?"),
                ("Eva", "Ik wacht tot ze klaar is. Elke keer."),
            ],
            [
                "De begeleider bewaakt de scheiding tussen beeldvorming en vragen, zonder het "
                "beeld van Noor weg te zetten.",
                "De korte, feitelijke vragen leveren een patroon op dat de groep straks in de "
                "oordeelsvorming kan gebruiken: de moeder bepaalt, Eva wacht.",
                "Eva hoeft nog niets te verdedigen; ze vertelt alleen wat er gebeurt.",
            ],
        ),
        quiz(
            "De Balintmethode begeleiden",
            [
                (
                    "Tijdens het voorlezen van de adviezen wil de inbrenger reageren: 'Dat "
                    "heb ik al geprobeerd.' Wat doe je?",
                    False,
                    [
                        (
                            "Vragen of ze het noteert en er bij haar besluit op terugkomt",
                            True,
                            "In deze stap zwijgt de inbrenger; haar reactie krijgt straks "
                            "een eigen plek.",
                        ),
                        (
                            "Haar laten uitleggen wat ze al heeft geprobeerd en waarom",
                            False,
                            "Dan wordt het een discussie, en horen de anderen niet alle adviezen.",
                        ),
                        (
                            "De deelnemer die het advies gaf, vragen om een ander advies",
                            False,
                            "Dan stuur je de inhoud en gaat de scheiding van fases verloren.",
                        ),
                    ],
                    "De inbrenger zwijgt bij de adviezen en besluit daarna zelf.",
                ),
                (
                    "Een groep van vier, die drie keer bij elkaar is geweest, wil Balint "
                    "proberen met een casus over een cliënt die de inbrenger bedreigde. Wat "
                    "raad je aan?",
                    False,
                    [
                        (
                            "Nu een methode met meer structuur, Balint later met een grotere groep",
                            True,
                            "Balint vraagt minstens vijf mensen die elkaar vertrouwen.",
                        ),
                        (
                            "Balint, want bij een casus met zoveel emotie is het de enige "
                            "passende methode",
                            False,
                            "De casus past, maar de groep is er nog niet klaar voor.",
                        ),
                        (
                            "Balint, mits jij als begeleider ook meedoet als vijfde deelnemer",
                            False,
                            "Dan ben je deelnemer en procesbewaker tegelijk.",
                        ),
                    ],
                    "Een methode past bij de casus én bij de groep. En na een bedreiging hoort "
                    "er nazorg bij: melding, een vervolgcontact en de vraag bij wie de "
                    "inbrenger terechtkan.",
                ),
            ],
        ),
    ],
}

LESSONS = [TIEN, BALINT]
