"""Admin: play the latest revision of a scenario as a test, without recording a run."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin.auth import require_admin_access

from .. import playtest
from ..competencies import COMPETENCIES
from ..models import ScenarioPage


@require_admin_access
def playtest_view(request, page_id: int):
    page = get_object_or_404(ScenarioPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    draft = page.get_latest_revision_as_object()
    graph = draft.graph
    initial = draft.initial_state()
    key = playtest.session_key(page.pk)
    walk = request.session.get(key)
    if walk is None or walk.get("revision") != page.latest_revision_id or "restart" in request.POST:
        walk = playtest.start(
            graph=graph, revision_id=page.latest_revision_id, initial_state=initial
        )
    if request.method == "POST" and "intervention" in request.POST:
        try:
            position = int(request.POST.get("position", ""))
        except ValueError:
            position = -1
        walk = playtest.choose(
            graph=graph,
            walk=walk,
            intervention_id=request.POST["intervention"],
            position=position,
        )
    request.session[key] = walk
    if request.method == "POST":
        return redirect("practice_playtest", page_id=page.pk)
    result = playtest.outcome(graph=graph, walk=walk, initial_state=initial)
    scores = result.pop("scores")
    rows = [
        {"label": label, "score": scores[name]}
        for name, label in COMPETENCIES.items()
        if name in scores
    ]
    return TemplateResponse(
        request,
        "practice/admin/playtest.html",
        {
            "page": draft,
            "page_title": _("Test play"),
            "walk": walk,
            "position": len(walk["trail"]),
            "scores": rows,
            **result,
        },
    )
