import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { contactListMutations, contactListsQuery } from '../../api/resources/contactLists';
import { FormDialog } from '../../components/form/FormDialog';
import { FormSelect } from '../../components/form/FormSelect';
import { notify } from '../../lib/notifications';
import { countLabel } from '../../lib/format';

const schema = z.object({ listId: z.string().min(1, 'Choose a list') });

/** Adds the selected contacts to one of the newest 1,000 lists. */
export function ChooseListDialog({ contactIds, onClose }: { contactIds: number[]; onClose: () => void }) {
  const { data } = useQuery(contactListsQuery('', { limit: 1000, offset: 0 }));
  const { control, handleSubmit } = useForm({ resolver: zodResolver(schema), defaultValues: { listId: '' } });
  const addItems = useMutation(contactListMutations.addItems());
  const count = contactIds.length;
  const submit = handleSubmit(({ listId }) =>
    addItems.mutate(
      { listId: Number(listId), request: { contactIds } },
      {
        onSuccess: () => {
          notify(`Added ${countLabel(count, 'contact')} to the list`, 'success');
          onClose();
        },
      },
    ),
  );
  const options = (data?.items ?? []).map((list) => ({
    value: String(list.id),
    label: `${list.name} (${list.size?.toLocaleString()})`,
  }));
  return (
    <FormDialog
      title="Add to list"
      description={`Add ${count === 1 ? 'the selected contact' : `the ${count} selected contacts`} to a list. Contacts already in it stay once.`}
      submitLabel="Add to list"
      onSubmit={submit}
      onClose={onClose}
      pending={addItems.isPending}
    >
      <FormSelect control={control} name="listId" label="List" fullWidth options={options} />
    </FormDialog>
  );
}
