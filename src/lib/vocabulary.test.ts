import { describe, expect, it } from 'vitest';
import { BROADCAST_STATUS, DAY_OF_WEEK, ORDER_STATUS, TONE_COLOR, inPlainWords, labelsOf, wordFor } from './vocabulary';

describe('vocabulary', () => {
  it('reads a code of the catalogue in words, with its tone', () => {
    expect(wordFor(BROADCAST_STATUS, 'SETUP')).toBe('Draft');
    expect(BROADCAST_STATUS.FINISHED).toEqual({ label: 'Finished', tone: 'success' });
    expect(wordFor(DAY_OF_WEEK, 'SUNDAY')).toBe('Sunday');
  });

  it('reads an unknown code as Other and a missing one as a dash', () => {
    expect(wordFor(ORDER_STATUS, 'SOMETHING_NEW' as never)).toBe('Other');
    expect(wordFor(ORDER_STATUS, undefined)).toBe('—');
  });

  it('gives selects the words of every code', () => {
    expect(labelsOf(ORDER_STATUS).VOID).toBe('Cancelled');
    expect(Object.keys(labelsOf(ORDER_STATUS))).toEqual(Object.keys(ORDER_STATUS));
  });

  it('draws every tone of a table in a theme colour', () => {
    for (const { tone } of Object.values(ORDER_STATUS)) expect(TONE_COLOR[tone]).toBeDefined();
  });

  it('names contact fields in words inside a server message', () => {
    expect(inPlainWords('homePhone is invalid')).toBe('Home phone is invalid');
  });
});
