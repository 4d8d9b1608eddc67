import { loadContact } from '../../sandbox/areas/contacts/contactSeed';

/** The contacts `SANDBOX_CONTACTS` seeds, as the API answers them: the same data for every server compared. */
export function loadContacts(count: number) {
  return Array.from({ length: count }, (_, index) => {
    const { fields, properties } = loadContact(index);
    return { id: index + 1, ...fields, deleted: false, ...(properties ? { properties } : {}) };
  });
}
