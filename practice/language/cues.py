"""The Dutch cues that decide an intervention's label, each with a weight.

A cue is a regular expression over the normalised text (lower case, single spaces). `where`
limits it to questions or statements: "je moet" in a statement is advice, in a question it
is a disguised advice. Weights: 5 overrules a form (an invitation phrased as a yes/no
question), 4 is a strong phrase, 2-3 a word that usually decides, 1 a hint.
"""

import re
from dataclasses import dataclass

OPEN = "open"
CLOSED = "closed"
WHY = "why"
LEADING = "leading"
ADVICE = "advice"
SUMMARY = "summary"
PROCESS = "process"
LABELS = (OPEN, CLOSED, WHY, LEADING, ADVICE, SUMMARY, PROCESS)

ANY, QUESTION, STATEMENT = "any", "question", "statement"

# Verbs that carry an action when asked as "waarom <verb> je ... niet": a suggestion.
SUGGESTING_VERBS = (
    "zeg|vraag|doe|probeer|ga|stop|neem|bel|spreek|maak|laat|kies|pak|geef|stuur|schrijf|"
    "regel|meld|zoek|deel|plan|bespreek|accepteer|vertel|stel|leg|delegeer|draag"
)
IMPERATIVES = (
    "bel|probeer|stop|maak|spreek|neem|ga|zorg|geef|plan|laat|schrijf|vraag|zeg|stuur|regel|"
    "meld|doe|trek|pak|wacht|kies|houd|hou|blijf|durf|accepteer|vergeet|let|denk|kijk|"
    "bespreek|neem|leg|check|start|begin|luister|negeer|deel|gun|ontspan"
)
FEELINGS = (
    r"boos\w*|verdrie\w*|teleurgesteld\w*|teleurstelling|geraakt|raakt|raakte|gehoord|alleen|"
    r"bang|angst\w*|moe|opgelucht|geschrokken|verantwoordelijk|gepasseerd|onzeker\w*|"
    r"schuld\w*|gefrustreerd|frustratie|klem|tekortgedaan|overvallen|gesteund|serieus|"
    r"twijfel\w*|geïrriteerd|irritatie|machteloos|eenzaam|trots|blij|verward|gespannen|"
    r"waardering|gekwetst|gewaardeerd|onmacht|spijt"
)


@dataclass(frozen=True)
class Cue:
    label: str
    pattern: re.Pattern
    weight: float
    where: str = ANY


def _cue(label: str, pattern: str, weight: float, where: str = ANY) -> Cue:
    return Cue(label, re.compile(pattern), weight, where)


CUES = [
    # Invitations to tell: open, even when phrased as "kun je ... vertellen?".
    _cue(OPEN, r"^(en |maar )?vertel\b|\bvertel (eens|iets|me|ons|meer)\b", 5),
    _cue(OPEN, r"^beschrijf\b|^schets\b|\bneem (ons|me|mij) (eens |even )?mee\b", 5),
    _cue(
        OPEN,
        r"\b(kun|kan|kunt|wil) (je|jij) (ons |me |mij )?(eens |iets |wat )?(meer )?"
        r"(vertellen|beschrijven|toelichten|uitleggen|schetsen|verwoorden)\b",
        5,
    ),
    _cue(OPEN, r"\bik ben (benieuwd|nieuwsgierig)\b|\bik vraag me af\b", 5),
    _cue(OPEN, r"\bik zou graag (willen )?(weten|horen)\b", 5),
    # Why.
    _cue(WHY, r"\bwaarom\b", 3),
    # Leading: a question that carries a solution or a judgement.
    _cue(LEADING, r"\b(overwogen|overwegen)\b", 4, QUESTION),
    _cue(LEADING, r"\b(eraan|er (al |wel |nog )?(eens )?aan) gedacht\b", 4, QUESTION),
    _cue(LEADING, r"\bheb (je|jij) (al|wel) (eens |ooit )?geprobeerd\b", 4, QUESTION),
    _cue(LEADING, r"^heb (je|jij) al\b", 3, QUESTION),
    _cue(LEADING, r"\bzou (het|dat|dit) (niet|geen)\b", 4, QUESTION),
    _cue(LEADING, r"\bzou (je|jij) (\w+ )?(niet|eens)\b", 4, QUESTION),
    _cue(LEADING, r"\bzou\b.*\bniet\b", 3, QUESTION),
    _cue(LEADING, r"\bzou (het|dat|een \w+) (\w+ )?helpen\b", 4, QUESTION),
    _cue(LEADING, r"\bzou het (zo )?kunnen (zijn )?dat\b", 4, QUESTION),
    _cue(LEADING, r"\b(kun|kan|kunt) (je|jij) (\w+ )?(niet|gewoon)\b", 4, QUESTION),
    _cue(LEADING, r"^(wat|en|maar)? ?(nu |dan )?als (je|jij)\b|\bwat (nu |dan )?als (je|jij)\b", 4),
    _cue(LEADING, r"\bwat zou er (\w+ )?gebeuren als\b|\bhoe zou het (zijn|voelen|gaan) als\b", 4),
    _cue(LEADING, r"\bwat denk (je|jij) van\b|\bwat vind (je|jij) ervan om\b", 4),
    _cue(LEADING, r"\bwat houdt (je|jou) tegen\b", 4),
    _cue(LEADING, r"^is (het|dat|dit)( \w+)? (niet|geen)\b", 4, QUESTION),
    _cue(LEADING, r"\b(denk|vind) (je|jij) (zelf |ook )?niet\b", 4, QUESTION),
    _cue(LEADING, r"\bniet gewoon\b", 4, QUESTION),
    _cue(LEADING, r"\bgewoon\b", 2, QUESTION),
    _cue(LEADING, r"\btoch\b", 4, QUESTION),
    _cue(LEADING, r"\bmoet (je|jij)\b|\b(je|jij) (moet|moest)\b", 4, QUESTION),
    _cue(LEADING, r"\bhad (je|jij) (\w+ )?niet\b", 4, QUESTION),
    _cue(LEADING, r"\bwil (je|jij) (\w+ )?niet\b", 4, QUESTION),
    _cue(LEADING, r"\blijkt (het|dat) (je|jou|jij) (niet|geen)\b", 4, QUESTION),
    _cue(LEADING, r"\b(met me|met mij) eens\b", 4, QUESTION),
    _cue(LEADING, r"\bmisschien (kun|kan|kunt|moet|zou|is)\b", 4, QUESTION),
    _cue(LEADING, r"\b(je|jij) (zou|kunt|kan)\b", 2, QUESTION),
    _cue(LEADING, r"\bniet (beter|handiger|verstandiger|slimmer|makkelijker)\b", 4, QUESTION),
    _cue(LEADING, r"\bis (het|dat) (geen|niet) (een )?(goed |beter )?(idee|optie)\b", 4),
    _cue(LEADING, rf"\bwaarom (zou (je|jij)|({SUGGESTING_VERBS}) (je|jij))\b.*\b(niet|geen)\b", 5),
    # Advice or opinion, said straight out.
    _cue(ADVICE, r"^(misschien |dan )?(moet|zou|kun|kan) (je|jij)\b", 3, STATEMENT),
    _cue(ADVICE, r"\b(je|jij) (moet|moest|zou|kunt|kan|mag)\b", 3, STATEMENT),
    _cue(ADVICE, r"\bmoet (je|jij)\b", 3, STATEMENT),
    _cue(ADVICE, r"\b(het )?(beste|best)\b", 2, STATEMENT),
    _cue(ADVICE, r"\bik zou\b|\bzelf zou ik\b|\bdat zou ik\b|\bwat ik zou doen\b", 4, STATEMENT),
    _cue(ADVICE, r"\bals ik (jou|jij) (was|zou zijn|ben)\b|\bin jouw (plaats|schoenen)\b", 5),
    _cue(ADVICE, r"\bwat mij (heeft |hielp|helpt)", 4, STATEMENT),
    _cue(ADVICE, r"\b(mijn|een|de) (advies|tip|suggestie)\b|\bik (raad|adviseer)\b", 4),
    _cue(
        ADVICE,
        r"\bhet (is|lijkt me|lijkt mij|zou) (\w+ )?(beter|verstandig|belangrijk|slim|handig|"
        r"goed|wijs|nodig)\b",
        4,
        STATEMENT,
    ),
    _cue(ADVICE, r"\b(volgens mij|ik denk dat|ik vind dat|ik vind het|ik vind)\b", 3, STATEMENT),
    _cue(
        ADVICE, r"\bdat (had|moet|zou) (je|jij)\b|\bniet oké\b|\bdat is (echt )?(fout|slecht)\b", 3
    ),
    _cue(ADVICE, rf"^(en |dus |dan |maar )?({IMPERATIVES})\b(?! ik\b)", 4, STATEMENT),
    _cue(ADVICE, r"\bgewoon\b", 1, STATEMENT),
    # Summaries and reflections.
    _cue(SUMMARY, r"\bals ik (je|jou|het|jou) (goed )?(begrijp|hoor|samenvat)\b", 5),
    _cue(SUMMARY, r"\bals ik (je|jou) zo hoor\b|\bzeg ik het goed\b|\bheb ik (het|je) goed\b", 5),
    _cue(SUMMARY, r"\bof ik het goed (heb|begrijp|hoor)\b", 5),
    _cue(SUMMARY, r"^(en )?dus\b", 3),
    _cue(SUMMARY, r"^(je|jij) \w+ dus\b|^(je|jij) \w+ (je )?dus\b", 3),
    _cue(SUMMARY, r"\b(je|jij) (zegt|vertelt|geeft aan|noemt)( dus)?( dat|:|,)", 4),
    _cue(SUMMARY, r"\bwat ik (je )?hoor\b|\bik hoor\b|\bik proef\b", 3),
    _cue(SUMMARY, r"\bsamen(gevat|vattend|vatten)\b|\bvat\b.*\bsamen\b|\bkortom\b", 4),
    _cue(SUMMARY, r"\bkort (gezegd|samengevat)\b|\bhet komt erop neer\b|\bwat ik meeneem\b", 4),
    _cue(SUMMARY, r"\bhet klinkt (alsof|of|als)\b|\b(je|jij) klinkt\b", 4),
    _cue(SUMMARY, r"\bhet lijkt (alsof|erop|of)\b|\b(je|jij) lijkt\b", 4),
    _cue(SUMMARY, r"\bik (merk|zie) dat (je|jij)\b", 4),
    _cue(SUMMARY, rf"^(?=.*\b(je|jij|jou)\b).*?\b(?P<w>{FEELINGS})\b", 2, STATEMENT),
    _cue(SUMMARY, r"\b(klopt|klopt dat|klopt het|toch)\?$", 3),
    # Process: steps, time, rules and the group.
    _cue(
        PROCESS,
        r"\b(vraag|vragen|advies|adviezen|start|slot|eind|analyse|informatie|evaluatie|"
        r"verkennings?|oordeels?|beeldvormings?)(ronde|fase)\b",
        4,
    ),
    _cue(PROCESS, r"\b(we|wij) (zitten|zijn) (nu |nog |nu nog )?in\b", 4),
    _cue(
        PROCESS, r"\b(stap|fase) (een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+)\b", 4
    ),
    _cue(
        PROCESS, r"\b(volgende|deze|vorige) (stap|fase|ronde)\b|\bde methode\b|\bspelregels?\b", 4
    ),
    _cue(PROCESS, r"\b(de|het) (tijd|proces)\b|\btijdcheck\b|\bhet is tijd\b|\bpauze\b", 3),
    _cue(PROCESS, r"\b(\w+ )?(minuten|minuut|kwartier)\b|\blopen\b.*\buit\b", 3),
    _cue(PROCESS, r"\b(we|wij|ons)\b", 2),
    _cue(PROCESS, r"\blaten we\b|\bzullen we\b|\bkunnen we\b|\bmogen we\b|\bgaan we\b", 4),
    _cue(PROCESS, r"\bik stel voor\b|\bafspreken\b|\bafgesproken\b", 3),
    _cue(PROCESS, r"\bik (merk|zie) dat (?!je\b|jij\b)", 3),
    _cue(PROCESS, r"\bwat gebeurt er( hier| nu)?( in de groep)?\?", 3),
    _cue(PROCESS, r"\bmag ik (even )?(onderbreken|ingrijpen|inbreken|iets zeggen)\b", 4),
    _cue(PROCESS, r"\b(breek|grijp|stop) (ik )?(je |jullie )?even\b|\bonderbreken\b", 3),
    _cue(PROCESS, r"\bparkeren\b|\bbewaren\b|\bin stilte\b|\buitpraten\b|\bafdwalen\b", 3),
    _cue(PROCESS, r"\bde inbrenger\b|\binbrengen\b", 3),
    _cue(PROCESS, r"\b(in|binnen) (de|deze) groep\b|\bals groep\b", 3),
    _cue(PROCESS, r"\biedereen\b|\biemand\b|\bieder\b|\bdoor elkaar\b|\béén voor één\b", 2),
    _cue(PROCESS, r"^(hoe|wat) \w+ jullie\b|\bjullie\b.*\b(groep|bijeenkomst|sessie)\b", 4),
    _cue(PROCESS, r"^wie (wil|heeft|houdt|neemt)\b.*\b(vraag|casus|tijd|inbreng\w*)\b", 4),
    _cue(PROCESS, r"\b(bijeenkomst|sessie) van vandaag\b|\bafronden\b|\bronden\b.*\baf\b", 3),
    _cue(PROCESS, r"\b(een|één) vraag tegelijk\b|\bterug(gaan)? naar\b", 3),
]

# Question words that open a one-fact question when the rest does not ask about experience.
FACT_OPENERS = re.compile(
    r"^(en |maar )?(hoe (lang|laat|vaak|oud|veel)|hoeveel|wanneer|wie|welke (dag|datum|tijd)|"
    r"op welke (dag|datum)|hoe heet|wat is (zijn|haar|hun|de) (naam|functie|leeftijd))\b"
)
WHERE_SPLIT = re.compile(
    r"^(en |maar )?waar\b(?!.*\b(tegenaan|mee|over|aan|door|naar|op|tegen|in)\b)"
)
OPEN_OPENERS = re.compile(
    r"^(en |maar |dus )?(wat|hoe|welke|welk|waardoor|waarin|waarmee|waaraan|waarover|"
    r"waarop|waarvoor|waar|in hoeverre|op welke (manier|wijze)|wat voor)\b"
)
