from django.core.management.base import BaseCommand

from intervisor.seeding import DEMO_USERS, seed_all


class Command(BaseCommand):
    help = (
        "Create demo content and one user per role; safe to run again (adds only what is missing)."
    )

    def handle(self, *args, **options):
        ctx = seed_all(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.stdout.write("")
        self.stdout.write(
            "Demo logins (passwords made for this install, kept in .demo-logins.json):"
        )
        for key, email, *_rest in DEMO_USERS:
            password = ctx.passwords.get(email, "(set before; see .demo-logins.json)")
            fresh = " (new)" if email in ctx.created else ""
            self.stdout.write(f"  {key:<9} {email:<28} {password}{fresh}")
