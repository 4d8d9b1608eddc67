import { zodResolver } from '@hookform/resolvers/zod';
import { Stack } from '@mui/material';
import { useQuery, type UseMutationOptions } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import type { Schema } from '../../api/types';
import { contactListsQuery } from '../../api/resources/contactLists';
import { FormDialog } from '../../components/form/FormDialog';
import { FormChoices } from '../../components/form/FormChoices';
import { FormPhoneListField } from '../../components/form/FormPhoneListField';
import { FormSelect } from '../../components/form/FormSelect';
import { FormTextField } from '../../components/form/FormTextField';
import { FormToggle } from '../../components/form/FormToggle';
import { useFormMutation } from '../../components/form/useFormMutation';
import { countLabel } from '../../lib/format';
import {
  BATCH_SERVER_FIELDS,
  batchFormSchema,
  batchRequestOf,
  emptyBatchForm,
  type BatchFormValues,
} from './batchForm';

/** Adds a batch from a contact list or pasted numbers, optionally without numbers the broadcast already has. */
const SOURCES = [
  { value: 'list', label: 'A contact list' },
  { value: 'numbers', label: 'Pasted numbers' },
];

export function AddBatchDialog<Created>({
  addBatch: addBatchMutation,
  verb,
  open,
  onClose,
}: {
  /** The broadcast kind's add-batch mutation. */
  addBatch: UseMutationOptions<Created, Error, Schema<'BatchRequest'>>;
  /** "call" or "text". */
  verb: string;
  open: boolean;
  onClose: () => void;
}) {
  const { control, handleSubmit, setError, reset, formState } = useForm<BatchFormValues>({
    resolver: zodResolver(batchFormSchema),
    defaultValues: emptyBatchForm,
  });
  const source = useWatch({ control, name: 'source' });
  const addBatch = useFormMutation(addBatchMutation, setError, BATCH_SERVER_FIELDS);
  // The same lists as the contacts pages, under the same key: a list made there is offered here at once.
  const { data: lists } = useQuery({ ...contactListsQuery('', { limit: 1000, offset: 0 }), enabled: open });
  const listOptions = (lists?.items ?? []).map((list) => ({
    value: String(list.id),
    label: `${list.name} (${countLabel(list.size ?? 0, 'contact')})`,
  }));
  const close = () => {
    reset(emptyBatchForm);
    addBatch.reset();
    onClose();
  };
  const submit = handleSubmit((values) => addBatch.mutate(batchRequestOf(values), { onSuccess: close }));

  return (
    <FormDialog
      open={open}
      title="Add a batch"
      submitLabel="Add batch"
      onSubmit={submit}
      onClose={close}
      pending={addBatch.isPending}
      formError={formState.errors.root?.server?.message}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <FormTextField control={control} name="name" label="Batch name" />
        <FormChoices control={control} name="source" legend="Recipients from" hideLegend options={SOURCES} row />
        {source === 'list' ? (
          <FormSelect
            control={control}
            name="listId"
            label="Contact list"
            options={listOptions}
            helperText={
              listOptions.length ? `Each contact is ${verb}ed on its first number` : 'The account has no contact lists'
            }
          />
        ) : (
          <FormPhoneListField control={control} name="numbers" label="Phone numbers" minRows={5} />
        )}
        <FormToggle
          control={control}
          name="scrubDuplicates"
          kind="checkbox"
          label="Leave out numbers the broadcast already has"
        />
      </Stack>
    </FormDialog>
  );
}
