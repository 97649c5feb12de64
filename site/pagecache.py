"""What pages show from other pages, cached under one generation for the whole page tree.

The generation changes whenever any page is published, unpublished, moved or deleted, or a view
restriction is saved or deleted; it is bumped at once and again after the commit, so a request
that read the old state in between cannot keep it under the new generation. Used for:

- the home page's content (`{% cache %}` in home/home_page.html: its list of training providers
  comes from other pages), keyed by the home page's revision, language, login and generation.
"""

from .caching import generation, generation_bump

GENERATION_KEY = "pages:generation"


def pages_generation() -> str:
    return generation(GENERATION_KEY)


def pages_changed(sender=None, instance=None, **kwargs) -> None:
    """Signal receiver: a page or a view restriction changed somewhere in the tree."""
    from wagtail.models import Page, PageViewRestriction

    if instance is not None and not isinstance(instance, Page | PageViewRestriction):
        return
    generation_bump(GENERATION_KEY)


def connect() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(pages_changed, dispatch_uid="pages-published")
    page_unpublished.connect(pages_changed, dispatch_uid="pages-unpublished")
    post_page_move.connect(pages_changed, dispatch_uid="pages-moved")
    post_delete.connect(pages_changed, dispatch_uid="pages-deleted")  # pages and restrictions
    post_save.connect(pages_changed, dispatch_uid="pages-saved")  # pages (drafts, seeding)
