import { describe, expect, it } from 'vitest';
import { attentionReason, type BroadcastSummary } from './attention';

const broadcast = (status: string): BroadcastSummary => ({ kind: 'voice', id: 1, name: 'Reminder', status });

describe('attentionReason', () => {
  it('flags a suspended broadcast, saying when the credits ran out', () => {
    expect(attentionReason(broadcast('SUSPENDED'), undefined, 0)).toBe('Suspended: the account is out of credits');
    expect(attentionReason(broadcast('SUSPENDED'), undefined, 40)).toBe('Suspended');
  });

  it('flags a finished broadcast with a tenth or more of errors, and no other', () => {
    expect(attentionReason(broadcast('FINISHED'), { total: 30, errors: 3 }, 40)).toBe('Finished with 3 of 30 in error');
    expect(attentionReason(broadcast('FINISHED'), { total: 30, errors: 2 }, 40)).toBeUndefined();
    expect(attentionReason(broadcast('FINISHED'), { total: 0, errors: 0 }, 40)).toBeUndefined();
    expect(attentionReason(broadcast('RUNNING'), { total: 30, errors: 20 }, 40)).toBeUndefined();
  });
});
