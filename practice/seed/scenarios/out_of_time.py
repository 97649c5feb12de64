# ruff: noqa: E501  (scenario prose: long Dutch sentences read better unwrapped)
"""Running out of time: guard each step's time, re-plan openly, keep the evaluation (incident method)."""

from ..dsl import ch, end, sit

# fmt: off
OUT_OF_TIME = {
    "slug": "tijd-loopt-uit",
    "title": "De tijd loopt uit",
    "focus": "out_of_time",
    "method": "incidentmethode",
    "summary": "De informatievragen lopen uit, iemand wil van methode wisselen en de evaluatie dreigt te sneuvelen.",
    "briefing": "<p>Leerplichtambtenaren hebben anderhalf uur en werken met de incidentmethode. Peter bracht een gesprek met een schooldirecteur in over een leerling die al weken thuiszit. Het is een half uur na de start; de groep zit in de ronde met informatievragen.</p>",
    "reflection": "Waar laat jij tijd liggen in een bijeenkomst, en welke stap sneuvelt dan als eerste?",
    "clock_start": 30,
    "time_budget": 60,
    "cast": [
        ("Peter", "inbrenger", "Leerplichtambtenaar, wil graag een concreet antwoord."),
        ("Wendy", "deelnemer", "Houdt van variatie in methodes."),
        ("Mohamed", "deelnemer", "Kent de school uit Peters casus."),
        ("Gerda", "tijdbewaker", "Is tijdbewaker, maar raakt zelf in het gesprek."),
    ],
    "situations": [
        sit("start", "Nog één vraag", 2, [
            ("Gerda", "Nog één vraag van mij: heeft de directeur ook de ouders gebeld, of alleen jou?"),
            ("Mohamed", "Die school ken ik trouwens. Daar bellen ze nooit iemand."),
            (None, "Deze stap had tien minuten; het is er nu vijftien."),
        ], [
            ch("‘We zitten vijf minuten over de tijd voor deze stap. Nog twee korte vragen, dan gaan we naar de analyse.’", "methode", "Je benoemt de tijd als feit, niet als verwijt, en geeft een duidelijke grens. Gerda kan haar rol weer oppakken.", expert=True, minutes=5, tim=10, gp=5),
            ch("Je laat de vragen lopen: er komt waardevolle informatie boven, en die kan de analyse straks alleen maar helpen.", "uitloop", "Informatie is er altijd meer. Elke minuut hier gaat straks af van de stappen waarin de groep echt nadenkt.", minutes=15, tim=-15),
            ch("‘Gerda, jij bent de tijdbewaker, dus eigenlijk had jij dit moeten bewaken.’", "methode", "Gerda voor de groep aanspreken op haar rol maakt haar klein. Het tijdsprobleem los je er niet mee op.", minutes=3, saf=-10, emo=-5),
        ]),
        sit("uitloop", "Uitgelopen", 2, [
            (None, "Een kwartier later. Mohamed vertelt over een andere leerling van dezelfde school."),
        ], [
            ch("‘Stop: we zijn twintig minuten over de tijd. Ik stel voor dat we de analyse korter doen. Akkoord?’", "methode", "Herstel: je benoemt hoeveel tijd er weg is en stelt een nieuwe verdeling voor. Beter laat dan nooit.", expert=True, minutes=3, tim=10, gp=5),
            ch("Je laat Mohamed zijn verhaal afmaken; hij is bijna klaar, en daarna gaan jullie gewoon wat sneller door.", "einde-verloren", "‘Daarna snel door’ gebeurt zelden. De bijeenkomst eindigt midden in de analyse.", minutes=20, tim=-15, gp=-5),
        ]),
        sit("methode", "Van methode wisselen?", 3, [
            ("Wendy", "Zullen we niet gewoon de roddelmethode doen? Dit is eerlijk gezegd een beetje saai."),
            (None, "Gerda knikt enthousiast. Peter kijkt verbaasd."),
        ], [
            ch("‘Wat vinden jullie? Laten we even kijken welke methode het beste past bij wat Peter nodig heeft.’", "methodediscussie", "Een discussie over de methode midden in de bijeenkomst kost veel tijd en zet Peter buitenspel.", minutes=10, tim=-10, gp=-5),
            ch("‘Goed idee voor een andere keer; vandaag maken we deze af. Ik zet het op de evaluatielijst.’", "analyse", "Midden in een methode wisselen kost tijd en verwart de inbrenger. Je parkeert het idee zichtbaar, zodat Wendy het terugziet.", expert=True, minutes=2, gp=10, tim=5),
        ]),
        sit("methodediscussie", "De discussie", 3, [
            ("Wendy", "Bij de roddelmethode draait Peter zich om, dan..."),
            ("Gerda", "Of die vijf stappen? Die deden we in maart."),
            (None, "Peter zit erbij en zegt niets."),
        ], [
            ch("Je laat de groep kiezen: als ze zelf een methode kiezen, zijn ze straks ook meer betrokken bij de casus.", "einde-verloren", "Na de keuze moet alles opnieuw beginnen, en er is geen tijd meer voor.", minutes=20, tim=-15, gp=-10),
            ch("‘Ik stop dit: we maken vandaag de incidentmethode af. Peter, sorry voor het oponthoud.’", "analyse", "Herstel: je neemt de leiding over het proces terug en erkent Peter, die erbij zat.", expert=True, minutes=3, gp=10, tim=5),
        ]),
        sit("analyse", "Analyse", 3, [
            ("Mohamed", "Die directeur is altijd zo, dat weet ik van vroeger. Daar krijg je nooit iets gedaan."),
        ], [
            ch("‘Interessant, vertel eens: wat weet jij nog meer van die directeur en hoe hij met leerplicht omgaat, Mohamed?’", "plan", "Je opent een zijspoor over een afwezige derde, met informatie die niet in de casus zit. Het kost tijd en veiligheid.", minutes=15, gp=-10, tim=-5, saf=-5),
            ch("‘Mohamed, jij kent de school. Wat je van buiten de casus weet, laten we erbuiten. Wat zie je bij Peter?’", "plan", "Je benoemt de dubbele kennis en houdt de analyse bij de inbrenger. Zo blijft het een bespreking van Peters handelen, niet van de school.", expert=True, minutes=10, gp=10, neu=5),
        ]),
        sit("plan", "Opnieuw plannen", 4, [
            (None, "Gerda kijkt op de klok en schrikt: er zijn nog vier stappen te gaan, en de evaluatie is de laatste."),
        ], [
            ch("Je gaat in het gewone tempo door en ziet aan het eind wel wat er overblijft voor de evaluatie.", "beslissingen", "Zonder plan sneuvelt vrijwel altijd de evaluatie, en daarmee het moment om van vandaag te leren.", minutes=3, tim=-10, when=("time_left", 25, "einde-geen-evaluatie")),
            ch("‘Voorstel: vijf minuten schrijven, tien delen, tien voor Peter en vijf voor de evaluatie. Akkoord?’", "beslissingen", "Je maakt een nieuw tijdplan en vraagt de groep om instemming. Gerda heeft weer iets om te bewaken.", expert=True, minutes=3, tim=15, gp=5),
            ch("‘We slaan het opschrijven over; dan kunnen we meteen de beslissingen delen en houden we wat tijd over.’", "beslissingen", "Het opschrijven voorkomt dat iedereen na de eerste spreker meegaat. Snel, maar de methode verliest haar kracht.", minutes=3, gp=-10, tim=5),
        ]),
        sit("beslissingen", "Beslissingen delen", 5, [
            ("Wendy", "Ik zou de directeur uitnodigen voor een gesprek samen met de ouders."),
            ("Peter", "Ja, maar dat heb ik al..."),
        ], [
            ch("Je laat Peter kort reageren, want dan weet de groep wat hij al heeft geprobeerd en wat niet meer hoeft.", "werkelijk", "Elk ‘kort’ antwoord wordt een gesprek. De ronde duurt twee keer zo lang en Peter verdedigt zich.", minutes=20, tim=-10, gp=-5),
            ch("‘Peter, je mag nu nog even niet reageren. Schrijf het op; straks is het jouw beurt.’", "werkelijk", "In deze stap luistert de inbrenger. Door het vriendelijk te zeggen, bewaak je de stap en de tijd tegelijk.", expert=True, minutes=15, gp=10, tim=5),
        ]),
        sit("werkelijk", "Wat Peter deed", 6, [
            ("Peter", "Ik heb de directeur een brief gestuurd en gedreigd met een proces-verbaal. Sindsdien reageert hij niet meer. Dus, wat moet ik nou?"),
        ], [
            ch("‘Ik zou Wendy's idee doen: gewoon samen met de ouders om tafel gaan, dat werkt in mijn ervaring altijd.’", "evaluatie", "Je geeft zelf het antwoord. Peter is geholpen, maar het is jouw oplossing, en de begeleider hoort geen inhoud te geven.", minutes=8, neu=-15, when=("time_left", 5, "einde-geen-evaluatie")),
            ch("‘Welk idee van de groep neem je mee, en wat zou je nu anders doen?’", "evaluatie", "Peter wil een antwoord, maar het antwoord moet van hem komen. Je helpt hem kiezen uit wat er ligt.", expert=True, minutes=12, que=10, neu=5, when=("time_left", 5, "einde-geen-evaluatie")),
        ]),
        sit("evaluatie", "De laatste minuten", 7, [
            (None, "Gerda: ‘Nog 10 minuten.’ Iemand pakt zijn tas al."),
        ], [
            ch("‘We laten de evaluatie vandaag maar zitten, dan is iedereen op tijd weg voor de file.’", "einde-geen-evaluatie", "De evaluatie sneuvelt als eerste, en daarmee het moment waarop de groep had kunnen zien waar de tijd bleef.", minutes=1, gp=-10, tim=-5),
            ch("‘Vijf minuten evaluatie. Wat neemt ieder mee, en wat kostte ons vandaag tijd?’", "einde-goed", "Een korte evaluatie, met ook de tijd als onderwerp. Zo leert de groep van deze bijeenkomst voor de volgende.", expert=True, minutes=5, tim=10, gp=10),
        ]),
        end("einde-goed", "Op tijd, met evaluatie", [(None, "De groep sluit precies op tijd af. In de evaluatie spreken ze af dat de tijdbewaker zelf geen vragen stelt, en dat Wendy volgende keer de roddelmethode mag voorstellen.")]),
        end("einde-geen-evaluatie", "Zonder evaluatie", [(None, "Peter heeft een idee, maar niemand heeft teruggekeken. Volgende keer loopt de tijd vermoedelijk op dezelfde plek uit.")]),
        end("einde-verloren", "Tijd op", [(None, "De bijeenkomst eindigt midden in de analyse. Peter gaat weg zonder te weten wat de groep zou doen.")]),
    ],
}
# fmt: on
