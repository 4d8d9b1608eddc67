import { describe, expect, it } from 'vitest';
import { addCallsToPlaces, countFor, emptyPlaces } from './callPlaces';

describe('call places', () => {
  it('counts calls by the state of their area code, per result', () => {
    const places = addCallsToPlaces(emptyPlaces(), [
      { toNumber: '12135550100', finalCallResult: 'LA', records: [{}] },
      { toNumber: '14155550100', finalCallResult: 'AM', records: [{}] },
      { toNumber: '12125550100', finalCallResult: 'LA', records: [{}] },
      { toNumber: '18005550100', records: [{}] },
    ]);
    expect(places.total).toBe(4);
    expect(places.other).toBe(1);
    expect(countFor(places.byState.get('CA'), [])).toBe(2);
    expect(countFor(places.byState.get('CA'), ['LA'])).toBe(1);
    expect(countFor(places.byState.get('NY'), ['AM'])).toBe(0);
  });

  it('leaves out recipients never dialled', () => {
    const places = addCallsToPlaces(emptyPlaces(), [
      { toNumber: '12125550100' },
      { toNumber: '12125550101', finalCallResult: 'DNC' },
      { toNumber: '12125550102', finalCallResult: 'LA', records: [{}] },
    ]);
    expect(places.total).toBe(1);
    expect(countFor(places.byState.get('NY'), [])).toBe(1);
  });
});
