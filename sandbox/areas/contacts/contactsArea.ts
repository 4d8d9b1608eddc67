import type { SandboxArea } from '../../context';
import { contactMigrations } from '../../db/contacts';
import { contactListMigrations, failInterruptedImports } from '../../db/contactLists';
import { contactHandlers } from './contactHandlers';
import { contactListHandlers } from './contactListHandlers';
import { seedContacts } from './contactSeed';
import { importQueueFor } from './importQueue';

export const contactsArea: SandboxArea = {
  name: 'contacts',
  migrations: [...contactMigrations, ...contactListMigrations],
  handlers: { ...contactHandlers, ...contactListHandlers },
  seed: seedContacts,
  start(context) {
    // An import the previous run did not finish cannot resume: its rows lived in memory only.
    failInterruptedImports(context.db);
    const queue = importQueueFor(context);
    const remove = context.clock.add(queue);
    return () => {
      remove();
      queue.stop();
    };
  },
};
