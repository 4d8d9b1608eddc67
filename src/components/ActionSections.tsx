import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { formatDateTime, formatNumber } from '../lib/format';
import type { Detail } from './DetailList';
import { DetailList } from './DetailList';
import { BatchName, BroadcastLink, ContactLink } from './RecordLinks';
import type { BroadcastKind } from '../api/resources/broadcasts';
import { Section } from './Section';

/** What a call and a text page both show of where the action came from. */
interface ActionOrigin {
  campaignId?: number;
  batchId?: number;
  contact?: { id?: number };
}

/** The contact, broadcast and batch of a call or text as detail rows, by name with links. */
export function originDetails(action: ActionOrigin, kind: BroadcastKind): Detail[] {
  return [
    { label: 'Contact', value: action.contact?.id ? <ContactLink id={action.contact.id} /> : 'None' },
    {
      label: 'Broadcast',
      value: action.campaignId ? <BroadcastLink id={action.campaignId} kind={kind} /> : 'Sent on its own',
    },
    { label: 'Batch', value: action.batchId ? <BatchName id={action.batchId} /> : 'None' },
  ];
}

export interface RecordColumn<Record> {
  header: string;
  align?: 'right';
  cell: (record: Record) => ReactNode;
}

/** The last columns of every record of a call or text: when it finished and what it billed. */
export function settledColumns<
  Record extends { finishTime?: number; billedAmount?: number },
>(): RecordColumn<Record>[] {
  return [
    { header: 'Finished', cell: (record) => formatDateTime(record.finishTime) },
    { header: 'Billed credits', align: 'right', cell: (record) => formatNumber(record.billedAmount) },
  ];
}

/** How a page shows an action's records (a call's attempts, a text's parts), numbered from 1. */
export interface RecordsTable<Record> {
  title: string;
  numberHeader: string;
  empty: string;
  columns: RecordColumn<Record>[];
}

export const recordsTable = <Record,>(
  title: string,
  numberHeader: string,
  empty: string,
  columns: RecordColumn<Record>[],
): RecordsTable<Record> => ({ title, numberHeader, empty, columns });

function RecordsSection<Record extends { id?: number }>({
  table: { title, numberHeader, empty, columns },
  records,
}: {
  table: RecordsTable<Record>;
  records: Record[];
}) {
  return (
    <Section title={title}>
      {records.length === 0 ? (
        <Typography color="text.secondary">{empty}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={title}>
            <TableHead>
              <TableRow>
                <TableCell>{numberHeader}</TableCell>
                {columns.map((column) => (
                  <TableCell key={column.header} align={column.align}>
                    {column.header}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {records.map((record, index) => (
                <TableRow key={record.id ?? index}>
                  <TableCell>{index + 1}</TableCell>
                  {columns.map((column) => (
                    <TableCell key={column.header} align={column.align}>
                      {column.cell(record)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Section>
  );
}

/** A call's or text's records as a table, then the attributes CallFire keeps on it (or "None."). */
export function ActionRecordSections<Record extends { id?: number }>({
  table,
  action,
}: {
  table: RecordsTable<Record>;
  action: { records?: Record[]; attributes?: { [key: string]: string } };
}) {
  const entries = Object.entries(action.attributes ?? {});
  return (
    <>
      <RecordsSection table={table} records={action.records ?? []} />
      <Section title="Attributes">
        {entries.length ? (
          <DetailList details={entries.map(([label, value]) => ({ label, value }))} />
        ) : (
          <Typography color="text.secondary">None.</Typography>
        )}
      </Section>
    </>
  );
}
