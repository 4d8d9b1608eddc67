import type { Schema } from '../api/types';
import { CALL_RESULT_LABELS, CALL_STATE_LABELS } from '../lib/callOutcomes';
import type { CsvColumn } from '../lib/csv';

type Call = Schema<'Call'>;

const isoTime = (epochMs: number | undefined) => (epochMs === undefined ? '' : new Date(epochMs).toISOString());
const sum = (call: Call, pick: (record: Schema<'CallRecord'>) => number | undefined) =>
  (call.records ?? []).reduce((total, record) => total + (pick(record) ?? 0), 0);

/** The columns of a calls export: one row per call, its attempts summed, times in UTC (ISO 8601). */
export const callCsvColumns: CsvColumn<Call>[] = [
  { header: 'Call', value: (call) => call.id },
  { header: 'To', value: (call) => call.toNumber },
  { header: 'From', value: (call) => call.fromNumber },
  { header: 'Contact', value: (call) => [call.contact?.firstName, call.contact?.lastName].filter(Boolean).join(' ') },
  { header: 'State', value: (call) => call.state && CALL_STATE_LABELS[call.state] },
  { header: 'Result', value: (call) => call.finalCallResult && CALL_RESULT_LABELS[call.finalCallResult] },
  { header: 'Attempts', value: (call) => call.records?.length ?? 0 },
  { header: 'Talk time (seconds)', value: (call) => sum(call, (record) => record.duration) },
  { header: 'Credits', value: (call) => sum(call, (record) => record.billedAmount) },
  { header: 'Batch', value: (call) => call.batchId },
  { header: 'Created (UTC)', value: (call) => isoTime(call.created) },
  { header: 'Last change (UTC)', value: (call) => isoTime(call.modified) },
];
