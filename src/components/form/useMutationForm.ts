import type { UseMutationOptions } from '@tanstack/react-query';
import { useForm, type FieldValues, type UseFormProps } from 'react-hook-form';
import type { ServerFieldMap } from '../../lib/serverFieldErrors';
import { useFormMutation } from './useFormMutation';

/**
 * A form that sends one resource mutation: react-hook-form with its resolver and defaults, the mutation's
 * errors put beside the fields the server names (`serverFields`), and `dialogProps` to spread on
 * `FormDialog` (submit, pending, the form-wide error). `onSaved` runs once the request succeeds.
 */
export function useMutationForm<Form extends FieldValues, Result, Variables>({
  form: formOptions,
  mutation,
  serverFields,
  variablesOf,
  onSaved,
}: {
  form: UseFormProps<Form>;
  mutation: UseMutationOptions<Result, Error, Variables>;
  serverFields: ServerFieldMap<Form>;
  variablesOf: (values: Form) => Variables;
  onSaved: (result: Result) => void;
}) {
  const form = useForm<Form>(formOptions);
  const save = useFormMutation(mutation, form.setError, serverFields);
  const onSubmit = form.handleSubmit((values) => save.mutate(variablesOf(values), { onSuccess: onSaved }));
  return {
    form,
    dialogProps: { onSubmit, pending: save.isPending, formError: form.formState.errors.root?.server?.message },
  };
}
