import uuid

import factory
from wagtail.models import Locale, Page, Site

from intervisor.accounts import roles
from intervisor.accounts.models import User
from intervisor.accounts.services import user_create
from intervisor.home.models import HomePage
from intervisor.providers.models import Provider
from intervisor.providers.services import provider_create

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"user{n}@example.test")
    first_name = "Test"
    last_name = factory.Sequence(lambda n: f"Gebruiker {n}")


def make_user(*role_names: str, email: str | None = None, **extra) -> User:
    """A verified user with the given roles, through the same service as sign-up."""
    email = email or f"user-{uuid.uuid4().hex[:10]}@example.test"
    names = extra.pop("role_names", role_names or (roles.LEARNER,))
    return user_create(
        email=email,
        password=PASSWORD,
        first_name=extra.pop("first_name", "Test"),
        last_name=extra.pop("last_name", "Gebruiker"),
        role_names=names,
        verified=True,
        **extra,
    )


class HomePageFactory:
    """The site's home page as seed_demo makes it: root of the default site."""

    @staticmethod
    def create() -> HomePage:
        existing = HomePage.objects.first()
        if existing:
            return existing
        # Transactional tests flush the tables that Wagtail's migrations filled.
        Locale.objects.get_or_create(language_code="nl")
        root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
        home = HomePage(
            title="Intervisor", slug="test-home", hero_title="Intervisor", hero_text="<p>Test</p>"
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        if site:
            site.root_page = home
            site.save()
        else:
            Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
        return home


class ProviderFactory:
    counter = 0

    @classmethod
    def create(cls, name: str | None = None) -> Provider:
        cls.counter += 1
        home = HomePageFactory.create()
        return provider_create(name=name or f"Aanbieder {cls.counter}", parent_page=home)
