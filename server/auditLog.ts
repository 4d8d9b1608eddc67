import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { matchAuditOperation } from '../shared/auditOperations.ts';
import type { AuditEntry, AuditSearch, AuditStore } from './auditStore.ts';
import { sendError } from './errorReply.ts';
import type { Operator } from './sessions.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The account an operator's entries belong to: CallFire's account id when known, else the login itself. */
export const auditAccountOf = (operator: Pick<Operator, 'login' | 'accountId'>) =>
  operator.accountId !== undefined ? `account:${operator.accountId}` : `login:${operator.login}`;

/**
 * What a request through `/api` will be logged as, or undefined for a read (never logged). `path` is the
 * CallFire path, without `/api` and the query string.
 */
export function auditedWrite(method: string, path: string) {
  if (SAFE_METHODS.has(method.toUpperCase())) return undefined;
  const matched = matchAuditOperation(method, path);
  if (matched) return { operation: matched.operation.operationId, records: matched.records };
  // A write the table does not name is still logged, by method and path with ids generalised.
  return { operation: `${method.toUpperCase()} ${path.replace(/\/\d+(?=\/|$)/g, '/{id}')}`, records: [] };
}

/** The ids of what CallFire created, from its `{ id }` or `{ items: [{ id }] }` answer; nothing else is read. */
export function createdIds(body: Buffer): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return [];
  }
  const idOf = (value: unknown) =>
    value && typeof value === 'object' && 'id' in value && ['number', 'string'].includes(typeof value.id)
      ? [String(value.id)]
      : [];
  if (parsed && typeof parsed === 'object' && 'items' in parsed && Array.isArray(parsed.items)) {
    return parsed.items.flatMap(idOf);
  }
  return idOf(parsed);
}

// Write answers are ids and short records; anything larger is passed on without looking inside.
const MAX_READ_ANSWER = 256 * 1024;

/** Reads a small JSON answer whole so its created ids can be logged; the same bytes then go to the browser. */
export async function readAnswer(stream: Readable, headers: Record<string, unknown>): Promise<Buffer | undefined> {
  // A chunked answer has no length; write answers that are JSON are small either way.
  const length = Number(headers['content-length'] ?? 0);
  if (!/json/.test(String(headers['content-type'] ?? '')) || !(length <= MAX_READ_ANSWER)) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

export function auditEntryOf(
  operator: Operator,
  write: { operation: string; records: string[] },
  status: number,
  answer: Buffer | undefined,
): AuditEntry {
  const created = write.records.length === 0 && answer && status < 300 ? createdIds(answer) : [];
  return {
    id: randomUUID(),
    time: Date.now(),
    account: auditAccountOf(operator),
    operator: operator.login,
    operation: write.operation,
    records: write.records.length ? write.records : created,
    status,
  };
}

const searchSchema = {
  type: 'object',
  properties: {
    operator: { type: 'string', maxLength: 200 },
    operation: { type: 'string', maxLength: 200 },
    from: { type: 'integer', minimum: 0 },
    to: { type: 'integer', minimum: 0 },
    offset: { type: 'integer', minimum: 0, default: 0 },
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 25 },
  },
} as const;

/** The search as the address gives it; the account is always the operator's own. */
type SearchQuery = Omit<AuditSearch, 'account'>;

/**
 * `GET /audit/entries`: the signed-in operator's account's activity, newest first, searched by operator,
 * operation and time. Guarded as `/api` is: the console's own pages only, and only with a session.
 */
export function registerAuditRoutes(
  app: FastifyInstance,
  store: AuditStore,
  operatorOf: (request: FastifyRequest) => Promise<Operator | undefined>,
  refuse: (request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined,
) {
  app.get(
    '/audit/entries',
    { schema: { querystring: searchSchema }, attachValidation: true },
    async (request, reply) => {
      const refused = refuse(request, reply);
      if (refused) return refused;
      const operator = await operatorOf(request);
      if (!operator) return sendError(reply, 401, 'Sign in to continue');
      if (request.validationError) {
        return sendError(reply, 400, `Search not understood: ${request.validationError.message}`);
      }
      const query = request.query as SearchQuery;
      if (query.from !== undefined && query.to !== undefined && query.to < query.from) {
        return sendError(reply, 400, 'The end of the period is before its beginning');
      }
      return store.search({ ...query, account: auditAccountOf(operator) });
    },
  );
}
