import { zodResolver } from '@hookform/resolvers/zod';
import type { UseMutationOptions } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { contactListMutations, type ContactList } from '../../api/resources/contactLists';
import { FormDialog } from '../../components/form/FormDialog';
import { FormTextField } from '../../components/form/FormTextField';
import { useMutationForm } from '../../components/form/useMutationForm';
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
  const { form, dialogProps } = useMutationForm({
    form: { resolver: zodResolver(schema), defaultValues: { name: initialName } },
    mutation,
    serverFields: ['name'],
    variablesOf: ({ name }) => variablesOf(name),
    onSaved: (result) => {
      onClose();
      onDone?.(result);
    },
  });
  return (
    <FormDialog title={title} description={description} submitLabel={submitLabel} onClose={onClose} {...dialogProps}>
      <FormTextField control={form.control} name="name" label="List name" autoFocus fullWidth margin="dense" />
    </FormDialog>
  );
}

/** Renames `list`. */
export function RenameListDialog({ list, onClose }: { list: ContactList; onClose: () => void }) {
  return (
    <ListNameDialog
      title={`Rename ${list.name}`}
      initialName={list.name}
      submitLabel="Rename"
      mutation={contactListMutations.rename(list.id!)}
      variablesOf={(name) => name}
      onClose={onClose}
    />
  );
}
