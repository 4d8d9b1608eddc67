import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, errorMessage } from '../api/ApiError';

/**
 * Which form field shows an error about a request field, keyed by the request field's path with its
 * list indexes left out (`contactIds`, `sounds.liveSoundId`); an entry also covers the fields under it.
 * A list of names stands for fields named as in the request.
 */
export type ServerFieldMap<Form extends FieldValues> = Readonly<Record<string, Path<Form>>> | readonly Path<Form>[];

/** The form field for a request field path: the most specific entry of the map that covers it. */
export function formFieldFor<Form extends FieldValues>(
  fieldPath: string | undefined,
  fields: ServerFieldMap<Form>,
): Path<Form> | undefined {
  if (!fieldPath) return undefined;
  const map: Readonly<Record<string, Path<Form>>> = Array.isArray(fields)
    ? Object.fromEntries(fields.map((name) => [name, name]))
    : fields;
  const segments = fieldPath.split('.').filter((segment) => !/^\d+$/.test(segment));
  for (let length = segments.length; length > 0; length--) {
    const field = map[segments.slice(0, length).join('.')];
    if (field) return field;
  }
  return undefined;
}

/**
 * Puts a failed request's error on the form field the server named (see `ApiError.fieldPath`), else
 * on the form as a whole (`root.server`), so the operator sees it where it applies.
 */
export function applyServerError<Form extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Form>,
  fields: ServerFieldMap<Form>,
) {
  const message = errorMessage(error);
  const field = error instanceof ApiError ? formFieldFor(error.fieldPath, fields) : undefined;
  setError(field ?? ('root.server' as Path<Form>), { type: 'server', message });
}
