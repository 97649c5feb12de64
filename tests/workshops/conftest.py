import pytest

from tests.factories.workshops import make_date, make_organisation, make_workshop_page


@pytest.fixture
def workshop(provider):
    return make_workshop_page(provider)


@pytest.fixture
def wdate(workshop, trainer):
    return make_date(workshop, trainer)


@pytest.fixture
def organisation(team_lead):
    return make_organisation(team_lead)


@pytest.fixture
def english():
    """Service messages compared in English, the language of the msgids."""
    from django.utils import translation

    with translation.override("en"):
        yield
