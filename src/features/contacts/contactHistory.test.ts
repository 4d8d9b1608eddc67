import { describe, expect, it } from 'vitest';
import { historyTimeline } from './contactHistory';

describe('historyTimeline', () => {
  it('merges calls and texts newest first', () => {
    const timeline = historyTimeline({
      id: 1,
      calls: [
        { id: 10, created: 100 },
        { id: 11, created: 300 },
      ],
      texts: [{ id: 20, created: 200 }],
    });
    expect(timeline.map((entry) => [entry.kind, entry.action.id])).toEqual([
      ['call', 11],
      ['text', 20],
      ['call', 10],
    ]);
    expect(historyTimeline(undefined)).toEqual([]);
  });
});
