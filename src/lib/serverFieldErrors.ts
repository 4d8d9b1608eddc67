import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, errorMessage } from '../api/ApiError';

/**
 * Puts a CallFire validation error on the form field it names (`body.homePhone must …`, or a
 * message mentioning the field), else on the form as a whole, so the operator sees it where it applies.
 */
export function applyServerError<Form extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Form>,
  fields: readonly Path<Form>[],
) {
  const message = errorMessage(error);
  if (error instanceof ApiError && error.status === 400) {
    const field = fields.find((name) =>
      new RegExp(`(^|[^A-Za-z0-9])${name.replace(/\./g, '\\.')}([^A-Za-z0-9]|$)`).test(message),
    );
    if (field) {
      setError(field, { type: 'server', message });
      return;
    }
  }
  setError('root.server' as Path<Form>, { type: 'server', message });
}
