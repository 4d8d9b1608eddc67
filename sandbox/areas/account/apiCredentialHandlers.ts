import type { HandlerRequest, Handlers, OperationId } from '../../context';
import {
  createApiCredential,
  deleteApiCredential,
  findApiCredentials,
  getApiCredential,
  setApiCredentialEnabled,
} from '../../db/apiCredentials';
import { badRequest, notFound, SandboxError } from '../../http/errors';
import { pageRequest } from '../../http/paging';

/** As on CallFire, API credentials cannot manage API credentials: only the account's own login can. */
function requireAccountLogin(request: HandlerRequest<OperationId>) {
  if (request.viaApiCredential) {
    throw new SandboxError(403, "API credentials cannot manage API credentials; use the account's own login");
  }
}

const CREDENTIAL = 'API credential';

export const apiCredentialHandlers: Handlers = {
  findApiCredentials: (request, _reply, { db }) => {
    requireAccountLogin(request);
    return findApiCredentials(db, request.query.name, pageRequest(request.query));
  },
  createApiCredential: (request, _reply, { db, now }) => {
    requireAccountLogin(request);
    const name = request.body.name.trim();
    if (!name) throw badRequest('name: a credential needs a name');
    return createApiCredential(db, name, now());
  },
  getApiCredential: (request, _reply, { db }) => {
    requireAccountLogin(request);
    const credential = getApiCredential(db, request.params.id);
    if (!credential) throw notFound(CREDENTIAL, request.params.id);
    return credential;
  },
  deleteApiCredential: (request, reply, { db }) => {
    requireAccountLogin(request);
    if (!deleteApiCredential(db, request.params.id)) throw notFound(CREDENTIAL, request.params.id);
    reply.code(204);
  },
  enableApiCredentials: (request, _reply, { db }) => {
    requireAccountLogin(request);
    if (!setApiCredentialEnabled(db, request.params.id, true)) throw notFound(CREDENTIAL, request.params.id);
  },
  disableApiCredentials: (request, _reply, { db }) => {
    requireAccountLogin(request);
    if (!setApiCredentialEnabled(db, request.params.id, false)) throw notFound(CREDENTIAL, request.params.id);
  },
};
