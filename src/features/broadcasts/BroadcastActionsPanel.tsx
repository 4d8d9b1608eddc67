import { MenuItem, Stack, TextField } from '@mui/material';
import type { GridColDef, GridValidRowModel } from '@mui/x-data-grid';
import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { Batch } from '../../api/resources/broadcasts';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { useListParams } from '../../lib/useListParams';

interface PageOf<Row> {
  items: Row[];
  limit: number;
  offset: number;
  totalCount: number;
}

/** A broadcast's calls or texts, one page at a time, optionally of one batch (kept in the address). */
export function BroadcastActionsPanel<Row extends GridValidRowModel, Key extends readonly unknown[]>({
  label,
  batches,
  columns,
  query,
}: {
  /** Accessible name of the table ("Calls of this broadcast"). */
  label: string;
  batches: Batch[] | undefined;
  columns: GridColDef<Row>[];
  query: (
    batchId: number | undefined,
    offset: number,
    limit: number,
  ) => UseQueryOptions<PageOf<Row>, Error, PageOf<Row>, Key>;
}) {
  const list = useListParams(['batch'] as const, 10);
  const batchId = list.filters.batch ? Number(list.filters.batch) : undefined;
  const { data, isFetching } = useQuery(query(batchId, list.offset, list.limit));
  return (
    <Stack spacing={2}>
      <TextField
        select
        size="small"
        label="Batch"
        value={list.filters.batch}
        onChange={(event) => list.setFilters({ batch: event.target.value })}
        sx={{ maxWidth: 300 }}
      >
        <MenuItem value="">All batches</MenuItem>
        {(batches ?? []).map((batch) => (
          <MenuItem key={batch.id} value={String(batch.id)}>
            {batch.name || `Batch ${batch.id}`}
          </MenuItem>
        ))}
      </TextField>
      <ServerDataGrid label={label} columns={columns} data={data} fetching={isFetching} list={list} />
    </Stack>
  );
}
