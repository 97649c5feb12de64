"""The trainer's cohorts: each course of her providers with its learners' progress."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import get_language, ngettext

from intervisor.providers.models import Provider, ProviderMembership
from intervisor.trainer.registry import ITEMS_MAX, Item

from .models import Enrollment
from .pages import CoursePage


def cohorts(user) -> list[Item]:
    providers = Provider.objects.select_related("root_page")
    if not user.is_superuser:
        providers = providers.filter(
            memberships__user=user, memberships__role=ProviderMembership.Role.TRAINER
        )
    under = Q(pk__in=[])
    for provider in providers:
        under |= Q(path__startswith=provider.root_page.path)
    courses = list(
        CoursePage.objects.live()
        .filter(under, locale__language_code=get_language())
        .order_by("title")[:ITEMS_MAX]
    )
    counts = {
        row["course"]: row
        for row in Enrollment.objects.filter(course__in=courses)
        .values("course")
        .annotate(total=Count("pk"), done=Count("pk", filter=Q(status=Enrollment.Status.COMPLETED)))
    }
    items = []
    for course in courses:
        row = counts.get(course.pk, {"total": 0, "done": 0})
        detail = ngettext(
            "%(total)s learner, %(done)s completed",
            "%(total)s learners, %(done)s completed",
            row["total"],
        ) % {"total": row["total"], "done": row["done"]}
        progress = row["done"] * 100 // row["total"] if row["total"] else 0
        items.append(
            Item(course.title, reverse("courses:cohort", args=[course.pk]), detail, progress)
        )
    return items
