import type { Schema } from '../api/types';

/**
 * The console's one vocabulary: every CallFire code an operator could meet, in words. States and results
 * also carry a tone, which `StatusChip` draws as a colour and an icon and charts draw as a colour, so a
 * "Finished" looks the same on every page. No page prints a code itself.
 */

/** How a state or result reads at a glance. */
export type Tone = 'success' | 'active' | 'waiting' | 'warning' | 'error' | 'neutral';

export interface Term {
  label: string;
  tone: Tone;
}

export type Terms<Code extends string> = Record<Code, Term>;

const term = (label: string, tone: Tone): Term => ({ label, tone });

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

// ---- Broadcasts, calls and texts ----------------------------------------------------------------

export type BroadcastStatus = Schema<'BroadcastStatus'>;
export const BROADCAST_STATUS: Terms<BroadcastStatus> = {
  TEST: term('Test', 'neutral'),
  SETUP: term('Draft', 'neutral'),
  START_PENDING: term('Starting', 'waiting'),
  RUNNING: term('Running', 'active'),
  SCHEDULED: term('Scheduled', 'waiting'),
  STOPPED: term('Stopped', 'warning'),
  SUSPENDED: term('Suspended', 'error'),
  FINISHED: term('Finished', 'success'),
  ARCHIVED: term('Archived', 'neutral'),
  VALIDATING_START: term('Being checked', 'waiting'),
  VALIDATING_EMAIL: term('Waiting for email check', 'waiting'),
  BLOCKED_SUSPICIOUS: term('Blocked for review', 'error'),
  DECLINED: term('Declined', 'error'),
  APPROVED: term('Approved', 'success'),
};

export type ActionState = Schema<'ActionState'>;
/** A call's or a text's state. */
export const ACTION_STATE: Terms<ActionState> = {
  READY: term('Waiting', 'waiting'),
  SELECTED: term('In progress', 'active'),
  CALLBACK: term('Retry due', 'waiting'),
  FINISHED: term('Finished', 'success'),
  DISABLED: term('Disabled', 'neutral'),
  SKIPPED: term('Skipped', 'neutral'),
  DNC: term('Do not contact', 'error'),
  DUP: term('Duplicate', 'neutral'),
  INVALID: term('Invalid number', 'error'),
  TIMEOUT: term('Timed out', 'warning'),
  PERIOD_LIMIT: term('Over the period limit', 'warning'),
};

export type CallResult = Schema<'CallResult'>;
export const CALL_RESULT: Terms<CallResult> = {
  LA: term('Live answer', 'success'),
  AM: term('Answering machine', 'success'),
  BUSY: term('Busy', 'warning'),
  DNC: term('Do not call', 'error'),
  XFER: term('Transferred', 'success'),
  NO_ANS: term('No answer', 'warning'),
  XFER_LEG: term('Transferred call', 'neutral'),
  INTERNAL_ERROR: term('Internal error', 'error'),
  CARRIER_ERROR: term('Carrier error', 'error'),
  CARRIER_TEMP_ERROR: term('Carrier error (temporary)', 'error'),
  UNDIALED: term('Not dialled', 'neutral'),
  SD: term('Dialled elsewhere', 'neutral'),
  POSTPONED: term('Postponed', 'waiting'),
  ABANDONED: term('Abandoned', 'warning'),
  SKIPPED: term('Skipped', 'neutral'),
};

export type TextResult = Schema<'TextResult'>;
export const TEXT_RESULT: Terms<TextResult> = {
  SENT: term('Sent', 'success'),
  RECEIVED: term('Received', 'success'),
  DNT: term('Do not text', 'error'),
  TOO_BIG: term('Too long', 'warning'),
  INTERNAL_ERROR: term('Internal error', 'error'),
  CARRIER_ERROR: term('Carrier error', 'error'),
  CARRIER_TEMP_ERROR: term('Carrier error (temporary)', 'error'),
  UNDIALED: term('Not sent', 'neutral'),
  INVALID_NUMBER: term('Invalid number', 'error'),
};

export type BatchStatus = NonNullable<Schema<'Batch'>['status']>;
export const BATCH_STATUS: Terms<BatchStatus> = {
  NEW: term('New', 'waiting'),
  VALIDATING: term('Being checked', 'waiting'),
  ERRORS: term('Has errors', 'error'),
  SOURCE_ERROR: term('Source unreadable', 'error'),
  ACTIVE: term('Active', 'success'),
};

export type RecordingState = NonNullable<Schema<'CallRecording'>['state']>;
export const RECORDING_STATE: Terms<RecordingState> = {
  RECORDING: term('Recording', 'active'),
  READY: term('Ready', 'success'),
  ERROR: term('Failed', 'error'),
};

export type AmdMode = NonNullable<Schema<'CallBroadcast'>['answeringMachineConfig']>;
/** Answering-machine detection, as the operator picks it… */
export const MACHINE_DETECTION: Record<AmdMode, string> = {
  AM_AND_LIVE: 'People and machines, each their message',
  AM_ONLY: 'Machines only',
  LIVE_WITH_AMD: 'People only',
  LIVE_IMMEDIATE: 'No detection',
};

/** …and what each choice does. */
export const MACHINE_DETECTION_DETAIL: Record<AmdMode, string> = {
  AM_AND_LIVE: 'Detect machines; play the live message to people and the machine message to machines',
  AM_ONLY: 'Detect machines; leave the machine message and hang up on people',
  LIVE_WITH_AMD: 'Detect machines; play the live message to people and hang up on machines',
  LIVE_IMMEDIATE: 'No detection; play the live message as soon as anyone answers',
};

export type RetryPhoneType = NonNullable<Schema<'RetryConfig'>['retryPhoneTypes']>[number];
export const RETRY_PHONE_TYPE: Record<RetryPhoneType, string> = {
  FIRST_NUMBER: "The contact's first number",
  HOME_PHONE: 'Home phone',
  WORK_PHONE: 'Work phone',
  MOBILE_PHONE: 'Mobile phone',
};

export type BigMessageStrategy = Schema<'BigMessageStrategy'>;
export const BIG_MESSAGE_STRATEGY: Record<BigMessageStrategy, string> = {
  SEND_MULTIPLE: 'Send it in several messages (each billed)',
  TRIM: 'Cut it to 160 characters',
  DO_NOT_SEND: 'Do not send it',
  MMS: 'Send it whole as one multimedia message',
};

export type DayOfWeek = Schema<'DayOfWeek'>;
export const DAY_OF_WEEK: Record<DayOfWeek, string> = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
  SATURDAY: 'Saturday',
  SUNDAY: 'Sunday',
};

// ---- Contacts, sounds ---------------------------------------------------------------------------

export type ListStatus = NonNullable<Schema<'ContactList'>['status']>;
export const LIST_STATUS: Terms<ListStatus> = {
  ACTIVE: term('Ready', 'success'),
  VALIDATING: term('Being checked', 'waiting'),
  IMPORTING: term('Importing', 'active'),
  IMPORT_FAILED: term('Import failed', 'error'),
  ERRORS: term('Has errors', 'error'),
  DELETED: term('Deleted', 'neutral'),
  PARSE_FAILED: term('File unreadable', 'error'),
  COLUMN_TOO_LARGE: term('A column is too large', 'error'),
};

/**
 * A contact's fields as people name them: import reports and forms say "Home phone", not the API's
 * `homePhone`.
 */
export const CONTACT_FIELD: Record<string, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  zipcode: 'ZIP code',
  homePhone: 'Home phone',
  workPhone: 'Work phone',
  mobilePhone: 'Mobile phone',
  extraPhone1: 'Extra phone 1',
  extraPhone2: 'Extra phone 2',
  extraPhone3: 'Extra phone 3',
  externalId: 'External id',
  externalSystem: 'External system',
};

/** A contact field's words; a custom property keeps the name the operator gave it. */
export const contactFieldName = (field: string) => CONTACT_FIELD[field] ?? field;

const CONTACT_FIELD_NAMES = new RegExp(`\\b(${Object.keys(CONTACT_FIELD).join('|')})\\b`, 'g');

/** A CallFire message with the contact fields it names in words ("homePhone is invalid" → "Home phone is invalid"). */
export const inPlainWords = (message: string) => message.replace(CONTACT_FIELD_NAMES, (field) => CONTACT_FIELD[field]);

export type SoundStatus = Schema<'SoundStatus'>;
export const SOUND_STATUS: Terms<SoundStatus> = {
  UPLOAD: term('Processing', 'active'),
  RECORDING: term('Recording', 'active'),
  ACTIVE: term('Ready', 'success'),
  ACTIVE_SYSTEM: term('Ready (built in)', 'success'),
  FAILED: term('Failed', 'error'),
  ARCHIVED: term('Archived', 'neutral'),
  SCRUBBED: term('Removed', 'neutral'),
};

export type Voice = Schema<'Voice'>;
export const VOICE: Record<Voice, string> = {
  MALE1: 'Male (English)',
  FEMALE1: 'Female 1 (English)',
  FEMALE2: 'Female 2 (English)',
  SPANISH1: 'Spanish',
  FRENCHCANADIAN1: 'French Canadian',
};

// ---- Numbers, keywords, orders, account ---------------------------------------------------------

export type LeaseStatus = Schema<'LeaseStatus'>;
export const LEASE_STATUS: Terms<LeaseStatus> = {
  PENDING: term('Being set up', 'waiting'),
  ACTIVE: term('Active', 'success'),
  RELEASED: term('Released', 'neutral'),
  UNAVAILABLE: term('Unavailable', 'error'),
};

export type FeatureStatus = Schema<'FeatureStatus'>;
export const FEATURE_STATUS: Terms<FeatureStatus> = {
  UNSUPPORTED: term('Not supported', 'neutral'),
  PENDING: term('Being enabled', 'waiting'),
  DISABLED: term('Off', 'neutral'),
  ENABLED: term('On', 'success'),
};

export type NumberConfigType = Schema<'NumberConfigType'>;
export const NUMBER_CONFIG_TYPE: Record<NumberConfigType, string> = {
  IVR: 'IVR',
  TRACKING: 'Call tracking',
};

export type OrderStatus = Schema<'NumberOrderStatus'>;
export const ORDER_STATUS: Terms<OrderStatus> = {
  NEW: term('New', 'waiting'),
  PROCESSING: term('Processing', 'active'),
  FINISHED: term('Finished', 'success'),
  ERRORED: term('Failed', 'error'),
  VOID: term('Cancelled', 'neutral'),
  WAIT_FOR_PAYMENT: term('Waiting for payment', 'waiting'),
  ADJUSTED: term('Adjusted', 'success'),
  APPROVE_TIER_ONE: term('Awaiting approval', 'waiting'),
  APPROVE_TIER_TWO: term('Awaiting second approval', 'waiting'),
  REJECTED: term('Rejected', 'error'),
  PAYMENT_ERROR: term('Payment failed', 'error'),
  PARTIALLY_ADJUSTED: term('Partly adjusted', 'warning'),
};

export type Permission = Schema<'Permission'>;
export const PERMISSION: Record<Permission, string> = {
  API: 'API access',
  ACCOUNT_HOLDER: 'Account holder',
  AGENT: 'Agent',
};

/** An API credential's switch, drawn like a state. */
export const CREDENTIAL_STATE: Terms<'ENABLED' | 'DISABLED'> = {
  ENABLED: term('Enabled', 'success'),
  DISABLED: term('Disabled', 'neutral'),
};

/** The theme palette a tone is drawn in: chips, chart bars and legends take the same colour. */
export const TONE_COLOR: Record<Tone, 'success' | 'primary' | 'info' | 'warning' | 'error' | 'grey'> = {
  success: 'success',
  active: 'primary',
  waiting: 'info',
  warning: 'warning',
  error: 'error',
  neutral: 'grey',
};
