"""No request answers 500 because of its body or URL (issue 18, finding 8): Hypothesis throws
deep nesting, NUL and control characters, huge strings and numbers and wrong types at the JSON
endpoints and the main forms."""

import json

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intervisor.safeinput import JSONRefused, json_parse
from tests.factories.courses import enrol
from tests.factories.h5p import course_with_h5p, make_content

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
nasty_text = st.text(
    alphabet=st.characters(codec="utf-8", categories=["Cc", "L", "N", "P", "S", "Zs"]),
    max_size=300,
) | st.sampled_from(["\x00", "a\x00b", "\r\n=1+1", "x" * 200_000, "\ud7ff" * 10])
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=True, allow_infinity=True)
    | nasty_text
)
documents = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(nasty_text, children, max_size=4)
    ),
    max_leaves=30,
)


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


raw_bodies = (
    documents.map(lambda value: json.dumps(value))
    | st.integers(min_value=30, max_value=200_000).map(_deep)
    | st.integers(min_value=30, max_value=50_000).map(lambda n: '{"a":' * n + "1" + "}" * n)
    | st.sampled_from(["1" * 5000, "NaN", '{"state": NaN}', "\x00", "", "{", '"\\u0000"'])
    | st.binary(max_size=200).map(lambda b: b.decode("latin-1"))
)


@pytest.fixture
def h5p_urls(provider, admin_user, learner, client):
    content = make_content(provider=provider, user=admin_user)
    course, lesson, block_id = course_with_h5p(provider, content)
    enrol(learner, course)
    client.force_login(learner)
    kwargs = {"lesson_id": lesson.pk, "block_id": block_id}
    return [reverse(f"h5p:{name}", kwargs=kwargs) for name in ("xapi", "state")]


@FUZZ
@given(body=raw_bodies)
def test_json_endpoints_never_answer_500(client, h5p_urls, body):
    for url in h5p_urls:
        response = client.post(url, body, content_type="application/json")
        assert response.status_code < 500, (url, body[:200])
        wrapped = client.post(url, json.dumps({"state": body}), content_type="application/json")
        assert wrapped.status_code < 500, (url, body[:200])


@FUZZ
@given(value=nasty_text, number=st.integers() | nasty_text)
def test_forms_and_urls_never_answer_500(client, learner, value, number):
    client.force_login(learner)
    for method, url, data in (
        ("get", "/certificering/zoeken/", {"number": value}),
        ("get", f"/certificaat/{value.replace('/', '')[:100] or 'x'}/", {}),
        ("post", "/account/", {"first_name": value, "last_name": value, "email": value}),
        ("post", "/oefenen/bijeenkomsten/nieuw/", {"method": str(number), "group_name": value}),
        ("post", "/account/privacy/verwijderen/", {"password": value, "confirm": value}),
    ):
        response = getattr(client, method)(url, data)
        assert response.status_code < 500, (method, url, data)


def test_a_nul_in_the_url_is_a_clear_400(client):
    response = client.get("/certificaat/%00/")
    assert response.status_code == 400
    assert "NUL" in response.content.decode()


@pytest.mark.parametrize(
    "raw",
    [
        _deep(10_000),
        '{"a":' * 40 + "1" + "}" * 40,
        "NaN",
        '["\\u0000"]',
        '{"\\u0000": 1}',
        "9" * 5000,
    ],
)
def test_the_json_guard_refuses_what_the_database_cannot_hold(raw):
    with pytest.raises(JSONRefused):
        json_parse(raw)


def test_the_json_guard_passes_ordinary_statements():
    statement = {"verb": {"id": "http://adlnet.gov/expapi/verbs/answered"}, "result": {"score": 1}}
    assert json_parse(json.dumps(statement)) == statement


def test_a_nul_in_a_reflection_or_an_email_field_is_a_clear_400_and_stores_nothing(
    client, provider, learner
):
    """Finding 8: a NUL in a lesson's reflection or in the e-mail field answered 500."""
    from courses.models import Enrollment, ReflectionAnswer
    from tests.factories.courses import lessons_of, make_course

    course = make_course(provider, modules=1, lessons_per_module=1)
    enrol(learner, course)
    enrollment = Enrollment.objects.get(user=learner)
    lesson = lessons_of(course)[0]
    block_id = next(b.id for b in lesson.body if b.block_type == "reflection")
    client.force_login(learner)
    reflection = reverse("courses:reflection_answer", args=[enrollment.pk, lesson.pk, block_id])
    for url, data in (
        (reflection, {"text": "Eerste\x00gedachte"}),
        ("/account/", {"first_name": "A", "last_name": "B", "email": "a\x00@example.test"}),
    ):
        response = client.post(url, data)
        assert response.status_code == 400, url
        assert "NUL" in response.content.decode()
    assert not ReflectionAnswer.objects.exists()
    learner.refresh_from_db()
    assert "\x00" not in learner.email
