import { Box, MenuItem, TextField } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { activityQuery, fetchActivity, type ActivityEntry } from '../../api/resources/activity';
import { CsvExportButton } from '../../components/CsvExportButton';
import { DebouncedTextField } from '../../components/DebouncedTextField';
import { Page } from '../../components/Page';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import type { CsvColumn } from '../../lib/csv';
import { formatDateTime } from '../../lib/format';
import { useListParams } from '../../lib/useListParams';
import { AUDIT_OPERATIONS, auditOperationLabel } from '../../../shared/auditOperations';
import { ActivityRecords } from './ActivityRecords';
import { ACTIVITY_FILTER_NAMES, activityFilterProblem, activitySearchOf } from './activityFilters';

/** What came of a change, in words: CallFire's status is a number an operator should not have to read. */
export function outcomeOf(status: number): string {
  if (status === 0) return 'CallFire could not be reached';
  if (status < 300) return 'Done';
  if (status === 401 || status === 403) return `Not allowed (${status})`;
  if (status === 404) return 'Not found (404)';
  if (status < 500) return `Refused (${status})`;
  return `CallFire failed (${status})`;
}

const recordsOf = (entry: ActivityEntry) => entry.records.join(', ');

const columns: GridColDef<ActivityEntry>[] = [
  { field: 'time', headerName: 'When', width: 190, valueFormatter: (value: number) => formatDateTime(value) },
  { field: 'operator', headerName: 'Operator', width: 160 },
  { field: 'operation', headerName: 'Change', flex: 1, minWidth: 220, valueFormatter: auditOperationLabel },
  {
    field: 'records',
    headerName: 'Records',
    width: 220,
    sortable: false,
    renderCell: ({ row }) => <ActivityRecords operation={row.operation} records={row.records} />,
  },
  { field: 'status', headerName: 'Outcome', width: 200, valueFormatter: outcomeOf },
];

const csvColumns: CsvColumn<ActivityEntry>[] = [
  { header: 'When', value: (entry) => new Date(entry.time).toISOString() },
  { header: 'Operator', value: (entry) => entry.operator },
  { header: 'Change', value: (entry) => auditOperationLabel(entry.operation) },
  { header: 'Records', value: recordsOf },
  { header: 'Outcome', value: (entry) => outcomeOf(entry.status) },
];

/** Every change made through the console in this account, by whom and with what outcome. */
export function ActivityPage() {
  const list = useListParams(ACTIVITY_FILTER_NAMES);
  const search = activitySearchOf(list.filters);
  const problem = activityFilterProblem(list.filters);
  const { data, isFetching } = useQuery({ ...activityQuery(search, list.offset, list.limit), enabled: !problem });
  const day = (name: 'from' | 'to', label: string) => (
    <TextField
      size="small"
      type="date"
      label={label}
      value={list.filters[name]}
      onChange={(event) => list.setFilters({ [name]: event.target.value })}
      error={name === 'to' && Boolean(problem)}
      helperText={name === 'to' ? problem : undefined}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
  return (
    <Page
      title="Activity"
      actions={
        <CsvExportButton
          fetchPage={(offset, limit, signal) => fetchActivity(search, offset, limit, signal)}
          columns={csvColumns}
          pageSize={1000}
          filename={() => `activity-${new Date().toISOString().slice(0, 10)}.csv`}
        />
      }
    >
      <Box role="search" aria-label="Activity filters" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        <DebouncedTextField
          label="Operator"
          value={list.filters.operator}
          onChange={(operator) => list.setFilters({ operator })}
        />
        <TextField
          select
          size="small"
          label="Change"
          value={list.filters.operation}
          onChange={(event) => list.setFilters({ operation: event.target.value })}
          sx={{ minWidth: 260 }}
        >
          <MenuItem value="">Any change</MenuItem>
          {[...AUDIT_OPERATIONS]
            .sort((a, b) => a.label.localeCompare(b.label))
            .map((operation) => (
              <MenuItem key={operation.operationId} value={operation.operationId}>
                {operation.label}
              </MenuItem>
            ))}
        </TextField>
        {day('from', 'First day')}
        {day('to', 'Last day')}
      </Box>
      <ServerDataGrid label="Activity" columns={columns} data={data} fetching={isFetching} list={list} />
    </Page>
  );
}
