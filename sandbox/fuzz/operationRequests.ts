import fc from 'fast-check';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { CONTRACT_URL, dereference, loadContract, type ContractOperation } from '../contract';
import { arbitraryOf, type ArbitraryLimits, type Schema } from './schemaArbitrary';

/** A request as `app.inject` takes it. */
export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** The responses an operation declares, by status (`default` included), with their JSON schema if any. */
export type DeclaredResponses = Record<string, { json?: Schema; binary: boolean }>;

export interface FuzzOperation extends ContractOperation {
  responses: DeclaredResponses;
}

type Parts = { params: Record<string, unknown>; query: Record<string, unknown>; body?: unknown; file?: Buffer };

const readDocument = () => parse(readFileSync(CONTRACT_URL, 'utf8')) as Record<string, unknown>;

/** A schema of the contract's `components.schemas`, by name. */
export function componentSchema(name: string): Schema {
  const document = readDocument();
  return dereference({ $ref: `#/components/schemas/${name}` }, document) as Schema;
}

export function fuzzOperations(): FuzzOperation[] {
  const document = readDocument();
  const paths = document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
  return loadContract().map((operation) => {
    const raw = paths[operation.path]![operation.method.toLowerCase()]!.responses;
    const declared = dereference(raw, document) as Record<string, { content?: Record<string, { schema?: Schema }> }>;
    const responses = Object.fromEntries(
      Object.entries(declared).map(([status, response]) => {
        const content = response.content ?? {};
        const types = Object.keys(content);
        return [
          status,
          { json: content['application/json']?.schema, binary: types.some((type) => type !== 'application/json') },
        ];
      }),
    );
    return { ...operation, responses };
  });
}

/**
 * The query parameters the fuzzer sets. `fields` is left out: a selector reshapes the answer, so it
 * would no longer match the contract's schema (its own tests cover it).
 */
const withoutFields = (schema: Schema | undefined): Schema | undefined =>
  schema && {
    ...schema,
    properties: Object.fromEntries(Object.entries(schema.properties ?? {}).filter(([name]) => name !== 'fields')),
  };

const BOUNDARY = 'fuzz-boundary';

/** Files for upload operations: audio, images and CSV that are right, damaged or neither. */
const fileArbitrary: fc.Arbitrary<Buffer> = fc
  .tuple(
    fc.constantFrom(
      'RIFF\x24\x00\x00\x00WAVEfmt ',
      'ID3\x04\x00\x00\x00\x00\x00\x00',
      '\xff\xfb\x90\x64',
      'homePhone,firstName\n',
      '\x89PNG',
      '',
    ),
    fc.uint8Array({ maxLength: 600 }),
  )
  .map(([head, tail]) => Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(tail)]));

function multipartBody(file: Buffer, fields: Record<string, unknown>): Buffer {
  const text = Object.entries(fields)
    .map(
      ([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${String(value)}\r\n`,
    )
    .join('');
  return Buffer.concat([
    Buffer.from(`${text}--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="upload.bin"\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

function toRequest(operation: ContractOperation, parts: Parts, authorization: string): FuzzRequest {
  const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
    encodeURIComponent(String(parts.params[name])),
  );
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parts.query)) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const query = search.toString();
  const request: FuzzRequest = {
    method: operation.method,
    url: `/v2${path}${query ? `?${query}` : ''}`,
    headers: { authorization },
  };
  if (parts.file) {
    request.headers['content-type'] = `multipart/form-data; boundary=${BOUNDARY}`;
    request.payload = multipartBody(parts.file, (parts.body ?? {}) as Record<string, unknown>);
  } else if (parts.body !== undefined) {
    request.headers['content-type'] = 'application/json';
    request.payload = JSON.stringify(parts.body);
  }
  return request;
}

function partsArbitrary(operation: ContractOperation, limits: ArbitraryLimits): fc.Arbitrary<Parts> {
  const { params, querystring, body } = operation.schema;
  return fc.record({
    params: params ? (arbitraryOf(params, limits) as fc.Arbitrary<Record<string, unknown>>) : fc.constant({}),
    query: arbitraryOf(withoutFields(querystring) ?? { type: 'object' }, limits) as fc.Arbitrary<
      Record<string, unknown>
    >,
    body: body
      ? arbitraryOf(body, limits)
      : operation.multipart
        ? fc.dictionary(fc.constantFrom('name', 'useCustomFields'), fc.string({ maxLength: 20 }))
        : fc.constant(undefined),
    file: operation.multipart ? fileArbitrary : fc.constant(undefined),
  });
}

/** Requests the contract allows (the sandbox may still refuse them: unknown ids, business rules). */
export function validRequests(operation: ContractOperation, limits: ArbitraryLimits, authorization: string) {
  return partsArbitrary(operation, limits).map((parts) => toRequest(operation, parts, authorization));
}

/** Anything at all in place of a value: wrong types, odd text, huge numbers. */
const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 40, unit: 'binary' }),
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '0',
    '1e309',
    'NaN',
    'true',
    '9223372036854775808',
    '99999999999999999999999',
    '%',
    '[]',
    '{}',
    'null',
  ),
);

type Mutation = (parts: Parts, request: FuzzRequest) => FuzzRequest;

/** Ways to spoil a valid request: one part replaced, dropped or garbled. */
function mutations(operation: ContractOperation, authorization: string): fc.Arbitrary<Mutation> {
  const rebuild = (parts: Parts) => toRequest(operation, parts, authorization);
  const params = Object.keys(operation.schema.params?.properties ?? {});
  const query = Object.keys(withoutFields(operation.schema.querystring)?.properties ?? {});
  const options: fc.Arbitrary<Mutation>[] = [
    // A JSON body that is not JSON, or JSON of another shape.
    fc.string({ maxLength: 30 }).map((text): Mutation => (_parts, request) => ({
      ...request,
      headers: { ...request.headers, 'content-type': 'application/json' },
      payload: `{${text}`,
    })),
    junk.map((value): Mutation => (parts) => {
      const spoiled = rebuild({ ...parts, file: undefined, body: value });
      return { ...spoiled, headers: { ...spoiled.headers, 'content-type': 'application/json' } };
    }),
    // A multipart body without its boundary, or cut short.
    fc.nat({ max: 400 }).map((cut): Mutation => (_parts, request) => ({
      ...request,
      headers: {
        ...request.headers,
        'content-type': cut % 2 ? 'multipart/form-data' : `multipart/form-data; boundary=${BOUNDARY}`,
      },
      payload: (request.payload ? Buffer.from(request.payload) : Buffer.from(`--${BOUNDARY}\r\n`)).subarray(0, cut),
    })),
  ];
  if (params.length > 0) {
    options.push(
      // Not empty: `/texts/auto-replys/` is not a spoiled request for one auto-reply but the list's address.
      fc
        .tuple(
          fc.constantFrom(...params),
          junk.filter((value) => value !== ''),
        )
        .map(
          ([name, value]): Mutation =>
            (parts) =>
              rebuild({
                ...parts,
                params: { ...parts.params, [name]: typeof value === 'object' ? JSON.stringify(value) : value },
              }),
        ),
    );
  }
  if (query.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...query), junk).map(
        ([name, value]): Mutation =>
          (parts) =>
            rebuild({
              ...parts,
              query: { ...parts.query, [name]: typeof value === 'object' ? JSON.stringify(value) : value },
            }),
      ),
    );
  }
  if (operation.schema.body) {
    const properties = Object.keys((operation.schema.body.properties as Record<string, unknown> | undefined) ?? {});
    if (properties.length > 0) {
      options.push(
        fc.tuple(fc.constantFrom(...properties), junk, fc.boolean()).map(([name, value, drop]): Mutation => (parts) => {
          const body = { ...(parts.body as Record<string, unknown>) };
          if (drop) delete body[name];
          else body[name] = value;
          return rebuild({ ...parts, body });
        }),
      );
    }
  }
  return fc.oneof(...options);
}

/** Valid requests with one thing spoiled: what a careless or hostile client sends. */
export function invalidRequests(operation: ContractOperation, limits: ArbitraryLimits, authorization: string) {
  return fc
    .tuple(partsArbitrary(operation, limits), mutations(operation, authorization))
    .map(([parts, mutate]) => mutate(parts, toRequest(operation, parts, authorization)));
}
