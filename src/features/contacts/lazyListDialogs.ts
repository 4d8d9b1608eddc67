import { lazy } from 'react';
import type { MembersDialog as GenericMembersDialog } from './MembersDialog';

// The list dialogs (with the form library and zod, 41 kB gzip) load when the operator opens one, on the
// lists page and a list's own page alike.
export const RenameListDialog = lazy(async () => ({ default: (await import('./ListNameDialog')).RenameListDialog }));
// `lazy` drops the dialog's type parameters (what its mutation takes); the loaded component keeps them.
export const MembersDialog = lazy(async () => ({
  default: (await import('./MembersDialog')).MembersDialog,
})) as unknown as typeof GenericMembersDialog;
