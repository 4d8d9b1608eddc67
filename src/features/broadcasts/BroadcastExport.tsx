import type { BroadcastResource, BroadcastKind, BroadcastSchemas } from '../../api/resources/broadcasts';
import { CsvExportButton } from '../../components/CsvExportButton';
import type { CsvColumn } from '../../lib/csv';
import { KIND_WORDS } from './broadcastKinds';

/** "Spring reminders" → "spring-reminders": a file name from the broadcast's name. */
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Downloads every call or text of a broadcast as CSV, through the shared export. */
export function BroadcastExport<K extends BroadcastKind>({
  resource,
  id,
  name,
  columns,
}: {
  resource: BroadcastResource<K>;
  id: number;
  name: string | undefined;
  columns: CsvColumn<BroadcastSchemas[K]['action']>[];
}) {
  const { unit } = KIND_WORDS[resource.kind];
  return (
    <CsvExportButton
      columns={columns}
      pageSize={1000}
      fetchPage={(offset, limit, signal) => resource.fetchActionPage(id, { offset, limit }, signal)}
      filename={() => `${slug(name ?? '') || `broadcast-${id}`}-${unit}-${new Date().toISOString().slice(0, 10)}.csv`}
    />
  );
}
