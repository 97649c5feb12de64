# ruff: noqa: E501  (scenario prose: long Dutch sentences read better unwrapped)
"""Seed scenarios, part 2: tears, jumping to advice, a complaining hour."""

from .dsl import ch, end, sit

TEARS = {
    "slug": "de-inbrenger-huilt",
    "title": "De inbrenger huilt",
    "focus": "tears",
    "method": "balint",
    "summary": "Midden in de vragenronde breekt de stem van de inbrenger. De groep wil helpen, "
    "troosten en oplossen, allemaal tegelijk.",
    "briefing": "<p>Een intervisiegroep van leerkrachten basisonderwijs werkt met de "
    "Balintmethode. Esther brengt een gesprek in met een vader die tegen haar schreeuwde.</p>",
    "reflection": "Wat gebeurt er bij jou als iemand in de groep emotioneel wordt, en hoe "
    "bewaak je dan tegelijk de persoon en het proces?",
    "clock_start": 40,
    "time_budget": 70,
    "cast": [
        ("Esther", "inbrenger", "Leerkracht groep 6, betrokken, neemt veel mee naar huis."),
        ("Bart", "deelnemer", "Oplossingsgericht; denkt graag in procedures."),
        ("Femke", "deelnemer", "Warm en zorgzaam; wil troosten."),
        ("Yusuf", "deelnemer", "Stil en oplettend."),
    ],
    "situations": [
        sit(
            "start",
            "Een stem die breekt",
            6,
            [
                ("Esther", "En toen stond hij op en begon te schreeuwen, vlak voor mijn bureau."),
                ("Bart", "Waarom heb je de directeur er niet meteen bij gehaald?"),
                (
                    None,
                    "Esther wil antwoorden, maar haar stem breekt. Ze pakt een zakdoek. Het is stil.",
                ),
            ],
            [
                ch(
                    "‘Zullen we even doorgaan met de vragen? Bart, herhaal je vraag nog eens.’",
                    "doorgaan",
                    "Storingen hebben voorrang: een emotie die je negeert, blijft in de kamer en "
                    "stuurt het gesprek. Esther leert dat hier geen ruimte is voor wat ze voelt.",
                    emo=-20,
                    saf=-15,
                    gp=-5,
                ),
                (
                    "‘Ik zie dat dit je raakt, Esther. We nemen even de tijd. Wat gebeurt er nu bij je?’",
                    "ruimte",
                    "Je benoemt wat je ziet, erkent het en vertraagt. Je vraagt naar het moment zelf, "
                    "zonder te gaan helpen of oplossen. Dat is precies wat de situatie vraagt.",
                    True,
                    3,
                    {"emo": 15, "gp": 10, "saf": 10},
                ),
                ch(
                    "‘Zullen we tien minuten pauze nemen?’",
                    "pauze",
                    "Goed bedoeld, maar je haalt de emotie de kamer uit. Esther zit alleen met haar "
                    "verdriet, en niemand weet wat ze nodig had.",
                    minutes=10,
                    tim=-5,
                    ene=-5,
                ),
            ],
        ),
        sit(
            "doorgaan",
            "Kortaf",
            6,
            [
                ("Bart", "Dus: waarom niet de directeur erbij?"),
                ("Esther", "Dat weet ik niet. Het ging allemaal zo snel."),
                (
                    None,
                    "Ze veegt haar ogen af en kijkt naar de tafel. Yusuf schuift ongemakkelijk.",
                ),
            ],
            [
                (
                    "‘Ik wil even terug. Esther, ik ging net te snel voorbij aan wat er bij je gebeurde. "
                    "Hoe is het nu?’",
                    "ruimte",
                    "Herstellen is sterk: je laat zien dat jij als begeleider ook bijstuurt. De "
                    "groep ziet dat emotie er mag zijn.",
                    True,
                    2,
                    {"emo": 10, "saf": 5, "gp": 5},
                ),
                ch(
                    "Je gaat door met de volgende vraag.",
                    "einde-dichtgeklapt",
                    "Esther beantwoordt nog vragen, maar ze is er niet meer bij. Zonder erkenning "
                    "sluit ze zich af, en de groep leert dat je hier beter niet kwetsbaar bent.",
                    emo=-10,
                    saf=-10,
                ),
            ],
        ),
        sit(
            "pauze",
            "Na de pauze",
            6,
            [
                ("Esther", "Het gaat wel weer, hoor."),
                (None, "Haar ogen zijn nog rood. Femke legt een hand op haar arm."),
            ],
            [
                (
                    "‘Fijn dat je er weer bent. Voor we verder gaan: wat wil je nu met je vraag? Is die "
                    "veranderd?’",
                    "keuze-esther",
                    "De inbrenger bepaalt wat er met haar casus gebeurt. Door naar de vraag te "
                    "vragen, geef je haar de regie terug.",
                    True,
                    2,
                    {"que": 10, "emo": 5},
                ),
                ch(
                    "‘Mooi, dan gaan we verder met de vragen.’",
                    "einde-dichtgeklapt",
                    "Je gaat ervan uit dat het over is. Wat er in de pauze gebeurde, blijft "
                    "onbesproken, en Esther antwoordt verder op de automatische piloot.",
                    emo=-5,
                ),
            ],
        ),
        sit(
            "ruimte",
            "Iedereen wil helpen",
            6,
            [
                ("Esther", "Sorry... het gaat al weken zo. Ik slaap er slecht van."),
                (
                    "Femke",
                    "Ach meid, dat is ook verschrikkelijk. Ik had vorig jaar precies hetzelfde...",
                ),
                ("Bart", "Je moet gewoon een melding maken bij de directie. Dat is het protocol."),
            ],
            [
                (
                    "‘Femke, Bart, dank jullie. Laten we Esther zelf laten zeggen wat ze nu nodig "
                    "heeft: doorgaan, even stoppen, of iets anders?’",
                    "keuze-esther",
                    "Je erkent de goede bedoelingen en houdt het proces vast: geen troost-verhaal "
                    "en geen advies in de vragenfase. De inbrenger kiest zelf hoe verder.",
                    True,
                    2,
                    {"emo": 10, "neu": 10, "gp": 10},
                ),
                ch(
                    "‘Bart heeft wel een punt. Heb je dat overwogen, Esther?’",
                    "advies-te-vroeg",
                    "Je sluit je als begeleider aan bij een advies, midden in de vragenfase. Dat "
                    "kost je neutraliteit, en Esther krijgt een oplossing in plaats van ruimte.",
                    neu=-15,
                    gp=-10,
                    emo=-5,
                ),
                ch(
                    "Je laat Femke troosten en zegt even niets.",
                    "troost",
                    "Troosten is menselijk, maar als de groep gaat zorgen, verschuift intervisie "
                    "naar een therapeutisch gesprek en raakt de leervraag uit beeld.",
                    gp=-10,
                ),
            ],
        ),
        sit(
            "troost",
            "Femkes verhaal",
            6,
            [
                (
                    "Femke",
                    "...en die moeder zei toen tegen me dat ik niet geschikt was voor het vak. Ik heb er weken van wakker gelegen.",
                ),
                (None, "Femke praat al tien minuten. Esther knikt beleefd."),
            ],
            [
                (
                    "‘Femke, ik hoor dat het ook jou raakt, en dat is waardevol. Ik wil terug naar "
                    "Esther. Esther, wat wil je nu?’",
                    "keuze-esther",
                    "Je waardeert Femkes verhaal zonder dat het de bijeenkomst overneemt. De casus "
                    "en de inbrenger krijgen hun plek terug.",
                    True,
                    2,
                    {"gp": 10, "inc": 5},
                ),
                ch(
                    "Je laat Femke uitpraten.",
                    "einde-beleefd",
                    "De tijd gaat naar herkenning in plaats van naar Esthers vraag. Gezellig en "
                    "warm, maar niemand onderzoekt wat Esther kan leren.",
                    minutes=15,
                    gp=-10,
                    tim=-10,
                ),
            ],
        ),
        sit(
            "advies-te-vroeg",
            "Ja, dat weet ik ook wel",
            6,
            [
                ("Esther", "Ja, dat weet ik ook wel."),
                (None, "Ze trekt zich terug. Bart knikt tevreden."),
            ],
            [
                (
                    "‘Ik merk dat ik zelf een advies gaf terwijl we nog vragen stellen. Dat neem ik "
                    "terug. Esther, wat heb je nu nodig?’",
                    "keuze-esther",
                    "Je fout hardop benoemen is goed voorbeeldgedrag: het maakt de spelregel "
                    "zichtbaar en geeft Esther haar plek terug.",
                    True,
                    2,
                    {"neu": 10, "gp": 5},
                ),
                ch(
                    "Je gaat door met de vragen.",
                    "einde-dichtgeklapt",
                    "Het advies hangt in de lucht, en Esther voelt zich niet gehoord.",
                    emo=-5,
                ),
            ],
        ),
        sit(
            "keuze-esther",
            "Esther kiest",
            6,
            [
                (
                    "Esther",
                    "Ik wil wel door. Ik wil snappen waarom ik bevroor toen hij ging schreeuwen.",
                ),
            ],
            [
                (
                    "‘Dank je. Dan vragen we verder, met die vraag als leidraad. Wie heeft een open "
                    "vraag over wat er op dat moment in jou gebeurde?’",
                    "einde-goed",
                    "De emotie heeft een plek gekregen en leidt nu tot een scherpere leervraag. Je "
                    "bewaakt de fase: nog steeds vragen, nog geen advies.",
                    True,
                    2,
                    {"que": 15, "gp": 5},
                ),
                ch(
                    "‘Zullen we de casus toch even laten rusten en iets lichters nemen?’",
                    "einde-beleefd",
                    "Esther koos net zelf om door te gaan. Door haar keuze over te nemen, behandel "
                    "je haar als kwetsbaarder dan ze is.",
                    emo=-5,
                    gp=-5,
                ),
                ch(
                    "‘Bevriezen is heel normaal, hoor, dat is een stressreactie.’",
                    "einde-beleefd",
                    "Je gaat uitleggen als deskundige. Intervisie is geen therapie, en jouw rol is "
                    "het proces, niet de inhoud.",
                    neu=-10,
                ),
            ],
        ),
        end(
            "einde-goed",
            "Van tranen naar een leervraag",
            [
                (
                    None,
                    "Esther onderzoekt met de groep wat haar deed verstijven. Aan het eind zegt "
                    "ze: ‘Ik ben blij dat ik mocht huilen en dat we toch verder gingen.’",
                ),
            ],
        ),
        end(
            "einde-beleefd",
            "Beleefd afgerond",
            [
                (
                    None,
                    "De bijeenkomst loopt rustig af. Esther bedankt iedereen, maar haar vraag "
                    "over het bevriezen blijft liggen.",
                ),
            ],
        ),
        end(
            "einde-dichtgeklapt",
            "Dichtgeklapt",
            [
                (
                    None,
                    "Esther beantwoordt de vragen kort. In de evaluatie zegt ze dat het ‘prima’ "
                    "was. De week erna meldt ze zich af.",
                ),
            ],
        ),
    ],
}

ADVICE = {
    "slug": "meteen-adviseren",
    "title": "Iedereen weet het al",
    "focus": "advice",
    "method": "vijf-stappen",
    "summary": "In de verkenningsfase regent het adviezen en gesloten vragen. De inbrenger "
    "raakt in de verdediging.",
    "briefing": "<p>Een groep Wmo-consulenten van een gemeente werkt met de "
    "vijfstappenmethode. Ruud heeft zijn vraag net geïntroduceerd.</p>",
    "reflection": "Wanneer voel jij zelf de neiging om te adviseren, en hoe help je een groep "
    "om eerst te blijven vragen?",
    "clock_start": 15,
    "time_budget": 75,
    "cast": [
        ("Ruud", "inbrenger", "Wmo-consultent; een cliënt belt hem bijna elke dag."),
        ("Petra", "deelnemer", "Doortastend; heeft voor alles een oplossing."),
        ("Jeroen", "deelnemer", "Stelt vooral ja-nee-vragen."),
        ("Anouk", "deelnemer", "Nieuwsgierig, luistert goed."),
    ],
    "situations": [
        sit(
            "start",
            "Het eerste advies",
            2,
            [
                (
                    "Ruud",
                    "Mijn vraag is: hoe stel ik beter grenzen bij een cliënt die me elke dag belt?",
                ),
                ("Petra", "Ik zou gewoon zeggen: u mag op dinsdag bellen, klaar."),
                ("Jeroen", "Heb je het al met je leidinggevende besproken?"),
            ],
            [
                (
                    "‘Petra, ik schrijf je idee op voor de adviesronde. We zitten nu in stap 2: we "
                    "verkennen eerst. Wie heeft een open vraag voor Ruud?’",
                    "parkeren",
                    "Benoem de stap en parkeer het advies: het idee gaat niet verloren, maar de "
                    "groep blijft verkennen. Zo voorkom je dat Ruud zich moet verdedigen.",
                    True,
                    2,
                    {"gp": 15, "neu": 10, "que": 5},
                ),
                ch(
                    "Je wacht af hoe Ruud reageert.",
                    "ruud-verdedigt",
                    "Wie zwijgt, stemt toe: de groep leert dat adviseren in deze fase mag, en Ruud "
                    "moet op oplossingen reageren in plaats van na te denken.",
                    gp=-10,
                    neu=-5,
                ),
                ch(
                    "‘Petra, dat is advies. Dat mag niet in deze fase.’",
                    "petra-stil",
                    "Inhoudelijk klopt het, maar zo voor de groep terechtgewezen worden beschaamt "
                    "Petra. Parkeren is vriendelijker en even duidelijk.",
                    gp=5,
                    saf=-15,
                    emo=-10,
                ),
            ],
        ),
        sit(
            "ruud-verdedigt",
            "Ja, maar...",
            2,
            [
                ("Ruud", "Dat heb ik geprobeerd, maar dan belt ze de receptie."),
                ("Petra", "Dan moet je de receptie instrueren."),
                ("Jeroen", "Of haar nummer blokkeren?"),
                (None, "Ruud leunt achterover met zijn armen over elkaar."),
            ],
            [
                (
                    "‘Ik stop even. We dragen oplossingen aan, en Ruud, ik zie je achteroverleunen. "
                    "We gaan terug naar vragen; de adviezen bewaren we voor stap 4.’",
                    "parkeren",
                    "Je benoemt het ja-maar-patroon en de lichaamstaal. Advies in de verkenning "
                    "zet de inbrenger in de verdediging; terug naar de stap herstelt dat.",
                    True,
                    2,
                    {"gp": 10, "que": 5, "emo": 5},
                ),
                ch(
                    "Je laat de groep doorgaan; misschien zit er iets bruikbaars tussen.",
                    "einde-ja-maar",
                    "Elk advies krijgt een ‘ja, maar’. Ruud gaat naar huis met tien tips die hij "
                    "al kende, en niemand weet wat hem echt tegenhoudt.",
                    gp=-10,
                    neu=-5,
                ),
            ],
        ),
        sit(
            "petra-stil",
            "Gekrenkt",
            2,
            [
                (None, "Petra slaat haar armen over elkaar."),
                (
                    "Jeroen",
                    "Mag ik dan wel vragen of hij al met zijn leidinggevende heeft gepraat?",
                ),
            ],
            [
                (
                    "‘Petra, dat kwam harder aan dan ik bedoelde. Je idee is welkom, in stap 4. Jeroen, "
                    "kun je er een open vraag van maken die over Ruud zelf gaat?’",
                    "parkeren",
                    "Je herstelt de relatie met Petra en helpt Jeroen tegelijk een betere vraag te "
                    "stellen. Een verborgen advies (‘heb je al...?’) is ook advies.",
                    True,
                    2,
                    {"emo": 10, "saf": 10, "que": 5},
                ),
                ch(
                    "‘Ja hoor, Jeroen, vraag maar.’",
                    "gesloten-vragen",
                    "Een gesloten vraag met een advies erin gaat zonder commentaar door. Dat lijkt "
                    "op wat je Petra net verbood, en de groep merkt dat.",
                    que=-10,
                ),
            ],
        ),
        sit(
            "parkeren",
            "Een flip-over voor later",
            2,
            [
                (None, "Op de flip-over staat ‘Adviezen voor stap 4’ met Petra's idee."),
                ("Jeroen", "Heb je het al met je leidinggevende besproken?"),
            ],
            [
                (
                    "‘Jeroen, kun je die vraag zo stellen dat hij open is en over Ruud gaat?’",
                    "open-vragen",
                    "Je leert de groep vragen stellen in plaats van het zelf te doen. Een open vraag "
                    "over het denken en doen van de inbrenger opent meer dan een ja-nee-vraag.",
                    True,
                    2,
                    {"que": 15, "gp": 5},
                ),
                ch(
                    "Je laat Ruud antwoorden.",
                    "gesloten-vragen",
                    "Het antwoord is ‘ja’. Daarmee ben je niets verder, en de volgende vraag is "
                    "weer gesloten.",
                    que=-5,
                ),
                ch(
                    "Je stelt zelf een vraag: ‘Ruud, wat maakt het moeilijk om nee te zeggen?’",
                    "open-vragen",
                    "Een goede vraag, maar de begeleider is geen deelnemer. Als jij de vragen "
                    "stelt, leert de groep het niet en word jij de deskundige.",
                    que=5,
                    neu=-5,
                ),
            ],
        ),
        sit(
            "gesloten-vragen",
            "Ja, nee, soms",
            2,
            [
                ("Jeroen", "Belt ze ook in het weekend?"),
                ("Ruud", "Ja."),
                ("Petra", "Heb je een afspraak met haar gemaakt?"),
                ("Ruud", "Soms."),
                (None, "De energie zakt weg. Anouk tekent op haar blocnote."),
            ],
            [
                (
                    "‘Ik merk dat we veel ja-nee-vragen stellen. Laten we een ronde doen: ieder één "
                    "vraag die begint met wat of hoe.’",
                    "open-vragen",
                    "Een ronde geeft structuur en betrekt ook wie stil is. Met ‘wat’ en ‘hoe’ nodig "
                    "je de inbrenger uit tot nadenken in plaats van tot bevestigen.",
                    True,
                    3,
                    {"que": 15, "inc": 5, "ene": 10},
                ),
                ch(
                    "‘Ik denk dat we genoeg weten. Laten we de kern formuleren.’",
                    "einde-dun",
                    "De kern komt te vroeg: er is nauwelijks verkend. Wat eruit komt, is de vraag "
                    "waarmee Ruud binnenkwam.",
                    minutes=1,
                    tim=5,
                    que=-10,
                ),
            ],
        ),
        sit(
            "open-vragen",
            "Een open vraag",
            2,
            [
                ("Anouk", "Wat gebeurt er bij jou als je haar nummer ziet?"),
                ("Ruud", "Ik voel me verantwoordelijk. Als ik niet opneem en er gebeurt iets..."),
                (None, "Het is even stil."),
                ("Petra", "Maar dat is toch niet jouw..."),
            ],
            [
                (
                    "‘Petra, één moment. Ruud, ik vat samen: het bellen zelf is niet het probleem, "
                    "wel het gevoel dat jij verantwoordelijk bent als er iets gebeurt. Klopt dat?’",
                    "kern",
                    "Samenvatten laat de inbrenger horen wat hij zei en maakt de stap naar de kern "
                    "mogelijk. Je beschermt een kwetsbaar moment tegen een snel antwoord.",
                    True,
                    2,
                    {"que": 10, "gp": 10},
                ),
                ch(
                    "Je laat Petra haar zin afmaken.",
                    "einde-ja-maar",
                    "Petra stelt Ruud gerust met een advies. Het moment waarop hij iets over "
                    "zichzelf zei, is voorbij.",
                    gp=-10,
                    neu=-5,
                ),
            ],
        ),
        sit(
            "kern",
            "De kern",
            3,
            [
                (
                    "Ruud",
                    "Ja. Eigenlijk is mijn vraag: hoe ga ik om met mijn angst dat het misgaat?",
                ),
                (None, "Nog 25 minuten. Petra schuift naar voren."),
            ],
            [
                (
                    "‘Dat is een scherpe kern. Dan gaan we naar stap 4: iedereen om de beurt één "
                    "advies, te beginnen bij de ideeën op de flip-over.’",
                    "einde-goed",
                    "Nu is advies aan de orde, en met een ronde krijgt iedereen een beurt. De "
                    "geparkeerde ideeën komen terug, zodat niemand voor niets wachtte.",
                    True,
                    2,
                    {"gp": 10, "tim": 5, "neu": 5, "inc": 5},
                ),
                ch(
                    "‘Petra, nu mag je eindelijk!’",
                    "einde-goed",
                    "Adviseren mag nu, maar zo krijgt wie het hardst wilde weer het eerste woord. "
                    "Een ronde is eerlijker.",
                    inc=-5,
                ),
            ],
        ),
        end(
            "einde-goed",
            "Een andere vraag dan waarmee hij kwam",
            [
                (
                    "Ruud",
                    "Ik kwam voor tips over grenzen. Ik ga naar huis met een vraag over mezelf. "
                    "Dat is beter, denk ik.",
                ),
            ],
        ),
        end(
            "einde-ja-maar",
            "Tien tips, geen inzicht",
            [
                (
                    None,
                    "Ruud noteert beleefd wat hem wordt aangeraden. Na afloop zegt hij: ‘Dat "
                    "wist ik eigenlijk allemaal al.’",
                ),
            ],
        ),
        end(
            "einde-dun",
            "Een dunne kern",
            [
                (
                    None,
                    "De adviesronde gaat over telefoonafspraken. Wat Ruud tegenhoudt, komt niet "
                    "op tafel.",
                ),
            ],
        ),
    ],
}

COMPLAINING = {
    "slug": "klaaguurtje",
    "title": "Het klaaguurtje",
    "focus": "complaining",
    "method": "incidentmethode",
    "summary": "Bij de opening begint iemand over het nieuwe registratiesysteem. Voor je het "
    "weet, klaagt de hele groep over de directie.",
    "briefing": "<p>Jeugdconsulenten komen voor de zesde keer bij elkaar en werken met de "
    "incidentmethode. Er is veel onvrede in de organisatie.</p>",
    "reflection": "Hoe herken jij het moment waarop een klacht een klaaguurtje wordt, en wat "
    "zeg je dan?",
    "clock_start": 5,
    "time_budget": 85,
    "cast": [
        ("Wim", "deelnemer", "Ervaren, mopperig over veranderingen."),
        ("Lisa", "deelnemer", "Sluit zich graag aan bij de stemming."),
        ("Hanneke", "deelnemer", "Vertelt graag voorbeelden."),
        ("Sandra", "mogelijke inbrenger", "Loopt achter met haar werk en zegt weinig."),
    ],
    "situations": [
        sit(
            "start",
            "De opening",
            1,
            [
                ("Wim", "Nou, met dat nieuwe registratiesysteem ben ik de halve dag kwijt."),
                ("Lisa", "En de directie vindt het allemaal prima."),
                ("Hanneke", "Vorige week moest ik drie keer hetzelfde invullen!"),
                (None, "Sandra zegt niets en kijkt naar haar handen."),
            ],
            [
                (
                    "‘Ik hoor veel frustratie over het systeem. Die mag er zijn: we nemen er twee "
                    "minuten voor, en dan kijken we wat je er zelf van wilt leren.’",
                    "twee-minuten",
                    "Je erkent de klacht zonder dat hij de bijeenkomst overneemt. Een begrensde "
                    "uitlaatklep en een duidelijke overgang naar de ik-vraag werken beter dan "
                    "verbieden.",
                    True,
                    3,
                    {"gp": 10, "emo": 5, "tim": 5},
                ),
                ch(
                    "‘Herkenbaar, bij ons is het ook een drama.’",
                    "meegaan",
                    "Je kiest partij en doet mee aan de klacht. Als begeleider sta je naast de "
                    "groep, niet erin; nu is er niemand meer die het proces bewaakt.",
                    neu=-15,
                    gp=-10,
                    ene=5,
                ),
                ch(
                    "‘Dit hoort hier niet. We gaan beginnen.’",
                    "afgekapt",
                    "Duidelijk, maar de frustratie verdwijnt niet door haar weg te zetten. De "
                    "groep voelt zich niet gehoord en gaat er zuinig op zitten.",
                    saf=-10,
                    emo=-10,
                    gp=5,
                ),
            ],
        ),
        sit(
            "meegaan",
            "Twintig minuten later",
            1,
            [
                ("Wim", "Dit moet je eigenlijk bij de ondernemingsraad neerleggen."),
                ("Lisa", "Ja! En ook dat de teamleider nooit terugbelt."),
                (None, "Er is twintig minuten voorbij. Niemand heeft een casus genoemd."),
            ],
            [
                (
                    "‘Ik merk dat ik zelf meedeed. Ik stop het nu: waar gaat dit voor jou over, in je "
                    "eigen werk? Wie wil daar een casus van maken?’",
                    "twee-minuten",
                    "Je eigen aandeel benoemen maakt het makkelijker voor de groep om te volgen. "
                    "De vraag ‘waar gaat dit voor jou over’ brengt het terug naar eigen handelen.",
                    True,
                    2,
                    {"gp": 10, "que": 10},
                ),
                ch(
                    "Je laat het gesprek verder lopen.",
                    "einde-klaaguur",
                    "De bijeenkomst wordt een klaaguurtje. Dat lucht op, maar bevestigt vooral "
                    "dat het aan anderen ligt.",
                    minutes=40,
                    gp=-10,
                    tim=-10,
                ),
            ],
        ),
        sit(
            "afgekapt",
            "Oké dan",
            1,
            [
                ("Lisa", "Oké dan."),
                ("Sandra", "Ik had wel iets, maar..."),
            ],
            [
                (
                    "‘Ik was kort. De frustratie is echt, en ik wil dat we er iets mee doen dat je "
                    "verder helpt. Sandra, vertel.’",
                    "sandra",
                    "Je herstelt de toon en erkent de frustratie alsnog. Dat maakt het voor Sandra "
                    "veiliger om iets in te brengen.",
                    True,
                    2,
                    {"emo": 10, "saf": 10},
                ),
                ch(
                    "‘Sandra, ga je gang.’",
                    "sandra",
                    "Sandra begint, maar de groep zit nog met haar irritatie. Die komt later "
                    "terug in de vragen.",
                    saf=-5,
                ),
            ],
        ),
        sit(
            "twee-minuten",
            "Wat zit eronder",
            1,
            [
                (
                    "Sandra",
                    "Eigenlijk is mijn punt: ik durf het gezin De Wit niet meer te bellen. "
                    "Ik loop achter met de registratie en ze zijn boos op me.",
                ),
            ],
            [
                (
                    "‘Dat is een casus over jezelf. Wil je hem inbrengen, Sandra? Vertel dan tot het "
                    "moment waarop je moest kiezen.’",
                    "sandra",
                    "Onder de klacht zit een persoonlijke worsteling. Door die te benoemen en de "
                    "eerste stap van de methode te starten, wordt de klacht een leervraag.",
                    True,
                    2,
                    {"que": 10, "gp": 5},
                ),
                ch(
                    "‘Ja, dat systeem is echt het probleem, hè.’",
                    "sandra-systeem",
                    "Je legt de oorzaak buiten Sandra. Daarmee sluit je de deur naar haar eigen "
                    "aandeel, net toen ze die op een kier zette.",
                    neu=-10,
                ),
            ],
        ),
        sit(
            "sandra-systeem",
            "Terug naar de klacht",
            1,
            [
                ("Sandra", "Ja, precies."),
                ("Wim", "Zie je wel. Het ligt niet aan ons."),
            ],
            [
                (
                    "‘Wacht even. Het systeem kunnen we hier niet veranderen, jouw aanpak wel. "
                    "Sandra, wat doe jij als je het gezin niet belt?’",
                    "sandra",
                    "Terug naar de ik-vraag: wat je zelf kunt beïnvloeden. Dat is het enige waar "
                    "intervisie echt iets mee kan.",
                    True,
                    2,
                    {"que": 10, "gp": 10},
                ),
                ch(
                    "Je laat Wim verder praten.",
                    "einde-klaaguur",
                    "Het gesprek schiet terug in klagen. Sandra's vraag is weg.",
                    gp=-10,
                    minutes=30,
                ),
            ],
        ),
        sit(
            "sandra",
            "De informatievragen",
            2,
            [
                (
                    "Sandra",
                    "Het gezin belde drie keer. Ik heb niet teruggebeld. Toen kwam er een klacht.",
                ),
                ("Wim", "Dat komt door het management, die legt alles bij ons neer."),
            ],
            [
                (
                    "‘Wim, dat kan best. In deze stap stellen we alleen feitelijke vragen aan Sandra. "
                    "Welke vraag heb jij voor haar?’",
                    "einde-goed",
                    "Je noemt de stap en nodigt Wim uit om wel mee te doen. Zo houd je hem erbij en "
                    "blijft de focus op Sandra's handelen.",
                    True,
                    2,
                    {"gp": 10, "neu": 5},
                ),
                ch(
                    "‘Klopt, Wim, dat speelt zeker mee.’",
                    "einde-half",
                    "Je bevestigt een oordeel over derden en verlaat je neutrale positie; de groep "
                    "glijdt makkelijk terug in klagen.",
                    neu=-10,
                ),
            ],
        ),
        end(
            "einde-goed",
            "Van klacht naar keuze",
            [
                (
                    "Sandra",
                    "Ik ga het gezin morgen bellen, en ik zeg eerlijk dat ik achterliep. Dat "
                    "had ik drie weken geleden al kunnen doen.",
                ),
            ],
        ),
        end(
            "einde-half",
            "Half gelukt",
            [
                (
                    None,
                    "Sandra's casus wordt besproken, maar het gesprek dwaalt steeds af naar het "
                    "management. Ze gaat naar huis met begrip, niet met een plan.",
                ),
            ],
        ),
        end(
            "einde-klaaguur",
            "Een klaaguurtje",
            [
                (
                    None,
                    "Om vijf uur is iedereen het eens: het ligt aan de directie. Sandra heeft "
                    "haar casus niet ingebracht.",
                ),
            ],
        ),
    ],
}
