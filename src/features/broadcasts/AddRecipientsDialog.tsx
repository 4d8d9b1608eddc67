import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { broadcastMutations } from '../../api/resources/broadcasts';
import { FormDialog } from '../../components/form/FormDialog';
import { FormPhoneListField } from '../../components/form/FormPhoneListField';
import { useFormMutation } from '../../components/form/useFormMutation';
import { notify } from '../../lib/notifications';
import { parsePhoneList } from '../../lib/phone';
import { phoneListText } from '../../lib/phoneListProblem';

const schema = z.object({ numbers: phoneListText() });

/** Adds recipients straight to the broadcast (no batch validation); they are called as soon as it runs. */
export function AddRecipientsDialog({
  broadcastId,
  open,
  onClose,
}: {
  broadcastId: number;
  open: boolean;
  onClose: () => void;
}) {
  const { control, handleSubmit, setError, reset, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { numbers: '' },
  });
  // The request is a list of recipients: `[3].phoneNumber` is about the fourth pasted number.
  const addRecipients = useFormMutation(broadcastMutations.addRecipients(broadcastId), setError, {
    phoneNumber: 'numbers',
  });
  const close = () => {
    reset();
    onClose();
  };
  const submit = handleSubmit(({ numbers }) =>
    addRecipients.mutate(
      parsePhoneList(numbers).numbers.map((phoneNumber) => ({ phoneNumber })),
      {
        onSuccess: ({ items }) => {
          notify(`${items.length} recipients added`, 'success');
          close();
        },
      },
    ),
  );
  return (
    <FormDialog
      open={open}
      title="Add recipients"
      description="Up to 1,000 numbers, called as soon as the broadcast runs."
      submitLabel="Add recipients"
      onSubmit={submit}
      onClose={close}
      pending={addRecipients.isPending}
      formError={formState.errors.root?.server?.message}
    >
      <FormPhoneListField control={control} name="numbers" label="Recipient numbers" />
    </FormDialog>
  );
}
