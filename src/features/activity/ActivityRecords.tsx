import { Link, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import {
  BatchName,
  BroadcastLink,
  ContactLink,
  ContactListLink,
  MediaLink,
  NumberLink,
  SoundLink,
} from '../../components/RecordLinks';
import { formatPhone } from '../../lib/phone';
import { AUDIT_OPERATIONS } from '../../../shared/auditOperations';

const numeric = (record: string) => (/^\d+$/.test(record) ? Number(record) : undefined);

const linkTo = (to: string, label: string) => (
  <Link component={RouterLink} to={to}>
    {label}
  </Link>
);

/** How each kind of record an operation names is shown: by name with a link where the console has a page. */
const SHOW_BY_PATH: [RegExp, (record: string, id: number | undefined) => ReactNode][] = [
  [/^\/contacts\/lists/, (record, id) => (id ? <ContactListLink id={id} /> : record)],
  [/^\/contacts\/dncs/, (record) => formatPhone(record)],
  [/^\/contacts/, (record, id) => (id ? <ContactLink id={id} /> : record)],
  [/^\/calls\/broadcasts/, (record, id) => (id ? <BroadcastLink id={id} kind="voice" /> : record)],
  [/^\/calls/, (record, id) => (id ? linkTo(`/calls/${id}`, `Call ${id}`) : record)],
  [/^\/texts\/broadcasts/, (record, id) => (id ? <BroadcastLink id={id} kind="text" /> : record)],
  [/^\/texts\/auto-replys/, (record) => `Auto-reply ${record}`],
  [/^\/texts/, (record, id) => (id ? linkTo(`/texts/${id}`, `Text ${id}`) : record)],
  [/^\/campaigns\/sounds/, (record, id) => (id ? <SoundLink id={id} /> : record)],
  [/^\/campaigns\/batches/, (record, id) => (id ? <BatchName id={id} /> : record)],
  [/^\/media/, (record, id) => (id ? <MediaLink id={id} /> : record)],
  [/^\/numbers\/leases/, (record) => <NumberLink number={record} />],
  [/^\/keywords/, (record) => linkTo(`/numbers/keywords/${encodeURIComponent(record)}`, record)],
  [/^\/orders/, (record, id) => (id ? linkTo(`/numbers/orders/${id}`, `Order ${id}`) : record)],
  [/^\/me\/callerids/, (record) => formatPhone(record)],
];

/**
 * The records of one logged change, each by name with a link. The path names them in order; a record
 * after the first one in a path is a contact (taking one contact out of a list), and created records are
 * of the operation's own kind.
 */
export function ActivityRecords({ operation, records }: { operation: string; records: string[] }) {
  const path = AUDIT_OPERATIONS.find((entry) => entry.operationId === operation)?.path;
  const show = (record: string, index: number) => {
    if (!path) return record;
    const id = numeric(record);
    if (index > 0 && path.includes('{contactId}')) return id ? <ContactLink id={id} /> : record;
    const shown = SHOW_BY_PATH.find(([pattern]) => pattern.test(path));
    return shown ? shown[1](record, id) : record;
  };
  if (records.length === 0) return <>None</>;
  return (
    <Stack direction="row" spacing={1} component="span" useFlexGap sx={{ flexWrap: 'wrap' }}>
      {records.map((record, index) => (
        <span key={`${index}-${record}`}>{show(record, index)}</span>
      ))}
    </Stack>
  );
}
