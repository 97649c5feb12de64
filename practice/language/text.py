"""Small helpers shared by the checkers: normalising Dutch text into words."""

import re

WORD = re.compile(r"[a-zà-ÿ0-9'-]+")
SECOND_PERSON = {"je", "jij", "jou", "jouw", "jezelf", "jijzelf", "jouzelf", "u"}
FIRST_PERSON = {"ik", "mij", "me", "mijn", "mezelf", "mijzelf"}


def normalise(text: str) -> str:
    """Lower case, straight quotes, single spaces; keeps punctuation the rules read."""
    text = (text or "").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text.strip().lower())


def words(text: str) -> list[str]:
    return WORD.findall(normalise(text))


def stem(word: str) -> str:
    """A crude Dutch stem for the word counts of the fallback model (not a lemmatiser)."""
    for suffix in ("heden", "ingen", "ende", "tjes", "jes", "en", "de", "te", "e", "s", "t"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word
