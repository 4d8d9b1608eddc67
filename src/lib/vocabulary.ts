import type { Schema } from '../api/types';
import catalogue from './vocabulary.json';

/**
 * The console's one vocabulary: every CallFire code an operator could meet, in words. The words are data,
 * one table per code set in `vocabulary.json`; this module types each table by the contract's enum, so a
 * code the contract adds and the catalogue lacks fails the type check. States and results also carry a
 * tone, which `StatusChip` draws as a colour and an icon and charts draw as a colour, so a "Finished" looks
 * the same on every page. No page prints a code itself.
 */

/** How a state or result reads at a glance. */
export type Tone = 'success' | 'active' | 'waiting' | 'warning' | 'error' | 'neutral';

export interface Term {
  label: string;
  tone: Tone;
}

export type Terms<Code extends string> = Record<Code, Term>;

/** The words of a code; an unknown code (a newer CallFire) reads as "Other", never as the code. */
export function wordFor<Code extends string>(words: Record<Code, string | Term>, code: Code | undefined): string {
  if (code === undefined) return '—';
  const entry = words[code] as string | Term | undefined;
  if (entry === undefined) return 'Other';
  return typeof entry === 'string' ? entry : entry.label;
}

/** `{ CODE: 'Words' }` of a set of terms, for selects and filters. */
export function labelsOf<Code extends string>(terms: Terms<Code>): Record<Code, string> {
  return Object.fromEntries(Object.entries<Term>(terms).map(([code, { label }]) => [code, label])) as Record<
    Code,
    string
  >;
}

export const codesOf = <Code extends string>(words: Record<Code, unknown>) => Object.keys(words) as Code[];

const TONES: readonly Tone[] = ['success', 'active', 'waiting', 'warning', 'error', 'neutral'];
const isTone = (tone: string): tone is Tone => (TONES as readonly string[]).includes(tone);

/** A catalogue table of states or results, its tones checked once as the console loads. */
function termsOf<Code extends string>(table: Record<Code, { label: string; tone: string }>): Terms<Code> {
  for (const [code, { tone }] of Object.entries<{ tone: string }>(table)) {
    if (!isTone(tone)) throw new Error(`vocabulary.json: ${code} has the unknown tone "${tone}"`);
  }
  return table as Terms<Code>;
}

// ---- Broadcasts, calls and texts ----------------------------------------------------------------

export type BroadcastStatus = Schema<'BroadcastStatus'>;
export const BROADCAST_STATUS = termsOf<BroadcastStatus>(catalogue.broadcastStatus);

export type ActionState = Schema<'ActionState'>;
/** A call's or a text's state. */
export const ACTION_STATE = termsOf<ActionState>(catalogue.actionState);

export type CallResult = Schema<'CallResult'>;
export const CALL_RESULT = termsOf<CallResult>(catalogue.callResult);

export type TextResult = Schema<'TextResult'>;
export const TEXT_RESULT = termsOf<TextResult>(catalogue.textResult);

export const BATCH_STATUS = termsOf<NonNullable<Schema<'Batch'>['status']>>(catalogue.batchStatus);

export const RECORDING_STATE = termsOf<NonNullable<Schema<'CallRecording'>['state']>>(catalogue.recordingState);

export type AmdMode = NonNullable<Schema<'CallBroadcast'>['answeringMachineConfig']>;
/** Answering-machine detection, as the operator picks it… */
export const MACHINE_DETECTION: Record<AmdMode, string> = catalogue.machineDetection;
/** …and what each choice does. */
export const MACHINE_DETECTION_DETAIL: Record<AmdMode, string> = catalogue.machineDetectionDetail;

export type RetryPhoneType = NonNullable<Schema<'RetryConfig'>['retryPhoneTypes']>[number];
export const RETRY_PHONE_TYPE: Record<RetryPhoneType, string> = catalogue.retryPhoneType;

export type BigMessageStrategy = Schema<'BigMessageStrategy'>;
export const BIG_MESSAGE_STRATEGY: Record<BigMessageStrategy, string> = catalogue.bigMessageStrategy;

export const DAY_OF_WEEK: Record<Schema<'DayOfWeek'>, string> = catalogue.dayOfWeek;

// ---- Contacts, sounds ---------------------------------------------------------------------------

export type ListStatus = NonNullable<Schema<'ContactList'>['status']>;
export const LIST_STATUS = termsOf<ListStatus>(catalogue.listStatus);

/**
 * A contact's fields as people name them: import reports and forms say "Home phone", not the API's
 * `homePhone`.
 */
export const CONTACT_FIELD: Record<string, string> = catalogue.contactField;

/** A contact field's words; a custom property keeps the name the operator gave it. */
export const contactFieldName = (field: string) => CONTACT_FIELD[field] ?? field;

const CONTACT_FIELD_NAMES = new RegExp(`\\b(${Object.keys(CONTACT_FIELD).join('|')})\\b`, 'g');

/** A CallFire message with the contact fields it names in words ("homePhone is invalid" → "Home phone is invalid"). */
export const inPlainWords = (message: string) => message.replace(CONTACT_FIELD_NAMES, (field) => CONTACT_FIELD[field]);

export type SoundStatus = Schema<'SoundStatus'>;
export const SOUND_STATUS = termsOf<SoundStatus>(catalogue.soundStatus);

export type Voice = Schema<'Voice'>;
export const VOICE: Record<Voice, string> = catalogue.voice;

// ---- Numbers, keywords, orders, account ---------------------------------------------------------

export const LEASE_STATUS = termsOf<Schema<'LeaseStatus'>>(catalogue.leaseStatus);

export const FEATURE_STATUS = termsOf<Schema<'FeatureStatus'>>(catalogue.featureStatus);

export const NUMBER_CONFIG_TYPE: Record<Schema<'NumberConfigType'>, string> = catalogue.numberConfigType;

export type OrderStatus = Schema<'NumberOrderStatus'>;
export const ORDER_STATUS = termsOf<OrderStatus>(catalogue.orderStatus);

export const PERMISSION: Record<Schema<'Permission'>, string> = catalogue.permission;

/** An API credential's switch, drawn like a state. */
export const CREDENTIAL_STATE = termsOf<'ENABLED' | 'DISABLED'>(catalogue.credentialState);

/** The theme palette a tone is drawn in: chips, chart bars and legends take the same colour. */
export const TONE_COLOR: Record<Tone, 'success' | 'primary' | 'info' | 'warning' | 'error' | 'grey'> = {
  success: 'success',
  active: 'primary',
  waiting: 'info',
  warning: 'warning',
  error: 'error',
  neutral: 'grey',
};
