import type { ReactNode } from 'react';
import { useConfirm } from '../../components/useConfirm';
import { notify } from '../../lib/notifications';
import { type ContactList, contactListMutations } from '../../api/resources/contactLists';
import { useMutation } from '@tanstack/react-query';
import { countLabel } from '../../lib/format';

/** Deleting a list, after a confirmation that says its contacts stay; `onDeleted` runs once it is gone. */
export function useDeleteListAction(): [(list: ContactList, onDeleted?: () => void) => Promise<void>, ReactNode] {
  const [confirm, confirmDialog] = useConfirm();
  const deleteList = useMutation(contactListMutations.delete());
  const run = async (list: ContactList, onDeleted?: () => void) => {
    const confirmed = await confirm({
      title: `Delete ${list.name}?`,
      message: `The list goes away; the contacts on it (${countLabel(list.size ?? 0, 'contact')}) stay, in searches and in other lists.`,
      confirmLabel: 'Delete list',
      destructive: true,
    });
    if (!confirmed) return;
    deleteList.mutate(list.id!, {
      onSuccess: () => {
        notify(`List ${list.name} deleted`, 'success');
        onDeleted?.();
      },
    });
  };
  return [run, confirmDialog];
}
