from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from intervisor.caching import H5P_TIMEOUT, placement_key
from intervisor.providers.models import Provider

from .models import (
    H5PAttempt,
    H5PContent,
    H5PLibrary,
    H5PUserState,
    activity_iri,
)
from .package import InstalledLibrary, LibraryKey


def installed_libraries() -> dict[LibraryKey, InstalledLibrary]:
    return {
        library.key: InstalledLibrary(patch=library.patch_version, metadata=library.metadata)
        for library in H5PLibrary.objects.only(
            "machine_name", "major_version", "minor_version", "patch_version", "metadata"
        )
    }


def user_may_install_libraries(*, user) -> bool:
    return user.is_authenticated and user.has_perm("h5p.add_h5plibrary")


def user_state_get(*, user, content_id: int) -> str | None:
    """The learner's saved player state; the player asks for it each time the lesson opens."""
    return (
        H5PUserState.objects.filter(user=user, content_id=content_id)
        .values_list("state", flat=True)
        .first()
    )


@dataclass(frozen=True)
class Placement:
    """An H5P block on a live lesson, with the content it plays: plain values, so it can be
    cached. Editors' changes reach the xAPI endpoint within caching.H5P_TIMEOUT."""

    lesson_id: int
    block_id: str
    content_id: int
    max_score: int | None
    policy: str
    pass_threshold: int

    @property
    def activity_iri(self) -> str:
        return activity_iri(self.content_id)


def _content_fits_page(content: H5PContent, page: Page, provider_root_path: str | None) -> bool:
    """Content may only be played in its own provider's pages."""
    return bool(provider_root_path) and page.path.startswith(provider_root_path)


def placement_for(*, lesson_id: int, block_id: str) -> Placement | None:
    key = placement_key(lesson_id, block_id)
    cached = cache.get(key)
    if cached is None:
        cached = _placement_build(lesson_id=lesson_id, block_id=block_id) or "none"
        cache.set(key, cached, H5P_TIMEOUT)
    return cached if isinstance(cached, Placement) else None


def _placement_build(*, lesson_id: int, block_id: str) -> Placement | None:
    """The block on a live page (a lesson: the one page type whose body holds H5P blocks)."""
    lesson = Page.objects.live().filter(pk=lesson_id).specific().first()
    body = getattr(lesson, "body", None)
    if body is None:
        return None
    raw = next(
        (
            item
            for item in body.raw_data
            if item.get("type") == "h5p" and item.get("id") == block_id
        ),
        None,
    )
    value = (raw or {}).get("value") or {}
    content_id = value.get("content")
    if not isinstance(content_id, int):
        return None
    content = (
        H5PContent.objects.select_related("provider__root_page")
        .filter(pk=content_id, status=H5PContent.Status.READY)
        .first()
    )
    root = content.provider.root_page if content else None
    if content is None or not _content_fits_page(content, lesson, root and root.path):
        return None
    return Placement(
        lesson_id=lesson.pk,
        block_id=block_id,
        content_id=content.pk,
        max_score=content.max_score,
        policy="last" if value.get("score_policy") == "last" else "best",
        pass_threshold=_threshold(value.get("pass_threshold")),
    )


def _threshold(value) -> int:
    return min(max(value, 0), 100) if isinstance(value, int) else 80


def _block_id_of(page, value) -> str | None:
    body = getattr(page, "body", None)
    if body is None:
        return None
    for child in body:
        if child.value is value:
            return child.id
    content = value.get("content")
    for child in body:  # a copy of the page: match on the content it plays
        if child.block_type == "h5p" and child.value.get("content") == content:
            return child.id
    return None


def block_context_data(*, value, parent_context) -> dict:
    """What the H5P block template needs: player address, endpoints, the learner's best."""
    from .player import player_src

    request = parent_context.get("request")
    page = parent_context.get("page") or parent_context.get("self")
    content = value.get("content")
    data = {"h5p_available": False, "h5p_content": content}
    if not isinstance(content, H5PContent) or not content.is_ready or not isinstance(page, Page):
        return data
    root_path = (
        Provider.objects.filter(pk=content.provider_id)
        .values_list("root_page__path", flat=True)
        .first()
    )
    block_id = parent_context.get("block_id") or _block_id_of(page, value)
    if not block_id or not _content_fits_page(content, page, root_path):
        return data
    user = getattr(request, "user", None)
    data.update(
        h5p_available=True,
        h5p_block_id=block_id,
        h5p_logged_in=bool(user and user.is_authenticated),
        h5p_player_src=player_src(content.pk),
        h5p_player_origin=settings.H5P_PLAYER_ORIGIN,
        h5p_xapi_url=reverse("h5p:xapi", kwargs={"lesson_id": page.pk, "block_id": block_id}),
        h5p_state_url=reverse("h5p:state", kwargs={"lesson_id": page.pk, "block_id": block_id}),
    )
    if data["h5p_logged_in"]:
        data["h5p_attempt"] = attempt_summary(user=user, lesson_id=page.pk, block_id=block_id)
    data["h5p_preview"] = bool(parent_context.get("preview"))
    return data


def attempt_summary(*, user, lesson_id: int, block_id: str) -> dict | None:
    """Best and last scored attempt of a learner at one block, in one query."""
    attempts = list(
        H5PAttempt.objects.filter(
            user=user, lesson_id=lesson_id, block_id=block_id, score_max__isnull=False
        )
        .order_by("number")
        .values("number", "score_raw", "score_max", "passed")
    )
    if not attempts:
        return None
    best = max(attempts, key=lambda a: (a["score_raw"] / a["score_max"], a["number"]))
    return {"best": best, "last": attempts[-1], "count": len(attempts)}


def score_passes(score: float, maximum: float, pass_threshold: int) -> bool:
    """Whether a score reaches a block's pass threshold (a percentage of the maximum)."""
    return score * 100 >= pass_threshold * maximum


SCORE_REFUSALS = {
    "gone": _("This exercise is no longer part of the lesson, so the score was not counted."),
    "access": _("You can no longer work in this lesson, so the score was not counted."),
    "invalid": _("The score does not fit this exercise and was not counted."),
}
