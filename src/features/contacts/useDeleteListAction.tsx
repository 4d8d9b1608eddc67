import type { ReactNode } from 'react';
import { useConfirm } from '../../components/useConfirm';
import { notify } from '../../lib/notifications';
import { useDeleteContactList } from './contactMutations';
import type { ContactList } from './contactQueries';

/** Deleting a list, after a confirmation that says its contacts stay. Resolves true once deleted. */
export function useDeleteListAction(): [(list: ContactList) => Promise<boolean>, ReactNode] {
  const [confirm, confirmDialog] = useConfirm();
  const deleteList = useDeleteContactList();
  const run = async (list: ContactList) => {
    const confirmed = await confirm({
      title: `Delete ${list.name}?`,
      message: `The list goes away; its ${list.size?.toLocaleString() ?? ''} contacts stay, in searches and in other lists.`,
      confirmLabel: 'Delete list',
      destructive: true,
    });
    if (!confirmed) return false;
    await deleteList.mutateAsync(list.id!);
    notify(`List ${list.name} deleted`, 'success');
    return true;
  };
  return [run, confirmDialog];
}
