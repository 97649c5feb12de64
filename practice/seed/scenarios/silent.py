# ruff: noqa: E501  (scenario prose: long Dutch sentences read better unwrapped)
"""A silent participant: thinking time, written rounds, no spotlight (question method)."""

from ..dsl import ch, end, sit

# fmt: off
SILENT = {
    "slug": "stille-deelnemer",
    "title": "De stille deelnemer",
    "focus": "silent",
    "method": "vragenmethode",
    "summary": "Een deelnemer zegt niets. Een ander vult intussen voor hem in.",
    "briefing": "<p>Een groep ambulant begeleiders werkt met de vragenmethode. Els heeft haar probleem in drie zinnen neergezet: een moeder in een gezin dat ze begeleidt, wordt snel boos, en Els merkt dat ze daarna dingen toezegt die ze niet wil. Nu schrijft de groep vragen op briefjes.</p>",
    "reflection": "Hoe nodig jij stille deelnemers uit zonder ze op de plek te zetten?",
    "clock_start": 5,
    "time_budget": 60,
    "cast": [
        ("Els", "inbrenger", "Begeleider van een gezin met een moeder die snel boos wordt."),
        ("Yusuf", "deelnemer", "Rustig, denkt eerst na; is in een nieuwe groep altijd stil."),
        ("Marloes", "deelnemer", "Spontaan en hartelijk; praat makkelijk voor anderen."),
        ("Koen", "deelnemer", "Heeft altijd nog een advies."),
    ],
    "situations": [
        sit("briefjes", "Een leeg briefje", 2, [
            (None, "Marloes heeft al drie briefjes vol. Yusuf kijkt naar zijn lege briefje en tikt met zijn pen."),
            ("Marloes", "Yusuf, zal ik er eentje voor jou opschrijven? Ik heb er nog wel een paar."),
        ], [
            ch("‘Lief aangeboden, Marloes. Yusuf, wil je dat? Dan gaat het wat sneller voor de groep.’", "marloes-vult", "Je maakt van Yusufs denktijd een probleem van tempo. Als Marloes voor hem schrijft, is het haar vraag, niet de zijne.", minutes=5, inc=-10, gp=-5),
            ch("‘Iedereen schrijft zijn eigen vragen; neem je tijd, Yusuf, je hebt nog vijf minuten.’", "sorteren", "Denktijd beschermen is hier de interventie. Door het tegen iedereen te zeggen, zet je Yusuf niet in het licht.", expert=True, minutes=10, inc=10, saf=5),
            ch("‘Yusuf, heb je nog geen vraag? Zeg anders even hardop waar je aan denkt, dan helpen we je.’", "yusuf-op-de-plek", "Hardop voor de groep vragen waarom iemand nog niets heeft, zet hem precies in het licht dat hij vermijdt.", minutes=3, saf=-15, emo=-10, when=("safety", 45, "einde-onzichtbaar")),
        ]),
        sit("marloes-vult", "Marloes schrijft", 2, [
            ("Marloes", "Kijk, deze: ‘Wat voel je als ze boos wordt?’ Goeie, toch?"),
            (None, "Yusuf knikt beleefd en legt zijn pen weg."),
        ], [
            ch("‘Mooie vraag. Dan hebben we ze allemaal, geloof ik. Els, ga je ze sorteren?’", "einde-ingevuld", "Het tempo wint, Yusuf verdwijnt. In deze groep schrijft voortaan Marloes voor hem.", minutes=5, inc=-10),
            ch("‘Marloes, die is van jou; leg hem bij je eigen briefjes. Yusuf, ik ben benieuwd naar jouw vraag, neem je tijd.’", "sorteren", "Herstel: je geeft Marloes' vraag aan Marloes terug en Yusuf zijn denktijd. Je zegt het luchtig, zonder iemand te kleineren.", expert=True, minutes=7, inc=10, gp=5),
        ]),
        sit("yusuf-op-de-plek", "Op de plek gezet", 2, [
            ("Yusuf", "Eh... ik weet het nog niet."),
            (None, "Hij kijkt naar de tafel. Koen grinnikt."),
        ], [
            ch("Je wacht tot Yusuf toch iets hardop zegt; stilte is ook goed, en hij moet leren meedoen.", "einde-onzichtbaar", "Nog langer wachten vergroot de spot. Yusuf zegt iets om ervan af te zijn en zwijgt daarna.", minutes=5, saf=-10, emo=-5),
            ch("‘Sorry, dat was niet handig: denken mag gewoon stil. Iedereen nog vijf minuten.’", "sorteren", "Herstel: je neemt de vraag terug en maakt de stilte weer van iedereen.", expert=True, minutes=8, emo=10, saf=10),
        ]),
        sit("sorteren", "Koud, neutraal, warm", 3, [
            (None, "Els legt de briefjes in drie stapels. Een briefje in een zorgvuldig handschrift legt ze bij ‘warm’."),
            ("Marloes", "Oh, die is vast van Yusuf! Mooi, Yus!"),
        ], [
            ch("‘Wie welke vraag schreef, doet er nu niet toe. Els, welke ligt er bij warm?’", "beantwoorden", "De briefjes zijn anoniem om een reden: zo telt de vraag, niet wie hem stelt. Je zegt het kort en gaat verder.", expert=True, minutes=5, saf=5, gp=5, inc=5),
            ch("‘Klopt dat, Yusuf? Wat bedoelde je er precies mee? Vertel er gerust iets meer over aan Els.’", "beantwoorden", "Je zet Yusuf alsnog in het middelpunt en laat hem uitleggen wat Els zelf mag beantwoorden.", minutes=5, saf=-10, emo=-5),
            ch("Je laat het gaan; het is aardig bedoeld van Marloes, en Yusuf glimlacht er zelfs een beetje bij.", "beantwoorden", "Aardig bedoeld, maar de anonimiteit is weg, en Yusuf weet nu dat zijn briefjes herkend worden.", minutes=5, saf=-5),
        ]),
        sit("beantwoorden", "Warme en neutrale vragen", 4, [
            ("Els", "‘Wat zeg je tegen jezelf als je ja zegt tegen iets wat je niet wilt?’ Die raakt me. Dan denk ik: als ik nee zeg, wordt ze bozer."),
            ("Koen", "Dan moet je gewoon vooraf met je leidinggevende afspreken wat je wel en niet toezegt."),
        ], [
            ch("‘Goed punt, Koen. Els, heb je dat weleens met je leidinggevende besproken, of is dat lastig voor je?’", "adviesstroom", "Je neemt Koens advies over als vraag. De bespreking gaat over afspraken met de leidinggevende in plaats van over Els.", minutes=10, neu=-10, que=-5),
            ch("‘Koen, dat is een advies; dat bewaren we voor de krachtenronde. Els, ga verder met de vragen.’", "herformuleren", "Je parkeert Koens advies en laat Els haar warme en neutrale vragen afmaken. Zo houdt de methode haar volgorde.", expert=True, minutes=15, gp=10, neu=5),
        ]),
        sit("adviesstroom", "Adviezen", 4, [
            ("Marloes", "En je kunt ook een time-out nemen als ze boos wordt!"),
            ("Koen", "Of een collega meenemen."),
        ], [
            ch("‘We schieten in adviezen. Ik zet ze op een flap. Els, welke vraag lag er nog bij warm?’", "herformuleren", "Herstel: je benoemt het, parkeert zichtbaar en brengt Els terug bij haar eigen vragen.", expert=True, minutes=8, gp=10, neu=5),
            ch("Je laat het lopen: er komen ondertussen best bruikbare ideeën op tafel voor Els en het gezin.", "einde-ingevuld", "De vragenmethode wordt een adviesronde. Els krijgt tien tips en geen scherpere vraag.", minutes=20, gp=-10, neu=-10),
        ]),
        sit("herformuleren", "De vraag opnieuw", 5, [
            ("Els", "Mijn vraag is nu... eh..."),
            ("Marloes", "Je bedoelt vast: hoe zeg ik nee zonder dat ze ontploft?"),
        ], [
            ch("‘Marloes, laat Els even zoeken. Els, neem je tijd.’", "krachten", "Stilte is hier werk. Als een ander de vraag invult, is het niet meer de vraag van de inbrenger.", expert=True, minutes=5, neu=5, gp=5, que=5),
            ch("‘Dat klinkt goed, Marloes. Els, is dat hem, of wil je er zelf nog iets aan veranderen?’", "krachten", "Je laat Marloes de vraag formuleren en Els alleen nog tekenen.", minutes=5, neu=-10),
        ]),
        sit("krachten", "Krachten benoemen", 6, [
            ("Els", "Mijn vraag: hoe blijf ik bij mijn eigen grens als de moeder boos wordt?"),
            ("Marloes", "Zal ik beginnen? En Yusuf zei net tegen mij dat hij Els heel rustig vindt, dus dat zeg ik dan ook even."),
        ], [
            ch("‘Ja, begin maar, Marloes, en neem die van Yusuf dan ook meteen mee, dat scheelt tijd.’", "einde-ingevuld", "Marloes spreekt namens Yusuf. Zijn stem komt er zo nooit in.", minutes=10, inc=-15),
            ch("‘Ieder schrijft eerst een kracht van Els op. Dan lezen we ze voor, met de klok mee.’", "yusuf-spreekt", "Een geschreven ronde geeft de denker tijd en iedereen een eigen stem. Niemand hoeft meer voor een ander te spreken.", expert=True, minutes=10, inc=10, gp=5),
            ch("‘Laten we bij Yusuf beginnen, die heeft vandaag nog niet zoveel gezegd. Yusuf, wat zie jij?’", "yusuf-spreekt", "Goed bedoeld, maar door zijn stilte te benoemen zet je hem alsnog op de plek.", minutes=10, saf=-5, inc=5),
        ]),
        sit("yusuf-spreekt", "Yusuf leest voor", 6, [
            ("Yusuf", "Ik schreef: Els blijft rustig, ook als het niet rustig is. Dat is een kracht, ook tegenover die moeder."),
            ("Koen", "Ja, en mijn advies is dus..."),
        ], [
            ch("‘Koen, één moment nog. Els, wat doet het je om dat te horen?’", "volgende-stap", "Je laat Yusufs bijdrage landen voordat het gesprek verdergaat. Zo ervaart hij dat zijn woorden gewicht hebben.", expert=True, minutes=8, inc=10, emo=5),
            ch("‘Goed, Koen, jouw advies mag nu ook, want we zitten in de stap waarin dat kan. Ga je gang.’", "volgende-stap", "Procedureel klopt het, maar Yusufs zin wordt meteen overstemd.", minutes=8, inc=-5),
        ]),
        sit("volgende-stap", "De volgende stap", 7, [
            (None, "Els kijkt naar de briefjes en de flap met adviezen."),
        ], [
            ch("‘Ik zou beginnen met die time-out van Marloes, Els; dat lijkt me in jouw situatie het sterkst.’", "einde-goed", "Je kiest voor de inbrenger. De laatste stap is van haar.", minutes=5, neu=-15),
            ch("‘Els, welke eerste stap zet je? En wat hielp jullie vandaag bij het vragen stellen?’", "einde-goed", "Je laat de inbrenger haar actie kiezen en kijkt kort naar het proces. Yusuf zegt dat het schrijven hem hielp.", expert=True, minutes=5, gp=10, que=5),
        ]),
        end("einde-goed", "Iedereen een stem", [(None, "Els heeft een eigen vraag en een eerste stap. Yusuf heeft twee keer iets gezegd, en beide keren werd er geluisterd.")]),
        end("einde-ingevuld", "Ingevuld door anderen", [(None, "De bijeenkomst was levendig. Els heeft veel tips, maar geen eigen vraag, en Yusuf heeft vooral geknikt.")]),
        end("einde-onzichtbaar", "Onzichtbaar", [(None, "Yusuf zegt de rest van de bijeenkomst niets meer. Bij de volgende bijeenkomst meldt hij zich af.")]),
    ],
}
# fmt: on
