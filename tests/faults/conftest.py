import pytest

from tests.factories.workshops import make_date, make_workshop_page


@pytest.fixture
def wdate(provider, trainer):
    return make_date(make_workshop_page(provider), trainer)
