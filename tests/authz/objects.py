"""Objects of `world.provider` per admin model, for the matrix's registry entries and the
cross-provider test. A provider-owned model added without a builder here fails those tests."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file


def _once(world, name, build):
    if not hasattr(world, name):
        setattr(world, name, build())
    return getattr(world, name)


def own_method(world, provider=None):
    from practice.models import Method

    provider = provider or world.provider
    return Method.objects.create(
        name=f"Methode van {provider.name}", slug=f"m-{provider.pk}", provider=provider
    )


def _media(world, model, title, file):
    """One image or document in the provider's collection, made once per world."""
    name = f"admin_{model._meta.model_name}"
    build = lambda: model.objects.create(  # noqa: E731
        title=title, file=file(), collection=world.provider.collection
    )
    return _once(world, name, build)


def own_image(world):
    return _media(world, get_image_model(), "Beeld van Aanbieder Matrix", get_test_image_file)


def own_document(world):
    file = lambda: ContentFile(b"inhoud", name="matrix.txt")  # noqa: E731
    return _media(world, get_document_model(), "Document van Aanbieder Matrix", file)


def _builders():
    from practice.groups.standards import standards_ensure
    from tests.factories.certification import matrix_objects as cert
    from tests.h5p.authz import _h5p_content
    from tests.language.authz import _correction, _drill
    from tests.workshops.authz import _booking

    return {
        "h5p.h5pcontent": _h5p_content,
        "h5p.h5plibrary": lambda w: _h5p_content(w).libraries.get(),
        "certification.path": lambda w: cert(w).path,
        "certification.level": lambda w: cert(w).level,
        "practice.method": lambda w: _once(w, "own_method", lambda: own_method(w)),
        "providers.provider": lambda w: w.provider,
        "workshops.workshopbooking": _booking,
        "workshops.workshopdate": lambda w: _booking(w).workshop_date,
        # Site-wide (no provider): site admins manage them.
        "language.drill": _drill,
        "language.labelcorrection": _correction,
        "groups.attendancestandard": lambda w: standards_ensure()[0],
    }


def own_object(world, model):
    """An object of `model` belonging to `world.provider`."""
    builders = _builders()
    label = model._meta.label_lower
    assert label in builders, f"Add a builder for {label} to tests/authz/objects.py"
    return builders[label](world)
