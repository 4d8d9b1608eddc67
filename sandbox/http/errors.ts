import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
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
  // The cause goes to the log only: an answer never carries internal text (SQL, stack, file paths).
  request.log.error(error);
  return sendError(reply, 500, 'The sandbox failed to handle this request');
}

/** Errors Fastify meets before any route runs (a malformed or over-long URL): an ErrorResponse too. */
export function handleFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode ?? 400;
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'A path parameter of the URL is too long'
      : error.code === 'FST_ERR_BAD_URL'
        ? 'The URL is not validly encoded'
        : (STATUS_CODES[status] ?? 'Bad request');
  return sendError(reply, status, message, error.code);
}

const CLIENT_ERRORS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'The request line or headers are larger than the sandbox accepts'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request was not received in time'],
  ERR_HTTP_HEADERS_TIMEOUT: [408, 'The request headers were not received in time'],
};

/**
 * Errors Node's HTTP parser meets before Fastify sees a request (headers too large, a request that
 * takes too long, bytes that are not HTTP): answered on the raw socket, still as an ErrorResponse.
 */
export function handleClientError(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'The request is not valid HTTP'];
  if (socket.writable) {
    const body = JSON.stringify(errorBody(status, message));
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
