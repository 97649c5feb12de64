"""Module 4 of the basis course: a good case and a good intervisie question."""

from ..blocks import callout, key_points, paras, quiz, reflection, transcript

CASUS = {
    "slug": "goede-casus",
    "title": "Wat maakt een casus geschikt?",
    "summary": "Actueel, onopgelost en met persoonlijke betrokkenheid.",
    "minutes": 5,
    "blocks": [
        paras(
            "Niet elke situatie is een goede casus. Een bruikbare casus is nog niet opgelost, "
            "speelt nu of komt binnenkort terug, en raakt de inbrenger persoonlijk. Hij gaat "
            "over het eigen functioneren, niet alleen over wat anderen doen. Een casus die al "
            "lang is afgerond, levert vooral een verhaal op; een casus waar de inbrenger "
            "morgen weer middenin staat, levert een vraag op.",
            "Ook een succes mag een casus zijn. Onderzoeken waarom iets goed ging, levert vaak "
            "verrassend veel op en is een mooie opstap voor een groep die nog aan elkaar moet "
            "wennen. Wie snapt wat hij deed toen het lukte, kan dat vaker doen.",
            "Casussen over 'de ander' verdienen extra aandacht. 'Mijn collega houdt zich niet "
            "aan afspraken' voelt veilig om in te brengen, want het probleem ligt buiten jezelf. "
            "Maar dan kan de groep weinig: de collega zit er niet bij. Vraag als begeleider al "
            "bij het kiezen van de casus: 'Wat is jouw rol hierin, en wat wil jij anders "
            "kunnen?' Als het antwoord 'niets, het ligt echt aan hem' is, is dit waarschijnlijk "
            "nog geen casus voor vandaag.",
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
                    "Drie deelnemers bieden een casus aan. Welke kies je voor een groep die "
                    "voor de tweede keer bij elkaar is?",
                    False,
                    [
                        (
                            "Een gesprek met een ouder dat vorige week onverwacht goed liep",
                            True,
                            "Actueel, overzichtelijk en veilig: een succescasus past goed "
                            "bij een jonge groep.",
                        ),
                        (
                            "Een conflict met de directeur dat al twee jaar sleept en veel "
                            "pijn doet",
                            False,
                            "Zwaar en ingewikkeld voor een groep die elkaar nog nauwelijks kent.",
                        ),
                        (
                            "Een collega die volgens de inbrenger nooit iets goed doet op het werk",
                            False,
                            "Hier ontbreekt de eigen rol; de groep kan de collega niet veranderen.",
                        ),
                    ],
                    "Een casus leeft nog, gaat over jezelf en past bij wat de groep aankan.",
                ),
            ],
        ),
    ],
}

VRAAG = {
    "slug": "goede-vraag",
    "title": "De intervisievraag formuleren",
    "summary": "Van 'lastige situatie' naar een vraag in de ik-vorm over je eigen aandeel.",
    "minutes": 14,
    "blocks": [
        paras(
            "Een inbrenger begint bijna altijd met een probleem: 'mijn collega komt afspraken "
            "niet na'. Dat is een startpunt, geen vraag. Een goede intervisievraag staat in de "
            "ik-vorm, is concreet en actueel, en gaat over het eigen aandeel. De kern is steeds: "
            "wat wil ik hiervan leren? En de vraag gaat over iets waar de inbrenger zelf invloed "
            "op heeft.",
            "Het formuleren van de vraag is geen formaliteit. Een scherpe vraag bepaalt welke "
            "vragen de groep stelt, en dus waar de bespreking naartoe gaat. Trek er in een jonge "
            "groep vijf tot tien minuten voor uit. Later lukt het sneller, omdat deelnemers hun "
            "vraag thuis al voorbereiden.",
        ),
        paras(
            "<strong>Een uitgewerkt voorbeeld.</strong> Ingrid werkt in een wijkteam. Ze begint "
            "zo: 'Mijn collega Ruud neemt nooit de telefoon op als hij dienst heeft, en dan "
            "moet ik het opvangen.' Dat is een klacht over Ruud. De begeleider vraagt: 'Wat doe "
            "jij op zo'n moment?' Ingrid: 'Ik neem het over, en ik zeg er niets van.' De "
            "begeleider: 'En wat zou je willen dat er anders gaat?' Ingrid: 'Dat ik er iets van "
            "zeg. Maar ik wil de sfeer niet verpesten.'",
            "Nu komt de vraag in zicht. Een eerste versie: 'Hoe zorg ik dat Ruud de telefoon "
            "opneemt?' Dat gaat nog over Ruud: Ingrid kan niet bepalen wat hij doet. Een tweede "
            "versie: 'Hoe spreek ik Ruud aan?' Dat is beter, maar nog algemeen. De derde versie, "
            "die Ingrid zelf kiest: 'Hoe kan ik Ruud deze week zeggen dat ik zijn diensten niet "
            "meer opvang, zonder dat ik me achteraf schuldig voel over de sfeer?' Die vraag is "
            "concreet (deze week, de diensten), gaat over haar eigen gedrag, en noemt wat haar "
            "tegenhoudt. De groep weet nu waar ze naar moet vragen: naar dat schuldgevoel en naar "
            "wat 'de sfeer verpesten' voor Ingrid betekent.",
        ),
        transcript(
            "Fragment: de begeleider maakt de vraag zelf",
            "Start van een bespreking. Ingrid heeft haar situatie net verteld.",
            [
                (
                    "Begeleider",
                    "Oké, dus je vraag is eigenlijk: hoe geef ik beter mijn grenzen aan. "
                    "Klopt dat?",
                ),
                ("Ingrid", "Eh... ja, zoiets."),
                ("Begeleider", "Mooi. Wie heeft een vraag voor Ingrid over grenzen?"),
            ],
            [
                "De begeleider vult de vraag in. Ingrid stemt in omdat het makkelijker is dan "
                "tegenspreken.",
                "'Grenzen aangeven' is een algemeen thema geworden; Ruud, de telefoon en het "
                "schuldgevoel zijn verdwenen.",
                "De groep gaat straks vragen stellen over een vraag die niet van Ingrid is.",
            ],
        ),
        transcript(
            "Fragment: de inbrenger maakt de vraag",
            "Dezelfde start, een andere begeleider.",
            [
                (
                    "Begeleider",
                    "Je vertelt wat Ruud doet. Wat wil jij hier vandaag voor jezelf van leren?",
                ),
                ("Ingrid", "Dat ik er iets van zeg, denk ik."),
                ("Begeleider", "Kun je dat als vraag zeggen, beginnend met 'hoe kan ik'?"),
                (
                    "Ingrid",
                    "Hoe kan ik Ruud deze week zeggen dat ik zijn diensten niet meer opvang, "
                    "zonder dat ik me schuldig voel?",
                ),
                ("Begeleider", "Ik schrijf hem zo op. Is dit hem?"),
            ],
            [
                "De begeleider stelt vragen en laat de woorden van Ingrid staan.",
                "Het hulpmiddel 'hoe kan ik' dwingt tot de ik-vorm zonder dat de begeleider de "
                "inhoud invult.",
                "Door de vraag op te schrijven en te laten bevestigen, heeft de groep een "
                "vast punt om naar terug te keren.",
            ],
        ),
        callout(
            "tip",
            "Hulpvragen voor de begeleider",
            "<ul><li>Wat is jouw aandeel hierin?</li><li>Wat wil je anders kunnen doen?</li>"
            "<li>Wat houdt je nu tegen?</li><li>Waaraan merk je straks dat je het geleerd "
            "hebt?</li></ul>",
        ),
        quiz(
            "Met welke vraag kan de groep verder?",
            [
                (
                    "Een teamleider in de zorg wil een casus inbrengen over een medewerker "
                    "die vaak te laat komt. Welke formulering is het best bruikbaar als "
                    "intervisievraag?",
                    False,
                    [
                        (
                            "Hoe kan ik Sem volgende week op zijn telaatkomen aanspreken "
                            "zonder dat ik weer om de hete brij heen draai?",
                            True,
                            "Ik-vorm, concreet, een termijn en het eigen obstakel erin.",
                        ),
                        (
                            "Hoe zorg ik ervoor dat Sem voortaan elke ochtend op tijd op "
                            "zijn werk verschijnt, zoals iedereen in het team?",
                            False,
                            "Dit gaat over het gedrag van Sem; dat heeft de inbrenger niet "
                            "in de hand.",
                        ),
                        (
                            "Wat is in de zorg de beste aanpak als medewerkers zich "
                            "structureel niet aan de werktijden houden?",
                            False,
                            "Een kennisvraag over beleid, geen leervraag over jezelf.",
                        ),
                    ],
                    "De inbrenger moet zelf het verschil kunnen maken.",
                ),
                (
                    "Een inbrenger zegt: 'Mijn vraag is: waarom luistert mijn team nooit naar "
                    "mij?' Wat is je beste volgende zin als begeleider?",
                    False,
                    [
                        (
                            "Wanneer merkte je dat het laatst, en wat deed jij toen?",
                            True,
                            "Je maakt het concreet en brengt het bij haar eigen handelen.",
                        ),
                        (
                            "Dus je vraag is: hoe krijg ik meer gezag in mijn team?",
                            False,
                            "Dan formuleer jij de vraag, en blijft die algemeen.",
                        ),
                        (
                            "Prima, wie heeft er een vraag voor haar over het team?",
                            False,
                            "De vraag gaat nog over anderen; de groep gaat dan over het "
                            "team praten.",
                        ),
                    ],
                    "Help de inbrenger van een klacht naar een eigen vraag, in eigen woorden.",
                ),
            ],
        ),
        reflection(
            "Neem de situatie die je in de eerste module opschreef. Formuleer er een "
            "intervisievraag van die begint met 'Hoe kan ik...'. Noem ook wat je nu tegenhoudt.",
        ),
    ],
}

STROMEN = {
    "slug": "bovenstroom-onderstroom",
    "title": "Bovenstroom en onderstroom",
    "summary": "Gedrag aan de oppervlakte, en wat daaronder meespeelt.",
    "minutes": 9,
    "blocks": [
        paras(
            "Een vraag kan over de <strong>bovenstroom</strong> gaan: zichtbaar gedrag, "
            "afspraken, aanpak. Of over de <strong>onderstroom</strong>: overtuigingen, "
            "gevoelens, belemmeringen en krachten die het gedrag sturen. Beide zijn goed. Het "
            "helpt de groep wel om te weten waar de vraag ligt, zodat de vragen aansluiten.",
            "Neem de vraag van Ingrid uit de vorige les. 'Hoe zeg ik het tegen Ruud' is "
            "bovenstroom: welke woorden, welk moment. 'Zonder dat ik me schuldig voel' wijst "
            "naar de onderstroom: blijkbaar vindt Ingrid dat een goede collega alles opvangt. "
            "Als de groep alleen naar formuleringen vraagt, gaat Ingrid naar huis met een mooie "
            "zin die ze toch niet uitspreekt.",
            "Als begeleider kun je hardop benoemen wat je hoort: 'Ik hoor een vraag over "
            "aanpak, maar ook iets over wat je van jezelf vindt. Waar wil je vandaag aan "
            "werken?' Zo houdt de inbrenger de regie. Ga niet zelf in de onderstroom graven als "
            "de inbrenger daar niet voor kiest; dat is niet jouw beslissing.",
        ),
        key_points(
            "Herkennen",
            [
                "Bovenstroom: wat doe ik, wat zeg ik, wanneer, in welke volgorde?",
                "Onderstroom: wat vind ik, wat vrees ik, wat wil ik beschermen?",
                "Signaal van onderstroom: 'eigenlijk', 'ik weet het wel, maar', een zucht.",
            ],
        ),
        quiz(
            "Bovenstroom of onderstroom?",
            [
                (
                    "Een inbrenger zegt: 'Ik weet precies wat ik moet zeggen, maar op het "
                    "moment zelf slik ik het in.' Welke vraag sluit daar het best op aan?",
                    False,
                    [
                        (
                            "Wat denk je dat er gebeurt als je het wel zegt?",
                            True,
                            "Deze vraag zoekt de rem in de onderstroom, waar hij zelf op wijst.",
                        ),
                        (
                            "Welke woorden zou je dan precies willen gebruiken?",
                            False,
                            "Hij zegt net dat hij de woorden al heeft; dit blijft aan de "
                            "oppervlakte.",
                        ),
                        (
                            "Op welk moment in het gesprek zou je het kunnen zeggen?",
                            False,
                            "Een vraag over aanpak, terwijl zijn probleem niet de aanpak is.",
                        ),
                    ],
                    "Als de inbrenger weet wat hij moet doen en het toch niet doet, zit het "
                    "in de onderstroom.",
                ),
            ],
        ),
        reflection(
            "Neem je eigen intervisievraag uit de vorige les. Wat speelt daar in de "
            "bovenstroom, en wat in de onderstroom?",
        ),
    ],
}

MODULE = {
    "slug": "vraag-en-casus",
    "title": "Een goede casus en een goede intervisievraag",
    "summary": "Van 'lastige situatie' naar een vraag waar de inbrenger iets mee kan.",
    "lessons": [CASUS, VRAAG, STROMEN],
}
