"""Modules that are loaded on first use instead of when the URLconf is imported.

allauth's MFA views import its WebAuthn helpers at module level, and those pull in ``fido2``
and ``cryptography``: about 12 MB in every web worker, although we only offer TOTP and
recovery codes (``MFA_SUPPORTED_TYPES``). Registering the helper module as a lazy module
keeps the import statements working (the module object exists) but runs its code, and so
imports fido2, only when an attribute is read: in practice when a staff member's TOTP device
is checked (``Authenticator.wrap`` names every kind) or if WebAuthn is switched on.

The standard library's ``importlib.util.LazyLoader`` does the work; this module only decides
which modules get it. It must run before the URLconf is loaded (``IntervisorConfig.ready``).
"""

import importlib.util
import sys

WEBAUTHN_HELPERS = "allauth.mfa.webauthn.internal.auth"


def defer(name: str) -> None:
    """Put a lazy module for ``name`` in ``sys.modules`` unless it is imported already."""
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)  # imports the parent packages, not the module
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    setattr(sys.modules[parent], child, module)


def defer_unused(mfa_types) -> None:
    if "webauthn" not in mfa_types:
        defer(WEBAUTHN_HELPERS)
