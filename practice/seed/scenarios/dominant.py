# ruff: noqa: E501  (scenario prose: long Dutch sentences read better unwrapped)
"""A dominant participant: room and limits without shaming him (ten-step method)."""

from ..dsl import ch, end, sit

# fmt: off
DOMINANT = {
    "slug": "dominante-deelnemer",
    "title": "Een dominante deelnemer",
    "focus": "dominant",
    "method": "tien-stappen",
    "summary": "Een ervaren deelnemer beantwoordt vragen die voor de inbrenger bedoeld zijn en houdt lange betogen. De rest van de groep verdwijnt naar de achtergrond.",
    "briefing": "<p>Beleidsmedewerkers van een provincie werken met de tienstappenmethode. Mirjam brengt een lastig overleg met een gedeputeerde in: ze zei ja tegen een planning waarvan ze wist dat die niet haalbaar was. De groep heeft haar vragen opgeschreven en zij heeft ze gewaardeerd; nu beantwoordt ze de vragen die haar het meest raakten.</p>",
    "reflection": "Hoe geef jij een dominante deelnemer ruimte én grenzen, zonder hem voor de groep te beschamen?",
    "clock_start": 45,
    "time_budget": 90,
    "cast": [
        ("Mirjam", "inbrenger", "Projectleider, precies, wat onzeker in grote overleggen."),
        ("Gerard", "deelnemer", "Zestig, veel ervaring, praat lang en graag."),
        ("Tim", "deelnemer", "Jong, net begonnen, stelt scherpe vragen als hij de kans krijgt."),
        ("Aylin", "tijdbewaker", "Let op de tijd, ergert zich zichtbaar."),
    ],
    "situations": [
        sit("start", "Gerard antwoordt", 4, [
            (None, "Mirjam leest de vraag voor die ze het hoogst waardeerde, van Tim: ‘Wat hield je tegen om nee te zeggen?’"),
            ("Gerard", "Dat kan ik je wel vertellen: zo gaat dat met gedeputeerden. Die willen geen nee horen. Ik heb dat in 2009 ook eens..."),
            (None, "Mirjam klapt haar mond weer dicht. Aylin kijkt op haar horloge."),
        ], [
            ch("Je laat Gerard zijn verhaal afmaken; hij heeft veel ervaring met gedeputeerden en Mirjam kan ervan leren.", "gerard-door", "Zijn ervaring is echt, maar de vraag was voor Mirjam. Als Gerard antwoordt, verdwijnt haar eigen antwoord, en daar ging het om.", minutes=8, gp=-10, inc=-10),
            ch("‘Gerard, deze vraag was voor Mirjam. Mirjam, wat hield jou tegen?’", "mirjam", "Kort, vriendelijk en zonder oordeel: je geeft de vraag terug aan wie hij gesteld werd. Je hoeft Gerard niet te beschamen om hem het te laten zien.", expert=True, minutes=8, gp=10, inc=5),
            ch("‘Gerard, je doet het weer: je praat voor een ander. Kun je je daar vandaag eens in houden?’", "gerard-boos", "Inhoudelijk klopt het, maar ‘je doet het weer’ beschuldigt voor de hele groep. Gerard voelt zich te kijk gezet.", minutes=3, saf=-15, emo=-10, when=("safety", 45, "einde-stug")),
        ]),
        sit("gerard-door", "Het verhaal van 2009", 4, [
            ("Gerard", "...en toen heb ik gezegd: meneer, met alle respect. Dat moet jij ook doen, Mirjam."),
            (None, "Vijf minuten later. Tim heeft zijn pen neergelegd."),
        ], [
            ch("‘Ik onderbreek je even, Gerard: dank voor je verhaal. De vraag was voor Mirjam. Mirjam?’", "mirjam", "Herstel: je onderbreekt met respect, waardeert zonder over te nemen en geeft het woord terug. Onderbreken is hier je taak, geen onbeleefdheid.", expert=True, minutes=5, gp=10, inc=5),
            ch("‘Interessant. Mirjam, wat vind je van Gerards advies? Zou jij dat ook zo durven zeggen?’", "einde-gerard-show", "Nu moet Mirjam reageren op een advies in de stap waarin zij de vragen beantwoordt. Het advies komt zes stappen te vroeg.", minutes=25, gp=-10, neu=-5),
        ]),
        sit("gerard-boos", "Gekwetst", 4, [
            ("Gerard", "Nou, dan hou ik mijn mond wel. Ik probeerde alleen te helpen."),
        ], [
            ch("‘Dank je, Gerard. Mirjam?’", "mirjam", "Je gaat door zonder de kwetsuur te erkennen. Gerard zit de rest van de middag met zijn armen over elkaar.", minutes=3, saf=-5, inc=-5),
            ch("‘Dat was te scherp van mij, sorry. Je ervaring is welkom, Gerard, straks bij de tips. Nu is Mirjam aan het woord.’", "mirjam", "Herstel: je neemt je toon terug, erkent zijn bedoeling en laat zien waar zijn inbreng wel een plek krijgt.", expert=True, minutes=5, emo=10, saf=10, gp=5),
        ]),
        sit("mirjam", "Mirjams antwoord", 4, [
            ("Mirjam", "Ik was bang dat hij zou denken dat ik het niet aankan. Dus zei ik ja."),
        ], [
            ch("‘Dat herken ik heel goed, Mirjam: ik zei vroeger ook overal ja op, vooral tegen bestuurders.’", "aanvullend", "Je eigen herkenning zet jou in het middelpunt. De begeleider blijft bij het proces en bij Mirjam.", minutes=10, neu=-10),
            ch("‘Je was bang dat hij zou denken dat je het niet aankunt. Zeg ik het zo goed?’", "aanvullend", "Een korte samenvatting in haar eigen woorden. Ze hoort zichzelf terug, en de groep hoort waar de kern zou kunnen zitten.", expert=True, minutes=12, que=10, gp=5),
            ch("Je knikt en gaat meteen door naar de volgende gewaardeerde vraag op het lijstje van Mirjam.", "aanvullend", "Je laat haar belangrijkste zin liggen. Een samenvatting had hem laten landen.", minutes=10, que=-5),
        ]),
        sit("aanvullend", "Aanvullende vragen", 5, [
            ("Gerard", "Ik heb wel een aanvullende vraag, of eigenlijk meer een observatie. Kijk, in mijn tijd bij de provincie..."),
            (None, "Tim steekt half zijn hand op. Aylin zucht."),
        ], [
            ch("Je laat Gerard zijn observatie afmaken en geeft daarna Tim alsnog het woord, als er dan nog tijd is.", "lang-betoog", "Een observatie is geen vraag, en ‘als er nog tijd is’ betekent voor Tim meestal: nooit.", minutes=10, inc=-10, tim=-5),
            ch("‘Laten we een ronde doen: ieder één open vraag. Tim, jij begint, dan Aylin, dan Gerard.’", "kern-groep", "Een ronde verdeelt de ruimte zonder dat je iemand hoeft te corrigeren. Door Gerard als laatste te noemen, blijft hij erbij.", expert=True, minutes=10, inc=10, gp=5),
            ch("‘Gerard, kort graag, we hebben niet de hele middag.’", "lang-betoog", "Tijd is een goed argument, maar zo gebracht klinkt het als een berisping. Gerard praat toch door, nu geïrriteerd.", minutes=10, saf=-5, inc=-5),
        ]),
        sit("lang-betoog", "Een betoog", 5, [
            (None, "Gerard is al vijf minuten aan het woord. Tim kijkt uit het raam, Aylin tikt op haar horloge."),
        ], [
            ch("‘Gerard, ik stop je even: ik merk dat de ruimte ongelijk verdeeld raakt. Tim en Aylin, welke vraag hebben jullie?’", "kern-groep", "Herstel met metacommunicatie: je benoemt wat er gebeurt, niet wat Gerard fout doet, en opent de ruimte voor de anderen.", expert=True, minutes=5, inc=10, gp=5),
            ch("Je wacht tot Gerard klaar is en gaat dan door naar de volgende stap: de kern volgens de groep.", "einde-gerard-show", "Tim en Aylin hebben geen vraag kunnen stellen. De groep went eraan dat Gerard de bijeenkomst vult.", minutes=15, inc=-10, tim=-5),
        ]),
        sit("kern-groep", "De kern volgens de groep", 6, [
            ("Gerard", "De kern is simpel: ze moet assertiever worden. Klaar."),
            ("Tim", "Ik weet niet of dat het is..."),
        ], [
            ch("‘Gerard heeft zijn kern gezegd. Ik hoor graag ieders kern in één zin. Tim?’", "kern-mirjam", "Je laat Gerards kern staan als één stem van de vier, zonder erover te oordelen, en geeft Tim de ruimte om zijn twijfel uit te spreken.", expert=True, minutes=10, inc=10, neu=5),
            ch("‘Gerard, dat is wel heel kort door de bocht, vind je niet? Laten we het iets genuanceerder proberen.’", "kern-mirjam", "Je oordeelt over Gerards inbreng. In deze stap is iedere kern welkom; jouw mening over de kern hoort er niet in.", minutes=10, neu=-10, saf=-5),
        ]),
        sit("kern-mirjam", "De kern volgens Mirjam", 7, [
            ("Mirjam", "Ik denk dat het gaat om: hoe ik tegen een bestuurder zeg dat iets niet kan, zonder me klein te voelen."),
            ("Gerard", "Dat is toch gewoon assertiviteit, wat ik zei."),
        ], [
            ch("Je laat Gerard en Mirjam het even samen uitzoeken; dan wordt de kern vanzelf wel scherper voor haar.", "tips", "Nu onderhandelt Mirjam met Gerard over haar eigen kern. De inbrenger formuleert in deze stap, niemand anders.", minutes=8, neu=-10, gp=-5),
            ch("‘Mirjam formuleert hier de kern. Wil je hem nog eens zeggen, Mirjam, zoals jij hem bedoelt?’", "tips", "De inbrenger bepaalt de kern. Je zegt het zonder Gerard aan te vallen en geeft Mirjam het laatste woord.", expert=True, minutes=5, gp=10, neu=5),
        ]),
        sit("tips", "Tips en adviezen", 9, [
            ("Gerard", "Mijn tip, en die is goed: in 2009 had ik een gedeputeerde die..."),
            (None, "Aylin: ‘We hebben nog een kwartier voor twee stappen.’"),
        ], [
            ch("Je laat Gerard vertellen: in deze stap zijn tips nu eenmaal toegestaan, ook lange tips met een verhaal erbij.", "inzichten", "Tips zijn toegestaan, maar niet onbeperkt. De andere tips en de laatste stap raken in de knel.", minutes=20, tim=-10, inc=-5),
            ch("‘Eén tip per persoon, hooguit een minuut. Aylin houdt de tijd. Gerard, wat is je tip in één zin?’", "inzichten", "Tijd als argument, een ronde als vorm en Gerard gewoon aan de beurt: zo krijgt zijn ervaring een plek zonder de ruimte van anderen te nemen.", expert=True, minutes=15, tim=10, inc=5),
            ch("‘Gerard, misschien kun je deze keer de jongeren eerst laten, jij hebt al zoveel gezegd vandaag.’", "inzichten", "Goed bedoeld voor Tim, maar pijnlijk voor Gerard en betuttelend voor de ‘jongeren’.", minutes=15, saf=-10, emo=-5),
        ]),
        sit("inzichten", "Eigen inzichten", 10, [
            (None, "Iedereen heeft een tip gegeven. Mirjam heeft er twee omcirkeld. Er is nog een kwartier."),
        ], [
            ch("‘Wat neemt ieder mee voor zijn eigen werk? En hoe was de spreektijd vandaag verdeeld?’", "einde-goed", "Je sluit af met de eigen inzichten en een vraag over het proces. Zo kan ook Gerard zelf zien wat er gebeurde, zonder dat jij het hem verwijt.", expert=True, minutes=10, gp=10, inc=5),
            ch("‘Gerard, ik wil je na afloop even apart spreken over je manier van inbrengen in deze groep.’", "einde-half", "Een gesprek onder vier ogen kan zinvol zijn, maar zo aangekondigd voor de groep voelt het als een berisping.", minutes=5, saf=-10, emo=-5),
        ]),
        end("einde-goed", "Ruimte voor iedereen", [(None, "Mirjam gaat weg met een kern die van haar is en twee tips. In de evaluatie zegt Gerard zelf: ‘Ik heb veel gepraat, hè?’ Tim lacht.")]),
        end("einde-half", "Half gelukt", [(None, "Mirjam heeft iets aan de bespreking, maar de sfeer is gespannen. Gerard gaat als eerste weg.")]),
        end("einde-stug", "Een stugge middag", [(None, "Gerard zwijgt demonstratief, de rest durft weinig. De bespreking haalt de kern niet.")]),
        end("einde-gerard-show", "De Gerard-show", [(None, "Het werd vooral een middag over Gerards ervaringen. Mirjam bedankt beleefd; Tim zegt bij de deur dat hij volgende keer misschien niet komt.")]),
    ],
}
# fmt: on
