import type { Schema } from '../api/types';
import { CALL_RESULT_LABELS, CALL_STATE_LABELS } from '../lib/callOutcomes';
import type { CsvColumn } from '../lib/csv';
import { TEXT_RESULT_LABELS } from '../lib/textOutcomes';

type Call = Schema<'Call'>;
type Text = Schema<'Text'>;

const isoTime = (epochMs: number | undefined) => (epochMs === undefined ? '' : new Date(epochMs).toISOString());
const billed = (action: Call | Text) =>
  (action.records ?? []).reduce((total, record) => total + (record.billedAmount ?? 0), 0);

/**
 * The columns of an export of calls or texts: one row each, what only one kind has in `particular`
 * after the people, times in UTC (ISO 8601).
 */
function actionCsvColumns<Row extends Call | Text>(unit: string, particular: CsvColumn<Row>[]): CsvColumn<Row>[] {
  return [
    { header: unit, value: (action) => action.id },
    { header: 'To', value: (action) => action.toNumber },
    { header: 'From', value: (action) => action.fromNumber },
    {
      header: 'Contact',
      value: (action) => [action.contact?.firstName, action.contact?.lastName].filter(Boolean).join(' '),
    },
    { header: 'State', value: (action) => action.state && CALL_STATE_LABELS[action.state] },
    ...particular,
    { header: 'Credits', value: billed },
    { header: 'Batch', value: (action) => action.batchId },
    { header: 'Created (UTC)', value: (action) => isoTime(action.created) },
    { header: 'Last change (UTC)', value: (action) => isoTime(action.modified) },
  ];
}

/** A calls export: each call's attempts counted and their talk time summed. */
export const callCsvColumns = actionCsvColumns<Call>('Call', [
  { header: 'Result', value: (call) => call.finalCallResult && CALL_RESULT_LABELS[call.finalCallResult] },
  { header: 'Attempts', value: (call) => call.records?.length ?? 0 },
  {
    header: 'Talk time (seconds)',
    value: (call) => (call.records ?? []).reduce((total, record) => total + (record.duration ?? 0), 0),
  },
]);

/** A texts export: the message as sent and whether it came in or went out. */
export const textCsvColumns = actionCsvColumns<Text>('Text', [
  { header: 'Direction', value: (text) => (text.inbound ? 'Received' : 'Sent') },
  { header: 'Message', value: (text) => text.message },
  { header: 'Result', value: (text) => text.finalTextResult && TEXT_RESULT_LABELS[text.finalTextResult] },
]);
