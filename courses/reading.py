"""How long a lesson takes: its own words at a study pace, plus time for its exercises.

Used to check that the durations a course states are honest (`manage.py lesson_reading_time`
and the seed tests). Method cards come from the shared catalogue, so their steps are not
counted as the lesson's words; reading a card gets a fixed allowance instead.
"""

from dataclasses import dataclass

from django.utils.html import strip_tags

WORDS_PER_MINUTE = 100
MINUTES_PER_QUESTION = 1
MINUTES_PER_REFLECTION = 4
MINUTES_PER_METHOD_CARD = 2


@dataclass(frozen=True)
class ReadingTime:
    words: int
    questions: int
    reflections: int
    method_cards: int

    @property
    def minutes(self) -> float:
        """Reading at WORDS_PER_MINUTE plus time to answer, reflect and read method cards."""
        return (
            self.words / WORDS_PER_MINUTE
            + self.questions * MINUTES_PER_QUESTION
            + self.reflections * MINUTES_PER_REFLECTION
            + self.method_cards * MINUTES_PER_METHOD_CARD
        )


def _words(*texts) -> int:
    return sum(len(strip_tags(str(t or "")).split()) for t in texts)


def _block_words(block) -> int:
    value = block.value
    kind = block.block_type
    if kind == "text":
        return _words(value.source)
    if kind == "callout":
        return _words(value["title"], value["text"].source)
    if kind == "key_points":
        return _words(value["title"], *value["points"])
    if kind == "reflection":
        return _words(value["prompt"], value["hint"])
    if kind == "quiz":
        words = _words(value["title"])
        for question in value["questions"]:
            words += _words(question["question"], question["explanation"])
            words += sum(_words(o["text"], o["feedback"]) for o in question["options"])
        return words
    return 0


def lesson_reading_time(body) -> ReadingTime:
    """The reading time of a lesson body (a StreamValue)."""
    blocks = list(body)
    return ReadingTime(
        words=sum(_block_words(b) for b in blocks),
        questions=sum(len(b.value["questions"]) for b in blocks if b.block_type == "quiz"),
        reflections=sum(1 for b in blocks if b.block_type == "reflection"),
        method_cards=sum(1 for b in blocks if b.block_type == "method"),
    )
