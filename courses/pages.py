"""Course pages: CourseIndexPage > CoursePage > ModulePage > LessonPage under a ProviderPage.

Pages hold fields and light context; enrolment and progress live in services and selectors.
"""

from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from intervisor.language_urls import ActiveLanguageUrlMixin

from .blocks import LESSON_BODY_BLOCKS, is_scored

SHORT_TEXT = ["bold", "italic", "link", "ul", "ol"]


class CourseIndexPage(ActiveLanguageUrlMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=SHORT_TEXT)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["providers.ProviderPage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1
    template = "courses/course_index_page.html"

    class Meta:
        verbose_name = _("course overview")

    def route(self, request, path_components):
        """Resolve course, module and lesson URLs in one query instead of two per level.

        The page type follows from the depth below this index, so the specific row is fetched
        directly; unpublished ancestors are checked against the (cached) outline later.
        """
        if not path_components:
            return super().route(request, path_components)
        model = {1: CoursePage, 2: ModulePage, 3: LessonPage}.get(len(path_components))
        if model is None:
            raise Http404
        page = (
            model.objects.filter(
                url_path=self.url_path + "/".join(path_components) + "/",
                path__startswith=self.path,
                depth=self.depth + len(path_components),
                live=True,
            )
            .select_related("locale")
            .first()
        )
        if page is None:
            raise Http404
        return RouteResult(page)

    def get_context(self, request, *args, **kwargs):
        from .selectors import catalogue_for_user

        context = super().get_context(request, *args, **kwargs)
        context["entries"] = catalogue_for_user(user=request.user, under=self)
        return context


class CoursePage(ActiveLanguageUrlMixin, Page):
    class EnrolmentMode(models.TextChoices):
        OPEN = "open", _("Open: learners enrol themselves")
        COHORT = "cohort", _("Cohort: a trainer or a workshop booking enrols learners")

    summary = models.TextField(_("summary"), max_length=400)
    intro = RichTextField(_("introduction"), blank=True, features=SHORT_TEXT)
    enrolment_mode = models.CharField(
        _("enrolment"), max_length=10, choices=EnrolmentMode.choices, default=EnrolmentMode.OPEN
    )
    estimated_hours = models.PositiveSmallIntegerField(_("estimated hours"), default=4)
    prerequisites = ParentalManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="required_by",
        verbose_name=_("prerequisite courses"),
        help_text=_("Learners finish these courses before they can open this one's lessons."),
    )
    # Bumped whenever a module or lesson below is published, unpublished, moved or deleted;
    # part of the outline's cache key, so every worker sees a changed structure at once.
    outline_version = models.PositiveIntegerField(default=0, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("enrolment_mode"),
        FieldPanel("estimated_hours"),
        FieldPanel("prerequisites"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]
    exclude_fields_in_copy = ["outline_version"]
    template = "courses/course_page.html"

    class Meta:
        verbose_name = _("course")

    @property
    def is_open(self) -> bool:
        return self.enrolment_mode == self.EnrolmentMode.OPEN

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_page_state

        context = super().get_context(request, *args, **kwargs)
        context.update(course_page_state(course=self, user=request.user))
        return context


class ModulePage(ActiveLanguageUrlMixin, Page):
    summary = models.TextField(_("summary"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]
    template = "courses/module_page.html"

    class Meta:
        verbose_name = _("module")

    def serve(self, request, *args, **kwargs):
        # A module has no content of its own: the course page lists its lessons.
        course = CoursePage.objects.filter(path=self.path[: -self.steplen], live=True).first()
        if course is None:
            raise Http404
        return redirect(course.get_url(request) + f"#module-{self.pk}")


class LessonPage(ActiveLanguageUrlMixin, Page):
    summary = models.TextField(_("summary"), blank=True)
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=10)
    body = StreamField(LESSON_BODY_BLOCKS, verbose_name=_("lesson content"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("duration_minutes"),
        FieldPanel("body"),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list = []
    template = "courses/lesson_page.html"

    class Meta:
        verbose_name = _("lesson")

    def scored_block_ids(self) -> list[str]:
        """Ids of the scored blocks, read from the raw JSON so no chooser block hits the DB."""
        child_blocks = self.body.stream_block.child_blocks
        return [
            item["id"]
            for item in self.body.raw_data
            if item.get("id") and is_scored(child_blocks.get(item["type"]))
        ]

    def find_block(self, block_id: str):
        for child in self.body:
            if child.id == block_id:
                return child
        return None

    def serve(self, request, *args, **kwargs):
        from .views.lesson import lesson_serve

        return lesson_serve(request, self, *args, **kwargs)
