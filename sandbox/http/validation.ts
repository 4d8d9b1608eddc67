import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { conformToSchema } from './coercion';
import type { JsonSchema } from './schema';

export function createAjv(coerceTypes: boolean | 'array', useDefaults = true) {
  const ajv = new Ajv2020({ coerceTypes, useDefaults, allErrors: false, strict: false });
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

// Query strings and path parameters are text on the wire, so Ajv coerces them (and a single value becomes a
// one-item array). JSON bodies get only the coercions CallFire's server makes (see coercion.ts), before Ajv
// checks them strictly. Defaults fill in what a POST leaves out; a PUT changes only what it names.
const textAjv = createAjv('array');
const createBodyAjv = createAjv(false);
const updateBodyAjv = createAjv(false, false);

type ValidatorWithErrors = ((data: unknown) => boolean | { value: unknown }) & { errors?: ValidateFunction['errors'] };

export const validatorCompiler: FastifySchemaCompiler<Record<string, unknown>> = ({ schema, httpPart, method }) => {
  const isBody = httpPart === 'body';
  const ajv = isBody ? (method === 'PUT' ? updateBodyAjv : createBodyAjv) : textAjv;
  const validate = ajv.compile(schema);
  const validator: ValidatorWithErrors = (data) => {
    const value = conformToSchema(schema as JsonSchema, data, { dropUnknown: isBody });
    const valid = validate(value);
    validator.errors = validate.errors;
    return valid ? { value } : false;
  };
  return validator;
};
