import type { Schema } from '../api/types';

export type CallResult = Schema<'CallResult'>;
export type ActionState = Schema<'ActionState'>;

/** How call results read for operators; the codes are CallFire's. */
export const CALL_RESULT_LABELS: Record<CallResult, string> = {
  LA: 'Live answer',
  AM: 'Answering machine',
  BUSY: 'Busy',
  DNC: 'Do not call',
  XFER: 'Transferred',
  NO_ANS: 'No answer',
  XFER_LEG: 'Transfer leg',
  INTERNAL_ERROR: 'Internal error',
  CARRIER_ERROR: 'Carrier error',
  CARRIER_TEMP_ERROR: 'Carrier error (temporary)',
  UNDIALED: 'Not dialled',
  SD: 'SD (legacy)',
  POSTPONED: 'Postponed',
  ABANDONED: 'Abandoned',
  SKIPPED: 'Skipped',
};

export const CALL_STATE_LABELS: Record<ActionState, string> = {
  READY: 'Ready',
  SELECTED: 'In progress',
  CALLBACK: 'Callback',
  FINISHED: 'Finished',
  DISABLED: 'Disabled',
  SKIPPED: 'Skipped',
  DNC: 'Do not call',
  DUP: 'Duplicate',
  INVALID: 'Invalid number',
  TIMEOUT: 'Timed out',
  PERIOD_LIMIT: 'Period limit',
};

export const CALL_RESULTS = Object.keys(CALL_RESULT_LABELS) as CallResult[];
export const CALL_STATES = Object.keys(CALL_STATE_LABELS) as ActionState[];
/** The palette colour a result is drawn in, in chips and charts alike. */
export function resultColor(result: CallResult | undefined): 'success' | 'info' | 'warning' | 'error' | 'default' {
  switch (result) {
    case 'LA':
    case 'XFER':
      return 'success';
    case 'AM':
      return 'info';
    case 'BUSY':
    case 'NO_ANS':
      return 'warning';
    case 'DNC':
    case 'INTERNAL_ERROR':
    case 'CARRIER_ERROR':
    case 'CARRIER_TEMP_ERROR':
      return 'error';
    default:
      return 'default';
  }
}
