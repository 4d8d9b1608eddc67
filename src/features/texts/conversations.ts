import type { Text } from '../../api/resources/texts';

/** The number at the other end of a text: who sent it when received, who it went to when sent. */
export const otherParty = (text: Text): string | undefined => (text.inbound ? text.fromNumber : text.toNumber);

export interface Conversation {
  /** The other party's number. */
  number: string;
  /** The account's number(s) the texts went through, newest first. */
  ourNumbers: string[];
  last: Text;
  count: number;
  received: number;
}

/** Groups texts by the other party's number, the most recent conversation first. */
export function groupConversations(texts: Text[]): Conversation[] {
  const byNumber = new Map<string, Conversation>();
  const newestFirst = [...texts].sort((a, b) => (b.created ?? 0) - (a.created ?? 0) || (b.id ?? 0) - (a.id ?? 0));
  for (const text of newestFirst) {
    const number = otherParty(text);
    if (!number) continue;
    const ours = text.inbound ? text.toNumber : text.fromNumber;
    const conversation = byNumber.get(number);
    if (!conversation) {
      byNumber.set(number, {
        number,
        ourNumbers: ours ? [ours] : [],
        last: text,
        count: 1,
        received: text.inbound ? 1 : 0,
      });
      continue;
    }
    conversation.count += 1;
    if (text.inbound) conversation.received += 1;
    if (ours && !conversation.ourNumbers.includes(ours)) conversation.ourNumbers.push(ours);
  }
  return [...byNumber.values()];
}

/** A conversation's texts in the order they were written, oldest first. */
export const chronological = (texts: Text[]) =>
  [...texts].sort((a, b) => (a.created ?? 0) - (b.created ?? 0) || (a.id ?? 0) - (b.id ?? 0));
