import pytest
from django.urls import reverse

from intervisor.accounts.services import user_data_export
from practice.language.models import Drill, DrillMoment, LabelCorrection, TypedLine
from practice.language.privacy import erase_language


@pytest.fixture
def drill(db):
    drill = Drill.objects.create(title="Oefencasus", slug="oefencasus", case="Sanne neemt over.")
    DrillMoment.objects.create(drill=drill, sort_order=0, text="Eerste vraag?", step_name="Vragen")
    DrillMoment.objects.create(
        drill=drill, sort_order=1, text="Adviesronde.", step_name="Advies", advice_allowed=True
    )
    return drill


def _post(client, drill, moment, text, **extra):
    return client.post(
        reverse("language:drill", args=[drill.slug]), {"moment": moment.pk, "text": text, **extra}
    )


def test_drill_gives_feedback_per_moment_fitting_the_step(client, learner, drill):
    client.force_login(learner)
    question, advice = drill.moments.order_by("sort_order")
    response = _post(client, drill, question, "Ik zou het gewoon tegen Bas zeggen.")
    assert response.status_code == 302 and response.url.endswith(f"#moment-{question.pk}")
    _post(client, drill, advice, "Ik zou het gewoon tegen Bas zeggen.")
    page = client.get(reverse("language:drill", args=[drill.slug])).content.decode()
    assert page.count("Ik zou het gewoon tegen Bas zeggen.") == 2
    assert ("park it" in page) or ("parkeer" in page)  # question round: not yet
    assert ("advice fits here" in page) or ("past advies" in page)  # advice round: fine
    assert TypedLine.objects.filter(user=learner, source="drill").count() == 2


def test_empty_line_is_refused_with_a_message(client, learner, drill):
    client.force_login(learner)
    moment = drill.moments.first()
    response = _post(client, drill, moment, "  ")
    assert response.status_code == 200
    assert not TypedLine.objects.exists()


def test_scores_per_label_appear_on_my_learning(client, learner, drill):
    client.force_login(learner)
    moment = drill.moments.first()
    before = client.get(reverse("courses:dashboard")).content.decode()
    assert 'id="language-scores-title"' in before
    _post(client, drill, moment, "Wat voelde je toen?")
    _post(client, drill, moment, "Waarom deed je dat?")
    page = client.get(reverse("courses:dashboard")).content.decode()
    assert "50%" in page  # one open question and one why question this week


def test_trainer_sees_shared_lines_only_and_corrects_a_label(
    client, learner, other_learner, trainer, drill
):
    client.force_login(learner)
    moment = drill.moments.first()
    _post(client, drill, moment, "Dus je bent boos.", shared_with=trainer.pk)
    _post(client, drill, moment, "Privé regel zonder delen.")
    client.force_login(trainer)
    page = client.get(reverse("language:shared_lines")).content.decode()
    assert "Dus je bent boos." in page and "Privé regel" not in page
    line = TypedLine.objects.get(text="Dus je bent boos.")
    response = client.post(
        reverse("language:line_correct", args=[line.pk]), {"label": "summary", "note": "klopt"}
    )
    assert response.status_code == 302
    correction = LabelCorrection.objects.get()
    assert correction.label == "summary" and correction.trainer == trainer
    # Someone the line was not shared with cannot correct it.
    client.force_login(other_learner)
    private = TypedLine.objects.get(text="Privé regel zonder delen.")
    response = client.post(reverse("language:line_correct", args=[private.pk]), {"label": "open"})
    assert response.status_code == 403
    assert LabelCorrection.objects.count() == 1


def test_typed_lines_are_in_the_export_and_erased(client, learner, trainer, drill):
    client.force_login(learner)
    _post(client, drill, drill.moments.first(), "Hoe was dat voor jou?", shared_with=trainer.pk)
    data = user_data_export(user=learner)
    assert data["language"]["typed_lines"][0]["text"] == "Hoe was dat voor jou?"
    erase_language(learner)
    assert not TypedLine.objects.exists()


def test_question_checker_page_explains_each_quality(client):
    response = client.post(
        reverse("language:question_check"), {"question": "Hoe ga ik om met weerstand?"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "theme" in page or "thema" in page
    assert "✗" in page and "✓" in page


def test_a_shared_line_waits_on_the_trainer_home_until_labelled(client, learner, trainer, drill):
    client.force_login(learner)
    _post(client, drill, drill.moments.first(), "Waarom deed je dat?", shared_with=trainer.pk)
    line = TypedLine.objects.get()
    client.force_login(trainer)
    home = client.get("/trainer/").content.decode()
    assert "Waarom deed je dat?" in home
    client.post(reverse("language:line_correct", args=[line.pk]), {"label": "why"})
    assert "Waarom deed je dat?" not in client.get("/trainer/").content.decode()
