"""Quiz options are shown in an order of their own per learner and attempt."""

import re

import pytest
from django.urls import reverse

from courses.models import BlockResult
from courses.quiz import quiz_order, quiz_seed
from tests.factories.courses import enrol, lessons_of, make_course, quiz_answers

pytestmark = pytest.mark.django_db


def _quiz(lesson):
    return next(b for b in lesson.body if b.block_type == "quiz")


def _shown_option_ids(html: str) -> list[str]:
    return re.findall(r'id="o-([0-9a-f-]{36})"', html)


def test_order_is_a_permutation_fixed_per_seed_and_moving_between_attempts(provider):
    lesson = lessons_of(make_course(provider, lessons_per_module=1))[0]
    block = _quiz(lesson)
    authored = {
        q.id: [str(o.id) for o in q.value["options"].bound_blocks]
        for q in block.value["questions"].bound_blocks
    }
    orders = [
        quiz_order(value=block.value, seed=quiz_seed(enrollment_id=7, block_id=block.id, attempt=a))
        for a in range(12)
    ]
    for order in orders:
        assert {q: sorted(ids) for q, ids in order.items()} == {
            q: sorted(ids) for q, ids in authored.items()
        }
    again = quiz_order(
        value=block.value, seed=quiz_seed(enrollment_id=7, block_id=block.id, attempt=0)
    )
    assert again == orders[0]
    # Twelve attempts do not all show the authored order: the place of an answer moves.
    assert any(order != authored for order in orders)
    assert len({tuple(map(tuple, o.values())) for o in orders}) > 1


def test_page_shows_the_recorded_order_and_the_answer_keeps_it(client, provider, learner):
    course = make_course(provider, lessons_per_module=1)
    enrollment = enrol(learner, course)
    lesson = lessons_of(course)[0]
    block = _quiz(lesson)
    client.force_login(learner)
    seed = quiz_seed(enrollment_id=enrollment.pk, block_id=block.id, attempt=0)
    expected = [i for ids in quiz_order(value=block.value, seed=seed).values() for i in ids]
    first = client.get(lesson.url).content.decode()
    assert _shown_option_ids(first) == expected
    assert _shown_option_ids(client.get(lesson.url).content.decode()) == expected  # reload

    block_id, answers = quiz_answers(lesson, right=False)
    url = reverse("courses:quiz_answer", args=[enrollment.pk, lesson.pk, block_id])
    client.post(url, {f"q-{q}": ids for q, ids in answers.items()})
    result = BlockResult.objects.get(enrollment=enrollment, block_id=block_id)
    assert result.last_response["order"] == quiz_order(value=block.value, seed=seed)

    # The next attempt is shown in the order of attempt 1, and that is what the page shows.
    next_seed = quiz_seed(enrollment_id=enrollment.pk, block_id=block.id, attempt=1)
    expected_next = [
        i for ids in quiz_order(value=block.value, seed=next_seed).values() for i in ids
    ]
    assert _shown_option_ids(client.get(lesson.url).content.decode()) == expected_next
