import type { Schema } from '../api/types';

export type TextResult = Schema<'TextResult'>;

/** How text results read for operators; the codes are CallFire's. */
export const TEXT_RESULT_LABELS: Record<TextResult, string> = {
  SENT: 'Sent',
  RECEIVED: 'Received',
  DNT: 'Do not text',
  TOO_BIG: 'Too big',
  INTERNAL_ERROR: 'Internal error',
  CARRIER_ERROR: 'Carrier error',
  CARRIER_TEMP_ERROR: 'Carrier error (temporary)',
  UNDIALED: 'Not sent',
  INVALID_NUMBER: 'Invalid number',
};

export const TEXT_RESULTS = Object.keys(TEXT_RESULT_LABELS) as TextResult[];

/** The palette colour a result is drawn in, in chips and charts alike. */
export function textResultColor(result: TextResult | undefined): 'success' | 'info' | 'warning' | 'error' | 'default' {
  switch (result) {
    case 'SENT':
      return 'success';
    case 'RECEIVED':
      return 'info';
    case 'TOO_BIG':
    case 'UNDIALED':
      return 'warning';
    case 'DNT':
    case 'INVALID_NUMBER':
    case 'INTERNAL_ERROR':
    case 'CARRIER_ERROR':
    case 'CARRIER_TEMP_ERROR':
      return 'error';
    default:
      return 'default';
  }
}
