# ruff: noqa: E501  (scenario prose: long Dutch sentences read better unwrapped)
"""The case-bringer cries: pause, give the choice back, keep the limit with therapy, aftercare."""

from ..dsl import ch, end, sit

# fmt: off
TEARS = {
    "slug": "de-inbrenger-huilt",
    "title": "De inbrenger huilt",
    "focus": "tears",
    "method": "balint",
    "summary": "Midden in de vragenronde breekt de stem van de inbrenger. De groep wil helpen, troosten en oplossen, allemaal tegelijk.",
    "briefing": "<p>Een intervisiegroep van leerkrachten basisonderwijs werkt met de Balintmethode. Esther brengt een gesprek in met een vader die tegen haar schreeuwde en met zijn vuist op haar tafel sloeg. Jullie zitten in de ronde met verhelderende vragen.</p>",
    "reflection": "Wat gebeurt er bij jou als iemand in de groep emotioneel wordt, en hoe bewaak je dan tegelijk de persoon, het proces en de grens met therapie?",
    "clock_start": 40,
    "time_budget": 70,
    "cast": [
        ("Esther", "inbrenger", "Leerkracht groep 6, betrokken, neemt veel mee naar huis."),
        ("Bart", "deelnemer", "Oplossingsgericht; denkt graag in procedures."),
        ("Femke", "deelnemer", "Warm en zorgzaam; wil troosten en begrijpen."),
        ("Daan", "deelnemer", "Nuchter; stelt korte, feitelijke vragen."),
    ],
    "situations": [
        sit("start", "De stem breekt", 6, [
            ("Daan", "Wat deed je op het moment dat hij met zijn vuist op tafel sloeg?"),
            ("Esther", "Ik... ik deed niks. Ik stond daar gewoon."),
            (None, "Haar stem breekt. Ze kijkt naar haar handen. Femke pakt de zakdoekjes, Bart schuift naar voren."),
        ], [
            ch("‘Daan, stel je volgende vraag maar; Esther geeft zelf wel aan als het niet meer gaat.’", "doorgaan", "Als je doorgaat alsof er niets gebeurt, laat je Esther alleen met wat haar overvalt. Storingen hebben voorrang: eerst zien wat er is.", minutes=5, emo=-15, saf=-10, gp=-5, when=("safety", 50, "dichtgeklapt")),
            ch("‘Ik zie dat dit je raakt, Esther. We nemen even de tijd. Wat gebeurt er nu bij je?’", "ruimte", "Je benoemt wat je ziet, erkent het en houdt even stil. Daarmee krijgt de emotie een plek zonder dat iemand haar wegpoetst of oplost.", expert=True, minutes=3, emo=15, saf=10, gp=5),
            ch("Je laat Femke de zakdoekjes aangeven en Bart vertellen hoe hij zoiets zelf zou aanpakken op zijn school.", "troost", "Troosten en oplossen tegelijk is goed bedoeld, maar het neemt de regie van Esther over. Ze moet nu ook nog de groep geruststellen.", minutes=5, emo=-5, neu=-10, gp=-10),
        ]),
        sit("doorgaan", "Korte antwoorden", 6, [
            ("Daan", "Was er iemand anders in het lokaal?"),
            ("Esther", "Nee. Het is goed. Ga maar door."),
            (None, "Ze veegt snel haar wangen droog. De groep kijkt ongemakkelijk naar jou."),
        ], [
            ch("‘Goed, dan gaan we verder met de vragen; wie heeft er nog een vraag voor Esther over die middag?’", "einde-beleefd", "Esther houdt zich groot en de bespreking blijft aan de oppervlakte. Wat haar werkelijk raakte, komt niet meer op tafel.", minutes=25, emo=-10, saf=-5),
            ch("‘Ik stop toch even: ik zag net dat het je raakte en liep eroverheen. Wil je een moment?’", "ruimte", "Herstel: je benoemt je eigen gemiste moment en biedt alsnog de pauze aan. Dat maakt het voor iedereen veiliger om te laten zien wat er is.", expert=True, minutes=3, emo=10, saf=10, gp=5),
        ]),
        sit("dichtgeklapt", "Esther klapt dicht", 6, [
            ("Esther", "Laten we het maar over iets anders hebben. Het stelt ook niet zoveel voor."),
            (None, "Niemand zegt iets. Femke kijkt je aan."),
        ], [
            ch("‘Het stelt wel iets voor, en ik had eerder moeten stoppen. Wat heb je nu nodig: pauze, doorgaan of stoppen?’", "keuze-esther", "Herstel in een onveilige groep: je neemt je eigen deel op je, en je geeft Esther de keuze terug in plaats van voor haar te beslissen.", expert=True, minutes=5, emo=10, saf=10),
            ch("‘Dat is jouw keuze, Esther. Wie heeft er nog een andere casus voor de tweede helft?’", "einde-dichtgeklapt", "Je volgt haar schaamte in plaats van haar vraag. De groep leert dat emotie hier een casus beëindigt.", minutes=30, emo=-10, saf=-10),
        ]),
        sit("troost", "Iedereen helpt", 6, [
            ("Femke", "Ach meid, dat zou iedereen overkomen. Jij bent echt een goede juf."),
            ("Bart", "En je moet het gewoon bij de directie melden, dan ben je ervan af."),
            (None, "Esther knikt, maar kijkt niemand aan."),
        ], [
            ch("‘Bart heeft een punt: meld het eerst bij de directie, dan kunnen we daarna rustig verder met de vragen.’", "einde-beleefd", "Je geeft zelf inhoudelijk advies en sluit het gevoel af met een procedure. Esther is ‘geholpen’ en zegt verder weinig.", minutes=25, neu=-10, emo=-10),
            ch("‘Ik hoor veel goede bedoelingen. Even stil. Esther, wat gebeurt er nu bij jou?’", "ruimte", "Herstel: je stopt het helpen zonder iemand voor schut te zetten en geeft Esther het woord terug. Zij bepaalt wat ze nodig heeft.", expert=True, minutes=3, gp=10, emo=10, neu=5),
        ]),
        sit("ruimte", "Ruimte voor wat er is", 6, [
            ("Esther", "Ik schaam me. Ik bevroor gewoon, terwijl ik de juf ben."),
            ("Femke", "Waarom bevroor je, denk je? Heeft dat misschien met vroeger te maken?"),
        ], [
            ch("Je laat Femkes vraag staan: misschien is dit precies waar het om gaat, en Esther kan zelf nee zeggen.", "therapie", "‘Waarom bevroor ik’ en ‘vroeger’ sturen het gesprek naar therapie. Intervisie gaat over je handelen in je werk; dat is de grens die jij bewaakt.", minutes=10, emo=-10, gp=-10, saf=-5),
            ch("‘Femke, dat hoort in een ander gesprek. Esther: even pauze, doorgaan of stoppen met de casus?’", "keuze-esther", "Je bewaakt de grens met therapie zonder Femke voor schut te zetten, en Esther kiest zelf. Een pauze aanbieden is hier precies goed.", expert=True, minutes=8, gp=10, emo=10, saf=5),
            ch("‘We stoppen voor vandaag met deze casus, Esther; het is te veel, en dat is niet erg.’", "einde-beleefd", "Je beslist voor haar. Goedbedoeld, maar Esther verliest de regie over haar eigen casus.", minutes=20, emo=-5, neu=-5, when=("safety", 55, "einde-dichtgeklapt")),
        ]),
        sit("therapie", "Terug naar vroeger", 6, [
            ("Esther", "Misschien wel. Mijn vader kon ook zo tekeergaan..."),
            (None, "Het wordt stil. Femke knikt begripvol. Daan kijkt naar de klok."),
        ], [
            ch("‘Dank je dat je dat deelt. Dat verdient aandacht buiten deze groep; hier kijken we naar wat je in de klas doet. Wat heb je nu nodig?’", "keuze-esther", "Herstel: je erkent wat ze deelt, noemt de grens van intervisie en brengt het gesprek terug naar haar werk. Na afloop kun je haar wijzen op hulp elders.", expert=True, minutes=8, gp=10, emo=5),
            ch("‘Wil je daar wat meer over vertellen? Het lijkt me belangrijk.’", "einde-therapie", "Je gaat als groep de rol van hulpverlener spelen. Daar is intervisie niet voor, en niemand heeft hiervoor afspraken gemaakt.", minutes=25, gp=-15, saf=-10),
        ]),
        sit("keuze-esther", "Esther kiest", 6, [
            ("Esther", "Vijf minuten pauze graag. Daarna wil ik verder; ik wil leren wat ik de volgende keer doe."),
            (None, "Na de pauze zit iedereen weer. Bart heeft iets opgeschreven en steekt meteen van wal."),
            ("Bart", "Er is een protocol voor agressie op school. Dat moet je gewoon volgen!"),
        ], [
            ch("‘Ja, dat protocol is belangrijk, Bart. Wil je Esther even uitleggen hoe het precies werkt bij jullie op school?’", "advies-schrijven", "Je laat een inhoudelijke uitleg toe midden in de vragenronde. De stap verschuift naar advies, en Esther krijgt een college in plaats van ruimte.", minutes=15, gp=-10, neu=-5, tim=-5),
            ch("‘Belangrijk punt, Bart; dat krijgt straks een eigen plek. We zitten nog bij vragen. Wie heeft er een?’", "advies-schrijven", "Je parkeert het advies zonder het weg te wuiven: de melding na agressie is nazorg, en die komt terug aan het eind. Nu blijft de stap heel.", expert=True, minutes=12, gp=10, neu=5),
            ch("Je zegt niets en kijkt naar Daan, in de hoop dat hij met een vraag komt.", "advies-schrijven", "Stilzwijgen laat Barts ‘moet’ in de lucht hangen. Esther hoort weer wat ze fout deed.", minutes=12, gp=-5, emo=-5),
        ]),
        sit("advies-schrijven", "Stil schrijven", 7, [
            (None, "Iedereen schrijft zijn advies op. Esther zit met haar armen over elkaar en staart naar het raam."),
        ], [
            ch("Je vult de stilte met een paar bemoedigende woorden, zodat Esther niet alleen met haar gedachten zit.", "adviezen-delen", "Praten in een stille stap haalt iedereen uit het schrijven, en Esther krijgt weer aandacht waar ze niet om vroeg.", minutes=5, gp=-5, tim=-5),
            ch("Je maakt kort oogcontact met Esther en knikt, en laat de stilte verder bestaan.", "adviezen-delen", "Je ziet haar zonder de stap te verstoren. Stilte is hier werk, geen leegte.", expert=True, minutes=5, emo=5, gp=5),
            ch("‘Esther, gaat het wel? Anders stoppen we hier, hoor.’", "adviezen-delen", "Wie steeds vraagt of het gaat, maakt van Esther een patiënt. Ze koos zelf om door te gaan.", minutes=5, emo=-5, neu=-5),
        ]),
        sit("adviezen-delen", "Adviezen voorlezen", 8, [
            ("Bart", "Mijn advies: je had meteen de deur open moeten doen en een collega moeten roepen."),
            (None, "Esther zwijgt, zoals de methode vraagt. Haar kaak staat strak."),
        ], [
            ch("‘Bart, kun je dat zeggen als advies voor een volgende keer? Wat ‘je had moeten’ maakt er een oordeel van.’", "besluit", "Een advies kijkt vooruit; ‘had moeten’ kijkt achteruit en beschuldigt. Je helpt Bart zijn idee bruikbaar te maken.", expert=True, minutes=15, gp=5, emo=10, que=5),
            ch("Je laat het zo staan: in deze stap zwijgt de inbrenger, en ieder advies mag gewoon gezegd worden.", "besluit", "Het zwijgen van de inbrenger is juist een reden om op de toon te letten. Een verwijt blijft nu onweersproken hangen.", minutes=15, emo=-10),
            ch("‘Dank je, Bart. Femke, lees jij het jouwe even voor?’", "besluit", "Netjes de beurt doorgeven, maar het verwijt in Barts advies blijft staan.", minutes=15, emo=-5),
        ]),
        sit("besluit", "Esther besluit", 9, [
            ("Esther", "Ik wil een volgend gesprek met deze vader niet meer alleen voeren. En ik wil een zin klaar hebben als het weer misgaat."),
        ], [
            ch("‘Zal ik je vertellen wat ik zelf zeg als een ouder boos wordt? Dat werkt bij mij altijd goed.’", "nazorg", "Als begeleider geef je geen inhoudelijk advies, ook niet als het besluit er al ligt. Je eigen aanpak wordt zo de norm.", minutes=5, neu=-15),
            ch("‘Wat heb je daarvoor nodig, van school en van jezelf?’", "nazorg", "Een open vraag die haar besluit concreet maakt. Ze zegt zelf dat ze haar intern begeleider wil vragen erbij te zijn.", expert=True, minutes=5, que=10, gp=5),
            ch("‘Mooi besluit, Esther. Dan gaan we door naar de evaluatie van vandaag, want we houden tijd over.’", "nazorg", "Je rondt af zonder haar besluit concreet te maken: wie, wanneer, met welke zin?", minutes=3, que=-5),
        ]),
        sit("nazorg", "Evaluatie en nazorg", 10, [
            (None, "Esther lijkt opgelucht. De groep evalueert. Bart: ‘Is het eigenlijk gemeld?’ Esther schudt haar hoofd."),
        ], [
            ch("‘Is het incident gemeld volgens het protocol van school? Ik bel je morgen, en de vertrouwenspersoon is er ook.’", "einde-goed", "Agressie vraagt nazorg: een melding volgens het protocol, een vertrouwenspersoon en een check-in na afloop. Dat bespreek je kort, en de rest laat je bij haar.", expert=True, minutes=10, emo=10, gp=10, saf=5),
            ch("‘Het is belangrijk dat we ons als groep kwetsbaar durven op te stellen. Hoe kijken jullie terug op de bijeenkomst?’", "einde-zonder-nazorg", "Een mooie evaluatie, maar Esther gaat naar huis met een niet-gemeld incident en zonder dat iemand na vandaag naar haar vraagt.", minutes=10, emo=-10, gp=-5),
            ch("‘Laten we nog even samen kijken waarom Esther bevroor; dat kan ons allemaal iets leren over onszelf.’", "einde-therapie", "Dat is graven in haar binnenwereld, zonder afspraken en zonder deskundigheid. De nazorg zelf blijft liggen.", minutes=10, gp=-15, emo=-10),
        ]),
        end("einde-goed", "Gezien, en goed geregeld", [(None, "Esther gaat naar huis met een plan voor het volgende gesprek, een melding die ze morgen doet en de wetenschap dat jij haar belt. De groep heeft gezien dat emotie hier mag.")]),
        end("einde-zonder-nazorg", "Mooi gesprek, losse eindjes", [(None, "De bespreking was waardevol, maar het incident is niet gemeld en niemand vraagt na vandaag hoe het met Esther gaat.")]),
        end("einde-beleefd", "Beleefd en aan de oppervlakte", [(None, "De bijeenkomst loopt netjes af. Esther bedankt iedereen, maar de vraag waarmee ze kwam, is niet beantwoord.")]),
        end("einde-dichtgeklapt", "Dichtgeklapt", [(None, "Esther zegt de rest van de middag niets meer. In de evaluatie zegt iemand: ‘Misschien moeten we het hier maar niet meer over gevoelens hebben.’")]),
        end("einde-therapie", "Een therapiesessie zonder therapeut", [(None, "Het gesprek gaat over Esthers jeugd. Niemand weet hoe het te stoppen, en Esther gaat leeg en onrustig naar huis.")]),
    ],
}
# fmt: on
