"""Module 5 of the basis course, part 3: the question method and the gossip method."""

from ..blocks import callout, method, paras, quiz, transcript

VRAGEN = {
    "slug": "vragenmethode",
    "title": "De vragenmethode",
    "summary": "Leren van vragen: koud, neutraal en warm sorteren, en de vraag opnieuw stellen.",
    "minutes": 10,
    "blocks": [
        paras(
            "In de <strong>vragenmethode</strong> staat het stellen van vragen centraal, niet "
            "het geven van antwoorden. De inbrenger schetst zijn probleem in hoogstens drie "
            "zinnen. Ieder schrijft maximaal drie open vragen op losse briefjes. De inbrenger "
            "legt de briefjes op drie stapels: koud (raakt me niet), neutraal (interessant) en "
            "warm (raakt me). Hij beantwoordt de warme en de neutrale vragen, en formuleert "
            "daarna zijn vraag opnieuw. De groep noemt de sterke punten die ze zag, eventueel "
            "met een advies, en de inbrenger kiest een volgende stap. Met de tijden op de kaart "
            "kost dat bijna een uur.",
            "Het sorteren is al leerzaam. Welke vragen warm zijn, zegt iets over waar de "
            "energie van de inbrenger zit. En voor de deelnemers is het een spiegel: wie merkt "
            "dat zijn vragen steeds op de koude stapel belanden, stelt misschien vooral "
            "feitenvragen of verkapte adviezen.",
            "Als begeleider let je vooral op twee dingen. De drie zinnen aan het begin moeten "
            "echt drie zinnen blijven; wie meer vertelt, stuurt de vragen al een kant op. En bij "
            "de koude stapel mag niemand zich verdedigen: een koude vraag is geen slechte vraag, "
            "alleen een vraag die vandaag niet raakt.",
        ),
        method("vragenmethode"),
        transcript(
            "Fragment: zo loopt het mis",
            "De inbrenger, Wendy, heeft de briefjes net gesorteerd.",
            [
                (
                    "Bram",
                    "Mijn vraag ligt op koud? Ik vond hem juist het belangrijkst. Mag ik even "
                    "uitleggen wat ik bedoelde?",
                ),
                ("Begeleider", "Ja, leg maar uit."),
                ("Bram", "Ik bedoelde eigenlijk: zou je niet gewoon met je manager gaan praten?"),
                ("Wendy", "Ja, maar dat heb ik al gedaan..."),
            ],
            [
                "De begeleider laat Bram zijn koude vraag verdedigen. Daarmee gaat hij "
                "voorbij aan de keuze van de inbrenger.",
                "De 'uitleg' blijkt een advies. Wendy moet zich verantwoorden in plaats van "
                "haar warme vragen te beantwoorden.",
                "De tijd voor de warme en neutrale vragen slinkt.",
            ],
        ),
        transcript(
            "Fragment: zo kan het ook",
            "Hetzelfde moment.",
            [
                ("Bram", "Mijn vraag ligt op koud? Mag ik even uitleggen wat ik bedoelde?"),
                (
                    "Begeleider",
                    "Bram, de stapels zijn van Wendy, en koud zegt niets over de kwaliteit "
                    "van je vraag. Je kunt er bij de evaluatie op terugkomen. Wendy, welke "
                    "warme vraag wil je als eerste beantwoorden?",
                ),
                (
                    "Wendy",
                    "Deze: 'Wat zou je kwijtraken als je stopt met alles zelf oplossen?' "
                    "Daar moest ik echt even over nadenken.",
                ),
            ],
            [
                "De begeleider erkent Bram, legt uit wat koud betekent en geeft hem een plek "
                "voor zijn reactie.",
                "Wendy begint bij de vraag die haar het meest raakt. Daar zit de energie.",
                "De groep ziet hoe een vraag zonder advies eruitziet: open, over haarzelf, en "
                "zonder ingebakken antwoord.",
            ],
        ),
        quiz(
            "De vragenmethode begeleiden",
            [
                (
                    "De inbrenger begint met zijn drie zinnen en is na twee minuten nog "
                    "steeds aan het vertellen. Wat doe je?",
                    False,
                    [
                        (
                            "Hem vriendelijk onderbreken en om één laatste zin vragen",
                            True,
                            "De korte start is een wezenlijk deel van de methode.",
                        ),
                        (
                            "Hem laten uitpraten, want hoe meer de groep weet, hoe beter "
                            "de vragen worden",
                            False,
                            "Juist niet: een lang verhaal stuurt de vragen al een kant op.",
                        ),
                        (
                            "De groep alvast vragen laten schrijven, terwijl hij verder vertelt",
                            False,
                            "Dan luistert niemand meer, en de stap raakt zoek.",
                        ),
                    ],
                    "Drie zinnen laten ruimte voor vragen die de inbrenger zelf nog niet stelde.",
                ),
                (
                    "Welke vragen beantwoordt de inbrenger in de vragenmethode?",
                    False,
                    [
                        (
                            "De warme en de neutrale vragen",
                            True,
                            "Ja; de koude blijven liggen.",
                        ),
                        (
                            "Alleen de warme vragen, de rest niet",
                            False,
                            "Ook de neutrale vragen worden beantwoord.",
                        ),
                        (
                            "Alle vragen, van koud naar warm",
                            False,
                            "De koude vragen blijven liggen; dat is de bedoeling.",
                        ),
                    ],
                    "Warm en neutraal beantwoorden, koud laten liggen.",
                ),
            ],
        ),
    ],
}

RODDEL = {
    "slug": "roddelmethode",
    "title": "De roddelmethode",
    "summary": "Luisteren met je rug naar de groep, terwijl de groep hardop over je nadenkt.",
    "minutes": 8,
    "blocks": [
        paras(
            "Bij de <strong>roddelmethode</strong> vertelt de inbrenger zijn casus en vraag, en "
            "stelt ieder een paar open vragen. Daarna draait de inbrenger zijn stoel om. Hij zit "
            "met zijn rug naar de groep en schrijft mee, terwijl de groep ongeveer een kwartier "
            "in de derde persoon over hem en zijn casus praat: over mogelijke oorzaken, "
            "aannames en oplossingen. Tot slot vertelt de inbrenger wat hem raakte en wat hij "
            "met de ideeën doet. De evaluatie gaat ook over hoe het was om zo besproken te "
            "worden.",
            "De methode werkt omdat de inbrenger niet hoeft te reageren. Wie niet hoeft te "
            "verdedigen, luistert anders. Maar het vraagt een veilige groep, en een begeleider "
            "die erop let dat 'roddelen' opbouwend blijft. Grappen over de inbrenger, oordelen "
            "over zijn karakter of verhalen over andere collega's horen er niet in.",
        ),
        method("roddelmethode"),
        callout(
            "warning",
            "Wanneer niet",
            "<p>Gebruik de roddelmethode niet in een nieuwe groep, niet als er spanning is "
            "tussen deelnemers, en niet bij een inbrenger die net iets heftigs heeft "
            "meegemaakt. Met je rug naar de groep zitten terwijl anderen over je praten, is "
            "dan te kwetsbaar.</p>",
        ),
        transcript(
            "Fragment: zo loopt het mis, en wordt het hersteld",
            "Roddelronde. Jeroen zit met zijn rug naar de groep.",
            [
                ("Marco", "Jeroen is gewoon veel te lief. Dat was hij vroeger al."),
                ("Lotte", "(lacht) Ja, dat krijg je ervan."),
                (
                    "Begeleider",
                    "Ik stop hier even. We praten over wat Jeroen in deze situatie doet, niet over "
                    "hoe hij is. Marco, wat zie je hem doen dat hem vastzet?",
                ),
                (
                    "Marco",
                    "Hij zegt steeds ja als de planner belt, ook als zijn dag al vol zit. "
                    "Misschien denkt hij dat niemand anders het oplost.",
                ),
            ],
            [
                "'Te lief' en 'vroeger al' zijn oordelen over een persoon; het lachen maakt "
                "het voor Jeroen onveilig, juist omdat hij niets kan terugzeggen.",
                "De begeleider grijpt meteen in, noemt de afspraak en helpt Marco om van een "
                "oordeel een observatie met een aanname te maken.",
                "Het herstelde fragment geeft Jeroen iets waar hij mee verder kan: zijn ja "
                "tegen de planner en de aanname dat niemand anders het oplost.",
            ],
        ),
        quiz(
            "De roddelmethode begeleiden",
            [
                (
                    "Na de roddelronde zegt de inbrenger dat één opmerking hem erg raakte en "
                    "dat hij daar wat stil van is. Wat doe je?",
                    False,
                    [
                        (
                            "Vragen wat er bij hem gebeurt, en hem zelf laten kiezen of hij "
                            "er nu op ingaat",
                            True,
                            "Je erkent het en laat hem de regie over wat hij deelt.",
                        ),
                        (
                            "De deelnemer die de opmerking maakte, vragen om het toe te lichten",
                            False,
                            "Dan maak je er een discussie van, zonder dat hij daarom vroeg.",
                        ),
                        (
                            "Snel doorgaan naar de evaluatie zodat hij even tot rust kan komen",
                            False,
                            "Zo kijk je weg van wat er net gebeurde.",
                        ),
                    ],
                    "Storingen gaan voor, en de inbrenger houdt de regie.",
                ),
            ],
        ),
    ],
}

LESSONS = [VRAGEN, RODDEL]
