import { fetchBroadcastCallsPage } from '../../api/resources/broadcasts';
import { callCsvColumns } from '../../components/callCsvColumns';
import { CsvExportButton } from '../../components/CsvExportButton';

/** "Spring reminders" → "spring-reminders": a file name from the broadcast's name. */
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Downloads every call of a voice broadcast as CSV, through the shared export. */
export function BroadcastCallsExport({ id, name }: { id: number; name: string | undefined }) {
  return (
    <CsvExportButton
      columns={callCsvColumns}
      pageSize={1000}
      fetchPage={(offset, limit, signal) => fetchBroadcastCallsPage(id, { offset, limit }, signal)}
      filename={() => `${slug(name ?? '') || `broadcast-${id}`}-calls-${new Date().toISOString().slice(0, 10)}.csv`}
    />
  );
}
