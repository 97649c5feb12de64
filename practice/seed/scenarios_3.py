# ruff: noqa: E501  (scenario prose: long Dutch sentences read better unwrapped)
"""Seed scenarios, part 3: a dominant and a silent participant."""

from .dsl import ch, end, sit

DOMINANT = {
    "slug": "dominante-deelnemer",
    "title": "Gerard weet het wel",
    "focus": "dominant",
    "method": "tien-stappen",
    "summary": "Een ervaren deelnemer beantwoordt vragen die voor de inbrenger bedoeld zijn en "
    "houdt lange betogen. De rest van de groep verdwijnt naar de achtergrond.",
    "briefing": "<p>Beleidsmedewerkers van een provincie werken met de tienstappenmethode. "
    "Mirjam brengt een lastig overleg met een wethouder in.</p>",
    "reflection": "Hoe geef jij een dominante deelnemer ruimte én grenzen, zonder hem voor de "
    "groep te beschamen?",
    "clock_start": 45,
    "time_budget": 75,
    "cast": [
        ("Mirjam", "inbrenger", "Projectleider, precies, wat onzeker in grote overleggen."),
        ("Gerard", "deelnemer", "Zestig, veel ervaring, praat lang en graag."),
        ("Tim", "deelnemer", "Jong, net begonnen, stelt scherpe vragen als hij de kans krijgt."),
        ("Aylin", "deelnemer", "Let op de tijd, ergert zich zichtbaar."),
    ],
    "situations": [
        sit(
            "start",
            "Een antwoord dat niet van Mirjam komt",
            4,
            [
                ("Tim", "Mirjam, wat deed je toen de wethouder je onderbrak?"),
                (
                    "Gerard",
                    "Nou, als ik even mag: dat kennen we allemaal. Toen ik bij Waterschap "
                    "zat, had je precies zo'n bestuurder. Wat je dan moet doen...",
                ),
                (None, "Gerard praat al vier minuten. Mirjam knikt en zegt niets."),
            ],
            [
                (
                    "‘Gerard, ik onderbreek je even: we hebben twintig minuten voor deze stap en ik "
                    "wil Mirjam zelf horen. Mirjam, wat deed jij toen?’",
                    "mirjam",
                    "Tijd is een neutraal argument, en je geeft de vraag terug aan wie hem kreeg. "
                    "Onderbreken is geen onbeleefdheid maar je taak.",
                    True,
                    1,
                    {"gp": 10, "inc": 10, "tim": 5},
                ),
                ch(
                    "Je wacht tot Gerard klaar is.",
                    "gerard-door",
                    "Wie de ruimte pakt, krijgt haar. Elke minuut dat je wacht, leert de groep dat "
                    "Gerard mag en zij niet.",
                    minutes=6,
                    gp=-10,
                    tim=-10,
                    inc=-5,
                ),
                ch(
                    "‘Gerard, je praat altijd zo lang.’",
                    "gerard-boos",
                    "Een etiket op de persoon in plaats van een opmerking over het gedrag, en dat "
                    "waar de groep bij is. Gerard voelt zich aangevallen.",
                    saf=-15,
                    emo=-10,
                ),
            ],
        ),
        sit(
            "gerard-door",
            "En nog een verhaal",
            4,
            [
                ("Gerard", "...en dat brengt me op iets anders."),
                (
                    None,
                    "Tim gaapt. Aylin kijkt nadrukkelijk naar de klok. Mirjam heeft haar pen neergelegd.",
                ),
            ],
            [
                (
                    "‘Ik merk dat we vooral Gerard horen. Ik stel voor dat we in een ronde werken: "
                    "ieder om de beurt één vraag, en Gerard als laatste.’",
                    "ronde",
                    "Een ronde verdeelt de ruimte zonder dat je iemand hoeft af te wijzen. Het "
                    "benoemen van het patroon is metacommunicatie: je praat over hoe je praat.",
                    True,
                    2,
                    {"inc": 15, "gp": 10},
                ),
                ch(
                    "‘Aylin, wil jij ook iets vragen?’",
                    "ronde",
                    "Goed om iemand uit te nodigen, maar zonder afspraak over de volgorde pakt "
                    "Gerard straks weer het woord.",
                    inc=5,
                ),
            ],
        ),
        sit(
            "gerard-boos",
            "Dan zeg ik niks meer",
            4,
            [
                ("Gerard", "Nou, dan zeg ik niks meer."),
                (None, "Hij leunt achterover. Het is pijnlijk stil."),
            ],
            [
                (
                    "‘Dat kwam verkeerd uit, sorry. Wat ik bedoel: jouw betrokkenheid is groot, en ik "
                    "wil dat iedereen ruimte krijgt. Zullen we in rondes werken?’",
                    "ronde",
                    "Je herstelt de relatie en benoemt alsnog het gedrag in plaats van de persoon. "
                    "De ronde is een structuur waar ook Gerard mee kan leven.",
                    True,
                    2,
                    {"saf": 10, "emo": 10, "inc": 5},
                ),
                ch(
                    "Je gaat verder zonder erop in te gaan.",
                    "einde-stug",
                    "De spanning blijft hangen. Gerard zwijgt demonstratief en de groep is meer "
                    "met hem bezig dan met Mirjam.",
                    saf=-10,
                ),
            ],
        ),
        sit(
            "mirjam",
            "Mirjam aan het woord",
            4,
            [
                (
                    "Mirjam",
                    "Ik... ik hield mijn mond. Ik had mijn punt voorbereid, maar ik durfde het niet meer.",
                ),
                ("Gerard", "Maar dat is precies wat ik zei! Daarom moet je..."),
            ],
            [
                (
                    "‘Gerard, dank je. Om iedereen ruimte te geven, gaan we in een ronde: ieder één "
                    "vraag aan Mirjam, jij als laatste.’",
                    "ronde",
                    "Je bevestigt Gerard en geeft hem tegelijk een plek in een structuur. Dat werkt "
                    "beter dan hem steeds opnieuw afkappen.",
                    True,
                    2,
                    {"inc": 10, "gp": 10},
                ),
                ch(
                    "‘Gerard, nu even niet.’",
                    "gerard-boos",
                    "Kortaf en persoonlijk. Het werkt even, maar het kost veiligheid.",
                    saf=-10,
                ),
            ],
        ),
        sit(
            "ronde",
            "De ronde",
            5,
            [
                ("Tim", "Mirjam, wat had je op dat moment nodig gehad?"),
                ("Mirjam", "Iemand die zei: ‘Laat haar even uitpraten.’"),
                (
                    "Gerard",
                    "Ik zou gewoon voortaan je punt als eerste inbrengen. Dan ben je ervan af.",
                ),
            ],
            [
                (
                    "‘Gerard, dat klinkt als een advies: bewaar het voor stap 9, dan komt het zeker aan "
                    "bod. Heb je ook een vraag voor Mirjam?’",
                    "pauze-gesprek",
                    "Je parkeert het advies en nodigt Gerard uit tot een vraag. Zo blijft hij "
                    "deelnemer, en blijft de methode overeind.",
                    True,
                    2,
                    {"neu": 10, "gp": 5},
                ),
                ch(
                    "Je laat het zo en gaat door naar de volgende.",
                    "pauze-gesprek",
                    "Het advies komt te vroeg en blijft hangen. Mirjam knikt, maar denkt niet "
                    "verder na over wat zij nodig had.",
                    neu=-5,
                ),
            ],
        ),
        sit(
            "pauze-gesprek",
            "In de pauze",
            6,
            [
                ("Gerard", "Zeg eens eerlijk: vind je dat ik te veel praat?"),
            ],
            [
                (
                    "‘Ik zie vooral hoe betrokken je bent. Wat me opviel: als jij antwoordt, komt "
                    "Mirjam minder aan bod. Wat merk jij daar zelf van?’",
                    "einde-goed",
                    "Feedback op gedrag, met het effect erbij, en een vraag terug. Zo kan Gerard "
                    "er iets mee zonder zijn gezicht te verliezen.",
                    True,
                    2,
                    {"emo": 10, "que": 10},
                ),
                ch(
                    "‘Nee hoor, niks aan de hand.’",
                    "einde-half",
                    "Je ontwijkt de vraag. Gerard hoort dat het goed gaat, en na de pauze gaat het "
                    "weer net zo.",
                    que=-5,
                ),
                ch(
                    "‘Ja, veel te veel.’",
                    "einde-half",
                    "Eerlijk, maar zonder voorbeeld of effect. Gerard voelt zich afgewezen in "
                    "plaats van geholpen.",
                    emo=-10,
                    saf=-5,
                ),
            ],
        ),
        end(
            "einde-goed",
            "Ruimte voor iedereen",
            [
                (
                    None,
                    "Na de pauze wacht Gerard zijn beurt af. In de evaluatie zegt Tim: ‘Ik kwam "
                    "vandaag pas echt aan het woord.’",
                ),
            ],
        ),
        end(
            "einde-half",
            "Na de pauze hetzelfde",
            [
                (
                    None,
                    "Gerard praat minder, maar de ronde verwatert. Mirjam krijgt haar kern niet "
                    "helemaal scherp.",
                ),
            ],
        ),
        end(
            "einde-stug",
            "Een stugge middag",
            [
                (
                    None,
                    "Het wordt een stroeve bijeenkomst. Gerard meldt zich voor de volgende "
                    "keer af.",
                ),
            ],
        ),
    ],
}

SILENT = {
    "slug": "stille-deelnemer",
    "title": "Yusuf zegt niets",
    "focus": "silent",
    "method": "vragenmethode",
    "summary": "Een deelnemer heeft in vijftig minuten nog niets gezegd. Een ander vult "
    "intussen voor hem in.",
    "briefing": "<p>Een groep ambulant begeleiders werkt met de vragenmethode. Els heeft "
    "haar warme vragen beantwoord; nu komt de ronde waarin de groep krachten benoemt.</p>",
    "reflection": "Hoe nodig jij stille deelnemers uit zonder ze op de plek te zetten?",
    "clock_start": 50,
    "time_budget": 30,
    "cast": [
        ("Els", "inbrenger", "Begeleider van een gezin met een moeder die snel boos wordt."),
        ("Yusuf", "deelnemer", "Rustig, denkt eerst na; is in een nieuwe groep altijd stil."),
        ("Marloes", "deelnemer", "Spontaan en hartelijk; praat makkelijk voor anderen."),
        ("Koen", "deelnemer", "Heeft altijd nog een advies."),
    ],
    "situations": [
        sit(
            "start",
            "Krachten benoemen",
            6,
            [
                ("Marloes", "Ik vind dat Els zo goed blijft luisteren!"),
                ("Koen", "En je bent heel eerlijk geweest."),
                (
                    None,
                    "Yusuf heeft in vijftig minuten nog niets gezegd. Hij kijkt aandachtig naar Els.",
                ),
            ],
            [
                (
                    "‘Yusuf, ik ben benieuwd welke kracht jij bij Els ziet. Neem gerust even de tijd; "
                    "ik kom zo bij je terug.’",
                    "yusuf-denkt",
                    "Een expliciete uitnodiging, met bedenktijd. Zo weet Yusuf dat zijn stem "
                    "gewenst is, zonder dat hij meteen moet presteren.",
                    True,
                    1,
                    {"inc": 15, "emo": 5},
                ),
                ch(
                    "Je laat het gesprek lopen.",
                    "marloes-vult",
                    "Stilte is niet hetzelfde als instemming. Wie niets vraagt, krijgt niets te "
                    "horen, en de groep mist een perspectief.",
                    inc=-10,
                ),
                ch(
                    "‘Yusuf, je zegt niks vandaag. Is er iets?’",
                    "yusuf-op-de-plek",
                    "Je richt de aandacht op zijn zwijgen in plaats van op zijn bijdrage. Dat "
                    "voelt als een verwijt, en het maakt spreken moeilijker.",
                    saf=-10,
                    emo=-10,
                ),
            ],
        ),
        sit(
            "yusuf-denkt",
            "Een rustig antwoord",
            6,
            [
                (
                    "Yusuf",
                    "Ik zag dat Els heel rustig bleef toen die moeder ging schreeuwen. Dat vind ik knap.",
                ),
                (None, "Els kijkt op. Ze is zichtbaar geraakt."),
            ],
            [
                (
                    "‘Dank je, Yusuf. Els, wat doet het met je om dat te horen?’",
                    "els-reageert",
                    "Je laat de bijdrage landen bij de inbrenger. Zo merkt Yusuf dat zijn woorden "
                    "effect hebben, en leert Els over haar eigen kracht.",
                    True,
                    2,
                    {"emo": 10, "que": 10},
                ),
                ch(
                    "‘Mooi. Marloes, jij nog?’",
                    "marloes-vult",
                    "Je gaat snel door. Yusufs opmerking verdwijnt en het gesprek gaat terug naar "
                    "wie het makkelijkst praat.",
                    inc=-5,
                ),
            ],
        ),
        sit(
            "marloes-vult",
            "Marloes vult in",
            6,
            [
                ("Marloes", "Ik denk dat Yusuf het wel met me eens is, hè Yusuf?"),
                (None, "Yusuf knikt vaag."),
            ],
            [
                (
                    "‘Marloes, laten we Yusuf zelf laten spreken. Voor de volgende ronde: ieder "
                    "schrijft eerst een kracht op een briefje, daarna lezen we ze voor.’",
                    "briefjes",
                    "Schrijven geeft denkers tijd en maakt iedereen gelijk: elke stem komt op "
                    "papier voordat de snelle sprekers beginnen.",
                    True,
                    3,
                    {"inc": 15, "gp": 10},
                ),
                ch(
                    "Je laat het zo.",
                    "einde-onzichtbaar",
                    "Yusuf is de hele bijeenkomst een toeschouwer geweest. Marloes heeft voor hem "
                    "gesproken.",
                    inc=-10,
                ),
            ],
        ),
        sit(
            "yusuf-op-de-plek",
            "Niks aan de hand",
            6,
            [
                ("Yusuf", "Nee, niks aan de hand."),
                (None, "Hij kijkt naar de tafel."),
            ],
            [
                (
                    "‘Prima. Ik stel voor dat iedereen eerst een kracht opschrijft die hij bij Els "
                    "ziet; daarna lezen we ze om de beurt voor.’",
                    "briefjes",
                    "Je haalt de aandacht van Yusuf af en geeft iedereen een gelijke, veilige vorm "
                    "om bij te dragen.",
                    True,
                    3,
                    {"inc": 10, "saf": 5},
                ),
                ch(
                    "‘Echt niet? Je mag het hier gewoon zeggen.’",
                    "einde-onzichtbaar",
                    "Aandringen vergroot de druk. Yusuf trekt zich verder terug.",
                    saf=-10,
                    emo=-10,
                ),
            ],
        ),
        sit(
            "briefjes",
            "Voorlezen",
            6,
            [
                (
                    "Yusuf",
                    "Ik schreef: je stelde de moeder een vraag in plaats van haar gelijk te geven.",
                ),
                ("Marloes", "O, mooi! Dat had ik niet gezien."),
            ],
            [
                (
                    "‘Els, welke van deze krachten wil je meenemen naar je volgende stap?’",
                    "els-reageert",
                    "De krachten zijn van Els; zij kiest. Je laat Yusufs bijdrage staan zonder er "
                    "een punt van te maken.",
                    True,
                    2,
                    {"que": 5, "gp": 5},
                ),
                ch(
                    "‘Zie je wel, Yusuf, dat je het kunt!’",
                    "els-reageert",
                    "Goedbedoeld, maar betuttelend: je maakt van zijn bijdrage een prestatie en "
                    "zet hem alsnog in de schijnwerpers.",
                    emo=-5,
                ),
            ],
        ),
        sit(
            "els-reageert",
            "De volgende stap",
            7,
            [
                (
                    "Els",
                    "Ik wil vaker een vraag stellen als zij boos wordt. Dat ga ik dinsdag proberen.",
                ),
                ("Koen", "Ik heb nog een advies over..."),
                (None, "Er zijn nog vijf minuten."),
            ],
            [
                (
                    "‘Koen, we hebben nog vijf minuten. Els kiest nu haar eerste actie; schrijf je "
                    "advies op en geef het haar na afloop.’",
                    "einde-goed",
                    "Je bewaakt de tijd en de afspraak dat de inbrenger het laatste woord heeft, "
                    "zonder Koens idee weg te gooien.",
                    True,
                    1,
                    {"tim": 10, "gp": 5},
                ),
                ch(
                    "Je laat Koen zijn advies geven.",
                    "einde-goed-laat",
                    "Het advies is aardig, maar je loopt uit en de afsluiting wordt afgeraffeld.",
                    minutes=8,
                    tim=-10,
                ),
            ],
        ),
        end(
            "einde-goed",
            "Iedereen had een stem",
            [
                (
                    None,
                    "In de evaluatie zegt Yusuf: ‘Met die briefjes kon ik beter meedoen.’ "
                    "Els neemt twee krachten mee naar dinsdag.",
                ),
            ],
        ),
        end(
            "einde-goed-laat",
            "Goed, maar uitgelopen",
            [
                (None, "Els heeft haar actie, Yusuf deed mee, maar de evaluatie schiet erbij in."),
            ],
        ),
        end(
            "einde-onzichtbaar",
            "Onzichtbaar",
            [
                (
                    None,
                    "Yusuf zegt de hele bijeenkomst niets. Na afloop vraagt hij zich af of hij "
                    "wel in deze groep past.",
                ),
            ],
        ),
    ],
}
