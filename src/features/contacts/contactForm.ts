import { z } from 'zod';
import { formatPhone, normalizePhone } from '../../lib/phone';
import type { Contact } from '../../api/resources/contacts';
import { PHONE_FIELDS, TEXT_FIELDS } from './contactFields';

type PhoneField = (typeof PHONE_FIELDS)[number][0];
type TextField = (typeof TEXT_FIELDS)[number][0];

const phone = z.string().superRefine((value, context) => {
  if (value.trim() === '') return;
  const parsed = normalizePhone(value);
  if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.reason });
});
const text = z.string().max(255, 'At most 255 characters');

export const contactFormSchema = z
  .object({
    ...(Object.fromEntries(TEXT_FIELDS.map(([field]) => [field, text])) as Record<TextField, typeof text>),
    ...(Object.fromEntries(PHONE_FIELDS.map(([field]) => [field, phone])) as Record<PhoneField, typeof phone>),
    properties: z.array(
      z.object({
        name: z.string().trim().min(1, 'Name the property').max(255, 'At most 255 characters'),
        value: z.string().max(1000, 'At most 1,000 characters'),
      }),
    ),
  })
  .superRefine((values, context) => {
    if (!PHONE_FIELDS.some(([field]) => values[field].trim() !== '')) {
      context.addIssue({ code: 'custom', path: ['homePhone'], message: 'Enter at least one phone number' });
    }
    const seen = new Set<string>();
    values.properties.forEach(({ name }, index) => {
      if (seen.has(name.trim())) {
        context.addIssue({
          code: 'custom',
          path: ['properties', index, 'name'],
          message: 'This property is already set above',
        });
      }
      seen.add(name.trim());
    });
  });

export type ContactFormValues = z.infer<typeof contactFormSchema>;

/** The form's fields, named as CallFire names them, so server errors land on them. */
export const CONTACT_FORM_FIELDS = [...TEXT_FIELDS, ...PHONE_FIELDS].map(([field]) => field);

export function contactToForm(contact?: Contact): ContactFormValues {
  return {
    ...(Object.fromEntries(TEXT_FIELDS.map(([field]) => [field, contact?.[field] ?? ''])) as Record<TextField, string>),
    ...(Object.fromEntries(
      PHONE_FIELDS.map(([field]) => [field, contact?.[field] ? formatPhone(contact[field]) : '']),
    ) as Record<PhoneField, string>),
    properties: Object.entries(contact?.properties ?? {}).map(([name, value]) => ({ name, value })),
  };
}

/**
 * The contact to send: numbers in CallFire's 11-digit form, every field present (an empty string
 * clears it on update) and the whole property map, which replaces the stored one.
 */
export function formToContact(values: ContactFormValues): Contact {
  const contact: Contact = { properties: {} };
  for (const [field] of TEXT_FIELDS) contact[field] = values[field].trim();
  for (const [field] of PHONE_FIELDS) {
    const parsed = normalizePhone(values[field]);
    contact[field] = parsed.ok ? parsed.number : '';
  }
  for (const { name, value } of values.properties) contact.properties![name.trim()] = value;
  return contact;
}
