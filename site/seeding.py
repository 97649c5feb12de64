"""Demo content, built by `manage.py seed_demo` and safe to run any number of times.

The site layer seeds the home page, a demo provider and one user per role. Each feature app
that has a `seed` module with `run(ctx)` is called afterwards, in the order given by its
AppConfig's `seed_order` (default 100). Every step looks up what exists before creating.
"""

import importlib
import importlib.util
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from intervisor.accounts import roles
from intervisor.accounts.models import User
from intervisor.accounts.services import user_create
from intervisor.home.models import HomePage
from intervisor.providers.models import Provider, ProviderMembership
from intervisor.providers.services import provider_create, provider_member_add

DEMO_PROVIDER = "Intervisie Academie"

DEMO_USERS = [
    # key, e-mail, first name, last name, roles, staff, superuser
    ("learner", "leerling@intervisor.test", "Sanne", "de Vries", (roles.LEARNER,), False, False),
    ("learner2", "leerling2@intervisor.test", "Daan", "Bakker", (roles.LEARNER,), False, False),
    ("trainer", "trainer@intervisor.test", "Marieke", "Jansen", (roles.TRAINER,), False, False),
    ("editor", "redacteur@intervisor.test", "Joost", "Visser", (), False, False),
    (
        "teamlead",
        "teamleider@intervisor.test",
        "Fatima",
        "El Amrani",
        (roles.TEAM_LEAD,),
        False,
        False,
    ),
    ("admin", "beheer@intervisor.test", "Beheer", "Intervisor", (), True, True),
]


@dataclass
class SeedContext:
    stdout: object
    home: HomePage
    provider: Provider
    users: dict[str, User] = field(default_factory=dict)

    def log(self, message: str) -> None:
        self.stdout.write(message)


def _logins_file() -> Path:
    return Path(
        os.environ.get("INTERVISOR_DEMO_LOGINS_FILE", settings.BASE_DIR / ".demo-logins.json")
    )


def _load_passwords() -> dict[str, str]:
    path = _logins_file()
    if path.exists():
        return json.loads(path.read_text())
    return {}


def _store_passwords(passwords: dict[str, str]) -> None:
    path = _logins_file()
    path.write_text(json.dumps(passwords, indent=2))
    path.chmod(0o600)


def seed_home() -> HomePage:
    home = HomePage.objects.first()
    if home:
        return home
    root = Page.get_first_root_node()
    locale = Locale.get_default()
    home = HomePage(
        title="Intervisor",
        slug="intervisor-home",
        locale=locale,
        hero_title="Word de begeleider die een intervisiegroep verdient",
        hero_text=(
            "<p>Leer een intervisiegroep begeleiden zonder dure klassikale dagen: volg modules "
            "in je eigen tempo, oefen lastige momenten in simulaties en werk met echte groepen "
            "toe naar een certificaat dat iedereen kan controleren.</p>"
        ),
        primary_cta_label="Bekijk de cursussen",
        primary_cta_url="/cursussen/",
        features=[
            (
                "feature",
                {
                    "title": "Cursussen",
                    "text": "Modules over rollen, methodes, "
                    "spelregels en de momenten waarop het misgaat, met korte oefeningen.",
                    "link_label": "Naar de cursussen",
                    "link_url": "/cursussen/",
                },
            ),
            (
                "feature",
                {
                    "title": "Oefenen",
                    "text": "Speel een bijeenkomst na waarin niemand een casus heeft of "
                    "iedereen meteen adviseert, en krijg feedback per competentie.",
                    "link_label": "Oefenen",
                    "link_url": "/oefenen/",
                },
            ),
            (
                "feature",
                {
                    "title": "Certificering",
                    "text": "Van aspirant via co-begeleider naar "
                    "zelfstandig begeleider, met een certificaat dat online te verifiëren is.",
                    "link_label": "Het certificeringstraject",
                    "link_url": "/certificering/",
                },
            ),
            (
                "feature",
                {
                    "title": "Workshop op locatie",
                    "text": "Boek een dag voor je team "
                    "van zes tot acht mensen, op jullie eigen werkplek.",
                    "link_label": "Workshop boeken",
                    "link_url": "/workshops/",
                },
            ),
        ],
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    old_root = site.root_page if site else None
    if site:
        site.root_page = home
        site.site_name = "Intervisor"
        site.save()
    else:
        Site.objects.create(
            hostname="localhost", root_page=home, is_default_site=True, site_name="Intervisor"
        )
    # Wagtail's own "Welcome" page has no use once our home page is the site root.
    if old_root and old_root.pk != home.pk and old_root.specific_class is Page:
        old_root.delete()
    return home


def seed_provider(home: HomePage) -> Provider:
    provider = Provider.objects.filter(name=DEMO_PROVIDER).first()
    if provider:
        return provider
    return provider_create(
        name=DEMO_PROVIDER,
        parent_page=home,
        slug="intervisie-academie",
        intro="<p>Opleider van intervisiebegeleiders in zorg, onderwijs en gemeenten.</p>",
    )


def seed_users(provider: Provider) -> tuple[dict[str, User], dict[str, str], list[str]]:
    passwords = _load_passwords()
    users: dict[str, User] = {}
    created: list[str] = []
    for key, email, first, last, role_names, staff, superuser in DEMO_USERS:
        user = User.objects.filter(email=email).first()
        if user is None:
            password = secrets.token_urlsafe(12)
            user = user_create(
                email=email,
                password=password,
                first_name=first,
                last_name=last,
                role_names=role_names,
                is_staff=staff,
                is_superuser=superuser,
                verified=True,
            )
            passwords[email] = password
            created.append(email)
        users[key] = user
    provider_member_add(
        provider=provider, user=users["editor"], role=ProviderMembership.Role.EDITOR
    )
    provider_member_add(
        provider=provider, user=users["trainer"], role=ProviderMembership.Role.TRAINER
    )
    _store_passwords(passwords)
    return users, passwords, created


def feature_seeders():
    """(order, module) for every installed app of ours that ships a `seed` module."""
    found = []
    for config in apps.get_app_configs():
        if config.name.startswith(("intervisor", "courses", "practice", "certification")):
            module_name = f"{config.name}.seed"
            if config.name != "intervisor" and importlib.util.find_spec(module_name):
                found.append((getattr(config, "seed_order", 100), module_name))
    return [importlib.import_module(name) for _order, name in sorted(found)]


def seed_all(stdout) -> SeedContext:
    with transaction.atomic():
        home = seed_home()
        provider = seed_provider(home)
        users, passwords, created = seed_users(provider)
    ctx = SeedContext(stdout=stdout, home=home, provider=provider, users=users)
    for module in feature_seeders():
        with transaction.atomic():
            module.run(ctx)
    ctx.passwords = passwords
    ctx.created = created
    return ctx
