import { z } from 'zod';
import type { Schema } from '../../api/types';
import { parsePhoneList } from '../../lib/phone';
import type { ServerFieldMap } from '../../lib/serverFieldErrors';
import { listNameSchema } from './listName';

export const NUMBER_FIELDS = [
  ['homePhone', 'Home phone'],
  ['mobilePhone', 'Mobile phone'],
  ['workPhone', 'Work phone'],
] as const;

/** Contacts named by pasted numbers or by ids, optionally with a list name (when creating a list). */
export const membersFormSchema = (withName: boolean) =>
  z
    .object({
      name: withName ? listNameSchema : z.string(),
      source: z.enum(['numbers', 'ids']),
      numbers: z.string(),
      ids: z.string(),
      field: z.enum(['homePhone', 'mobilePhone', 'workPhone']),
    })
    .superRefine((values, context) => {
      if (values.source === 'numbers') {
        const parsed = parsePhoneList(values.numbers);
        if (parsed.invalid.length > 0) {
          const shown = parsed.invalid.slice(0, 3).map((entry) => `"${entry.input}" (${entry.reason})`);
          const more = parsed.invalid.length > 3 ? ` and ${parsed.invalid.length - 3} more` : '';
          context.addIssue({ code: 'custom', path: ['numbers'], message: `Not valid: ${shown.join(', ')}${more}` });
        } else if (parsed.numbers.length === 0) {
          context.addIssue({ code: 'custom', path: ['numbers'], message: 'Paste at least one phone number' });
        }
      } else {
        const entries = splitEntries(values.ids);
        const bad = entries.filter((entry) => !/^[1-9]\d{0,15}$/.test(entry));
        if (bad.length > 0) {
          context.addIssue({
            code: 'custom',
            path: ['ids'],
            message: `Not a contact id: ${bad.slice(0, 3).join(', ')}`,
          });
        } else if (entries.length === 0) {
          context.addIssue({ code: 'custom', path: ['ids'], message: 'Enter at least one contact id' });
        }
      }
    });

export type MembersFormValues = z.infer<ReturnType<typeof membersFormSchema>>;

const splitEntries = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

/** The CallFire request for validated form values: numbers in 11-digit form, or ids. */
export function membersRequest(values: MembersFormValues): Schema<'AddContactListContactsRequest'> {
  if (values.source === 'ids') return { contactIds: [...new Set(splitEntries(values.ids).map(Number))] };
  return { contactNumbers: parsePhoneList(values.numbers).numbers, contactNumbersField: values.field };
}

/** CallFire names the entry it refused (`body.contactNumbers[2]`, `body.contactIds[0]`). */
export const MEMBERS_SERVER_FIELDS: ServerFieldMap<MembersFormValues> = {
  name: 'name',
  contactNumbers: 'numbers',
  contactIds: 'ids',
};
