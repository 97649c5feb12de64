from django.core.management.base import BaseCommand, CommandError

from certification.credentials.services import issuer_key_rotate
from intervisor.providers.models import Provider


class Command(BaseCommand):
    help = (
        "Give a training provider a new credential signing key. The old key stays in its DID "
        "document, so credentials signed before keep verifying."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="the provider's slug")

    def handle(self, *args, slug, **options):
        provider = Provider.objects.filter(slug=slug).first()
        if provider is None:
            raise CommandError(f"No training provider with slug {slug!r}.")
        key = issuer_key_rotate(provider=provider)
        self.stdout.write(f"{provider.name}: new signing key {key.public_key_multibase}")
