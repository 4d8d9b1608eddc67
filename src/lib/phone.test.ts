import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone, parsePhoneList } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['(213) 555-0100', '12135550100'],
    ['+1 213 555 0100', '12135550100'],
    ['1-213-555-0100', '12135550100'],
    ['213.555.0100', '12135550100'],
    ['12135550100', '12135550100'],
    [' 2135550100 ', '12135550100'],
  ])('reads %j as %s', (input, expected) => {
    expect(normalizePhone(input)).toEqual({ ok: true, number: expected });
  });

  it.each([
    ['', 'Enter a phone number'],
    ['555-0100', '10 digits'],
    ['+44 20 7946 0958', 'North American'],
    ['(013) 555-0100', 'cannot start with 0 or 1'],
    ['213-555-01OO', 'only contain digits'],
    ['121355501001', '10 digits'],
  ])('rejects %j', (input, reason) => {
    const result = normalizePhone(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });

  it('accepts short codes only when asked', () => {
    expect(normalizePhone('67076', { allowShortCode: true })).toEqual({ ok: true, number: '67076' });
    expect(normalizePhone('67076').ok).toBe(false);
  });
});

describe('formatPhone', () => {
  it('formats CallFire numbers for people and leaves others alone', () => {
    expect(formatPhone('12135550100')).toBe('(213) 555-0100');
    expect(formatPhone('67076')).toBe('67076');
    expect(formatPhone(undefined)).toBe('—');
  });
});

describe('parsePhoneList', () => {
  it('splits on lines, commas, semicolons and tabs, reports bad entries and drops duplicates', () => {
    const result = parsePhoneList('(213) 555-0100, 2135550101\n\n+1 213 555 0100;bogus\t310-555-0199');
    expect(result.numbers).toEqual(['12135550100', '12135550101', '13105550199']);
    expect(result.duplicates).toBe(1);
    expect(result.invalid).toEqual([{ input: 'bogus', reason: expect.any(String) }]);
  });
});
