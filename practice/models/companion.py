"""The companion for real sessions, the private logbook and the trainer's observation."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class CompanionSession(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        RUNNING = "running", _("Running")
        CLOSED = "closed", _("Closed")

    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="companion_sessions"
    )
    group_name = models.CharField(_("group"), max_length=120)
    date = models.DateField(_("date"))
    method = models.ForeignKey(
        "practice.Method", on_delete=models.PROTECT, related_name="+", verbose_name=_("method")
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PLANNED)
    current_step = models.PositiveSmallIntegerField(default=0)
    step_started_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    observer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="observed_sessions",
        verbose_name=_("observing trainer"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date", "-created_at"]
        verbose_name = _("companion session")
        verbose_name_plural = _("companion sessions")

    def __str__(self):
        return f"{self.group_name} ({self.date})"

    def get_absolute_url(self) -> str:
        return reverse("practice:session", args=[self.pk])


class SessionParticipant(models.Model):
    """Someone at the session: an account holder (gets a logbook) or just a name.

    Invited by e-mail, a participant is only the address until its owner accepts the
    invitation (`token`); only then is the account linked and a logbook entry made."""

    class Role(models.TextChoices):
        MEMBER = "member", _("Participant")
        CASE_BRINGER = "case_bringer", _("Case-bringer")
        TIMEKEEPER = "timekeeper", _("Timekeeper")

    session = models.ForeignKey(
        CompanionSession, on_delete=models.CASCADE, related_name="participants"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="session_participations",
    )
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    email = models.EmailField(_("e-mail address"), blank=True)
    token = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    invited_at = models.DateTimeField(null=True, blank=True, editable=False)
    invitation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    accepted_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"],
                condition=models.Q(user__isnull=False),
                name="unique_session_participant_user",
            )
        ]

    def __str__(self):
        return self.name

    @property
    def invitation_pending(self) -> bool:
        return bool(self.token) and self.accepted_at is None


class SessionNote(models.Model):
    """A process note the facilitator takes during a step (never about the case content)."""

    session = models.ForeignKey(CompanionSession, on_delete=models.CASCADE, related_name="notes")
    step_index = models.PositiveSmallIntegerField()
    text = models.TextField(_("note"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text[:60]


class LogbookBaseline(models.Model):
    """The 0-meting: where a learner stands before the first session; entries look back at it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="logbook_baseline"
    )
    learning_question = models.TextField(_("my learning question now"))
    normative = models.TextField(_("normative level: what I find important"))
    methodical = models.TextField(_("methodical level: what I can do"))
    personal = models.TextField(_("personal level: what I notice in myself"))
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return str(self.user)


class LogbookEntry(models.Model):
    """Private to its author; readable by one named trainer only when the author shares it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="logbook_entries"
    )
    session = models.ForeignKey(
        CompanionSession, on_delete=models.CASCADE, related_name="logbook_entries"
    )
    situations_discussed = models.TextField(_("situations discussed"), blank=True)
    learning_question = models.TextField(_("learning question"), blank=True)
    learned_normative = models.TextField(_("what I learned on the normative level"), blank=True)
    learned_methodical = models.TextField(_("what I learned on the methodical level"), blank=True)
    learned_personal = models.TextField(_("what I learned on the personal level"), blank=True)
    shared_with = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="logbook_entries_shared",
        verbose_name=_("shared with trainer"),
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # The thread between the author and the trainer; deleted with the entry.
    replies = GenericRelation(
        "replies.Reply", content_type_field="target_type", object_id_field="target_id"
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "session"], name="unique_logbook_entry")
        ]
        verbose_name = _("logbook entry")
        verbose_name_plural = _("logbook entries")

    def __str__(self):
        return f"{self.user} - {self.session}"

    def get_absolute_url(self) -> str:
        return reverse("practice:logbook_entry", args=[self.pk])

    @property
    def shared(self) -> bool:
        """Read by certification: only shared entries show in a trainer's portfolio view."""
        return self.shared_with_id is not None


class SessionEvaluation(models.Model):
    """A short evaluation on three levels: the case, the method, the collaboration (1-5)."""

    session = models.ForeignKey(
        CompanionSession, on_delete=models.CASCADE, related_name="evaluations"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    case_score = models.PositiveSmallIntegerField(_("the case"))
    method_score = models.PositiveSmallIntegerField(_("the method"))
    collaboration_score = models.PositiveSmallIntegerField(_("the collaboration"))
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="unique_session_evaluation")
        ]

    def __str__(self):
        return f"{self.user} - {self.session}"


class Observation(models.Model):
    """A trainer's observation of a facilitator in a real session, scored with the rubric."""

    session = models.ForeignKey(
        CompanionSession, on_delete=models.CASCADE, related_name="observations"
    )
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="observations_received"
    )
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="observations_given"
    )
    scores = models.JSONField(_("rubric scores"), default=dict)
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["session", "trainer"], name="unique_observation")
        ]
        verbose_name = _("observation")
        verbose_name_plural = _("observations")

    def __str__(self):
        return f"{self.trainer} -> {self.facilitator} ({self.session})"

    def score_rows(self) -> list[dict]:
        from ..competencies import COMPETENCIES, RUBRIC_LEVELS

        levels = dict(RUBRIC_LEVELS)
        return [
            {
                "key": key,
                "label": label,
                "level": self.scores[key],
                "level_label": levels.get(self.scores[key]),
            }
            for key, label in COMPETENCIES.items()
            if key in self.scores
        ]
