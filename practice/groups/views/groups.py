from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from intervisor.providers.models import ProviderMembership

from .. import selectors, services
from ..forms import CommentForm, GroupCreateForm, InviteForm, PlanForm, RuleProposalForm
from ..models import Membership, RuleItem
from .common import form_errors, group_action


@login_required
def index(request):
    groups = list(selectors.groups_for_user(user=request.user))
    contact = list(request.user.groups_as_contact.all())
    return render(request, "groups/index.html", {"groups": groups, "contact_groups": contact})


@login_required
def create(request):
    form = GroupCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        membership = (
            ProviderMembership.objects.filter(user=request.user).select_related("provider").first()
        )
        try:
            group = services.group_create(
                facilitator=request.user,
                provider=membership.provider if membership else None,
                **form.cleaned_data,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect(group)
    return render(request, "groups/create.html", {"form": form})


@login_required
def detail(request, group_id: int):
    access = selectors.group_for_user(group_id=group_id, user=request.user, contact_allowed=True)
    if not access.inside:
        return redirect("groups:organisation", group_id=group_id)
    group = access.group
    latest, evaluation = selectors.evaluations_for(group=group, user=request.user)
    meetings = selectors.meetings_of(group=group)
    context = {
        "access": access,
        "group": group,
        "meetings": meetings,
        "maturity": selectors.maturity(meetings=meetings),
        "open_evaluation": evaluation if access.is_member else None,
        "evaluation_results": selectors.evaluation_results(evaluation=latest) if latest else None,
        "invitations": list(group.memberships.filter(status=Membership.Status.INVITED))
        if access.is_facilitator
        else [],
        "invite_form": InviteForm(),
        "plan_form": PlanForm(),
        "now_year": timezone.localdate().year,
        **selectors.rules_context(group=group, user=request.user, with_comments=False),
    }
    return render(request, "groups/detail.html", context)


@group_action(facilitator_only=True)
def invite(request, access):
    form = InviteForm(request.POST)
    if not form.is_valid():
        raise ValidationError(_("Give a valid e-mail address."))
    services.member_invite(group=access.group, by=request.user, email=form.cleaned_data["email"])
    # The same words whatever the address: nothing tells whether it has an account.
    messages.success(request, _("The invitation is on its way."))


@group_action(facilitator_only=True)
def plan(request, access):
    form = PlanForm(request.POST)
    if not form.is_valid():
        form_errors(request, form)
        return None
    meetings = services.meetings_plan(group=access.group, by=request.user, **form.cleaned_data)
    messages.success(
        request, _("%(n)s meetings planned; everyone gets an invitation.") % {"n": len(meetings)}
    )


@group_action
def leave(request, access):
    if not access.is_member:
        raise PermissionDenied("Not a member")
    services.member_leave(group=access.group, user=request.user, by=request.user)
    messages.success(request, _("You have left the group."))
    return redirect("groups:index")


def accept(request, token: str):
    membership = get_object_or_404(
        Membership.objects.select_related("group__facilitator"),
        token=token,
        status__in=[Membership.Status.INVITED, Membership.Status.ACTIVE],
    )
    if not request.user.is_authenticated:
        return render(request, "groups/accept.html", {"membership": membership, "login": True})
    if request.method == "POST":
        try:
            services.invitation_accept(token=token, user=request.user)
        except PermissionDenied as error:
            raise Http404 from error
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("Welcome to the group."))
            return redirect(membership.group)
    return render(request, "groups/accept.html", {"membership": membership})


@login_required
def rules(request, group_id: int):
    access = selectors.group_for_user(group_id=group_id, user=request.user)
    context = {
        "access": access,
        "group": access.group,
        "comment_form": CommentForm(),
        **selectors.rules_context(group=access.group, user=request.user),
    }
    if access.is_facilitator:
        context["proposal_form"] = RuleProposalForm(items=context.get("rule_items", []))
    return render(request, "groups/rules.html", context)


def _back_to_rules(access):
    return redirect("groups:rules", group_id=access.group.pk)


@group_action
def rule_comment(request, access, item_id: int):
    item = get_object_or_404(RuleItem, pk=item_id, rule_set__group=access.group)
    form = CommentForm(request.POST)
    if not form.is_valid():
        form_errors(request, form)
    else:
        services.rule_comment_add(item=item, author=request.user, text=form.cleaned_data["text"])
        messages.success(request, _("Your comment is added."))
    return redirect(f"{_back_to_rules(access).url}#rule-{item.pk}")


@group_action
def rules_agree(request, access):
    rule_set = selectors.current_rules(group=access.group)
    posted = request.POST.get("version", "")
    if rule_set is None or str(rule_set.version) != posted:
        raise ValidationError(_("These rules have been changed since; read the new version."))
    services.rules_agree(rule_set=rule_set, user=request.user)
    messages.success(request, _("You agreed to the ground rules."))
    return _back_to_rules(access)


@group_action(facilitator_only=True)
def rules_propose(request, access):
    current = selectors.rules_context(group=access.group, user=request.user)
    form = RuleProposalForm(request.POST, items=current.get("rule_items", []))
    if not form.is_valid():
        form_errors(request, form)
    else:
        services.rules_propose(group=access.group, by=request.user, items=form.items())
        messages.success(request, _("New version proposed; everyone is asked to agree again."))
    return _back_to_rules(access)
