"""Module 1 of the basis course: what intervisie is, and what it is not."""

from ..blocks import callout, key_points, paras, quiz, reflection

MODULE = {
    "slug": "wat-intervisie-is",
    "title": "Wat intervisie is, en wat niet",
    "summary": "Het verschil met supervisie, coaching en therapie, en waarom de focus op je "
    "eigen handelen ligt.",
    "lessons": [
        {
            "slug": "leren-van-gelijken",
            "title": "Leren van gelijken",
            "summary": "Wat er gebeurt als collega's zonder hiërarchie samen naar werk kijken.",
            "minutes": 9,
            "blocks": [
                paras(
                    "Intervisie is een vaste vorm waarin professionals die gelijkwaardig aan "
                    "elkaar zijn, geregeld samenkomen om van hun eigen praktijk te leren. "
                    "Niemand in de groep is de baas van een ander, en niemand is de expert die "
                    "het antwoord al weet. Juist daardoor kan iemand een situatie inbrengen waar "
                    "hij of zij mee worstelt, zonder dat daar een oordeel over het functioneren "
                    "aan vastzit.",
                    "Het materiaal is altijd een echte casus uit het werk van een van de "
                    "deelnemers. De groep kijkt daarbij niet in de eerste plaats naar de inhoud "
                    "van het probleem, maar naar de manier waarop de inbrenger ermee omgaat. Wat "
                    "denkt die persoon, wat voelt hij, wat doet hij, en waar loopt het vast? Een "
                    "wijkverpleegkundige die vastloopt met een cliënt die zorg weigert, leert "
                    "dus niet vooral iets over zorgweigering. Ze leert iets over haar eigen "
                    "neiging om te blijven overtuigen, of over haar aarzeling om een grens te "
                    "trekken.",
                    "Een bijeenkomst duurt minstens een uur en meestal ongeveer twee uur. "
                    "Groepen komen bijvoorbeeld elke zes tot acht weken samen en blijven vaak "
                    "anderhalf tot twee jaar bij elkaar. In die tijd groeit er vertrouwen, en "
                    "dat vertrouwen maakt de gesprekken steeds eerlijker.",
                ),
                paras(
                    "<strong>Een voorbeeld.</strong> In een groep van zes ambulant begeleiders "
                    "brengt Noor een situatie in. Een cliënt belt haar steeds buiten werktijd, "
                    "en ze neemt elke keer op. Een collega vraagt: 'Hoe oud is die cliënt?' Een "
                    "ander vraagt: 'Wat gebeurt er bij jou als je zijn naam op je scherm ziet?' "
                    "De eerste vraag gaat over de casus, de tweede over Noor. Na de tweede "
                    "vraag is het even stil. Dan zegt Noor dat ze bang is dat er iets misgaat "
                    "als ze niet opneemt, en dat ze zich dan schuldig zou voelen. Daar zit haar "
                    "leerpunt, en niet in de leeftijd van de cliënt.",
                    "Dat verschil is de kern van intervisie. Als begeleider help je de groep "
                    "steeds weer van de casus naar de inbrenger te gaan, zonder de casus weg te "
                    "zetten. Je hebt de feiten nodig om de situatie te begrijpen, maar het leren "
                    "gebeurt pas als de inbrenger naar zichzelf gaat kijken.",
                ),
                key_points(
                    "Kenmerken van intervisie",
                    [
                        "Deelnemers zijn gelijkwaardig: binnen de groep is niemand "
                        "leidinggevende van een ander, en niemand beoordeelt.",
                        "Er wordt gewerkt met echte, actuele casussen van de deelnemers zelf.",
                        "Het gaat om het eigen handelen van de inbrenger, niet om de vakinhoud.",
                        "De groep volgt een vaste methode met duidelijke stappen.",
                        "Eerst verbreden en onderzoeken, pas later samenvatten en adviseren.",
                    ],
                ),
                quiz(
                    "Kijk je naar de casus of naar de inbrenger?",
                    [
                        (
                            "Kees brengt in dat een moeder hem tijdens een gesprek uitschold. "
                            "Welke vraag van een deelnemer helpt Kees het meest om van zijn "
                            "situatie te leren?",
                            False,
                            [
                                (
                                    "Wat deed jij op het moment dat ze begon te schelden?",
                                    True,
                                    "Deze vraag gaat over het handelen van Kees zelf.",
                                ),
                                (
                                    "Heeft die moeder al vaker zo gereageerd op school?",
                                    False,
                                    "Een feitenvraag over de ouder: nuttig voor het beeld, "
                                    "maar Kees leert er weinig van over zichzelf.",
                                ),
                                (
                                    "Weet je of de school een protocol voor agressie heeft?",
                                    False,
                                    "Een kennisvraag, en eigenlijk een verkapte tip.",
                                ),
                            ],
                            "In intervisie leert de inbrenger vooral iets over zijn eigen "
                            "denken en doen.",
                        ),
                        (
                            "Een afdeling wil intervisie starten. Welke samenstelling past "
                            "bij leren van gelijken?",
                            False,
                            [
                                (
                                    "Zes ervaren collega's, van wie niemand de leidinggevende "
                                    "van een ander is",
                                    True,
                                    "Gelijkwaardig in de groep: dat is de voorwaarde.",
                                ),
                                (
                                    "Vijf medewerkers en hun teamleider, die de groep ook "
                                    "begeleidt en alles goed kent",
                                    False,
                                    "De teamleider beoordeelt deze mensen ook; dan praat "
                                    "niemand meer vrijuit.",
                                ),
                                (
                                    "Zes collega's en een senior die de casussen achteraf "
                                    "inhoudelijk beoordeelt",
                                    False,
                                    "Een beoordelaar maakt er supervisie van, geen intervisie.",
                                ),
                            ],
                            "Het gaat om de verhouding binnen de groep: geen hiërarchie en "
                            "geen beoordeling.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "intervisie-naast-andere-vormen",
            "title": "Intervisie naast supervisie, coaching en therapie",
            "summary": "Waar de grenzen liggen en waarom die grenzen de groep beschermen.",
            "minutes": 7,
            "blocks": [
                paras(
                    "Bij <strong>supervisie</strong> kijkt een ervaren deskundige als het ware "
                    "van bovenaf mee. De supervisor heeft meer kennis en ervaring, geeft "
                    "opdrachten, stuurt bij en beoordeelt soms ook. In intervisie ontbreekt die "
                    "verticale lijn. Collega's leren van elkaar, en de begeleider bewaakt alleen "
                    "het proces.",
                    "<strong>Coaching</strong> is meestal een gesprek tussen twee mensen en "
                    "richt zich op de doelen van één persoon. In intervisie helpt een hele groep "
                    "mee, en de anderen leren van elke casus die op tafel komt. Wie luistert "
                    "naar de casus van een collega, herkent vaak een eigen patroon.",
                    "Intervisie is ook <strong>geen therapie</strong>. Gevoelens mogen er zijn "
                    "en horen erbij; een casus die niets met je doet, levert weinig op. Maar de "
                    "groep gaat niet aan de slag met iemands levensgeschiedenis, jeugd of "
                    "psychische klachten. Daar is de groep niet voor opgeleid, en daar hebben "
                    "deelnemers ook niet voor gekozen. Als begeleider bewaak je die grens: "
                    "vriendelijk, maar duidelijk.",
                ),
                paras(
                    "<strong>Hoe dat klinkt.</strong> Stel dat een deelnemer in een vragenronde "
                    "vraagt: 'Herken je dit patroon misschien van thuis, van vroeger?' De "
                    "inbrenger aarzelt. Je kunt dan zeggen: 'Ik stop hier even. Dat is een vraag "
                    "die ver buiten je werk gaat, en daar hoef je hier niet op in te gaan. Wat "
                    "ik wel hoor, is dat je in dit soort gesprekken snel toegeeft. Wie heeft een "
                    "vraag over wat er op dat moment in jou omgaat?'",
                    "Je keurt de vraag niet af en je zet de vragensteller niet voor schut. Je "
                    "brengt het gesprek terug naar het werk en houdt wat bruikbaar was. Merk je "
                    "dat iemand meer nodig heeft dan de groep kan geven, bespreek dat dan na "
                    "afloop onder vier ogen, en wijs eventueel op de bedrijfsarts, de "
                    "vertrouwenspersoon of de eigen huisarts.",
                ),
                callout(
                    "warning",
                    "Let op de grens",
                    "<p>Gaat een casus vooral over privéleed, benoem dan dat de groep daar niet "
                    "voor bedoeld is. Vraag wat de inbrenger in het werk anders wil doen, en "
                    "bied aan om na de bijeenkomst apart te praten.</p>",
                ),
                quiz(
                    "Herken de vorm",
                    [
                        (
                            "Een ervaren collega bekijkt opnames van jouw gesprekken, zegt wat "
                            "er beter moet en geeft je huiswerk mee. Welke vorm is dit?",
                            False,
                            [
                                (
                                    "Supervisie",
                                    True,
                                    "Ja: een deskundige kijkt mee, stuurt bij en geeft opdrachten.",
                                ),
                                (
                                    "Intervisie",
                                    False,
                                    "In intervisie beoordeelt niemand de ander.",
                                ),
                                (
                                    "Een coachingsgesprek",
                                    False,
                                    "Een coach beoordeelt meestal niet en geeft geen "
                                    "vakinhoudelijke opdrachten.",
                                ),
                            ],
                            "De verticale verhouding maakt het supervisie.",
                        ),
                        (
                            "Tijdens de vragenronde vertelt een inbrenger dat ze al maanden "
                            "slecht slaapt en thuis veel huilt. Wat doe je als begeleider?",
                            False,
                            [
                                (
                                    "Erkennen wat ze zegt, terug naar haar werkvraag, en na "
                                    "afloop apart praten",
                                    True,
                                    "Je neemt haar serieus en bewaakt de grens van de groep.",
                                ),
                                (
                                    "De groep vragen om samen uit te zoeken waar haar "
                                    "slapeloosheid vandaan komt",
                                    False,
                                    "Dan wordt de groep een therapiegroep zonder deskundigheid "
                                    "en zonder afspraken.",
                                ),
                                (
                                    "Het laten rusten en snel doorgaan met de volgende vraag "
                                    "uit de vragenronde",
                                    False,
                                    "Wegkijken voelt voor haar als niet gehoord worden.",
                                ),
                            ],
                            "Gevoelens horen erbij; behandeling hoort er niet bij.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "wat-intervisie-oplevert",
            "title": "Wat intervisie oplevert",
            "summary": "Leren op drie niveaus, en wat een groep na anderhalf jaar kan.",
            "minutes": 7,
            "blocks": [
                paras(
                    "Een goede bijeenkomst levert de inbrenger een scherper beeld van zijn "
                    "vraag op, en vaak één of twee concrete ideeën om uit te proberen. Maar de "
                    "opbrengst is breder. Deelnemers leren beter luisteren, open vragen stellen "
                    "en hun oordeel uitstellen. Dat zijn vaardigheden die ze ook in hun gewone "
                    "werk gebruiken, in gesprekken met cliënten, ouders of collega's.",
                    "Het helpt om het leren op drie niveaus te bekijken. Wat leerde de groep "
                    "over de <em>casus</em>? Wat leerde de groep over de <em>methode</em>, dus "
                    "over de manier van bespreken? En wat leerde de groep over de "
                    "<em>samenwerking</em>, over hoe ze met elkaar omgaan? Veel groepen houden "
                    "daarnaast een logboek bij met de besproken situaties, de leervragen en wat "
                    "ieder heeft geleerd.",
                    "Op langere termijn is het doel vaak dat de groep zonder externe begeleider "
                    "verder kan. Een groep die na anderhalf jaar zelf een methode kiest, de "
                    "tijd bewaakt en elkaar aanspreekt als iemand te snel adviseert, heeft iets "
                    "geleerd wat blijft.",
                ),
                callout(
                    "example",
                    "Wat een groep na een jaar zegt",
                    "<p>'In het begin vonden we het onnatuurlijk dat we geen tips mochten geven. "
                    "Nu merken we dat we in ons gewone werk ook vaker eerst een vraag stellen. "
                    "En als er toch iemand begint met "
                    "<em>heb je al eens geprobeerd</em>, dan lachen we en zegt iemand: "
                    "adviesronde!'</p>",
                ),
                key_points(
                    "Wat deelnemers meenemen",
                    [
                        "Een scherpere leervraag en een volgende stap die ze zelf kunnen zetten.",
                        "Vaardigheden: luisteren, doorvragen, samenvatten, oordeel uitstellen.",
                        "Inzicht in patronen die bij meer collega's terugkomen.",
                        "Een groep die op den duur zonder externe begeleider verder kan.",
                    ],
                ),
                reflection(
                    "Denk aan een situatie uit je eigen werk van de afgelopen maand waar je "
                    "nog over nadenkt. Wat zou je willen leren als je die inbracht?",
                    "Schrijf in de ik-vorm; niemand anders leest dit.",
                ),
            ],
        },
    ],
}
