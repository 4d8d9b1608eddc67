import type { Schema } from '../api/types';
import type { CallResult } from './callOutcomes';
import type { TextResult } from './textOutcomes';

/** A broadcast's kind, as far as calling again goes. */
export type CampaignChannel = 'voice' | 'text';

/**
 * The last results worth another try, per kind: the person was not reached, but could be. Voice: busy,
 * no answer, an answering machine; text: the carrier or CallFire failed to deliver.
 */
export const RETRYABLE_RESULTS = {
  voice: ['BUSY', 'NO_ANS', 'AM'] as CallResult[],
  text: ['CARRIER_TEMP_ERROR', 'CARRIER_ERROR', 'INTERNAL_ERROR'] as TextResult[],
} satisfies Record<CampaignChannel, string[]>;

/** One call or text of the broadcast, as read for calling again. */
export interface ActionOutcome {
  id: number;
  toNumber: string;
  result: string;
}

/**
 * Each number's last result in the broadcast: the result of its latest call or text (ids grow with
 * time), so a number answered in a later batch is not called a third time.
 */
export function lastResultPerNumber(outcomes: Iterable<ActionOutcome>): Map<string, ActionOutcome> {
  const last = new Map<string, ActionOutcome>();
  for (const outcome of outcomes) {
    const seen = last.get(outcome.toNumber);
    if (!seen || seen.id < outcome.id) last.set(outcome.toNumber, outcome);
  }
  return last;
}

export interface CallAgainCandidates {
  /** Numbers whose last result is a retryable one, with that result. */
  byResult: Map<string, string[]>;
  /** Of those, the numbers on the do-not-contact list now. */
  blocked: Set<string>;
}

/** The retryable numbers, grouped by their last result, of every number's last outcome. */
export function candidatesByResult(
  last: Map<string, ActionOutcome>,
  retryable: readonly string[],
): Map<string, string[]> {
  const byResult = new Map<string, string[]>(retryable.map((result) => [result, []]));
  for (const { toNumber, result } of last.values()) byResult.get(result)?.push(toNumber);
  return byResult;
}

export interface CallAgainSelection {
  /** How many numbers each retryable result has, do-not-contact ones included. */
  counts: Record<string, number>;
  /** The numbers to call again for the chosen results, blocked ones left out. */
  numbers: string[];
  /** Numbers of the chosen results left out because they are on the do-not-contact list now. */
  leftOut: number;
}

/** What calling again the `chosen` results does: who is called, and how many are left out. */
export function selectCallAgain(candidates: CallAgainCandidates, chosen: readonly string[]): CallAgainSelection {
  const counts = Object.fromEntries([...candidates.byResult].map(([result, numbers]) => [result, numbers.length]));
  const numbers: string[] = [];
  let leftOut = 0;
  for (const result of chosen)
    for (const number of candidates.byResult.get(result) ?? []) {
      if (candidates.blocked.has(number)) leftOut += 1;
      else numbers.push(number);
    }
  return { counts, numbers, leftOut };
}

type Sounds = NonNullable<Schema<'CallBroadcast'>['sounds']>;
const SOUND_PURPOSES = ['live', 'machine', 'transfer', 'dnc'] as const;

/**
 * A voice broadcast's settings for a new broadcast: everything but its identity and state. A message
 * CallFire already turned into a sound is sent as that sound, not as text to synthesise again.
 */
export function callBroadcastSettings(broadcast: Schema<'CallBroadcast'>): Schema<'CallBroadcast'> {
  const { id: _id, status: _status, lastModified: _lastModified, sounds, ...settings } = broadcast;
  if (!sounds) return settings;
  const copied: Sounds = { ...sounds };
  for (const purpose of SOUND_PURPOSES)
    if (copied[`${purpose}SoundId`] !== undefined) {
      delete copied[`${purpose}SoundText`];
      delete copied[`${purpose}SoundTextVoice`];
    }
  return { ...settings, sounds: copied };
}

/** A text broadcast's settings for a new broadcast: everything but its identity and state. */
export function textBroadcastSettings(broadcast: Schema<'TextBroadcast'>): Schema<'TextBroadcast'> {
  const { id: _id, status: _status, lastModified: _lastModified, ...settings } = broadcast;
  return settings;
}

/** The name of what calling again creates ("Spring drive – again"), within CallFire's 200 characters. */
export const callAgainName = (name: string) => `${name.slice(0, 190)} – again`;
