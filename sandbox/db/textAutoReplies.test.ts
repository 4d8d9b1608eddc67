import { beforeEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type Db } from './database';
import { autoReplyFor, autoReplyMigrations, insertAutoReply, sameAutoReply } from './textAutoReplies';

const SHORT_CODE = '67076';
const OWN = '12135550111';

describe('which auto-reply answers an inbound text', () => {
  let db: Db;
  let ids: Record<string, number>;
  beforeEach(() => {
    db = openDatabase(':memory:');
    migrate(db, autoReplyMigrations);
    ids = {
      anything: insertAutoReply(db, { number: OWN, message: 'Thanks, we got it.' }, 1),
      hours: insertAutoReply(db, { number: OWN, match: 'hours', message: 'Open 9 to 5.' }, 2),
      hoursAgain: insertAutoReply(db, { number: OWN, match: 'HOURS', message: 'Newer, never chosen.' }, 3),
      flu: insertAutoReply(db, { keyword: 'FLU', message: 'Walk in for a flu shot.' }, 4),
      info: insertAutoReply(db, { number: SHORT_CODE, match: 'info', message: 'We are at 100 Main St.' }, 5),
    };
  });
  const answer = (toNumber: string, message: string) =>
    autoReplyFor(db, toNumber, message, toNumber === SHORT_CODE)?.id;

  it('prefers one whose text the message contains (any case), the oldest among equals', () => {
    expect(answer(OWN, 'What are your Hours?')).toBe(ids.hours);
    expect(answer(OWN, 'Hello')).toBe(ids.anything);
  });

  it('answers a keyword only on the short code, when it is the first word of the message', () => {
    expect(answer(SHORT_CODE, 'flu shots this week?')).toBe(ids.flu);
    expect(answer(SHORT_CODE, 'is there a flu clinic')).toBeUndefined();
    expect(answer(OWN, 'flu')).toBe(ids.anything);
    expect(answer(SHORT_CODE, 'INFO please')).toBe(ids.info);
  });

  it('leaves a text to a number without auto-replies unanswered', () => {
    expect(answer('13105550122', 'hours?')).toBeUndefined();
  });

  it('finds the same auto-reply whatever the case of its keyword or match', () => {
    expect(sameAutoReply(db, { number: SHORT_CODE, match: 'INFO', message: 'x' })?.id).toBe(ids.info);
    expect(sameAutoReply(db, { keyword: 'flu', message: 'x' })?.id).toBe(ids.flu);
    expect(sameAutoReply(db, { number: SHORT_CODE, message: 'x' })).toBeUndefined();
  });
});
