import { describe, expect, it } from 'vitest';
import { ApiError, fieldPathOf } from '../api/ApiError';
import { applyServerError, formFieldFor } from './serverFieldErrors';

describe('fieldPathOf', () => {
  it.each([
    ['body.contactIds[2]: contact 7 does not exist', 'contactIds.2'],
    ['body[0].phoneNumber: "12" is not a valid phone number', '0.phoneNumber'],
    ['body.message must not be blank', 'message'],
    ['query.propertyValue needs query.propertyName: say which', 'propertyValue'],
    ['sounds.dncDigit must differ from sounds.transferDigit', 'sounds.dncDigit'],
    ['file: the file is empty', 'file'],
    ['name must NOT have more than 255 characters', 'name'],
  ])('%s names %s', (message, path) => expect(fieldPathOf(message)).toBe(path));

  it('names nothing in a sentence about the request as a whole', () => {
    expect(fieldPathOf('Broadcast 5 is archived and cannot be changed')).toBeUndefined();
    expect(fieldPathOf('Send the CSV as multipart/form-data')).toBeUndefined();
  });

  it('is read only from 400 answers', () => {
    expect(new ApiError(400, { message: 'body.name must not be blank' }, '').fieldPath).toBe('name');
    expect(new ApiError(404, { message: 'name is unknown' }, '').fieldPath).toBeUndefined();
  });
});

describe('server errors on form fields', () => {
  const fields = { contactIds: 'ids', 'sounds.liveSoundId': 'live', name: 'name' } as const;

  it('maps a path to the most specific entry, ignoring list indexes', () => {
    expect(formFieldFor('contactIds.2', fields)).toBe('ids');
    expect(formFieldFor('sounds.liveSoundId', fields)).toBe('live');
    expect(formFieldFor('0.name', ['name'])).toBe('name');
    expect(formFieldFor('sounds.machineSoundId', fields)).toBeUndefined();
  });

  it('puts the message on the field, else on the form', () => {
    const set: [string, string][] = [];
    const setError = (name: string, error: { message?: string }) => set.push([name, error.message ?? '']);
    applyServerError(
      new ApiError(400, { message: 'body.contactIds[0]: contact 9 does not exist' }, ''),
      setError,
      fields,
    );
    applyServerError(new ApiError(400, { message: 'Broadcast 5 is archived' }, ''), setError, fields);
    applyServerError(new Error('offline'), setError, fields);
    expect(set).toEqual([
      ['ids', 'body.contactIds[0]: contact 9 does not exist'],
      ['root.server', 'Broadcast 5 is archived'],
      ['root.server', 'offline'],
    ]);
  });
});
