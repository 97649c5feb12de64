# ruff: noqa: E501  (scenario prose: long Dutch sentences read better unwrapped)
"""'It is the other person's fault': from the colleague to the own share (gossip method)."""

from ..dsl import ch, end, sit

# fmt: off
OTHERS_FAULT = {
    "slug": "het-ligt-aan-de-ander",
    "title": "Het ligt aan Ria",
    "focus": "others_fault",
    "method": "roddelmethode",
    "summary": "De inbrenger wil weten hoe ze haar collega zover krijgt dat die haar werk doet. De groep begint over de collega te praten, en een van de deelnemers kent haar.",
    "briefing": "<p>Zorgcoördinatoren van een vvt-organisatie werken met de roddelmethode. De groep is al een jaar bij elkaar en vertrouwt elkaar. Hanneke brengt iets in over haar collega Ria.</p>",
    "reflection": "Hoe help jij een inbrenger om van ‘de ander moet veranderen’ naar ‘wat is mijn aandeel’ te komen, zonder dat het als een verwijt klinkt?",
    "clock_start": 10,
    "time_budget": 65,
    "cast": [
        ("Hanneke", "inbrenger", "Zorgcoördinator, lost graag zelf alles op."),
        ("Bas", "deelnemer", "Nieuwsgierig naar details."),
        ("Joyce", "deelnemer", "Stelt goede open vragen."),
        ("Ahmed", "deelnemer", "Kent Ria van een vorige afdeling."),
    ],
    "situations": [
        sit("start", "Over Ria", 1, [
            ("Hanneke", "Mijn vraag: hoe krijg ik Ria zover dat ze haar overdrachten op tijd doet? Ik draai steeds voor haar op."),
            ("Ahmed", "Ria van de Linde? Die ken ik nog van de revalidatieafdeling..."),
            (None, "Bas buigt nieuwsgierig naar voren."),
        ], [
            ch("‘Ahmed, jij kent Ria. Hoe wil je daar vandaag mee omgaan? En voor iedereen: wat hier over haar gezegd wordt, blijft hier.’", "vraag", "Een dubbele relatie benoem je voordat de bespreking begint. Ahmed kiest zelf hoe hij meedoet, en de groep hoort de afspraak over vertrouwelijkheid nog eens.", expert=True, minutes=5, gp=10, saf=10),
            ch("‘Wat handig, Ahmed. Hoe is Ria als collega? Dan kan Hanneke dat meteen naast haar eigen ervaring leggen.’", "ria-bespreken", "Je nodigt uit om over iemand te praten die er niet is, met informatie van buiten de casus. Dat is roddel zonder methode.", minutes=8, gp=-10, saf=-10),
            ch("Je gaat door met de methode; Ahmed is professional genoeg om zelf te weten wat hij wel en niet zegt.", "vraag", "Ahmeds dubbele rol blijft onbesproken. Dat wreekt zich als hij straks in de roddelronde iets zegt wat hij van elders weet.", minutes=3, saf=-5, gp=-5),
        ]),
        sit("ria-bespreken", "Verhalen over Ria", 1, [
            ("Ahmed", "Ze was altijd al een beetje... nou ja, laat ik zeggen: geen voorloper."),
            ("Bas", "Dus dit speelt al jaren!"),
        ], [
            ch("Je laat Ahmed vertellen; achtergrond over Ria helpt de groep om Hanneke beter te begrijpen.", "einde-roddel", "Het wordt een dossier over Ria. Hanneke voelt zich gesteund, maar leert niets over haar eigen handelen.", minutes=25, gp=-10, saf=-10),
            ch("‘Ik stop dit: Ria is er niet en kan niet reageren. Ahmed, hoe ga je om met je dubbele rol? Hanneke, wat wil jíj leren?’", "vraag", "Herstel: je neemt je vraag terug, benoemt de dubbele relatie en de vertrouwelijkheid, en zet de inbrenger weer centraal.", expert=True, minutes=5, gp=10, saf=10),
        ]),
        sit("vraag", "Wiens vraag?", 1, [
            ("Ahmed", "Ik zeg vandaag niets over Ria zelf; ik stel alleen vragen aan Hanneke."),
            ("Hanneke", "Goed. Dus: hoe krijg ik Ria aan het werk?"),
        ], [
            ch("‘Dus het ligt ook aan jou, Hanneke? Dat wil je eigenlijk zeggen, denk ik.’", "hanneke-verdedigt", "Waar of niet, het klinkt als een beschuldiging. Een inbrenger die zich aangevallen voelt, verdedigt zich in plaats van te onderzoeken.", minutes=3, saf=-15, emo=-10, when=("safety", 45, "einde-dicht")),
            ch("‘Ria kun je niet veranderen, jezelf wel. Wat zou je zelf anders willen doen?’", "open-vragen", "Een goede intervisievraag gaat over wat je zelf kunt beïnvloeden. Je zegt het als uitnodiging, niet als oordeel.", expert=True, minutes=7, que=10, gp=5),
            ch("‘Goed, dan gaan we met die vraag aan de slag. Wie heeft er een eerste open vraag voor Hanneke?’", "open-vragen", "De vraag blijft over Ria gaan. De groep gaat straks oplossingen voor Ria bedenken.", minutes=3, que=-10),
        ]),
        sit("hanneke-verdedigt", "In de verdediging", 1, [
            ("Hanneke", "Ik doe alles wat ik kan! Zij is degene die het laat liggen."),
        ], [
            ch("‘Dat kwam als een verwijt, zo bedoelde ik het niet. Jij doet veel. Wat zou je, voor jezelf, anders willen?’", "open-vragen", "Herstel: je neemt je formulering terug, erkent haar inzet en stelt de vraag opnieuw, nu als uitnodiging.", expert=True, minutes=5, emo=10, saf=10),
            ch("‘Ja, maar je vraag gaat wel over jezelf, zo werkt intervisie nu eenmaal, daar kunnen we niet omheen.’", "einde-dicht", "Vasthouden aan de regel zonder de kwetsuur te zien maakt het erger. Hanneke klapt dicht.", minutes=20, saf=-10, emo=-10),
        ]),
        sit("open-vragen", "Vragen over Ria", 2, [
            ("Hanneke", "Ik wil leren hoe ik het aankaart in plaats van het zelf op te lossen."),
            ("Bas", "Hoe oud is Ria eigenlijk? En hoe lang werkt ze al bij jullie?"),
        ], [
            ch("‘Bas, wat wil je daarmee weten over Hanneke? Vragen gaan over haar denken en doen.’", "eigen-aandeel", "Je helpt Bas zijn nieuwsgierigheid te richten op de inbrenger, zonder hem af te kappen.", expert=True, minutes=8, que=10, gp=5),
            ch("Je laat Hanneke antwoorden; wat context over Ria kan de groep helpen om de situatie beter te begrijpen.", "eigen-aandeel", "De vragen gaan over Ria, die er niet is. Zo wordt de casus een beschrijving van haar.", minutes=8, que=-10),
            ch("‘Bas, geen vragen over Ria, dat is tegen de regels.’", "eigen-aandeel", "Klopt in de kern, maar zo klinkt het als een berisping, en Bas leert niet hoe het wel moet.", minutes=5, saf=-5),
        ]),
        sit("eigen-aandeel", "Het eigen aandeel", 2, [
            ("Joyce", "Wat doe jij op het moment dat je ziet dat de overdracht er niet is?"),
            ("Hanneke", "Dan doe ik het zelf maar. Dan is het tenminste goed."),
        ], [
            ch("‘Dus je doet het zelf, dan is het goed. Klopt dat, en wat levert het je op?’", "roddelronde", "Een samenvatting van haar eigen woorden, gevolgd door een open vraag. Zo komt het patroon op tafel zonder dat iemand het haar verwijt.", expert=True, minutes=7, que=10, neu=5),
            ch("‘Zie je, Hanneke, dát is jouw aandeel: jij lost het voor haar op, dus zij hoeft niets te doen.’", "roddelronde", "Je trekt de conclusie voor haar. Misschien klopt ze, maar het inzicht is nu van jou, niet van Hanneke.", minutes=5, neu=-15),
        ]),
        sit("roddelronde", "De roddelronde", 3, [
            (None, "Hanneke draait haar stoel om en pakt pen en papier."),
            ("Bas", "Ik denk dat Ria gewoon lui is, en dat Hanneke dat al jaren pikt."),
        ], [
            ch("Je laat het staan: in de roddelronde mag de groep vrij praten, dat is juist de bedoeling van de methode.", "roddel-ontspoort", "Vrij praten betekent niet dat een afwezige collega wordt beoordeeld. De toon moet opbouwend blijven, en Hanneke hoort alles.", minutes=8, gp=-10, saf=-10),
            ch("‘Laten we het over Hanneke hebben en wat zij kan doen; over Ria oordelen we niet.’", "reactie", "Je houdt de roddelronde op koers: over de inbrenger, in de derde persoon, opbouwend. Ahmed houdt zich aan zijn afspraak.", expert=True, minutes=15, gp=10, saf=5),
        ]),
        sit("roddel-ontspoort", "De toon slaat om", 3, [
            ("Ahmed", "Nou, op de revalidatie was het precies zo..."),
            (None, "Hanneke's pen staat stil."),
        ], [
            ch("‘Ik stop even. Ahmed, we spraken af dat je niets over Ria zegt. Wat zien we bij Hanneke?’", "reactie", "Herstel: je herinnert aan de afspraak over de dubbele relatie en brengt de ronde terug naar de inbrenger.", expert=True, minutes=8, gp=10, saf=5),
            ch("Je laat Ahmed aanvullen, want zijn ervaring bevestigt wat Hanneke zegt, en dat voelt voor haar vast steunend.", "einde-roddel", "Informatie van buiten de casus over een afwezige collega maakt de groep onveilig voor iedereen, ook voor wie later iets inbrengt.", minutes=15, saf=-15, gp=-5),
        ]),
        sit("reactie", "Hanneke reageert", 4, [
            (None, "Hanneke draait haar stoel terug."),
            ("Hanneke", "Nou... dat ‘ze lost het steeds zelf op’, daar schrok ik van. Maar Ria moet toch ook..."),
        ], [
            ch("‘Ria hoeft hier niks. Laten we het alsjeblieft bij jou houden, Hanneke, zoals we hadden afgesproken.’", "evaluatie", "Inhoudelijk juist, maar je kapt haar net af op het moment dat ze iets toegeeft.", minutes=8, emo=-10),
            ch("‘Wat raakte je?’", "evaluatie", "Je volgt wat ze zelf als eerste noemt. Zo groeit het inzicht vanuit haar, en Ria verdwijnt vanzelf naar de achtergrond.", expert=True, minutes=10, que=10, emo=5),
        ]),
        sit("evaluatie", "Evaluatie", 5, [
            ("Hanneke", "Ik ga volgende week met Ria afspreken wat ik doe als de overdracht er niet is, in plaats van het zelf op te lossen."),
        ], [
            ch("‘Hoe was het om zo besproken te worden? En Ahmed, hoe ging het met je dubbele rol?’", "einde-goed", "Je evalueert de methode én de afspraak over de dubbele relatie. Zo blijft de vertrouwelijkheid van de groep bespreekbaar.", expert=True, minutes=10, gp=10, saf=5),
            ch("‘Mooi voornemen, Hanneke. Laat je de volgende keer weten hoe het met Ria is afgelopen?’", "einde-half", "Terugkomen op het voornemen is goed, maar de methode en Ahmeds dubbele rol blijven onbesproken.", minutes=5, gp=-5),
        ]),
        end("einde-goed", "Van Ria naar Hanneke", [(None, "Hanneke gaat weg met een eigen voornemen. Ahmed zegt dat het hem hielp dat zijn rol vooraf besproken werd.")]),
        end("einde-half", "Een voornemen, losse eindjes", [(None, "Hanneke heeft een voornemen, maar hoe de groep met Ahmeds kennis over Ria omgaat, is niet besproken.")]),
        end("einde-roddel", "Een dossier over Ria", [(None, "Aan het eind weet de groep veel over Ria en weinig over Hanneke. Iemand zegt bij de koffie: ‘Als Ria dit wist...’")]),
        end("einde-dicht", "Dichtgeklapt", [(None, "Hanneke verdedigt zich de rest van de bijeenkomst. De roddelronde blijft oppervlakkig en voorzichtig.")]),
    ],
}
# fmt: on
