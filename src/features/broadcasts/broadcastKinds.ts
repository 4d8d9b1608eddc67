/** The two kinds of broadcast; the shared parts of the area say what differs through these words. */
export type BroadcastKind = 'voice' | 'text';

export const KIND_WORDS: Record<
  BroadcastKind,
  { title: string; verb: string; unit: string; sender: string; blockedList: string }
> = {
  voice: {
    title: 'Voice broadcasts',
    verb: 'call',
    unit: 'calls',
    sender: 'Caller id',
    blockedList: 'do-not-call list',
  },
  text: {
    title: 'Text broadcasts',
    verb: 'text',
    unit: 'texts',
    sender: 'From',
    blockedList: 'do-not-text list',
  },
};

export const broadcastPath = (kind: BroadcastKind, id?: number) =>
  id === undefined ? `/broadcasts/${kind}` : `/broadcasts/${kind}/${id}`;
