import { describe, expect, it } from 'vitest';
import { contactFormSchema, contactToForm, formToContact } from './contactForm';

const empty = contactToForm();

describe('contact form', () => {
  it('accepts what people type and sends 11-digit numbers', () => {
    const values = { ...empty, firstName: ' Ann ', homePhone: '(213) 555-0100', mobilePhone: '+1 310 555 0101' };
    expect(contactFormSchema.safeParse(values).success).toBe(true);
    expect(formToContact({ ...values, properties: [{ name: ' tier ', value: 'gold' }] })).toMatchObject({
      firstName: 'Ann',
      homePhone: '12135550100',
      mobilePhone: '13105550101',
      workPhone: '',
      properties: { tier: 'gold' },
    });
  });

  it('puts a bad number, a missing number and duplicate properties on their fields', () => {
    const issues = (values: typeof empty) =>
      (contactFormSchema.safeParse(values).error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues({ ...empty, workPhone: '555-0100' })).toEqual([['workPhone', expect.stringContaining('10 digits')]]);
    expect(issues({ ...empty, firstName: 'Ann' })).toEqual([['homePhone', 'Enter at least one phone number']]);
    expect(
      issues({
        ...empty,
        homePhone: '2135550100',
        properties: [
          { name: 'a', value: '1' },
          { name: 'a', value: '2' },
        ],
      }),
    ).toEqual([['properties.1.name', 'This property is already set above']]);
  });

  it('shows stored numbers formatted for people', () => {
    expect(contactToForm({ id: 1, homePhone: '12135550100', properties: { a: 'b' } })).toMatchObject({
      homePhone: '(213) 555-0100',
      properties: [{ name: 'a', value: 'b' }],
    });
  });
});
