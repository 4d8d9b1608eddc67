import type { Schema } from '../../api/types';
import type { CsvColumn } from '../../lib/csv';

type Entry = Schema<'DoNotContact'>;

const yesNo = (value: boolean | undefined) => (value ? 'yes' : 'no');

/** The columns of a do-not-contact CSV export; times in ISO 8601 so spreadsheets read them. */
export const dncCsvColumns: CsvColumn<Entry>[] = [
  { header: 'Number', value: (entry) => entry.number },
  { header: 'Do not call', value: (entry) => yesNo(entry.call) },
  { header: 'Do not text', value: (entry) => yesNo(entry.text) },
  { header: 'Inbound calls blocked', value: (entry) => yesNo(entry.inboundCall) },
  { header: 'Inbound texts blocked', value: (entry) => yesNo(entry.inboundText) },
  { header: 'Source', value: (entry) => entry.source },
  { header: 'Campaign id', value: (entry) => entry.campaignId },
  {
    header: 'Added',
    value: (entry) => (entry.created === undefined ? undefined : new Date(entry.created).toISOString()),
  },
];
