import { test } from '@fast-check/vitest';
import type { FastifyInstance } from 'fastify';
import type { ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { buildSandbox } from '../app';
import { readConfig } from '../config';
import { createAjv } from '../http/validation';
import {
  componentSchema,
  fuzzOperations,
  invalidRequests,
  validRequests,
  type FuzzOperation,
  type FuzzRequest,
} from './operationRequests';
import type { Schema } from './schemaArbitrary';

/**
 * Property-based fuzzing of every operation of the contract against an in-process sandbox: no
 * request, valid or spoiled, may get a 5xx, an error that is not an ErrorResponse, or a success
 * that does not match the contract. `FUZZ_RUNS` sets the runs per operation and side (`npm run fuzz`).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const LIMITS = { maxString: RUNS > 20 ? 300 : 40, maxItems: 5 };

// The short run starts from an empty sandbox (the demo data takes long to make); the long one from the demo.
const config = readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: process.env.FUZZ_RUNS ? 'demo' : 'empty' });
const authorization = `Basic ${Buffer.from(`${config.login}:${config.password}`).toString('base64')}`;
const ajv = createAjv(false);
const operations = fuzzOperations();
// Every property an error must carry, whatever the contract leaves optional.
const errorResponse = ajv.compile({
  ...componentSchema('ErrorResponse'),
  required: ['httpStatusCode', 'internalCode', 'message'],
});
const validators = new Map<Schema, ValidateFunction>();
const validatorOf = (schema: Schema) => {
  if (!validators.has(schema)) validators.set(schema, ajv.compile(schema));
  return validators.get(schema)!;
};

let app: FastifyInstance;

/** Sends a request and states what is wrong with the answer, if anything. */
async function problemWith(operation: FuzzOperation, request: FuzzRequest): Promise<string | undefined> {
  const answer = await app.inject(request as never);
  const status = answer.statusCode;
  const isJson = String(answer.headers['content-type'] ?? '').startsWith('application/json');
  if (status >= 500) return `${status}: ${answer.body}`;
  if (status >= 400) {
    if (!isJson) return `${status} without a JSON ErrorResponse: ${answer.body.slice(0, 200)}`;
    const body = answer.json();
    if (!errorResponse(body) || body.httpStatusCode !== status)
      return `${status} is not an ErrorResponse: ${answer.body}`;
    return undefined;
  }
  const declared = operation.responses[String(status)];
  if (!declared)
    return `${status} is not a status the contract declares (${Object.keys(operation.responses).join(', ')})`;
  if (declared.json) {
    if (!isJson) return `${status} answered ${String(answer.headers['content-type'])}, not JSON`;
    const validate = validatorOf(declared.json);
    if (!validate(answer.json()))
      return `the answer does not match the contract: ${ajv.errorsText(validate.errors)}: ${answer.body.slice(0, 300)}`;
  } else if (!declared.binary && answer.body !== '') {
    return `${status} should have no body: ${answer.body.slice(0, 200)}`;
  }
  return undefined;
}

describe('contract fuzzing', () => {
  beforeAll(async () => {
    app = await buildSandbox({ config });
  }, 120_000);
  afterAll(() => app.close());

  for (const operation of operations) {
    describe(`${operation.operationId} (${operation.method} ${operation.path})`, () => {
      test.prop([validRequests(operation, LIMITS, authorization)], { numRuns: RUNS })(
        'valid requests',
        async (request) => {
          expect(await problemWith(operation, request)).toBeUndefined();
        },
        60_000,
      );
      test.prop([invalidRequests(operation, LIMITS, authorization)], { numRuns: RUNS })(
        'spoiled requests',
        async (request) => {
          expect(await problemWith(operation, request)).toBeUndefined();
        },
        60_000,
      );
    });
  }
});
