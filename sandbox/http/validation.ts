import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

export function createAjv(coerceTypes: boolean | 'array') {
  const ajv = new Ajv2020({ coerceTypes, useDefaults: true, allErrors: false, strict: false });
  addFormats(ajv);
  // OpenAPI's integer formats: Ajv does not know them, and JSON numbers already bound them well enough.
  ajv.addFormat('int32', { type: 'number', validate: (value) => Number.isInteger(value) && Math.abs(value) < 2 ** 31 });
  // Beyond 2^53 a JSON number loses its last digits, but it is still an int64 the API accepts (and finds nothing for).
  ajv.addFormat('int64', {
    type: 'number',
    validate: (value) => Number.isInteger(value) && Math.abs(value) <= 2 ** 63,
  });
  return ajv;
}

// Query strings and path parameters are text on the wire, so they are coerced (and a single value
// becomes a one-item array); JSON bodies are not: `"5"` where a number belongs is a client error.
const textAjv = createAjv('array');
const jsonAjv = createAjv(false);

export const validatorCompiler: FastifySchemaCompiler<Record<string, unknown>> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? jsonAjv : textAjv).compile(schema);
