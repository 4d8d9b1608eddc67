import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** One operation of openapi/callfire.yaml, ready to become a Fastify route with validation schemas. */
export interface ContractOperation {
  operationId: string;
  method: string;
  /** The contract's path, e.g. `/contacts/{id}`. */
  path: string;
  /** The same path in Fastify's syntax, e.g. `/contacts/:id`. */
  routeUrl: string;
  schema: {
    params?: JsonSchema;
    querystring?: JsonSchema;
    body?: JsonSchema;
  };
  /** True when the body is multipart (file uploads), which Fastify's JSON validation does not cover. */
  multipart: boolean;
}

type JsonSchema = Record<string, unknown>;
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

const METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const;
export const CONTRACT_URL = new URL('../openapi/callfire.yaml', import.meta.url);

/** Replaces every local `$ref` with the schema it names, so each route schema stands alone. */
export function dereference(node: unknown, document: Record<string, unknown>, seen: string[] = []): unknown {
  if (Array.isArray(node)) return node.map((item) => dereference(item, document, seen));
  if (node === null || typeof node !== 'object') return node;
  const object = node as Record<string, unknown>;
  if (typeof object.$ref === 'string') {
    const ref = object.$ref;
    if (seen.includes(ref)) throw new Error(`Recursive $ref ${ref} is not supported by the sandbox`);
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((current, key) => (current as Record<string, unknown>)?.[key], document);
    if (target === undefined) throw new Error(`Unresolved $ref ${ref}`);
    return dereference(target, document, [...seen, ref]);
  }
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, dereference(value, document, seen)]));
}

function objectSchema(parameters: Parameter[]): JsonSchema | undefined {
  if (parameters.length === 0) return undefined;
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema])),
    required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
  };
}

function withoutEmpty(schema: ContractOperation['schema']): ContractOperation['schema'] {
  return Object.fromEntries(Object.entries(schema).filter(([, value]) => value !== undefined));
}

export function loadContract(source = readFileSync(CONTRACT_URL, 'utf8')): ContractOperation[] {
  const document = parse(source) as Record<string, unknown>;
  const paths = document.paths as Record<string, Record<string, unknown>>;
  const operations: ContractOperation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const raw = item[method];
      if (!raw) continue;
      const operation = dereference(raw, document) as {
        operationId: string;
        parameters?: Parameter[];
        requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
      };
      const parameters = operation.parameters ?? [];
      const jsonBody = operation.requestBody?.content['application/json']?.schema;
      operations.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        routeUrl: path.replace(/\{(\w+)\}/g, ':$1'),
        schema: withoutEmpty({
          params: objectSchema(parameters.filter((parameter) => parameter.in === 'path')),
          querystring: objectSchema(parameters.filter((parameter) => parameter.in === 'query')),
          body: jsonBody,
        }),
        multipart: Boolean(operation.requestBody?.content['multipart/form-data']),
      });
    }
  }
  return operations;
}
