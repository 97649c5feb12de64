# ruff: noqa: E501  (scenario prose: long Dutch sentences read better unwrapped)
"""A complaining hour: acknowledge, limit, and find the own decision in it (incident method)."""

from ..dsl import ch, end, sit

# fmt: off
COMPLAINING = {
    "slug": "klaaguurtje",
    "title": "Klaaguurtje",
    "focus": "complaining",
    "method": "incidentmethode",
    "summary": "Bij de opening begint iemand over het nieuwe registratiesysteem. Voor je het weet, klaagt de hele groep over de directie.",
    "briefing": "<p>Jeugdconsulenten komen voor de zesde keer bij elkaar en werken met de incidentmethode. Er is veel onvrede in de organisatie over een nieuw registratiesysteem.</p>",
    "reflection": "Hoe herken jij het moment waarop een klacht een klaaguurtje wordt, en wat zeg je dan?",
    "clock_start": 5,
    "time_budget": 85,
    "cast": [
        ("Wim", "deelnemer", "Ervaren, mopperig over veranderingen."),
        ("Lisa", "deelnemer", "Sluit zich graag aan bij de stemming."),
        ("Hanneke", "deelnemer", "Vertelt graag uitgebreide voorbeelden."),
        ("Sandra", "mogelijke inbrenger", "Loopt achter met haar werk en zegt weinig."),
    ],
    "situations": [
        sit("start", "Het systeem", 1, [
            ("Wim", "Voordat we beginnen: heeft iemand al een dossier in dat nieuwe systeem kunnen afsluiten? Ik niet."),
            ("Lisa", "Ik ook niet. En de directie zegt dat het aan ons ligt."),
            ("Hanneke", "Bij ons op de vestiging hebben ze..."),
        ], [
            ch("‘Dat systeem zit jullie hoog. Twee minuten om het te luchten; daarna kijken we wat jij erin doet.’", "twee-minuten", "Je erkent de onvrede en geeft haar een grens in tijd. Zo voelt niemand zich weggezet, en de intervisie krijgt haar tijd terug.", expert=True, minutes=3, gp=10, emo=5, tim=5),
            ch("‘Herkenbaar. Bij mijn vorige opdrachtgever ging het precies zo met hun nieuwe systeem, vertel maar.’", "meegaan", "Meepraten maakt jou deelnemer van de klacht. De groep leest het als toestemming om de bijeenkomst eraan te besteden.", minutes=10, gp=-10, neu=-10, tim=-5),
            ch("‘Dit is geen intervisie. Wie heeft er een casus?’", "afgekapt", "Inhoudelijk klopt het, maar de toon kapt af. De onvrede is niet weg; ze zit nu onder tafel.", minutes=2, emo=-10, saf=-10),
        ]),
        sit("meegaan", "De directie", 1, [
            ("Lisa", "Ze hebben ons niet eens gevraagd wat we nodig hadden."),
            ("Wim", "Typisch. Over een jaar is er weer een ander systeem."),
            (None, "Sandra kijkt naar de klok. Een kwartier is voorbij."),
        ], [
            ch("Je laat het nog even lopen: zolang de energie er is, blijft de groep tenminste samen in gesprek.", "einde-klaaguur", "Energie is niet hetzelfde als leren. Het uur gaat op aan een verhaal over anderen, en niemand kijkt naar het eigen handelen.", minutes=40, gp=-15, tim=-15),
            ch("‘Ik deed zelf mee, en we zijn een kwartier verder. Wat doe jíj op het moment dat het systeem vastloopt?’", "twee-minuten", "Herstel: je benoemt je eigen aandeel en buigt de klacht om naar een vraag over handelen. Liever laat dan nooit.", expert=True, minutes=5, gp=10, que=10),
        ]),
        sit("afgekapt", "Stilte", 1, [
            (None, "Het blijft stil. Wim leunt achterover met zijn armen over elkaar."),
            ("Wim", "Nou, dan zeg ik niks meer."),
        ], [
            ch("‘Dat kwam harder uit dan ik bedoelde. Jullie ergernis is echt. Wat doe je zelf als het systeem vastloopt?’", "twee-minuten", "Herstel: je neemt je toon terug, erkent de ergernis en maakt er een ik-vraag van. Wim krijgt een plek zonder dat de klacht de agenda overneemt.", expert=True, minutes=5, emo=10, saf=10, gp=5),
            ch("‘Prima, Wim. Wie heeft er een casus voor vandaag?’", "sandra", "Je gaat door alsof er niets gebeurde. Wim doet niet meer mee, en de rest is voorzichtig.", minutes=3, saf=-10, inc=-10, when=("safety", 45, "einde-stil")),
        ]),
        sit("twee-minuten", "Luchten en verder", 1, [
            ("Wim", "Nou, als het vastloopt, schrijf ik alles op papier en voer ik het 's avonds in."),
            ("Lisa", "Dat doe ik ook. Tot tien uur 's avonds soms."),
            (None, "Sandra knikt langzaam en kijkt naar haar handen."),
        ], [
            ch("‘Wim, breng jij het systeem in als casus? Dan kunnen we er toch een hele bijeenkomst mee verder.’", "sandra-systeem", "Een casus over een systeem of een directie heeft geen eigen aandeel. Je kiest de klacht in plaats van het handelen.", minutes=5, que=-10, gp=-5),
            ch("‘Sandra, je knikte. Herken je iets?’", "sandra", "Je ziet een klein signaal en nodigt zonder druk uit. Zo komt de stille deelnemer met een eigen beslismoment.", expert=True, minutes=5, inc=10, que=5),
            ch("Je vat de klachten samen op de flip-over, zodat ze straks mee kunnen naar het werkoverleg van het team.", "sandra", "Samenvatten voor het werkoverleg is netjes, maar het kost tijd en het brengt de groep niet bij een eigen casus.", minutes=8, tim=-5),
        ]),
        sit("sandra-systeem", "Weer het systeem", 1, [
            ("Wim", "Goed, dan breng ik in: de directie luistert niet."),
            ("Lisa", "Eens!"),
        ], [
            ch("‘Dan wordt het een verhaal over de directie. Wat was jouw moment, Wim, waarop jij iets moest kiezen?’", "sandra", "Herstel: je vraagt naar het eigen beslismoment. Wim heeft er geen; Sandra wel, en zij durft het nu te zeggen.", expert=True, minutes=5, que=10, gp=5),
            ch("Je laat Wim zijn verhaal vertellen; als het straks concreet wordt, komt het eigen aandeel vanzelf wel.", "einde-klaaguur", "Het eigen aandeel komt zelden vanzelf. Het wordt een uur klagen in de vorm van een methode.", minutes=40, gp=-10, que=-10),
        ]),
        sit("sandra", "Sandra's moment", 1, [
            ("Sandra", "Gisteren moest ik kiezen: de rapportage afmaken voor de deadline, of naar een gezin dat in paniek belde."),
        ], [
            ch("‘Dat komt ook weer door dat systeem, toch? Dat kost iedereen hier uren per week, zeker nu.’", "informatievragen", "Je trekt Sandra's beslismoment terug in de klacht. Wat van haar was, wordt weer van iedereen.", minutes=3, que=-10, neu=-5),
            ch("‘Wil je dat inbrengen? Vertel het tot het moment van kiezen, en nog niet wat je deed.’", "informatievragen", "Dit is de kern van de incidentmethode: het voorval tot het beslismoment, zodat de groep zelf kan nadenken over wat zij zou doen.", expert=True, minutes=10, gp=10, que=5),
        ]),
        sit("informatievragen", "Een vraag die een advies is", 2, [
            ("Wim", "Als ik jou was, had ik dat gezin later teruggebeld. Toch?"),
            (None, "Sandra bloost."),
        ], [
            ch("‘Dat is amateurpsychologie, Wim. Laten we ons aan de feiten houden, zoals de stap vraagt.’", "analyse", "‘Als ik jou was’ is geen psychologie maar een verkapt advies, en het label kleineert Wim. Benoem wat het is.", minutes=5, neu=-5, saf=-5, gp=-5),
            ch("Je laat het gaan: het is maar één opmerking, en Sandra kan heus zelf wel zeggen dat ze het anders ziet.", "analyse", "In de stap met informatievragen horen alleen feitelijke vragen. Een advies laat Sandra zich nu al verdedigen.", minutes=10, gp=-10),
            ch("‘Dat is een advies in vraagvorm; bewaar het voor stap vijf. Welke feitelijke vraag heb je?’", "analyse", "Je benoemt ‘als ik jou was’ als wat het is, een verkapt advies, en parkeert het. Wim houdt zijn idee, Sandra haar ruimte.", expert=True, minutes=10, gp=10, neu=5),
        ]),
        sit("analyse", "Analyse", 3, [
            ("Lisa", "Ik denk dat het eigenlijk de schuld is van de directie, want die legt die deadlines op."),
            ("Hanneke", "Sandra wil het iedereen naar de zin maken, denk ik."),
        ], [
            ch("‘Wat speelt er volgens jullie voor Sandra op dat beslismoment? Blijf bij haar situatie.’", "beslissingen", "Je brengt de analyse terug naar de inbrenger en haar dilemma, zonder Lisa's punt weg te zetten.", expert=True, minutes=10, gp=10, que=5),
            ch("‘Lisa, dat klopt vast, maar de directie zit hier niet aan tafel om zich te verdedigen, dus dat laten we even.’", "beslissingen", "Een terechte grens, maar in een verwijtende vorm. Een uitnodiging om bij Sandra te blijven werkt beter.", minutes=10, saf=-5),
            ch("Je knikt instemmend naar Lisa, want de deadlines zijn inderdaad onredelijk.", "einde-half", "Je kiest partij in de klacht. De analyse gaat over de organisatie en Sandra verdwijnt uit beeld.", minutes=30, neu=-15, gp=-5),
        ]),
        sit("beslissingen", "Ieder beslist", 5, [
            (None, "Iedereen heeft opgeschreven wat hij zou doen. Hanneke begint aan een lang verhaal over een gezin van jaren geleden."),
        ], [
            ch("Je laat Hanneke uitvertellen: haar voorbeeld is rijk en misschien heeft Sandra er later wat aan.", "werkelijk", "Een lang voorbeeld kost de anderen hun beurt en maakt van de ronde een verhalenuur.", minutes=20, tim=-10, inc=-5),
            ch("‘Hanneke, wat zou jij gisteren hebben gedaan, in twee zinnen?’", "werkelijk", "Je brengt haar vriendelijk terug naar de opdracht van de stap. Zo komt iedereen aan de beurt binnen de tijd.", expert=True, minutes=20, tim=10, inc=5),
        ]),
        sit("werkelijk", "Wat Sandra deed", 6, [
            ("Sandra", "Ik ben naar het gezin gegaan. De rapportage was te laat, en ik kreeg een opmerking."),
            ("Wim", "Zie je, dat systeem!"),
        ], [
            ch("‘Sandra, wat vind je nu van je keuze, en welk idee van de groep neem je mee?’", "evaluatie", "In deze stap reageert de inbrenger op de ideeën. Wims opmerking laat je liggen; Sandra's keuze staat centraal.", expert=True, minutes=15, que=10, gp=5),
            ch("‘Wim, zonder dat systeem had Sandra misschien allebei kunnen doen. Wat zouden jullie de directie willen zeggen?’", "einde-half", "Met die vraag open je het klaaguurtje opnieuw, vlak voor het einde.", minutes=20, gp=-10, que=-5),
        ]),
        sit("evaluatie", "Evaluatie", 7, [
            (None, "Sandra heeft iets opgeschreven. Er is nog even tijd."),
        ], [
            ch("‘Hoe ging het begin vandaag? Gaan klachten over de organisatie voortaan naar het werkoverleg?’", "einde-goed", "Je evalueert ook het proces en maakt een afspraak over klachten. Zo voorkom je het volgende klaaguurtje.", expert=True, minutes=5, gp=10, tim=5),
            ch("‘Dank jullie wel, allemaal. Tot de volgende keer, en veel succes met dat nieuwe systeem deze week!’", "einde-half", "Zonder terugblik op het begin ligt het patroon de volgende keer weer klaar.", minutes=2, gp=-5),
        ]),
        end("einde-goed", "Van klacht naar keuze", [(None, "De klacht kreeg twee minuten, Sandra kreeg een casus. In de evaluatie spreekt de groep af dat het registratiesysteem op de agenda van het werkoverleg komt.")]),
        end("einde-half", "Half", [(None, "Sandra's casus is besproken, maar de klacht kreeg het laatste woord. Volgende keer begint het vermoedelijk weer zo.")]),
        end("einde-klaaguur", "Een klaaguurtje", [(None, "Aan het eind is iedereen het eens over de directie. Sandra heeft niets gezegd en gaat met haar achterstand naar huis.")]),
        end("einde-stil", "Een stille groep", [(None, "Er wordt een casus besproken, maar Wim zwijgt en Lisa volgt hem. De onvrede blijft onder tafel.")]),
    ],
}
# fmt: on
