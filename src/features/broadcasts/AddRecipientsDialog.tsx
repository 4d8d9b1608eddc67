import { zodResolver } from '@hookform/resolvers/zod';
import type { UseMutationOptions } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Schema } from '../../api/types';
import { FormDialog } from '../../components/form/FormDialog';
import { FormTextField } from '../../components/form/FormTextField';
import { useFormMutation } from '../../components/form/useFormMutation';
import { notify } from '../../lib/notifications';
import { parseRecipientLines, recipientLinesProblem } from './recipientLines';
import { countLabel } from '../../lib/format';

const schema = z.object({
  recipients: z.string().superRefine((text, context) => {
    const parse = parseRecipientLines(text);
    const problem =
      recipientLinesProblem(parse) ??
      (parse.recipients.length === 0
        ? 'Enter at least one phone number'
        : parse.recipients.length > 1000
          ? `At most 1,000 recipients at once (${parse.recipients.length} entered)`
          : undefined);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
});
type RecipientsForm = z.infer<typeof schema>;

/**
 * Adds recipients straight to a broadcast of either kind (no batch validation); they are called or
 * texted as soon as it runs. Each line is a number with optional `name=value` attributes.
 */
export function AddRecipientsDialog<Added>({
  addRecipients,
  verb,
  open,
  onClose,
}: {
  addRecipients: UseMutationOptions<{ items: Added[] }, Error, Schema<'Recipient'>[]>;
  /** "called" or "texted". */
  verb: string;
  open: boolean;
  onClose: () => void;
}) {
  const form = useForm<RecipientsForm>({ resolver: zodResolver(schema), defaultValues: { recipients: '' } });
  // The request is a list of recipients: `[3].phoneNumber` is about the fourth line.
  const add = useFormMutation(addRecipients, form.setError, { phoneNumber: 'recipients', contactId: 'recipients' });
  const close = () => {
    form.reset({ recipients: '' });
    add.reset();
    onClose();
  };
  const submit = form.handleSubmit(({ recipients }) =>
    add.mutate(parseRecipientLines(recipients).recipients, {
      onSuccess: ({ items }) => {
        notify(`${countLabel(items.length, 'recipient')} added`, 'success');
        close();
      },
    }),
  );
  return (
    <FormDialog
      open={open}
      title="Add recipients"
      description={`Up to 1,000 recipients, ${verb} as soon as the broadcast runs.`}
      submitLabel="Add recipients"
      onSubmit={submit}
      onClose={close}
      pending={add.isPending}
      formError={form.formState.errors.root?.server?.message}
    >
      <FormTextField
        control={form.control}
        name="recipients"
        label="Recipient numbers"
        multiline
        minRows={5}
        fullWidth
        helperText="One a line: a number, then optional name=value attributes, e.g. (213) 555-0100, first=Ann"
      />
    </FormDialog>
  );
}
