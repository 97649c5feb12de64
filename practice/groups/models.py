"""Standing intervisie groups: members, ground rules, meetings, cases, evaluations, attendance.

Privacy lines that every selector and view keeps:
- a case is visible only to the group's active members and its facilitators;
- a member's evaluation answers are stored without the member (`EvaluationAnswer` has no user);
  `EvaluationResponse` only records that someone answered, so nobody answers twice;
- the organisation (a team lead) sees attendance and themes, never case text or notes.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from intervisor.invitations import new_token

MIN_GROUP_SIZE = 3
MAX_GROUP_SIZE = 10


class IntervisieGroup(models.Model):
    name = models.CharField(_("name"), max_length=120)
    provider = models.ForeignKey(
        "providers.Provider",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="intervisie_groups",
        verbose_name=_("training provider"),
        help_text=_("Empty for a team's own group."),
    )
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    # Deleting an account keeps an anonymous row (intervisor.privacy), so this only empties
    # when an admin removes a user outright; the group and its history stay.
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="groups_facilitated",
        verbose_name=_("facilitator"),
    )
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="groups_supervised",
        verbose_name=_("co-facilitating or observing trainer"),
    )
    contact = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="groups_as_contact",
        verbose_name=_("contact at the organisation"),
        help_text=_("Sees attendance and themes, never what is discussed."),
    )
    facilitator_course = models.CharField(
        _("course the facilitator followed"),
        max_length=200,
        blank=True,
        help_text=_("Shown on attendance proofs; professional bodies ask for it."),
    )
    rhythm_weeks = models.PositiveSmallIntegerField(_("meets every ... weeks"), default=6)
    meeting_minutes = models.PositiveSmallIntegerField(_("meeting length in minutes"), default=150)
    evaluation_after = models.PositiveSmallIntegerField(
        _("interim evaluation after ... meetings"), default=3
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("intervisie group")
        verbose_name_plural = _("intervisie groups")

    def __str__(self):
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("groups:detail", args=[self.pk])


class Membership(models.Model):
    class Status(models.TextChoices):
        INVITED = "invited", _("Invited")
        ACTIVE = "active", _("Member")
        LEFT = "left", _("Left")

    group = models.ForeignKey(IntervisieGroup, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="group_memberships",
    )
    email = models.EmailField(_("e-mail address"))
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.INVITED)
    token = models.CharField(max_length=64, unique=True, default=new_token)
    invited_at = models.DateTimeField(auto_now_add=True)
    invitation_sent_at = models.DateTimeField(null=True, blank=True)
    joined_at = models.DateTimeField(null=True, blank=True)
    left_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["invited_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["group", "email"], name="unique_group_email"),
            models.UniqueConstraint(
                fields=["group", "user"],
                condition=models.Q(user__isnull=False),
                name="unique_group_user",
            ),
        ]

    def __str__(self):
        return f"{self.email} ({self.get_status_display()})"


class RuleSet(models.Model):
    """One version of the group's ground rules; a new proposal is a new version."""

    group = models.ForeignKey(IntervisieGroup, on_delete=models.CASCADE, related_name="rule_sets")
    version = models.PositiveSmallIntegerField()
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["group", "version"], name="unique_ruleset_version")
        ]

    def __str__(self):
        return f"{self.group} v{self.version}"


class RuleItem(models.Model):
    rule_set = models.ForeignKey(RuleSet, on_delete=models.CASCADE, related_name="items")
    topic = models.CharField(_("topic"), max_length=40)
    text = models.TextField(_("agreement"))
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.text[:60]


class RuleComment(models.Model):
    """A member's comment on a rule: a row of its own, so two members writing at once both stay."""

    item = models.ForeignKey(RuleItem, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("comment"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text[:60]


class RuleAgreement(models.Model):
    rule_set = models.ForeignKey(RuleSet, on_delete=models.CASCADE, related_name="agreements")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    agreed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["rule_set", "user"], name="unique_rule_agreement")
        ]

    def __str__(self):
        return f"{self.user_id} agreed to {self.rule_set_id}"


class Meeting(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        HELD = "held", _("Held")
        CANCELLED = "cancelled", _("Cancelled")

    class Facilitation(models.TextChoices):
        EXTERNAL = "external", _("Facilitated by the trained facilitator")
        CO_LED = "co_led", _("Co-led by a member and the facilitator")
        MEMBER = "member", _("Led by a member")

    group = models.ForeignKey(IntervisieGroup, on_delete=models.CASCADE, related_name="meetings")
    number = models.PositiveSmallIntegerField()
    starts_at = models.DateTimeField(_("starts at"))
    duration_minutes = models.PositiveSmallIntegerField(_("length in minutes"))
    location = models.CharField(_("location"), max_length=200, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PLANNED)
    turn = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("whose turn to bring a case"),
    )
    led_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("led by"),
    )
    facilitation = models.CharField(
        max_length=10, choices=Facilitation.choices, default=Facilitation.EXTERNAL
    )
    method = models.ForeignKey(
        "practice.Method", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    chosen_case = models.ForeignKey(
        "groups.CaseSubmission", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    theme = models.CharField(
        _("theme"),
        max_length=120,
        blank=True,
        help_text=_("A few words the organisation may see, never the case itself."),
    )
    session = models.OneToOneField(
        "practice.CompanionSession",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="group_meeting",
    )
    held_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["group", "number"], name="unique_meeting_number")
        ]

    def __str__(self):
        return f"{self.group} #{self.number}"

    def get_absolute_url(self) -> str:
        return reverse("groups:meeting", args=[self.group_id, self.pk])


class Attendance(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_attendance"
    )
    present = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "user"], name="unique_attendance")
        ]

    def __str__(self):
        return f"{self.user_id} at {self.meeting_id}"


class ReminderSent(models.Model):
    """One row per reminder sent, so beat running twice sends each reminder once."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="reminders")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "user", "kind"], name="unique_reminder")
        ]

    def __str__(self):
        return f"{self.kind} {self.meeting_id} {self.user_id}"


class CaseSubmission(models.Model):
    """A case a member prepares for a meeting; visible only inside the group."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="cases")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_cases"
    )
    situation = models.TextField(_("the situation"))
    own_share = models.TextField(_("my own share in it"))
    question = models.TextField(_("my question, in the ik-vorm"))
    learning_goal = models.TextField(_("what I want to learn"))
    question_check = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "author"], name="unique_case_per_meeting")
        ]

    def __str__(self):
        return f"{self.author} - {self.meeting}"


class Evaluation(models.Model):
    """The interim evaluation, opened after a number of meetings, discussed at the next one."""

    group = models.ForeignKey(IntervisieGroup, on_delete=models.CASCADE, related_name="evaluations")
    after_meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="+")
    opened_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-opened_at"]
        constraints = [
            models.UniqueConstraint(fields=["group", "after_meeting"], name="unique_evaluation")
        ]

    def __str__(self):
        return f"{self.group} after {self.after_meeting_id}"


class EvaluationResponse(models.Model):
    """Only that a member answered; the answers themselves carry no name."""

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="responses")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["evaluation", "user"], name="unique_eval_response")
        ]

    def __str__(self):
        return f"{self.evaluation_id} answered"


class EvaluationAnswer(models.Model):
    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="answers")
    meetings_go = models.PositiveSmallIntegerField()
    yield_score = models.PositiveSmallIntegerField()
    value_for_work = models.PositiveSmallIntegerField()
    must_change = models.TextField(blank=True)
    facilitation_wish = models.TextField(blank=True)

    def __str__(self):
        return f"answer {self.pk}"


class AttendanceStandard(models.Model):
    """A professional body's rule for recognised intervisie, as data (NOvA, MfN, vFAS...)."""

    code = models.SlugField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("name"), max_length=160)
    min_group_size = models.PositiveSmallIntegerField(_("minimum group size"), default=3)
    max_group_size = models.PositiveSmallIntegerField(_("maximum group size"), default=10)
    min_meeting_minutes = models.PositiveSmallIntegerField(_("minimum meeting length"), default=120)
    max_meeting_minutes = models.PositiveSmallIntegerField(_("maximum meeting length"), default=240)
    min_hours_per_year = models.PositiveSmallIntegerField(_("minimum hours per year"), default=8)
    trained_facilitator = models.BooleanField(
        _("facilitator must have followed a course"), default=True
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("attendance standard")
        verbose_name_plural = _("attendance standards")

    def __str__(self):
        return self.name
