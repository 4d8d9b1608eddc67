import { describe, expect, it } from 'vitest';
import { emptySendTexts, recipientsOf, sendTextsSchema } from './sendTextsForm';

describe('send texts form', () => {
  it('sends every pasted number, with its own message where one is given', () => {
    const form = {
      ...emptySendTexts,
      numbers: '(213) 555-0100, 2135550101',
      defaultMessage: 'Hello',
      overrides: [
        { phoneNumber: '213 555 0101', message: 'Hi Bo' },
        { phoneNumber: '2135550102', message: 'Only for you' },
      ],
    };
    expect(recipientsOf(form)).toEqual([
      { phoneNumber: '12135550100' },
      { phoneNumber: '12135550101', message: 'Hi Bo' },
      { phoneNumber: '12135550102', message: 'Only for you' },
    ]);
    expect(sendTextsSchema.safeParse(form).success).toBe(true);
  });

  it('names the sender only when it is not the shared short code', () => {
    expect(recipientsOf({ ...emptySendTexts, fromNumber: '12135550111', numbers: '2135550100' })).toEqual([
      { phoneNumber: '12135550100', fromNumber: '12135550111' },
    ]);
  });

  it('needs a default message for recipients without their own, and at least one recipient', () => {
    const result = sendTextsSchema.safeParse({ ...emptySendTexts, numbers: '2135550100' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['defaultMessage', 'Write a message for everyone without a message of their own'],
    ]);
    const empty = sendTextsSchema.safeParse({ ...emptySendTexts, defaultMessage: 'x' });
    expect(empty.error?.issues[0].path).toEqual(['numbers']);
  });
});
