import { badRequest } from '../../http/errors';
import { requireNumber } from '../../http/phone';
import { CONTACT_FIELDS, isPhoneField, PHONE_FIELDS, type ContactField, type ContactInput } from '../../db/contacts';

/** The outcome of reading one contact: the input to store, or why it cannot be stored. */
export type ContactParse = { ok: true; input: ContactInput } | { ok: false; reason: string };

/**
 * Reads contact fields as sent (JSON body or CSV row): values are trimmed, an empty value clears the
 * field, numbers are normalised to CallFire's 11-digit form. `at` names the source in messages
 * (`body[2]`, `column homePhone`), so the operator sees which value was wrong.
 */
export function readContactInput(
  source: Partial<Record<ContactField, string>>,
  properties: Record<string, string> | undefined,
  at: string,
): ContactParse {
  const input: ContactInput = { fields: {} };
  for (const field of CONTACT_FIELDS) {
    const raw = source[field];
    if (raw === undefined) continue;
    const value = raw.trim();
    if (value === '') {
      input.fields[field] = null;
      continue;
    }
    if (!isPhoneField(field)) {
      input.fields[field] = value;
      continue;
    }
    let number: string;
    try {
      number = requireNumber(value, `${at}.${field}`);
    } catch (error) {
      return { ok: false, reason: (error as Error).message };
    }
    // Short codes send texts; they are not a person's number.
    if (number.length !== 11)
      return { ok: false, reason: `${at}.${field}: "${value}" is a short code, not a phone number` };
    input.fields[field] = number;
  }
  if (properties) {
    const entries = Object.entries(properties).map(([name, value]) => [name.trim(), value] as const);
    const blank = entries.find(([name]) => name === '');
    if (blank) return { ok: false, reason: `${at}.properties: a property name cannot be blank` };
    input.properties = Object.fromEntries(entries);
  }
  return { ok: true, input };
}

/** True when the stored contact (after this input) has a number to call or text. */
export function hasPhone(fields: ContactInput['fields']): boolean {
  return PHONE_FIELDS.some((field) => fields[field]);
}

export const NO_PHONE_REASON = 'a contact needs at least one of homePhone, mobilePhone, workPhone or extraPhone1-3';

/** A new contact from a JSON body: any problem is a 400 that names the field. */
export function requireNewContact(
  contact: Partial<Record<ContactField, string>> & { properties?: Record<string, string> },
  at: string,
): ContactInput {
  const parsed = readContactInput(contact, contact.properties, at);
  if (!parsed.ok) throw badRequest(parsed.reason);
  if (!hasPhone(parsed.input.fields)) throw badRequest(`${at}: ${NO_PHONE_REASON}`);
  return parsed.input;
}
