import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

LIBRARY_ROOT = "h5p/libraries"
CONTENT_ROOT = "h5p/content"


def activity_iri(content_id: int) -> str:
    """The xAPI object id the player reports; sub-content adds ?subContentId=..."""
    return f"{settings.H5P_SITE_ORIGIN}/h5p/inhoud/{content_id}"


def package_upload_to(instance, filename):
    # A random name: the uploader's file name never reaches the storage path.
    return f"h5p/packages/{uuid.uuid4().hex}.h5p"


class H5PLibrary(models.Model):
    """One installed library version, shared by all content: h5p/libraries/Name-major.minor/."""

    machine_name = models.CharField(_("machine name"), max_length=100)
    major_version = models.PositiveIntegerField(_("major version"))
    minor_version = models.PositiveIntegerField(_("minor version"))
    patch_version = models.PositiveIntegerField(_("patch version"))
    title = models.CharField(_("title"), max_length=255)
    runnable = models.BooleanField(_("runnable"), default=False)
    metadata = models.JSONField(_("library.json"), default=dict)
    installed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("installed by"),
    )
    installed_at = models.DateTimeField(_("installed at"), auto_now=True)

    class Meta:
        ordering = ["machine_name", "major_version", "minor_version"]
        constraints = [
            models.UniqueConstraint(
                fields=["machine_name", "major_version", "minor_version"],
                name="h5p_library_unique_version",
            )
        ]
        verbose_name = _("H5P library")
        verbose_name_plural = _("H5P libraries")

    def __str__(self):
        return f"{self.machine_name} {self.major_version}.{self.minor_version}.{self.patch_version}"

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.machine_name, self.major_version, self.minor_version)

    @property
    def folder(self) -> str:
        return f"{self.machine_name}-{self.major_version}.{self.minor_version}"


class H5PContent(models.Model):
    """An uploaded H5P exercise of one provider, extracted to h5p/content/<id>/."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    provider = models.ForeignKey(
        "providers.Provider",
        on_delete=models.CASCADE,
        related_name="h5p_contents",
        verbose_name=_("training provider"),
    )
    title = models.CharField(_("title"), max_length=255)
    package = models.FileField(_("H5P file"), upload_to=package_upload_to, max_length=255)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    failure_reason = models.TextField(_("reason of failure"), blank=True)
    main_library = models.CharField(_("content type"), max_length=120, blank=True)
    libraries = models.ManyToManyField(
        H5PLibrary, related_name="contents", blank=True, verbose_name=_("libraries")
    )
    max_score = models.PositiveIntegerField(
        _("maximum score"),
        null=True,
        blank=True,
        help_text=_(
            "Filled in automatically for content types whose scoring is known. For other "
            "types enter the maximum score; without it no score of this content is recorded."
        ),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    # The unpacked content files, counted against the provider's quota (quota.py).
    unpacked_bytes = models.PositiveBigIntegerField(default=0, editable=False)
    # Decided when the upload was checked; the extraction task does not widen it.
    may_install_libraries = models.BooleanField(default=False, editable=False)
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("H5P content")
        verbose_name_plural = _("H5P content")

    def __str__(self):
        return self.title

    @property
    def storage_prefix(self) -> str:
        return f"{CONTENT_ROOT}/{self.pk}"

    @property
    def is_ready(self) -> bool:
        return self.status == self.Status.READY

    @property
    def activity_iri(self) -> str:
        return activity_iri(self.pk)


class H5PAttempt(models.Model):
    """One try of a learner at the H5P block of a lesson; every attempt is kept."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="h5p_attempts"
    )
    content = models.ForeignKey(H5PContent, on_delete=models.CASCADE, related_name="attempts")
    lesson = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)
    number = models.PositiveIntegerField()
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    score_raw = models.FloatField(null=True, blank=True)
    score_max = models.FloatField(null=True, blank=True)
    passed = models.BooleanField(null=True)

    class Meta:
        ordering = ["user", "lesson", "block_id", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "block_id", "number"], name="h5p_attempt_unique_number"
            )
        ]
        verbose_name = _("H5P attempt")
        verbose_name_plural = _("H5P attempts")

    def __str__(self):
        return f"{self.user} - {self.content} #{self.number}"


class H5PStatement(models.Model):
    """Every xAPI statement accepted from the player, with the actor replaced by ours.

    A scored answer (see CheckedStatement.counts_for_progress) is stored as PENDING and
    recorded as a result by a Celery task (services.h5p_pending_scores_record); the player
    asks for its outcome afterwards."""

    class ScoreStatus(models.TextChoices):
        NONE = "", _("not scored")
        PENDING = "pending", _("waiting to be scored")
        RECORDED = "recorded", _("score recorded")
        REFUSED = "refused", _("score refused")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="h5p_statements"
    )
    content = models.ForeignKey(H5PContent, on_delete=models.CASCADE, related_name="statements")
    lesson = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)
    attempt = models.ForeignKey(
        H5PAttempt, on_delete=models.SET_NULL, null=True, blank=True, related_name="statements"
    )
    verb = models.CharField(max_length=40)
    is_top_level = models.BooleanField(default=True)
    score_raw = models.FloatField(null=True, blank=True)
    score_max = models.FloatField(null=True, blank=True)
    statement = models.JSONField()
    stored_at = models.DateTimeField(auto_now_add=True)
    score_status = models.CharField(
        _("score status"), max_length=10, choices=ScoreStatus.choices, blank=True, default=""
    )
    # What the player shows once scored: score, result and course progress, or the refusal.
    score_outcome = models.JSONField(null=True, blank=True)

    class Meta:
        ordering = ["stored_at"]
        indexes = [
            # The scorer and its sweeper read only the few statements still waiting.
            models.Index(
                fields=["stored_at"],
                name="h5p_statement_score_pending",
                condition=models.Q(score_status="pending"),
            )
        ]
        verbose_name = _("xAPI statement")
        verbose_name_plural = _("xAPI statements")

    def __str__(self):
        return f"{self.user} {self.verb} {self.content}"


class H5PUserState(models.Model):
    """Where a learner left off in a piece of content, restored by the player."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="h5p_states"
    )
    content = models.ForeignKey(H5PContent, on_delete=models.CASCADE, related_name="user_states")
    state = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "content"], name="h5p_state_unique_user")
        ]
        verbose_name = _("H5P learner state")
        verbose_name_plural = _("H5P learner states")

    def __str__(self):
        return f"{self.user} - {self.content}"
