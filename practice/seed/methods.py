"""The shared method catalogue, paraphrased from DOMAIN.md. (name, slug, summary, suited_for,
min, max, source_note, steps) with steps as (name, purpose, minutes, speaker, advice)."""

CB, GROUP, ALL, FAC, SILENT = "case_bringer", "group", "everyone", "facilitator", "silent"

METHODS = [
    (
        "Incidentmethode",
        "incidentmethode",
        "Een kort, recent voorval wordt verteld tot het moment waarop de inbrenger moest "
        "kiezen. De groep verkent eerst de feiten, analyseert en beslist dan zelf wat zij "
        "zou doen, voordat de inbrenger vertelt wat er werkelijk gebeurde.",
        "Startende groepen: de structuur is strak en het voorval is klein en concreet.",
        4,
        10,
        "Naar Hendriksen; getimede variant.",
        [
            (
                "Incident vertellen",
                "De inbrenger schetst het voorval tot het beslismoment, "
                "zonder te vertellen wat hij of zij deed.",
                10,
                CB,
                False,
            ),
            (
                "Informatievragen",
                "Alleen feitelijke vragen; korte antwoorden, nog geen meningen.",
                10,
                GROUP,
                False,
            ),
            (
                "Analyse",
                "De groep bespreekt wat er speelt; de inbrenger luistert.",
                10,
                GROUP,
                False,
            ),
            (
                "Eigen beslissing opschrijven",
                "Ieder schrijft op wat hij of zij op dat moment zou doen.",
                10,
                SILENT,
                False,
            ),
            (
                "Beslissingen delen",
                "De deelnemers lichten hun keuze toe; de inbrenger luistert zonder te reageren.",
                10,
                GROUP,
                True,
            ),
            (
                "Wat er werkelijk gebeurde",
                "De inbrenger vertelt wat hij of zij deed en reageert op de ideeën van de groep.",
                15,
                CB,
                False,
            ),
            ("Evaluatie", "Kort: wat neemt ieder mee, hoe ging het proces?", 5, ALL, False),
        ],
    ),
    (
        "Vijfstappenmethode",
        "vijf-stappen",
        "De inbrenger legt een vraag voor, de groep verkent die met open vragen, samen "
        "wordt de kern benoemd en pas daarna geeft ieder een advies.",
        "Groepen die willen leren eerst te verkennen en het advies uit te stellen.",
        3,
        8,
        "Gangbare vijfstappenopbouw.",
        [
            (
                "Vraag introduceren",
                "De inbrenger vertelt de situatie en zijn of haar leervraag in de ik-vorm.",
                10,
                CB,
                False,
            ),
            (
                "Probleem verkennen",
                "Open vragen over denken en doen van de inbrenger; de begeleider vat samen.",
                30,
                GROUP,
                False,
            ),
            (
                "Kern formuleren",
                "Wat is de eigenlijke vraag? De inbrenger bepaalt de kern.",
                10,
                ALL,
                False,
            ),
            (
                "Adviesronde",
                "Ieder geeft minstens één advies; de inbrenger zegt wat hem of haar aanspreekt.",
                20,
                GROUP,
                True,
            ),
            (
                "Evaluatie",
                "Wat heeft de inbrenger aan de bespreking, wat leerden de anderen?",
                10,
                ALL,
                False,
            ),
        ],
    ),
    (
        "Tienstappenmethode",
        "tien-stappen",
        "Een uitgebreide methode waarin vragen eerst worden opgeschreven en door de "
        "inbrenger gewaardeerd, de groep en de inbrenger elk de kern benoemen en tips pas "
        "in de negende stap komen.",
        "Ervaren groepen met tijd: reken op twee tot tweeënhalf uur per casus, met pauze.",
        4,
        8,
        "Versie met waardering van de vragen door de inbrenger.",
        [
            (
                "Situatie schetsen",
                "De inbrenger beschrijft de situatie en de eigen rol.",
                15,
                CB,
                False,
            ),
            ("Vragen opschrijven", "Ieder schrijft in stilte vragen op.", 10, SILENT, False),
            ("Vragen waarderen", "De inbrenger kiest welke vragen het meest raken.", 10, CB, False),
            ("Vragen beantwoorden", "De inbrenger beantwoordt de gekozen vragen.", 25, CB, False),
            ("Aanvullende vragen", "Een extra ronde open vragen.", 15, GROUP, False),
            (
                "Kern volgens de groep",
                "De deelnemers benoemen wat zij als kern zien.",
                10,
                GROUP,
                False,
            ),
            ("Kern volgens de inbrenger", "De inbrenger formuleert de kern opnieuw.", 5, CB, False),
            (
                "Nieuwe aanpak",
                "Wat wil de inbrenger anders doen, en hoe bereid is hij of zij daartoe?",
                15,
                CB,
                False,
            ),
            ("Tips en adviezen", "Nu pas: concrete tips van de groep.", 15, GROUP, True),
            (
                "Eigen inzichten",
                "Ieder deelt wat hij of zij voor het eigen werk leerde.",
                10,
                ALL,
                False,
            ),
        ],
    ),
    (
        "Balintmethode",
        "balint",
        "Voor casussen over relaties met veel emotie: de fasen van beeldvorming, "
        "oordeelsvorming en besluitvorming blijven strikt gescheiden, zodat blinde vlekken "
        "en het eigen aandeel zichtbaar worden.",
        "Vertrouwde groepen van minstens vijf; de inbrenger leidt nooit zelf het gesprek.",
        5,
        10,
        "Elfstappenvariant, ingekort tot tien.",
        [
            (
                "Casussen verzamelen",
                "Wie heeft iets? Ieder noemt kort een onderwerp.",
                5,
                ALL,
                False,
            ),
            (
                "Belang toelichten",
                "Maximaal drie zinnen per casus: waarom is dit nu belangrijk?",
                5,
                ALL,
                False,
            ),
            ("Casus kiezen", "De groep kiest één casus en een procesbegeleider.", 5, ALL, False),
            ("Uitgebreid vertellen", "De inbrenger vertelt het hele verhaal.", 10, CB, False),
            (
                "Associaties opschrijven",
                "Ieder noteert beelden en gevoelens die opkomen.",
                5,
                SILENT,
                False,
            ),
            ("Verhelderende vragen", "Korte vragen, korte antwoorden.", 15, GROUP, False),
            ("Advies opschrijven", "Ieder schrijft een advies op.", 5, SILENT, False),
            (
                "Adviezen delen",
                "De adviezen worden voorgelezen; de inbrenger zwijgt.",
                15,
                GROUP,
                True,
            ),
            ("Inbrenger besluit", "De inbrenger zegt wat hij of zij ermee doet.", 5, CB, False),
            ("Evaluatie", "Hoe was het proces, wat raakte?", 10, ALL, False),
        ],
    ),
    (
        "Roddelmethode",
        "roddelmethode",
        "Na een korte inleiding en open vragen draait de inbrenger zijn stoel om en "
        "luistert, terwijl de groep in de derde persoon over de casus praat: oorzaken, "
        "aannames, mogelijke oplossingen. Daarna reageert de inbrenger.",
        "Alleen in een veilige groep; de toon moet opbouwend blijven.",
        4,
        8,
        "",
        [
            ("Inleiding", "De inbrenger vertelt de casus en de vraag.", 10, CB, False),
            ("Open vragen", "Ieder stelt een paar open vragen.", 15, GROUP, False),
            (
                "Roddelronde",
                "De inbrenger zit met de rug naar de groep en schrijft mee; de "
                "groep praat over hem of haar in de derde persoon.",
                15,
                GROUP,
                True,
            ),
            (
                "Reactie van de inbrenger",
                "Wat raakte, wat neem je mee van de ideeën?",
                10,
                CB,
                False,
            ),
            (
                "Evaluatie",
                "Hoe was het om zo besproken te worden, en om te bespreken?",
                10,
                ALL,
                False,
            ),
        ],
    ),
    (
        "Vragenmethode",
        "vragenmethode",
        "De inbrenger zet het probleem in hoogstens drie zinnen neer, de groep schrijft open "
        "vragen op briefjes, de inbrenger sorteert ze op koud, neutraal en warm en "
        "beantwoordt de warme en de neutrale vragen. Daarna herformuleert de inbrenger de "
        "vraag.",
        "Groepen die willen oefenen in vragen stellen in plaats van adviseren.",
        3,
        10,
        "",
        [
            ("Probleem in drie zinnen", "Hoogstens drie zinnen, zonder uitweiding.", 5, CB, False),
            ("Vragen op briefjes", "Ieder schrijft maximaal drie open vragen.", 10, SILENT, False),
            (
                "Vragen sorteren",
                "De inbrenger legt de vragen op koud, neutraal of warm.",
                5,
                CB,
                False,
            ),
            (
                "Warme en neutrale vragen beantwoorden",
                "De inbrenger beantwoordt de warme en neutrale vragen.",
                15,
                CB,
                False,
            ),
            ("Vraag herformuleren", "Wat is nu de echte vraag?", 5, CB, False),
            (
                "Krachten benoemen",
                "De groep noemt sterke punten, eventueel een advies.",
                10,
                GROUP,
                True,
            ),
            ("Volgende stap", "De inbrenger kiest een eerste actie.", 5, CB, False),
        ],
    ),
]
