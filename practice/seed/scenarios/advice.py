# ruff: noqa: E501  (scenario prose: long Dutch sentences read better unwrapped)
"""Jumping to advice: park it, keep asking, let the case-bringer choose (five steps)."""

from ..dsl import ch, end, sit

# fmt: off
ADVICE = {
    "slug": "meteen-adviseren",
    "title": "Meteen adviseren",
    "focus": "advice",
    "method": "vijf-stappen",
    "summary": "In de verkenningsfase regent het adviezen en gesloten vragen. De inbrenger raakt in de verdediging.",
    "briefing": "<p>Een groep Wmo-consulenten van een gemeente werkt met de vijfstappenmethode. Ruud heeft zijn vraag net geïntroduceerd: ‘Hoe stel ik een grens aan een cliënt die me bijna elke dag belt, zonder dat ze zich in de steek gelaten voelt?’</p>",
    "reflection": "Wanneer voel jij zelf de neiging om te adviseren, en hoe help je een groep om eerst te blijven vragen?",
    "clock_start": 15,
    "time_budget": 75,
    "cast": [
        ("Ruud", "inbrenger", "Wmo-consulent; een cliënt belt hem bijna elke dag."),
        ("Petra", "deelnemer", "Doortastend; heeft voor alles een oplossing."),
        ("Jeroen", "deelnemer", "Stelt vooral ja-nee-vragen."),
        ("Anouk", "deelnemer", "Nieuwsgierig, luistert goed."),
    ],
    "situations": [
        sit("start", "Een regen van tips", 2, [
            ("Petra", "Heb je al eens gezegd dat ze maar één keer per week mag bellen? Dat deed ik ook, werkt prima."),
            ("Jeroen", "En heb je het met je teamleider besproken?"),
            (None, "Ruud haalt adem om te antwoorden. Anouk kijkt jou aan."),
        ], [
            ch("‘Even pauze: dat zijn adviezen. Ik zet ze op de flip-over voor stap vier. Wie heeft een open vraag?’", "parkeren", "Je benoemt de stap, parkeert de adviezen zichtbaar en nodigt uit tot een open vraag. Niemand verliest zijn idee, en de verkenning kan beginnen.", expert=True, minutes=5, gp=10, neu=5, que=5),
            ch("Je laat Ruud antwoorden: hij kan zelf het best uitleggen wat hij al heeft geprobeerd met deze cliënt.", "ruud-verdedigt", "Wie op een advies moet reageren, gaat zich verantwoorden. Zo begint een ‘ja-maar’-spel dat de verkenning stillegt.", minutes=8, gp=-10, que=-5, saf=-5),
            ch("‘Goede tips, Petra. Zelf zou ik ook eerst de teamleider erbij halen.’", "ruud-verdedigt", "Je geeft zelf inhoudelijk advies en bevestigt dat adviseren nu mag. De begeleider hoort bij het proces te blijven.", minutes=5, neu=-15, gp=-5),
        ]),
        sit("ruud-verdedigt", "Ja, maar...", 2, [
            ("Ruud", "Ja, maar dat heb ik al geprobeerd. Dan belt ze gewoon het algemene nummer."),
            ("Petra", "Dan moet je het daar ook doorgeven!"),
        ], [
            ch("‘Petra, laat Ruud even uitpraten; hij weet zijn eigen situatie het best, en we hebben nog alle tijd om te helpen.’", "einde-ja-maar", "Je beschermt Ruud, maar het adviseren zelf benoem je niet. Na een korte stilte gaat het op dezelfde manier verder.", minutes=30, gp=-5, que=-5),
            ch("‘We schieten in oplossingen en Ruud verdedigt zich. Terug naar vragen: wat gebeurt er bij jou als ze belt?’", "parkeren", "Herstel met metacommunicatie: je benoemt het patroon zonder schuldige aan te wijzen en stelt zelf de open vraag die de stap weer opent.", expert=True, minutes=5, gp=10, que=10, saf=5),
        ]),
        sit("parkeren", "Een eerste open vraag", 2, [
            ("Anouk", "Wat gebeurt er bij jou als je haar nummer op je scherm ziet?"),
            ("Ruud", "Dan denk ik: als ik niet opneem, gaat het mis. Ik voel me verantwoordelijk. Misschien te."),
            (None, "Petra zit met haar armen over elkaar."),
        ], [
            ch("‘Petra, je zit er wat chagrijnig bij. Zit het parkeren van je advies je dwars?’", "gesloten-vragen", "Iemand voor de groep aanspreken op haar houding voelt als een terechtwijzing. Er zijn vriendelijker manieren om Petra erbij te halen.", minutes=5, saf=-10, inc=-5, when=("safety", 45, "einde-dun")),
            ch("‘Je voelt je verantwoordelijk, misschien te. Klopt dat zo?’", "gesloten-vragen", "Een korte samenvatting in Ruuds eigen woorden, met een check. Zo hoort hij wat hij zei, en de groep ook.", expert=True, minutes=10, que=10, gp=5),
            ch("‘Interessant. Wie heeft de volgende vraag voor Ruud? Jeroen, jij had net al iets willen vragen, geloof ik.’", "gesloten-vragen", "Je gaat door naar de volgende vraag en laat Ruuds belangrijkste zin liggen.", minutes=8, que=-5),
        ]),
        sit("gesloten-vragen", "Ja of nee", 2, [
            ("Jeroen", "Heb je weleens níet opgenomen? En ging het toen mis?"),
            ("Ruud", "Eén keer. Nee."),
            (None, "Jeroen pakt zijn lijstje met vragen er weer bij."),
        ], [
            ch("Je laat Jeroen zijn lijstje afwerken, want hij komt zo te horen langzaam bij iets belangrijks uit.", "jeroen-rally", "Een reeks ja-nee-vragen levert feiten op, geen onderzoek. Ruud geeft steeds kortere antwoorden.", minutes=10, que=-10, gp=-5),
            ch("‘Jeroen, kun je er een open vraag van maken? Begin eens met wat of hoe.’", "petra-stil", "Je helpt Jeroen zijn eigen vraag te verbeteren in plaats van hem over te nemen. Zo leert hij iets voor de volgende keer.", expert=True, minutes=8, que=10, gp=5),
            ch("‘Ik maak er even een open vraag van: Ruud, hoe was het voor jou om toen niet op te nemen?’", "petra-stil", "De vraag is goed, maar je neemt hem van Jeroen over. Hij leert niets, en jij stelt voortaan de vragen.", minutes=8, que=5, neu=-5, inc=-5),
        ]),
        sit("jeroen-rally", "Een verhoor", 2, [
            ("Jeroen", "Belt ze ook in het weekend? Heeft ze familie? Is er een indicatie voor begeleiding?"),
            ("Ruud", "Ja. Weinig. Nee."),
        ], [
            ch("Je wacht tot Jeroen klaar is met zijn lijstje en vat daarna de feiten samen.", "einde-dun", "De feiten zijn bekend, maar Ruuds vraag over zijn eigen verantwoordelijkheid is niet verder verkend.", minutes=25, que=-10, tim=-5),
            ch("‘Ik stop even: dit zijn vooral ja-nee-vragen. Wat wil je eigenlijk weten van Ruud, Jeroen?’", "petra-stil", "Herstel: je benoemt het patroon en vraagt naar de bedoeling achter de vragen. Daar zit meestal een open vraag in.", expert=True, minutes=5, que=10, gp=5),
        ]),
        sit("petra-stil", "Petra zegt niets meer", 2, [
            (None, "Petra heeft sinds het parkeren niets meer gezegd. Ze tikt met haar pen op tafel."),
        ], [
            ch("‘Een laatste ronde: ieder nog één open vraag. Petra, wil jij beginnen, zonder advies erin?’", "kern", "Een ronde geeft iedereen een plek, en door Petra te laten beginnen laat je zien dat ze erbij hoort, ook nu haar advies even moet wachten.", expert=True, minutes=7, inc=10, que=5),
            ch("Je laat het zo: Petra is volwassen en doet wel weer mee als ze zelf iets wil vragen.", "kern", "Wie zich afgewezen voelt, haakt af. Een uitnodiging kost weinig en houdt de groep heel.", minutes=5, inc=-10),
            ch("‘Petra, jouw advies komt straks echt terug, hoor; ik heb het netjes op de flip-over gezet voor straks.’", "kern", "Geruststellen is vriendelijk, maar Petra krijgt er geen rol in de verkenning door.", minutes=5, inc=-5),
        ]),
        sit("kern", "De kern", 3, [
            ("Anouk", "Volgens mij gaat het over: mag Ruud iemand teleurstellen?"),
            ("Jeroen", "Ik denk dat het over afspraken maken gaat."),
        ], [
            ch("‘Ik denk dat Anouk het raakt: het gaat erom of je iemand mag teleurstellen. Ruud?’", "advies", "Jij kiest de kern en vraagt Ruud alleen om instemming. Het blijft jouw formulering.", minutes=8, neu=-10),
            ch("‘Ruud, welke van deze twee raakt jouw vraag, of is het iets anders?’", "advies", "De inbrenger bepaalt de kern. Jij zorgt dat hij kan kiezen, ook voor iets wat nog niemand zei.", expert=True, minutes=10, neu=10, que=5),
        ]),
        sit("advies", "Nu mag het", 4, [
            ("Ruud", "De kern: ik wil iemand durven teleurstellen zonder me schuldig te voelen."),
            ("Petra", "Eindelijk! Mijn advies: spreek een vast belmoment af en houd je eraan."),
            ("Ruud", "Ja, maar..."),
        ], [
            ch("‘Ruud, schrijf het op zonder te reageren. Na de ronde zeg je welke adviezen je aanspreken.’", "evaluatie", "In de adviesronde luistert de inbrenger en kiest daarna. Zo blijft het geen discussie, en hoort Ruud alle adviezen.", expert=True, minutes=20, gp=10, neu=5),
            ch("‘Vertel maar, Ruud, waarom denk je dat een vast belmoment bij deze mevrouw niet zal werken?’", "ja-maar", "Door op elk advies te laten reageren ontstaat een verdediging per advies. De ronde wordt een debat.", minutes=15, gp=-10),
            ch("Je vult zelf aan met een advies dat nog niemand noemde, zodat Ruud een compleet rijtje heeft.", "evaluatie", "Als begeleider houd je je eigen inhoud erbuiten, ook in de adviesronde. Jouw advies weegt anders zwaarder.", minutes=20, neu=-15),
        ]),
        sit("ja-maar", "Ja-maar", 4, [
            ("Ruud", "...want dan belt ze tussendoor gewoon toch."),
            ("Petra", "Dan neem je niet op!"),
        ], [
            ch("‘Ik stel voor dat Ruud alle adviezen eerst hoort en opschrijft. Daarna kiest hij.’", "evaluatie", "Herstel: je brengt de afspraak van de adviesronde terug, zonder iemand de schuld te geven.", expert=True, minutes=10, gp=10),
            ch("Je laat de discussie uitlopen, want er komen ondertussen wel goede ideeën op tafel voor Ruud.", "einde-ja-maar", "Ruud verdedigt zich tot het einde. Hij gaat naar huis met het gevoel dat hij het niet goed doet.", minutes=20, gp=-10, emo=-5),
        ]),
        sit("evaluatie", "Evaluatie", 5, [
            ("Ruud", "Het belmoment en Anouks idee om het samen met haar op te schrijven, die spreken me aan."),
        ], [
            ch("‘Mooi, dank jullie wel. Dan sluiten we af; zo zijn we eens een keer netjes op tijd klaar.’", "einde-goed", "Op tijd is fijn, maar zonder evaluatie mist de groep de kans om te zien wat het parkeren opleverde.", minutes=2, gp=-10, tim=5),
            ch("‘Wat neem je mee, Ruud? En de rest: wat viel je op aan vragen en adviseren vandaag?’", "einde-goed", "Je evalueert op twee niveaus: de casus en de methode. Zo leert de groep van haar eigen adviesdrang.", expert=True, minutes=10, gp=10, tim=5),
        ]),
        end("einde-goed", "Eerst vragen, dan adviseren", [(None, "Ruud vertrekt met twee adviezen die hij zelf koos en een scherpere vraag. Petra zegt bij de deur: ‘Dat parkeren was even wennen, maar het werkte.’")]),
        end("einde-ja-maar", "Ja-maar tot het eind", [(None, "Ruud heeft alles al geprobeerd, zegt hij. De groep is moe, en niemand weet wat hij nu gaat doen.")]),
        end("einde-dun", "Dun", [(None, "Er is veel gezegd, maar weinig onderzocht. Ruud bedankt vriendelijk en gaat terug naar zijn telefoon.")]),
    ],
}
# fmt: on
