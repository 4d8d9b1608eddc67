import { describe, expect, it } from 'vitest';
import { lookupsOf, matchDestinations } from './paletteQuery';

describe('lookupsOf', () => {
  it('reads a phone number however people write it', () => {
    for (const written of ['(213) 555-0142', '213.555.0142', '+1 213 555 0142', '12135550142']) {
      expect(lookupsOf(written).number).toBe('12135550142');
    }
    expect(lookupsOf('(213) 555-0142').name).toBeUndefined();
  });

  it('reads digits as an id and words as a name', () => {
    expect(lookupsOf(' 42 ')).toEqual({ id: 42, name: '42', number: undefined });
    expect(lookupsOf('spring sale')).toEqual({ name: 'spring sale', id: undefined, number: undefined });
    expect(lookupsOf('a')).toEqual({ id: undefined, name: undefined, number: undefined });
    expect(lookupsOf('   ')).toEqual({});
  });
});

describe('matchDestinations', () => {
  it('keeps pages and actions with every typed word, actions first', () => {
    expect(matchDestinations('send').map((entry) => entry.label)).toEqual(['Send calls', 'Send texts']);
    expect(matchDestinations('NEW broadcast').map((entry) => entry.path)).toEqual([
      '/broadcasts/voice/new',
      '/broadcasts/text/new',
    ]);
    expect(matchDestinations('activity')).toEqual([{ label: 'Activity', path: '/activity', kind: 'page' }]);
    expect(matchDestinations('')[0]!.kind).toBe('action');
  });
});
