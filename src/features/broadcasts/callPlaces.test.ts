import { describe, expect, it } from 'vitest';
import { addCallsToPlaces, countFor, emptyPlaces } from './callPlaces';

describe('call places', () => {
  it('counts calls by the state of their area code, per result', () => {
    const places = addCallsToPlaces(emptyPlaces(), [
      { toNumber: '12135550100', finalCallResult: 'LA' },
      { toNumber: '14155550100', finalCallResult: 'AM' },
      { toNumber: '12125550100', finalCallResult: 'LA' },
      { toNumber: '18005550100' },
    ]);
    expect(places.total).toBe(4);
    expect(places.other).toBe(1);
    expect(countFor(places.byState.get('CA'), [])).toBe(2);
    expect(countFor(places.byState.get('CA'), ['LA'])).toBe(1);
    expect(countFor(places.byState.get('NY'), ['AM'])).toBe(0);
  });
});
