import { zodResolver } from '@hookform/resolvers/zod';
import type { UseMutationOptions } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormDialog } from '../../components/form/FormDialog';
import { FormTextField } from '../../components/form/FormTextField';
import { useFormMutation } from '../../components/form/useFormMutation';
import { listNameSchema } from './listName';

const schema = z.object({ name: listNameSchema });

/** Asks for a list name and sends `mutation` with it (to create or rename a list); a server error lands under the field. */
export function ListNameDialog<Result, Variables>({
  title,
  description,
  initialName = '',
  submitLabel,
  mutation,
  variablesOf,
  onDone,
  onClose,
}: {
  title: string;
  description?: ReactNode;
  initialName?: string;
  submitLabel: string;
  mutation: UseMutationOptions<Result, Error, Variables>;
  variablesOf: (name: string) => Variables;
  onDone?: (result: Result) => void;
  onClose: () => void;
}) {
  const { control, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { name: initialName },
  });
  const save = useFormMutation(mutation, setError, ['name']);
  const submit = handleSubmit(({ name }) =>
    save.mutate(variablesOf(name), {
      onSuccess: (result) => {
        onClose();
        onDone?.(result);
      },
    }),
  );
  return (
    <FormDialog
      title={title}
      description={description}
      submitLabel={submitLabel}
      onSubmit={submit}
      onClose={onClose}
      pending={save.isPending}
      formError={formState.errors.root?.server?.message}
    >
      <FormTextField control={control} name="name" label="List name" autoFocus fullWidth margin="dense" />
    </FormDialog>
  );
}
