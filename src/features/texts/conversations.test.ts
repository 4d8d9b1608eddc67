import { describe, expect, it } from 'vitest';
import type { Text } from '../../api/resources/texts';
import { chronological, groupConversations } from './conversations';

const sent = (id: number, to: string, created: number): Text => ({
  id,
  fromNumber: '67076',
  toNumber: to,
  created,
  inbound: false,
});
const received = (id: number, from: string, created: number): Text => ({
  id,
  fromNumber: from,
  toNumber: '67076',
  created,
  inbound: true,
});

describe('conversations', () => {
  it('groups sent and received texts by the other party, newest conversation first', () => {
    const texts = [sent(1, '12135550100', 10), received(2, '12135550100', 20), sent(3, '12135550101', 15)];
    const conversations = groupConversations(texts);
    expect(
      conversations.map((conversation) => [
        conversation.number,
        conversation.count,
        conversation.received,
        conversation.last.id,
      ]),
    ).toEqual([
      ['12135550100', 2, 1, 2],
      ['12135550101', 1, 0, 3],
    ]);
    expect(conversations[0].ourNumbers).toEqual(['67076']);
  });

  it('orders a conversation oldest first', () => {
    expect(chronological([received(2, '1', 20), sent(1, '1', 10)]).map((text) => text.id)).toEqual([1, 2]);
  });
});
