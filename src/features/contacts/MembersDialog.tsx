import { zodResolver } from '@hookform/resolvers/zod';
import { FormControlLabel, Radio, RadioGroup, Stack } from '@mui/material';
import type { UseMutationOptions } from '@tanstack/react-query';
import { Controller, useWatch } from 'react-hook-form';
import type { Schema } from '../../api/types';
import { FormDialog } from '../../components/form/FormDialog';
import { FormPhoneListField } from '../../components/form/FormPhoneListField';
import { FormSelect } from '../../components/form/FormSelect';
import { FormTextField } from '../../components/form/FormTextField';
import { useMutationForm } from '../../components/form/useMutationForm';
import {
  MEMBERS_SERVER_FIELDS,
  membersFormSchema,
  membersRequest,
  NUMBER_FIELDS,
  type MembersFormValues,
} from './membersForm';

export type MembersRequest = Schema<'AddContactListContactsRequest'> & { name: string };

const NUMBER_FIELD_OPTIONS = NUMBER_FIELDS.map(([value, label]) => ({ value, label }));

/**
 * Names contacts by pasted numbers (each becomes the contact that has it, or a new one) or by contact
 * id, and sends `mutation` with them; with `withName` it also asks for the name of the new list.
 */
export function MembersDialog<Result, Variables>({
  title,
  submitLabel,
  withName = false,
  mutation,
  variablesOf,
  onDone,
  onClose,
}: {
  title: string;
  submitLabel: string;
  withName?: boolean;
  mutation: UseMutationOptions<Result, Error, Variables>;
  variablesOf: (request: MembersRequest) => Variables;
  onDone: (result: Result) => void;
  onClose: () => void;
}) {
  const { form, dialogProps } = useMutationForm<MembersFormValues, Result, Variables>({
    form: {
      resolver: zodResolver(membersFormSchema(withName)),
      defaultValues: { name: '', source: 'numbers', numbers: '', ids: '', field: 'homePhone' },
    },
    mutation,
    serverFields: MEMBERS_SERVER_FIELDS,
    variablesOf: (values) => variablesOf({ ...membersRequest(values), name: values.name.trim() }),
    onSaved: (result) => {
      onClose();
      onDone(result);
    },
  });
  const { control } = form;
  const source = useWatch({ control, name: 'source' });
  return (
    <FormDialog title={title} submitLabel={submitLabel} onClose={onClose} {...dialogProps}>
      <Stack spacing={2} sx={{ pt: 1 }}>
        {withName && <FormTextField control={control} name="name" label="List name" autoFocus />}
        <Controller
          control={control}
          name="source"
          render={({ field }) => (
            <RadioGroup row aria-label="Add contacts by" {...field}>
              <FormControlLabel value="numbers" control={<Radio />} label="By phone number" />
              <FormControlLabel value="ids" control={<Radio />} label="By contact id" />
            </RadioGroup>
          )}
        />
        {source === 'numbers' ? (
          <>
            <FormPhoneListField control={control} name="numbers" label="Phone numbers" />
            <FormSelect control={control} name="field" label="Numbers go in" options={NUMBER_FIELD_OPTIONS} />
          </>
        ) : (
          <FormTextField
            control={control}
            name="ids"
            label="Contact ids"
            multiline
            minRows={3}
            helperText="Separated by spaces, commas or new lines."
          />
        )}
      </Stack>
    </FormDialog>
  );
}
