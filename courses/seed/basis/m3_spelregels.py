"""Module 3 of the basis course: ground rules, contracting, the frame and the first session."""

from ..blocks import callout, key_points, paras, quiz, reflection, transcript

SPELREGELS = {
    "slug": "spelregels",
    "title": "Spelregels samen opstellen",
    "summary": "Waarom je de groep zelf de afspraken laat maken, en hoe je dat begeleidt.",
    "minutes": 11,
    "blocks": [
        paras(
            "Een groep kan alleen open praten als iedereen weet wat er met dat gesprek "
            "gebeurt. Daarom maakt een groep in de eerste bijeenkomst spelregels. Het is "
            "verleidelijk om daarvoor een kant-en-klaar lijstje uit te delen: het scheelt tijd "
            "en de regels staan er netjes. Toch werkt dat minder goed. Een lijst die je krijgt, "
            "is van de begeleider. Een lijst die je samen maakt, is van de groep, en op regels "
            "van de groep spreken deelnemers elkaar later ook zelf aan.",
            "Samen opstellen betekent niet dat alles onderhandelbaar is. Over een paar dingen "
            "ga je als begeleider niet in discussie: wat in de groep gezegd wordt, blijft in de "
            "groep; meedoen en inbrengen zijn vrijwillig; en binnen de groep is niemand de "
            "leidinggevende van een ander. Die uitgangspunten noem je, en je legt uit waarom ze "
            "er zijn. Daarna vraag je de deelnemers wat zij verder nodig hebben om hier eerlijk te "
            "kunnen zijn.",
        ),
        paras(
            "<strong>Een werkwijze in vier stappen.</strong> Laat eerst iedereen in stilte "
            "opschrijven wat hij nodig heeft om in deze groep iets lastigs in te brengen. Vraag "
            "het concreet: 'Denk aan een keer dat je iets kwetsbaars vertelde en daar spijt van "
            "kreeg. Wat ging er mis?' Laat daarna iedereen zijn punten noemen, zonder discussie, "
            "en schrijf ze op een flap. Zoek vervolgens samen wat bij elkaar hoort en maak er "
            "afspraken van in gewone taal. Vraag tot slot of iedereen zich aan deze afspraken "
            "kan houden, en wat de groep doet als iemand dat niet doet.",
            "Die laatste vraag wordt vaak overgeslagen. Een afspraak zonder gevolg is een wens. "
            "Een groep die zelf zegt 'als iemand zich er niet aan houdt, bespreken we dat aan "
            "het begin van de volgende bijeenkomst', heeft een manier om er later op terug te "
            "komen zonder dat het een verwijt wordt.",
            "Besteed apart aandacht aan <strong>dubbele relaties</strong>. In veel groepen "
            "kennen deelnemers elkaar ook buiten de intervisie, of kennen ze de mensen over wie "
            "een casus gaat. Spreek af dat iemand dat meldt voordat een casus besproken wordt, "
            "en dat de groep dan samen kiest hoe ze ermee omgaat. Soms betekent dat dat iemand "
            "bij die casus alleen luistert.",
        ),
        transcript(
            "Fragment: een lijst uitdelen",
            "Eerste bijeenkomst van een nieuw team. De begeleider heeft een geplastificeerde "
            "kaart meegenomen.",
            [
                (
                    "Begeleider",
                    "Hier staan de spelregels. Ik loop ze even door: vertrouwelijkheid, op "
                    "tijd komen, ik-vorm, elkaar laten uitpraten. Akkoord allemaal?",
                ),
                ("Groep", "(knikt)"),
                ("Begeleider", "Mooi, dan beginnen we met de eerste casus."),
            ],
            [
                "Niemand zegt nee, maar niemand heeft ook iets gezegd. De regels zijn van de "
                "begeleider gebleven.",
                "Wat deze groep zelf spannend vindt, blijft onbekend. Misschien zit er een "
                "deelnemer die bang is dat het bij de teamleider terechtkomt.",
                "Als er later iets misgaat, is het 'de regel van de begeleider' die is "
                "overtreden, en niet een afspraak van de groep.",
            ],
        ),
        transcript(
            "Fragment: samen opstellen",
            "Dezelfde groep, een andere aanpak. Iedereen heeft twee minuten geschreven.",
            [
                (
                    "Begeleider",
                    "Drie dingen liggen vast: wat hier gezegd wordt, blijft hier; inbrengen is "
                    "vrijwillig; en in deze groep is niemand de leidinggevende van een ander. "
                    "Wat heb jij verder nodig? Hasan, wil jij beginnen?",
                ),
                ("Hasan", "Dat er niet wordt gelachen om wat iemand inbrengt."),
                ("Eva", "Dat ik het hoor als mijn casus toch ergens ter sprake komt."),
                (
                    "Begeleider",
                    "Eva, wat zou je dan willen dat er gebeurt, als dat zo is?",
                ),
                ("Eva", "Dat we het hier bespreken, en niet in de wandelgang."),
            ],
            [
                "De begeleider benoemt de vaste uitgangspunten en legt de rest bij de groep.",
                "Ze vraagt door tot een wens een afspraak met een gevolg wordt.",
                "Hasan en Eva noemen dingen die op geen standaardlijst staan, en die later "
                "het verschil maken.",
            ],
        ),
        key_points(
            "Afspraken die vaak terugkomen",
            [
                "Wat hier gezegd wordt, blijft hier: ook bij de koffie maken we er geen grapjes "
                "over.",
                "Meedoen is vrijwillig; niemand wordt gedwongen een casus in te brengen.",
                "Binnen de groep is niemand de leidinggevende van een ander.",
                "We spreken in de ik-vorm en laten elkaar uitpraten.",
                "We zijn op tijd en zeggen alleen af bij ziekte of overmacht.",
                "Een dubbele relatie melden we voordat een casus wordt besproken.",
            ],
        ),
        quiz(
            "Spelregels in de praktijk",
            [
                (
                    "Bij het opstellen van de spelregels zegt een deelnemer: 'Kunnen we niet "
                    "gewoon de lijst van het vorige team overnemen?' Wat doe je?",
                    False,
                    [
                        (
                            "De lijst als voorbeeld nemen en vragen wat deze groep wil",
                            True,
                            "Zo maakt de groep de afspraken tot de hare, zonder opnieuw het "
                            "wiel uit te vinden.",
                        ),
                        (
                            "De lijst overnemen, want de regels zijn toch overal ongeveer "
                            "hetzelfde",
                            False,
                            "Dan mis je wat juist deze groep spannend vindt.",
                        ),
                        (
                            "Uitleggen dat een lijst van een ander team hier helemaal niet mag",
                            False,
                            "Te streng: een voorbeeld mag, zolang de groep zelf kiest.",
                        ),
                    ],
                    "Regels die een groep zelf formuleert, worden ook door de groep bewaakt.",
                ),
                (
                    "Een collega vertelt bij de lunch 'anoniem' over de casus van een andere "
                    "deelnemer. De groep had afgesproken zulke dingen aan het begin van de "
                    "volgende bijeenkomst te bespreken. Wat doe je als begeleider?",
                    False,
                    [
                        (
                            "Het aan het begin van de volgende bijeenkomst agenderen, zoals "
                            "de groep afsprak",
                            True,
                            "Je houdt je aan de afspraak van de groep en maakt het een "
                            "gesprek, geen verhoor.",
                        ),
                        (
                            "De collega meteen na de lunch apart nemen en een waarschuwing geven",
                            False,
                            "Je bent geen leidinggevende; de groep had een eigen aanpak "
                            "afgesproken.",
                        ),
                        (
                            "Niets doen, omdat het anoniem was en er geen namen zijn genoemd",
                            False,
                            "Ook anoniem is de casus vaak herkenbaar, en het vertrouwen "
                            "lijdt eronder.",
                        ),
                    ],
                    "Vertrouwelijkheid geldt ook voor verhalen zonder namen.",
                ),
            ],
        ),
    ],
}

CONTRACTEREN = {
    "slug": "contracteren",
    "title": "Contracteren met groep en organisatie",
    "summary": "Wat je vastlegt in een intervisiecontract, en met wie.",
    "minutes": 9,
    "blocks": [
        paras(
            "In een intervisiecontract leg je vast hoe lang de groep bestaat, hoe vaak je "
            "bijeenkomt, hoe casussen worden ingebracht, wat er vertrouwelijk blijft, en of en "
            "hoe er wordt gerapporteerd. Sommige beroepsverenigingen vragen daarnaast dat je "
            "vooraf afspreekt hoe ver de geheimhouding reikt, bijvoorbeeld als er in een casus "
            "iets strafbaars of onveiligs ter sprake komt.",
            "Vaak betaalt een organisatie voor de intervisie. Dan contracteer je dubbel: met de "
            "groep over veiligheid en werkwijze, en met de opdrachtgever over doel, tijd en wat "
            "die wel en niet te horen krijgt. Maak vooraf helder dat de inhoud van casussen "
            "niet naar de organisatie gaat. Een leidinggevende die begrijpt waarom, kan dat "
            "ook aan zijn team uitleggen.",
            "Een intake met de deelnemer, diens leidinggevende en jou samen is een goed moment "
            "om leerdoelen en verwachtingen af te stemmen. Na afloop van een traject kan een "
            "vergelijkbaar driegesprek de opbrengst bespreken, op het niveau van de leerdoelen "
            "en niet van de casussen.",
        ),
        callout(
            "tip",
            "Rapporteren zonder inhoud",
            "<p>Een opdrachtgever kan horen hoe vaak de groep bijeenkwam, wie er was en welke "
            "thema's in algemene zin speelden, zonder dat één casus herkenbaar wordt. Leg die "
            "grens in het contract vast voordat iemand ernaar vraagt.</p>",
        ),
        quiz(
            "Contracteren",
            [
                (
                    "Halverwege het traject vraagt de afdelingsmanager of je even kunt "
                    "vertellen 'wie er eigenlijk moeite heeft met het nieuwe rooster'. Wat "
                    "past bij het contract?",
                    False,
                    [
                        (
                            "Zeggen dat je over personen niets vertelt, en het thema "
                            "algemeen aanbieden",
                            True,
                            "Je houdt je aan het contract en helpt de opdrachtgever toch.",
                        ),
                        (
                            "Alleen de namen noemen, zonder iets te zeggen over wat zij in "
                            "de groep vertelden",
                            False,
                            "Ook namen zijn inhoud: je breekt de vertrouwelijkheid.",
                        ),
                        (
                            "Voorstellen dat de manager zelf een keer aanschuift om het te horen",
                            False,
                            "Dan zit er een hiërarchische relatie in de groep.",
                        ),
                    ],
                    "Dubbel contracteren beschermt de groep en de opdrachtgever.",
                ),
            ],
        ),
        reflection(
            "Stel dat een manager jou vraagt 'hoe het gaat met die groep'. Wat vertel je wel "
            "en wat niet? Schrijf je antwoord op zoals je het zou zeggen.",
        ),
    ],
}

KADER = {
    "slug": "normatief-methodisch-persoonlijk",
    "title": "Het kader: normatief, methodisch en persoonlijk",
    "summary": "Drie niveaus waarop een vraag kan liggen, en waarop een groep leert.",
    "minutes": 8,
    "blocks": [
        paras(
            "Niet elke vraag gaat over hetzelfde soort leren. Een handig kader onderscheidt "
            "drie niveaus. Op het <strong>normatieve</strong> niveau gaat het om waarden, "
            "normen en beroepsethiek: wat vind ik juist, wat mag, wat verwacht mijn beroep of "
            "mijn organisatie van mij, en wat doe ik als dat botst? Op het "
            "<strong>methodische</strong> niveau gaat het om aanpak en vakmanschap: welke "
            "werkwijze kies ik, hoe voer ik een gesprek, in welke volgorde pak ik iets aan? Op "
            "het <strong>persoonlijke</strong> niveau gaat het om jezelf: je gevoelens, je "
            "overtuigingen, je patronen, je kwaliteiten en je valkuilen.",
            "Eén en dezelfde situatie kan op alle drie de niveaus spelen. Neem een jeugdwerker "
            "die een jongere belooft iets niet door te vertellen, en daarna hoort dat die "
            "jongere wordt bedreigd. Normatief: mag ik die belofte breken, en wat zegt mijn "
            "beroepscode? Methodisch: hoe voer ik het gesprek waarin ik vertel dat ik het toch "
            "moet melden? Persoonlijk: waarom beloofde ik het eigenlijk, en wat zegt dat over "
            "hoe graag ik het vertrouwen van jongeren wil houden?",
        ),
        paras(
            "<strong>Waarom het helpt.</strong> Als de groep niet weet op welk niveau de vraag "
            "ligt, lopen de vragen alle kanten op. De een vraagt naar de beroepscode, de ander "
            "naar de gesprekstechniek, een derde naar hoe het voelde. Als begeleider kun je het "
            "kader hardop gebruiken: 'Ik hoor een vraag over wat juist is, en een vraag over "
            "hoe je het aanpakt. Waar wil je vandaag het meest aan werken?'",
            "Het kader helpt ook bij het terugkijken. Laat deelnemers in het logboek noteren "
            "wat ze op elk niveau leerden. Wie na een half jaar alleen methodische lessen ziet "
            "staan, durft misschien nog niet persoonlijk te worden. Wie alleen persoonlijke "
            "lessen ziet, kan zich afvragen of de groep nog genoeg over het vak praat.",
            "Let op: het persoonlijke niveau is geen therapie. Het gaat om hoe jouw "
            "overtuigingen en gevoelens je handelen in het werk kleuren, niet om waar ze "
            "vandaan komen.",
        ),
        key_points(
            "Drie niveaus, drie soorten vragen",
            [
                "Normatief: wat vind ik juist, wat verwacht mijn beroep, waar botst dat?",
                "Methodisch: welke aanpak kies ik, en hoe voer ik die uit?",
                "Persoonlijk: wat voel en denk ik, en welk patroon herken ik in mezelf?",
            ],
        ),
        quiz(
            "Op welk niveau ligt de vraag?",
            [
                (
                    "Een wijkverpleegkundige vraagt: 'Een cliënt wil niet dat ik zijn dochter "
                    "vertel hoe slecht het gaat, maar ik vind dat zij het moet weten. Wat doe "
                    "ik?' Op welk niveau ligt deze vraag vooral?",
                    False,
                    [
                        (
                            "Normatief: haar eigen oordeel botst met de wens van de cliënt",
                            True,
                            "Ja: het gaat om wat juist is, en wie dat bepaalt.",
                        ),
                        (
                            "Methodisch: ze zoekt een goede manier om het gesprek te voeren",
                            False,
                            "Dat komt later misschien, maar eerst speelt de vraag wat mag.",
                        ),
                        (
                            "Persoonlijk: ze worstelt vooral met haar eigen gevoel bij de dochter",
                            False,
                            "Dat kan meespelen, maar haar vraag gaat over wat juist is.",
                        ),
                    ],
                    "Een normatieve vraag gaat over waarden en over wat het beroep vraagt.",
                ),
                (
                    "Een deelnemer ziet na een half jaar in haar logboek alleen lessen als "
                    "'ik gebruik voortaan een agenda in het gesprek'. Welke vraag stel je haar "
                    "in het tussengesprek?",
                    False,
                    [
                        (
                            "Wat maakt dat je vooral over aanpak schrijft en weinig over jezelf?",
                            True,
                            "Een open vraag die haar zelf laat kijken naar wat ontbreekt.",
                        ),
                        (
                            "Zou je de komende tijd niet wat meer persoonlijke lessen opschrijven?",
                            False,
                            "Een advies in vraagvorm; ze gaat dan doen wat jij wilt.",
                        ),
                        (
                            "Welke methode heeft de groep het vaakst gebruikt dit halfjaar?",
                            False,
                            "Die vraag gaat over de groep, niet over haar leren.",
                        ),
                    ],
                    "Het kader helpt je zien welk leren ontbreekt, zonder te oordelen.",
                ),
            ],
        ),
    ],
}

EERSTE_BIJEENKOMST = {
    "slug": "eerste-bijeenkomst",
    "title": "De eerste bijeenkomst opzetten",
    "summary": "Kennismaken, spelregels, leerdoelen en de eerste casus.",
    "minutes": 9,
    "blocks": [
        paras(
            "In een eerste bijeenkomst wil je drie dingen bereiken: de deelnemers kennen "
            "elkaar en de bedoeling van intervisie, de spelregels zijn samen gemaakt, en de "
            "groep heeft één keer een methode doorlopen. Dat is veel voor twee uur, dus plan "
            "strak en houd de eerste casus klein.",
            "Een mogelijke opbouw: een kwartier kennismaken, waarin iedereen vertelt wat hij "
            "van intervisie verwacht en waar hij tegen opziet; drie kwartier spelregels; "
            "vijftig minuten voor een eerste casus met een ingekorte incidentmethode; en tien "
            "minuten evaluatie. "
            "Vraag de deelnemers vooraf om een klein, recent voorval te bedenken, zodat je "
            "niet de helft van de tijd kwijt bent aan de vraag wie er iets heeft.",
            "Laat iedereen ook een persoonlijk leerdoel formuleren, of sluit aan bij de doelen "
            "uit de intake. Een goed leerdoel is positief en haalbaar, beschrijft concreet "
            "gedrag met een termijn zodat je het kunt nagaan, ligt binnen de eigen invloed en "
            "motiveert. 'Ik wil dat mijn collega's beter luisteren' voldoet niet: het gaat over "
            "anderen. 'Voor de zomer vat ik in elk teamoverleg minstens één keer samen wat een "
            "collega zei, voordat ik reageer' wel.",
        ),
        quiz(
            "Een goed leerdoel",
            [
                (
                    "Welk leerdoel ligt in je eigen hand, en kun je na drie maanden het best "
                    "nagaan?",
                    False,
                    [
                        (
                            "Voor de zomer stel ik in elk teamoverleg minstens één open vraag "
                            "voordat ik reageer.",
                            True,
                            "Concreet gedrag, een termijn en in eigen hand.",
                        ),
                        (
                            "Voor de zomer zorg ik ervoor dat mijn collega's mij in elk "
                            "overleg laten uitpraten.",
                            False,
                            "Dit hangt af van het gedrag van anderen.",
                        ),
                        (
                            "Voor de zomer ben ik een betere en rustigere gesprekspartner "
                            "voor iedereen.",
                            False,
                            "Te vaag om na te gaan: wat doe je dan anders?",
                        ),
                    ],
                    "Concreet gedrag, een termijn en eigen invloed maken een leerdoel bruikbaar.",
                ),
            ],
        ),
        reflection(
            "Schrijf de eerste drie minuten van jouw eerste bijeenkomst uit: wat zeg je "
            "letterlijk als iedereen zit?",
            "Denk aan wie je bent, wat de groep vandaag gaat doen, en hoe lang het duurt.",
        ),
    ],
}

MODULE = {
    "slug": "spelregels-en-contract",
    "title": "Spelregels, contract en kader",
    "summary": "Samen afspraken maken, contracteren met groep en organisatie, en het kader "
    "waarbinnen de groep leert.",
    "lessons": [SPELREGELS, CONTRACTEREN, KADER, EERSTE_BIJEENKOMST],
}
