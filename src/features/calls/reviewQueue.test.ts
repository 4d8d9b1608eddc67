import { describe, expect, it } from 'vitest';
import { positionIndex, queueOf, stepSpeed } from './reviewQueue';

describe('queueOf', () => {
  it('lists finished recordings call by call, attempt by attempt', () => {
    const queue = queueOf([
      {
        id: 1,
        records: [
          {
            id: 10,
            recordings: [
              { id: 100, state: 'READY' },
              { id: 101, state: 'RECORDING' },
            ],
          },
        ],
      },
      { id: 2 },
      { id: 3, records: [{ id: 30 }, { id: 31, recordings: [{ id: 300 }, { id: 301, state: 'ERROR' }] }] },
    ]);
    expect(queue.map((item) => [item.call.id, item.attempt.id, item.recording.id])).toEqual([
      [1, 10, 100],
      [3, 31, 300],
    ]);
  });
});

describe('positionIndex and stepSpeed', () => {
  it('reads a hand-edited position safely', () => {
    expect(positionIndex('3')).toBe(2);
    expect(positionIndex('0')).toBe(0);
    expect(positionIndex('two')).toBe(0);
    expect(positionIndex(null)).toBe(0);
  });

  it('steps through the speeds and stops at the ends', () => {
    const speeds = [0.5, 1, 2];
    expect(stepSpeed(speeds, 1, 1)).toBe(2);
    expect(stepSpeed(speeds, 2, 1)).toBe(2);
    expect(stepSpeed(speeds, 0.5, -1)).toBe(0.5);
    expect(stepSpeed(speeds, 1.1, -1)).toBe(0.5);
  });
});
