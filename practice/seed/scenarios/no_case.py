# ruff: noqa: E501  (scenario prose: long Dutch sentences read better unwrapped)
"""Nobody brought a case: from small talk to a case with a learning question (five steps)."""

from ..dsl import ch, end, sit

# fmt: off
NO_CASE = {
    "slug": "niemand-heeft-een-casus",
    "title": "Niemand heeft een casus",
    "focus": "no_case",
    "method": "vijf-stappen",
    "summary": "Een team wijkverpleegkundigen zit klaar, maar niemand wil iets inbrengen. Het rooster lonkt als gespreksonderwerp.",
    "briefing": "<p>Je begeleidt de vierde bijeenkomst van een intervisiegroep wijkverpleegkundigen. Afgesproken was dat iemand een casus meeneemt, maar dat is niet gebeurd. De bijeenkomst duurt bijna twee uur; je gebruikt de vijfstappenmethode.</p>",
    "reflection": "Wat doe jij zelf als het stil valt in een groep, en wat wil je daar de volgende keer anders in doen?",
    "clock_start": 5,
    "time_budget": 100,
    "cast": [
        ("Ingrid", "deelnemer", "Ervaren wijkverpleegkundige; zegt graag dat alles goed gaat."),
        ("Martijn", "deelnemer", "Een half jaar in het team, twijfelt of zijn vragen er mogen zijn."),
        ("Naima", "deelnemer", "Praktisch en snel; moet vandaag op tijd weg voor de opvang."),
        ("Kees", "deelnemer", "Maakt grapjes als het spannend wordt."),
    ],
    "situations": [
        sit("start", "Stilte na de koffie", 1, [
            (None, "De koffie is op. Je vraagt wie een casus heeft meegenomen. Niemand kijkt je aan."),
            ("Ingrid", "Eerlijk gezegd loopt bij mij alles op rolletjes op het moment."),
            ("Kees", "Zullen we het over het nieuwe rooster hebben? Daar valt genoeg over te zeggen."),
            (None, "Martijn kijkt naar zijn telefoon. Naima zucht hoorbaar."),
        ], [
            ch("‘Martijn, jij bent nog nieuw hier, dus jij hebt vast wel iets lastigs meegemaakt de afgelopen weken.’", "martijn-onder-druk", "Een casus inbrengen is altijd vrijwillig. Door de nieuwste collega aan te wijzen zet je hem voor de groep onder druk, en de anderen leunen opgelucht achterover.", minutes=2, saf=-15, emo=-15, inc=-5),
            ch("‘Neem even een minuut: welk moment van de afgelopen weken bleef hangen? Ook iets wat goed afliep.’", "ronde", "Een kleine, concrete vraag verlaagt de drempel, en een succesmoment is ook een geldige casus. Je laat de stilte bestaan zonder haar zelf te vullen.", expert=True, minutes=5, gp=10, que=10, inc=5, saf=5),
            ch("‘Prima, dan hebben we het vandaag over het rooster, want dat leeft blijkbaar bij iedereen.’", "rooster", "Het rooster hoort in het werkoverleg. Intervisie gaat over je eigen handelen; door het onderwerp over te nemen laat je de structuur los en wordt de middag een vergadering.", minutes=2, gp=-15, tim=-5, ene=5),
        ]),
        sit("rooster", "Het roosterverhaal", 1, [
            ("Kees", "Drie weekenden achter elkaar, en dat noemen ze flexibel."),
            ("Naima", "En niemand van de planning die ooit vraagt hoe het uitkomt."),
            (None, "Er wordt gelachen en geknikt. Een kwartier is voorbij."),
        ], [
            ch("Je laat het gesprek lopen: het lucht blijkbaar op, de sfeer is goed en eindelijk doet iedereen mee.", "einde-vergadering", "Je laat de tijd gaan. De groep heeft zich geuit, maar niemand heeft iets over het eigen handelen geleerd, en volgende keer ligt dit patroon klaar.", minutes=30, gp=-15, tim=-15),
            ch("‘Ik stop hier even: terecht punt, maar geen intervisie. Wat doe jíj als je het ergens niet mee eens bent?’", "ronde", "Je benoemt wat er gebeurt en buigt de klacht om naar een ik-vraag. Liever laat dan nooit: de groep krijgt haar eigen leerdoel terug.", expert=True, minutes=5, gp=10, que=10, ene=-5),
            ch("‘Zullen we dit als actiepunt voor het werkoverleg noteren en dan nog een kwartier doorpraten?’", "einde-vergadering", "Noteren is goed, doorpraten niet: zo krijgt het rooster de tijd van de intervisie.", minutes=20, gp=-10, tim=-10),
        ], prompt="Het is gezellig. Wat doe je?"),
        sit("martijn-onder-druk", "Martijn bloost", 1, [
            ("Martijn", "Eh... nou, niet echt iets bijzonders eigenlijk."),
            (None, "Hij wordt rood. Ingrid kijkt naar het raam."),
        ], [
            ch("‘Kom op, iedereen maakt toch wel eens iets mee in dit werk? Vertel gewoon het eerste dat opkomt.’", "einde-voorzichtig", "Doordrukken levert een casus zonder eigenaarschap op. Martijn vertelt iets veiligs om ervan af te zijn, en de groep leert dat nee zeggen hier niet kan.", minutes=10, emo=-10, saf=-10, inc=-5),
            ch("‘Sorry Martijn, dat was niet handig: je hoeft niets. Ik vraag het iedereen: welk moment bleef hangen?’", "ronde", "Herstellen mag en werkt: je neemt de druk weg, maakt inbrengen weer een vrije keuze en laat zien dat fouten hier besproken kunnen worden.", expert=True, minutes=5, emo=10, saf=10, gp=5),
        ]),
        sit("ronde", "Drie aarzelende ideeën", 1, [
            ("Naima", "Ik had vorige week een mevrouw die de zorg weigerde, maar dat is eigenlijk al opgelost."),
            ("Ingrid", "Ik zag op tegen een familiegesprek. Het ging uiteindelijk goed, hoor."),
            ("Martijn", "Ik twijfel. Het gaat over een collega. Mag dat?"),
        ], [
            ch("‘Ingrid, dan nemen we die van jou, want een familiegesprek is altijd leerzaam voor iedereen hier.’", "ingrid-gekozen", "Snel, maar jij kiest in plaats van de groep, en je oordeelt welke casus ‘goed’ is. Martijns aarzeling verdwijnt onder tafel.", minutes=2, neu=-10, inc=-10, tim=5),
            ch("‘Martijn, over collega's praten we hier liever niet; dat wordt al snel roddelen.’", "keuze", "Een casus over een collega kan juist waardevol zijn, zolang het over je eigen aandeel gaat. Je sluit iets af zonder het te onderzoeken, en de groep wordt voorzichtiger.", minutes=2, saf=-20, emo=-10, inc=-10, when=("safety", 45, "einde-voorzichtig")),
            ch("‘Drie mogelijke casussen. Wat zou je van de jouwe leren, in één zin? Dan kiezen we samen.’", "keuze", "Je laat kiezen op leervraag in plaats van op wie het hardst praat. Zo staat het eigen handelen centraal, en kan ook een afgeronde situatie leerzaam zijn.", expert=True, minutes=8, gp=10, que=10, inc=5),
        ]),
        sit("ingrid-gekozen", "Ingrid begint", 1, [
            ("Ingrid", "Goed, dan vertel ik over dat familiegesprek..."),
            (None, "Martijn schuift zijn stoel iets naar achteren."),
        ], [
            ch("‘Ingrid, één moment. Martijn, jij noemde ook iets. Zet ik het op de agenda voor de volgende keer?’", "keuze", "Je maakt je keuze niet ongedaan, maar je ziet Martijn wel. Een rooster of agenda voor casussen voorkomt dat stille leden steeds achteraan sluiten.", expert=True, minutes=3, inc=15, gp=5),
            ch("Je knikt naar Ingrid en laat haar vertellen; Martijn komt een andere keer wel aan de beurt.", "einde-redelijk", "De bijeenkomst komt op gang, maar zonder dat de groep koos. Of Ingrid echt een leervraag heeft, weet niemand.", minutes=40, que=-5, inc=-5),
        ]),
        sit("keuze", "Een casus met een vraag", 1, [
            ("Martijn", "Ik wil leren hoe ik het zeg als een collega mijn werk steeds overdoet zonder te overleggen."),
            ("Ingrid", "Die van Martijn, vind ik. Dat herken ik wel."),
            ("Naima", "Prima, als we maar op tijd klaar zijn."),
        ], [
            ch("‘Wanneer gebeurde het voor het laatst, en wat deed jij op dat moment?’", "verkennen", "Martijns vraag staat al in de ik-vorm. Wat nog ontbreekt, is een concreet en recent moment; daarmee voorkom je dat de groep een uur over de collega praat.", expert=True, minutes=5, que=15, gp=5),
            ch("‘Martijn, kun je je vraag nog even in de ik-vorm zetten, zodat hij echt over jou gaat?’", "verkennen", "Zijn vraag is al een ik-vraag. Door het toch te vragen lijkt het alsof hij het fout deed, en het echte gat blijft open: wanneer gebeurde het en wat deed hij?", minutes=3, que=-5, emo=-5),
            ch("‘Goed, vertel maar, Martijn: wat doet die collega precies en hoe vaak gebeurt dat eigenlijk?’", "verkennen", "Je nodigt uit om over de collega te vertellen in plaats van over Martijns eigen handelen. Dat wordt een verhaal over iemand die er niet is.", minutes=5, que=-10, gp=-5),
        ]),
        sit("verkennen", "Vragen die al een antwoord hebben", 2, [
            ("Martijn", "Dinsdag stond er weer een andere wondzorg in het dossier. Ik heb niets gezegd."),
            ("Ingrid", "Heb je het haar al eens gewoon gevraagd? Dat zou ik wel doen."),
            (None, "Kees knikt. Martijn kijkt naar de grond."),
        ], [
            ch("Je laat het gaan: Ingrid bedoelt het goed en Martijn kan zelf wel aangeven wat hij ervan vindt.", "ondervraging", "Een gesloten vraag met een advies erin maakt van de verkenning een verhoor. Martijn gaat zich verdedigen in plaats van onderzoeken.", minutes=10, gp=-10, que=-10, saf=-5),
            ch("‘Ingrid, kun je dat als open vraag stellen, zonder je eigen antwoord erin?’", "advies-sluipt", "Je bewaakt de stap: in de verkenning zijn vragen open en gaan ze over Martijns denken en doen. Zo leert ook Ingrid wat een helpende vraag is.", expert=True, minutes=15, gp=10, que=10),
            ch("‘Martijn, waarom heb je eigenlijk niets gezegd toen je het dinsdag in het dossier zag staan?’", "ondervraging", "Een waaromvraag klinkt als een verwijt en zet de inbrenger in de verdediging. Vraag liever wat hij dacht of voelde op dat moment.", minutes=10, que=-10, emo=-5),
        ]),
        sit("ondervraging", "Martijn verdedigt zich", 2, [
            ("Martijn", "Ja, maar zij werkt hier al twintig jaar. Wat moet ik dan zeggen?"),
            ("Kees", "Nou, gewoon: doe normaal! Haha."),
        ], [
            ch("‘We zijn nog aan het verkennen. Martijn, wat ging er dinsdag door je heen toen je het dossier las?’", "advies-sluipt", "Herstel: je brengt de groep terug naar de stap en stelt zelf de open vraag die de verkenning weer op gang brengt. Kees' grap laat je voor wat hij is.", expert=True, minutes=10, gp=10, que=10, saf=5),
            ch("Je lacht mee om de spanning te breken en geeft Kees daarna het woord voor zijn eigen idee.", "einde-redelijk", "De spanning zakt, maar het advies staat nu centraal en Martijn voelt zich niet serieus genomen.", minutes=30, gp=-10, emo=-10),
        ]),
        sit("advies-sluipt", "Een advies te vroeg", 2, [
            ("Martijn", "Ik denk dat ik bang ben om als nieuweling betweterig over te komen."),
            ("Naima", "Dan stuur je haar toch een appje? Scheelt een hoop gedoe."),
        ], [
            ch("‘Goed idee, Naima, schrijf het op. Martijn, wat spreekt je aan in zo'n appje en wat niet?’", "kern", "Je laat een advies toe in de verkenningsstap en vraagt Martijn er zelfs op te reageren. Daarmee sla je de kern over.", minutes=10, gp=-10, neu=-5),
            ch("‘Dat is een advies; dat parkeren we tot stap vier. Martijn, wat maakt dat je bang bent?’", "kern", "Je benoemt de stap, parkeert het advies zichtbaar en volgt wat Martijn net zei. Het waardevolste moment tot nu toe krijgt ruimte.", expert=True, minutes=10, gp=10, que=10, neu=5),
            ch("Je zegt niets over het appje en vraagt de groep of er nog meer vragen zijn voor Martijn.", "kern", "Je laat Martijns belangrijkste zin liggen. Het advies blijft in de lucht hangen en de volgende ronde wordt een ideeënbus.", minutes=10, que=-5, gp=-5),
        ]),
        sit("kern", "Wat is de kern?", 3, [
            ("Kees", "Ik denk dat de kern is dat die collega niet deugt."),
            ("Ingrid", "Of dat hij zich niet durft te laten zien als professional."),
            (None, "Martijn aarzelt."),
        ], [
            ch("‘Ik hoor twee kernen, en volgens mij is die van Ingrid het: jezelf laten zien als professional.’", "advies", "Jij kiest de kern voor de inbrenger. Ook als je gelijk hebt, is het niet langer zijn vraag.", minutes=5, neu=-15, que=-5),
            ch("‘Martijn, jij bepaalt de kern. Wat van wat je hoorde raakt jouw vraag het meest?’", "advies", "De inbrenger bepaalt de kern; jij zorgt dat hij dat kan doen. Kees' oordeel over de collega laat je niet de kern worden.", expert=True, minutes=10, neu=10, que=5, gp=5),
        ]),
        sit("advies", "De adviesronde", 4, [
            ("Martijn", "De kern is: hoe ik als nieuwe collega mijn eigen vakmanschap laat zien zonder te vechten."),
            ("Kees", "Mijn advies: koop een taart en zet er ‘sorry dat ik besta’ op. Grapje!"),
        ], [
            ch("‘Kees, wat wil je Martijn echt meegeven? Iedereen één advies, en Martijn zegt wat hem aanspreekt.’", "evaluatie", "Je benoemt de grap zonder Kees voor schut te zetten en houdt de ronde zoals de methode haar bedoelt: ieder een advies, de inbrenger kiest.", expert=True, minutes=20, gp=10, inc=5, neu=5),
            ch("Je lacht mee en geeft dan zelf het advies dat je al de hele middag op de tong had liggen.", "evaluatie", "Als begeleider geef je geen inhoudelijk advies; je bent er voor het proces. Jouw advies weegt bovendien zwaarder dan dat van de anderen.", minutes=20, neu=-15),
            ch("Je gaat snel door naar Naima en laat de grap van Kees maar liggen, want de tijd tikt.", "evaluatie", "Snel, maar de grap blijft hangen en Kees doet niet echt mee. Een kort ‘en serieus?’ had hem binnengehaald.", minutes=20, inc=-5, tim=5),
        ]),
        sit("evaluatie", "Afronden", 5, [
            ("Naima", "Ik moet zo echt weg."),
            (None, "Martijn heeft drie adviezen opgeschreven. De evaluatie staat nog open."),
        ], [
            ch("‘Laten we de adviesronde nog even doortrekken, want dit levert veel op en de evaluatie kan kort.’", "einde-redelijk", "De evaluatie verdwijnt, en daarmee ook de afspraak over wie de volgende keer een casus meeneemt.", minutes=10, tim=-10, gp=-5, when=("time_left", 10, "einde-haast")),
            ch("‘Een korte ronde: wat neem je mee? En wie brengt de volgende twee keer een casus in?’", "einde-goed", "Je evalueert op tijd en maakt een rooster: dat voorkomt de volgende stilte. Naima kan weg zonder iets te missen.", expert=True, minutes=10, tim=10, gp=10),
        ]),
        end("einde-goed", "Een casus, een vraag en een rooster", [(None, "Martijn heeft een concreet voornemen, de groep weet wie de volgende keer inbrengt en Naima vertrekt op tijd.")]),
        end("einde-redelijk", "Op gang, maar wankel", [(None, "Er is een casus besproken, maar aan het eind zegt iemand: ‘gezellig, maar wat hebben we nu geleerd?’")]),
        end("einde-haast", "Weggelopen evaluatie", [(None, "Naima staat al in haar jas. De evaluatie is een zin, en niemand weet wie de volgende keer een casus meeneemt.")]),
        end("einde-vergadering", "Een vergadering over het rooster", [(None, "Aan het eind is het rooster grondig besproken. Niemand heeft een casus ingebracht. Kees: ‘Lekker gespuid.’")]),
        end("einde-voorzichtig", "Een voorzichtige groep", [(None, "Martijn zegt de rest van de middag weinig. Er wordt een veilige casus besproken, beleefd en zonder eigenaarschap.")]),
    ],
}
# fmt: on
