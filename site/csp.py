"""Two Content Security Policies: the site's strict one, and the Wagtail admin's.

The site's pages run no inline code (`CONTENT_SECURITY_POLICY`). The Wagtail admin does: its
templates carry inline scripts and `style` attributes that Wagtail gives no nonce, so under the
strict policy its choosers, date pickers and dialogs stop working. The admin (staff only, behind
TOTP) gets `INTERVISOR_ADMIN_CONTENT_SECURITY_POLICY` instead, which allows inline code and
nothing else the site's policy refuses: still no other origin's scripts, no plugins, no framing
by others, forms only to this site.

django-csp 4 chooses the policy per response; its documented extension point is
`CSPMiddleware.get_policy_parts`. A view decorated with `csp.decorators.csp_replace` and the like
still wins over the admin's default. The checks below fail `manage.py check` when a setting
would be silently ignored again (django-csp 3's `CSP_*` names: django-csp 4 reads none of them).
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.core.checks import Error, Tags, register

ADMIN_PREFIX = "/admin/"
MIDDLEWARE_PATH = "intervisor.csp.AdminAwareCSPMiddleware"


class AdminAwareCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = admin_directives()
        return parts


def is_admin_path(path: str) -> bool:
    return path.startswith(ADMIN_PREFIX)


def admin_directives() -> dict:
    return settings.INTERVISOR_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]


@register(Tags.security)
def csp_settings_check(app_configs, **kwargs):
    problems = [
        Error(
            f"{name} is a django-csp 3 setting; django-csp 4 ignores it.",
            hint="Configure the policy in CONTENT_SECURITY_POLICY (the site) or "
            "INTERVISOR_ADMIN_CONTENT_SECURITY_POLICY (the Wagtail admin).",
            id="intervisor.E001",
        )
        for name in dir(settings)
        if name.startswith("CSP_")
    ]
    if MIDDLEWARE_PATH not in settings.MIDDLEWARE:
        problems.append(
            Error(
                f"{MIDDLEWARE_PATH} is not in MIDDLEWARE: pages get no CSP, or the admin the "
                "site's policy, which stops Wagtail's scripts.",
                id="intervisor.E002",
            )
        )
    if "csp.middleware.CSPMiddleware" in settings.MIDDLEWARE:
        problems.append(
            Error(
                "csp.middleware.CSPMiddleware would set the site's policy on the admin first.",
                hint=f"List {MIDDLEWARE_PATH} instead.",
                id="intervisor.E003",
            )
        )
    admin = getattr(settings, "INTERVISOR_ADMIN_CONTENT_SECURITY_POLICY", None)
    if not isinstance(admin, dict) or not admin.get("DIRECTIVES"):
        problems.append(
            Error(
                "INTERVISOR_ADMIN_CONTENT_SECURITY_POLICY needs a DIRECTIVES dict.",
                id="intervisor.E004",
            )
        )
    return problems
