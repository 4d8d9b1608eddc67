import type { CsvColumn } from '../../lib/csv';
import { PHONE_FIELDS, TEXT_FIELDS } from './contactFields';
import type { Contact } from '../../api/resources/contacts';

export function contactName(contact: Contact): string {
  return [contact.firstName, contact.lastName].filter(Boolean).join(' ') || `Contact ${contact.id}`;
}

/** Custom properties as one line, `name=value; name=value`. */
export function propertiesText(properties: Contact['properties']): string {
  return Object.entries(properties ?? {})
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
}

/** Columns of a contacts export: every field CallFire keeps, numbers in its 11-digit form. */
export const contactCsvColumns: CsvColumn<Contact>[] = [
  { header: 'id', value: (contact) => contact.id },
  ...[...TEXT_FIELDS, ...PHONE_FIELDS].map(([field]) => ({
    header: field,
    value: (contact: Contact) => contact[field],
  })),
  { header: 'properties', value: (contact) => propertiesText(contact.properties) },
];
