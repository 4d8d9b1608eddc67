import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { applyServerError, type ServerFieldMap } from '../../lib/serverFieldErrors';

/**
 * A resource mutation sent by a form: its errors go beside the fields the server names (through
 * `fields`), or above the form, instead of to the snackbar. Submit with `mutate(values, { onSuccess })`.
 */
export function useFormMutation<Result, Variables, Form extends FieldValues>(
  options: UseMutationOptions<Result, Error, Variables>,
  setError: UseFormSetError<Form>,
  fields: ServerFieldMap<Form>,
) {
  return useMutation({
    ...options,
    meta: { ...options.meta, notifyOnError: false },
    onError: (error) => applyServerError(error, setError, fields),
  });
}
