import { beforeEach, describe, expect, it } from 'vitest';
import { broadcastMigrations } from '../db/broadcasts';
import { contactMigrations } from '../db/contacts';
import { migrate, openDatabase, type Db } from '../db/database';
import { dncFlagsFor, dncMigrations, findDoNotContacts } from '../db/dnc';
import { autoReplyMigrations, insertAutoReply } from '../db/textAutoReplies';
import { findTexts, insertTexts, textMigrations } from '../db/texts';
import { receiveText, TEXT_STOP_SOURCE } from './inboundText';

const OWN = '12135550111';
const SENDER = '12136061002';
const NOW = Date.UTC(2026, 2, 3, 18);

describe('a text arriving at one of the account’s numbers', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
    // Texts are read with their broadcast (for its message), so the broadcasts' table is needed too.
    migrate(db, [
      ...contactMigrations,
      ...dncMigrations,
      ...autoReplyMigrations,
      ...broadcastMigrations,
      ...textMigrations,
    ]);
    insertAutoReply(db, { number: OWN, match: 'info', message: 'We are at 100 Main St.' }, NOW);
  });
  const allTexts = () => findTexts(db, {}, { offset: 0, limit: 100 }).items;

  it('is kept as a received text of the broadcast that last texted the sender, with its contact', () => {
    insertTexts(
      db,
      [{ campaignId: 42, fromNumber: OWN, toNumber: SENDER, state: 'FINISHED', timeZone: 'America/Los_Angeles' }],
      NOW - 1000,
    );
    const { text, autoReply } = receiveText(db, { fromNumber: SENDER, toNumber: OWN, message: 'Who is this?' }, NOW);
    expect(text).toMatchObject({
      campaignId: 42,
      inbound: true,
      state: 'FINISHED',
      finalTextResult: 'RECEIVED',
      fromNumber: SENDER,
      toNumber: OWN,
      message: 'Who is this?',
    });
    expect(text.contact?.id).toBeGreaterThan(0);
    expect(autoReply).toBeUndefined();
  });

  it('gets a matching auto-reply queued back to the sender from the number it was sent to, in campaign 0', () => {
    const { autoReply } = receiveText(db, { fromNumber: SENDER, toNumber: OWN, message: 'INFO please' }, NOW);
    expect(autoReply).toMatchObject({ campaignId: 0, fromNumber: OWN, toNumber: SENDER, state: 'READY' });
    expect(allTexts()).toHaveLength(2);
  });

  it('puts a STOP sender on the do-not-text list (any case and spacing) and answers nothing', () => {
    insertAutoReply(db, { number: OWN, message: 'Thanks, we got it.' }, NOW);
    const { autoReply } = receiveText(db, { fromNumber: SENDER, toNumber: OWN, message: '  stop ' }, NOW);
    expect(autoReply).toBeUndefined();
    expect(dncFlagsFor(db, SENDER)).toEqual({ call: false, text: true });
    expect(findDoNotContacts(db, { source: TEXT_STOP_SOURCE }, { offset: 0, limit: 10 }).items).toHaveLength(1);
    receiveText(db, { fromNumber: '13105550122', toNumber: OWN, message: 'Unsubscribe' }, NOW);
    expect(dncFlagsFor(db, '13105550122')?.text).toBe(true);
  });

  it('does not take a message that only mentions stopping as an opt-out', () => {
    receiveText(db, { fromNumber: SENDER, toNumber: OWN, message: 'Please stop by tomorrow' }, NOW);
    expect(dncFlagsFor(db, SENDER)).toBeUndefined();
  });
});
