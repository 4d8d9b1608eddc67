import type { components } from './schema';

export type ErrorResponse = components['schemas']['ErrorResponse'];

/** A failed CallFire call: the HTTP status plus whatever CallFire said in its ErrorResponse. */
export class ApiError extends Error {
  readonly status: number;
  readonly internalCode?: number;
  readonly developerMessage?: string;
  readonly helpLink?: string;

  constructor(status: number, body: Partial<ErrorResponse> | undefined, fallback: string) {
    super(body?.message || fallback);
    this.name = 'ApiError';
    this.status = status;
    this.internalCode = body?.internalCode;
    this.developerMessage = body?.developerMessage;
    this.helpLink = body?.helpLink;
  }

  /** True for answers the client caused (4xx): repeating the same request will not help. */
  get isClientError() {
    return this.status >= 400 && this.status < 500;
  }
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
