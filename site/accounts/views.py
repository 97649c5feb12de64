from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from . import roles


@login_required
def profile(request):
    user = request.user
    user_roles = [
        label for name, label in roles.ROLE_LABELS.items() if roles.user_has_role(user, name)
    ]
    return render(request, "accounts/profile.html", {"user_roles": user_roles})
