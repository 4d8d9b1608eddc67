import type { components } from './schema';

export type ErrorResponse = components['schemas']['ErrorResponse'];

/** A failed CallFire call: the HTTP status plus whatever CallFire said in its ErrorResponse. */
export class ApiError extends Error {
  readonly status: number;
  readonly internalCode?: number;
  readonly developerMessage?: string;
  readonly helpLink?: string;
  /** The request field the message is about (`contactIds.2`, `sounds.liveSoundId`), if it names one. */
  readonly fieldPath?: string;

  constructor(status: number, body: Partial<ErrorResponse> | undefined, fallback: string) {
    super(body?.message || fallback);
    this.name = 'ApiError';
    this.status = status;
    this.internalCode = body?.internalCode;
    this.developerMessage = body?.developerMessage;
    this.helpLink = body?.helpLink;
    this.fieldPath = status === 400 ? fieldPathOf(this.message) : undefined;
  }

  /** True for answers the client caused (4xx): repeating the same request will not help. */
  get isClientError() {
    return this.status >= 400 && this.status < 500;
  }
}

// A validation message starts with the field it is about, then a colon or a verb:
// `body.contactIds[2]: contact 7 does not exist`, `body.message must not be blank`, `file is empty`.
const FIELD_MESSAGE = /^([a-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*|\[\d+\])*)(?::\s|\s(?:is|must|needs|has|should)\b)/;
const REQUEST_PARTS = new Set(['body', 'query', 'path', 'request']);

/**
 * The field a 400 message names, in react-hook-form's dotted form and without the request part it
 * was in: `body.contactIds[2]` → `contactIds.2`, `body[0].phoneNumber` → `0.phoneNumber`.
 */
export function fieldPathOf(message: string): string | undefined {
  const match = FIELD_MESSAGE.exec(message);
  if (!match) return undefined;
  const segments = match[1].split(/\.|\[(\d+)\]/).filter((segment) => segment !== undefined && segment !== '');
  if (REQUEST_PARTS.has(segments[0])) segments.shift();
  return segments.length > 0 ? segments.join('.') : undefined;
}

const GENERIC_MESSAGES: Record<number, string> = {
  401: 'CallFire rejected the API credentials configured on the server.',
  403: 'These API credentials are not allowed to do that.',
  404: 'Not found.',
  502: 'The CallFire API could not be reached.',
  503: 'The CallFire API is unavailable right now.',
  504: 'The CallFire API did not answer in time.',
};

function isErrorResponse(value: unknown): value is Partial<ErrorResponse> {
  return typeof value === 'object' && value !== null && ('message' in value || 'httpStatusCode' in value);
}

/** Builds the ApiError for a non-2xx response, whether or not its body is a CallFire ErrorResponse. */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const fallback = GENERIC_MESSAGES[response.status] ?? `The request failed with HTTP ${response.status}.`;
  return new ApiError(response.status, isErrorResponse(body) ? body : undefined, fallback);
}

/** The message to show an operator for any error a query or mutation may raise. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
