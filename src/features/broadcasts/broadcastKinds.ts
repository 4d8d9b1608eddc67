import type { BroadcastKind } from '../../api/resources/broadcasts';

/** The two kinds of broadcast; the shared parts of the area say what differs through these words. */
export type { BroadcastKind } from '../../api/resources/broadcasts';

export const KIND_WORDS: Record<
  BroadcastKind,
  {
    title: string;
    verb: string;
    unit: string;
    /** The unit as a heading: "Calls". */
    units: string;
    sender: string;
    blockedList: string;
    /** What a broadcast with no schedule does once started. */
    unscheduled: string;
  }
> = {
  voice: {
    title: 'Voice broadcasts',
    verb: 'call',
    unit: 'calls',
    units: 'Calls',
    sender: 'Caller id',
    blockedList: 'do-not-call list',
    unscheduled: 'dials when started',
  },
  text: {
    title: 'Text broadcasts',
    verb: 'text',
    unit: 'texts',
    units: 'Texts',
    sender: 'From',
    blockedList: 'do-not-text list',
    unscheduled: 'texts when started',
  },
};

export const broadcastPath = (kind: BroadcastKind, id?: number) =>
  id === undefined ? `/broadcasts/${kind}` : `/broadcasts/${kind}/${id}`;
