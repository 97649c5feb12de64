from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from .. import selectors
from ..attendance import attendance_proof, standard_check
from ..documents import attendance_pdf_bytes
from ..models import AttendanceStandard


def _proof(request, group_id: int, year: int):
    access = selectors.group_for_user(group_id=group_id, user=request.user)
    if not 2000 <= year <= timezone.now().year + 1:
        raise Http404
    proof = attendance_proof(group=access.group, user=request.user, year=year)
    standards = list(AttendanceStandard.objects.all())
    chosen = next((s for s in standards if s.code == request.GET.get("standaard")), None)
    chosen = chosen or (standards[0] if standards else None)
    check = standard_check(proof=proof, standard=chosen) if chosen else None
    return access, proof, standards, check


@login_required
def attendance_proof_page(request, group_id: int, year: int):
    access, proof, standards, check = _proof(request, group_id, year)
    return render(
        request,
        "groups/attendance_proof.html",
        {"group": access.group, "proof": proof, "standards": standards, "check": check},
    )


@login_required
def attendance_proof_pdf(request, group_id: int, year: int):
    access, proof, _standards, check = _proof(request, group_id, year)
    response = HttpResponse(
        attendance_pdf_bytes(proof=proof, check=check), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="bewijs-van-deelname-{year}.pdf"'
    return response


@login_required
def organisation(request, group_id: int):
    access = selectors.group_for_user(group_id=group_id, user=request.user, contact_allowed=True)
    return render(
        request,
        "groups/organisation.html",
        {
            "group": access.group,
            "rows": selectors.organisation_overview(group=access.group),
            "members": access.group.memberships.filter(status="active").count(),
        },
    )
