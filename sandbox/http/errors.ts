import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { components } from '../../shared/schema';

export type ErrorResponse = components['schemas']['ErrorResponse'];

/** An error a handler raises on purpose; it becomes a CallFire ErrorResponse with this status. */
export class SandboxError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly developerMessage?: string,
    readonly internalCode = 0,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, developerMessage?: string) =>
  new SandboxError(400, message, developerMessage);

export const notFound = (what: string, id: string | number) => new SandboxError(404, `${what} ${id} not found`);

export function errorBody(
  statusCode: number,
  message: string,
  developerMessage?: string,
  internalCode = 0,
): ErrorResponse {
  const body: ErrorResponse = { httpStatusCode: statusCode, internalCode, message };
  if (developerMessage) body.developerMessage = developerMessage;
  return body;
}

export function sendError(
  reply: FastifyReply,
  statusCode: number,
  message: string,
  developerMessage?: string,
  internalCode = 0,
) {
  return reply
    .code(statusCode)
    .type('application/json')
    .send(errorBody(statusCode, message, developerMessage, internalCode));
}

/** Names the field an Ajv error is about, in the form an API user reads: `body.numbers[2]`, `query.limit`. */
function describeValidation(error: FastifyError): string {
  const first = error.validation?.[0];
  if (!first) return error.message;
  const part = error.validationContext === 'querystring' ? 'query' : (error.validationContext ?? 'request');
  const pointer = first.instancePath
    .split('/')
    .slice(1)
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
    .join('');
  const missing = first.keyword === 'required' ? `.${String(first.params.missingProperty)}` : '';
  const field = `${part}${pointer}${missing}`;
  if (first.keyword === 'required') return `${field} is required`;
  if (first.keyword === 'enum') {
    const allowed = (first.params.allowedValues as unknown[]).join(', ');
    return `${field} must be one of: ${allowed}`;
  }
  return `${field} ${first.message ?? 'is invalid'}`;
}

export function handleError(error: FastifyError | SandboxError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof SandboxError) {
    return sendError(reply, error.statusCode, error.message, error.developerMessage, error.internalCode);
  }
  if (error.validation) return sendError(reply, 400, describeValidation(error));
  const status = error.statusCode ?? 500;
  if (status < 500) {
    // Fastify's own client errors (bad JSON, wrong content type, body too large) keep their status.
    const message =
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
        ? 'The request body is not valid JSON'
        : error.message;
    return sendError(reply, status, message, error.code);
  }
  request.log.error(error);
  return sendError(reply, 500, 'The sandbox failed to handle this request', error.message);
}
