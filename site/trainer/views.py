from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _

from .selectors import trainer_home, user_trains


@login_required
def home(request):
    if not user_trains(request.user):
        return render(
            request,
            "trainer/not_a_trainer.html",
            {"message": _("This page is for trainers of a training provider.")},
            status=403,
        )
    return render(request, "trainer/home.html", {"sections": trainer_home(user=request.user)})
